/** Pieces several sections share: change cells, markers, the stand-out line, empty figures. */
import type { TopLevelSpec } from 'vega-lite';
import type { UnitResult } from '../../analysis/schema';
import type { Variant } from '../charts';
import { daysBetween, formatDelta, html, type Html } from '../format';
import type { ReportContext } from './context';
import type { Standout } from './standouts';
import type { SectionChart } from './types';

/** A change of rank against the previous period: `▲ 2`, `▼ 1`, `=`, `mới`, or `–`. */
export function rankChange(unit: UnitResult, ctx: ReportContext): { text: string; tone: 'up' | 'down' | 'same' | 'new' | 'none' } {
  const before = ctx.previousOf(unit.unitId);
  if (!before) return { text: ctx.labels.newUnit, tone: 'new' };
  if (unit.rank === null || before.rank === null) return { text: '–', tone: 'none' };
  const change = before.rank - unit.rank;
  if (change > 0) return { text: `▲ ${change}`, tone: 'up' };
  if (change < 0) return { text: `▼ ${-change}`, tone: 'down' };
  return { text: '=', tone: 'same' };
}

/** A change of score against the previous period: `+1,25`, `−0,50`, `±0,00`, or `–`. */
export function scoreChange(unit: UnitResult, ctx: ReportContext): { text: string; tone: 'up' | 'down' | 'same' | 'none' } {
  const before = ctx.previousOf(unit.unitId);
  if (!before || unit.score === null || before.score === null) return { text: '–', tone: 'none' };
  const text = formatDelta(unit.score - before.score, ctx.lang);
  return { text, tone: text.startsWith('+') ? 'up' : text.startsWith('−') ? 'down' : 'same' };
}

/** The small-sample marker (threshold in its title). */
export function smallSampleMark(ctx: ReportContext, min: number): Html {
  return html`<span class="small-sample" title="${ctx.labels.smallSampleTitle(min)}">${ctx.labels.smallSample}</span>`;
}

/** The stand-out line of a unit, or nothing. */
export function standoutLine(standout: Standout | null): Html | null {
  return standout === null ? null : html`<div class="standout ${standout.tone}" data-rule="${standout.rule}">${standout.text}</div>`;
}

/** A link to a glossary entry. */
export function glossaryLink(id: string, text: string): Html {
  return html`<a class="gloss" href="#g-${id}">${text}</a>`;
}

/** A figure for a chart that has no data. */
export function emptyFigure(chart: string, anchor: string, title: string, text: string): Html {
  return html`<figure class="chart no-data" data-chart="${chart}" data-section="${anchor}"><figcaption>${title}</figcaption><p class="empty">${text}</p></figure>`;
}

/** Whether two analyses' periods differ in length (in days, or in weeks when a date is missing). */
export function periodsDiffer(a: ReportContext['analysis']['period'], b: ReportContext['analysis']['period']): boolean {
  const days = (p: typeof a) => (p.from === null || p.to === null ? null : daysBetween(p.from, p.to));
  const x = days(a);
  const y = days(b);
  if (x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y)) return x !== y;
  return a.weeks !== b.weeks;
}

/** A wide chart with its narrow variant for phones, from one spec builder. */
export function wideChart(chart: string, anchor: string, title: string, spec: (variant: Variant) => TopLevelSpec): SectionChart {
  return { chart, anchor, title, spec: spec('wide'), narrow: spec('narrow') };
}
