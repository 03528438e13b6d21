/**
 * Reach, engagement and association figures by number (resolve's node numbers, posts by position)
 * against a by-id reading of SPEC 4.1 / 4.5 written here (fast-check: duplicate ids, dangling
 * parents, share cycles, `__proto__` ids), and guards that the numbered passes make no Map or Set
 * operation per record.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { associationActivity } from '../../src/metrics/associations';
import { postEngagement } from '../../src/metrics/unit/engagement';
import { reach, reachIndexOf, type ReachFigures } from '../../src/metrics/unit/reach';
import type { AssociationActivity } from '../../src/metrics/associations';
import { unitNodeKey, type ResolvedData } from '../../src/resolve/resolved';
import type { FileCapabilities, Post } from '../../src/model/types';
import { comment, post, reaction, resolve } from '../helpers/dataset';
import { countMapSetOperations } from '../helpers/operations';

const UNIT_IDS = ['so-tc', 'so-khdt', 'ha-long', 'cam-pha'];
const NAMES = { hh: 'Hiệp hội Du lịch', hh2: 'Hội Doanh nghiệp trẻ', biz: 'Công ty TNHH Hải Long', ['__proto__']: 'Công ty Proto', ann: 'Nguyễn An' };

/** The engaged nodes of the post with this id (commenters, repliers, reactors), by id over the whole record lists. */
function engagedOf(data: ResolvedData, id: string, into: Set<string>): void {
  for (const c of data.comments) {
    if (c.postId !== id) continue;
    const node = data.commentAuthorNode(c);
    if (node !== null) into.add(node);
  }
  for (const r of data.reactions) {
    if (r.targetType !== 'post' || r.targetId !== id) continue;
    const node = data.nodeOfActor(r.actorId);
    if (node !== null) into.add(node);
  }
}

/** Every share beneath the posts with these ids, breadth-first, each id once (the first post with it in the data's order). */
function forEachShareById(data: ResolvedData, ids: readonly string[], visit: (share: Post, depth: number) => void): void {
  const seen = new Set(ids);
  let frontier = [...ids];
  for (let level = 1; frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const share of data.posts) {
        if (share.parentId !== id || seen.has(share.id)) continue;
        seen.add(share.id);
        next.push(share.id);
        visit(share, level);
      }
    }
    frontier = next;
  }
}

/** The by-id oracle of reach: every look-up by id over the whole record lists, sets of node keys. */
function reachById(data: ResolvedData, unitId: string, posts: readonly Post[]): ReachFigures {
  const self = unitNodeKey(unitId);
  const direct = new Set<string>();
  for (const p of posts) engagedOf(data, p.id, direct);
  direct.delete(self);
  const cascade = new Set(direct);
  const amplifiers = new Set<string>();
  let depth = 0;
  forEachShareById(data, posts.map((p) => p.id), (share, level) => {
    depth = level;
    const sharer = data.postAuthorNode(share);
    if (sharer !== null) {
      cascade.add(sharer);
      if (data.actorOfNode(sharer)?.kind === 'association') amplifiers.add(sharer);
    }
    engagedOf(data, share.id, cascade);
  });
  cascade.delete(self);
  const kinds = [...direct].map((node) => data.actorOfNode(node)?.kind);
  return {
    reach: direct.size,
    businessReach: kinds.filter((k) => k === 'business').length,
    associationReach: kinds.filter((k) => k === 'association').length,
    cascadeReach: cascade.size,
    cascadeDepth: depth,
    amplifiers: [...amplifiers].sort(),
  };
}

/** The by-id oracle of association spread (SPEC 4.5; no petitions): each unit post's share tree walked by id. */
function associationsById(data: ResolvedData, ids: readonly string[]): AssociationActivity[] {
  const rows = new Map(ids.map((id) => [id, { shares: 0, units: new Set<string>(), reached: new Set<string>() }]));
  for (const root of data.posts) {
    const unit = data.postUnit.get(root.id);
    if (!unit) continue;
    forEachShareById(data, [root.id], (share) => {
      const sharer = data.postAuthorNode(share);
      const row = sharer === null ? undefined : rows.get(sharer);
      if (row === undefined) return;
      row.shares++;
      row.units.add(unit);
      const engaged = new Set<string>();
      engagedOf(data, share.id, engaged);
      engaged.delete(sharer!);
      for (const node of engaged) row.reached.add(node);
    });
  }
  return ids.map((id) => {
    const row = rows.get(id)!;
    return { id, sharesOfUnitPosts: row.shares, unitsAmplified: row.units.size, reachGenerated: row.reached.size, questionsRaised: 0 };
  });
}

