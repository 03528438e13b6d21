/**
 * Petitions by topic (`analysis.topics`, from the `topicMarkers` lexicon): per topic, how many
 * petitions, the shares answered and on time, and the units asked most; a stacked bar
 * chart of answer status per topic. Routed petitions only (an unrouted question has no unit to
 * answer it).
 */
import type { TopicRow } from '../../analysis/schema';
import { topicChartSpec, type TopicBar } from '../charts';
import { formatCount, formatPercent, html } from '../format';
import { topicName } from '../i18n';
import { wideChart } from './common';
import type { ReportContext } from './context';
import type { ReportSection } from './types';

export interface TopicSummary {
  topic: string | null;
  name: string;
  petitions: number;
  answered: number;
  onTime: number;
  /** Units by petitions of the topic, most first. */
  units: { unitId: string; petitions: number }[];
}

/** Topics of the routed petitions, most petitions first ("other" last), with their units. */
export function topicSummaries(ctx: ReportContext): TopicSummary[] {
  const byTopic = new Map<string | null, TopicSummary>();
  const rows: readonly TopicRow[] = ctx.analysis.topics;
  for (const row of rows) {
    if (row.unitId === null) continue;
    let s = byTopic.get(row.topic);
    if (!s) {
      byTopic.set(row.topic, (s = {
        topic: row.topic, name: topicName(row.topic, ctx.lang, ctx.labels.topics.other), petitions: 0, answered: 0, onTime: 0, units: [],
      }));
    }
    s.petitions += row.petitions;
    s.answered += row.answered;
    s.onTime += row.onTime;
    s.units.push({ unitId: row.unitId, petitions: row.petitions });
  }
  for (const s of byTopic.values()) s.units.sort((a, b) => b.petitions - a.petitions || (a.unitId < b.unitId ? -1 : 1));
  return [...byTopic.values()].sort((a, b) =>
    (a.topic === null ? 1 : 0) - (b.topic === null ? 1 : 0) || b.petitions - a.petitions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const topicsSection: ReportSection = {
  id: 'topics',
  title: (ctx) => ctx.labels.topics.title,
  charts(ctx) {
    const summaries = topicSummaries(ctx);
    if (summaries.length === 0) return [];
    const bars: TopicBar[] = summaries.map((s) => ({ topic: s.name, onTime: s.onTime, late: s.answered - s.onTime, unanswered: s.petitions - s.answered }));
    return [wideChart('topics', 'topics', ctx.labels.topics.chart, (variant) => topicChartSpec(bars, ctx, variant))];
  },
  render(ctx, figures) {
    const { lang, labels } = ctx;
    const t = labels.topics;
    const c = labels.col;
    const summaries = topicSummaries(ctx);
    if (summaries.length === 0) return html`<p class="empty">${t.none}</p>`;
    const rows = summaries.map((s) => html`<tr>
<td class="name">${s.name}</td>
<td class="num chip" data-label="${c.petitions}">${formatCount(s.petitions, lang)}</td>
<td class="num chip" data-label="${c.answered}">${formatPercent(s.petitions ? s.answered / s.petitions : null, lang)}</td>
<td class="num chip" data-label="${c.onTime}">${formatPercent(s.petitions ? s.onTime / s.petitions : null, lang)}</td>
<td class="chip wide-chip" data-label="${t.topUnits}">${s.units.slice(0, 3).map((u, i) => html`${i > 0 ? ', ' : ''}<a href="#${ctx.anchorOf(u.unitId)}">${ctx.unitName(u.unitId)}</a> (${formatCount(u.petitions, lang)})`)}</td>
</tr>`);
    return html`<p class="note">${t.note}</p>
${figures.figure('topics', 'topics', { wide: true })}
<table class="ranking topics"><thead><tr><th>${c.topic}</th><th class="num">${c.petitions}</th><th class="num">${c.answered}</th><th class="num">${c.onTime}</th><th>${t.topUnits}</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  },
};
