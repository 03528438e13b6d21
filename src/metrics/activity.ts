/**
 * Activity (SPEC 4.1): how much a unit posts, how regularly, and how much of it is about
 * administrative procedures (TTHC).
 */
import type { Post } from '../model/types';
import { foldText, makeFoldedPhraseMatcher } from '../text/fold';
import { DEFAULT_TTHC_MARKERS } from '../text/lexicons';

const DAY_MS = 86_400_000;

export interface ActivityFigures {
  posts: number;
  activeWeeks: number;
  longestGapDays: number | null;
  tthcPosts: number;
  tthcShare: number | null;
}

/** Is a post about administrative procedures? Whole-word match on folded text. */
export const isTthcText: (text: string) => boolean = (() => {
  const matches = makeFoldedPhraseMatcher(DEFAULT_TTHC_MARKERS);
  return (text: string) => matches(foldText(text));
})();

/**
 * Activity of one unit's posts.
 * @param weekOf the local week start of an instant (weeks start Monday in the configured zone)
 */
export function activity(posts: readonly Post[], weekOf: (ms: number) => string): ActivityFigures {
  const weeks = new Set<string>();
  let tthcPosts = 0;
  for (const post of posts) {
    weeks.add(weekOf(post.time));
    if (isTthcText(post.message)) tthcPosts += 1;
  }
  const times = posts.map((p) => p.time).sort((a, b) => a - b);
  let longestGap: number | null = null;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (longestGap === null || gap > longestGap) longestGap = gap;
  }
  return {
    posts: posts.length,
    activeWeeks: weeks.size,
    longestGapDays: longestGap === null ? null : longestGap / DAY_MS,
    tthcPosts,
    tthcShare: posts.length === 0 ? null : tthcPosts / posts.length,
  };
}
