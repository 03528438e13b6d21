/**
 * The report's network map: an aggregated, seeded layout of the interaction graph that a person
 * can read at any graph size (the full graph stays in graph.gexf).
 *
 * - Which nodes: every unit (`agency`) and the page; the associations (at most
 *   `maxAssociations`) and the `topBusinesses` businesses with the most interactions (strength:
 *   the summed weights of their edges, both directions); every other actor is summed into one
 *   node per community ("the rest of community 3"), the communities beyond the `maxCommunities`
 *   largest into one "other communities" node. Nodes are bounded by units + associations +
 *   businesses + communities, whatever the number of actors.
 * - Edges: the undirected projection of the aggregated graph (weights of both directions and of
 *   every member summed; weight = strength), at most `maxEdges` (the strongest; every unit keeps
 *   its strongest edge).
 * - Communities: Louvain's (`analysis.actors[].community`), numbered 1, 2 … by size (nodes of the
 *   whole graph; ties by id), each with its largest units and associations for the legend.
 * - Where: ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2, LinLog, weights
 *   log1p-damped) from positions drawn by a seeded PRNG (mulberry32) in sorted-key order, for a
 *   fixed number of iterations; {@link fitLayout} fits the coordinates into any box (the report
 *   draws a wide and a narrow map from one layout). Same graph and options → same coordinates.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ACTOR_KINDS } from '../model/types';
import type { Analysis } from '../analysis/schema';
import type { ActorKind } from './i18n';
import { graphRows, isInteractionList, nodeActors, type GraphInput } from './graphInput';
import { mulberry32 } from '../util/random';

export { mulberry32 };

export interface NetworkLayoutOptions {
  /** Businesses drawn on their own, those with the most interactions. Default 20. */
  topBusinesses?: number;
  /** Associations drawn on their own (most interactions first). Default 30. */
  maxAssociations?: number;
  /** Communities with a colour and a node of their own; the others are summed together. Default 8. */
  maxCommunities?: number;
  /** Most edges drawn (the strongest). Default 200. */
  maxEdges?: number;
  /** ForceAtlas2 iterations. Default 500. */
  iterations?: number;
  /** Seed of the initial positions. Default 1. */
  seed?: number;
}

export const NETWORK_LAYOUT_DEFAULTS: Readonly<Required<NetworkLayoutOptions>> = Object.freeze({
  topBusinesses: 20,
  maxAssociations: 30,
  maxCommunities: 8,
  maxEdges: 200,
  iterations: 500,
  seed: 1,
});

const LAYOUT_OPTION_KEYS = new Set(Object.keys(NETWORK_LAYOUT_DEFAULTS));

/** The kind of a map node: an actor kind, or `group` for the rest of a community summed. */
export type MapNodeKind = ActorKind | 'group';

export interface LayoutNode {
  key: string;
  kind: MapNodeKind;
  /** A display name: the unit's name for units, the node label for organisations; null for groups and individuals. */
  label: string | null;
  unitId: string | null;
  /** Display number of the node's community (1 = largest); null for "other communities" or none. */
  community: number | null;
  /** Actors of the whole graph this node stands for (1 but for groups). */
  members: number;
  /** Interactions of the node on the map (summed weights of its edges, both directions). */
  strength: number;
  /** Position in the layout (the longer side spans 0–1, proportions kept); see {@link fitLayout}. */
  x: number;
  y: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** Interactions in both directions between the two nodes (their members). */
  weight: number;
}

export interface CommunitySummary {
  /** Display number, 1 = largest. */
  community: number;
  /** Nodes of the whole graph in the community. */
  size: number;
  /** Its largest units and associations by interactions (at most 3 names). */
  leaders: string[];
}

