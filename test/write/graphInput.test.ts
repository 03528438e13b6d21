/**
 * The writers read the interaction graph as a list (`run.interactions`, what the CLI gives them) or
 * as a graphology graph (the API they always took). Oracle: the same writer given the graphology
 * graph made of the list (`interactionGraph`: nodes and edges in list order, its edge keys) — the
 * bytes must be the same, on the fixture exports (every file `writeOutputs` writes, Parquet and the
 * report included) and on random lists (fast-check: any keys and labels, hand-made lists without
 * positions, neutral edge keys, self-loops).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { interactionGraph, interactionEdgeKey, type InteractionList } from '../../src/graph/build';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { joinChunks } from '../../src/write/chunks';
import { edgeCells } from '../../src/write/edges';
import { gexfChunks } from '../../src/write/gexf';
import { graphRows, isInteractionList, nodeActors } from '../../src/write/graphInput';
import { writeOutputs } from '../../src/write/index';
import { layoutNetwork, networkData } from '../../src/write/layout';
import { tableSources } from '../../src/write/tables';
import { interactionListArbitrary as listArbitrary } from '../helpers/interactions';
import { makeSampleAnalysis } from './sample';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;

async function runOf(name: string, options: { reveal?: boolean; privacyKey?: string } = {}) {
  const dir = join(fixtures, name);
  return analyzeWithGraph(await loadExport([join(dir, 'export')]), await loadConfig(join(dir, 'config.json')), options);
}

const bytes = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('base64'));

describe('writeOutputs from the interaction list = from the graph made of it', () => {
  it.each([
    ['ddci-page', {}, true],
    ['ddci-page', { reveal: true }, false],
    ['ddci-page', { privacyKey: 'k' }, false],
    ['edge-cases', {}, true],
  ] as const)('%s %o: every file, byte for byte (report: %s)', async (name, options, report) => {
    const run = await runOf(name, options);
    const fromList = await writeOutputs(run.analysis, { interactions: run.interactions, parquet: true, report });
    const fromGraph = await writeOutputs(run.analysis, { graph: run.graph, parquet: true, report });
    expect(Object.keys(fromList)).toEqual(Object.keys(fromGraph));
    expect(Object.keys(fromList)).toContain('edges.parquet');
    for (const file of Object.keys(fromGraph) as (keyof typeof fromGraph)[]) {
      expect(bytes(fromList[file]!), file).toBe(bytes(fromGraph[file]!));
    }
  }, 120_000);
});

describe('every writer, on random lists: the list and the graph made of it give the same output (fast-check)', () => {
  const analysis = makeSampleAnalysis();

  it('graph.gexf, edges.csv cells, every table source and the map\'s network data and layout', () => {
    fc.assert(fc.property(listArbitrary, (list) => {
      const graph = interactionGraph(list);
      expect(joinChunks(gexfChunks(list, analysis, { chunkSize: 64 }))).toBe(joinChunks(gexfChunks(graph, analysis, { chunkSize: 64 })));
      const cells = (input: typeof list | typeof graph) => [...edgeCells(input)].map((row) => [...row]);
      expect(cells(list)).toEqual(cells(graph));
      const tables = (input: typeof list | typeof graph) => tableSources(analysis, input).map((t) => [t.name, [...t.rows()].map((r) => [...r])]);
      expect(tables(list)).toEqual(tables(graph));
      expect(networkData(list)).toEqual(networkData(graph));
      if (list.nodes.length > 0) expect(layoutNetwork(list, analysis, { iterations: 5 })).toEqual(layoutNetwork(graph, analysis, { iterations: 5 }));
    }), { numRuns: 150 });
  });

  it('graphRows reads a list in place (no copy of its nodes or edges) and a graph in its own order', () => {
    fc.assert(fc.property(listArbitrary, (list) => {
      const rows = graphRows(list);
      expect(rows.nodes).toBe(list.nodes);
      expect(rows.edges).toBe(list.edges);
      if (list.positions) expect(rows.source).toBe(list.positions.source);
      const graph = interactionGraph(list);
      const fromGraph = graphRows(graph);
      expect(fromGraph.nodes.map((n) => n.key)).toEqual(graph.nodes());
      expect(list.edges.map((_e, i) => rows.edgeKey(i))).toEqual(graph.edges());
      expect(list.edges.map((_e, i) => fromGraph.edgeKey(i))).toEqual(graph.edges());
      expect([...fromGraph.source]).toEqual([...rows.source]);
      expect([...fromGraph.target]).toEqual([...rows.target]);
    }), { numRuns: 100 });
  });

  it('tells a list from a graph and from network data', () => {
    const list: InteractionList = { nodes: [], edges: [] };
    expect(isInteractionList(list)).toBe(true);
    expect(isInteractionList(interactionGraph(list))).toBe(false);
    expect(isInteractionList(networkData(list))).toBe(false);
    expect(interactionEdgeKey(3)).toBe('e3');
  });
});

describe('nodeActors', () => {
  it('is the look-up of a Map of the actors by id (the last of an id wins), aligned, shuffled, with missing and repeated ids (fast-check)', () => {
    const ids = fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 30 });
    fc.assert(fc.property(ids, fc.array(fc.nat()), fc.integer({ min: 0, max: 3 }), (keys, picks, mode) => {
      const aligned = keys.map((id, n) => ({ id, n }));
      const actors = mode === 0 ? aligned
        : mode === 1 ? [...aligned].reverse()
        : mode === 2 ? aligned.slice(1)
        : [...aligned, ...picks.map((p, n) => ({ id: keys.length === 0 ? 'x' : keys[p % keys.length]!, n: 100 + n }))];
      const byId = new Map(actors.map((a) => [a.id, a]));
      const actorAt = nodeActors(keys.length, (i) => keys[i]!, actors);
      for (let i = 0; i < keys.length; i++) expect(actorAt(i)).toBe(byId.get(keys[i]!));
    }));
  });
});
