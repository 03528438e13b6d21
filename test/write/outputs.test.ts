import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../src/analysis/schema';
import * as write from '../../src/write/index';
import * as report from '../../src/report/index';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);

describe('writeOutputs', () => {
  it('returns analysis.json, the CSV tables with edges.csv, graph.gexf and report.html', async () => {
    const files = await write.writeOutputs(analysis, { graph, lang: 'vi', slaWorkingHours: 8, previous: undefined });
    expect(Object.keys(files).sort()).toEqual([
      'actors.csv', 'analysis.json', 'associations.csv', 'edges.csv', 'graph.gexf', 'petitions.csv', 'report.html', 'topics.csv', 'units.csv', 'weekly.csv',
    ]);
    expect(files['units.csv']).toBe(write.writeCsvTables(analysis)['units.csv']);
    expect(files['edges.csv']).toBe(write.writeCsvTables(analysis, { graph })['edges.csv']);
    expect(files['graph.gexf']).toBe(write.writeGexf(graph, analysis));
    expect(files['report.html']).toBe(await report.renderReport(analysis, { graph }));
    expect(parseGexf(Graph, files['graph.gexf']!).order).toBe(graph.order);
  });

  it('outputFiles gives the same files, contents and order as writeOutputs, one at a time (each writer runs when asked)', async () => {
    const options = { graph, parquet: true, lang: 'en' as const };
    const all = await write.writeOutputs(analysis, options);
    const oneByOne: [string, string | Uint8Array][] = [];
    const files = write.outputFiles(analysis, options);
    const first = await files.next();
    expect(first.value).toEqual(['analysis.json', all['analysis.json']]); // only the first writer has run
    oneByOne.push(first.value as [string, string]);
    for await (const entry of files) oneByOne.push([...entry]);
    expect(oneByOne.map(([name]) => name)).toEqual(Object.keys(all));
    for (const [name, content] of oneByOne) {
      if (name.endsWith('.parquet') || name === 'report.html') continue; // bytes with a write time; a report rendered twice
      expect(content, name).toEqual(all[name as keyof typeof all]);
    }
  });

  it('writes analysis.json with 2 spaces, -0 as 0, a final newline, parsing back to the same analysis', async () => {
    const files = await write.writeOutputs(analysis, { graph });
    const json = files['analysis.json']!;
    expect(json.startsWith('{\n  "schemaVersion": "2.0.0",\n  "period": {\n    "from"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toMatch(/-0(?![.\deE])/);
    const back = AnalysisSchema.parse(JSON.parse(json));
    expect(back).toEqual(JSON.parse(JSON.stringify(analysis)));
    expect(back.units[0]!.betweenness).toBe(0);
  });

  it('with parquet: true adds a .parquet file per table (bytes); with report: false leaves the report out', async () => {
    const files = await write.writeOutputs(analysis, { graph, parquet: true, report: false });
    const parquet = Object.keys(files).filter((name) => name.endsWith('.parquet')).sort();
    expect(parquet).toEqual([...write.PARQUET_FILE_NAMES].sort());
    expect(parquet).toEqual(Object.keys(write.TABLE_COLUMNS).map((t) => `${t}.parquet`).sort());
    for (const name of parquet) expect(files[name as keyof typeof files]).toBeInstanceOf(Uint8Array);
    expect(files['units.parquet']).toEqual((await write.writeParquetTables(analysis, { graph }))['units.parquet']);
    expect(files).not.toHaveProperty('report.html');
    expect(Object.keys(await write.writeOutputs(analysis, { graph, report: false }))).not.toContain('units.parquet');
  });

  it('requires the graph and rejects unknown or ill-typed options', async () => {
    await expect(write.writeOutputs(analysis, {} as never)).rejects.toThrow(/options.interactions \(or options.graph\) is required/);
    const interactions = { nodes: [], edges: [] };
    await expect(write.writeOutputs(analysis, { graph, interactions })).rejects.toThrow(/interactions or options.graph, not both/);
    await expect(write.writeOutputs(analysis, { interactions: graph } as never)).rejects.toThrow(/must be an interaction list/);
    await expect(write.writeOutputs(analysis, { graph, out: 'x' } as never)).rejects.toThrow(/unknown option "out"/);
    await expect(write.writeOutputs(analysis, { graph, parquet: 'yes' } as never)).rejects.toThrow(/parquet must be a boolean/);
    await expect(write.writeOutputs(analysis, { graph, report: 1 } as never)).rejects.toThrow(/report must be a boolean/);
  });

  it('exports the writers and the table helpers; the report and its building blocks are the report entry', () => {
    for (const name of ['writeCsvTables', 'writeParquetTables', 'writeGexf', 'writeAnalysisJson', 'writeOutputs',
      'unitsTable', 'actorsTable', 'associationsTable', 'petitionsTable', 'weeklyTable', 'topicsTable', 'edgesTable',
      'analysisJsonChunks', 'csvTableChunks', 'csvChunks', 'gexfChunks', 'outputFileChunks', 'tableSources', 'edgeCells']) {
      expect(typeof (write as Record<string, unknown>)[name]).toBe('function');
    }
    for (const name of ['renderReport', 'renderReportWithDiagnostics', 'reportCharts', 'layoutNetwork', 'selectNetwork', 'reportView', 'previousView', 'htmlSection', 'renderQualitySection']) {
      expect(typeof (report as Record<string, unknown>)[name]).toBe('function');
      expect(write).not.toHaveProperty(name);
    }
  });
});
