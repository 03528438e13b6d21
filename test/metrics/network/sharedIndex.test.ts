/**
 * Operation counts that matter, asserted instead of wall time (so the guard cannot flake): one
 * analysis builds the graph index once and every network metric reads that one index; the graph
 * object the writers get is the only one made of the interactions (each edge inserted once); the
 * all-pairs step searches from each node once for betweenness and harmonic together.
 */
import { DirectedGraph } from 'graphology';
import { describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/graph/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/graph/index')>();
  return {
    ...original,
    buildGraphIndex: (...args: Parameters<typeof original.buildGraphIndex>) => {
      built.count++;
      return original.buildGraphIndex(...args);
    },
    indexInteractions: (...args: Parameters<typeof original.indexInteractions>) => {
      built.count++;
      return original.indexInteractions(...args);
    },
  };
});

const { analyze, analyzeWithGraph } = await import('../../../src/analysis/analyze');
const { planShortestPathStep } = await import('../../../src/analysis/network');
const { runPlanSync } = await import('../../../src/metrics/network/pathPool');
const { fixtureInput, indexOf } = await import('./fixtureGraphs');

describe('one index per analysis, one search per node', () => {
  it('analyze() builds the graph index exactly once', async () => {
    const { input, config } = await fixtureInput('ddci-page');
    built.count = 0;
    analyze(input, config);
    expect(built.count).toBe(1);
    analyze(input, config, { sampling: { minNodes: 0 } });
    expect(built.count).toBe(2);
  });

  it('analyze() inserts each edge of the interaction graph into a graph object once (no copy to pseudonymise)', async () => {
    const { input, config } = await fixtureInput('ddci-page');
    // On the base class: graphology's copies (nullCopy, copy) are made of it, not of DirectedGraph.
    const graphPrototype = Object.getPrototypeOf(DirectedGraph.prototype) as typeof DirectedGraph.prototype;
    const inserted = vi.spyOn(graphPrototype, 'addDirectedEdgeWithKey');
    try {
      for (const reveal of [false, true]) {
        inserted.mockClear();
        const run = analyzeWithGraph(input, config, { reveal });
        expect(run.graph.size).toBeGreaterThan(100);
        expect(run.graph.size).toBe(run.analysis.network.edges);
        expect(inserted).toHaveBeenCalledTimes(run.graph.size);
      }
    } finally {
      inserted.mockRestore();
    }
  });

  it('the exact all-pairs step of an analysis runs n searches (betweenness and harmonic share them)', async () => {
    const index = indexOf(await fixtureInput('ddci-page'));
    const plan = planShortestPathStep(index);
    const searches = plan.tasks.reduce((s, t) => s + (t.kind === 'sources' ? t.sources.length : t.kind === 'targets' ? t.targets.length : t.count), 0);
    expect(searches).toBe(index.order);
    expect(runPlanSync(plan).sampling).toBeNull();
  });
});