export interface NetworkLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Nodes and edges of the whole graph. */
  totalNodes: number;
  totalEdges: number;
  /** Businesses drawn on their own, and businesses in the graph. */
  businessesShown: number;
  businessesTotal: number;
  /** Actors summed into group nodes. */
  grouped: number;
  /** Edges of the aggregated graph left out (beyond `maxEdges`). */
  edgesDropped: number;
  /** The coloured communities, largest first. */
  communities: CommunitySummary[];
  /** Nodes of the whole graph in none of them ("other communities"). */
  otherCommunityNodes: number;
  options: Readonly<Required<NetworkLayoutOptions>>;
}

/** Weight of the undrawn edge that pulls a node towards its community's anchor (log1p scale, like drawn edges). */
const COMMUNITY_PULL = 2;

const KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkOptions(options: NetworkLayoutOptions): Required<NetworkLayoutOptions> {
  if (options === null || typeof options !== 'object') throw new TypeError('layoutNetwork: options must be an object');
  for (const name of Object.keys(options)) {
    if (!LAYOUT_OPTION_KEYS.has(name)) throw new TypeError(`layoutNetwork: unknown option "${name}"`);
  }
  const o = { ...NETWORK_LAYOUT_DEFAULTS };
  for (const [name, value] of Object.entries(options)) if (value !== undefined) (o as Record<string, number>)[name] = value as number;
  for (const name of ['topBusinesses', 'maxAssociations'] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 0) throw new TypeError(`layoutNetwork: ${name} must be a non-negative integer`);
  }
  for (const name of ['maxCommunities', 'maxEdges', 'iterations'] as const) {
    if (!Number.isInteger(o[name]) || o[name] < 1) throw new TypeError(`layoutNetwork: ${name} must be a positive integer`);
  }
  if (!Number.isFinite(o.seed)) throw new TypeError('layoutNetwork: seed must be a number');
  return o;
}

/**
 * What the network map reads of a graph, in plain data: each node's key and the attributes the map
 * reads (`kind`, `label`, `unitId`, `community`, as they are), in the graph's order; each edge but
 * self-loops, in the graph's order, as positions in `keys` and the weight the map counts (the
 * `weight` attribute when a positive finite number, else 1). Typed arrays, so it crosses a thread
 * without a copy (the CLI draws its report on a thread of its own); see {@link networkData}.
 */
export interface NetworkData {
  keys: readonly string[];
  kind: readonly unknown[];
  label: readonly unknown[];
  unitId: readonly unknown[];
  community: readonly unknown[];
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Nodes and edges of the whole graph (self-loops included). */
  order: number;
  size: number;
}

const weightOf = (attributes: Record<string, unknown>) =>
  typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;

/**
 * Read what the network map needs of a graph (its interaction list, or a graphology graph), once:
 * {@link layoutNetwork} and `renderReport` take it in place of the graph, with the same result.
 * @example
 * const data = networkData(run.interactions);
 * layoutNetwork(data, analysis) // deep-equals layoutNetwork(run.interactions, analysis)
 */
export function networkData(graph: GraphInput): NetworkData {
  const { nodes, edges, source, target } = graphRows(graph);
  const n = nodes.length;
  const keys: string[] = new Array(n);
  const kind: unknown[] = new Array(n);
  const label: unknown[] = new Array(n);
  const unitId: unknown[] = new Array(n);
  const community: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const { key, attributes } = nodes[i]!;
    keys[i] = key;
    kind[i] = attributes.kind;
    label[i] = attributes.label;
    unitId[i] = attributes.unitId;
    community[i] = attributes.community;
  }
  const m = edges.length;
  let sources = new Int32Array(m);
  let targets = new Int32Array(m);
  let weights = new Float64Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) {
    if (source[e] === target[e]) continue;
    sources[count] = source[e]!;
    targets[count] = target[e]!;
    weights[count] = weightOf(edges[e]!.attributes);
    count += 1;
  }
  if (count < m) {
    sources = sources.slice(0, count);
    targets = targets.slice(0, count);
    weights = weights.slice(0, count);
  }
  return { keys, kind, label, unitId, community, sources, targets, weights, order: n, size: m };
}