/** The by-id oracle of one post's engagement received (SPEC 4.1). */
function engagementById(data: ResolvedData, p: Post, withComments: boolean) {
  const unit = data.postUnit.get(p.id) ?? null;
  const self = unit === null ? null : unitNodeKey(unit);
  const nodes = new Set<string>();
  let anonymous = 0;
  for (const r of data.reactions) {
    if (r.targetType !== 'post' || r.targetId !== p.id) continue;
    const node = data.nodeOfActor(r.actorId);
    if (node === null) anonymous++;
    else if (node !== self) nodes.add(node);
  }
  const reactions = Math.max(nodes.size + anonymous, p.reactionsTotal ?? 0);
  if (!withComments) return { comments: p.commentsTotal ?? 0, reactions, shares: p.sharesCount, commentsShortfall: 0 };
  const thread = data.comments.filter((c) => c.postId === p.id);
  return {
    comments: thread.filter((c) => unit === null || data.attribution.commentUnit(data.commentById.get(c.id)!) !== unit).length,
    reactions,
    shares: p.sharesCount,
    commentsShortfall: Math.max(0, (p.commentsTotal ?? 0) - thread.length),
  };
}

const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
const postIds = ['p1', 'p2', 'x', '__proto__', 's1', 's2'];
const commentIds = ['c1', 'c2', 'x', '__proto__', 'r1'];
const actorIds = ['acc-tc', 'acc-khdt', 'acc-khdt-2', 'acc-hl', 'page', 'biz', 'hh', 'hh2', 'ann', '__proto__', 'bob', null];
const records = fc.record({
  posts: fc.array(fc.record({
    id: pick(postIds), from: pick(actorIds), parent: pick([null, ...postIds, 'gone']),
    message: pick(['', 'Sở Tài chính trả lời', 'Thành phố Hạ Long']), reactionsTotal: pick([null, 0, 3]), commentsTotal: pick([null, 1, 9]),
  }), { maxLength: 7 }),
  comments: fc.array(fc.record({ id: pick(commentIds), post: pick([...postIds, 'gone']), parent: pick([null, ...commentIds, 'gone']), from: pick(actorIds) }), { maxLength: 8 }),
  reactions: fc.array(fc.record({ target: pick([...postIds, ...commentIds, 'gone']), type: pick(['post', 'comment'] as const), from: pick(actorIds) }), { maxLength: 14 }),
  noComments: fc.array(pick(postIds), { maxLength: 2 }),
});
type Records = typeof records extends fc.Arbitrary<infer R> ? R : never;
const resolveRecords = (r: Records) => resolve({
  posts: r.posts.map((p, i) => post(p.id, { from: p.from, parent: p.parent, h: i, message: p.message, reactionsTotal: p.reactionsTotal, commentsTotal: p.commentsTotal })),
  comments: r.comments.map((c, i) => comment(c.id, c.post, { from: c.from, parent: c.parent, h: i })),
  reactions: r.reactions.map((x) => reaction(x.target, x.from, x.type)),
  names: NAMES,
});

