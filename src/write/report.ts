/**
 * The HTML report (SPEC 5, issue #5): one self-contained file a provincial meeting can project.
 * Inline CSS and inline SVG charts (Vega-Lite rendered headless, see `vega.ts`), no script, no
 * request of any kind (a Content-Security-Policy forbids them), Vietnamese by default.
 *
 * Sections: overview; the rankings of departments and of localities (sub-indices, score, change
 * against a previous analysis); the unanswered petitions, oldest first; the network map; then one
 * card per unit with four charts (weekly activity, response times against the SLA, engagement per
 * post, reach by kind of actor).
 *
 * Deterministic: the same analysis and options give the same bytes (no clock, no machine time
 * zone or locale, no random numbers but seeded ones).
 */
import type Graph from 'graphology-types';
import type { TopLevelSpec } from 'vega-lite';
import type { Analysis, PetitionRow, UnitResult, WeeklyRow } from '../analysis/schema';
import {
  engagementChartSpec, networkChartSpec, reachChartSpec, responseChartSpec,
  scoreChartSpec, weeklyChartSpec, type ChartContext,
} from './charts';
import {
  daysBetween, escapeHtml, formatCount, formatDate, formatDateTime, formatDelta, formatNumber, formatPercent,
  localDate, safeUrl, truncate, type Lang,
} from './format';
import { labelsFor, type ReportLabels } from './i18n';
import { layoutNetwork, NETWORK_LAYOUT_DEFAULTS } from './layout';
import { REPORT_CSS } from './reportStyle';
import { renderVegaLite } from './vega';

export interface ReportOptions {
  /** Language of the labels. Default `'vi'`. */
  lang?: Lang;
  /** An earlier analysis: rank and score changes are shown against it (units matched by id). */
  previous?: Analysis;
  /** The SLA of the response-time charts, in working hours. Default 8. */
  slaWorkingHours?: number;
  /**
   * The interaction graph (nodes with `kind`, `label`, `unitId`; edges with `weight`), pseudonymised
   * like the analysis. Without it the report has no network map.
   */
  graph?: Graph;
  /** Most nodes on the network map (units and the page always drawn). Default 300. */
  maxNetworkNodes?: number;
}

export const REPORT_DEFAULTS = Object.freeze({ lang: 'vi' as Lang, slaWorkingHours: 8, maxNetworkNodes: NETWORK_LAYOUT_DEFAULTS.maxNodes });

const REPORT_OPTION_KEYS = new Set(['lang', 'previous', 'slaWorkingHours', 'graph', 'maxNetworkNodes']);

/** What a rendered report contains, for tests and callers that check it. */
export interface ReportChart {
  /** `score`, `weekly`, `response`, `engagement`, `reach` or `network`. */
  chart: string;
  /** The section the chart belongs to (`ranking-departments`, `unit-…`, `network` …). */
  section: string;
}

const NETWORK_SIZE = { width: NETWORK_LAYOUT_DEFAULTS.width, height: NETWORK_LAYOUT_DEFAULTS.height };

function checkOptions(options: ReportOptions): Required<Pick<ReportOptions, 'lang' | 'slaWorkingHours' | 'maxNetworkNodes'>> {
  if (options === null || typeof options !== 'object') throw new TypeError('renderReport: options must be an object');
  for (const name of Object.keys(options)) {
    if (!REPORT_OPTION_KEYS.has(name)) throw new TypeError(`renderReport: unknown option "${name}"`);
  }
  const lang = options.lang ?? REPORT_DEFAULTS.lang;
  if (lang !== 'vi' && lang !== 'en') throw new TypeError('renderReport: lang must be "vi" or "en"');
  const sla = options.slaWorkingHours ?? REPORT_DEFAULTS.slaWorkingHours;
  if (typeof sla !== 'number' || !Number.isFinite(sla) || sla <= 0) throw new TypeError('renderReport: slaWorkingHours must be a positive number');
  const maxNetworkNodes = options.maxNetworkNodes ?? REPORT_DEFAULTS.maxNetworkNodes;
  if (!Number.isInteger(maxNetworkNodes) || maxNetworkNodes < 1) throw new TypeError('renderReport: maxNetworkNodes must be a positive integer');
  return { lang, slaWorkingHours: sla, maxNetworkNodes };
}

