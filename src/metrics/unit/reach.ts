/**
 * Reach and spread (SPEC 4.1).
 * - `reach`: distinct identified actors other than the unit who commented, replied or reacted on
 *   the unit's posts; `businessReach` and `associationReach` count those of that kind.
 * - `cascadeReach`: the same over the unit's posts and every share beneath them (recursively),
 *   plus the sharers; `cascadeDepth`: the longest share chain (0 without shares);
 *   `amplifiers`: associations that shared the unit's posts anywhere in that cascade.
 */
import type { Post } from '../../model/types';
import { groupPositions } from '../../resolve/positions';
import { type ResolvedData, unitNodeKey } from '../../resolve/resolved';

export interface ReachFigures {
  reach: number;
  businessReach: number;
  associationReach: number;
  cascadeReach: number;
  cascadeDepth: number;
  amplifiers: string[];
}

/**
 * What reach reads, by number (resolve's node numbers, posts by position), built once per
 * analysis in O(posts + comments + reactions + nodes). A post's lists are those of its id: the
 * last post with that id holds them (as `data.postAt` has it); `canon[p]` is that position. An id
 * that only comments or shares name (a post outside the data: a rejected post whose comments were
 * kept) has a position from `data.posts.length` on (`outsideAt`), with its commenters and shares.
 */
export interface ReachIndex {
  /** By position in `data.posts`: the last position with the same id. */
  readonly canon: Int32Array;
  /** By id: the post's position (`data.postAt`). */
  readonly postAt: ReadonlyMap<string, number>;
  /** By id, for a post outside the data that comments or shares name: its position (≥ `data.posts.length`). */
  readonly outsideAt: ReadonlyMap<string, number>;
  /** Engaged nodes of canonical post p (identified commenters and repliers, then reactors): `engaged[engagedStart[p] .. engagedStart[p + 1]]`. */
  readonly engagedStart: Int32Array;
  readonly engaged: Int32Array;
  /** Where canonical post p's reactors begin in `engaged` (its commenters come before). */
  readonly reactorsStart: Int32Array;
  /** Shares of canonical post p (positions, in the data's order): `shareChildren[shareStart[p] .. shareStart[p + 1]]`. */
  readonly shareStart: Int32Array;
  readonly shareChildren: Int32Array;
  /** Per node number: 1 business, 2 association, 0 anything else (as `actorOfNode(key)?.kind`). */
  readonly nodeKinds: Uint8Array;
  /** Scratch marks of one {@link reach} call (a generation number per call: nothing to clear). */
  readonly marks: { direct: Int32Array; cascade: Int32Array; posts: Int32Array; generation: number };
}

const BUSINESS = 1;
const ASSOCIATION = 2;

/**
 * The reach index of a resolved dataset (see {@link ReachIndex}), made once per analysis.
 * @example
 * const index = reachIndexOf(data); // once
 * reach(data, 'so-khdt', unitPosts, index)
 */
export function reachIndexOf(data: ResolvedData): ReachIndex {
  const { posts, comments, reactions, postAt, commentPosts, commentAuthorNodeIds, reactionNodeIds, reactionTargets } = data;
  const n = posts.length;
  const canon = new Int32Array(n);
  for (let p = 0; p < n; p++) canon[p] = postAt.size === n ? p : postAt.get(posts[p].id)!;
  // Posts outside the data that a comment (kept under a rejected post) or a share names: numbered from n.
  const outsideAt = new Map<string, number>();
  const outside = (id: string) => {
    let at = outsideAt.get(id);
    if (at === undefined) outsideAt.set(id, (at = n + outsideAt.size));
    return at;
  };
  let commentTargets = commentPosts;
  for (let i = 0; i < comments.length; i++) {
    if (commentPosts[i] >= 0) continue;
    if (commentTargets === commentPosts) commentTargets = commentPosts.slice();
    commentTargets[i] = outside(comments[i].postId);
  }
  const parents = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const { parentId } = posts[p];
    parents[p] = parentId === null ? -1 : postAt.get(parentId) ?? outside(parentId);
  }
  const total = n + outsideAt.size;
  // Commenters (comments[i] under canonical post commentTargets[i]), then reactors on posts (targets < n).
  const c = comments.length;
  const engagedOf = groupPositions(
    total, c + reactions.length,
    (i) => (i < c ? (commentAuthorNodeIds[i] < 0 ? -1 : commentTargets[i]) : reactionNodeIds[i - c] < 0 || reactionTargets[i - c] >= n ? -1 : reactionTargets[i - c]),
    (i) => (i < c ? commentAuthorNodeIds[i] : reactionNodeIds[i - c]),
  );
  const reactorsStart = engagedOf.start.slice(0, total);
  for (let i = 0; i < c; i++) if (commentAuthorNodeIds[i] >= 0) reactorsStart[commentTargets[i]]++;
  const sharesOf = groupPositions(total, n, (p) => parents[p], (p) => p);
  const nodes = data.nodeKeys.length;
  const nodeKinds = new Uint8Array(nodes);
  for (let k = 0; k < nodes; k++) {
    const kind = data.actorOfNodeNumber(k)?.kind;
    nodeKinds[k] = kind === 'business' ? BUSINESS : kind === 'association' ? ASSOCIATION : 0;
  }
  return {
    canon, postAt, outsideAt,
    engagedStart: engagedOf.start, engaged: engagedOf.members, reactorsStart,
    shareStart: sharesOf.start, shareChildren: sharesOf.members,
    nodeKinds,
    marks: { direct: new Int32Array(nodes), cascade: new Int32Array(nodes), posts: new Int32Array(total), generation: 0 },
  };
}

