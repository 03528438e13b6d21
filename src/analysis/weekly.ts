/**
 * Weekly windows (SPEC 4.4): one row per unit per week of the period (weeks start Monday, local
 * time), zeros included. A petition and its answer belong to the week of the petition's post
 * (of the petition itself when its post was rejected).
 */
import type { Petition } from '../metrics/petitions';
import type { PostEngagement } from '../metrics/unit/engagement';
import { responsiveness } from '../metrics/unit/responsiveness';
import { commentPostAt, type ResolvedData } from '../resolve/resolved';
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
  // Rows by number: week w and unit u (config order) are row w × units + u.
  const units = data.config.units;
  const unitAt = new Map(units.map((unit, u) => [unit.id, u]));
  const weekAt = new Map(ctx.weeks.map((week, w) => [week, w]));
  const rows: WeeklyRow[] = [];
  const petitionsOf: Petition[][] = [];
  for (const week of ctx.weeks) {
    for (const unit of units) {
      rows.push({
        weekStart: week, unitId: unit.id, posts: 0, commentsReceived: 0, reactionsReceived: 0,
        petitions: 0, answered: 0, onTime: 0, medianResponseWorkingHours: null, unavailable: ctx.unavailable?.(unit.id) ?? {},
      });
      petitionsOf.push([]);
    }
  }
  /** The row of a week and a unit; -1 when the week is outside the period or the unit unknown. */
  const rowAt = (w: number | undefined, unitId: string): number => {
    const u = unitAt.get(unitId);
    return w === undefined || u === undefined ? -1 : w * units.length + u;
  };
  // Each post's week worked out once (by position in data.posts): its petitions are in it too.
  const postWeeks: (number | undefined | null)[] = new Array(data.posts.length).fill(null);
  const postWeek = (p: number) => {
    let w = postWeeks[p];
    if (w === null) postWeeks[p] = w = weekAt.get(ctx.weekOf(data.posts[p].time));
    return w;
  };
  data.posts.forEach((post, p) => {
    const unit = data.postUnit.get(post.id);
    const r = unit ? rowAt(postWeek(p), unit) : -1;
    if (r < 0) return;
    const row = rows[r];
    const e = ctx.perPost.get(post.id)!;
    row.posts += 1;
    row.commentsReceived! += e.comments;
    row.reactionsReceived! += e.reactions;
  });
  for (const petition of ctx.petitions) {
    if (!petition.unitId) continue;
    // The week of the petition's post; a petition kept under a rejected post has only its own time.
    const at = commentPostAt(data, petition.comment, petition.commentAt);
    const w = at >= 0 ? postWeek(at) : weekAt.get(ctx.weekOf(petition.comment.time));
    const r = rowAt(w, petition.unitId);
    if (r >= 0) petitionsOf[r].push(petition);
  }
  petitionsOf.forEach((list, r) => {
    if (list.length === 0) return;
    const row = rows[r];
    const resp = responsiveness(list);
    row.petitions = resp.petitions;
    row.answered = resp.answered;
    row.onTime = resp.onTime;
    row.medianResponseWorkingHours = resp.medianResponseWorkingHours;
  });
  return rows.map((row) => withNulls(row, row.unavailable));
}
