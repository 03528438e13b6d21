/**
 * The order in which privacy meets individuals (SPEC 5): numbered pseudonyms (`anon:1`, `anon:2`,
 * …) are handed out in it, so it decides who is who in every output.
 *
 * The order: the posts in the data's order; for each, its author, the actors it tags, the actors
 * of the reactions whose target id is the post's id (in the data's order), then its comments
 * oldest first (time, then id), each with its author, its tags and the actors of the reactions
 * whose target id is the comment's id; then every other individual of the actor table, by id.
 */
import type { Tag } from '../../model/types';
import { groupPositions } from '../../resolve/positions';
import { actorNodeKey, type ResolvedData } from '../../resolve/resolved';

/**
 * Individuals' ids in order of first appearance in the analysed records (the order above).
 * Counted by node number (an individual's node is its own: `actorNodeKey(id)`): per record a
 * number read at its position, no look-up by id — but for a post's author and tags.
 * @example individualsInOrder(resolveData(dataset, config)) // ['100…', '100…', …]
 */
export function individualsInOrder(data: ResolvedData): string[] {
  const { posts, comments, reactions, commentPosts, commentUnits, commentAuthorNodeIds, reactionNodeIds, reactionTargets, postIdComments } = data;
  const n = posts.length;
  const c = comments.length;
  const order: string[] = [];
  let seen = new Uint8Array(data.nodeKeys.length);
  const visitNode = (node: number) => {
    if (node < 0) return;
    if (node >= seen.length) { // a node numbered since (a post's author or a tag no record numbered)
      const grown = new Uint8Array(Math.max(node + 1, seen.length * 2));
      grown.set(seen);
      seen = grown;
    }
    if (seen[node] === 1) return;
    seen[node] = 1;
    const actor = data.actorOfNodeNumber(node);
    if (actor?.kind === 'individual') order.push(actor.id);
  };
  const visitTags = (tags: readonly Tag[]) => {
    for (const tag of tags) visitNode(data.actorNodeId(tag.id));
  };

  // Canonical positions: a record's id stands for the last record with that id (resolve's postAt, commentAt).
  const { postAt, commentAt } = data;
  const canonPost = (p: number) => (postAt.size === n ? p : postAt.get(posts[p].id)!);
  const canonComment = (i: number) => (commentAt.size === c ? i : commentAt.get(comments[i].id)!);
  // A post and a comment sharing an id (a dataset made by hand): the reactions on either are the id's.
  const postOfCommentId = new Int32Array(c).fill(-1);
  for (let p = 0; p < n; p++) if (postIdComments[p] >= 0) postOfCommentId[postIdComments[p]] = canonPost(p);

  // Reactions by target position (a post p, or a comment at n + i), in the data's order.
  const byTarget = groupPositions(n + c, reactions.length, (r) => reactionTargets[r]);
  const visitReactions = (post: number, comment: number) => {
    // Target positions -1 when absent; two groups (an id shared by a post and a comment) merged in the data's order.
    let a = post < 0 ? 0 : byTarget.start[post];
    const aEnd = post < 0 ? 0 : byTarget.start[post + 1];
    let b = comment < 0 ? 0 : byTarget.start[n + comment];
    const bEnd = comment < 0 ? 0 : byTarget.start[n + comment + 1];
    while (a < aEnd || b < bEnd) {
      const r = b >= bEnd || (a < aEnd && byTarget.members[a] < byTarget.members[b]) ? byTarget.members[a++] : byTarget.members[b++];
      visitNode(reactionNodeIds[r]);
    }
  };

  // Each post's comments, oldest first (time, then id; then the data's order, as a stable sort).
  const thread = groupPositions(n, c, (i) => commentPosts[i]);
  const { members } = thread;
  const byTime = (x: number, y: number) => {
    const a = comments[x];
    const b = comments[y];
    return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : x - y);
  };
  for (let p = 0; p < n; p++) if (thread.start[p + 1] - thread.start[p] > 1) members.subarray(thread.start[p], thread.start[p + 1]).sort(byTime);

  for (let q = 0; q < n; q++) {
    const post = posts[q];
    const p = canonPost(q);
    visitNode(data.actorNodeId(post.fromId));
    visitTags(post.messageTags);
    visitReactions(p, postIdComments[p]);
    for (let t = thread.start[p]; t < thread.start[p + 1]; t++) {
      const i = members[t];
      // A comment of no unit: its author's node is read at its position; a unit's comment is by a
      // unit account or the page (never an individual), whose node is looked up (few).
      visitNode(commentUnits[i] === null ? commentAuthorNodeIds[i] : data.actorNodeId(comments[i].fromId));
      visitTags(comments[i].messageTags);
      const at = canonComment(i);
      visitReactions(postOfCommentId[at], at);
    }
  }
  // Anyone else the actor table knows (tagged only in content outside the period, etc.), by id.
  const rest: string[] = [];
  for (const [id, actor] of data.actors) {
    if (actor.kind !== 'individual') continue;
    const node = data.nodeNumberOf(actorNodeKey(id));
    if (node < 0 || node >= seen.length || seen[node] === 0) rest.push(id);
  }
  rest.sort();
  for (const id of rest) order.push(id);
  return order;
}
