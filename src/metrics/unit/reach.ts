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
 * Share posts by the id of the post they share, built once per analysis.
 * @example sharesByParent(data).get(postId)?.length ?? 0 // direct shares of one post
 */
export function sharesByParent(data: ResolvedData): Map<string, Post[]> {
  const children = new Map<string, Post[]>();
  for (const post of data.posts) {
    if (post.parentId === null) continue;
    let list = children.get(post.parentId);
    if (!list) children.set(post.parentId, (list = []));
    list.push(post);
  }
  return children;
}

/**
 * Visit every share beneath `roots`, breadth-first, with its depth (1 = a direct share); each
 * share once, even in malformed data with cycles.
 */
export function forEachShareInCascade(
  shares: Map<string, Post[]>,
  roots: readonly Post[],
  visit: (share: Post, depth: number) => void,
): void {
  const seen = new Set(roots.map((p) => p.id));
  let frontier = [...roots];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: Post[] = [];
    for (const post of frontier) {
      for (const share of shares.get(post.id) ?? []) {
        if (seen.has(share.id)) continue;
        seen.add(share.id);
        next.push(share);
        visit(share, depth);
      }
    }
    frontier = next;
  }
}

/**
 * The engaged actors of one post: commenters, repliers and reactors (as graph nodes). With
 * `commenters` ({@link commentersByPost}), its commenters are read from there, else worked out
 * comment by comment.
 */
export function engagedNodes(
  data: ResolvedData, post: Post, reactorsByPost: Map<string, string[]>, into: Set<string>, commenters?: Map<string, string[]>,
): void {
  if (commenters !== undefined) {
    for (const node of commenters.get(post.id) ?? []) into.add(node);
  } else {
    for (const comment of data.commentsByPost.get(post.id) ?? []) {
      const node = data.commentAuthorNode(comment);
      if (node !== null) into.add(node);
    }
  }
  for (const node of reactorsByPost.get(post.id) ?? []) into.add(node);
}

/**
 * Identified commenters' and repliers' nodes per post (one per comment, in the data's order),
 * built once per analysis from each comment's author node (`data.commentAuthorNodes`).
 * @example commentersByPost(data).get(postId) // ['100…', 'unit:so-khdt', …]
 */
export function commentersByPost(data: ResolvedData): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const { comments, commentAuthorNodes } = data;
  for (let i = 0; i < comments.length; i++) {
    const node = commentAuthorNodes[i];
    if (node === null) continue;
    const postId = comments[i].postId;
    let list = result.get(postId);
    if (!list) result.set(postId, (list = []));
    list.push(node);
  }
  return result;
}

/**
 * Reactor nodes per post (identified reactors only), built once per analysis.
 * @example reactorsByPost(data).get(postId) // ['100…', 'unit:so-khdt', …]
 */
export function reactorsByPost(data: ResolvedData): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const { reactions, reactionNodes } = data;
  for (let i = 0; i < reactions.length; i++) {
    const reaction = reactions[i];
    if (reaction.targetType !== 'post') continue;
    const node = reactionNodes[i];
    if (node === null) continue;
    let list = result.get(reaction.targetId);
    if (!list) result.set(reaction.targetId, (list = []));
    list.push(node);
  }
  return result;
}

export interface ReachIndex {
  shares: Map<string, Post[]>;
  reactors: Map<string, string[]>;
  /** {@link commentersByPost}; without it, each post's comments are read one by one (same figures). */
  commenters?: Map<string, string[]>;
  /**
   * {@link numberedReach} of the same data: with it, {@link reach} counts node numbers (same
   * figures) and reads none of the maps above.
   */
  numbered?: NumberedReach;
}

/**
 * The reach index of an analysis: shares by parent and the numbered index, built now; the maps of
 * reactors and commenters by post id only if something reads them (with `numbered`, nothing in
 * this library does for posts of `data`).
 * @example
 * const index = reachIndexOf(data); // once
 * reach(data, 'so-khdt', unitPosts, index)
 */
export function reachIndexOf(data: ResolvedData): ReachIndex & { numbered: NumberedReach } {
  let reactors: Map<string, string[]> | undefined;
  let commenters: Map<string, string[]> | undefined;
  return {
    shares: sharesByParent(data),
    numbered: numberedReach(data),
    get reactors() { return (reactors ??= reactorsByPost(data)); },
    get commenters() { return (commenters ??= commentersByPost(data)); },
  };
}

/**
 * What reach reads, by number (resolve's node numbers, posts by position), built once per
 * analysis in O(posts + comments + reactions + nodes). A post's lists are those of its id: the
 * last post with that id holds them (as the by-id maps have it); `canon[p]` is that position.
 */
