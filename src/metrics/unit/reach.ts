/**
 * Reach and spread (SPEC 4.1).
 * - `reach`: distinct identified actors other than the unit who commented, replied or reacted on
 *   the unit's posts; `businessReach` and `associationReach` count those of that kind.
 * - `cascadeReach`: the same over the unit's posts and every share beneath them (recursively),
 *   plus the sharers; `cascadeDepth`: the longest share chain (0 without shares);
 *   `amplifiers`: associations that shared the unit's posts anywhere in that cascade.
 */
import type { Post } from '../../model/types';
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
}

/**
 * Reach and cascade figures of one unit's posts. Neutral result: no posts → every count 0, depth
 * 0, no amplifiers.
 * @example
 * const index = { shares: sharesByParent(data), reactors: reactorsByPost(data) }; // once
 * reach(data, 'so-khdt', unitPosts, index) // { reach: 57, businessReach: 21, associationReach: 2, cascadeReach: 80, cascadeDepth: 2, amplifiers: ['300…'] }
 */
export function reach(data: ResolvedData, unitId: string, posts: readonly Post[], index: ReachIndex): ReachFigures {
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