describe('reach, engagement and associations by number (oracle: by-id readings written here)', () => {
  it('reach: the numbered index gives the by-id figures for every unit, duplicate ids, dangling parents and cycles included (fast-check)', () => {
    fc.assert(fc.property(records, (r) => {
      const data = resolveRecords(r);
      // Resolve's numbers: each node's actor (read at its number) is its key's, each post author's number its key's.
      data.nodeKeys.forEach((key, n) => expect(data.actorOfNodeNumber(n)).toBe(data.actorOfNode(key)));
      data.posts.forEach((p, i) => expect(data.nodeKeys[data.postAuthorNodeIds[i]] ?? null).toBe(data.postAuthorNode(p)));
      const index = reachIndexOf(data);
      for (const unitId of UNIT_IDS) {
        const posts = data.posts.filter((p) => data.postUnit.get(p.id) === unitId);
        expect(reach(data, unitId, posts, index)).toEqual(reachById(data, unitId, posts));
      }
      // Any subset of the data's posts, for a unit that has none of them too.
      expect(reach(data, 'so-tc', data.posts, index)).toEqual(reachById(data, 'so-tc', data.posts));
      // Posts outside the data, read by id (the comments kept under them, their shares), beside the data's.
      const outside = [post('gone', { from: 'acc-tc' }), post('nowhere', { from: 'acc-tc' }), ...data.posts.slice(0, 2)];
      expect(reach(data, 'so-tc', outside, index)).toEqual(reachById(data, 'so-tc', outside));
    }), { numRuns: 400 });
  });

  it('postEngagement: the numbered index gives the by-id figures, with and without comment records (fast-check)', () => {
    fc.assert(fc.property(records, (r) => {
      const data = resolveRecords(r);
      const capabilities = (p: Post) => ({ comments: !r.noComments.includes(p.id) }) as FileCapabilities;
      const got = postEngagement(data, capabilities, reachIndexOf(data));
      const expected = new Map(data.posts.map((p) => [p.id, engagementById(data, p, capabilities(p).comments)]));
      expect(got).toEqual(expected);
      expect(postEngagement(data, capabilities)).toEqual(expected); // its own index
    }), { numRuns: 400 });
  });

  it('associationActivity: the numbered index gives the by-id figures (fast-check)', () => {
    fc.assert(fc.property(records, (r) => {
      const data = resolveRecords(r);
      const ids = ['hh', 'hh2', 'biz'];
      expect(associationActivity(data, ids, [], reachIndexOf(data))).toEqual(associationsById(data, ids));
    }), { numRuns: 200 });
  });

  it('associationActivity by number: a sharer engaging with its own share is not reach it generated (hand-counted)', () => {
    const data = resolve({
      posts: [post('u', { from: 'acc-tc' }), post('s', { from: 'hh', parent: 'u', h: 1 }), post('s2', { from: 'hh', parent: 's', h: 2 })],
      comments: [comment('c1', 's', { from: 'hh' }), comment('c2', 's', { from: 'ann' }), comment('c3', 's2', { from: 'bob' })],
      reactions: [reaction('s', 'hh'), reaction('s', 'ann'), reaction('s2', 'hh')],
      names: NAMES,
    });
    const [row] = associationActivity(data, ['hh'], [], reachIndexOf(data));
    // hh shared u (s) and its own share (s2): two shares of so-tc's post; reached ann (s) and bob (s2), not itself.
    expect(row).toEqual({ id: 'hh', sharesOfUnitPosts: 2, unitsAmplified: 1, reachGenerated: 2, questionsRaised: 0 });
  });

  it('a post that is not in the data is read by id: the comments kept under it and its shares', () => {
    const data = resolve({
      posts: [post('p', { from: 'acc-tc' }), post('s', { from: 'hh', parent: 'q', h: 1 })],
      comments: [comment('c', 'q', { from: 'ann' }), comment('c2', 's', { from: 'bob' })],
      names: NAMES,
    });
    const outside = post('q', { from: 'acc-tc' }); // its comment is kept (open period), the post is not data's
    expect(reach(data, 'so-tc', [outside], reachIndexOf(data))).toEqual(reachById(data, 'so-tc', [outside]));
    // ann (comment); hh (the share's author, an association) and bob (on the share) in the cascade.
    expect(reach(data, 'so-tc', [outside], reachIndexOf(data))).toEqual({
      reach: 1, businessReach: 0, associationReach: 0, cascadeReach: 3, cascadeDepth: 1, amplifiers: ['hh'],
    });
  });

  it('no Map or Set operation per record: ten times the comments and reactions on the same posts cost the same operations (regression guard)', () => {
    const base = {
      posts: [post('u1', { from: 'acc-hl' }), post('s1', { from: 'hh', parent: 'u1', h: 1 }), post('p2', { from: 'acc-tc', h: 2 })],
      comments: [comment('c1', 'u1', { from: 'biz' }), comment('c2', 's1', { from: 'ann' }), comment('c3', 'p2', { from: 'acc-tc' })],
      reactions: [reaction('u1', 'ann'), reaction('s1', 'bob'), reaction('p2', null), reaction('c1', 'hh', 'comment')],
      names: NAMES,
    };
    const operations = (times: number) => {
      const data = resolve({
        ...base,
        comments: Array.from({ length: times }, (_, k) => base.comments.map((c) => ({ ...c, id: `${c.id}-${k}` }))).flat(),
        reactions: Array.from({ length: times }, () => base.reactions).flat(),
      });
      const { calls, value } = countMapSetOperations(() => {
        const index = reachIndexOf(data);
        const figures = UNIT_IDS.map((u) => reach(data, u, data.posts.filter((p) => data.postUnit.get(p.id) === u), index));
        const engagement = postEngagement(data, undefined, index);
        const associations = associationActivity(data, ['hh'], [], index);
        return { cascade: figures[2].cascadeReach, comments: engagement.get('u1')!.comments, reached: associations[0].reachGenerated };
      });
      return { calls, ...value };
    };
    const once = operations(1);
    expect(once).toMatchObject({ cascade: 4, comments: 1, reached: 2 }); // biz, ann (direct); hh, bob (cascade); ann and bob reached by hh's share
    expect(once.calls).toBeGreaterThan(0); // the spy sees the operations there are
    expect(operations(10)).toEqual({ ...once, comments: 10 });
  });
});
