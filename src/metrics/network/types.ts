/** Option fragments and result shapes shared by the network metrics. */

/**
 * Power-iteration controls. Iteration stops when the L1 change between two successive vectors is
 * below `order × tolerance` (networkx's rule); past `maxIterations` the metric returns its
 * documented non-convergence result instead of throwing.
 */
export interface IterationOptions {
  maxIterations?: number;
  tolerance?: number;
}

/**
 * Per-node values are `Float64Array`s indexed by node position in the GraphIndex
 * (`index.keys[i]`); turn one into a `{ key: value }` record with `toNodeRecord`.
 */
export type NodeValues = Float64Array;