/**
 * What the network map draws of a graph, before it is placed: the map's nodes (every position 0)
 * and edges after its selection, with the figures its caption and legend give — all of
 * {@link NetworkLayout} but the positions, bounded by the options whatever the size of the graph.
 * {@link layoutNetwork} takes it in place of the graph (and only places it), so the selection can
 * be made where the graph is (the CLI's main thread) and the map drawn elsewhere (its report
 * thread) from a few hundred values; see {@link selectNetwork}.
 */
export interface NetworkSelection extends Omit<NetworkLayout, 'nodes' | 'edges'> {
  /** The map's nodes in key order, `x` and `y` 0. */
  mapNodes: LayoutNode[];
  /** The map's edges, ends in key order, sorted by source then target. */
  mapEdges: LayoutEdge[];
}

/**
 * Whether a value given for a graph is a {@link NetworkSelection}.
 * @example isNetworkSelection(selectNetwork(graph, analysis)) // true; isNetworkSelection(graph) // false
 */
export const isNetworkSelection = (value: unknown): value is NetworkSelection =>
  value !== null && typeof value === 'object' && Array.isArray((value as { mapNodes?: unknown }).mapNodes);

/**
 * Whether a value given for a graph is its {@link networkData} (not a graphology graph, an
 * interaction list, nor a {@link NetworkSelection}).
 * @example isNetworkData(networkData(graph)) // true; isNetworkData(graph) // false
 */
export const isNetworkData = (value: GraphInput | NetworkData | NetworkSelection): value is NetworkData =>
  typeof (value as { forEachNode?: unknown }).forEachNode !== 'function' && !isInteractionList(value) && !isNetworkSelection(value);

/** The options of a selection: checked, and those that choose what is drawn equal to the selection's own. */
function selectionOptions(selection: NetworkSelection, options: NetworkLayoutOptions): Required<NetworkLayoutOptions> {
  const o = checkOptions(options);
  for (const name of SELECTION_OPTION_KEYS) {
    if (options[name] !== undefined && o[name] !== selection.options[name]) {
      throw new TypeError(`layoutNetwork: ${name} must be the selection's own (${selection.options[name]}): the graph was selected with it`);
    }
  }
  return { ...o, ...Object.fromEntries(SELECTION_OPTION_KEYS.map((name) => [name, selection.options[name]])) };
}

/** The options that choose the map's nodes and edges (the others only place them). */
const SELECTION_OPTION_KEYS = ['topBusinesses', 'maxAssociations', 'maxCommunities', 'maxEdges'] as const;

/**
 * Aggregate and lay out the graph for the report's map (its interaction list, a graphology graph,
 * its {@link networkData}, or its {@link NetworkSelection}, which is only placed).
 * @example
 * const map = layoutNetwork(run.interactions, analysis, { topBusinesses: 20 });
 * const wide = fitLayout(map, { width: 1100, height: 640 });
 */
export function layoutNetwork(graph: GraphInput | NetworkData | NetworkSelection, analysis: Analysis, options: NetworkLayoutOptions = {}): NetworkLayout {
  const given = isNetworkSelection(graph);
  const selection = given ? graph : selectNetwork(graph, analysis, options);
  // A selection made here holds the options it checked; a given one keeps its own choice of what is drawn.
  const o = given ? selectionOptions(graph, options) : selection.options;
  const { mapNodes, mapEdges, ...figures } = selection;
  // Placed on copies: a selection given stays as it is.
  const nodes = mapNodes.map((n) => ({ ...n, x: 0, y: 0 }));
  const edges = mapEdges.map((e) => ({ ...e }));
  place(nodes, edges, o);
  return { nodes, edges, ...figures, options: Object.freeze(o) };
}

