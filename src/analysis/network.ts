/**
 * Network metrics of the analysis: every metric computed once on the one shared index, then read
 * per node (units' graph fields, actors[]) and summarised (network).
 *
 * Two jobs may run on other threads: the all-pairs metrics (betweenness, harmonic; the one step
 * that may be sampled), whose tasks {@link planShortestPathStep} lists, and the structure job
 * (every other metric; metrics/network/structure.ts). The caller runs both (here or on a pool)
 * and hands their figures to {@link networkMetrics}, which joins them with the nodes' keys.
 */
import type { GraphIndex } from '../graph/index';
import { harmonicOf, NODE_KINDS, planShortestPaths, SAMPLING_DEFAULTS } from '../metrics/network/index';
import { isBoolean, isNumberIn, resolveOptions } from '../metrics/network/options';
import type { PathPlan } from '../metrics/network/pathPool';
import { isSampling, SAMPLING_CHECKS, type SamplingOptions } from '../metrics/network/sampling';
import { structureFigures, type StructureFigures } from '../metrics/network/structure';
import type { AssociationActivity } from '../metrics/associations';
import { parseNodeKey, type ResolvedData } from '../resolve/resolved';
import type { ActorResult, AssociationResult, NetworkResult, NetworkSampling } from './schema';

export interface NodeFigures {
  inWeight: number;
  outWeight: number;
  pagerank: number | null;
  betweenness: number | null;
  community: number | null;
}

