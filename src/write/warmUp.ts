/**
 * A warm-up of the report's renderer: one chart of each kind a unit's card draws, with made-up
 * figures, rendered and thrown away. A process's first charts cost more than its later ones (vega
 * and vega-lite run cold: V8 interprets them before it compiles them), so the CLI's report thread
 * calls this while it waits for the analysis (see src/node/reportWorker.ts): the report's own charts
 * then render warmer. Nothing of it reaches a report: vega's ids are renumbered per chart
 * (`renumberIds`), a chart shape compiled here is the compile of that shape anywhere, and its View,
 * kept for the report's charts of that shape, is put back to a new View's state before each.
 */
import type { UnitResult, WeeklyRow } from '../analysis/schema';
import { engagementChartSpec, reachChartSpec, responseChartSpec, weeklyChartSpec, type ChartContext } from './charts';
import type { Lang } from './format';
import { labelsFor } from './i18n';
import { DEFAULT_SLA_WORKING_HOURS } from './sections/petitions';
import { renderVegaLite } from './vega';

/** Made-up weeks: Mondays from 2030-01-07, as `YYYY-MM-DD` strings (no date is computed). */
const WEEKS = ['2030-01-07', '2030-01-14', '2030-01-21', '2030-01-28', '2030-02-04', '2030-02-11', '2030-02-18', '2030-02-25'];

/**
 * The charts {@link warmUpCharts} renders: one of each kind a unit's card draws (weekly lines,
 * response-time bars with their counts, engagement bars, reach bars), 60 of the 74 charts of a
 * 50 k-interaction report. The score, topic, heatmap and map charts are left out: warming them too
 * cost more CPU before the report than it took off the report (measured, docs/decisions.md).
 */
export function warmUpSpecs(ctx: ChartContext) {
  const weekly: WeeklyRow[] = WEEKS.map((weekStart, i) => ({
    weekStart, unitId: 'u', posts: i % 3, commentsReceived: i * 2, reactionsReceived: i * 5, petitions: i % 2, answered: i % 2,
    onTime: 0, medianResponseWorkingHours: null, unavailable: {},
  }));
  // What the reach chart reads of a unit; the rest of a UnitResult is never looked at.
  const unit = { unitId: 'u', name: 'Unit', reach: 10, businessReach: 2, associationReach: 1 } as unknown as UnitResult;
  return [
    weeklyChartSpec(weekly, ctx),
    responseChartSpec([1, 2, 0, 3, 1, 0, 2], ctx),
    engagementChartSpec(weekly, ctx),
    reachChartSpec(unit, ctx),
  ];
}

/**
 * Render {@link warmUpSpecs} and discard them, so that the charts rendered next in this process
 * run warmer (the report thread's CPU after the analysis: ~0.95 → ~0.8 s at 50 k interactions).
 * One chart at a time: once `stop()` is true (the real report has arrived) it renders no further
 * chart, so a report waits at most for one warm-up chart. Resolves to the number of charts
 * rendered. Never fails: a missing vega is reported by the real render.
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