/**
 * Select what the report's map draws of a graph (its interaction list, a graphology graph, or its
 * {@link networkData}): every unit and the page, the strongest associations and businesses, every
 * other actor summed into its community's group node, the strongest edges — see the module's
 * comment. One pass over the nodes and a few over the edges; the result is bounded by the options,
 * not by the graph. {@link layoutNetwork} places it.
 * @example
 * const selection = selectNetwork(run.interactions, analysis); // a few hundred values at any size
 * layoutNetwork(selection, analysis) // deep-equals layoutNetwork(run.interactions, analysis)
 */
export function selectNetwork(graph: GraphInput | NetworkData, analysis: Analysis, options: NetworkLayoutOptions = {}): NetworkSelection {
  const o = checkOptions(options);
  const data = isNetworkData(graph) ? graph : networkData(graph);
  const unitById = new Map(analysis.units.map((u) => [u.unitId, u]));
  const actorAt = nodeActors(data.keys.length, (i) => data.keys[i]!, analysis.actors);

  // Every node: kind, label, community, strength in the whole graph (summed in the graph's edge order).
  interface Raw { index: number; key: string; kind: ActorKind; label: string | null; unitId: string | null; community: number | null; strength: number }
  const all: Raw[] = [];
  for (let i = 0; i < data.keys.length; i++) {
    const key = data.keys[i]!;
    const attributeKind = data.kind[i];
    const kind = KINDS.has(attributeKind as string) ? (attributeKind as ActorKind) : 'individual';
    const unitId = typeof data.unitId[i] === 'string' ? (data.unitId[i] as string) : null;
    const unit = unitId !== null ? unitById.get(unitId) : undefined;
    const attributeLabel = data.label[i];
    const label = kind === 'agency' && unit ? unit.name
      : kind === 'individual' ? null
      : typeof attributeLabel === 'string' && attributeLabel !== '' ? attributeLabel : null;
    const attributeCommunity = data.community[i];
    const community = actorAt(i)?.community ?? (typeof attributeCommunity === 'number' ? attributeCommunity : null);
    all.push({ index: i, key, kind, label, unitId, community, strength: 0 });
  }
  const { sources, targets, weights: edgeWeights } = data;
  const edgeCount = sources.length;
  for (let e = 0; e < edgeCount; e++) {
    all[sources[e]!]!.strength += edgeWeights[e]!;
    all[targets[e]!]!.strength += edgeWeights[e]!;
  }
  const byStrength = (a: Raw, b: Raw) => b.strength - a.strength || compareKeys(a.key, b.key);

  // Communities by size; the largest `maxCommunities` get a number and a colour.
  const sizes = new Map<number, number>();
  for (const n of all) if (n.community !== null) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  const ordered = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCommunities);
  const displayOf = new Map(ordered.map(([id], i) => [id, i + 1]));
  const display = (n: Raw) => (n.community === null ? null : displayOf.get(n.community) ?? null);

  // Nodes drawn on their own.
  // By position (a key is at one position): 1 for a node drawn on its own.
  const own = new Uint8Array(all.length);
  for (const n of all) if (n.kind === 'agency' || n.kind === 'page') own[n.index] = 1;
  for (const n of all.filter((x) => x.kind === 'association').sort(byStrength).slice(0, o.maxAssociations)) own[n.index] = 1;
  const businesses = all.filter((x) => x.kind === 'business');
  const shownBusinesses = businesses.sort(byStrength).slice(0, o.topBusinesses);
  for (const n of shownBusinesses) own[n.index] = 1;

  const groupKeys = new Map<number | null, string>();
  const groupKey = (community: number | null) => {
    let key = groupKeys.get(community);
    if (key === undefined) groupKeys.set(community, (key = community === null ? 'group:other' : `group:${community}`));
    return key;
  };
  // The map node of each graph node (by position), numbered in `nodes`' order of insertion.
  const mapOf = new Int32Array(all.length);
  const nodes = new Map<string, LayoutNode>();
  const mapIndex = new Map<string, number>();
  const indexOf = (key: string): number => {
    let i = mapIndex.get(key);
    if (i === undefined) mapIndex.set(key, (i = mapIndex.size));
    return i;
  };
  let grouped = 0;
  for (let p = 0; p < all.length; p++) {
    const n = all[p]!;
    if (own[p] === 1) {
      mapOf[p] = indexOf(n.key);
      nodes.set(n.key, { key: n.key, kind: n.kind, label: n.label, unitId: n.unitId, community: display(n), members: 1, strength: 0, x: 0, y: 0 });
      continue;
    }
    const community = display(n);
    const key = groupKey(community);
    mapOf[p] = indexOf(key);
    grouped += 1;
    const group = nodes.get(key);
    if (group) group.members += 1;
    else nodes.set(key, { key, kind: 'group', label: null, unitId: null, community, members: 1, strength: 0, x: 0, y: 0 });
  }

  // Aggregated undirected edges: one per pair of map nodes (ends in key order), weights summed in
  // the graph's edge order.
  const mapKeys = [...nodes.keys()];
  // Each map node's place in key order (keys are distinct): the ends of an edge compared as numbers, not strings.
  const rank = new Int32Array(mapKeys.length);
  mapKeys.map((_, i) => i).sort((i, j) => compareKeys(mapKeys[i]!, mapKeys[j]!)).forEach((i, r) => { rank[i] = r; });
  const weights = new Map<number, LayoutEdge>();
  for (let e = 0; e < edgeCount; e++) {
    const a0 = mapOf[sources[e]!]!;
    const b0 = mapOf[targets[e]!]!;
    if (a0 === b0) continue;
    const a = rank[a0]! < rank[b0]! ? a0 : b0;
    const b = a === a0 ? b0 : a0;
    const id = a * mapKeys.length + b;
    const edge = weights.get(id);
    if (edge) edge.weight += edgeWeights[e]!;
    else weights.set(id, { source: mapKeys[a]!, target: mapKeys[b]!, weight: edgeWeights[e]! });
  }
  const strongest = [...weights.values()].sort((e, f) => f.weight - e.weight || compareKeys(e.source, f.source) || compareKeys(e.target, f.target));
  const kept = new Set(strongest.slice(0, o.maxEdges));
  // Every unit keeps its strongest edge, so that no unit floats alone on a capped map.
  const hasEdge = new Set<string>();
  for (const e of kept) { hasEdge.add(e.source); hasEdge.add(e.target); }
  for (const e of strongest) {
    for (const end of [e.source, e.target]) {
      if (nodes.get(end)?.kind === 'agency' && !hasEdge.has(end)) { kept.add(e); hasEdge.add(e.source); hasEdge.add(e.target); }
    }
  }
  const edges = [...kept].sort((e, f) => compareKeys(e.source, f.source) || compareKeys(e.target, f.target));
  for (const e of edges) {
    nodes.get(e.source)!.strength += e.weight;
    nodes.get(e.target)!.strength += e.weight;
  }
  const drawn = [...nodes.values()].sort((a, b) => compareKeys(a.key, b.key));

  // Legend: each coloured community's largest units and associations.
  const communities: CommunitySummary[] = ordered.map(([id, size], i) => ({
    community: i + 1,
    size,
    leaders: all.filter((n) => n.community === id && (n.kind === 'agency' || n.kind === 'association') && n.label !== null)
      .sort(byStrength).slice(0, 3).map((n) => n.label!),
  }));
  const colouredNodes = ordered.reduce((sum, [, size]) => sum + size, 0);

  return {
    mapNodes: drawn,
    mapEdges: edges,
    totalNodes: data.order,
    totalEdges: data.size,
    businessesShown: shownBusinesses.length,
    businessesTotal: businesses.length,
    grouped,
    edgesDropped: weights.size - edges.length,
    communities,
    otherCommunityNodes: data.order - colouredNodes,
    options: Object.freeze(o),
  };
}

