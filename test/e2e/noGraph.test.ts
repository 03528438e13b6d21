/**
 * Issue 10, goal 5: the CLI never builds a graphology graph of the interactions — the writers read
 * privacy's interaction list — while the library's `run.graph` is still there, made on first access,
 * once. Guard by operation count (graphology's DirectedGraph wrapped in a counting subclass for this
 * file), not by a clock.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { runCliCaptured, tempDir } from '../helpers/outputs';

const made = vi.hoisted(() => ({ graphs: 0, nodes: 0 }));

vi.mock('graphology', async (importOriginal) => {
  const actual = await importOriginal<typeof import('graphology')>();
  class CountingDirectedGraph extends actual.DirectedGraph {
    constructor(...args: ConstructorParameters<typeof actual.DirectedGraph>) {
      super(...args);
      made.graphs += 1;
    }

    override addNode(...args: Parameters<InstanceType<typeof actual.DirectedGraph>['addNode']>) {
      made.nodes += 1;
      return super.addNode(...args);
    }
  }
  return { ...actual, DirectedGraph: CountingDirectedGraph };
});

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;

describe('no graphology graph in the CLI (issue 10)', () => {
  it('analyze writes every file (Parquet and the report too) without making a DirectedGraph', async () => {
    const out = await tempDir('ddci-nograph-');
    const before = { ...made };
    const run = await runCliCaptured(['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', out, '--parquet', '--quiet'], out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of ['graph.gexf', 'edges.csv', 'edges.parquet', 'report.html']) expect(run.files.has(file)).toBe(true);
    expect(run.files.get('report.html')).toContain('id="network"');
    expect(made).toEqual(before);
  }, 120_000);

  it('analyzeWithGraph makes the graph only when run.graph is read, once (the counter sees it)', async () => {
    const input = await loadExport([join(fixture, 'export')]);
    const config = await loadConfig(join(fixture, 'config.json'));
    const before = made.graphs;
    const run = analyzeWithGraph(input, config);
    expect(made.graphs).toBe(before);
    const graph = run.graph;
    expect(made.graphs).toBe(before + 1);
    expect(graph.order).toBe(run.interactions.nodes.length);
    expect(run.graph).toBe(graph);
    expect(made.graphs).toBe(before + 1);
  }, 60_000);
});
