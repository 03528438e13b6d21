/**
 * The edge list of the interaction graph (SPEC 3.5), for analysts who rebuild the network in
 * pandas, R or Gephi's spreadsheet import: one row per directed edge, in the graph's own order
 * (sorted when `analyze()` builds it), read from the run's interaction list (or any graphology
 * graph: the same rows), with
 * - `source`, `target`: the node keys as the graph carries them — the ids of `actors.csv`
 *   (`unit:<id>` for a unit, a pseudonym `anon:…` for an individual unless revealed);
 * - `sourceLabel`, `targetLabel`, `sourceKind`, `targetKind`: the nodes' `label` and `kind`
 *   attributes as the privacy-applied graph has them (no label for a pseudonymised individual);
 * - `weight`: the number of interactions (a strength, not a distance), and the count of each
 *   interaction type (`comment`, `reply`, `reaction`, `share`, `mention`); `weight` is their sum.
 * The writer prints what it is given: a graph's labels are privacy's business, not this module's.
 */
import { INTERACTION_TYPES, type InteractionType } from '../graph/build';
import type { Attributes } from 'graphology-types';
import { graphRows, type GraphInput, type GraphRows } from './graphInput';
import { rowsOfCells } from './rows';
import type { Cell, TableColumn } from './tables';

/** A row of `edges.csv` ({@link edgesTable}). */
export type EdgesTableRow = {
  /** The acting node's key (as in `actors.csv` `id`). */
  source: string;
  /** Its label (a unit's or an organisation's name; null for a pseudonymised individual). */
  sourceLabel: string | null;
  /** Its kind: `agency`, `page`, `association`, `business` or `individual`. */
  sourceKind: string | null;
  /** The node acted on (the author of the content). */
  target: string;
  targetLabel: string | null;
  targetKind: string | null;
  /** Interactions from source to target (the sum of the per-type counts). */
  weight: number;
} & { [T in InteractionType]: number | null };

/** The columns of `edges.csv`, in order, with what they hold. */
export const EDGE_COLUMNS: readonly TableColumn[] = Object.freeze(([
  { name: 'source', type: 'string' },
  { name: 'sourceLabel', type: 'string' },
  { name: 'sourceKind', type: 'string' },
  { name: 'target', type: 'string' },
  { name: 'targetLabel', type: 'string' },
  { name: 'targetKind', type: 'string' },
  { name: 'weight', type: 'number' },
  ...INTERACTION_TYPES.map((name): TableColumn => ({ name, type: 'integer' })),
] satisfies TableColumn[]).map((c) => Object.freeze(c)));

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null);

/** The cells of a node in a row of `edges.csv` (key, label, kind), into `cells` from `at`. */
function nodeCells(node: GraphRows['nodes'][number], cells: Cell[], at: number): void {
  cells[at] = node.key;
  cells[at + 1] = text(node.attributes.label);
  cells[at + 2] = text(node.attributes.kind);
}

/** The cells of an edge in a row of `edges.csv` (weight, then the count of each type), into `cells` from `at`. */
function edgeCounts(attributes: Attributes, cells: Cell[], at: number): void {
  cells[at] = count(attributes.weight) ?? 1;
  for (let t = 0; t < INTERACTION_TYPES.length; t++) cells[at + 1 + t] = count(attributes[INTERACTION_TYPES[t]!]);
}

/** Columns of `edges.csv` per node (key, label, kind); the edge's own cells follow the two nodes'. */
export const EDGE_NODE_COLUMNS = 3;

/**
 * The cells of `edges.csv`, row by row in the graph's order (the columns of {@link EDGE_COLUMNS}),
 * from the interaction list (`run.interactions`) or a graphology graph: one array refilled for
 * every edge, so that the writers read a graph of millions of edges without an object per row
 * (copy a row to keep it).
 * @example for (const cells of edgeCells(run.interactions)) console.log(cells.join(','));
 */
export function* edgeCells(graph: GraphInput): Generator<readonly Cell[], void, undefined> {
  const cells: Cell[] = new Array<Cell>(EDGE_COLUMNS.length).fill(null);
  const { nodes, edges, source, target } = graphRows(graph);
  for (let e = 0; e < edges.length; e++) {
    nodeCells(nodes[source[e]!]!, cells, 0);
    nodeCells(nodes[target[e]!]!, cells, EDGE_NODE_COLUMNS);
    edgeCounts(edges[e]!.attributes, cells, 2 * EDGE_NODE_COLUMNS);
    yield cells;
  }
}

/** The rows of {@link edgeCells} in parts, by position: see {@link edgeParts}. */
export interface EdgeParts {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Edge e runs from node `source[e]` to node `target[e]`. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** The cells of node i (key, label, kind): a new array. */
  nodeCells(i: number): Cell[];
  /** The cells of edge e itself (weight, then the count of each type), into `cells` from 0. */
  edgeCells(e: number, cells: Cell[]): void;
}

/**
 * The rows of {@link edgeCells} in parts, for a writer that formats each node's cells once (a
 * node has many edges: ten on average at 2 M interactions): row e of `edgeCells` is
 * `[...nodeCells(source[e]), ...nodeCells(target[e]), ...edgeCells(e)]`.
 * @example
 * const parts = edgeParts(run.interactions);
 * const cells: Cell[] = [];
 * parts.edgeCells(0, cells); // [weight, comment, reply, reaction, share, mention] of the first edge
 */
export function edgeParts(graph: GraphInput): EdgeParts {
  const { nodes, edges, source, target } = graphRows(graph);
  return {
    nodeCount: nodes.length,
    edgeCount: edges.length,
    source,
    target,
    nodeCells(i) {
      const cells: Cell[] = new Array<Cell>(EDGE_NODE_COLUMNS);
      nodeCells(nodes[i]!, cells, 0);
      return cells;
    },
    edgeCells: (e, cells) => edgeCounts(edges[e]!.attributes, cells, 0),
  };
}

/**
 * The graph's edges (its interaction list, or a graphology graph) as flat rows: endpoints with
 * their labels and kinds, weight and per-type counts. A directed graph gives one row per edge in
 * its order; an edge without a numeric `weight` counts 1 (as graphology's metrics read it), a
 * missing per-type count is null.
 * @example
 * const { interactions } = analyzeWithGraph(input, config);
 * const heaviest = edgesTable(interactions).sort((a, b) => b.weight - a.weight).slice(0, 10);
 */
export function edgesTable(graph: GraphInput): EdgesTableRow[] {
  return rowsOfCells<EdgesTableRow>(edgeCells(graph), EDGE_COLUMNS);
}
