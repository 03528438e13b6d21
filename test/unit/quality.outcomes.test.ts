/**
 * Outcomes of answered petitions (SPEC 4.6), each expected value worked out by hand from the
 * SPEC's words: the petitioner's own later comments in the same thread, strictly after the answer;
 * a question there → reasked; else a thanks marker → acknowledged; else silent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPetitions, type PetitionOptions } from '../../src/metrics/petitions';
import { countOutcomes, OUTCOMES, type Outcome } from '../../src/metrics/quality/outcomeCounts';
import { outcomeRates, petitionOutcomes } from '../../src/metrics/quality/outcomes';
import { HOUR, comment, makeConfig, post, resolve, type DatasetInput } from '../helpers/dataset';

const wallClock: PetitionOptions = { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 };

function outcomesOf(input: DatasetInput, config = makeConfig()) {
  const data = resolve(input, config);
  const petitions = findPetitions(data, wallClock);
  return { outcomes: petitionOutcomes(data, petitions), petitions };
}

/** A post of so-tc (account acc-tc) with a petition `q` by `asker` at h1 answered at h2. */
function thread(asker: string | null, after: { id: string; h: number; message: string; from?: string | null; parent?: string | null }[]): DatasetInput {
  return {
    posts: [post('p', { from: 'acc-tc' })],
    comments: [
      comment('q', 'p', { from: asker, h: 1, message: 'Xin hỏi thủ tục cấp phép?' }),
      comment('a', 'p', { from: 'acc-tc', h: 2, parent: 'q', message: 'Mời bạn nộp hồ sơ tại bộ phận một cửa.' }),
      ...after.map((c) => comment(c.id, 'p', { from: c.from === undefined ? asker : c.from, h: c.h, parent: c.parent === undefined ? 'q' : c.parent, message: c.message })),
    ],
    names: { biz: 'Công ty TNHH An Phát' },
  };
}

describe('petitionOutcomes (SPEC 4.6)', () => {
  it('acknowledged: the petitioner thanks after the answer', () => {
    const { outcomes } = outcomesOf(thread('biz', [{ id: 't', h: 3, message: 'Cảm ơn Sở, đã rõ.' }]));
    expect(outcomes.get('q')).toBe('acknowledged');
  });

  it.each(['Cam on nhieu', 'Thank you', 'Đã rõ', 'rõ rồi ạ', 'Em đã hiểu', 'Tốt quá!'])(
    'each default thanks marker acknowledges: "%s"', (message) => {
      expect(outcomesOf(thread('biz', [{ id: 't', h: 3, message }])).outcomes.get('q')).toBe('acknowledged');
    });

  it('reasked: the petitioner asks again after the answer', () => {
    const { outcomes } = outcomesOf(thread('biz', [{ id: 'r', h: 3, message: 'Vẫn chưa rõ, bao giờ có kết quả' }]));
    expect(outcomes.get('q')).toBe('reasked');
  });

  it('thanks and a question in one comment is a re-ask (the question wins)', () => {
    const { outcomes } = outcomesOf(thread('biz', [{ id: 'r', h: 3, message: 'Cảm ơn Sở. Nhưng cho hỏi nộp ở đâu?' }]));
    expect(outcomes.get('q')).toBe('reasked');
  });

  it('a thanks then a re-ask in two comments is a re-ask', () => {
    const { outcomes } = outcomesOf(thread('biz', [
      { id: 't', h: 3, message: 'Cảm ơn' }, { id: 'r', h: 4, message: 'Còn phí thì sao?' },
    ]));
    expect(outcomes.get('q')).toBe('reasked');
  });

  it('silent: nothing more from the petitioner', () => {
    expect(outcomesOf(thread('biz', [])).outcomes.get('q')).toBe('silent');
  });

  it('only comments strictly after the answer count (a thanks before it, or at the same instant, does not)', () => {
    const before = outcomesOf(thread('biz', [{ id: 't', h: 1.5, message: 'Cảm ơn trước nhé' }]));
    expect(before.outcomes.get('q')).toBe('silent');
    const same = outcomesOf(thread('biz', [{ id: 't', h: 2, message: 'Cảm ơn' }]));
    expect(same.outcomes.get('q')).toBe('silent');
  });

  it('only the petitioner\'s own comments count (another author thanking changes nothing)', () => {
    const { outcomes } = outcomesOf(thread('biz', [{ id: 't', h: 3, from: 'other', message: 'Cảm ơn Sở' }]));
    expect(outcomes.get('q')).toBe('silent');
  });

  it('only the same thread counts (a thanks in a new top-level comment does not)', () => {
    const { outcomes } = outcomesOf(thread('biz', [{ id: 't', h: 3, parent: null, message: 'Cảm ơn Sở' }]));
    expect(outcomes.get('q')).toBe('silent');
  });

  it('anonymous petitioner: answered, outcome null, left out of the rates', () => {
    const { outcomes, petitions } = outcomesOf(thread(null, [{ id: 't', h: 3, message: 'Cảm ơn' }]));
    expect(petitions.find((p) => p.comment.id === 'q')!.response?.id).toBe('a');
    expect(outcomes.get('q')).toBeNull();
    expect(outcomeRates([outcomes.get('q')!])).toEqual({ acknowledgedRate: null, reaskRate: null });
  });

  it('unanswered petition: outcome null', () => {
    const { outcomes } = outcomesOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('q', 'p', { from: 'biz', h: 1, message: 'Khi nào xong?' }), comment('t', 'p', { from: 'biz', h: 3, parent: 'q', message: 'Cảm ơn' })],
    });
    expect(outcomes.get('q')).toBeNull();
  });

  it('configured thanksMarkers replace the defaults', () => {
    const config = makeConfig({ thanksMarkers: ['tuyệt vời'] });
    expect(outcomesOf(thread('biz', [{ id: 't', h: 3, message: 'Tuyet voi' }]), config).outcomes.get('q')).toBe('acknowledged');
    expect(outcomesOf(thread('biz', [{ id: 't', h: 3, message: 'Cảm ơn' }]), config).outcomes.get('q')).toBe('silent');
  });
});

