/**
 * Network metrics: pure functions over the shared GraphIndex (src/graph), one per module.
 * Per-node results are Float64Arrays by node position; `toNodeRecord` turns one into a record.
 */
export {
  buildGraphIndex,
  indexInteractions,
  toNodeRecord,
  GraphIndexError,
  NODE_KINDS,
  UNKNOWN_KIND,
  GRAPH_INDEX_DEFAULTS,
} from '../../graph/index';
export type {
  GraphIndex,
  GraphArrays,
  GraphIndexOptions,
  GraphIndexErrorCode,
  Csr,
  NodeKind,
} from '../../graph/index';

export { NetworkMetricError } from './options';
export type { NetworkMetricErrorCode } from './options';
export type { IterationOptions, NodeValues } from './types';

export { pagerank, PAGERANK_DEFAULTS } from './pagerank';
export type { PagerankOptions } from './pagerank';
export { betweenness, BETWEENNESS_DEFAULTS } from './betweenness';
export type { BetweennessOptions } from './betweenness';
export { closeness, CLOSENESS_DEFAULTS } from './closeness';
export type { ClosenessOptions } from './closeness';
export { harmonic, harmonicOf, HARMONIC_DEFAULTS } from './harmonic';
export {
  shortestPathCentralities, shortestPathCentralitiesAsync, planShortestPaths, resolveThreads, SHORTEST_PATH_DEFAULTS,
} from './shortestPaths';
export type { ShortestPathOptions, ParallelOptions, ShortestPathResult } from './shortestPaths';
export {
  SAMPLING_DEFAULTS, pairSampleSize, sourceSampleSize, vertexDiameterBound, sampleSources, resolveSamplingOptions,
} from './sampling';
export type { SamplingOptions, SamplingRecord } from './sampling';
export { runPathTask, createPathWorkspace } from './pathKernel';
export type { PathGraph, PathTask, PathTaskResult, SourcesTask, PairsTask, PathWorkspace } from './pathKernel';
export { pathGraphOf, runPlan, runPlanSync, PARALLEL_MIN_WORK } from './pathPool';
export type { ShortestPathPool, PathPlan } from './pathPool';
export { structureFigures, startStructure, graphArraysOf, STRUCTURE_MIN_EDGES } from './structure';
export type { StructureFigures } from './structure';
export type { HarmonicOptions } from './harmonic';
export { eigenvector, EIGENVECTOR_DEFAULTS } from './eigenvector';
export type { EigenvectorOptions } from './eigenvector';
export { hits, HITS_DEFAULTS } from './hits';
export type { HitsOptions, HitsResult } from './hits';
export { kcore, KCORE_DEFAULTS } from './kcore';
export type { KcoreOptions } from './kcore';
export { constraint, CONSTRAINT_DEFAULTS } from './constraint';
export type { ConstraintOptions } from './constraint';
export { effectiveSize, EFFECTIVE_SIZE_DEFAULTS } from './effectiveSize';
export { structuralHoles, type StructuralHoles } from './structuralHoles';
export type { EffectiveSizeOptions } from './effectiveSize';
export { louvain, LOUVAIN_DEFAULTS } from './louvain';
export type { LouvainOptions, LouvainResult } from './louvain';
export { modularity, MODULARITY_DEFAULTS } from './modularity';
export type { ModularityOptions } from './modularity';
export { networkSummary, NETWORK_SUMMARY_DEFAULTS } from './summary';
export type { NetworkSummary, NetworkSummaryOptions } from './summary';
export { brokerage, brokeragePaths, BROKERAGE_DEFAULTS, BROKERAGE_ROLES } from './brokerage';
export type { BrokerageOptions, BrokerageResult, BrokerageRole } from './brokerage';
