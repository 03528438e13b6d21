/**
 * Network metrics of the analysis: every metric computed once on the one shared index, then read
 * per node (units' graph fields, actors[]) and summarised (network).
 */
import type { GraphIndex } from '../graph/index';
import {
  brokerage, brokeragePaths, constraint, effectiveSize, eigenvector, hits, kcore, louvain, networkSummary, NODE_KINDS,
  pagerank, shortestPathCentralities,
} from '../metrics/network/index';
import type { AssociationActivity } from '../metrics/associations';
import { parseNodeKey, type ResolvedData } from '../resolve/resolved';
import type { ActorResult, AssociationResult, NetworkResult } from './schema';

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
  /** The association nodes, in index order. */
  associationIds: string[];
  /** Association rows: their share activity joined with their network position. */
  associations(data: ResolvedData, activity: readonly AssociationActivity[]): AssociationResult[];
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** Compute every network metric on the shared index. */
export function computeNetworkMetrics(index: GraphIndex): NetworkMetrics {
  const pr = pagerank(index);
  // Betweenness and harmonic closeness share one breadth-first search per node.
  const { betweenness: bc, harmonic: hc } = shortestPathCentralities(index);
  const ev = eigenvector(index);
  const { hubs, authorities } = hits(index);
  const core = kcore(index);
  const cs = constraint(index);
  const es = effectiveSize(index);
  const communities = louvain(index);
  const summary = networkSummary(index);
  const roles = brokerage(index);
  const kindCode = (kind: (typeof NODE_KINDS)[number]) => NODE_KINDS.indexOf(kind);
  const bridges = brokeragePaths(index, kindCode('business'), kindCode('agency'));
  const associationIds = index.keys.filter((_, i) => index.kind[i] === kindCode('association'));

  return {
    summary: {
      ...summary,
      communities: communities.count,
      modularity: index.size === 0 ? null : communities.modularity,
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
    associationIds,
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
