/**
 * The HTML report (SPEC 5, issue 11): one self-contained file for the weekly meeting — projected,
 * printed on A4 or read on a phone. Inline CSS and inline SVG charts (Vega-Lite rendered
 * headless, see `vega.ts`), no script, no request of any kind (a Content-Security-Policy forbids
 * them), Vietnamese by default.
 *
 * The body is the list of sections of `sections/index.ts` (the meeting page first, the glossary
 * last); the table of contents and the chart list come from the same list. Every chart of every
 * section is rendered in one batch, then each section builds its HTML with the rendered figures,
 * through the escaping `html` template: no marker, no splicing, so no text of the data can reach
 * the page unescaped.
 *
 * Deterministic: the same analysis and options give the same bytes (no clock, no machine time
 * zone or locale, no random numbers but seeded ones).
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import type { TopLevelSpec } from 'vega-lite';
import type { Analysis } from '../analysis/schema';
import type { InteractionList } from '../graph/build';
import { escapeHtml, formatCount, formatDate, formatLongDate, html, trustedHtml, type Html, type Lang } from './format';
import { graphOption } from './graphInput';
import { NETWORK_LAYOUT_DEFAULTS, type NetworkData, type NetworkLayoutOptions, type NetworkSelection } from './layout';
import { REPORT_CSS } from './reportStyle';
import { reportContext, type ReportContext } from './sections/context';
import { DEFAULT_SLA_WORKING_HOURS, type PetitionDigest } from './sections/petitions';
import { REPORT_SECTIONS } from './sections/index';
import type { Figures, ReportSection, SectionChart } from './sections/types';
import { renderVegaLite } from './vega';

export interface ReportOptions {
  /** Language of the labels. Default `'vi'`. */
  lang?: Lang;
  /** An earlier analysis: rank, score and rate changes are shown against it (units matched by id). */
  previous?: Analysis;
  /** The SLA of the backlog and the response-time charts, in working hours. Default 8. */
  slaWorkingHours?: number;
  /**
   * The interaction list (`analyzeWithGraph().interactions`: nodes with `kind`, `label`, `unitId`;
   * edges with `weight`), pseudonymised like the analysis. This, `graph`, or neither: without
   * either the report has no network map.
   */
  interactions?: InteractionList;
  /**
   * The same as a graphology graph (`analyzeWithGraph().graph`), what the map reads of it
   * (`networkData(…)`), or what the map draws of it (`selectNetwork(…)`, made with the same
   * `network` options: a few hundred values at any size, what the CLI sends to its report thread),
   * in place of `interactions`: the same report.
   */
  graph?: Graph | NetworkData | NetworkSelection;
  /** How the network map aggregates the graph (see `layoutNetwork`). */
  network?: NetworkLayoutOptions;
  /** The sections, in page order. Default {@link REPORT_SECTIONS}. */
  sections?: readonly ReportSection[];
  /**
   * What the report reads of the petitions (`petitionDigest(analysis, slaWorkingHours)`), made
   * elsewhere: the report then reads no row of `analysis.petitions`. The CLI makes it on its main
   * thread and sends its report thread `reportView(analysis, …)`, the analysis without its
   * petitions. Default: made from `analysis`. Its SLA must be the report's.
   */
  petitions?: PetitionDigest;
}

export const REPORT_DEFAULTS = Object.freeze({
  lang: 'vi' as Lang,
  slaWorkingHours: DEFAULT_SLA_WORKING_HOURS,
  network: NETWORK_LAYOUT_DEFAULTS,
  sections: REPORT_SECTIONS,
});

const REPORT_OPTION_KEYS = new Set(['lang', 'previous', 'slaWorkingHours', 'interactions', 'graph', 'network', 'sections', 'petitions']);

/** A chart of the report: what it shows and the element (section or unit card) it is in. */
export interface ReportChart {
  /** `score`, `topics`, `asked`, `answered`, `network`, `weekly`, `response`, `engagement`, `reach`. */
  chart: string;
  /** The id of the element it belongs to (`scores-departments`, `unit-…`, `network` …). */
  section: string;
}

interface Checked {
  lang: Lang;
  graph: Graph | NetworkData | NetworkSelection | InteractionList | null;
  slaWorkingHours: number;
  network: NetworkLayoutOptions;
  sections: readonly ReportSection[];
}