export interface NetworkMetrics {
  summary: Omit<NetworkResult, 'unroutedPetitions' | 'unavailable'>;
  /** The figures of one node; nulls when the node is not in the graph. */
  node(key: string): NodeFigures;
  /** One row per node of the graph, in index order (sorted keys). */
  actors(data: ResolvedData): ActorResult[];
  /** Association rows: their share activity joined with their network position. */
  associations(data: ResolvedData, activity: readonly AssociationActivity[]): AssociationResult[];
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** When and how closely the analysis samples betweenness and harmonic centrality. */
export interface NetworkSamplingOptions extends SamplingOptions {
  /** Sample from this many nodes up (unless `exact`); below it every figure is exact. */
  minNodes?: number;
}

export const NETWORK_SAMPLING_DEFAULTS: Readonly<Required<NetworkSamplingOptions>> = Object.freeze({
  ...SAMPLING_DEFAULTS,
  minNodes: 50_000,
});

/** Node kinds whose harmonic centrality stays exact when the rest is sampled (the rows people rank). */
export const EXACT_HARMONIC_KINDS = Object.freeze(['agency', 'page', 'association'] as const);

/** Betweenness and harmonic of every node, and how they were obtained. */
export interface ShortestPathFigures {
  betweenness: Float64Array;
  harmonic: Float64Array;
  sampling: NetworkSampling | null;
}

/**
 * The all-pairs step of an analysis: exact below `sampling.minNodes` nodes or when `exact`, else
 * sampled within the bounds of `sampling` (recorded in `network.sampling`). When sampled, the
 * harmonic centrality of units, the page and associations is then made exact (one search each).
 */
export function planShortestPathStep(
  index: GraphIndex,
  options: ShortestPathStepOptions = {},
): ShortestPathStep {
  const { exact, sampling } = resolveOptions('analyze', STEP_DEFAULTS, STEP_CHECKS, options);
  const { minNodes, ...bounds } = resolveOptions('sampling', NETWORK_SAMPLING_DEFAULTS, NETWORK_SAMPLING_CHECKS, sampling ?? undefined);
  const sampled = !exact && index.order >= minNodes;
  const plan = planShortestPaths(index, { sampling: sampled ? bounds : null });
  return {
    ...plan,
    sampled,
    accept: (i, result) => plan.accept(i, result),
    finish(): ShortestPathFigures {
      const { betweenness, harmonic, sampling: record } = plan.finish();
      if (record === null) return { betweenness: betweenness!, harmonic: harmonic!, sampling: null };
      const ranked = EXACT_HARMONIC_KINDS.map((k) => NODE_KINDS.indexOf(k));
      const nodes: number[] = [];
      for (let i = 0; i < index.order; i++) if (ranked.includes(index.kind[i])) nodes.push(i);
      harmonicOf(index, nodes).forEach((h, j) => {
        harmonic![nodes[j]] = h;
      });
      return {
        betweenness: betweenness!,
        harmonic: harmonic!,
        sampling: {
          ...record,
          betweenness: record.betweenness!,
          harmonic: { ...record.harmonic!, exactKinds: [...EXACT_HARMONIC_KINDS] },
        },
      };
    },
  };
}

/** The plan of the all-pairs step, and whether it samples. */
export interface ShortestPathStep extends PathPlan<ShortestPathFigures> {
  /** Sampled: the step's cost is then bounded by its sample sizes, not Θ(n·m) as when exact. */
  readonly sampled: boolean;
}

/** The options of the all-pairs step (analyze's `exact` and `sampling`). */
export interface ShortestPathStepOptions {
  /** Exact at any size (default false: sampled from `sampling.minNodes` nodes up). */
  exact?: boolean;
  sampling?: NetworkSamplingOptions;
}

const STEP_DEFAULTS: Readonly<ShortestPathStepOptions> = Object.freeze({ exact: false, sampling: undefined });
const STEP_CHECKS = { exact: isBoolean, sampling: isSampling };
const NETWORK_SAMPLING_CHECKS = {
  ...SAMPLING_CHECKS,
  minNodes: isNumberIn(0, Number.MAX_SAFE_INTEGER, { integer: true }),
};

/** Compute every network metric on the shared index, given its all-pairs figures. */
export function computeNetworkMetrics(index: GraphIndex, paths: ShortestPathFigures): NetworkMetrics {
  return networkMetrics(index, structureFigures(index), paths);
}

/** The association nodes, in index order (known from the index alone, before any metric). */
export function associationIdsOf(index: GraphIndex): string[] {
  const association = NODE_KINDS.indexOf('association');
  return index.keys.filter((_, i) => index.kind[i] === association);
}

/**
 * Every network metric of the analysis, read per node: the structure job's figures (computed on
 * this thread or a pool's: metrics/network/structure.ts) and the all-pairs figures, joined with
 * the index's keys. `networkMetrics(index, structureFigures(index), paths)` is
 * {@link computeNetworkMetrics}`(index, paths)`.
 * @example
 * const remote = startStructure(index, pool, threads);   // while the pool computes `paths`
 * const network = networkMetrics(index, remote === null ? structureFigures(index) : await remote, await paths);
 */
export function networkMetrics(index: GraphIndex, structure: StructureFigures, paths: ShortestPathFigures): NetworkMetrics {
  const {
    pagerank: pr, eigenvector: ev, hubs, authorities, coreNumber: core, constraint: cs, effectiveSize: es,
    communities, summary, brokerage: roles, businessToAgencyPaths: bridges,
  } = structure;
  const { betweenness: bc, harmonic: hc } = paths;
  return {
    summary: {
      ...summary,
      communities: communities.count,
      modularity: index.size === 0 ? null : communities.modularity,
      sampling: paths.sampling,
    },
    node(key) {
      const i = index.position.get(key);
      if (i === undefined) return { inWeight: 0, outWeight: 0, pagerank: null, betweenness: null, community: null };
      return {
        inWeight: index.in.strength[i],
        outWeight: index.out.strength[i],
        pagerank: pr[i],
        betweenness: bc[i],
        community: communities.community[i],
      };
    },
    actors(data) {
      return index.keys.map((key, i): ActorResult => {
        const ref = parseNodeKey(key);
        const unitId = ref.type === 'unit' ? ref.unitId : null;
        const unit = unitId === null ? undefined : data.config.units.find((u) => u.id === unitId);
        const actor = data.actorOfNode(key);
        return {
          id: key,
          name: unit ? unit.name : actor?.name ?? null,
          kind: unit ? 'agency' : actor?.kind ?? 'individual',
          unitId: unitId ?? actor?.unitId ?? null,
          inWeight: index.in.strength[i],
          outWeight: index.out.strength[i],
          pagerank: pr[i],
          betweenness: bc[i],
          community: communities.community[i],
          harmonic: hc[i],
          eigenvector: orNull(ev[i]),
          hub: hubs[i],
          authority: authorities[i],
          coreNumber: core[i],
          constraint: orNull(cs[i]),
          effectiveSize: orNull(es[i]),
        };
      });
    },
    associations(data, activity) {
      return activity.map((a): AssociationResult => {
        const i = index.position.get(a.id)!;
        return {
          ...a,
          name: data.actorOfNode(a.id)?.name ?? null,
          betweenness: bc[i],
          constraint: orNull(cs[i]),
          brokerage: {
            coordinator: roles.coordinator[i], gatekeeper: roles.gatekeeper[i], representative: roles.representative[i],
            itinerant: roles.itinerant[i], liaison: roles.liaison[i],
          },
          businessToAgencyPaths: bridges[i],
        };
      });
    },
  };
}