/**
 * ForceAtlas2 on the aggregated graph, then scaled so that the longer side spans 0–1. Each node is
 * also pulled towards an anchor of its community (the community's group node, or an invisible
 * one) by an edge that is laid out but not drawn, so that communities gather into regions.
 */
function place(nodes: LayoutNode[], edges: readonly LayoutEdge[], o: Required<NetworkLayoutOptions>): void {
  if (nodes.length === 0) return;
  if (nodes.length === 1) { nodes[0]!.x = 0.5; nodes[0]!.y = 0.5; return; }
  const random = mulberry32(o.seed);
  const projection = new UndirectedGraph();
  for (const node of nodes) projection.addNode(node.key, { x: random() * 100, y: random() * 100 });
  for (const edge of edges) projection.addEdge(edge.source, edge.target, { weight: Math.log1p(edge.weight) });
  const anchors = new Map<number, string>();
  for (const node of nodes) if (node.kind === 'group' && node.community !== null) anchors.set(node.community, node.key);
  for (const node of nodes) {
    if (node.community === null || node.kind === 'group') continue;
    let anchor = anchors.get(node.community);
    if (anchor === undefined) {
      anchor = `anchor:${node.community}`;
      projection.addNode(anchor, { x: random() * 100, y: random() * 100 });
      anchors.set(node.community, anchor);
    }
    if (!projection.hasEdge(node.key, anchor)) projection.addEdge(node.key, anchor, { weight: COMMUNITY_PULL });
  }
  const positions = forceAtlas2(projection, {
    iterations: o.iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(projection), barnesHutOptimize: false, linLogMode: true, outboundAttractionDistribution: true },
  });
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const p = positions[node.key]!;
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  // One scale for both axes: the layout keeps its proportions (the longer side spans 0–1).
  const scale = Math.max(maxX - minX, maxY - minY) || 1;
  for (const node of nodes) {
    const p = positions[node.key]!;
    node.x = (p.x - minX) / scale;
    node.y = (p.y - minY) / scale;
  }
}