/** Units of one kind in rank order (unranked last), ties by name then id. */
function ranked(units: readonly UnitResult[], kind: UnitResult['kind']): UnitResult[] {
  return units.filter((u) => u.kind === kind).sort((a, b) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity)
    || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

const byCreatedTime = (a: PetitionRow, b: PetitionRow) =>
  (Date.parse(a.createdTime) - Date.parse(b.createdTime)) || (a.commentId < b.commentId ? -1 : a.commentId > b.commentId ? 1 : 0);

/** A chart slot: the spec, and where its SVG goes. */
interface Slot {
  spec: TopLevelSpec;
  chart: string;
  section: string;
  title: string;
}

class Page {
  readonly slots: Slot[] = [];
  /** A placeholder for a chart, replaced by its SVG once all charts are rendered. */
  chart(chart: string, section: string, title: string, spec: TopLevelSpec): string {
    this.slots.push({ spec, chart, section, title });
    return `\u0000chart:${this.slots.length - 1}\u0000`;
  }
}

function figure(page: Page, chart: string, section: string, title: string, spec: TopLevelSpec | null, empty: string, wide = false): string {
  const head = `<figcaption>${escapeHtml(title)}</figcaption>`;
  const cls = `chart${wide ? ' wide' : ''}`;
  if (spec === null) {
    return `<figure class="${cls} no-data" data-chart="${chart}" data-section="${escapeHtml(section)}">${head}<p class="empty">${escapeHtml(empty)}</p></figure>`;
  }
  return `<figure class="${cls}" data-chart="${chart}" data-section="${escapeHtml(section)}">${head}${page.chart(chart, section, title, spec)}</figure>`;
}

/**
 * Render the HTML report of an analysis.
 * Async because vega is loaded on demand (see `vega.ts`).
 * @example
 * const html = await renderReport(analysis, { lang: 'vi', graph, previous: lastMonth, slaWorkingHours: 8 });
 */
export async function renderReport(analysis: Analysis, options: ReportOptions = {}): Promise<string> {
  return (await renderReportWithDiagnostics(analysis, options)).html;
}

/** {@link renderReport}, with the warnings vega-lite and vega gave while rendering the charts. */
export async function renderReportWithDiagnostics(analysis: Analysis, options: ReportOptions = {}): Promise<{ html: string; warnings: string[] }> {
  const { lang, slaWorkingHours, maxNetworkNodes } = checkOptions(options);
  const labels = labelsFor(lang);
  const ctx: ChartContext = { lang, labels, slaWorkingHours };
  const page = new Page();
  const previous = options.previous ? new Map(options.previous.units.map((u) => [u.unitId, u])) : null;
  const departments = ranked(analysis.units, 'department');
  const localities = ranked(analysis.units, 'locality');
  const sectionIds = unitSectionIds([...departments, ...localities]);

  const body = [
    header(analysis, options.previous ?? null, labels),
    privacyBanner(analysis, labels),
    toc(labels, [...departments, ...localities], sectionIds),
    overview(analysis, labels, lang),
    rankingSection('ranking-departments', labels.rankingDepartments, departments, previous, sectionIds, page, ctx),
    rankingSection('ranking-localities', labels.rankingLocalities, localities, previous, sectionIds, page, ctx),
    unansweredSection(analysis, labels, lang),
    networkSection(analysis, options.graph ?? null, maxNetworkNodes, page, ctx),
    associationsSection(analysis, labels, lang),
    unitsSection(analysis, [...departments, ...localities], sectionIds, page, ctx),
    `<footer>${escapeHtml(labels.footer)}</footer>`,
  ].join('\n');

  const { svgs, warnings } = await renderVegaLite(page.slots.map((s) => s.spec), 'c');
  const filled = body.replace(/\u0000chart:(\d+)\u0000/g, (_m, i: string) => {
    const slot = page.slots[Number(i)]!;
    return labelSvg(svgs[Number(i)]!, slot.title);
  });

  const html = `<!DOCTYPE html>
<html lang="${labels.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="ddci-sna">
<title>${escapeHtml(labels.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${filled}
</body>
</html>
`.normalize('NFC');
  return { html, warnings };
}

/** The charts a report of this analysis holds, in page order (what a browser test expects). */
export function reportCharts(analysis: Analysis, options: Pick<ReportOptions, 'graph'> = {}): ReportChart[] {
  const units = [...ranked(analysis.units, 'department'), ...ranked(analysis.units, 'locality')];
  const ids = unitSectionIds(units);
  const charts: ReportChart[] = [];
  if (units.some((u) => u.kind === 'department')) charts.push({ chart: 'score', section: 'ranking-departments' });
  if (units.some((u) => u.kind === 'locality')) charts.push({ chart: 'score', section: 'ranking-localities' });
  if (options.graph && options.graph.order > 0) charts.push({ chart: 'network', section: 'network' });
  for (const unit of units) {
    const section = ids.get(unit.unitId)!;
    const weekly = analysis.weekly.filter((w) => w.unitId === unit.unitId);
    const hasPosts = weekly.some((w) => w.posts > 0);
    if (weekly.length > 0) charts.push({ chart: 'weekly', section });
    if (analysis.petitions.some((p) => p.unitId === unit.unitId)) charts.push({ chart: 'response', section });
    if (hasPosts) charts.push({ chart: 'engagement', section });
    if (unit.reach !== null) charts.push({ chart: 'reach', section });
  }
  return charts;
}

function labelSvg(svg: string, title: string): string {
  return svg.replace(/^<svg\b/, `<svg aria-label="${escapeHtml(title)}"`);
}

function unitSectionIds(units: readonly UnitResult[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const unit of units) {
    const base = `unit-${unit.unitId.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(unit.unitId, id);
  }
  return ids;
}

function header(analysis: Analysis, previous: Analysis | null, labels: ReportLabels): string {
  const p = analysis.period;
  const period = `${formatDate(p.from)} – ${formatDate(p.to)} (${labels.weeksSuffix(p.weeks)})`;
  const prev = previous
    ? `<p class="meta">${escapeHtml(labels.comparedWith)}: ${formatDate(previous.period.from)} – ${formatDate(previous.period.to)}</p>`
    : '';
  return `<header class="top">
<h1>${escapeHtml(labels.title)}</h1>
<p class="subtitle">${escapeHtml(labels.subtitle)}</p>
<p class="meta"><strong>${escapeHtml(labels.period)}:</strong> ${escapeHtml(period)} · ${escapeHtml(labels.timezone)}: ${escapeHtml(p.timezone)}</p>
${prev}
</header>`;
}

function privacyBanner(analysis: Analysis, labels: ReportLabels): string {
  if (!analysis.privacy.pseudonymized) {
    return `<div class="banner revealed" role="alert"><strong>⚠</strong> ${escapeHtml(labels.namesRevealed)}</div>`;
  }
  return `<div class="banner hidden">${escapeHtml(labels.namesHidden(analysis.privacy.keyed))}</div>`;
}

function toc(labels: ReportLabels, units: readonly UnitResult[], ids: Map<string, string>): string {
  const unitLinks = units.map((u) => `<a href="#${ids.get(u.unitId)}">${escapeHtml(u.name)}</a>`).join('');
  return `<nav class="toc" aria-label="${escapeHtml(labels.contents)}">
<a href="#overview">${escapeHtml(labels.overview)}</a>
<a href="#ranking-departments">${escapeHtml(labels.rankingDepartments)}</a>
<a href="#ranking-localities">${escapeHtml(labels.rankingLocalities)}</a>
<a href="#unanswered">${escapeHtml(labels.unansweredTitle)}</a>
<a href="#network">${escapeHtml(labels.chart.network)}</a>
<a href="#associations">${escapeHtml(labels.associationsTitle)}</a>
<a href="#units">${escapeHtml(labels.units)}</a>
</nav>
<nav class="toc units" aria-label="${escapeHtml(labels.units)}">${unitLinks}</nav>`;
}

function overview(analysis: Analysis, labels: ReportLabels, lang: Lang): string {
  const c = labels.cards;
  const routed = analysis.petitions.filter((p) => p.unitId !== null);
  const answered = routed.filter((p) => p.responseCommentId !== null).length;
  const onTime = routed.filter((p) => p.onTime === true).length;
  const cards: [string, string, string?][] = [
    [c.units, formatCount(analysis.units.length, lang)],
    [c.posts, formatCount(analysis.ingest.posts, lang)],
    [c.comments, formatCount(analysis.ingest.comments, lang)],
    [c.reactions, formatCount(analysis.ingest.reactions, lang)],
    [c.petitions, formatCount(routed.length, lang)],
    [c.answeredRate, formatPercent(routed.length ? answered / routed.length : null, lang)],
    [c.onTime, formatPercent(routed.length ? onTime / routed.length : null, lang)],
    [c.unanswered, formatCount(routed.length - answered, lang), routed.length - answered > 0 ? 'alert' : undefined],
    [c.nodes, formatCount(analysis.network.nodes, lang)],
    [c.edges, formatCount(analysis.network.edges, lang)],
  ];
  const html = cards.map(([label, value, cls]) =>
    `<div class="card${cls ? ` ${cls}` : ''}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`).join('');
  return `<section id="overview"><h2>${escapeHtml(labels.overview)}</h2><div class="cards">${html}</div></section>`;
}

function subIndexCell(value: number | null, lang: Lang): string {
  if (value === null) return '<td class="num muted">–</td>';
  const alpha = (0.06 + 0.34 * Math.min(1, Math.max(0, value / 10))).toFixed(2);
  return `<td class="num" style="background:rgba(47,93,140,${alpha})">${formatNumber(value, lang)}</td>`;
}

function rankDelta(unit: UnitResult, before: UnitResult | undefined, labels: ReportLabels): string {
  if (!before) return `<td class="delta new">${escapeHtml(labels.newUnit)}</td>`;
  if (unit.rank === null || before.rank === null) return '<td class="delta">–</td>';
  const change = before.rank - unit.rank;
  if (change > 0) return `<td class="delta up">▲ ${change}</td>`;
  if (change < 0) return `<td class="delta down">▼ ${-change}</td>`;
  return '<td class="delta same">=</td>';
}

function scoreDelta(unit: UnitResult, before: UnitResult | undefined, lang: Lang): string {
  if (!before || unit.score === null || before.score === null) return '<td class="delta">–</td>';
  const change = unit.score - before.score;
  const text = formatDelta(change, lang);
  const cls = text.startsWith('+') ? 'up' : text.startsWith('−') ? 'down' : 'same';
  return `<td class="delta ${cls}">${text}</td>`;
}

function rankingSection(
  id: string, title: string, units: readonly UnitResult[], previous: ReadonlyMap<string, UnitResult> | null,
  ids: ReadonlyMap<string, string>, page: Page, ctx: ChartContext,
): string {
  const { labels, lang } = ctx;
  const col = labels.col;
  const withPrevious = previous !== null;
  const head = [
    `<th class="num">${col.rank}</th>`,
    withPrevious ? `<th class="num">${col.rankDelta}</th>` : '',
    `<th>${col.unit}</th>`,
    `<th class="num">${col.activity}</th>`, `<th class="num">${col.engagement}</th>`,
    `<th class="num">${col.responsiveness}</th>`, `<th class="num">${col.spread}</th>`,
    `<th class="num">${col.score}</th>`,
    withPrevious ? `<th class="num">${col.scoreDelta}</th>` : '',
  ].join('');
  const rows = units.map((u) => {
    const before = previous?.get(u.unitId);
    const flags = u.flags.map((f) => `<span class="flag">${escapeHtml(labels.flag(f))}</span>`).join(' ');
    return `<tr>
<td class="num rank">${u.rank ?? '–'}</td>${withPrevious ? rankDelta(u, before, labels) : ''}
<td class="name"><a href="#${ids.get(u.unitId)}">${escapeHtml(u.name)}</a>${flags ? `<div class="flags">${flags}</div>` : ''}</td>
${subIndexCell(u.subIndices.activity, lang)}${subIndexCell(u.subIndices.engagement, lang)}${subIndexCell(u.subIndices.responsiveness, lang)}${subIndexCell(u.subIndices.spread, lang)}
<td class="num score">${formatNumber(u.score, lang)}</td>${withPrevious ? scoreDelta(u, before, lang) : ''}
</tr>`;
  }).join('\n');
  const table = units.length
    ? `<div class="table-wrap"><table class="ranking"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>`
    : '<p class="empty">–</p>';
  const chart = units.length
    ? figure(page, 'score', id, `${labels.scoreChart} — ${title}${previous ? ` (${labels.previousTick})` : ''}`, scoreChartSpec(units, previous, ctx), '', true)
    : '';
  return `<section id="${id}" class="ranking-section"><h2>${escapeHtml(title)}</h2>
<p class="note">${escapeHtml(labels.rankingNote)}</p>
${table}
${chart}
</section>`;
}

function authorText(p: PetitionRow, names: ReadonlyMap<string, string | null>, labels: ReportLabels): string {
  const kind = labels.kind[p.authorKind];
  if (p.authorId === null) return escapeHtml(kind);
  const name = p.authorKind === 'individual' ? null : names.get(p.authorId) ?? null;
  return `${escapeHtml(kind)}<br><span class="who">${escapeHtml(name ?? p.authorId)}</span>`;
}

function petitionRows(
  petitions: readonly PetitionRow[], analysis: Analysis, labels: ReportLabels, withUnit: boolean,
): string {
  const tz = analysis.period.timezone;
  const unitNames = new Map(analysis.units.map((u) => [u.unitId, u.name]));
  const actorNames = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return petitions.map((p, i) => {
    const waiting = daysWaiting(p, analysis);
    const url = safeUrl(p.permalinkUrl);
    const link = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(labels.col.view)} ↗</a>` : '–';
    return `<tr>
<td class="num">${i + 1}</td>
<td class="nowrap">${escapeHtml(formatDateTime(p.createdTime, tz))}</td>
<td class="num waiting">${waiting ?? '–'}</td>
${withUnit ? `<td>${escapeHtml(unitNames.get(p.unitId ?? '') ?? p.unitId ?? '–')}</td>` : ''}
<td>${authorText(p, actorNames, labels)}</td>
<td class="message" title="${escapeHtml(truncate(p.message, 1000))}">${escapeHtml(truncate(p.message, 220))}</td>
<td class="nowrap">${link}</td>
</tr>`;
  }).join('\n');
}

function petitionTable(rows: string, labels: ReportLabels, withUnit: boolean): string {
  const c = labels.col;
  return `<div class="table-wrap"><table class="petitions"><thead><tr>
<th class="num">${c.number}</th><th>${c.sent}</th><th class="num">${c.waiting}</th>${withUnit ? `<th>${c.unit}</th>` : ''}<th>${c.author}</th><th>${c.message}</th><th>${c.link}</th>
</tr></thead><tbody>
${rows}
</tbody></table></div>`;
}

/** Days a petition has waited, from its local date to the last day of the period. */
function daysWaiting(p: PetitionRow, analysis: Analysis): number | null {
  const sent = localDate(p.createdTime, analysis.period.timezone);
  return sent !== null && analysis.period.to !== null ? Math.max(0, daysBetween(sent, analysis.period.to)) : null;
}

/** The backlog at a glance: per unit, how many petitions wait and since how many days, most first. */
function backlogByUnit(unanswered: readonly PetitionRow[], analysis: Analysis, labels: ReportLabels, lang: Lang): string {
  const byUnit = new Map<string, { count: number; oldest: number | null }>();
  for (const p of unanswered) {
    const waiting = daysWaiting(p, analysis);
    const entry = byUnit.get(p.unitId!) ?? { count: 0, oldest: null };
    entry.count += 1;
    if (waiting !== null) entry.oldest = Math.max(entry.oldest ?? 0, waiting);
    byUnit.set(p.unitId!, entry);
  }
  const names = new Map(analysis.units.map((u) => [u.unitId, u.name]));
  const rows = [...byUnit]
    .sort(([a, x], [b, y]) => y.count - x.count || (y.oldest ?? 0) - (x.oldest ?? 0) || (a < b ? -1 : 1))
    .map(([unitId, e]) => `<tr><td>${escapeHtml(names.get(unitId) ?? unitId)}</td><td class="num">${formatCount(e.count, lang)}</td>`
      + `<td class="num waiting">${e.oldest ?? '–'}</td></tr>`)
    .join('\n');
  const c = labels.col;
  return `<div class="table-wrap"><table class="backlog"><thead><tr><th>${escapeHtml(c.unit)}</th>`
    + `<th class="num">${escapeHtml(labels.backlogCount)}</th><th class="num">${escapeHtml(labels.backlogOldest)}</th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
}

function unansweredSection(analysis: Analysis, labels: ReportLabels, lang: Lang): string {
  const unanswered = analysis.petitions.filter((p) => p.unitId !== null && p.responseCommentId === null).sort(byCreatedTime);
  const unrouted = analysis.petitions.filter((p) => p.unitId === null).sort(byCreatedTime);
  const main = unanswered.length
    ? `${backlogByUnit(unanswered, analysis, labels, lang)}<p class="note">${escapeHtml(labels.unansweredNote)}</p>${petitionTable(petitionRows(unanswered, analysis, labels, true), labels, true)}`
    : `<p class="empty">${escapeHtml(labels.unansweredNone)}</p>`;
  const extra = unrouted.length
    ? `<h3 id="unrouted">${escapeHtml(labels.unroutedTitle)} (${formatCount(unrouted.length, lang)})</h3>${petitionTable(petitionRows(unrouted, analysis, labels, false), labels, false)}`
    : '';
  return `<section id="unanswered"><h2>${escapeHtml(labels.unansweredTitle)} <span class="count">${formatCount(unanswered.length, lang)}</span></h2>
${main}
${extra}
</section>`;
}

function networkSection(analysis: Analysis, graph: Graph | null, maxNodes: number, page: Page, ctx: ChartContext): string {
  const { labels, lang } = ctx;
  const n = analysis.network;
  const stats = labels.networkStats(
    formatCount(n.nodes, lang), formatCount(n.edges, lang), formatNumber(n.density, lang, 4),
    formatPercent(n.reciprocity, lang, 1), formatCount(n.communities, lang), formatNumber(n.modularity, lang, 3),
  );
  let content: string;
  if (graph === null || graph.order === 0) {
    content = figure(page, 'network', 'network', labels.chart.network, null, labels.noData.network, true);
  } else {
    const layout = layoutNetwork(graph, analysis, { maxNodes, ...NETWORK_SIZE });
    content = `<p class="note">${escapeHtml(labels.networkNote(layout.nodes.length, layout.totalNodes, layout.maxNodes))}</p>
${figure(page, 'network', 'network', labels.chart.networkCaption, networkChartSpec(layout, ctx, NETWORK_SIZE), '', true)}`;
  }
  return `<section id="network"><h2>${escapeHtml(labels.chart.network)}</h2>
<p class="note">${escapeHtml(stats)}</p>
${content}
</section>`;
}

function associationsSection(analysis: Analysis, labels: ReportLabels, lang: Lang): string {
  const a = labels.assoc;
  const rows = [...analysis.associations]
    .sort((x, y) => y.sharesOfUnitPosts - x.sharesOfUnitPosts || y.reachGenerated - x.reachGenerated || (x.id < y.id ? -1 : 1))
    .map((r) => `<tr><td>${escapeHtml(r.name ?? r.id)}</td><td class="num">${formatCount(r.sharesOfUnitPosts, lang)}</td>`
      + `<td class="num">${formatCount(r.unitsAmplified, lang)}</td><td class="num">${formatCount(r.reachGenerated, lang)}</td>`
      + `<td class="num">${formatCount(r.questionsRaised, lang)}</td><td class="num">${formatCount(r.businessToAgencyPaths, lang)}</td>`
      + `<td class="num">${r.constraint === null ? '–' : formatNumber(r.constraint, lang, 2)}</td></tr>`)
    .join('\n');
  const body = rows
    ? `<p class="note">${escapeHtml(labels.associationsNote)}</p><div class="table-wrap"><table class="associations"><thead><tr>
<th>${escapeHtml(a.name)}</th>${[a.shares, a.units, a.reach, a.questions, a.bridges, a.constraint].map((h) => `<th class="num">${escapeHtml(h)}</th>`).join('')}
</tr></thead><tbody>
${rows}
</tbody></table></div>`
    : `<p class="empty">${escapeHtml(labels.associationsNone)}</p>`;
  return `<section id="associations"><h2>${escapeHtml(labels.associationsTitle)}</h2>
${body}
</section>`;
}

function stat(label: string, value: string): string {
  return `<div class="stat"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`;
}

function unitsSection(
  analysis: Analysis, units: readonly UnitResult[], ids: Map<string, string>, page: Page, ctx: ChartContext,
): string {
  const { labels } = ctx;
  const weeklyOf = new Map<string, WeeklyRow[]>();
  for (const row of analysis.weekly) {
    let rows = weeklyOf.get(row.unitId);
    if (!rows) weeklyOf.set(row.unitId, (rows = []));
    rows.push(row);
  }
  for (const rows of weeklyOf.values()) rows.sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
  const petitionsOf = new Map<string, PetitionRow[]>();
  for (const p of analysis.petitions) {
    if (p.unitId === null) continue;
    let rows = petitionsOf.get(p.unitId);
    if (!rows) petitionsOf.set(p.unitId, (rows = []));
    rows.push(p);
  }
  const actorNames = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const totals = { department: 0, locality: 0 };
  for (const u of units) totals[u.kind] += 1;
  const cards = units.map((u) => unitCard(u, ids.get(u.unitId)!, weeklyOf.get(u.unitId) ?? [], petitionsOf.get(u.unitId) ?? [], actorNames, totals[u.kind], page, ctx));
  return `<section id="units"><h2>${escapeHtml(labels.units)}</h2>
${cards.join('\n')}
</section>`;
}

function unitCard(
  u: UnitResult, id: string, weekly: readonly WeeklyRow[], petitions: readonly PetitionRow[],
  actorNames: ReadonlyMap<string, string | null>, total: number, page: Page, ctx: ChartContext,
): string {
  const { labels, lang } = ctx;
  const s = labels.stat;
  const amplifiers = u.amplifiers.map((a) => actorNames.get(a) ?? a).join(', ');
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
  ].join('');
  const c = labels.chart;
  const hasPosts = weekly.some((w) => w.posts > 0);
  const sla = formatNumber(ctx.slaWorkingHours, lang, Number.isInteger(ctx.slaWorkingHours) ? 0 : 1);
  const figures = [
    figure(page, 'weekly', id, c.weekly, weekly.length ? weeklyChartSpec(weekly, ctx) : null, labels.noData.weekly),
    figure(page, 'response', id, c.response(sla), petitions.length ? responseChartSpec(petitions, ctx) : null, labels.noData.response),
    figure(page, 'engagement', id, c.engagement, hasPosts ? engagementChartSpec(weekly, ctx) : null, labels.noData.engagement),
    figure(page, 'reach', id, c.reach, u.reach !== null ? reachChartSpec(u, ctx) : null, labels.noData.reach),
  ].join('\n');
  const kind = u.kind === 'department' ? labels.kindDepartment : labels.kindLocality;
  const flags = u.flags.length
    ? `<p class="flags">${u.flags.map((f) => `<span class="flag">${escapeHtml(labels.flag(f))}</span>`).join(' ')}</p>`
    : '';
  return `<article class="unit" id="${id}">
<header><h3>${escapeHtml(u.name)}</h3><span class="badge ${u.kind}">${escapeHtml(kind)}</span>
<span class="rank">${escapeHtml(labels.rankOf(u.rank === null ? '–' : String(u.rank), total))}</span>
<span class="score">${escapeHtml(s.score)} <strong>${formatNumber(u.score, lang)}</strong></span></header>
<dl class="stats">${stats}</dl>
${amplifiers ? `<p class="amplifiers"><strong>${escapeHtml(s.amplifiers)}:</strong> ${escapeHtml(amplifiers)}</p>` : ''}
${flags}
<div class="grid">
${figures}
</div>
</article>`;
}
