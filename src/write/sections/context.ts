/**
 * What every section of the report reads: the analysis, the options, and the figures derived
 * from them once (units in rank order per group, the petitions' digest, weekly rows, backlog and
 * stand-out line, the network map's layout).
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import type { InteractionList } from '../../graph/build';
import type { Analysis, PetitionRow, UnitResult, WeeklyRow } from '../../analysis/schema';
import type { ChartContext } from '../charts';
import type { Lang } from '../format';
import { isInteractionList, type GraphInput } from '../graphInput';
import { labelsFor } from '../i18n';
import { isNetworkData, isNetworkSelection, layoutNetwork, type NetworkData, type NetworkLayout, type NetworkLayoutOptions, type NetworkSelection } from '../layout';
import { daysWaiting, petitionDigest, type PetitionDigest } from './petitions';
import { standoutOf, type Standout } from './standouts';

/**
 * The report's stated thresholds (README, glossary).
 * - `smallSample`: a unit with fewer posts or fewer petitions than this is marked "small sample";
 * - `longWaitDays`: an unanswered petition waiting more days than this stands out;
 * - `onTimeDropPoints`: a fall of the on-time rate by at least this many percentage points
 *   against `--previous` stands out;
 * - `listedPerUnit`, `listedUnrouted`, `listedAssociations`: most rows a list shows (the rest are
 *   in the CSV files), so that the report does not grow with the data.
 */
export const REPORT_THRESHOLDS = Object.freeze({
  smallSample: 5,
  longWaitDays: 5,
  onTimeDropPoints: 20,
  listedPerUnit: 10,
  listedUnrouted: 10,
  listedAssociations: 20,
});

/** Units of one kind, in rank order. */
export interface UnitGroup {
  kind: UnitResult['kind'];
  /** `ranking-departments` / `ranking-localities`. */
  anchor: string;
  units: UnitResult[];
}

/** What the report says about one unit beyond its figures. */
export interface UnitFacts {
  /** Unanswered petitions. */
  unanswered: number;
  /** The oldest unanswered petitions, oldest first, at most `listedPerUnit` (the rest are in petitions.csv). */
  oldest: readonly PetitionRow[];
  /** Unanswered petitions waiting more than the SLA (working hours) at the end of the period. */
  overdue: number;
  /** Unanswered petitions waiting more than `longWaitDays` days. */
  longWait: number;
  /** Days the oldest unanswered petition has waited; null with none. */
  oldestDays: number | null;
  /** Fewer than `smallSample` posts or petitions. */
  smallSample: boolean;
  /** The one line that makes the unit stand out, if any. */
  standout: Standout | null;
}

export interface ReportContext extends ChartContext {
  readonly analysis: Analysis;
  readonly previous: Analysis | null;
  /** The graphology graph given to the report; null without one, or when it was given as an interaction list, `networkData` or a `NetworkSelection`. */
  readonly graph: Graph | null;
  /** The interaction list given to the report (`interactions`); null without one. */
  readonly interactions: InteractionList | null;
  /** The groups, departments first, each in rank order (a group may be empty). */
  readonly groups: readonly UnitGroup[];
  /** Every unit, departments first, in rank order. */
  readonly units: readonly UnitResult[];
  /** The element id of a unit's card. */
  anchorOf(unitId: string): string;
  /** A unit's name (its id when unknown, `–` for null). */
  unitName(unitId: string | null): string;
  /** An actor's display name: its name when the analysis gives one, else its (pseudonymised) id. */
  actorLabel(actorId: string): string;
  /** What the report reads of the petitions (`analysis.petitions` is not read: a view's are in its digest). */
  readonly petitions: PetitionDigest;
  weeklyOf(unitId: string): readonly WeeklyRow[];
  /** The unit in the previous analysis; undefined when absent or without `previous`. */
  previousOf(unitId: string): UnitResult | undefined;
  facts(unitId: string): UnitFacts;
  /** Days a petition has waited, from its local date to the period's last day; null if unknown. */
  daysWaiting(p: PetitionRow): number | null;
  /** The network map's layout (computed once, on first use); null without a graph. */
  networkLayout(): NetworkLayout | null;
}

export interface ContextOptions {
  lang: Lang;
  slaWorkingHours: number;
  previous: Analysis | null;
  /** The graph (its interaction list, or a graphology graph), what the map reads of it (`networkData`), or what it draws (`selectNetwork`). */
  graph: GraphInput | NetworkData | NetworkSelection | null;
  network: NetworkLayoutOptions;
  /** The petitions' digest, made with `slaWorkingHours` (default: made from `analysis`). */
  petitions?: PetitionDigest;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Units of one kind in rank order (unranked last), ties by name then id. */
function ranked(units: readonly UnitResult[], kind: UnitResult['kind']): UnitResult[] {
  return units.filter((u) => u.kind === kind).sort((a, b) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) || compare(a.name, b.name) || compare(a.unitId, b.unitId));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(row);
  }
  return map;
}

