/**
 * The analysis' structure job: every network metric it shows that reads only the index's arrays
 * ==============================================================================================
 *
 * PageRank, eigenvector, HITS, k-core, Burt's constraint and effective size, Louvain (three seeded
 * runs), the summary (density, reciprocity), Gould–Fernandez brokerage and business → agency
 * open two-paths: each with the analysis' options (the modules' defaults), on a
 * {@link GraphArrays} — the index without its keys, so none of them can name a node. The keys
 * join the figures afterwards (analysis/network.ts).
 *
 * Being a function of the arrays alone, the job can run on a pool thread that was sent only the
 * arrays ({@link ShortestPathPool.structure}); the same code on the same inputs gives the same bits
 * on any thread (Louvain is seeded). {@link startStructure} says where it runs.
 */
import { NODE_KINDS, type GraphArrays } from '../../graph/index';
import { brokerage, brokeragePaths, type BrokerageResult } from './brokerage';
import { eigenvector } from './eigenvector';
import { hits } from './hits';
import { kcore } from './kcore';
import { louvain, type LouvainResult } from './louvain';
import { pagerank } from './pagerank';
import type { ShortestPathPool } from './pathPool';
import { structuralHoles } from './structuralHoles';
import { networkSummary, type NetworkSummary } from './summary';

/** The figures of the structure job: per-node typed arrays by position, and the whole graph's. */
export interface StructureFigures {
  pagerank: Float64Array;
  /** NaN where undefined (see eigenvector.ts). */
  eigenvector: Float64Array;
  hubs: Float64Array;
  authorities: Float64Array;
  coreNumber: Float64Array;
  /** NaN for isolated nodes. */
  constraint: Float64Array;
  /** NaN for isolated nodes. */
  effectiveSize: Float64Array;
  communities: LouvainResult;
  summary: NetworkSummary;
  brokerage: BrokerageResult;
  /** Open two-paths business → node → agency through each node. */
  businessToAgencyPaths: Float64Array;
}

/**
 * Computes the structure job on this thread.
 * @example
 * const figures = structureFigures(index); // a GraphIndex is a GraphArrays
 * figures.pagerank[index.position.get('unit:so-khdt')!];
 */
export function structureFigures(graph: GraphArrays): StructureFigures {
  const { hubs, authorities } = hits(graph);
  const holes = structuralHoles(graph, { constraint: true, effectiveSize: true }); // one walk for both
  return {
    pagerank: pagerank(graph),
    eigenvector: eigenvector(graph),
    hubs,
    authorities,
    coreNumber: kcore(graph),
    constraint: holes.constraint!,
    effectiveSize: holes.effectiveSize!,
    communities: louvain(graph),
    summary: networkSummary(graph),
    brokerage: brokerage(graph),
    businessToAgencyPaths: brokeragePaths(graph, NODE_KINDS.indexOf('business'), NODE_KINDS.indexOf('agency')),
  };
}

/**
 * The counts and arrays of `graph` and nothing else: a `GraphIndex` also carries its keys and
 * their Map, which a thread is not to be sent (not needed, and costly to clone). No copy (and
 * none when posted: the index's arrays are on shared memory where the platform has it).
 * @example
 * pool.structure(graphArraysOf(index)); // what startStructure sends
 */
export function graphArraysOf(graph: GraphArrays): GraphArrays {
  const { order, size, undirectedSize, totalWeight, selfLoops, kind, out, in: inn, undirected } = graph;
  return { order, size, undirectedSize, totalWeight, selfLoops, kind, out, in: inn, undirected };
}

/**
 * Graphs with fewer directed edges than this keep the structure job on the calling thread. The
 * job costs ~7 µs of CPU per edge (50 k interactions: 40 k edges, ~0.3 s; 2 M: 1.6 M edges,
 * ~11 s); sending it costs little (the index's arrays are on shared memory; cloned, ~53 bytes per
 * edge) but, on an idle pool, a thread's start (~50 ms). Below this the job is over in a few tens
 * of milliseconds wherever it runs (docs/decisions.md, "Network metrics: threads and sampling").
 */
export const STRUCTURE_MIN_EDGES = 10_000;

/**
 * Starts the structure job on `pool` when it can take it (a pool with `structure`, ≥ 2 threads
 * allowed) and `graph` has {@link STRUCTURE_MIN_EDGES} edges or more; else returns null, and the
 * caller computes {@link structureFigures} itself. Call it before handing the pool its all-pairs
 * run: the thread that takes the job has it first, the others start on the run.
 * @example
 * const remote = startStructure(index, pool, threads);
 * const paths = runPlan(plan, pool, threads);
 * const figures = remote === null ? structureFigures(index) : await remote;
 */
export function startStructure(graph: GraphArrays, pool: ShortestPathPool | undefined, threads: number): Promise<StructureFigures> | null {
  if (pool?.structure === undefined || Math.min(threads, pool.size) < 2 || graph.size < STRUCTURE_MIN_EDGES) return null;
  return pool.structure(graphArraysOf(graph));
}
