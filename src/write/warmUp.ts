/**
 * A warm-up of the report's renderer: one chart of each kind the report draws, with made-up
 * figures, rendered and thrown away. A process's first charts cost about twice its later ones (vega
 * and vega-lite run cold: V8 interprets them before it compiles them), so the CLI's report thread
 * calls this while it waits for the analysis (see src/node/reportWorker.ts): the report's own charts
 * then render warm. Nothing of it reaches a report: vega's ids are renumbered per chart
 * (`renumberIds`), and a chart shape compiled here is the compile of that shape anywhere.
 */
import type { UnitResult, WeeklyRow } from '../analysis/schema';
import {
  engagementChartSpec, heatmapSpec, reachChartSpec, responseChartSpec, scoreChartSpec, topicChartSpec, weeklyChartSpec,
  type ChartContext,
} from './charts';
import type { Lang } from './format';
import { labelsFor } from './i18n';
import { DEFAULT_SLA_WORKING_HOURS } from './sections/petitions';
import { renderVegaLite } from './vega';

/** Made-up weeks: Mondays from 2030-01-07, as `YYYY-MM-DD` strings (no date is computed). */
const WEEKS = ['2030-01-07', '2030-01-14', '2030-01-21', '2030-01-28', '2030-02-04', '2030-02-11', '2030-02-18', '2030-02-25'];

/** The charts {@link warmUpCharts} renders: one of each kind, both variants of the wide ones. */
export function warmUpSpecs(ctx: ChartContext) {
  const weekly: WeeklyRow[] = WEEKS.map((weekStart, i) => ({
    weekStart, unitId: 'u', posts: i % 3, commentsReceived: i * 2, reactionsReceived: i * 5, petitions: i % 2, answered: i % 2,
    onTime: 0, medianResponseWorkingHours: null, unavailable: {},
  }));
  // What the score and reach charts read of a unit; the rest of a UnitResult is never looked at.
  const units = [1, 2, 3].map((rank) => ({
    unitId: `u${rank}`, name: `Unit ${rank}`, rank, score: 100 - 20 * rank, reach: 10 * rank, businessReach: rank, associationReach: 1,
  }) as unknown as UnitResult);
  const hours = [0, 1, 2, 3, 4, 5, 6].map((d) => Array.from({ length: 24 }, (_, h) => (d * 24 + h) % 5));
  const days = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
  const topics = [{ topic: 'a', onTime: 3, late: 1, unanswered: 1 }, { topic: 'b', onTime: 1, late: 0, unanswered: 2 }];
  return [
    weeklyChartSpec(weekly, ctx),
    responseChartSpec([1, 2, 0, 3, 1, 0, 2], ctx),
    engagementChartSpec(weekly, ctx),
    reachChartSpec(units[0]!, ctx),
    scoreChartSpec(units, new Map(units.map((u) => [u.unitId, u])), ctx, 'wide'),
    scoreChartSpec(units, null, ctx, 'narrow'),
    topicChartSpec(topics, ctx, 'wide'),
    topicChartSpec(topics, ctx, 'narrow'),
    heatmapSpec(hours, days, ctx, 'oranges', 'n'),
  ];
}

/**
 * Render {@link warmUpSpecs} and discard them, so that the charts rendered next in this process
 * run warm (about half the time of a cold process's first charts). One chart at a time: once
 * `stop()` is true (the real report has arrived) it renders no further chart, so a report waits at
 * most for one warm-up chart. Resolves to the number of charts rendered. Never fails: a missing
 * vega is reported by the real render.
 * @example let arrived = false; void warmUpCharts(() => arrived); // … later: arrived = true; await renderReport(…)
 */
export async function warmUpCharts(stop: () => boolean = () => false, lang: Lang = 'vi', slaWorkingHours = DEFAULT_SLA_WORKING_HOURS): Promise<number> {
  const specs = warmUpSpecs({ lang, labels: labelsFor(lang), slaWorkingHours });
  let rendered = 0;
  for (const spec of specs) {
    if (stop()) break;
    const ok = await renderVegaLite([spec], 'warm').then(() => true, () => false);
    if (!ok) break;
    rendered++;
  }
  return rendered;
}