function checkOptions(options: ReportOptions): Checked {
  if (options === null || typeof options !== 'object') throw new TypeError('renderReport: options must be an object');
  for (const name of Object.keys(options)) {
    if (!REPORT_OPTION_KEYS.has(name)) throw new TypeError(`renderReport: unknown option "${name}"`);
  }
  const lang = options.lang ?? REPORT_DEFAULTS.lang;
  if (lang !== 'vi' && lang !== 'en') throw new TypeError('renderReport: lang must be "vi" or "en"');
  const sla = options.slaWorkingHours ?? REPORT_DEFAULTS.slaWorkingHours;
  if (typeof sla !== 'number' || !Number.isFinite(sla) || sla <= 0) throw new TypeError('renderReport: slaWorkingHours must be a positive number');
  const sections = options.sections ?? REPORT_DEFAULTS.sections;
  if (!Array.isArray(sections)) throw new TypeError('renderReport: sections must be an array');
  const ids = new Set<string>();
  for (const section of sections) {
    if (!section || typeof section.id !== 'string' || !/^[A-Za-z][\w-]*$/.test(section.id) || typeof section.render !== 'function') {
      throw new TypeError('renderReport: each section needs an id (a letter, then letters, digits, _ or -) and a render function');
    }
    if (ids.has(section.id)) throw new TypeError(`renderReport: duplicate section id "${section.id}"`);
    ids.add(section.id);
  }
  if (options.petitions !== undefined && options.petitions.slaWorkingHours !== sla) {
    throw new TypeError(`renderReport: the petitions' digest was made with an SLA of ${options.petitions.slaWorkingHours} working hours, the report's is ${sla}`);
  }
  return { lang, graph: graphOption(options, 'renderReport') ?? null, slaWorkingHours: sla, network: options.network ?? {}, sections };
}

function contextOf(analysis: Analysis, options: ReportOptions, checked: Checked): ReportContext {
  return reportContext(analysis, {
    lang: checked.lang,
    slaWorkingHours: checked.slaWorkingHours,
    previous: options.previous ?? null,
    graph: checked.graph,
    network: checked.network,
    ...(options.petitions !== undefined ? { petitions: options.petitions } : {}),
  });
}

/** The sections that appear, each with the charts it declares (checked unique). */
function plan(ctx: ReportContext, sections: readonly ReportSection[]): { section: ReportSection; charts: readonly SectionChart[] }[] {
  const seen = new Set<string>();
  return sections.filter((s) => (s.when ? s.when(ctx) : true)).map((section) => {
    const charts = section.charts ? section.charts(ctx) : [];
    for (const c of charts) {
      const key = `${c.anchor}\u0000${c.chart}`;
      if (seen.has(key)) throw new Error(`renderReport: section "${section.id}" declares chart "${c.chart}" in "${c.anchor}" twice`);
      seen.add(key);
    }
    return { section, charts };
  });
}

/**
 * Render the HTML report of an analysis.
 * Async because vega is loaded on demand (see `vega.ts`).
 * @example
 * const html = await renderReport(analysis, { lang: 'vi', interactions, previous: lastWeek, slaWorkingHours: 8 });
 */
export async function renderReport(analysis: Analysis, options: ReportOptions = {}): Promise<string> {
  return (await renderReportWithDiagnostics(analysis, options)).html;
}

/** {@link renderReport}, with the warnings vega-lite and vega gave while rendering the charts. */
export async function renderReportWithDiagnostics(analysis: Analysis, options: ReportOptions = {}): Promise<{ html: string; warnings: string[] }> {
  const checked = checkOptions(options);
  const ctx = contextOf(analysis, options, checked);
  const planned = plan(ctx, checked.sections);

  const specs: TopLevelSpec[] = [];
  const slots = planned.map(({ charts }) => charts.map((c) => {
    // The sections' specs are vega-lite's (ChartSpec is opaque only in the published types).
    const wide = specs.push(c.spec as TopLevelSpec) - 1;
    const narrow = c.narrow ? specs.push(c.narrow as TopLevelSpec) - 1 : null;
    return { chart: c, wide, narrow };
  }));
  const { svgs, warnings } = await renderVegaLite(specs, 'c');

  const body = planned.map(({ section }, i) => {
    const byKey = new Map(slots[i]!.map((s) => [`${s.chart.anchor}\u0000${s.chart.chart}`, s]));
    const figures: Figures = {
      has: (anchor, chart) => byKey.has(`${anchor}\u0000${chart}`),
      figure(anchor, chart, figureOptions = {}) {
        const slot = byKey.get(`${anchor}\u0000${chart}`);
        if (!slot) throw new Error(`renderReport: section "${section.id}" did not declare chart "${chart}" in "${anchor}"`);
        return figureHtml(slot.chart, svgs[slot.wide]!, slot.narrow === null ? null : svgs[slot.narrow]!, figureOptions.wide === true);
      },
    };
    const badge = section.badge ? section.badge(ctx) : null;
    return html`<section id="${section.id}" class="${['report-section', section.className ?? ''].join(' ').trim()}">
<h2>${section.title(ctx)}${badge === null ? null : html` <span class="count">${badge}</span>`}</h2>
${section.render(ctx, figures)}
</section>`;
  });

  const labels = ctx.labels;
  const document = html`<!DOCTYPE html>
<html lang="${labels.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="ddci-sna">
<title>${labels.title}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
${header(ctx)}
${privacyBanner(ctx)}
${toc(ctx, planned.map((p) => p.section))}
<main>
${body}
</main>
<footer>${labels.footer}</footer>
</body>
</html>
`;
  return { html: document.value.normalize('NFC'), warnings };
}

