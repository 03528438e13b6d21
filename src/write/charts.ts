/**
 * The report's charts as Vega-Lite specs: pure functions from the analysis to a spec, no drawing
 * code of our own (vega renders them, see `vega.ts`). All data is inline. Weeks are a discrete axis
 * of `YYYY-MM-DD` strings labelled `dd/mm` by slicing, so no date is ever parsed and the output does
 * not depend on the machine's time zone; numbers people read use the report's locale.
 *
 * Sizes: a chart is drawn at its natural width and only shrinks to fit (never stretched), so the
 * per-unit charts, the heatmaps and every `narrow` variant are {@link NARROW_WIDTH} px wide in
 * total (a 390 px phone shows them at full size); the wide charts (scores, topics, the map) have a
 * narrow variant the report shows on phones instead.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { UnitResult, WeeklyRow } from '../analysis/schema';
import { formatNumber, type Lang } from './format';
import { RESPONSE_BUCKETS } from './sections/petitions';
import type { ActorKind, ReportLabels } from './i18n';
import type { NetworkLayout, PlacedLabel, PlacedNode } from './layout';

/** Colours by kind of actor (Okabe–Ito, distinguishable with colour-blindness); GEXF uses them too. */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = Object.freeze({
  agency: '#0072B2',
  page: '#CC79A7',
  association: '#E69F00',
  business: '#009E73',
  individual: '#8C8C8C',
});

/** Colours of the network map's communities, largest first (Tableau 10 without its yellow); then grey. */
export const COMMUNITY_COLORS: readonly string[] = Object.freeze(['#4E79A7', '#F28E2B', '#E15759', '#59A14F', '#B07AA1', '#76B7B2', '#9C755F', '#FF9DA7']);
export const OTHER_COMMUNITY_COLOR = '#A5A5A5';

/** Shapes of the map's nodes by kind (vega symbol names). */
export const KIND_SHAPES: Readonly<Record<ActorKind | 'group', string>> = Object.freeze({
  agency: 'square',
  page: 'triangle-up',
  association: 'diamond',
  business: 'circle',
  individual: 'circle',
  group: 'circle',
});

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

/** Total width (px) of the charts that fit a phone: unit charts, heatmaps, narrow variants. */
export const NARROW_WIDTH = 340;
/** Total width (px) of the wide variants of the score and topic charts. */
export const WIDE_WIDTH = 760;

export interface ChartContext {
  lang: Lang;
  labels: ReportLabels;
  slaWorkingHours: number;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

const NUMBER_LOCALES = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] as [string, string] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] as [string, string] },
};

function config(lang: Lang) {
  return {
    font: CHART_FONT,
    // The figure's caption and the SVG's own label name the chart; per-mark ARIA would double its size.
    aria: false,
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

/**
 * The frame every chart shares: schema, config, a total width the chart is fitted to. Heights are
 * numbers, never `{ step }`: vega-lite warns when fitting a chart whose height is a step.
 */
function frame(ctx: ChartContext, width: number) {
  return {
    $schema: SCHEMA,
    config: config(ctx.lang),
    width,
    autosize: { type: 'fit-x' as const, contains: 'padding' as const },
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

const UNIT_CHART_HEIGHT = 120;

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

export type Variant = 'wide' | 'narrow';

/**
 * Horizontal bars of the composite score, in rank order, with the previous period's score as a
 * tick when given. `narrow`: the unit's name above its bar (a phone's width), else on the axis.
 */
export function scoreChartSpec(
  units: readonly UnitResult[], previous: ReadonlyMap<string, UnitResult> | null, ctx: ChartContext, variant: Variant = 'wide',
): TopLevelSpec {
  const names = displayNames(units);
  const values = units.map((u, i) => ({
    order: i,
    unit: `${u.rank ?? '–'}. ${names.get(u.unitId)}`,
    score: u.score,
    scoreText: formatNumber(u.score, ctx.lang),
    previous: previous?.get(u.unitId)?.score ?? null,
  }));
  const narrow = variant === 'narrow';
  const y = { field: 'unit', type: 'nominal' as const, sort: null, title: null, axis: narrow ? null : { labelFontSize: 12, labelLimit: 400 } };
  const x = { field: 'score', type: 'quantitative' as const, scale: { domain: [0, 100] }, title: ctx.labels.series.score };
  const barOffset = narrow ? { yOffset: 7, height: 12 } : { height: { band: 0.7 } };
  return {
    ...frame(ctx, narrow ? NARROW_WIDTH : WIDE_WIDTH),
    height: (narrow ? 40 : 26) * Math.max(1, values.length),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: 'bar', color: SERIES_COLORS.score, cornerRadiusEnd: 2, ...barOffset }, encoding: { x } },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#222', ...(narrow ? { yOffset: 7 } : {}) },
        encoding: { x: { field: 'score', type: 'quantitative' }, text: { field: 'scoreText' } },
      },
      ...(narrow
        ? [{
            mark: { type: 'text' as const, align: 'left' as const, baseline: 'bottom' as const, dy: -1, fontSize: 12, fontWeight: 600, color: '#1d2733', limit: NARROW_WIDTH - 12 },
            encoding: { x: { datum: 0, type: 'quantitative' as const }, text: { field: 'unit' } },
          }]
        : []),
      ...(previous
        ? [{
            transform: [{ filter: 'datum.previous !== null' }],
            mark: { type: 'tick' as const, color: '#222', thickness: 2, size: narrow ? 16 : 18, ...(narrow ? { yOffset: 7 } : {}) },
            encoding: { x: { field: 'previous', type: 'quantitative' as const } },
          }]
        : []),
    ],
  } as TopLevelSpec;
}

