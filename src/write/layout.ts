/**
 * A static, seeded layout of the interaction graph for the report's network map.
 *
 * - Which nodes: every unit (`agency`) and the page, then the other nodes by PageRank (highest
 *   first, ties by key) until `maxNodes` (default 300) nodes are drawn. Big graphs stay readable
 *   and the layout stays cheap: ForceAtlas2 without Barnes–Hut is O(n²) per iteration.
 * - Where: ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2) on the undirected
 *   projection of the drawn subgraph (weights of both directions summed, weight = strength),
 *   started from positions drawn by a seeded PRNG (mulberry32) in sorted-key order, for a fixed
 *   number of iterations. Same graph and options → same coordinates, on every machine.
 * - Coordinates are then fitted into a `width` × `height` box and rounded to 0.1 px.
 */
import { UndirectedGraph } from 'graphology';
import type Graph from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Analysis } from '../analysis/schema';
import type { ActorKind } from './i18n';
import { mulberry32 } from '../util/random';

export { mulberry32 };

export interface NetworkLayoutOptions {
  /** Most nodes drawn (units and the page are always drawn). Default 300. */
  maxNodes?: number;
  /** ForceAtlas2 iterations. Default 400. */
  iterations?: number;
  /** Seed of the initial positions. Default 1. */
  seed?: number;
  /** Box the coordinates are fitted into, in px. Defaults 1100 × 640. */
  width?: number;
  height?: number;
  /** Margin inside the box, in px. Default 40. */
  padding?: number;
  /** Largest stretch of one axis against the other when fitting the box (1 = keep proportions). Default 1.4. */
  maxStretch?: number;
}

export const NETWORK_LAYOUT_DEFAULTS: Readonly<Required<NetworkLayoutOptions>> = Object.freeze({
  maxNodes: 300,
  iterations: 400,
  seed: 1,
  width: 1100,
  height: 640,
  padding: 40,
  maxStretch: 1.4,
});

const LAYOUT_OPTION_KEYS = new Set(Object.keys(NETWORK_LAYOUT_DEFAULTS));

export interface LayoutNode {
  key: string;
  kind: ActorKind;
  /** A display name: the unit's name for units, the node label for organisations, else null. */
  label: string | null;
  unitId: string | null;
  pagerank: number;
  x: number;
  y: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  /** Interactions in both directions between the two nodes. */
  weight: number;
}

export interface NetworkLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Nodes and edges of the whole graph. */
  totalNodes: number;
  totalEdges: number;
  maxNodes: number;
}

const KINDS = new Set<ActorKind>(['agency', 'page', 'association', 'business', 'individual']);

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);


const round1 = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
};

/**
 * Lay out the graph for drawing.
 * @example
 * const { nodes, edges } = layoutNetwork(graph, analysis, { maxNodes: 200 });
 */
export function layoutNetwork(graph: Graph, analysis: Analysis, options: NetworkLayoutOptions = {}): NetworkLayout {
  for (const name of Object.keys(options)) {
    if (!LAYOUT_OPTION_KEYS.has(name)) throw new TypeError(`layoutNetwork: unknown option "${name}"`);
  }
  const o = { ...NETWORK_LAYOUT_DEFAULTS, ...stripUndefined(options) };
  if (!Number.isInteger(o.maxNodes) || o.maxNodes < 1) throw new TypeError('layoutNetwork: maxNodes must be a positive integer');
  if (!Number.isInteger(o.iterations) || o.iterations < 1) throw new TypeError('layoutNetwork: iterations must be a positive integer');
  if (!(o.maxStretch >= 1)) throw new TypeError('layoutNetwork: maxStretch must be at least 1');

  const pagerankOf = new Map<string, number>();
  for (const actor of analysis.actors) pagerankOf.set(actor.id, actor.pagerank);
  const unitById = new Map(analysis.units.map((u) => [u.unitId, u]));

  const all: LayoutNode[] = [];
  graph.forEachNode((key, attributes) => {
    const kind = KINDS.has(attributes.kind) ? (attributes.kind as ActorKind) : 'individual';
    const unitId = typeof attributes.unitId === 'string' ? attributes.unitId : null;
    const unit = unitId !== null ? unitById.get(unitId) : undefined;
    const pagerank = pagerankOf.get(key)
      ?? (typeof attributes.pagerank === 'number' ? attributes.pagerank : undefined)
      ?? (kind === 'agency' ? unit?.pagerank ?? 0 : 0);
    const label = kind === 'agency' && unit ? unit.name
      : kind === 'individual' ? null
      : typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : null;
    all.push({ key, kind, label, unitId, pagerank: Number.isFinite(pagerank) ? pagerank : 0, x: 0, y: 0 });
  });

  const always = all.filter((n) => n.kind === 'agency' || n.kind === 'page');
  const others = all.filter((n) => n.kind !== 'agency' && n.kind !== 'page')
    .sort((a, b) => b.pagerank - a.pagerank || compareKeys(a.key, b.key));
  const chosen = [...always, ...others.slice(0, Math.max(0, o.maxNodes - always.length))]
    .sort((a, b) => compareKeys(a.key, b.key));
  const chosenKeys = new Set(chosen.map((n) => n.key));

  // Undirected projection of the drawn subgraph, weights of both directions summed.
  const weights = new Map<string, LayoutEdge>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target || !chosenKeys.has(source) || !chosenKeys.has(target)) return;
    const [a, b] = compareKeys(source, target) < 0 ? [source, target] : [target, source];
    const id = `${a}\u0000${b}`;
    const w = typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) ? attributes.weight : 1;
    const edge = weights.get(id);
    if (edge) edge.weight += w;
    else weights.set(id, { source: a, target: b, weight: w });
  });
  const edges = [...weights.values()].sort((e, f) => compareKeys(e.source, f.source) || compareKeys(e.target, f.target));

  if (chosen.length > 0) {
    const random = mulberry32(o.seed);
    const projection = new UndirectedGraph();
    for (const node of chosen) projection.addNode(node.key, { x: random() * 100, y: random() * 100 });
    for (const edge of edges) projection.addEdge(edge.source, edge.target, { weight: Math.log1p(edge.weight) });
    if (chosen.length > 1) {
      const positions = forceAtlas2(projection, {
        iterations: o.iterations,
        getEdgeWeight: 'weight',
        settings: { ...forceAtlas2.inferSettings(projection), barnesHutOptimize: false, linLogMode: true },
      });
      fit(chosen, positions, o);
    } else {
      chosen[0]!.x = round1(o.width / 2);
      chosen[0]!.y = round1(o.height / 2);
    }
  }

  return { nodes: chosen, edges, totalNodes: graph.order, totalEdges: graph.size, maxNodes: o.maxNodes };
}

