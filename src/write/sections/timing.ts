/**
 * When businesses ask and when units answer: two weekday × hour heatmaps in local time (the
 * period's zone, through `src/time`), of the petitions' times (every question of the period) and
 * of the units' answers (each answer comment once, even when it answers two petitions).
 */
import { heatmapSpec } from '../charts';
import { html, localWeekdayHour, weekdayNames } from '../format';
import type { ReportContext } from './context';
import type { ReportSection } from './types';

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

interface Heatmaps { asked: WeekHourCounts; answered: WeekHourCounts; total: number }

/** Counted once per report: the section's charts and its text both read them. */
const counted = new WeakMap<ReportContext, Heatmaps>();

function heatmaps(ctx: ReportContext): Heatmaps {
  let found = counted.get(ctx);
  if (found === undefined) counted.set(ctx, (found = countHeatmaps(ctx)));
  return found;
}

function countHeatmaps(ctx: ReportContext): Heatmaps {
  const tz = ctx.analysis.period.timezone;
  const petitions = ctx.analysis.petitions;
  const answers = new Map<string, string>();
  for (const p of petitions) if (p.responseCommentId !== null && p.responseTime !== null) answers.set(p.responseCommentId, p.responseTime);
  return { asked: weekHourCounts(petitions.map((p) => p.createdTime), tz), answered: weekHourCounts(answers.values(), tz), total: petitions.length };
}

function busiest(counts: WeekHourCounts): { day: number; hour: number } | null {
  let best: { day: number; hour: number; n: number } | null = null;
  counts.forEach((row, day) => row.forEach((n, hour) => { if (n > 0 && (best === null || n > best.n)) best = { day, hour, n }; }));
  return best;
}

export const timingSection: ReportSection = {
  id: 'timing',
  title: (ctx) => ctx.labels.timing.title,
  charts(ctx) {
    const { asked, answered, total } = heatmaps(ctx);
    if (total === 0) return [];
    const days = weekdayNames(ctx.lang);
    const t = ctx.labels.timing;
    const count = ctx.labels.series.count;
    return [
      { chart: 'asked', anchor: 'timing', title: t.asked, spec: heatmapSpec(asked, days, ctx, 'oranges', count) },
      { chart: 'answered', anchor: 'timing', title: t.answered, spec: heatmapSpec(answered, days, ctx, 'blues', count) },
    ];
  },
  render(ctx, figures) {
    const t = ctx.labels.timing;
    const { asked, answered, total } = heatmaps(ctx);
    if (total === 0) return html`<p class="empty">${t.none}</p>`;
    const days = weekdayNames(ctx.lang);
    const peaks = ([[t.asked, busiest(asked)], [t.answered, busiest(answered)]] as const)
      .filter(([, b]) => b !== null)
      .map(([what, b]) => t.busiest(what, days[b!.day]!, b!.hour));
    return html`<p class="note">${t.note(ctx.analysis.period.timezone)} ${peaks.join(' ')}</p>
<div class="grid">
${figures.figure('timing', 'asked')}
${figures.figure('timing', 'answered')}
</div>`;
  },
};
