/**
 * Reactions to a unit's answers (SPEC 4.6), by hand: counted on its distinct answer comments,
 * one per reactor and comment; negativeShare = (ANGRY + SAD) / all, null under 5 reactions.
 */
import { describe, expect, it } from 'vitest';
import type { ReactionType } from '../../src/model/types';
import { findPetitions, type PetitionOptions } from '../../src/metrics/petitions';
import { answerReactionFigures, reactionsByTarget } from '../../src/metrics/quality/answerReactions';
import { HOUR, comment, post, reaction, resolve } from '../helpers/dataset';

const wallClock: PetitionOptions = { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 };

function figures(onAnswer: [string | null, ReactionType][], extra: { onOtherComment?: [string, ReactionType][] } = {}) {
  const data = resolve({
    posts: [post('p', { from: 'acc-tc' })],
    comments: [
      comment('q1', 'p', { from: 'b1', h: 1, message: 'Xin hỏi?' }),
      comment('q2', 'p', { from: 'b2', h: 1.5, parent: 'q1', message: 'Cho hỏi thêm?' }),
      comment('a', 'p', { from: 'acc-tc', h: 2, parent: 'q1', message: 'Mời nộp hồ sơ.' }),
      comment('x', 'p', { from: 'b3', h: 3, message: 'Ý kiến khác' }),
    ],
    reactions: [
      ...onAnswer.map(([actor, type]) => reaction('a', actor, 'comment', type)),
      ...(extra.onOtherComment ?? []).map(([actor, type]) => reaction('x', actor, 'comment', type)),
      reaction('p', 'b9', 'post', 'ANGRY'), // on the post: not an answer
    ],
  });
  const petitions = findPetitions(data, wallClock);
  return answerReactionFigures(data, 'so-tc', petitions, reactionsByTarget(data));
}

describe('answerReactionFigures (SPEC 4.6)', () => {
  it('4 reactions: counted by type, negativeShare null (under 5)', () => {
    expect(figures([['b1', 'LIKE'], ['b2', 'ANGRY'], ['b3', 'SAD'], ['b4', 'LIKE']]))
      .toEqual({ answerReactions: { LIKE: 2, SAD: 1, ANGRY: 1 }, negativeShare: null });
  });

  it('5 reactions, 2 of them ANGRY or SAD → negativeShare 2/5', () => {
    expect(figures([['b1', 'LIKE'], ['b2', 'ANGRY'], ['b3', 'SAD'], ['b4', 'LIKE'], ['b5', 'CARE']]))
      .toEqual({ answerReactions: { LIKE: 2, SAD: 1, ANGRY: 1, CARE: 1 }, negativeShare: 0.4 });
  });

  it('the answer serving two petitions is counted once; the unit\'s own reactions and other comments are not counted', () => {
    const r = figures(
      [['b1', 'LIKE'], ['acc-tc', 'LOVE'], ['b2', 'WOW'], [null, 'HAHA'], ['b4', 'LIKE']],
      { onOtherComment: [['b1', 'ANGRY']] },
    );
    // b1 LIKE, b2 WOW, anonymous HAHA, b4 LIKE = 4 (acc-tc is the unit itself)
    expect(r).toEqual({ answerReactions: { LIKE: 2, WOW: 1, HAHA: 1 }, negativeShare: null });
  });

  it('no answers, no reactions: an empty object, never zeros', () => {
    expect(figures([])).toEqual({ answerReactions: {}, negativeShare: null });
  });

  it('types come in the SPEC order, whatever order the reactions were read in', () => {
    expect(Object.keys(figures([['b1', 'ANGRY'], ['b2', 'LIKE'], ['b3', 'CARE'], ['b4', 'SAD']]).answerReactions))
      .toEqual(['LIKE', 'SAD', 'ANGRY', 'CARE']);
  });
});
