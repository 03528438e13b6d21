/**
 * The period at a glance: what the analysed period holds (`analysis.period`: posts, comments,
 * reactions, shares, petitions of the window), the answer rates, the network's size; the
 * export's totals (`analysis.ingest`, every period) apart, when they differ.
 */
import { formatCount, formatPercent, html } from '../format';
import { petitionTotals } from './meeting';
import type { ReportSection } from './types';

export const overviewSection: ReportSection = {
  id: 'overview',
  title: (ctx) => ctx.labels.overview.title,
  render(ctx) {
    const { analysis, lang } = ctx;
    const o = ctx.labels.overview;
    const c = o.cards;
    const p = analysis.period;
    const t = petitionTotals(ctx);
    const cards: [string, string, string?][] = [
      [c.units, formatCount(analysis.units.length, lang)],
      [c.posts, formatCount(p.posts, lang)],
      [c.comments, formatCount(p.comments, lang)],
      [c.reactions, formatCount(p.reactions, lang)],
      [c.shares, formatCount(p.shares, lang)],
      [c.petitions, formatCount(t.petitions, lang)],
      [c.answeredRate, formatPercent(t.petitions ? t.answered / t.petitions : null, lang)],
      [c.onTime, formatPercent(t.petitions ? t.onTime / t.petitions : null, lang)],
      [c.unanswered, formatCount(t.unanswered, lang), t.unanswered > 0 ? 'alert' : undefined],
      [c.unrouted, formatCount(analysis.network.unroutedPetitions, lang)],
      [c.nodes, formatCount(analysis.network.nodes, lang)],
      [c.edges, formatCount(analysis.network.edges, lang)],
    ];
    const i = analysis.ingest;
    const differ = i.posts !== p.posts || i.comments !== p.comments || i.reactions !== p.reactions || i.shares !== p.shares;
    return html`<div class="cards">${cards.map(([label, value, tone]) =>
      html`<div class="card${tone ? ` ${tone}` : ''}" data-card="${label}"><div class="value">${value}</div><div class="label">${label}</div></div>`)}</div>
${differ ? html`<p class="note export-totals">${o.exportTotals(formatCount(i.posts, lang), formatCount(i.comments, lang), formatCount(i.reactions, lang), formatCount(i.shares, lang))}</p>` : null}
<p class="note">${o.files(formatCount(i.files, lang), formatCount(i.duplicates, lang), formatCount(i.rejected, lang))}</p>`;
  },
};
