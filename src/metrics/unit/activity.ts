/**
 * Activity (SPEC 4.1): how much a unit posts, how regularly, and how much of it is about
 * administrative procedures (TTHC). Neutral result: no posts → 0 posts, 0 active weeks, and null
 * (not 0) for the longest gap and the TTHC share.
 */
import type { Post } from '../../model/types';
import { foldText, makeFoldedPhraseMatcher } from '../../text/fold';
import { DEFAULT_TTHC_MARKERS } from '../../text/lexicons';
import { DEFAULT_TIMEZONE, isValidTimeZone, weekStart } from '../../time/index';
import { resolveOptions } from '../network/options';

const DAY_MS = 86_400_000;

export interface ActivityFigures {
  posts: number;
  activeWeeks: number;
  longestGapDays: number | null;
  tthcPosts: number;
  tthcShare: number | null;
}

/**
 * Is a post about administrative procedures? Whole-word match of the TTHC markers on folded text.
 * @example isTthcText('Hướng dẫn thủ tục cấp giấy phép xây dựng') // true
 */
export const isTthcText: (text: string) => boolean = (() => {
  const matches = makeFoldedPhraseMatcher(DEFAULT_TTHC_MARKERS);
  return (text: string) => matches(foldText(text));
})();

export interface ActivityOptions {
  /** The zone whose local weeks (Monday to Sunday) count as active weeks: an IANA name or `±HH:MM`. */
  timezone?: string;
}

/** Defaults of {@link ActivityOptions}. */
export const ACTIVITY_DEFAULTS: Readonly<Required<ActivityOptions>> = Object.freeze({ timezone: DEFAULT_TIMEZONE });

const ACTIVITY_CHECKS = { timezone: (v: unknown) => (isValidTimeZone(v) ? null : 'an IANA time zone or ±HH:MM') };

/**
 * Activity of one unit's posts.
 * @throws DdciError `unknown_option` / `invalid_option` for options outside {@link ActivityOptions}.
 * @example
 * const posts = data.posts.filter((p) => data.postUnit.get(p.id) === 'so-khdt'); // data: resolveData(…)
 * activity(posts, { timezone: 'Asia/Ho_Chi_Minh' });
 * // { posts: 12, activeWeeks: 9, longestGapDays: 11.2, tthcPosts: 7, tthcShare: 0.583… }
 */
export function activity(posts: readonly Post[], options?: ActivityOptions): ActivityFigures {
  const { timezone } = resolveOptions('activity', ACTIVITY_DEFAULTS, ACTIVITY_CHECKS, options);
  const weeks = new Set<string>();
  let tthcPosts = 0;
  for (const post of posts) {
    weeks.add(weekStart(post.time, timezone));
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
