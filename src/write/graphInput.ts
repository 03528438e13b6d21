/**
 * The interaction graph as the writers read it: given as an interaction list (what `analyzeWithGraph`
 * hands out, `run.interactions`: the preferred input, read in place) or as a graphology graph (any
 * graph, read once into the same shape). Every writer — GEXF, `edges.csv` / `edges.parquet`, the
 * report's network map — reads {@link GraphRows}, so a list and the graph made of it
 * (`interactionGraph`) give the same bytes. Writers print what they are given: what is hidden is
 * privacy's business (src/analysis/privacy/).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { interactionListEdgeKey, interactionPositions, type InteractionList } from '../graph/build';

/** The interaction graph given to a writer: its interaction list, or a graphology graph. */
export type GraphInput = AbstractGraph | InteractionList;

/**
 * Whether a graph given to a writer is an interaction list (not a graphology graph).
 * @example isInteractionList(run.interactions) // true; isInteractionList(run.graph) // false
 */
export function isInteractionList(value: unknown): value is InteractionList {
  if (value === null || typeof value !== 'object') return false;
  const { nodes, edges } = value as { nodes?: unknown; edges?: unknown };
  return Array.isArray(nodes) && Array.isArray(edges);
}

/**
 * A graph by position, as every writer reads it: nodes in the graph's order, edges in the graph's
 * order with their ends as positions in `nodes`.
 */
export interface GraphRows {
  /** The graph's type (`directed` for an interaction list). */
  readonly type: 'directed' | 'undirected' | 'mixed';
  readonly nodes: readonly { readonly key: string; readonly attributes: Attributes }[];
  readonly edges: readonly { readonly attributes: Attributes }[];
  /** Edge e runs from `nodes[source[e]]` to `nodes[target[e]]`. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  edgeKey(e: number): string;
  /** Whether edge e is undirected (only in a graph that has such edges). */
  undirected(e: number): boolean;
  /** Whether every edge key is one the library makes (`e<i>`, `anon-edge:<n>`): XML-safe, nothing to escape. */
  readonly libraryEdgeKeys: boolean;
}

const LIBRARY_EDGE_KEY = /^(?:e|anon-edge:)\d+$/;
const never = () => false;

/**
 * The rows of a graph given to a writer: an interaction list as it is (no copy), a graphology
 * graph read once (one pass over its nodes, one over its edges).
 * @example
 * const rows = graphRows(run.interactions);
 * rows.nodes[rows.source[0]].key; // the first edge's source
 */
export function graphRows(input: GraphInput): GraphRows {
  return isInteractionList(input) ? listRows(input) : graphologyRows(input);
}

function listRows(list: InteractionList): GraphRows {
  const { source, target } = interactionPositions(list);
  const keys = list.edgeKeys;
  let libraryEdgeKeys = true;
  if (keys !== undefined) for (const key of keys.values()) if (!LIBRARY_EDGE_KEY.test(key)) libraryEdgeKeys = false;
  return {
    type: 'directed',
    nodes: list.nodes as GraphRows['nodes'],
    edges: list.edges as GraphRows['edges'],
    source,
    target,
    edgeKey: (e) => interactionListEdgeKey(list, e),
    undirected: never,
    libraryEdgeKeys,
  };
}

function graphologyRows(graph: AbstractGraph): GraphRows {
  const nodes: { key: string; attributes: Attributes }[] = [];
  const position = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    position.set(key, nodes.length);
    nodes.push({ key, attributes });
  });
  const edges: { attributes: Attributes }[] = [];
  const keys: string[] = [];
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  const undirected = graph.type === 'directed' ? null : new Uint8Array(graph.size);
  graph.forEachEdge((key, attributes, s, t, _sa, _ta, isUndirected) => {
    const e = edges.length;
    source[e] = position.get(s)!;
    target[e] = position.get(t)!;
    if (undirected !== null && isUndirected) undirected[e] = 1;
    keys.push(key);
    edges.push({ attributes });
  });
  return {
    type: graph.type,
    nodes,
    edges,
    source,
    target,
    edgeKey: (e) => keys[e]!,
    undirected: undirected === null ? never : (e) => undirected[e] === 1,
    libraryEdgeKeys: false,
  };
}

/**
 * The graph a writer's options give: `interactions` (preferred) or `graph`, not both.
 * @example graphOption({ interactions: run.interactions }, 'writeCsvTables') // run.interactions
 */
export function graphOption<G>(options: { graph?: G; interactions?: InteractionList }, where: string): G | InteractionList | undefined {
  const { graph, interactions } = options;
  if (graph !== undefined && interactions !== undefined) throw new TypeError(`${where}: give options.interactions or options.graph, not both`);
  if (interactions !== undefined && !isInteractionList(interactions)) throw new TypeError(`${where}: options.interactions must be an interaction list ({ nodes, edges })`);
  return interactions ?? graph;
}

/**
 * The actor of the analysis behind each node of a graph, by node position: read by position when
 * the analysis lists its actors in the graph's node order (what `analyze` gives; every id is then
 * distinct, being a node key), else by id (the last actor with an id, as a Map of them keeps it).
 * One pass of string comparisons instead of a Map of every actor, at 2 M interactions 216 k.
 * @example
 * const actorAt = nodeActors(rows.nodes.length, (i) => rows.nodes[i].key, analysis.actors);
 * actorAt(0)?.pagerank
 */
export function nodeActors<A extends { readonly id: string }>(count: number, keyAt: (i: number) => string, actors: readonly A[]): (i: number) => A | undefined {
  let aligned = actors.length === count;
  for (let i = 0; aligned && i < count; i++) aligned = actors[i]!.id === keyAt(i);
  if (aligned) return (i) => actors[i];
  const byId = new Map(actors.map((a) => [a.id, a]));
  return (i) => byId.get(keyAt(i));
}
