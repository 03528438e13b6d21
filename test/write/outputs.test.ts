import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/analysis/schema';
import * as write from '../../src/write/index';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);

describe('writeOutputs', () => {
  it('returns analysis.json, the five CSVs, graph.gexf and report.html', async () => {
    const files = await write.writeOutputs(analysis, { graph, lang: 'vi', slaWorkingHours: 8, previous: undefined });
    expect(Object.keys(files).sort()).toEqual([
      'actors.csv', 'analysis.json', 'associations.csv', 'graph.gexf', 'petitions.csv', 'report.html', 'units.csv', 'weekly.csv',
    ]);
    expect(files['units.csv']).toBe(write.writeCsvTables(analysis)['units.csv']);
    expect(files['graph.gexf']).toBe(write.writeGexf(graph, analysis));
    expect(files['report.html']).toBe(await write.renderReport(analysis, { graph }));
    expect(parseGexf(Graph, files['graph.gexf']!).order).toBe(graph.order);
  });

  it('writes analysis.json with 2 spaces, -0 as 0, a final newline, parsing back to the same analysis', async () => {
    const files = await write.writeOutputs(analysis, { graph });
    const json = files['analysis.json']!;
    expect(json.startsWith('{\n  "schemaVersion": "1.0.0",\n  "period": {\n    "from"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toMatch(/-0(?![.\deE])/);
    const back = AnalysisSchema.parse(JSON.parse(json));
    expect(back).toEqual(JSON.parse(JSON.stringify(analysis)));
    expect(back.units[0]!.betweenness).toBe(0);
  });

  it('requires the graph and rejects unknown options', async () => {
    await expect(write.writeOutputs(analysis, {} as never)).rejects.toThrow(/graph is required/);
    await expect(write.writeOutputs(analysis, { graph, out: 'x' } as never)).rejects.toThrow(/unknown option "out"/);
  });

  it('exports the writers, the table helpers and the report from one module', () => {
    for (const name of ['renderReport', 'writeCsvTables', 'writeGexf', 'writeAnalysisJson', 'writeOutputs',
      'unitsTable', 'actorsTable', 'petitionsTable', 'weeklyTable', 'layoutNetwork']) {
      expect(typeof (write as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
