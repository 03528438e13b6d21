/**
 * Privacy's order of first appearance (who gets `anon:1`, `anon:2`, …) by node number, against the
 * by-id reading written here (the one privacy used before: a map of reactions by target id, a set
 * of seen ids) — fast-check with duplicate ids, a post and a comment sharing an id, `__proto__`
 * ids, tags and equal times — and a guard that counts Map/Set operations per record.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { individualsInOrder, makePrivacy } from '../../src/analysis/privacy/index';
import type { ResolvedData } from '../../src/resolve/resolved';
import { comment, post, reaction, resolve } from '../helpers/dataset';
import { countMapSetOperations } from '../helpers/operations';

/** The by-id oracle: visit every record's actor ids in the documented order, keep the individuals'. */
function individualsById(data: ResolvedData): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string | null) => {
    if (id === null || seen.has(id)) return;
    seen.add(id);
    if (data.actors.get(id)?.kind === 'individual') order.push(id);
  };
  const reactionsOn = (id: string) => data.reactions.filter((r) => r.targetId === id).map((r) => r.actorId);
  for (const p of data.posts) {
    visit(p.fromId);
    p.messageTags.forEach((t) => visit(t.id));
    reactionsOn(p.id).forEach(visit);
    const thread = data.comments.filter((c) => c.postId === p.id)
      .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const c of thread) {
      visit(c.fromId);
      c.messageTags.forEach((t) => visit(t.id));
      reactionsOn(c.id).forEach(visit);
    }
  }
  [...data.actors.keys()].sort().forEach(visit);
  return order;
}

const NAMES = { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An', ['__proto__']: 'Trần Proto', 'actor:x': 'Lê X' };
const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
const postIds = ['p1', 'p2', 'x', '__proto__'];
const commentIds = ['c1', 'c2', 'x', '__proto__', 'r1'];
const actors = ['acc-tc', 'acc-khdt', 'page', 'biz', 'hh', 'ann', 'bob', 'eve', '__proto__', 'actor:x', 'anon:1', null];
const tags = fc.array(pick(['ann', 'eve', 'acc-tc', 'zoe', '__proto__']), { maxLength: 2 });

describe('individualsInOrder (SPEC 5: numbered pseudonyms by first appearance)', () => {
  it('gives the by-id order, duplicate and shared ids, tags and equal times included (fast-check)', () => {
    const records = fc.record({
      posts: fc.array(fc.record({ id: pick(postIds), from: pick(actors), tags }), { maxLength: 5 }),
      comments: fc.array(fc.record({ id: pick(commentIds), post: pick([...postIds, 'gone']), from: pick(actors), h: pick([1, 2]), tags, message: pick(['', 'Sở Tài chính trả lời']) }), { maxLength: 8 }),
      reactions: fc.array(fc.record({ target: pick([...postIds, ...commentIds]), type: pick(['post', 'comment'] as const), from: pick(actors) }), { maxLength: 12 }),
    });
    fc.assert(fc.property(records, (r) => {
      const data = resolve({
        posts: r.posts.map((p, i) => post(p.id, { from: p.from, tags: p.tags, h: i % 2 })),
        comments: r.comments.map((c) => comment(c.id, c.post, { from: c.from, h: c.h, tags: c.tags, message: c.message })),
        reactions: r.reactions.map((x) => reaction(x.target, x.from, x.type)),
        names: NAMES,
      });
      const expected = individualsById(data);
      expect(individualsInOrder(data)).toEqual(expected);
      // And the pseudonyms follow it.
      const privacy = makePrivacy(data, { pseudonymize: true });
      expect(expected.map((id) => privacy.actorId(id))).toEqual(expected.map((_, k) => `anon:${k + 1}`));
    }), { numRuns: 500 });
  });

  it('no Map or Set operation per comment or reaction: ten times them (the same people) cost the same operations (regression guard)', () => {
    const operations = (times: number) => {
      const data = resolve({
        posts: [post('p1', { from: 'page' }), post('p2', { from: 'bob', h: 1 })],
        comments: Array.from({ length: times }, (_, k) => [
          comment(`c${k}`, 'p1', { from: 'ann', h: 2 }), comment(`d${k}`, 'p2', { from: 'eve', h: 3 }), comment(`e${k}`, 'p1', { from: null }),
        ]).flat(),
        reactions: Array.from({ length: times }, (_, k) => [reaction('p1', 'zoe'), reaction(`c${k}`, 'bob', 'comment'), reaction('p2', null)]).flat(),
        names: NAMES,
      });
      return countMapSetOperations(() => individualsInOrder(data));
    };
    const once = operations(1);
    // p1 (the page's): its reactor zoe, then its comments oldest first: ann, and bob reacting to c0;
    // p2: eve's comment (bob seen); then the actor table's others by id (`NAMES`: '__proto__' < 'actor:x').
    expect(once.value).toEqual(['zoe', 'ann', 'bob', 'eve', '__proto__', 'actor:x']);
    expect(once.calls).toBeGreaterThan(0);
    expect(operations(10)).toEqual(once);
  });
});
