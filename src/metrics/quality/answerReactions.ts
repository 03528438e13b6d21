/**
 * Reactions to a unit's answers (SPEC 4.6): how the page received what the unit said.
 *
 * Counted on the unit's distinct answer comments (comments that answer at least one of its
 * petitions), one per reactor and comment (as ingest keys them; anonymous reactions count, each
 * once). Reactions by the unit itself are left out, as SPEC 4.1 counts reactions "by others".
 * `answerReactions` is `{ type: count }` without zeros, types in SPEC order; `negativeShare` is
 * (ANGRY + SAD) / all reactions on the answers, null under 5 reactions.
 */
import { REACTION_TYPES, type Reaction, type ReactionType } from '../../model/types';
import type { ResolvedData } from '../../resolve/resolved';
import { unitNodeKey } from '../../resolve/resolved';
import type { Petition } from '../petitions';

/** Fewest reactions on a unit's answers for `negativeShare` to be measured. */
export const NEGATIVE_SHARE_MIN_REACTIONS = 5;
const NEGATIVE: ReadonlySet<ReactionType> = new Set<ReactionType>(['ANGRY', 'SAD']);

export type ReactionCounts = Partial<Record<ReactionType, number>>;

export interface AnswerReactionFigures {
  answerReactions: ReactionCounts;
  negativeShare: number | null;
}

/**
 * Reactions on comments by target id: built once per analysis, shared by every unit. With
 * `targets`, only the reactions on those comments (the analysis passes its answers': the others
 * are never read): their ids, or a mark per position in `data.comments` (1: kept) when no two
 * comments share an id — then a reaction is kept by its target's position, with no look-up.
 * @example reactionsByTarget(data, new Set(['p1_c2'])).get('p1_c2') // the reactions on that answer
 */
export function reactionsByTarget(data: ResolvedData, targets?: ReadonlySet<string> | Uint8Array): Map<string, Reaction[]> {
  const index = new Map<string, Reaction[]>();
  const add = (reaction: Reaction) => {
    let list = index.get(reaction.targetId);
    if (!list) index.set(reaction.targetId, (list = []));
    list.push(reaction);
  };
  if (targets instanceof Uint8Array) {
    const { reactions, reactionTargets } = data;
    const n = data.posts.length;
    for (let i = 0; i < reactions.length; i++) if (reactionTargets[i] >= n && targets[reactionTargets[i] - n] === 1) add(reactions[i]);
    return index;
  }
  for (const reaction of data.reactions) {
    if (reaction.targetType !== 'comment' || (targets !== undefined && !targets.has(reaction.targetId))) continue;
    add(reaction);
  }
  return index;
}

/**
 * Reactions on one unit's answers.
 * @param petitions the unit's petitions (their responses are its answers)
 * @example
 * const figures = answerReactionFigures(data, 'so-tc', petitionsOfUnit, reactionsByTarget(data));
 * figures // { answerReactions: { LIKE: 4, ANGRY: 1 }, negativeShare: 0.2 }
 */
export function answerReactionFigures(
  data: ResolvedData,
  unitId: string,
  petitions: readonly Petition[],
  byTarget: ReadonlyMap<string, readonly Reaction[]>,
): AnswerReactionFigures {
  const self = unitNodeKey(unitId);
  const answers = new Set<string>();
  for (const p of petitions) if (p.response !== null) answers.add(p.response.id);
  const counts = new Map<ReactionType, number>();
  let total = 0;
  for (const answerId of answers) {
    for (const reaction of byTarget.get(answerId) ?? []) {
      if (data.nodeOfActor(reaction.actorId) === self) continue;
      counts.set(reaction.type, (counts.get(reaction.type) ?? 0) + 1);
      total += 1;
    }
  }
  const answerReactions: ReactionCounts = {};
  let negative = 0;
  for (const type of REACTION_TYPES) {
    const n = counts.get(type);
    if (n === undefined) continue;
    answerReactions[type] = n;
    if (NEGATIVE.has(type)) negative += n;
  }
  return { answerReactions, negativeShare: total < NEGATIVE_SHARE_MIN_REACTIONS ? null : negative / total };
}
