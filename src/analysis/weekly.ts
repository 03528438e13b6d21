/**
 * Weekly windows (SPEC 4.4): one row per unit per week of the period (weeks start Monday, local
 * time), zeros included. A petition and its answer belong to the week of the petition's post
 * (of the petition itself when its post was rejected).
 */
import type { Petition } from '../metrics/petitions';
import type { PostEngagement } from '../metrics/unit/engagement';
import { responsiveness } from '../metrics/unit/responsiveness';
import type { ResolvedData } from '../resolve/resolved';
import type { WeeklyRow } from './schema';
import { withNulls, type Unavailable, type WeeklyFigure } from './availability';

export interface WeeklyContext {
  petitions: readonly Petition[];
  /** Every week start of the period, ascending. */
  weeks: readonly string[];
  weekOf(ms: number): string;
  perPost: Map<string, PostEngagement>;
  /** The weekly figures a unit's rows cannot give (availability.ts); none by default. */
  unavailable?: (unitId: string) => Unavailable<WeeklyFigure>;
}

/** Weekly rows sorted by week, then unit in config order. */
export function weeklyRows(data: ResolvedData, ctx: WeeklyContext): WeeklyRow[] {
  const rows = new Map<string, WeeklyRow>();
  const petitionsOf = new Map<string, Petition[]>();
  const key = (week: string, unitId: string) => `${week}\u0000${unitId}`;
  for (const week of ctx.weeks) {
    for (const unit of data.config.units) {
      rows.set(key(week, unit.id), {
        weekStart: week, unitId: unit.id, posts: 0, commentsReceived: 0, reactionsReceived: 0,
        petitions: 0, answered: 0, onTime: 0, medianResponseWorkingHours: null, unavailable: ctx.unavailable?.(unit.id) ?? {},
      });
      petitionsOf.set(key(week, unit.id), []);
    }
  }
  // Each post's week worked out once (by position in data.posts): its petitions are in it too.
  const postWeeks: (string | undefined)[] = new Array(data.posts.length);
  const postWeek = (p: number) => postWeeks[p] ?? (postWeeks[p] = ctx.weekOf(data.posts[p].time));
  data.posts.forEach((post, p) => {
    const unit = data.postUnit.get(post.id);
    const row = unit ? rows.get(key(postWeek(p), unit)) : undefined;
    if (!row) return;
    const e = ctx.perPost.get(post.id)!;
    row.posts += 1;
    row.commentsReceived! += e.comments;
    row.reactionsReceived! += e.reactions;
  });
  for (const petition of ctx.petitions) {
    if (!petition.unitId) continue;
    // The week of the petition's post (found by its comment's position when it has one, as by
    // id: the last post with that id); a petition kept under a rejected post has only its own time.
    const at = petition.commentAt === undefined ? undefined : data.commentPosts[petition.commentAt];
    let week: string;
    if (at !== undefined) week = at >= 0 ? postWeek(at) : ctx.weekOf(petition.comment.time);
    else {
      const post = data.postById.get(petition.comment.postId);
      week = ctx.weekOf(post?.time ?? petition.comment.time);
    }
    petitionsOf.get(key(week, petition.unitId))?.push(petition);
  }
  for (const [k, list] of petitionsOf) {
    if (list.length === 0) continue;
    const row = rows.get(k)!;
    const r = responsiveness(list);
    row.petitions = r.petitions;
    row.answered = r.answered;
    row.onTime = r.onTime;
    row.medianResponseWorkingHours = r.medianResponseWorkingHours;
  }
  return [...rows.values()].map((row) => withNulls(row, row.unavailable));
}
