/**
 * edges.csv (issue 10, issue 11 item 8): the interaction graph's edge list, as the privacy-applied
 * graph carries it. Oracles: the Python reference's figures for the fixture export
 * (`fixtures/ddci-page/expected.json`, written from the SPEC with networkx: the number of edges and
 * each unit's in- and out-weight), graphology's own edge attributes, and hand-made graphs.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeWithGraph, type AnalysisRun } from '../../src/analysis/analyze';
import { INTERACTION_TYPES } from '../../src/graph/build';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { csvChunks, csvTableChunks, writeCsvTables } from '../../src/write/csv';
import { EDGE_COLUMNS, edgeCells, edgesTable } from '../../src/write/edges';
import { makeSampleAnalysis } from './sample';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
  network: { edges: number };
  units: { unitId: string; inWeight: number; outWeight: number }[];
};

let run: AnalysisRun;
let rows: Record<string, string>[];

beforeAll(async () => {
  run = analyzeWithGraph(await loadExport([join(fixture, 'export')]), await loadConfig(join(fixture, 'config.json')));
  const csv = writeCsvTables(run.analysis, { graph: run.graph, raw: true })['edges.csv']!;
  rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
});

const sumBy = (key: 'source' | 'target') => {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row[key]!, (sums.get(row[key]!) ?? 0) + Number(row.weight));
  return sums;
};

describe('edges.csv on the fixture export', () => {
  it('has one row per edge of the reference graph (networkx: expected.json network.edges)', () => {
    expect(rows).toHaveLength(expected.network.edges);
    expect(rows).toHaveLength(run.graph.size);
    expect(Object.keys(rows[0]!)).toEqual(EDGE_COLUMNS.map((c) => c.name));
  });

  it('sums, per unit, to the reference in- and out-weights (expected.json units[])', () => {
    const out = sumBy('source');
    const into = sumBy('target');
    for (const unit of expected.units) {
      expect(out.get(`unit:${unit.unitId}`) ?? 0, `${unit.unitId} out`).toBe(unit.outWeight);
      expect(into.get(`unit:${unit.unitId}`) ?? 0, `${unit.unitId} in`).toBe(unit.inWeight);
    }
  });

  it('sums to the graph\'s weights: in total, per type, per node (analysis.actors in/out weight)', () => {
    let total = 0;
    const perType = Object.fromEntries(INTERACTION_TYPES.map((t) => [t, 0]));
    run.graph.forEachEdge((_e, attributes) => {
      total += attributes.weight;
      for (const t of INTERACTION_TYPES) perType[t] += attributes[t];
    });
    expect(rows.reduce((s, r) => s + Number(r.weight), 0)).toBe(total);
    for (const t of INTERACTION_TYPES) expect(rows.reduce((s, r) => s + Number(r[t]), 0), t).toBe(perType[t]);
    const out = sumBy('source');
    const into = sumBy('target');
    for (const actor of run.analysis.actors) {
      expect(out.get(actor.id) ?? 0, `${actor.id} out`).toBe(actor.outWeight);
      expect(into.get(actor.id) ?? 0, `${actor.id} in`).toBe(actor.inWeight);
    }
    for (const row of rows) {
      expect(INTERACTION_TYPES.reduce((s, t) => s + Number(row[t]), 0)).toBe(Number(row.weight));
      expect(run.graph.getEdgeAttribute(run.graph.edge(row.source, row.target), 'weight')).toBe(Number(row.weight));
    }
  });

  it('names nodes as the privacy-applied graph does: ids of actors.csv, units\' names, no label for a pseudonymised individual', () => {
    const actors = new Map(run.analysis.actors.map((a) => [a.id, a]));
    expect(run.analysis.privacy.pseudonymized).toBe(true);
    for (const row of rows) {
      for (const end of ['source', 'target'] as const) {
        const actor = actors.get(row[end]!);
        expect(actor, row[end]).toBeDefined();
        expect(row[`${end}Kind`]).toBe(actor!.kind);
        if (actor!.kind === 'individual') {
          expect(row[end]).toMatch(/^anon:\d+$/);
          expect(row[`${end}Label`]).toBe('');
        }
        if (actor!.kind === 'agency') expect(row[`${end}Label`]).toBe(run.analysis.units.find((u) => `unit:${u.unitId}` === row[end])!.name);
      }
    }
    expect(rows.some((r) => r.sourceKind === 'individual')).toBe(true);
  });
});

describe('edgesTable', () => {
  it('reads any directed graph: a missing weight counts 1, a missing per-type count is null, -0 is 0', () => {
    const graph = new DirectedGraph();
    graph.addNode('a', { label: 'Công ty A', kind: 'business' });
    graph.addNode('b');
    graph.addEdge('a', 'b', { comment: 2, reaction: -0 });
    graph.addEdge('b', 'a', { weight: 3, share: 3 });
    expect(edgesTable(graph)).toEqual([
      { source: 'a', sourceLabel: 'Công ty A', sourceKind: 'business', target: 'b', targetLabel: null, targetKind: null, weight: 1, comment: 2, reply: null, reaction: 0, share: null, mention: null },
      { source: 'b', sourceLabel: null, sourceKind: null, target: 'a', targetLabel: 'Công ty A', targetKind: 'business', weight: 3, comment: null, reply: null, reaction: null, share: 3, mention: null },
    ]);
  });
});

describe('edges.csv as written (each node\'s cells formatted once)', () => {
  const analysis = makeSampleAnalysis();
  const edgesCsv = (graph: DirectedGraph | MultiDirectedGraph, raw: boolean, chunkSize?: number) =>
    [...csvTableChunks(analysis, { graph, raw, ...(chunkSize === undefined ? {} : { chunkSize }) }).find(([name]) => name === 'edges.csv')![1]].join('');

  it('is the generic CSV writer over edgeCells, byte for byte: any labels, kinds, keys and counts, raw or not (fast-check)', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('=1+1', ' x', 'a,"b"', 'l\r\nm', '@SUM(A1)', 'Hạ Long 😀', ''));
    const value = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer());
    const count = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.constant(-0), fc.double(), fc.constant(undefined), fc.constant('7'));
    const graphs = fc.record({
      nodes: fc.uniqueArray(fc.tuple(text, value, value), { minLength: 1, maxLength: 12, selector: ([key]) => key }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(count, { minLength: 6, maxLength: 6 })), { maxLength: 40 }),
    });
    fc.assert(fc.property(graphs, fc.boolean(), fc.integer({ min: 16, max: 300 }), ({ nodes, edges }, raw, chunkSize) => {
      const graph = new MultiDirectedGraph();
      for (const [key, label, kind] of nodes) graph.addNode(key, { label, kind });
      for (const [s, t, [weight, ...counts]] of edges) {
        const attributes: Record<string, unknown> = { weight };
        INTERACTION_TYPES.forEach((type, i) => { attributes[type] = counts[i]; });
        graph.addEdge(nodes[s % nodes.length]![0], nodes[t % nodes.length]![0], attributes);
      }
      const oracle = [...csvChunks(edgeCells(graph), EDGE_COLUMNS.map((c) => c.name), { raw })].join('');
      expect(edgesCsv(graph, raw, chunkSize)).toBe(oracle);
    }));
  });

  it('reads each node\'s label and kind once, whatever the number of its edges (an operation count)', () => {
    let reads = 0;
    const graph = new MultiDirectedGraph();
    const counted = (label: string) => ({
      get label() { reads += 1; return label; },
      get kind() { reads += 1; return 'business'; },
    });
    for (let i = 0; i < 10; i++) graph.addNode(`n${i}`, counted(`Công ty ${i}`));
    for (let e = 0; e < 1000; e++) graph.addEdge(`n${e % 10}`, `n${(e * 7 + 1) % 10}`, { weight: 1, comment: 1 });
    reads = 0;
    edgesCsv(graph, false);
    // graphology keeps the attributes object given: two reads (label, kind) per node, none per edge.
    expect(reads).toBe(2 * 10);
  });
});
