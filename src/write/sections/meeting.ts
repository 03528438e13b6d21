/**
 * The first page: what the weekly meeting goes through. Per group (departments, localities):
 * rank, unit, score, change, the absolute figures behind the score (posts, petitions, answered,
 * on-time rate, median response in working hours) and the backlog (unanswered, of which
 * overdue), with one line per unit that stands out; key figures of the period above; what the
 * scores mean below. Printed, it is one A4 portrait page for 16 units.
 */
import type { UnitResult } from '../../analysis/schema';
import { daysBetween, formatCount, formatDate, formatNumber, formatPercent, html, type Html } from '../format';
import { glossaryLink, periodsDiffer, rankChange, scoreChange, smallSampleMark, standoutLine } from './common';
import { REPORT_THRESHOLDS, type ReportContext } from './context';
import type { ReportSection } from './types';

/** Totals of the routed petitions: the meeting's key figures. */
export function petitionTotals(ctx: ReportContext) {
  const { petitions, answered, onTime } = ctx.petitions.routed;
  let overdue = 0;
  for (const unit of ctx.units) overdue += ctx.facts(unit.unitId).overdue;
  return { petitions, answered, onTime, unanswered: petitions - answered, overdue };
}

function strip(ctx: ReportContext): Html {
  const { lang, labels } = ctx;
  const s = labels.meeting.strip;
  const t = petitionTotals(ctx);
  const items: [string, string, string?][] = [
    [s.posts, formatCount(ctx.analysis.period.posts, lang)],
    [s.petitions, formatCount(t.petitions, lang)],
    [s.answered, formatPercent(t.petitions ? t.answered / t.petitions : null, lang)],
    [s.onTime, formatPercent(t.petitions ? t.onTime / t.petitions : null, lang)],
    [s.backlog, formatCount(t.unanswered, lang), t.unanswered > 0 ? 'alert' : undefined],
    [s.overdue, formatCount(t.overdue, lang), t.overdue > 0 ? 'alert' : undefined],
  ];
  return html`<div class="strip">${items.map(([label, value, tone]) =>
    html`<div class="kpi${tone ? ` ${tone}` : ''}"><span class="value">${value}</span><span class="label">${label}</span></div>`)}</div>`;
}

/** The compare warning: periods of different lengths; and what ± Score means. */
export function compareNotes(ctx: ReportContext): Html | null {
  const previous = ctx.previous;
  if (!previous) return null;
  const { labels } = ctx;
  const length = (p: typeof previous.period) => {
    const days = p.from !== null && p.to !== null ? daysBetween(p.from, p.to) + 1 : null;
    return days !== null && Number.isFinite(days) ? labels.daysSuffix(days) : labels.weeksSuffix(p.weeks);
  };
  const warning = periodsDiffer(ctx.analysis.period, previous.period)
    ? html`<p class="warning" role="note">⚠ ${labels.compare.lengthWarning(length(ctx.analysis.period), length(previous.period))}</p>`
    : null;
  return html`${warning}<p class="note">${labels.compare.mixNote}</p>`;
}

function row(unit: UnitResult, ctx: ReportContext): Html {
  const { lang, labels } = ctx;
  const c = labels.col;
  const facts = ctx.facts(unit.unitId);
  const withPrevious = ctx.previous !== null;
  const rank = rankChange(unit, ctx);
  const score = scoreChange(unit, ctx);
  const backlog = facts.unanswered;
  const chip = (label: string, value: string) => html`<td class="num chip" data-label="${label}">${value}</td>`;
  return html`<tr${facts.smallSample ? html` class="is-small"` : null}>
<td class="num rank">${unit.rank === null ? '–' : String(unit.rank)}</td>
<td class="name"><a href="#${ctx.anchorOf(unit.unitId)}">${unit.name}</a>${standoutLine(facts.standout)}</td>
<td class="num score" data-label="${c.score}"><strong>${formatNumber(unit.score, lang)}</strong>${facts.smallSample ? smallSampleMark(ctx, REPORT_THRESHOLDS.smallSample) : null}</td><td class="brk" aria-hidden="true"></td>
${withPrevious ? html`<td class="num chip delta" data-label="${c.change}"><span class="${rank.tone}">${rank.text}</span> <span class="${score.tone}">${score.text}</span></td>` : null}
${chip(c.posts, formatCount(unit.posts, lang))}${chip(c.petitions, formatCount(unit.petitions, lang))}${chip(c.answered, formatCount(unit.answered, lang))}${chip(c.onTime, formatPercent(unit.withinSlaRate, lang))}${chip(c.median, formatNumber(unit.medianResponseWorkingHours, lang, 1))}
<td class="num chip backlog${backlog > 0 ? ' has-backlog' : ''}" data-label="${c.backlog}">${formatCount(backlog, lang)}${facts.overdue > 0 ? html`<small> (${formatCount(facts.overdue, lang)} ${c.overdue})</small>` : null}</td>
</tr>`;
}

function table(units: readonly UnitResult[], ctx: ReportContext): Html {
  const c = ctx.labels.col;
  const withPrevious = ctx.previous !== null;
  return html`<table class="ranking meeting${withPrevious ? ' with-change' : ''}"><thead><tr>
<th class="num c-rank">${c.rank}</th><th class="c-name">${c.unit}</th><th class="num c-score">${c.score}</th>${withPrevious ? html`<th class="num c-change">${c.change}</th>` : null}<th class="num c-stat">${c.posts}</th><th class="num c-stat">${c.petitions}</th><th class="num c-stat">${c.answered}</th><th class="num c-stat">${c.onTime}</th><th class="num c-stat">${c.median}</th><th class="num c-backlog">${c.backlog}</th>
</tr></thead><tbody>
${units.map((u) => row(u, ctx))}
</tbody></table>`;
}

export const meetingSection: ReportSection = {
  id: 'meeting',
  title: (ctx) => ctx.labels.meeting.title,
  className: 'meeting-page',
  render(ctx) {
    const { labels } = ctx;
    const m = labels.meeting;
    const sla = formatNumber(ctx.slaWorkingHours, ctx.lang, Number.isInteger(ctx.slaWorkingHours) ? 0 : 1);
    const groups = ctx.groups.filter((g) => g.units.length > 0).map((g) => html`<div class="group" id="${g.anchor}">
<h3>${labels.rankingTitle[g.kind]}</h3>
${table(g.units, ctx)}
</div>`);
    return html`${strip(ctx)}
${compareNotes(ctx)}
${groups}
<div class="notes">
<p class="note">${m.relativeNote} ${glossaryLink('relative-score', labels.glossaryLink)}</p>
<p class="note">${m.smallSampleNote(REPORT_THRESHOLDS.smallSample)}</p>
<p class="note">${m.backlogNote(formatDate(ctx.analysis.period.to), sla)}</p>
</div>`;
  },
};
