/**
 * The backlog a meeting must not lose sight of: the unanswered petitions, per unit (most first),
 * each unit folded in a `<details>` whose summary gives the count, the overdue ones and the
 * longest wait; inside, the oldest `listedPerUnit` petitions (the rest are in petitions.csv).
 * Then the questions no unit is responsible for. No script: folding is the browser's; printed,
 * the lists are folded to their summaries.
 */
import type { PetitionRow } from '../../analysis/schema';
import { formatCount, formatDate, formatDateTime, html, safeUrl, truncate, type Html } from '../format';
import { topicName } from '../i18n';
import { REPORT_THRESHOLDS, type ReportContext } from './context';
import type { ReportSection } from './types';

/** Characters of a petition's text shown in the report (the whole text is in petitions.csv). */
export const MESSAGE_CHARS = 280;

function author(p: PetitionRow, ctx: ReportContext): Html {
  const kind = ctx.labels.kind[p.authorKind];
  if (p.authorId === null) return html`${kind}`;
  return html`${kind}<br><span class="who">${ctx.actorLabel(p.authorId)}</span>`;
}

/** The rows of a petition list (a table on screens, cards on phones). */
export function petitionList(petitions: readonly PetitionRow[], ctx: ReportContext, withUnit: boolean): Html {
  const c = ctx.labels.col;
  const tz = ctx.analysis.period.timezone;
  const other = ctx.labels.topics.other;
  const rows = petitions.map((p, i) => {
    const waiting = ctx.daysWaiting(p);
    const url = safeUrl(p.permalinkUrl);
    const topics = p.topics.length ? p.topics.map((t) => topicName(t, ctx.lang, other)).join(', ') : '–';
    return html`<tr>
<td class="num" data-label="${c.number}">${String(i + 1)}</td>
<td class="nowrap" data-label="${c.sent}">${formatDateTime(p.createdTime, tz)}</td>
<td class="num waiting" data-label="${c.waiting}">${waiting === null ? '–' : String(waiting)}</td>
${withUnit ? html`<td data-label="${c.unit}">${ctx.unitName(p.unitId)}</td>` : null}
<td data-label="${c.author}">${author(p, ctx)}</td>
<td data-label="${c.topic}">${topics}</td>
<td class="message" data-label="${c.message}">${truncate(p.message, MESSAGE_CHARS)}</td>
<td class="nowrap" data-label="${c.link}">${url ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${c.view} ↗</a>` : '–'}</td>
</tr>`;
  });
  return html`<table class="petitions"><thead><tr>
<th class="num">${c.number}</th><th>${c.sent}</th><th class="num">${c.waiting}</th>${withUnit ? html`<th>${c.unit}</th>` : null}<th>${c.author}</th><th>${c.topic}</th><th>${c.message}</th><th>${c.link}</th>
</tr></thead><tbody>
${rows}
</tbody></table>`;
}

function more(total: number, shown: number, ctx: ReportContext): Html | null {
  return total > shown ? html`<p class="note more">${ctx.labels.backlog.more(formatCount(total - shown, ctx.lang))}</p>` : null;
}

export const backlogSection: ReportSection = {
  id: 'unanswered',
  title: (ctx) => ctx.labels.backlog.title,
  badge: (ctx) => formatCount(ctx.units.reduce((sum, u) => sum + ctx.facts(u.unitId).unanswered, 0), ctx.lang),
  render(ctx) {
    const { lang, labels } = ctx;
    const b = labels.backlog;
    const units = ctx.units
      .map((u) => ({ unit: u, facts: ctx.facts(u.unitId) }))
      .filter((x) => x.facts.unanswered > 0)
      .sort((x, y) => y.facts.unanswered - x.facts.unanswered
        || (y.facts.oldestDays ?? 0) - (x.facts.oldestDays ?? 0)
        || (x.unit.unitId < y.unit.unitId ? -1 : 1));
    const total = units.reduce((sum, x) => sum + x.facts.unanswered, 0);
    const limit = REPORT_THRESHOLDS.listedPerUnit;
    const perUnit = units.map(({ unit, facts }) => html`<details class="backlog-unit" data-unit="${unit.unitId}">
<summary><span class="unit-name">${unit.name}</span> <span class="summary-figures">${b.summary(formatCount(facts.unanswered, lang), formatCount(facts.overdue, lang), facts.oldestDays === null ? '–' : String(facts.oldestDays))}</span></summary>
${petitionList(facts.oldest, ctx, false)}
${more(facts.unanswered, limit, ctx)}
</details>`);
    const unrouted = ctx.petitions.unrouted;
    const unroutedBlock = unrouted.count === 0 ? null : html`<details class="backlog-unit unrouted" id="unrouted">
<summary><span class="unit-name">${b.unrouted}</span> <span class="summary-figures">${b.unroutedSummary(formatCount(unrouted.count, lang))}</span></summary>
${petitionList(unrouted.oldest, ctx, false)}
${more(unrouted.count, REPORT_THRESHOLDS.listedUnrouted, ctx)}
</details>`;
    return html`${total === 0 ? html`<p class="empty">${b.none}</p>` : html`<p class="note">${b.note(formatDate(ctx.analysis.period.to))}</p>`}
${perUnit}
${unroutedBlock}`;
  },
};