/**
 * Petitions oldest first (ties, and times that do not parse, by comment id), each time parsed once
 * rather than at every comparison (a province's whole backlog is sorted for its first rows).
 * @example oldestFirst(ctx.analysis.petitions.filter((p) => p.unitId === null)).slice(0, 10)
 */
export function oldestFirst(rows: readonly PetitionRow[]): PetitionRow[] {
  const times = Float64Array.from(rows, (p) => Date.parse(p.createdTime));
  const order = Array.from(rows, (_, i) => i);
  order.sort((i, j) => (times[i]! - times[j]!) || compare(rows[i]!.commentId, rows[j]!.commentId));
  return order.map((i) => rows[i]!);
}

/**
 * Build the context of a report.
 * @example const ctx = reportContext(analysis, { lang: 'vi', slaWorkingHours: 8, previous: null, graph, network: {} });
 */
export function reportContext(analysis: Analysis, options: ContextOptions): ReportContext {
  const labels = labelsFor(options.lang);
  const groups: UnitGroup[] = [
    { kind: 'department', anchor: 'ranking-departments', units: ranked(analysis.units, 'department') },
    { kind: 'locality', anchor: 'ranking-localities', units: ranked(analysis.units, 'locality') },
  ];
  const units = groups.flatMap((g) => g.units);

  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const unit of units) {
    const base = `unit-${unit.unitId.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    anchors.set(unit.unitId, id);
  }
  const unitNames = new Map(analysis.units.map((u) => [u.unitId, u.name]));
  const actorNames = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const petitions = options.petitions ?? petitionDigest(analysis, options.slaWorkingHours);
  const weekly = groupBy(analysis.weekly, (w) => w.unitId);
  for (const rows of weekly.values()) rows.sort((a, b) => compare(a.weekStart, b.weekStart));
  const previousUnits = options.previous ? new Map(options.previous.units.map((u) => [u.unitId, u])) : null;

  const facts = new Map<string, UnitFacts>();
  let layout: NetworkLayout | null | undefined;
  const ctx: ReportContext = {
    lang: options.lang,
    labels,
    slaWorkingHours: options.slaWorkingHours,
    analysis,
    previous: options.previous,
    graph: options.graph === null || isNetworkSelection(options.graph) || isNetworkData(options.graph) || isInteractionList(options.graph) ? null : options.graph,
    interactions: options.graph !== null && isInteractionList(options.graph) ? options.graph : null,
    groups,
    units,
    anchorOf: (unitId) => anchors.get(unitId) ?? 'units',
    unitName: (unitId) => (unitId === null ? '–' : unitNames.get(unitId) ?? unitId),
    actorLabel: (actorId) => actorNames.get(actorId) ?? actorId,
    petitions,
    weeklyOf: (unitId) => weekly.get(unitId) ?? [],
    previousOf: (unitId) => previousUnits?.get(unitId),
    daysWaiting: (p) => daysWaiting(p, analysis.period),
    facts(unitId) {
      let f = facts.get(unitId);
      if (!f) facts.set(unitId, (f = unitFacts(unitId, ctx)));
      return f;
    },
    networkLayout() {
      if (layout === undefined) {
        const given = options.graph;
        const order = given === null ? 0 : isNetworkSelection(given) ? given.totalNodes : isInteractionList(given) ? given.nodes.length : given.order;
        layout = order > 0 ? layoutNetwork(options.graph!, analysis, options.network) : null;
      }
      return layout;
    },
  };
  return ctx;
}

function unitFacts(unitId: string, ctx: ReportContext): UnitFacts {
  const unit = ctx.units.find((u) => u.unitId === unitId);
  const own = ctx.petitions.units.get(unitId);
  // Petitions the input cannot count (null: a counts-only format) do not make a sample small.
  const smallSample = unit !== undefined
    && (unit.posts < REPORT_THRESHOLDS.smallSample || (unit.petitions !== null && unit.petitions < REPORT_THRESHOLDS.smallSample));
  const partial: UnitFacts = {
    unanswered: own?.unanswered ?? 0, oldest: own?.oldest ?? [], overdue: own?.overdue ?? 0,
    longWait: own?.longWait ?? 0, oldestDays: own?.oldestDays ?? null, smallSample, standout: null,
  };
  return { ...partial, standout: unit ? standoutOf(unit, partial, ctx) : null };
}
