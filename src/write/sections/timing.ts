/**
 * When businesses ask and when units answer: two weekday × hour heatmaps in local time (the
 * period's zone, through `src/time`), of the petitions' times (every question of the period) and
 * of the units' answers (each answer comment once, even when it answers two petitions), as the
 * petitions' digest counts them (./petitions.ts).
 */
import { heatmapSpec } from '../charts';
import { html, weekdayNames } from '../format';
import type { WeekHourCounts } from './petitions';
import type { ReportSection } from './types';

function busiest(counts: WeekHourCounts): { day: number; hour: number } | null {
  let best: { day: number; hour: number; n: number } | null = null;
  counts.forEach((row, day) => row.forEach((n, hour) => { if (n > 0 && (best === null || n > best.n)) best = { day, hour, n }; }));
  return best;
}

export const timingSection: ReportSection = {
  id: 'timing',
  title: (ctx) => ctx.labels.timing.title,
  charts(ctx) {
    const { asked, answered, total } = ctx.petitions.heatmaps;
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
    const { asked, answered, total } = ctx.petitions.heatmaps;
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