export interface NumberedReach {
  /** By position in `data.posts`: the last position with the same id. */
  readonly canon: Int32Array;
  /** By id: the last position (`data.posts`). */
  readonly postAt: ReadonlyMap<string, number>;
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
 * The numbered reach index of a resolved dataset (see {@link NumberedReach}).
 * @example
 * const index = { shares: sharesByParent(data), reactors: reactorsByPost(data), numbered: numberedReach(data) };
 * reach(data, 'so-khdt', unitPosts, index) // the same figures, no set of key strings
 */
export function numberedReach(data: ResolvedData): NumberedReach {
  const { posts, comments, reactions, commentPosts, commentAuthorNodeIds, reactionNodeIds, reactionTargets } = data;
  const n = posts.length;
  const postAt = new Map<string, number>();
  for (let p = 0; p < n; p++) postAt.set(posts[p].id, p);
  const canon = new Int32Array(n);
  for (let p = 0; p < n; p++) canon[p] = postAt.size === n ? p : postAt.get(posts[p].id)!;
  // Commenters (comments[i] under canonical post commentPosts[i]), then reactors on posts (targets < n).
  const c = comments.length;
  const engagedOf = groupPositions(
    n, c + reactions.length,
    (i) => (i < c ? (commentAuthorNodeIds[i] < 0 ? -1 : commentPosts[i]) : reactionNodeIds[i - c] < 0 || reactionTargets[i - c] >= n ? -1 : reactionTargets[i - c]),
    (i) => (i < c ? commentAuthorNodeIds[i] : reactionNodeIds[i - c]),
  );
  const reactorsStart = engagedOf.start.slice(0, n);
  for (let i = 0; i < c; i++) if (commentAuthorNodeIds[i] >= 0 && commentPosts[i] >= 0) reactorsStart[commentPosts[i]]++;
  const sharesOf = groupPositions(n, n, (p) => (posts[p].parentId === null ? -1 : postAt.get(posts[p].parentId!) ?? -1), (p) => p);
  const nodes = data.nodeKeys.length;
  const nodeKinds = new Uint8Array(nodes);
  for (let k = 0; k < nodes; k++) {
    const kind = data.actorOfNodeNumber(k)?.kind;
    nodeKinds[k] = kind === 'business' ? BUSINESS : kind === 'association' ? ASSOCIATION : 0;
  }
  return {
    canon, postAt,
    engagedStart: engagedOf.start, engaged: engagedOf.members, reactorsStart,
    shareStart: sharesOf.start, shareChildren: sharesOf.members,
    nodeKinds,
    marks: { direct: new Int32Array(nodes), cascade: new Int32Array(nodes), posts: new Int32Array(n), generation: 0 },
  };
}

/**
 * Reach and cascade figures of one unit's posts. Neutral result: no posts → every count 0, depth
 * 0, no amplifiers.
 * @example
 * const index = { shares: sharesByParent(data), reactors: reactorsByPost(data) }; // once
 * reach(data, 'so-khdt', unitPosts, index) // { reach: 57, businessReach: 21, associationReach: 2, cascadeReach: 80, cascadeDepth: 2, amplifiers: ['300…'] }
 */
export function reach(data: ResolvedData, unitId: string, posts: readonly Post[], index: ReachIndex): ReachFigures {
  const numbered = index.numbered;
  if (numbered !== undefined && posts.every((post) => numbered.postAt.has(post.id))) return reachByNumber(data, unitId, posts, numbered);
  const self = unitNodeKey(unitId);
  const direct = new Set<string>();
  for (const post of posts) engagedNodes(data, post, index.reactors, direct, index.commenters);
  direct.delete(self);

  const cascade = new Set(direct);
  const amplifiers = new Set<string>();
  let depth = 0;
  forEachShareInCascade(index.shares, posts, (share, level) => {
    depth = Math.max(depth, level);
    const sharer = data.postAuthorNode(share);
    if (sharer !== null) {
      cascade.add(sharer);
      if (data.actorOfNode(sharer)?.kind === 'association') amplifiers.add(sharer);
    }
    engagedNodes(data, share, index.reactors, cascade, index.commenters);
  });
  cascade.delete(self);

  let businessReach = 0;
  let associationReach = 0;
  for (const node of direct) {
    const kind = data.actorOfNode(node)?.kind;
    if (kind === 'business') businessReach += 1;
    else if (kind === 'association') associationReach += 1;
  }
  return {
    reach: direct.size,
    businessReach,
    associationReach,
    cascadeReach: cascade.size,
    cascadeDepth: depth,
    amplifiers: [...amplifiers].sort(),
  };
}

/** {@link reach} over node numbers: a mark per node and per post instead of sets of keys. */
function reachByNumber(data: ResolvedData, unitId: string, posts: readonly Post[], index: NumberedReach): ReachFigures {
  const { postAt, engagedStart, engaged, nodeKinds, marks } = index;
  const { direct, cascade } = marks;
  const generation = ++marks.generation;
  const self = data.nodeNumberOf(unitNodeKey(unitId));
  const reached: number[] = [];
  const roots: number[] = [];
  for (const post of posts) {
    const p = postAt.get(post.id)!;
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
 * {@link forEachShareInCascade} by number: every share beneath `roots` (canonical positions),
 * breadth-first, each (by id) once, with its position, its canonical position and its depth.
 * @example forEachShareByNumber(index, [index.postAt.get(postId)!], (share, _at, depth) => console.log(data.posts[share].id, depth))
 */
export function forEachShareByNumber(
  index: NumberedReach, roots: readonly number[], visit: (share: number, canonical: number, depth: number) => void,
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
