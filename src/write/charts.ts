/**
 * The report's charts as Vega-Lite specs: pure functions from the analysis to a spec, no drawing
 * code of our own (vega renders them, see `vega.ts`). All data is inline. Weeks are a discrete axis
 * of `YYYY-MM-DD` strings labelled `dd/mm` by slicing, so no date is ever parsed and the output does
 * not depend on the machine's time zone; numbers people read use the report's locale.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { PetitionRow, UnitResult, WeeklyRow } from '../analysis/schema';
import { formatNumber, type Lang } from './format';
import type { ActorKind, ReportLabels } from './i18n';
import { placeLabels, type LayoutNode, type NetworkLayout } from './layout';

/** Colours by kind of actor (Okabe–Ito, distinguishable with colour-blindness). */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = Object.freeze({
  agency: '#0072B2',
  page: '#CC79A7',
  association: '#E69F00',
  business: '#009E73',
  individual: '#8C8C8C',
});
export const KIND_ORDER: readonly ActorKind[] = ['agency', 'page', 'association', 'business', 'individual'];

const SERIES_COLORS = {
  posts: '#2F5D8C',
  petitions: '#D55E00',
  answered: '#2A9D8F',
  commentsPerPost: '#2F5D8C',
  reactionsPerPost: '#9CC3E6',
  onTime: '#2A9D8F',
  late: '#E69F00',
  unanswered: '#C0392B',
  score: '#2F5D8C',
};

export const CHART_FONT = "'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export interface ChartContext {
  lang: Lang;
  labels: ReportLabels;
  slaWorkingHours: number;
}

const NUMBER_LOCALES = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] as [string, string] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] as [string, string] },
};

function config(lang: Lang) {
  return {
    font: CHART_FONT,
    background: '#ffffff',
    padding: 4,
    locale: { number: NUMBER_LOCALES[lang] },
    view: { stroke: null },
    axis: {
      labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' as const, titleColor: '#555',
      labelColor: '#333', gridColor: '#e8e8e8', domainColor: '#999', tickColor: '#999', labelLimit: 320,
    },
    legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' as const, direction: 'horizontal' as const, symbolSize: 90, labelLimit: 240 },
    title: { fontSize: 12 },
  };
}

/** Weeks on a discrete axis, labelled `dd/mm` by string slicing (no dates, no time zones). */
function weekAxis(rows: readonly WeeklyRow[], bars: boolean) {
  const domain = rows.map((r) => r.weekStart);
  return {
    field: 'week', type: 'ordinal' as const, title: null,
    scale: bars ? { domain, paddingInner: 0.25, paddingOuter: 0.1 } : { domain, padding: 0.5 },
    axis: { labelExpr: "slice(datum.value, 8, 10) + '/' + slice(datum.value, 5, 7)", labelAngle: 0, labelOverlap: 'parity', ticks: false, grid: false },
  };
}

const UNIT_CHART_WIDTH = 440;
const UNIT_CHART_HEIGHT = 180;

/** A zero-based scale whose domain reaches at least 1, so that all-zero data still draws an axis. */
function atLeastOne(values: readonly { value: number }[]) {
  return values.some((v) => v.value > 0) ? { zero: true } : { domain: [0, 1] };
}

/** Unique, non-empty display names for a list of units (a duplicate name gets its id appended). */
function displayNames(units: readonly UnitResult[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  return new Map(units.map((u) => [u.unitId, (count.get(u.name)! > 1 || u.name === '' ? `${u.name} (${u.unitId})` : u.name)]));
}

/**
 * Horizontal bars of the composite score, in rank order, with the previous period's score as a
 * tick when given.
 */
export function scoreChartSpec(units: readonly UnitResult[], previous: ReadonlyMap<string, UnitResult> | null, ctx: ChartContext): TopLevelSpec {
  const names = displayNames(units);
  const values = units.map((u, i) => ({
    order: i,
    unit: `${u.rank ?? '–'}. ${names.get(u.unitId)}`,
    score: u.score,
    scoreText: formatNumber(u.score, ctx.lang),
    previous: previous?.get(u.unitId)?.score ?? null,
  }));
  const y = { field: 'unit', type: 'nominal' as const, sort: null, title: null, axis: { labelFontSize: 12, labelLimit: 400 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: config(ctx.lang),
    width: 640,
    height: { step: 26 },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', color: SERIES_COLORS.score, cornerRadiusEnd: 2, height: { band: 0.7 } },
        encoding: { x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: ctx.labels.series.score } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#222' },
        encoding: { x: { field: 'score', type: 'quantitative' }, text: { field: 'scoreText' } },
      },
      ...(previous
        ? [{
            transform: [{ filter: 'datum.previous !== null' }],
            mark: { type: 'tick' as const, color: '#222', thickness: 2, size: 18 },
            encoding: { x: { field: 'previous', type: 'quantitative' as const } },
          }]
        : []),
    ],
  } as TopLevelSpec;
}

