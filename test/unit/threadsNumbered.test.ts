/**
 * Threads, petitions and outcomes by number (resolve's `commentThreads`, petitions' `commentAt`)
 * against by-id readings written here — the ones the code used before: a thread root per id
 * (parents followed by id, the first root worked out kept), candidates and own comments keyed by
 * (root id, unit or author id). fast-check with duplicate ids, dangling parents, reply cycles and
 * `__proto__` ids; guards that count Map/Set operations per comment.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPetitions, makeQuestionDetector, type Petition, type PetitionOptions } from '../../src/metrics/petitions';
import { petitionOutcomes, type Outcome } from '../../src/metrics/quality/outcomes';
import { reactionsByTarget } from '../../src/metrics/quality/answerReactions';
import { foldText, makeFoldedPhraseMatcher } from '../../src/text/fold';
import type { Comment } from '../../src/model/types';
import type { ResolvedData } from '../../src/resolve/resolved';
import { HOUR, comment, makeConfig, post, reaction, resolve } from '../helpers/dataset';
import { countMapSetOperations } from '../helpers/operations';

const wallClock: PetitionOptions = { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 };

/** The by-id thread roots: follow parent ids to a top-level comment; a missing parent heads the thread; a cycle stops at the comment met again. */
function rootsById(comments: readonly Comment[]): Map<string, string> {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const roots = new Map<string, string>();
  for (const first of comments) {
    if (roots.has(first.id)) continue;
    const chain: string[] = [];
    let current = first;
    let root: string;
    for (;;) {
      chain.push(current.id);
      root = current.id;
      if (current.parentId === null) break;
      if (roots.has(current.parentId)) { root = roots.get(current.parentId)!; break; }
      const parent = byId.get(current.parentId);
      if (parent === undefined || chain.includes(parent.id)) { root = current.parentId; break; }
      current = parent;
    }
    for (const id of chain) roots.set(id, root);
  }
  return roots;
}

/** The by-id petitions: (comment id, unit, response id) of each question, as SPEC 3.4 reads them. */
function petitionsById(data: ResolvedData) {
  const roots = rootsById(data.comments);
  const isQuestion = makeQuestionDetector(data.config.petitionMarkers);
  const unitOf = (c: Comment) => data.attribution.commentUnit(data.commentById.get(c.id)!); // two comments sharing an id: the last one's
  const result: { id: string; unitId: string | null; authorKind: string; response: string | null }[] = [];
  for (const c of data.comments) {
    if (unitOf(c) !== null || !isQuestion(c.message)) continue;
    const author = c.fromId === null ? undefined : data.actors.get(c.fromId);
    if (author && (author.kind === 'agency' || author.kind === 'page')) continue;
    let unitId = data.postUnit.get(c.postId) ?? null;
    if (unitId === null) {
      const named = data.attribution.unitsNamedIn(c.message);
      if (named.length === 1) unitId = named[0];
    }
    let response: string | null = null;
    if (unitId !== null) {
      const candidates = data.comments
        .filter((r) => unitOf(r) === unitId && roots.get(r.id) === roots.get(c.id))
        .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
      response = candidates.find((r) => r.time > c.time)?.id ?? null;
    }
    result.push({ id: c.id, unitId, authorKind: author ? author.kind : 'anonymous', response });
  }
  return result;
}

/** The by-id outcome of one petition (SPEC 4.6): its author's later comments in its thread. */
function outcomeById(data: ResolvedData, p: Petition): Outcome | null {
  if (p.response === null || p.comment.fromId === null) return null;
  const roots = rootsById(data.comments);
  const isQuestion = makeQuestionDetector(data.config.petitionMarkers);
  const thanks = makeFoldedPhraseMatcher(data.config.thanksMarkers);
  const later = data.comments.filter((c) => c.fromId === p.comment.fromId && roots.get(c.id) === roots.get(p.comment.id) && c.time > p.response!.time);
  if (later.some((c) => isQuestion(c.message))) return 'reasked';
  if (later.some((c) => thanks(foldText(c.message)))) return 'acknowledged';
  return 'silent';
}

