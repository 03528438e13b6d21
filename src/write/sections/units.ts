/**
 * One card per unit, in rank order within each group: rank and score (small-sample marker), the
 * stand-out line, the figures behind the score, the petitions' topics, the amplifying
 * associations, flags, and four charts (weekly activity, response times against the SLA,
 * engagement per post, reach by kind of actor).
 */
import type { UnitResult } from '../../analysis/schema';
import { engagementChartSpec, reachChartSpec, responseChartSpec, weeklyChartSpec } from '../charts';
import { formatCount, formatNumber, formatPercent, html, type Html } from '../format';
import { topicName } from '../i18n';
import { emptyFigure, smallSampleMark, standoutLine } from './common';
import { REPORT_THRESHOLDS, type ReportContext } from './context';
import type { ReportSection, SectionChart } from './types';

function slaText(ctx: ReportContext): string {
  return formatNumber(ctx.slaWorkingHours, ctx.lang, Number.isInteger(ctx.slaWorkingHours) ? 0 : 1);
}

function unitCharts(u: UnitResult, ctx: ReportContext): SectionChart[] {
  const c = ctx.labels.chart;
  const anchor = ctx.anchorOf(u.unitId);
  const weekly = ctx.weeklyOf(u.unitId);
  const petitions = ctx.petitions.units.get(u.unitId);
  const charts: SectionChart[] = [];
  if (weekly.length > 0) charts.push({ chart: 'weekly', anchor, title: c.weekly, spec: weeklyChartSpec(weekly, ctx) });
  if (petitions !== undefined && petitions.count > 0) charts.push({ chart: 'response', anchor, title: c.response(slaText(ctx)), spec: responseChartSpec(petitions.response, ctx) });
  if (weekly.some((w) => w.posts > 0)) charts.push({ chart: 'engagement', anchor, title: c.engagement, spec: engagementChartSpec(weekly, ctx) });
  if (u.reach !== null) charts.push({ chart: 'reach', anchor, title: c.reach, spec: reachChartSpec(u, ctx) });
  return charts;
}

function stat(label: string, value: string): Html {
  return html`<div class="stat"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function topicsLine(u: UnitResult, ctx: ReportContext): Html | null {
  const rows = ctx.analysis.topics.filter((t) => t.unitId === u.unitId).sort((a, b) => b.petitions - a.petitions);
  if (rows.length === 0) return null;
  const other = ctx.labels.topics.other;
  const parts = rows.map((t) => `${topicName(t.topic, ctx.lang, other)} ${formatCount(t.petitions, ctx.lang)} (${formatPercent(t.responseRate, ctx.lang)})`);
  return html`<p class="topics-line"><strong>${ctx.labels.topics.unitLine}:</strong> ${parts.join(' · ')}</p>`;
}

function card(u: UnitResult, total: number, ctx: ReportContext, figure: (anchor: string, chart: string) => Html | null): Html {
  const { labels, lang } = ctx;
  const s = labels.units.stat;
  const anchor = ctx.anchorOf(u.unitId);
  const facts = ctx.facts(u.unitId);
  const amplifiers = (u.amplifiers ?? []).map((a) => ctx.actorLabel(a)).join(', ');
  const stats = [
    stat(s.posts, formatCount(u.posts, lang)),
    stat(s.activeWeeks, `${formatCount(u.activeWeeks, lang)}/${formatCount(u.weeks, lang)}`),
    stat(s.tthcShare, formatPercent(u.tthcShare, lang)),
    stat(s.interactionsPerPost, formatNumber(u.interactionsPerPost, lang)),
    stat(s.tthcInteractionsPerPost, formatNumber(u.tthcInteractionsPerPost, lang)),
    stat(s.petitions, `${formatCount(u.answered, lang)}/${formatCount(u.petitions, lang)}`),
    stat(s.responseRate, formatPercent(u.responseRate, lang)),
    stat(s.withinSla, formatPercent(u.withinSlaRate, lang)),
    stat(s.medianWorking, formatNumber(u.medianResponseWorkingHours, lang, 1)),
    stat(s.p90Working, formatNumber(u.p90ResponseWorkingHours, lang, 1)),
    stat(s.reach, formatCount(u.reach, lang)),
    stat(s.cascadeReach, formatCount(u.cascadeReach, lang)),
  ];
  const c = labels.chart;
  const empty = (chart: string, title: string, text: string) => figure(anchor, chart) ?? emptyFigure(chart, anchor, title, text);
  const figures = [
    empty('weekly', c.weekly, labels.noData.weekly),
    empty('response', c.response(slaText(ctx)), labels.noData.response),
    empty('engagement', c.engagement, labels.noData.engagement),
    empty('reach', c.reach, labels.noData.reach),
  ];
  const kind = labels.groups[u.kind];
  const flags = u.flags.map((f) => html`<span class="flag">${labels.flag(f)}</span>`);
  return html`<article class="unit" id="${anchor}">
<header><h3>${u.name}</h3><span class="badge ${u.kind}">${kind}</span>
<span class="rank">${labels.units.rankOf(u.rank === null ? '–' : String(u.rank), total)}</span>
<span class="score">${s.score} <strong>${formatNumber(u.score, lang)}</strong>${facts.smallSample ? smallSampleMark(ctx, REPORT_THRESHOLDS.smallSample) : null}</span></header>
${standoutLine(facts.standout)}
<dl class="stats">${stats}</dl>
${topicsLine(u, ctx)}
${amplifiers ? html`<p class="amplifiers"><strong>${s.amplifiers}:</strong> ${amplifiers}</p>` : null}
${flags.length ? html`<p class="flags">${flags}</p>` : null}
<div class="grid">
${figures}
</div>
</article>`;
}

export const unitsSection: ReportSection = {
  id: 'units',
  title: (ctx) => ctx.labels.units.title,
  className: 'print-break',
  charts: (ctx) => ctx.units.flatMap((u) => unitCharts(u, ctx)),
  render(ctx, figures) {
    const figure = (anchor: string, chart: string) => (figures.has(anchor, chart) ? figures.figure(anchor, chart) : null);
    return html`${ctx.groups.flatMap((g) => g.units.map((u) => card(u, g.units.length, ctx, figure)))}`;
  },
};