function fit(nodes: LayoutNode[], positions: Record<string, { x: number; y: number }>, o: Required<NetworkLayoutOptions>): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const p = positions[node.key]!;
    minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const innerW = o.width - 2 * o.padding;
  const innerH = o.height - 2 * o.padding;
  // Fit the box; one axis may be stretched up to `maxStretch` times the other to use a wide box.
  const base = Math.min(innerW / spanX, innerH / spanY);
  const scaleX = Math.min(innerW / spanX, base * o.maxStretch);
  const scaleY = Math.min(innerH / spanY, base * o.maxStretch);
  const offsetX = o.padding + (innerW - spanX * scaleX) / 2;
  const offsetY = o.padding + (innerH - spanY * scaleY) / 2;
  for (const node of nodes) {
    const p = positions[node.key]!;
    node.x = round1(offsetX + (p.x - minX) * scaleX);
    node.y = round1(offsetY + (p.y - minY) * scaleY);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A label placed next to its node: the centre of its box. */
export interface PlacedLabel {
  key: string;
  text: string;
  x: number;
  y: number;
}

export interface LabelOptions {
  /** Radius of each node's circle, in px. */
  radius: (node: LayoutNode) => number;
  /** Nodes that must be labelled (placed even when every position collides). */
  mustLabel: (node: LayoutNode) => boolean;
  /** Other nodes labelled when there is room, at most this many (highest PageRank first). */
  extra: number;
  fontSize: number;
  width: number;
  height: number;
}

/** Average advance of a character as a share of the font size (sans-serif, Vietnamese text). */
const CHAR_WIDTH = 0.6;

/**
 * Greedy label placement: labels in priority order (units, then the page, then associations, then
 * other labelled nodes; by PageRank within each), each at the first of above / below / right / left of its node whose box
 * overlaps no placed label, no node (but the smallest) and stays inside the chart. Units are labelled even when
 * every position collides (above); other labels are dropped then. Text widths are estimated
 * (character count × {@link CHAR_WIDTH} × font size), so the result does not depend on fonts.
 */
export function placeLabels(layout: NetworkLayout, options: LabelOptions): PlacedLabel[] {
  const { fontSize } = options;
  const h = fontSize + 2;
  const priority = (n: LayoutNode) => (n.kind === 'agency' ? 0 : n.kind === 'page' ? 1 : n.kind === 'association' ? 2 : 3);
  const candidates = layout.nodes.filter((n) => n.label !== null)
    .sort((a, b) => priority(a) - priority(b) || b.pagerank - a.pagerank || compareKeys(a.key, b.key));
  // Node boxes a label must avoid: the inner 70% of each circle; the smallest nodes (r < 3.5 px)
  // may be covered, as they would otherwise leave no room at all on dense graphs.
  const boxes: [number, number, number, number][] = layout.nodes.map((n) => {
    const r = options.radius(n);
    const k = r < 3.5 ? 0 : 0.7 * r;
    return [n.x - k, n.y - k, n.x + k, n.y + k];
  });
  const overlaps = (b: [number, number, number, number], own: number) => boxes.some((o, i) =>
    i !== own && b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
  const index = new Map(layout.nodes.map((n, i) => [n.key, i]));
  const placed: PlacedLabel[] = [];
  let extras = 0;
  for (const node of candidates) {
    const must = options.mustLabel(node);
    if (!must && extras >= options.extra) continue;
    const text = node.label!;
    const w = Array.from(text).length * CHAR_WIDTH * fontSize;
    const r = options.radius(node);
    const centres: [number, number][] = [
      [node.x, node.y - r - 2 - h / 2],
      [node.x, node.y + r + 2 + h / 2],
      [node.x + r + 4 + w / 2, node.y],
      [node.x - r - 4 - w / 2, node.y],
    ];
    const own = index.get(node.key)!;
    let chosen: [number, number] | null = null;
    for (const [cx, cy] of centres) {
      const box: [number, number, number, number] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= options.width && box[3] <= options.height;
      if (inside && !overlaps(box, own)) { chosen = [cx, cy]; break; }
    }
    if (chosen === null) {
      if (!must) continue;
      chosen = centres[0]!;
    }
    if (!must) extras += 1;
    boxes.push([chosen[0] - w / 2, chosen[1] - h / 2, chosen[0] + w / 2, chosen[1] + h / 2]);
    placed.push({ key: node.key, text, x: round1(chosen[0]), y: round1(chosen[1]) });
  }
  return placed;
}