/**
 * Reach and cascade figures of one unit's posts (read by id: a post outside the data counts the
 * comments kept under it and its shares). A mark per node and per post, no set of key strings.
 * Neutral result: no posts → every count 0, depth 0, no amplifiers.
 * @example
 * const index = reachIndexOf(data); // once
 * reach(data, 'so-khdt', unitPosts, index) // { reach: 57, businessReach: 21, associationReach: 2, cascadeReach: 80, cascadeDepth: 2, amplifiers: ['300…'] }
 */
export function reach(data: ResolvedData, unitId: string, posts: readonly Post[], index: ReachIndex): ReachFigures {
  const { postAt, outsideAt, engagedStart, engaged, nodeKinds, marks } = index;
  const { direct, cascade } = marks;
  const generation = ++marks.generation;
  const self = data.nodeNumberOf(unitNodeKey(unitId));
  const reached: number[] = [];
  const roots: number[] = [];
  for (const post of posts) {
    const p = postAt.get(post.id) ?? outsideAt.get(post.id);
    if (p === undefined) continue; // no record names it: nothing engaged with it, nothing shared it
    roots.push(p);
    for (let e = engagedStart[p]; e < engagedStart[p + 1]; e++) {
      const node = engaged[e];
      if (direct[node] !== generation) {
        direct[node] = generation;
        if (node !== self) reached.push(node);
      }
    }
  }
  let businessReach = 0;
  let associationReach = 0;
  for (const node of reached) {
    cascade[node] = generation;
    if (nodeKinds[node] === BUSINESS) businessReach += 1;
    else if (nodeKinds[node] === ASSOCIATION) associationReach += 1;
  }
  let cascadeReach = reached.length;
  const addToCascade = (node: number) => {
    if (node < 0 || node === self || cascade[node] === generation) return;
    cascade[node] = generation;
    cascadeReach += 1;
  };
  const amplifiers = new Set<number>();
  let depth = 0;
  forEachShareByNumber(index, roots, (share, id, level) => {
    depth = level;
    const sharer = data.postAuthorNodeIds[share];
    addToCascade(sharer);
    if (sharer >= 0 && nodeKinds[sharer] === ASSOCIATION) amplifiers.add(sharer);
    for (let e = engagedStart[id]; e < engagedStart[id + 1]; e++) addToCascade(engaged[e]);
  });
  return {
    reach: reached.length,
    businessReach,
    associationReach,
    cascadeReach,
    cascadeDepth: depth,
    amplifiers: Array.from(amplifiers, (node) => data.nodeKeys[node]).sort(),
  };
}

/**
 * Every share beneath `roots` (canonical positions), breadth-first, each (by id) once — even in
 * malformed data with cycles — with its position, its canonical position and its depth (1 = a direct share).
 * @example forEachShareByNumber(index, [index.postAt.get(postId)!], (share, _at, depth) => console.log(data.posts[share].id, depth))
 */
export function forEachShareByNumber(
  index: ReachIndex, roots: readonly number[], visit: (share: number, canonical: number, depth: number) => void,
): void {
  const { canon, shareStart, shareChildren, marks } = index;
  const seen = marks.posts;
  const generation = ++marks.generation;
  for (const p of roots) seen[p] = generation;
  let frontier = roots;
  for (let level = 1; frontier.length > 0; level++) {
    const next: number[] = [];
    for (const p of frontier) {
      for (let s = shareStart[p]; s < shareStart[p + 1]; s++) {
        const share = shareChildren[s];
        const at = canon[share];
        if (seen[at] === generation) continue;
        seen[at] = generation;
        next.push(at);
        visit(share, at, level);
      }
    }
    frontier = next;
  }
}