/** Posts, petitions and answered petitions per week (lines). */
export function weeklyChartSpec(rows: readonly WeeklyRow[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  // A series the input cannot give (null: counts-only formats) is left out, not drawn as zeros.
  const values = rows.flatMap((r) => [
    { week: r.weekStart, series: s.posts, value: r.posts },
    { week: r.weekStart, series: s.petitions, value: r.petitions },
    { week: r.weekStart, series: s.answered, value: r.answered },
  ]).filter((v): v is { week: string; series: string; value: number } => v.value !== null);
  return {
    ...frame(ctx, NARROW_WIDTH),
    height: UNIT_CHART_HEIGHT,
    data: { values },
    // Points mark each week on short periods; on long ones they would only cover the lines.
    mark: { type: 'line', point: rows.length <= 16 ? { size: 24 } : false, strokeWidth: 2 },
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

/**
 * A unit's petitions by response time in working hours, in buckets around the SLA (¼, ½, 1, 2
 * and 5 × SLA), coloured on time / late, plus the unanswered ones: `counts` as `responseCounts`
 * (./sections/petitions.ts) gives them.
 */
export function responseChartSpec(counts: readonly number[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const sla = ctx.slaWorkingHours;
  const edges = RESPONSE_BUCKETS.map((m) => m * sla);
  const hours = (v: number) => formatNumber(v, ctx.lang, Number.isInteger(v) ? 0 : 1);
  const names = [
    ...edges.map((edge, i) => ctx.labels.bucket(hours(i === 0 ? 0 : edges[i - 1]!), hours(edge))),
    ctx.labels.bucketOver(hours(edges[edges.length - 1]!)),
    s.unansweredBucket,
  ];
  const slaIndex = edges.indexOf(sla);
  const values = names.map((bucket, i) => ({
    bucket,
    count: counts[i],
    status: i === names.length - 1 ? s.unansweredBucket : i <= slaIndex ? s.onTime : s.late,
  }));
  const x = { field: 'bucket', type: 'ordinal' as const, sort: null, title: s.hours, axis: { labelAngle: -30, labelFontSize: 10 } };
  return {
    ...frame(ctx, NARROW_WIDTH),
    height: UNIT_CHART_HEIGHT,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x,
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
        encoding: { x: { field: 'bucket', type: 'ordinal', sort: null }, y: { field: 'count', type: 'quantitative' }, text: { field: 'count' } },
      },
    ],
  } as TopLevelSpec;
}

/** Comments and reactions received per post, per week (stacked bars; weeks without posts empty). */
export function engagementChartSpec(rows: readonly WeeklyRow[], ctx: ChartContext): TopLevelSpec {
  const s = ctx.labels.series;
  const values = rows.filter((r) => r.posts > 0).flatMap((r) => [
    ...(r.commentsReceived === null ? [] : [{ week: r.weekStart, series: s.commentsPerPost, value: r.commentsReceived / r.posts, order: 0 }]),
    ...(r.reactionsReceived === null ? [] : [{ week: r.weekStart, series: s.reactionsPerPost, value: r.reactionsReceived / r.posts, order: 1 }]),
  ]);
  return {
    ...frame(ctx, NARROW_WIDTH),
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
    ...frame(ctx, NARROW_WIDTH),
    height: 34 * values.length,
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

/** A topic's petitions by answer status, for {@link topicChartSpec}. */
export interface TopicBar {
  topic: string;
  onTime: number;
  late: number;
  unanswered: number;
}

/** Petitions per topic (most first), stacked by status: answered on time, late, unanswered. */
export function topicChartSpec(bars: readonly TopicBar[], ctx: ChartContext, variant: Variant = 'wide'): TopLevelSpec {
  const s = ctx.labels.series;
  const narrow = variant === 'narrow';
  const values = bars.flatMap((b, i) => [
    { topic: b.topic, order: i, status: s.onTime, rank: 0, count: b.onTime },
    { topic: b.topic, order: i, status: s.late, rank: 1, count: b.late },
    { topic: b.topic, order: i, status: s.unansweredBucket, rank: 2, count: b.unanswered },
  ]);
  const totals = bars.map((b, i) => ({ topic: b.topic, order: i, total: b.onTime + b.late + b.unanswered }));
  const y = { field: 'topic', type: 'nominal' as const, sort: null, title: null, axis: { labelFontSize: narrow ? 11 : 12, labelLimit: narrow ? 130 : 260 } };
  return {
    ...frame(ctx, narrow ? NARROW_WIDTH : WIDE_WIDTH),
    height: 24 * Math.max(1, bars.length),
    encoding: { y },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          x: { field: 'count', type: 'quantitative', stack: 'zero', title: s.petitionsAxis, axis: { tickMinStep: 1, format: 'd' } },
          order: { field: 'rank' },
          color: {
            field: 'status', type: 'nominal', title: null,
            scale: { domain: [s.onTime, s.late, s.unansweredBucket], range: [SERIES_COLORS.onTime, SERIES_COLORS.late, SERIES_COLORS.unanswered] },
          },
        },
      },
      {
        data: { values: totals },
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#222' },
        encoding: { x: { field: 'total', type: 'quantitative' }, text: { field: 'total', type: 'quantitative', format: ',d' } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * A weekday × hour heatmap: `counts[weekday − 1][hour]`, weekdays Monday first named by `days`.
 * Every cell is drawn (empty ones pale), hours labelled every 3.
 */
export function heatmapSpec(counts: readonly (readonly number[])[], days: readonly string[], ctx: ChartContext, scheme: 'blues' | 'oranges', title: string): TopLevelSpec {
  const values = counts.flatMap((row, d) => row.map((count, hour) => ({ day: days[d], hour, count })));
  return {
    ...frame(ctx, NARROW_WIDTH),
    height: 15 * counts.length,
    data: { values },
    mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 1 },
    encoding: {
      x: { field: 'hour', type: 'ordinal', title: ctx.labels.series.hour, axis: { labelAngle: 0, labelExpr: 'datum.value % 3 === 0 ? datum.value : ""', ticks: false, domain: false } },
      y: { field: 'day', type: 'ordinal', sort: [...days], title: null, axis: { ticks: false, domain: false } },
      color: {
        field: 'count', type: 'quantitative', title,
        scale: { scheme, domainMin: 0 },
        legend: { orient: 'bottom', direction: 'horizontal', gradientLength: 140, format: 'd', tickMinStep: 1 },
      },
    },
  } as TopLevelSpec;
}

/** Font size of the map's labels, by variant. */
export const NETWORK_LABEL_SIZE: Readonly<Record<Variant, number>> = Object.freeze({ wide: 12, narrow: 10 });
/** Symbol areas of the map's nodes (px²), by interactions (square-root scale), by variant. */
export const NETWORK_NODE_AREA: Readonly<Record<Variant, readonly [number, number]>> = Object.freeze({ wide: [40, 1100], narrow: [20, 500] });

/** The colour of a community on the map (its display number, 1 = largest), grey for none. */
export function communityColor(community: number | null): string {
  return community !== null && community >= 1 && community <= COMMUNITY_COLORS.length ? COMMUNITY_COLORS[community - 1]! : OTHER_COMMUNITY_COLOR;
}

/** A node's symbol area on the map, by its interactions (square-root scale up to the strongest node). */
export function nodeArea(node: PlacedNode, maxStrength: number, variant: Variant): number {
  const [min, max] = NETWORK_NODE_AREA[variant];
  return Math.round(min + (max - min) * (maxStrength > 0 ? Math.sqrt(node.strength / maxStrength) : 0));
}

/**
 * The network map: edges weighted and coloured by community (grey between communities), nodes
 * coloured by community and shaped by kind (legend of shapes), groups as pale circles with their
 * member count, labels placed beforehand (`placeLabels`) with a white halo.
 */
export function networkChartSpec(
  layout: NetworkLayout, nodes: readonly PlacedNode[], labels: readonly PlacedLabel[], ctx: ChartContext,
  size: { width: number; height: number }, variant: Variant, maxEdges = Infinity,
): TopLevelSpec {
  const at = new Map(nodes.map((n) => [n.key, n]));
  const maxStrength = nodes.reduce((m, n) => Math.max(m, n.strength), 0);
  const kindName = (kind: ActorKind | 'group') => ctx.labels.kind[kind];
  const edges = [...layout.edges]
    .sort((e, f) => f.weight - e.weight)
    .slice(0, maxEdges)
    .map((e) => {
      const a = at.get(e.source)!;
      const b = at.get(e.target)!;
      const same = a.community !== null && a.community === b.community;
      return { x: a.px, y: a.py, x2: b.px, y2: b.py, weight: e.weight, color: same ? communityColor(a.community) : '#9AA5B1', opacity: same ? 0.6 : 0.2 };
    });
  const groups = nodes.filter((n) => n.kind === 'group').map((n) => ({
    x: n.px, y: n.py, area: nodeArea(n, maxStrength, variant), color: communityColor(n.community), members: String(n.members),
  }));
  const actors = nodes.filter((n) => n.kind !== 'group').map((n) => ({
    x: n.px, y: n.py, area: nodeArea(n, maxStrength, variant), color: communityColor(n.community), kind: kindName(n.kind),
  }));
  const shapes = (['agency', 'page', 'association', 'business'] as const);
  const xy = {
    x: { field: 'x', type: 'quantitative' as const, scale: null, axis: null },
    y: { field: 'y', type: 'quantitative' as const, scale: null, axis: null },
  };
  const fontSize = NETWORK_LABEL_SIZE[variant];
  const label = { type: 'text' as const, fontSize, align: 'center' as const, baseline: 'middle' as const };
  const maxWeight = edges.reduce((m, e) => Math.max(m, e.weight), 1);
  return {
    $schema: SCHEMA,
    config: {
      ...config(ctx.lang),
      legend: {
        ...config(ctx.lang).legend, labelFontSize: variant === 'wide' ? 13 : 11, titleFontSize: variant === 'wide' ? 13 : 11, symbolSize: 140,
        symbolFillColor: '#5b6675', symbolStrokeColor: '#5b6675', columnPadding: 14, ...(variant === 'narrow' ? { columns: 2 } : {}),
      },
    },
    width: size.width,
    height: size.height,
    layer: [
      {
        data: { values: edges },
        mark: { type: 'rule', strokeCap: 'round' },
        encoding: {
          ...xy,
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          color: { field: 'color', type: 'nominal', scale: null },
          opacity: { field: 'opacity', type: 'quantitative', scale: null },
          strokeWidth: { field: 'weight', type: 'quantitative', scale: { type: 'sqrt', domain: [0, maxWeight], range: [0.4, variant === 'wide' ? 7 : 4.5] }, legend: null },
        },
      },
      {
        data: { values: groups },
        mark: { type: 'circle', fillOpacity: 0.3, strokeWidth: 1.5, strokeDash: [4, 2], strokeOpacity: 0.9 },
        encoding: {
          ...xy,
          fill: { field: 'color', type: 'nominal', scale: null },
          stroke: { field: 'color', type: 'nominal', scale: null },
          size: { field: 'area', type: 'quantitative', scale: null, legend: null },
        },
      },
      {
        data: { values: groups },
        mark: { ...label, fontSize: fontSize - 1, color: '#333', fontWeight: 600 },
        encoding: { ...xy, text: { field: 'members' } },
      },
      // A white halo under each label (drawn below the nodes) keeps labels readable over edges.
      {
        data: { values: labels },
        mark: { ...label, color: '#ffffff', stroke: '#ffffff', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 },
        encoding: { ...xy, text: { field: 'text' } },
      },
      {
        data: { values: actors },
        mark: { type: 'point', filled: true, opacity: 0.95, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          ...xy,
          color: { field: 'color', type: 'nominal', scale: null },
          shape: {
            field: 'kind', type: 'nominal', title: ctx.labels.network.shapes,
            scale: { domain: shapes.map(kindName), range: shapes.map((k) => KIND_SHAPES[k]) },
          },
          size: { field: 'area', type: 'quantitative', scale: null, legend: null },
          order: { field: 'area', type: 'quantitative' },
        },
      },
      {
        data: { values: labels },
        mark: { ...label, color: '#1a1a1a' },
        encoding: { ...xy, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
}
