/**
 * How the scores are made, per group: the four sub-indices (0–10 within the group) and the
 * composite score, the change against `--previous` beside the absolute changes of the response
 * and on-time rates (a score change alone mostly reflects the group's new mix), and a bar chart
 * of the scores (a narrow variant for phones).
 */
import type { UnitResult } from '../../analysis/schema';
import { scoreChartSpec } from '../charts';
import { formatNumber, formatPointsDelta, html, type Html } from '../format';
import { glossaryLink, rankChange, scoreChange, smallSampleMark, wideChart } from './common';
import { REPORT_THRESHOLDS, type ReportContext } from './context';
import { compareNotes } from './meeting';
import type { ReportSection } from './types';

const scoresAnchor = (kind: UnitResult['kind']) => (kind === 'department' ? 'scores-departments' : 'scores-localities');

function subIndexCell(value: number | null, label: string, ctx: ReportContext): Html {
  if (value === null) return html`<td class="num chip muted" data-label="${label}">–</td>`;
  const alpha = (0.06 + 0.34 * Math.min(1, Math.max(0, value / 10))).toFixed(2);
  return html`<td class="num chip heat" data-label="${label}" style="background:rgba(47,93,140,${alpha})">${formatNumber(value, ctx.lang)}</td>`;
}

function row(unit: UnitResult, ctx: ReportContext): Html {
  const { lang, labels } = ctx;
  const c = labels.col;
  const before = ctx.previousOf(unit.unitId);
  const rank = rankChange(unit, ctx);
  const score = scoreChange(unit, ctx);
  const facts = ctx.facts(unit.unitId);
  const flags = unit.flags.map((f) => html`<span class="flag">${labels.flag(f)}</span>`);
  const changes = ctx.previous === null ? null : html`
<td class="num chip delta" data-label="${c.rankDelta}"><span class="${rank.tone}">${rank.text}</span></td>
<td class="num chip delta" data-label="${c.scoreDelta}"><span class="${score.tone}">${score.text}</span></td>
<td class="num chip delta abs" data-label="${c.responseRateDelta}">${formatPointsDelta(before?.responseRate, unit.responseRate, lang)}</td>
<td class="num chip delta abs" data-label="${c.onTimeDelta}">${formatPointsDelta(before?.withinSlaRate, unit.withinSlaRate, lang)}</td>`;
  return html`<tr>
<td class="num rank">${unit.rank === null ? '–' : String(unit.rank)}</td>
<td class="name"><a href="#${ctx.anchorOf(unit.unitId)}">${unit.name}</a>${flags.length ? html`<div class="flags">${flags}</div>` : null}</td>
<td class="num score" data-label="${c.score}"><strong>${formatNumber(unit.score, lang)}</strong>${facts.smallSample ? smallSampleMark(ctx, REPORT_THRESHOLDS.smallSample) : null}</td><td class="brk" aria-hidden="true"></td>
${subIndexCell(unit.subIndices.activity, c.activity, ctx)}${subIndexCell(unit.subIndices.engagement, c.engagement, ctx)}${subIndexCell(unit.subIndices.responsiveness, c.responsiveness, ctx)}${subIndexCell(unit.subIndices.spread, c.spread, ctx)}${changes}
</tr>`;
}

export const scoresSection: ReportSection = {
  id: 'scores',
  title: (ctx) => ctx.labels.scores.title,
  charts(ctx) {
    const previous = ctx.previous ? new Map(ctx.previous.units.map((u) => [u.unitId, u])) : null;
    return ctx.groups.filter((g) => g.units.length > 0).map((g) => wideChart(
      'score', scoresAnchor(g.kind),
      `${ctx.labels.scores.chart(ctx.labels.groups[g.kind])}${previous ? ` (${ctx.labels.scores.previousTick})` : ''}`,
      (variant) => scoreChartSpec(g.units, previous, ctx, variant),
    ));
  },
  render(ctx, figures) {
    const { labels } = ctx;
    const c = labels.col;
    const head = html`<th class="num">${c.rank}</th><th>${c.unit}</th><th class="num">${c.score}</th>
<th class="num">${glossaryLink('activity', c.activity)}</th><th class="num">${glossaryLink('engagement', c.engagement)}</th><th class="num">${glossaryLink('responsiveness', c.responsiveness)}</th><th class="num">${glossaryLink('spread', c.spread)}</th>${ctx.previous === null ? null : html`
<th class="num">${c.rankDelta}</th><th class="num">${c.scoreDelta}</th><th class="num">${c.responseRateDelta}</th><th class="num">${c.onTimeDelta}</th>`}`;
    const groups = ctx.groups.filter((g) => g.units.length > 0).map((g) => html`<article class="group" id="${scoresAnchor(g.kind)}">
<h3>${labels.groups[g.kind]}</h3>
<table class="ranking scores"><thead><tr>${head}</tr></thead><tbody>
${g.units.map((u) => row(u, ctx))}
</tbody></table>
${figures.figure(scoresAnchor(g.kind), 'score', { wide: true })}
</article>`);
    return html`<p class="note">${labels.scores.note} ${glossaryLink('relative-score', labels.glossaryLink)}</p>
${compareNotes(ctx)}
${groups}`;
  },
};