const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
const ids = ['c1', 'c2', 'c3', '__proto__', 'x'];
const records = fc.record({
  posts: fc.array(fc.record({ id: pick(['p1', 'p2', '__proto__']), from: pick(['acc-tc', 'acc-khdt', 'page', 'ann']) }), { maxLength: 3 }),
  comments: fc.array(fc.record({
    id: pick(ids), post: pick(['p1', 'p2', '__proto__', 'gone']), parent: pick([null, null, ...ids, 'gone']),
    from: pick(['acc-tc', 'acc-khdt', 'acc-khdt-2', 'page', 'ann', 'bob', '__proto__', null]), h: pick([1, 2, 3, 4]),
    message: pick(['Cho hỏi thủ tục?', 'Cảm ơn', 'Sở Tài chính trả lời', 'Hỏi Sở Tài chính?', 'Xin hỏi thêm?', 'Bài hay']),
  }), { maxLength: 9 }),
  reactions: fc.array(fc.record({ target: pick([...ids, 'p1']), type: pick(['comment', 'comment', 'post'] as const), from: pick(['acc-tc', 'ann', 'bob', null]) }), { maxLength: 8 }),
});

type Records = typeof records extends fc.Arbitrary<infer R> ? R : never;
const resolveRecords = (r: Records) => resolve({
  posts: r.posts.map((p, i) => post(p.id, { from: p.from, h: i })),
  comments: r.comments.map((c) => comment(c.id, c.post, { from: c.from, parent: c.parent, h: c.h, message: c.message })),
  reactions: r.reactions.map((x) => reaction(x.target, x.from, x.type)),
  names: { ['__proto__']: 'Trần Proto', bob: 'Công ty TNHH Bob' },
});