/** A node's position in a box, in px. */
export interface PlacedNode extends LayoutNode {
  px: number;
  py: number;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Margin inside the box, in px. Default 40. */
  padding?: number;
  /** Largest stretch of one axis against the other (1 = keep proportions). Default 1.6. */
  maxStretch?: number;
}

const round1 = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
};

/**
 * Fit a layout into a `width` × `height` box (px, rounded to 0.1), one axis stretched at most
 * `maxStretch` times the other. A tall box takes a wide layout transposed (x ↔ y), and a wide box
 * a tall one, so that a phone's narrow map uses its height.
 * @example const nodes = fitLayout(map, { width: 360, height: 560 });
 */
export function fitLayout(layout: NetworkLayout, options: FitOptions): PlacedNode[] {
  const padding = options.padding ?? 40;
  const maxStretch = options.maxStretch ?? 1.6;
  const innerW = Math.max(1, options.width - 2 * padding);
  const innerH = Math.max(1, options.height - 2 * padding);
  let extentX = 0, extentY = 0;
  for (const n of layout.nodes) { extentX = Math.max(extentX, n.x); extentY = Math.max(extentY, n.y); }
  const turn = (innerH > innerW) !== (extentY > extentX);
  if (turn) [extentX, extentY] = [extentY, extentX];
  const fitX = innerW / (extentX || 1);
  const fitY = innerH / (extentY || 1);
  const base = Math.min(fitX, fitY);
  const scaleX = Math.min(fitX, base * maxStretch);
  const scaleY = Math.min(fitY, base * maxStretch);
  const offsetX = padding + (innerW - extentX * scaleX) / 2;
  const offsetY = padding + (innerH - extentY * scaleY) / 2;
  return layout.nodes.map((n) => {
    const [x, y] = turn ? [n.y, n.x] : [n.x, n.y];
    return { ...n, px: round1(offsetX + x * scaleX), py: round1(offsetY + y * scaleY) };
  });
}

/** A label placed next to its node: the centre of its box. */
export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
  /** Estimated box width, px. */
  width: number;
}

