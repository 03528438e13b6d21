/**
 * Records grouped by a number (a post's position, a target's, a node's), as typed arrays: the
 * shape the passes over every record use instead of maps of lists by string id.
 */

/** Groups of items by number: group g's members are `members[start[g] .. start[g + 1]]`, in the items' order. */
export interface PositionGroups {
  readonly start: Int32Array;
  readonly members: Int32Array;
}

/**
 * Group the items 0 … count − 1 by `keyOf(i)` in [0, groups) (-1: left out), keeping the items'
 * order within a group, each stored as `valueOf(i)` (default: i). Two counting passes, O(count + groups).
 * @example
 * const byPost = groupPositions(data.posts.length, data.comments.length, (i) => data.commentPosts[i]);
 * byPost.members.subarray(byPost.start[p], byPost.start[p + 1]) // positions of post p's comments
 */
export function groupPositions(groups: number, count: number, keyOf: (i: number) => number, valueOf: (i: number) => number = (i) => i): PositionGroups {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < count; i++) {
    const k = keyOf(i);
    if (k >= 0) start[k + 1]++;
  }
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const members = new Int32Array(start[groups]);
  const fill = start.slice(0, groups);
  for (let i = 0; i < count; i++) {
    const k = keyOf(i);
    if (k >= 0) members[fill[k]++] = valueOf(i);
  }
  return { start, members };
}