describe('threads, petitions and outcomes by number (oracle: by-id readings written here)', () => {
  it('commentThreads and commentThreadRoots: the by-id roots, one number per root (fast-check)', () => {
    fc.assert(fc.property(records, (r) => {
      const data = resolveRecords(r);
      const roots = rootsById(data.comments);
      const c = data.comments.length;
      // The by-id views resolve makes when read: the last comment with an id, its unit; the ids' distinctness.
      expect(data.commentIdsDistinct).toBe(new Set(data.comments.map((x) => x.id)).size === c);
      data.comments.forEach((x, i) => {
        expect(data.commentById.get(x.id)).toBe(data.comments.filter((y) => y.id === x.id).pop());
        expect(data.commentUnits[i]).toBe(data.attribution.commentUnit(data.commentById.get(x.id)!));
        expect(data.nodeKeys[data.commentAuthorNodeIds[i]] ?? null).toBe(data.commentAuthorNode(x));
      });
      data.comments.forEach((x, i) => {
        expect(data.commentThreadRoots[i]).toBe(roots.get(x.id));
        const t = data.commentThreads[i];
        if (t < c) expect(data.comments[t].id).toBe(roots.get(x.id)); // a root in the data: its (last) position
        data.comments.forEach((y, j) => expect(data.commentThreads[j] === t).toBe(roots.get(y.id) === roots.get(x.id)));
      });
    }), { numRuns: 400 });
  });

  it('findPetitions and petitionOutcomes: the by-id petitions, responses and outcomes (fast-check)', () => {
    fc.assert(fc.property(records, (r) => {
      const data = resolveRecords(r);
      const petitions = findPetitions(data, wallClock);
      expect(petitions.map((p) => ({ id: p.comment.id, unitId: p.unitId, authorKind: p.authorKind, response: p.response?.id ?? null }))).toEqual(petitionsById(data));
      petitions.forEach((p) => expect(data.comments[p.commentAt!]).toBe(p.comment));
      petitions.forEach((p) => expect(p.responseAt === undefined ? null : data.comments[p.responseAt]).toBe(p.response));
      // Reactions on the answers, by position: the by-id reading (comment reactions whose target id is an answer's).
      if (data.commentIdsDistinct) {
        const marks = new Uint8Array(data.comments.length);
        const answerIds = new Set<string>();
        for (const p of petitions) if (p.response !== null) { marks[p.responseAt!] = 1; answerIds.add(p.response.id); }
        const expected = new Map<string, unknown[]>();
        for (const x of data.reactions) if (x.targetType === 'comment' && answerIds.has(x.targetId)) expected.set(x.targetId, [...(expected.get(x.targetId) ?? []), x]);
        expect(reactionsByTarget(data, marks)).toEqual(expected);
      }
      const outcomes = petitionOutcomes(data, petitions);
      const expected = new Map<string, Outcome | null>();
      for (const p of petitions) expected.set(p.comment.id, outcomeById(data, p));
      expect(outcomes).toEqual(expected);
    }), { numRuns: 400 });
  });

  it('petitionOutcomes of petitions made elsewhere (any author, a unit account or the page included; with and without position): the by-id outcomes (fast-check)', () => {
    fc.assert(fc.property(records, fc.array(fc.nat(), { maxLength: 6 }), (r, picks) => {
      const data = resolveRecords(r);
      const c = data.comments.length;
      if (c === 0) return;
      // Each comment a petition answered by the next comment (or not), as a caller could make them.
      const petitions: Petition[] = data.comments.map((comment, i) => ({
        comment, commentAt: i, unitId: null, routedBy: null, authorKind: 'anonymous',
        response: picks.length === 0 || picks[i % picks.length] % 3 !== 0 ? data.comments[picks.length === 0 ? i : picks[i % picks.length] % c] : null,
        responseHours: null, responseWorkingHours: null, onTime: null,
      }));
      const expected = new Map<string, Outcome | null>();
      for (const p of petitions) expected.set(p.comment.id, outcomeById(data, p));
      expect(petitionOutcomes(data, petitions)).toEqual(expected);
      expect(petitionOutcomes(data, petitions.map(({ commentAt: _at, ...p }) => p))).toEqual(expected);
      // A petition whose comment is not in the data: by its id, a thread of none of the data's comments.
      const outside = { ...petitions[0], comment: { ...petitions[0].comment, id: 'elsewhere' }, commentAt: undefined };
      expect(petitionOutcomes(data, [outside]).get('elsewhere')).toBe(outcomeById(data, outside));
    }), { numRuns: 400 });
  });

  it('no Map or Set operation per comment in findPetitions or petitionOutcomes: ten times the threads cost the same operations (regression guard)', () => {
    const operations = (times: number) => {
      const comments = Array.from({ length: times }, (_, k) => [
        comment(`q${k}`, 'p1', { from: 'ann', h: 1, message: 'Cho hỏi thủ tục?' }),
        comment(`a${k}`, 'p1', { from: 'acc-tc', h: 2, parent: `q${k}`, message: 'Sở trả lời' }),
        comment(`t${k}`, 'p1', { from: 'ann', h: 3, parent: `a${k}`, message: 'Hỏi thêm?' }), // a '?': no text folding (its cache is no look-up by id)
        comment(`o${k}`, 'p1', { from: 'acc-khdt', h: 4, parent: 'gone', message: 'Bài hay' }), // a unit's (its text is not read), under a missing parent
      ]).flat();
      const data = resolve({ posts: [post('p1', { from: 'acc-tc' })], comments }, makeConfig());
      return countMapSetOperations(() => {
        const petitions = findPetitions(data, wallClock);
        const outcomes = petitionOutcomes(data, petitions);
        return { petitions: petitions.length, reasked: [...outcomes.values()].filter((o) => o === 'reasked').length };
      });
    };
    operations(1); // a first run fills module-level caches
    const once = operations(1);
    expect(once.value).toEqual({ petitions: 2, reasked: 1 }); // q0, and t0 asks again (unanswered)
    const tenfold = operations(10);
    expect(tenfold.value).toEqual({ petitions: 20, reasked: 10 });
    // The only operations that grow: one outcome set per petition (the result is a map by comment id).
    expect(tenfold.calls - once.calls).toBe(18);
  });
});