export interface LabelOptions {
  /** Radius of each node's mark, in px. */
  radius: (node: PlacedNode) => number;
  /** Nodes that must be labelled (placed at the least crowded position even when every position collides). */
  mustLabel: (node: PlacedNode) => boolean;
  /** Other labelled nodes labelled when there is room, at most this many (by priority). */
  extra: number;
  fontSize: number;
  width: number;
  height: number;
}

/** Average advance of a character as a share of the font size (sans-serif, Vietnamese text). */
export const CHAR_WIDTH = 0.6;

type Box = [number, number, number, number];
const intersects = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Greedy label placement: labels in priority order (units, then the page, then associations, then
 * other labelled nodes; by interactions within each), each at the first of 8 positions around
 * its node, at growing distances, whose box overlaps no placed label, no node mark (but the
 * smallest) and stays inside the box. A label that must be placed and finds no free position goes
 * to the position overlapping the fewest labels; others are dropped. Text widths are estimated
 * (character count × {@link CHAR_WIDTH} × font size), so the result does not depend on fonts.
 */
export function placeLabels(nodes: readonly PlacedNode[], options: LabelOptions): PlacedLabel[] {
  const { fontSize } = options;
  const h = fontSize + 2;
  const priority = (n: PlacedNode) => (n.kind === 'agency' ? 0 : n.kind === 'page' ? 1 : n.kind === 'association' ? 2 : 3);
  const candidates = nodes.filter((n) => n.label !== null)
    .sort((a, b) => priority(a) - priority(b) || b.strength - a.strength || compareKeys(a.key, b.key));
  // Node boxes a label must avoid: the inner 70% of each mark; the smallest may be covered.
  const nodeBoxes: Box[] = nodes.map((n) => {
    const r = options.radius(n);
    const k = r < 3.5 ? 0 : 0.7 * r;
    return [n.px - k, n.py - k, n.px + k, n.py + k];
  });
  const labelBoxes: Box[] = [];
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const placed: PlacedLabel[] = [];
  let extras = 0;
  for (const node of candidates) {
    const must = options.mustLabel(node);
    if (!must && extras >= options.extra) continue;
    const text = node.label!;
    const w = Array.from(text).length * CHAR_WIDTH * fontSize;
    const r = options.radius(node);
    const own = index.get(node.key)!;
    let best: { box: Box; cx: number; cy: number; collisions: number } | null = null;
    search: for (const gap of [2, 8, 16]) {
      const dy = r + gap + h / 2;
      const dx = r + gap + 2 + w / 2;
      const centres: [number, number][] = [
        [node.px, node.py - dy], [node.px, node.py + dy], [node.px + dx, node.py], [node.px - dx, node.py],
        [node.px + dx, node.py - dy], [node.px - dx, node.py - dy], [node.px + dx, node.py + dy], [node.px - dx, node.py + dy],
      ];
      for (const [cx, cy] of centres) {
        const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
        if (box[0] < 0 || box[1] < 0 || box[2] > options.width || box[3] > options.height) continue;
        if (nodeBoxes.some((o, i) => i !== own && intersects(box, o))) continue;
        const collisions = labelBoxes.filter((o) => intersects(box, o)).length;
        if (collisions === 0) { best = { box, cx, cy, collisions }; break search; }
        if (must && (best === null || collisions < best.collisions)) best = { box, cx, cy, collisions };
      }
    }
    if (best === null || (best.collisions > 0 && !must)) {
      if (!must) continue;
      const cx = Math.min(Math.max(node.px, w / 2), options.width - w / 2);
      const cy = Math.max(node.py - r - 2 - h / 2, h / 2);
      best = { box: [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], cx, cy, collisions: 1 };
    }
    if (!must) extras += 1;
    labelBoxes.push(best.box);
    placed.push({ key: node.key, text, x: round1(best.cx), y: round1(best.cy), width: round1(w) });
  }
  return placed;
}
