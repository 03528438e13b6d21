/**
 * The associations the province asks to spread the units' posts (SPEC 4.5): shares of unit posts,
 * units amplified, reach of the shares, questions raised, business → agency bridges, Burt's
 * constraint. The `listedAssociations` most active are listed; the rest are in associations.csv.
 */
import { formatCount, formatNumber, html } from '../format';
import { glossaryLink } from './common';
import { REPORT_THRESHOLDS } from './context';
import type { ReportSection } from './types';

export const associationsSection: ReportSection = {
  id: 'associations',
  title: (ctx) => ctx.labels.associations.title,
  render(ctx) {
    const { lang, labels } = ctx;
    const a = labels.associations;
    const all = [...ctx.analysis.associations]
      .sort((x, y) => y.sharesOfUnitPosts - x.sharesOfUnitPosts || y.reachGenerated - x.reachGenerated || (x.id < y.id ? -1 : 1));
    if (all.length === 0) return html`<p class="empty">${a.none}</p>`;
    const shown = all.slice(0, REPORT_THRESHOLDS.listedAssociations);
    const rows = shown.map((r) => html`<tr><td class="name">${r.name ?? r.id}</td>
<td class="num chip" data-label="${a.col.shares}">${formatCount(r.sharesOfUnitPosts, lang)}</td>
<td class="num chip" data-label="${a.col.units}">${formatCount(r.unitsAmplified, lang)}</td>
<td class="num chip" data-label="${a.col.reach}">${formatCount(r.reachGenerated, lang)}</td>
<td class="num chip" data-label="${a.col.questions}">${formatCount(r.questionsRaised, lang)}</td>
<td class="num chip" data-label="${a.col.bridges}">${formatCount(r.businessToAgencyPaths, lang)}</td>
<td class="num chip" data-label="${a.col.constraint}">${r.constraint === null ? '–' : formatNumber(r.constraint, lang, 2)}</td></tr>`);
    return html`<p class="note">${a.note} ${glossaryLink('constraint', labels.glossaryLink)}</p>
<table class="ranking associations"><thead><tr><th>${a.col.name}</th>${[a.col.shares, a.col.units, a.col.reach, a.col.questions, a.col.bridges, a.col.constraint].map((h) => html`<th class="num">${h}</th>`)}</tr></thead><tbody>
${rows}
</tbody></table>
${all.length > shown.length ? html`<p class="note more">${a.more(formatCount(all.length - shown.length, lang))}</p>` : null}`;
  },
};
