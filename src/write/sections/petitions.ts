/**
 * What the report reads of an analysis's petitions (issue 10): the figures it sums over all of them
 * and the few rows it lists, made once by {@link petitionDigest}. Every section reads the petitions
 * through it (`ctx.petitions`), whether the report was given the whole analysis (the digest is
 * made from it) or the CLI's view with the digest made on the main thread (`reportView`): the
 * rows a report lists are bounded (`REPORT_THRESHOLDS`), so the digest is a few hundred rows at
 * any size where the analysis holds every petition of the period.
 */
import type { Analysis, PetitionRow } from '../../analysis/schema';
import { countOutcomes } from '../../metrics/quality/outcomeCounts';
import { daysBetween, localDate, localWeekdayHour } from '../format';
import { oldestFirst, REPORT_THRESHOLDS } from './context';

/** The SLA of a report that names none, in working hours (`REPORT_DEFAULTS.slaWorkingHours`). */
export const DEFAULT_SLA_WORKING_HOURS = 8;

/** Counts per ISO weekday (index 0 = Monday) and local hour. */
export type WeekHourCounts = number[][];

/**
 * Count instants by local weekday and hour.
 * @example weekHourCounts(['2025-03-17T02:15:00Z'], 'Asia/Ho_Chi_Minh')[0][9] // 1
 */
export function weekHourCounts(times: Iterable<string>, timeZone: string): WeekHourCounts {
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const time of times) {
    const at = localWeekdayHour(time, timeZone);
    if (at !== null) counts[at.weekday - 1]![at.hour]! += 1;
  }
  return counts;
}

/** Bucket edges of the response-time histogram, as multiples of the SLA. */
export const RESPONSE_BUCKETS = Object.freeze([0.25, 0.5, 1, 2, 5]);

/**
 * Petitions by response time in working hours, in buckets around the SLA: answered within ¼, ½,
 * 1, 2 and 5 × SLA, over 5 × SLA, then the unanswered ones (7 counts).
 * @example responseCounts(unitPetitions, 8) // [3, 1, 4, 2, 0, 1, 5]
 */
export function responseCounts(petitions: readonly PetitionRow[], slaWorkingHours: number): number[] {
  const edges = RESPONSE_BUCKETS.map((m) => m * slaWorkingHours);
  const counts = new Array<number>(edges.length + 2).fill(0);
  for (const p of petitions) {
    if (p.responseCommentId === null || p.responseWorkingHours === null) {
      counts[edges.length + 1]! += 1;
      continue;
    }
    const h = p.responseWorkingHours;
    let bucket = edges.findIndex((edge) => h <= edge);
    if (bucket === -1) bucket = edges.length;
    counts[bucket]! += 1;
  }
  return counts;
}

/** What the report reads of one unit's petitions. */
export interface UnitPetitions {
  /** The unit's petitions. */
  count: number;
  /** {@link responseCounts} of them. */
  response: number[];
  /** Unanswered ones. */
  unanswered: number;
  /** Unanswered ones waiting more than the SLA (working hours) at the end of the period. */
  overdue: number;
  /** Unanswered ones waiting more than `longWaitDays` days. */
  longWait: number;
  /** Days the oldest unanswered one has waited; null with none (or no date known). */
  oldestDays: number | null;
  /** The oldest unanswered ones (oldest first), at most `listedPerUnit`. */
  oldest: PetitionRow[];
  /** Answered ones by what the petitioner did next. */
  outcomes: { acknowledged: number; reasked: number; silent: number };
  /** Of the unit's `disappearedPetitions`, those found among the petitions (in that order): how many, and the first `listedPerUnit`. */
  disappeared: { found: number; listed: PetitionRow[] };
}

/** What the report reads of an analysis's petitions (see the module). */
export interface PetitionDigest {
  /** The SLA the counts were made with (a report with another SLA refuses the digest). */
  slaWorkingHours: number;
  /** Routed petitions (a unit is responsible): how many, answered, answered on time. */
  routed: { petitions: number; answered: number; onTime: number };
  /** Petitions by local weekday and hour (`asked`), answers likewise, each answer comment once (`answered`); `total` petitions. */
  heatmaps: { asked: WeekHourCounts; answered: WeekHourCounts; total: number };
  /** Per unit of the analysis, by id. */
  units: Map<string, UnitPetitions>;
  /** Petitions no unit is responsible for: how many, and the oldest `listedUnrouted`. */
  unrouted: { count: number; oldest: PetitionRow[] };
}

/**
 * Days a petition has waited, from its local date to the period's last day; null if unknown.
 * @example daysWaiting(petition, analysis.period) // 4
 */
