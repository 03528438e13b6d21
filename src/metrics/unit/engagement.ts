/**
 * Engagement received (SPEC 4.1): comments, reactions and shares on a unit's posts by others.
 * Computed per post once, then summed per unit and per week. Neutral result: no posts → every total
 * 0 and `interactionsPerPost` null (not 0).
 */
import type { FileCapabilities, Post } from '../../model/types';
import { type ResolvedData, unitNodeKey } from '../../resolve/resolved';
import { reachIndexOf, type ReachIndex } from './reach';

export interface PostEngagement {
  /**
   * Comments and replies under the post that do not belong to the post's unit (anonymous
   * included); for a post whose source lists no comments but counts them (CrowdTangle), its
   * comments total (SPEC 2.2: a count-only format still gives engagement).
   */
  comments: number;
  /** max(reaction records by others, `reactions.summary.total_count`): exports cut the list at a page. */
  reactions: number;
  /** `shares.count`. */
  shares: number;
  /** Comments announced by `comments.summary.total_count` but missing from the export (0 where comments are counts only). */
  commentsShortfall: number;
}

/**
 * Engagement of every post of the period, by post id. O(posts + comments + reactions): per post a
 * count of comments and a mark per reactor node (read in the {@link reachIndexOf reach index},
 * made here unless given), no map per record. `capabilities` says what each post's source can
 * tell (src/analysis/availability.ts); by default everything.
 * @example postEngagement(resolveData(dataset, config)).get(postId) // { comments: 3, reactions: 12, shares: 1, commentsShortfall: 0 }
 */
export function postEngagement(
  data: ResolvedData,
  capabilities?: (post: Post) => FileCapabilities,
  index: ReachIndex = reachIndexOf(data),
): Map<string, PostEngagement> {
  const { posts, comments, reactions, commentPosts, commentUnits, reactionNodeIds, reactionTargets } = data;
  const n = posts.length;
  const { canon, engaged, engagedStart, reactorsStart } = index;
  // Each canonical post's unit (by id, as postUnit), its comments, those of its own unit, its anonymous reactions.
  const units: (string | null)[] = new Array(n);
  for (let p = 0; p < n; p++) units[p] = data.postUnit.get(posts[p].id) ?? null;
  const thread = new Int32Array(n);
  const own = new Int32Array(n);
  for (let i = 0; i < comments.length; i++) {
    const p = commentPosts[i];
    if (p < 0) continue;
    thread[p]++;
    if (units[p] !== null && commentUnits[i] === units[p]) own[p]++;
  }
  const anonymous = new Int32Array(n);
  for (let i = 0; i < reactions.length; i++) if (reactionNodeIds[i] < 0 && reactionTargets[i] < n) anonymous[reactionTargets[i]]++;
  const marks = new Int32Array(data.nodeKeys.length);
  let generation = 0;
  const result = new Map<string, PostEngagement>();
  for (let q = 0; q < n; q++) {
    const post = posts[q];
    const p = canon[q];
    const unit = units[p];
    // A unit reacting to its own post is not engagement received: each other node once.
    const self = unit === null ? -1 : data.nodeNumberOf(unitNodeKey(unit));
    generation++;
    let distinct = 0;
    for (let e = reactorsStart[p]; e < engagedStart[p + 1]; e++) {
      const node = engaged[e];
      if (node === self || marks[node] === generation) continue;
      marks[node] = generation;
      distinct++;
    }
    const reactions = Math.max(distinct + anonymous[p], post.reactionsTotal ?? 0);
    if (capabilities !== undefined && !capabilities(post).comments) {
      // No comment records in its source: the count is all there is (who commented is unknown).
      result.set(post.id, { comments: post.commentsTotal ?? 0, reactions, shares: post.sharesCount, commentsShortfall: 0 });
      continue;
    }
    result.set(post.id, {
      comments: thread[p] - own[p],
      reactions,
      shares: post.sharesCount,
      commentsShortfall: Math.max(0, (post.commentsTotal ?? 0) - thread[p]),
    });
  }
  return result;
}

export interface EngagementTotals {
  commentsReceived: number;
  reactionsReceived: number;
  sharesReceived: number;
  commentsTruncated: number;
}

/**
 * Sum the engagement of some posts (a unit's, or a unit's in one week).
 * @example sumEngagement(unitPosts, postEngagement(data)) // { commentsReceived: 41, reactionsReceived: 230, sharesReceived: 9, commentsTruncated: 0 }
 */
export function sumEngagement(posts: readonly Post[], perPost: Map<string, PostEngagement>): EngagementTotals {
  const totals: EngagementTotals = { commentsReceived: 0, reactionsReceived: 0, sharesReceived: 0, commentsTruncated: 0 };
  for (const post of posts) {
    const e = perPost.get(post.id)!;
    totals.commentsReceived += e.comments;
    totals.reactionsReceived += e.reactions;
    totals.sharesReceived += e.shares;
    totals.commentsTruncated += e.commentsShortfall;
  }
  return totals;
}

/**
 * (reactions + comments + shares) / posts; null without posts.
 * @example interactionsPerPost({ commentsReceived: 4, reactionsReceived: 10, sharesReceived: 1, commentsTruncated: 0 }, 3) // 5
 */
export function interactionsPerPost(totals: EngagementTotals, posts: number): number | null {
  if (posts === 0) return null;
  return (totals.reactionsReceived + totals.commentsReceived + totals.sharesReceived) / posts;
}