/**
 * The charts a report of this analysis holds, in page order (what a browser test expects), from
 * the same section list as the body.
 * @example reportCharts(analysis, { graph }).filter((c) => c.chart === 'weekly').length // 16
 */
export function reportCharts(analysis: Analysis, options: ReportOptions = {}): ReportChart[] {
  const checked = checkOptions(options);
  const ctx = contextOf(analysis, options, checked);
  return plan(ctx, checked.sections).flatMap(({ charts }) => charts.map((c) => ({ chart: c.chart, section: c.anchor })));
}

/** A chart's figure: caption, the SVG (and its narrow variant, shown on phones instead). */
function figureHtml(chart: SectionChart, svg: string, narrow: string | null, wide: boolean): Html {
  const plot = (markup: string, cls: string) => html`<div class="${cls}">${trustedHtml(labelSvg(markup, chart.title))}</div>`;
  return html`<figure class="chart${wide ? ' wide' : ''}" data-chart="${chart.chart}" data-section="${chart.anchor}"><figcaption>${chart.title}</figcaption>${narrow === null
    ? plot(svg, 'plot')
    : html`${plot(svg, 'plot only-wide')}${plot(narrow, 'plot only-narrow')}`}</figure>`;
}

/** The SVG with an accessible name (the title, escaped). */
function labelSvg(svg: string, title: string): string {
  return svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(title)}"`);
}

function header(ctx: ReportContext): Html {
  const { analysis, previous, labels, lang } = ctx;
  const p = analysis.period;
  const period = `${formatLongDate(p.from, lang)} – ${formatLongDate(p.to, lang)} (${labels.weeksSuffix(p.weeks)})`;
  const unrouted = analysis.network.unroutedPetitions;
  const totals = labels.headerTotals(formatCount(p.posts, lang), formatCount(p.comments, lang), formatCount(p.petitions, lang), unrouted !== null && unrouted > 0 ? formatCount(unrouted, lang) : null);
  return html`<header class="top">
<h1>${labels.title}</h1>
<p class="subtitle">${labels.subtitle}</p>
<p class="meta"><strong>${labels.period}:</strong> ${period} · ${labels.timezone}: ${p.timezone}</p>
<p class="meta totals">${totals}</p>
${previous ? html`<p class="meta">${labels.comparedWith}: ${formatDate(previous.period.from)} – ${formatDate(previous.period.to)}</p>` : null}
</header>`;
}

function privacyBanner(ctx: ReportContext): Html {
  const { analysis, labels } = ctx;
  if (!analysis.privacy.pseudonymized) {
    return html`<div class="banner revealed" role="alert"><strong>⚠</strong> ${labels.namesRevealed}</div>`;
  }
  return html`<div class="banner hidden">${labels.namesHidden(analysis.privacy.keyed)}</div>`;
}

function toc(ctx: ReportContext, sections: readonly ReportSection[]): Html {
  const { labels } = ctx;
  const links = sections.filter((s) => s.toc !== false).map((s) => html`<a href="#${s.id}">${s.title(ctx)}</a>`);
  const units = sections.some((s) => s.id === 'units')
    ? html`<nav class="toc units" aria-label="${labels.units.title}">${ctx.units.map((u) => html`<a href="#${ctx.anchorOf(u.unitId)}">${u.name}</a>`)}</nav>`
    : null;
  return html`<nav class="toc" aria-label="${labels.contents}">${links}</nav>
${units}`;
}