export function daysWaiting(p: PetitionRow, period: Analysis['period']): number | null {
  const sent = localDate(p.createdTime, period.timezone);
  if (sent === null || period.to === null) return null;
  const days = daysBetween(sent, period.to);
  return Number.isNaN(days) ? null : Math.max(0, days);
}

/**
 * The figures and rows the report reads of an analysis's petitions, in one pass over them (plus a
 * sort of each unit's unanswered ones). `slaWorkingHours` is the report's.
 * @example
 * const digest = petitionDigest(analysis, 8);
 * digest.units.get('so-tc')?.unanswered // 12
 * await renderReport(view, { petitions: digest, slaWorkingHours: 8 }) // the report of `analysis`
 */
export function petitionDigest(analysis: Analysis, slaWorkingHours: number): PetitionDigest {
  const byUnit = new Map<string, PetitionRow[]>();
  const unrouted: PetitionRow[] = [];
  const routed = { petitions: 0, answered: 0, onTime: 0 };
  const answers = new Map<string, string>();
  // An id listed as disappeared finds the last petition with that comment id.
  const wanted = new Set<string>();
  for (const u of analysis.units) for (const id of u.disappearedPetitions) wanted.add(id);
  const byId = new Map<string, PetitionRow>();
  for (const p of analysis.petitions) {
    if (p.responseCommentId !== null && p.responseTime !== null) answers.set(p.responseCommentId, p.responseTime);
    if (wanted.has(p.commentId)) byId.set(p.commentId, p);
    if (p.unitId === null) {
      unrouted.push(p);
      continue;
    }
    routed.petitions += 1;
    if (p.responseCommentId !== null) routed.answered += 1;
    if (p.onTime === true) routed.onTime += 1;
    let list = byUnit.get(p.unitId);
    if (!list) byUnit.set(p.unitId, (list = []));
    list.push(p);
  }
  const tz = analysis.period.timezone;
  const heatmaps = {
    asked: weekHourCounts(analysis.petitions.map((p) => p.createdTime), tz),
    answered: weekHourCounts(answers.values(), tz),
    total: analysis.petitions.length,
  };
  const units = new Map<string, UnitPetitions>();
  for (const u of analysis.units) {
    if (units.has(u.unitId)) continue;
    const own = byUnit.get(u.unitId) ?? [];
    const disappeared = u.disappearedPetitions.map((id) => byId.get(id)).filter((p): p is PetitionRow => p !== undefined);
    units.set(u.unitId, {
      count: own.length,
      response: responseCounts(own, slaWorkingHours),
      ...backlogOf(own, analysis.period, slaWorkingHours),
      outcomes: countOutcomes(own, (p) => p.outcome),
      disappeared: { found: disappeared.length, listed: disappeared.slice(0, REPORT_THRESHOLDS.listedPerUnit) },
    });
  }
  return {
    slaWorkingHours,
    routed,
    heatmaps,
    units,
    unrouted: { count: unrouted.length, oldest: oldestFirst(unrouted).slice(0, REPORT_THRESHOLDS.listedUnrouted) },
  };
}

/** A unit's unanswered petitions: counted, overdue, waiting long, the oldest listed. */
function backlogOf(own: readonly PetitionRow[], period: Analysis['period'], slaWorkingHours: number) {
  const unanswered = oldestFirst(own.filter((p) => p.responseCommentId === null));
  let overdue = 0, longWait = 0;
  let oldestDays: number | null = null;
  for (const p of unanswered) {
    if (p.waitingWorkingHours !== null && p.waitingWorkingHours > slaWorkingHours) overdue += 1;
    const days = daysWaiting(p, period);
    if (days !== null) {
      if (days > REPORT_THRESHOLDS.longWaitDays) longWait += 1;
      oldestDays = Math.max(oldestDays ?? 0, days);
    }
  }
  return { unanswered: unanswered.length, overdue, longWait, oldestDays, oldest: unanswered.slice(0, REPORT_THRESHOLDS.listedPerUnit) };
}

/**
 * The rows a digest lists (each once, in digest order): the rows of the analysis the report can
 * print. The CLI's view keeps the actors of these rows' authors.
 * @example listedPetitions(petitionDigest(analysis, 8)).length // ≤ 10 per unit × 2 + 10
 */
export function listedPetitions(digest: PetitionDigest): PetitionRow[] {
  const rows = new Set<PetitionRow>();
  for (const u of digest.units.values()) {
    for (const p of u.oldest) rows.add(p);
    for (const p of u.disappeared.listed) rows.add(p);
  }
  for (const p of digest.unrouted.oldest) rows.add(p);
  return [...rows];
}
