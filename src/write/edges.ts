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
import { graphRows, type GraphInput } from './graphInput';
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

/**
 * The cells of `edges.csv`, row by row in the graph's order (the columns of {@link EDGE_COLUMNS}),
 * from the interaction list (`run.interactions`) or a graphology graph: one array refilled for
 * every edge, so that the writers read a graph of millions of edges without an object per row
 * (copy a row to keep it).
 * @example for (const cells of edgeCells(run.interactions)) console.log(cells.join(','));
 */
export function* edgeCells(graph: GraphInput): Generator<readonly Cell[], void, undefined> {
  const cells: Cell[] = new Array<Cell>(EDGE_COLUMNS.length).fill(null);
  const types = INTERACTION_TYPES.length;
  const { nodes, edges, source, target } = graphRows(graph);
  for (let e = 0; e < edges.length; e++) {
    const { attributes } = edges[e]!;
    const from = nodes[source[e]!]!;
    const to = nodes[target[e]!]!;
    cells[0] = from.key;
    cells[1] = text(from.attributes.label);
    cells[2] = text(from.attributes.kind);
    cells[3] = to.key;
    cells[4] = text(to.attributes.label);
    cells[5] = text(to.attributes.kind);
    cells[6] = count(attributes.weight) ?? 1;
    for (let t = 0; t < types; t++) cells[7 + t] = count(attributes[INTERACTION_TYPES[t]!]);
    yield cells;
  }
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