describe('petitionOutcomes: operation counts (a regression guard that cannot flake)', () => {
  it('groups the answered petitioners\' comments only, reading their threads by position: one thread and author look-up per answered petition made elsewhere', () => {
    const input = thread('biz', [{ id: 't', h: 3, message: 'Cảm ơn' }]);
    input.comments!.push(
      comment('x1', 'p', { from: 'ann', h: 4, message: 'Bài viết hay' }),
      comment('x2', 'p', { from: 'ann', h: 5, parent: 'x1', message: 'Đồng ý' }),
      comment('x3', 'p', { from: null, h: 6, message: 'Ẩn danh' }),
    );
    const data = resolve(input);
    const petitions = findPetitions(data, wallClock);
    const expected = petitionOutcomes(data, petitions);
    let lookups = 0;
    const commentAt = new Map(data.commentAt);
    commentAt.get = (id: string) => (lookups++, data.commentAt.get(id));
    const actorNodeId = (id: string | null) => (lookups++, data.actorNodeId(id));
    const counted = { ...data, commentAt, actorNodeId };
    expect(petitionOutcomes(counted, petitions)).toEqual(expected);
    expect(expected.get('q')).toBe('acknowledged');
    expect(lookups).toBe(1); // findPetitions' petitions know their comment's position: threads and authors by number (the page's node: one)
    // Petitions made elsewhere (no position) are read by id: their comment's thread and author, per answered petition.
    lookups = 0;
    const byId = petitions.map(({ commentAt: _at, ...p }) => p);
    expect(petitionOutcomes(counted, byId)).toEqual(expected);
    const answered = petitions.filter((p) => p.response !== null && p.comment.fromId !== null).length;
    expect(lookups).toBe(2 * answered + 1); // 3, where a look-up per comment would be 6 + 1
  });
});

describe('outcomeRates (SPEC 4.6)', () => {
  it('over answered petitions with an identified petitioner: 1 acknowledged, 1 reasked, 2 silent, 2 null → 1/4 and 1/4', () => {
    expect(outcomeRates(['acknowledged', 'reasked', 'silent', 'silent', null, null])).toEqual({ acknowledgedRate: 0.25, reaskRate: 0.25 });
  });

  it('null, not 0, when none is measured', () => {
    expect(outcomeRates([])).toEqual({ acknowledgedRate: null, reaskRate: null });
  });
});

describe('countOutcomes: the counting the rates and the report share', () => {
  it('counts each outcome once and skips the unmeasured (fast-check: equals one filter per outcome)', () => {
    const outcome = fc.constantFrom<Outcome | null>(...OUTCOMES, null);
    fc.assert(fc.property(fc.array(outcome), (outcomes) => {
      const counts = countOutcomes(outcomes, (o) => o);
      for (const name of OUTCOMES) expect(counts[name]).toBe(outcomes.filter((o) => o === name).length);
      const measured = outcomes.length - outcomes.filter((o) => o === null).length;
      const rates = outcomeRates(outcomes);
      expect(rates.acknowledgedRate).toBe(measured === 0 ? null : counts.acknowledged / measured);
      expect(rates.reaskRate).toBe(measured === 0 ? null : counts.reasked / measured);
    }));
  });

  it('reads each item through the given accessor (the report passes petition rows)', () => {
    const rows = [{ outcome: 'silent' as const }, { outcome: null }, { outcome: 'reasked' as const }, { outcome: 'silent' as const }];
    expect(countOutcomes(rows, (row) => row.outcome)).toEqual({ acknowledged: 0, reasked: 1, silent: 2 });
  });
});