/** Posts, petitions and answered petitions per week (lines). */
export function weeklyChartSpec(rows: readonly WeeklyRow[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const values = rows.flatMap((r) => [
    { week: r.weekStart, series: s.posts, value: r.posts },
    { week: r.weekStart, series: s.petitions, value: r.petitions },
    { week: r.weekStart, series: s.answered, value: r.answered },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: config(ctx.lang),
    width: UNIT_CHART_WIDTH,
    height: UNIT_CHART_HEIGHT,
    data: { values },
    mark: { type: 'line', point: { size: 30 }, strokeWidth: 2.2 },
    encoding: {
      x: weekAxis(rows, false),
      y: { field: 'value', type: 'quantitative', title: s.count, axis: { tickMinStep: 1, format: 'd' }, scale: atLeastOne(values) },
      color: {
        field: 'series', type: 'nominal', title: null,
        scale: { domain: [s.posts, s.petitions, s.answered], range: [SERIES_COLORS.posts, SERIES_COLORS.petitions, SERIES_COLORS.answered] },
      },
    },
  } as TopLevelSpec;
}

/** Bucket edges of the response-time histogram, as multiples of the SLA. */
export const RESPONSE_BUCKETS = Object.freeze([0.25, 0.5, 1, 2, 5]);

/**
 * Petitions of a unit by response time in working hours, in buckets around the SLA (¼, ½, 1, 2
 * and 5 × SLA), coloured on time / late, plus the unanswered ones.
 */
export function responseChartSpec(petitions: readonly PetitionRow[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const sla = ctx.slaWorkingHours;
  const edges = RESPONSE_BUCKETS.map((m) => m * sla);
  const hours = (v: number) => formatNumber(v, ctx.lang, Number.isInteger(v) ? 0 : 1);
  const names = [
    ...edges.map((edge, i) => ctx.labels.bucket(hours(i === 0 ? 0 : edges[i - 1]!), hours(edge))),
    ctx.labels.bucketOver(hours(edges[edges.length - 1]!)),
    s.unansweredBucket,
  ];
  const counts = names.map(() => 0);
  for (const p of petitions) {
    if (p.responseCommentId === null || p.responseWorkingHours === null) {
      counts[names.length - 1]! += 1;
      continue;
    }
    const h = p.responseWorkingHours;
    let bucket = edges.findIndex((edge) => h <= edge);
    if (bucket === -1) bucket = edges.length;
    counts[bucket]! += 1;
  }
  const slaIndex = edges.indexOf(sla);
  const values = names.map((bucket, i) => ({
    bucket,
    count: counts[i],
    status: i === names.length - 1 ? s.unansweredBucket : i <= slaIndex ? s.onTime : s.late,
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: config(ctx.lang),
    width: UNIT_CHART_WIDTH,
    height: UNIT_CHART_HEIGHT,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x: { field: 'bucket', type: 'ordinal', sort: null, title: s.hours, axis: { labelAngle: 0, labelFontSize: 10 } },
          y: { field: 'count', type: 'quantitative', title: s.petitionsAxis, axis: { tickMinStep: 1, format: 'd' } },
          color: {
            field: 'status', type: 'nominal', title: ctx.labels.slaLabel(hours(sla)),
            scale: { domain: [s.onTime, s.late, s.unansweredBucket], range: [SERIES_COLORS.onTime, SERIES_COLORS.late, SERIES_COLORS.unanswered] },
          },
        },
      },
      {
        transform: [{ filter: 'datum.count > 0' }],
        mark: { type: 'text', dy: -6, fontSize: 10, color: '#222' },
        encoding: {
          x: { field: 'bucket', type: 'ordinal', sort: null },
          y: { field: 'count', type: 'quantitative' },
          text: { field: 'count' },
        },
      },
    ],
  } as TopLevelSpec;
}

/** Comments and reactions received per post, per week (stacked bars; weeks without posts empty). */
export function engagementChartSpec(rows: readonly WeeklyRow[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const values = rows.filter((r) => r.posts > 0).flatMap((r) => [
    { week: r.weekStart, series: s.commentsPerPost, value: r.commentsReceived / r.posts, order: 0 },
    { week: r.weekStart, series: s.reactionsPerPost, value: r.reactionsReceived / r.posts, order: 1 },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: config(ctx.lang),
    width: UNIT_CHART_WIDTH,
    height: UNIT_CHART_HEIGHT,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: weekAxis(rows, true),
      y: { field: 'value', type: 'quantitative', title: s.perPost, stack: 'zero' },
      order: { field: 'order' },
      color: {
        field: 'series', type: 'nominal', title: null,
        scale: { domain: [s.commentsPerPost, s.reactionsPerPost], range: [SERIES_COLORS.commentsPerPost, SERIES_COLORS.reactionsPerPost] },
      },
    },
  } as TopLevelSpec;
}

/** Distinct actors reached, by kind: businesses, associations, others (= reach − both). */
export function reachChartSpec(unit: UnitResult, ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const business = unit.businessReach ?? 0;
  const association = unit.associationReach ?? 0;
  const others = Math.max(0, (unit.reach ?? 0) - business - association);
  const values = [
    { series: s.businesses, value: business },
    { series: s.associations, value: association },
    { series: s.others, value: others },
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: config(ctx.lang),
    width: UNIT_CHART_WIDTH,
    height: { step: 34 },
    data: { values },
    encoding: { y: { field: 'series', type: 'nominal', sort: null, title: null, axis: { labelFontSize: 12 } } },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 } },
        encoding: {
          x: { field: 'value', type: 'quantitative', title: s.actors, axis: { tickMinStep: 1, format: 'd' }, scale: atLeastOne(values) },
          color: {
            field: 'series', type: 'nominal', legend: null,
            scale: { domain: [s.businesses, s.associations, s.others], range: [KIND_COLORS.business, KIND_COLORS.association, KIND_COLORS.individual] },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#222' },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: ',d' } },
      },
    ],
  } as TopLevelSpec;
}

/** How many organisations other than units and the page get a label (associations first) on the network map. */
export const NETWORK_EXTRA_LABELS = 8;
/** Node areas on the network map (px²), linear in PageRank. */
export const NETWORK_NODE_AREA = Object.freeze([24, 900] as const);
const LABEL_FONT_SIZE = 12;

/** The network map: edges as lines, nodes coloured by kind and sized by PageRank, units labelled. */
export function networkChartSpec(layout: NetworkLayout, ctx: ChartContext, size: { width: number; height: number }): TopLevelSpec {
  const position = new Map(layout.nodes.map((n) => [n.key, n]));
  const kindName = (kind: ActorKind) => ctx.labels.kind[kind];
  const maxPagerank = layout.nodes.reduce((m, n) => Math.max(m, n.pagerank), 0);
  const [minArea, maxArea] = NETWORK_NODE_AREA;
  const area = (n: LayoutNode) => Math.round(minArea + (maxArea - minArea) * (maxPagerank > 0 ? n.pagerank / maxPagerank : 0));
  const nodes = layout.nodes.map((n) => ({ x: n.x, y: n.y, kind: kindName(n.kind), area: area(n) }));
  const edges = layout.edges.map((e) => {
    const a = position.get(e.source)!;
    const b = position.get(e.target)!;
    return { x: a.x, y: a.y, x2: b.x, y2: b.y, weight: e.weight };
  });
  const labels = placeLabels(layout, {
    radius: (n) => Math.sqrt(area(n) / Math.PI),
    mustLabel: (n) => n.kind === 'agency' || n.kind === 'page',
    extra: NETWORK_EXTRA_LABELS,
    fontSize: LABEL_FONT_SIZE,
    width: size.width,
    height: size.height,
  }).map((l) => ({ x: l.x, y: l.y, label: l.text }));
  const xy = {
    x: { field: 'x', type: 'quantitative' as const, scale: null, axis: null },
    y: { field: 'y', type: 'quantitative' as const, scale: null, axis: null },
  };
  const label = { type: 'text' as const, fontSize: LABEL_FONT_SIZE, align: 'center' as const, baseline: 'middle' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { ...config(ctx.lang), legend: { ...config(ctx.lang).legend, symbolStrokeWidth: 0, labelFontSize: 14, titleFontSize: 14, symbolSize: 200, columnPadding: 18 } },
    width: size.width,
    height: size.height,
    layer: [
      {
        data: { values: edges },
        // Fainter lines on dense graphs, so that nodes stay visible.
        mark: { type: 'rule', color: '#8A96A3', opacity: Math.round(Math.min(0.45, Math.max(0.15, 0.45 * Math.sqrt(200 / Math.max(1, edges.length)))) * 100) / 100 },
        encoding: {
          ...xy,
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          strokeWidth: { field: 'weight', type: 'quantitative', scale: { type: 'sqrt', range: [0.6, 4] }, legend: null },
        },
      },
      // A white halo under each label (drawn below the nodes) keeps labels readable over edges.
      {
        data: { values: labels },
        mark: { ...label, color: '#ffffff', stroke: '#ffffff', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 },
        encoding: { ...xy, text: { field: 'label' } },
      },
      {
        data: { values: nodes },
        mark: { type: 'circle', opacity: 0.92, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          ...xy,
          color: {
            field: 'kind', type: 'nominal', title: ctx.labels.legendKind,
            scale: { domain: KIND_ORDER.map(kindName), range: KIND_ORDER.map((k) => KIND_COLORS[k]) },
          },
          size: { field: 'area', type: 'quantitative', scale: null, legend: null },
          order: { field: 'area', type: 'quantitative' },
        },
      },
      {
        data: { values: labels },
        mark: { ...label, color: '#1a1a1a' },
        encoding: { ...xy, text: { field: 'label' } },
      },
    ],
  } as TopLevelSpec;
}
