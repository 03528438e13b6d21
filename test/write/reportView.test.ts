/**
 * The report's view of an analysis (src/write/reportView.ts) and the map's selection of the graph
 * (`selectNetwork`): what the CLI copies to its report thread. The oracle is `renderReport` given
 * the whole analysis and the whole graph: the same bytes, on the sample analysis (with an earlier
 * one to compare) and on the fixture analysed with names revealed and hidden. The guard that the
 * copy stays bounded: actors the report cannot print never enter the view, however many.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/schema';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { selectNetwork } from '../../src/write/layout';
import { renderReport } from '../../src/write/report';
import { previousView, reportView } from '../../src/write/reportView';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const repo = new URL('../../', import.meta.url).pathname;

/** Actors the report may print by name: named, and a petition's author or a unit's amplifier. */
function printable(analysis: Analysis): Set<string> {
  const ids = new Set<string>();
  for (const p of analysis.petitions) if (p.authorId !== null) ids.add(p.authorId);
  for (const u of analysis.units) for (const id of u.amplifiers ?? []) ids.add(id);
  return new Set(analysis.actors.filter((a) => a.name !== null && ids.has(a.id)).map((a) => a.id));
}

describe('reportView, previousView and selectNetwork: the report of the whole analysis, from a bounded part of it', () => {
  it('on the sample analysis, vi and en, with an earlier analysis: the same bytes', async () => {
    const analysis = makeSampleAnalysis();
    const previous = makeSampleAnalysis(1);
    const graph = makeSampleGraph(analysis);
    for (const lang of ['vi', 'en'] as const) {
      const whole = await renderReport(analysis, { graph, previous, lang });
      const viewed = await renderReport(reportView(analysis), { graph: structuredClone(selectNetwork(graph, analysis)), previous: previousView(previous), lang });
      expect(viewed).toBe(whole);
    }
  }, 60_000);

  it.each([false, true])('on the ddci-page fixture (reveal: %s): the same bytes, and only printable actors in the view', async (reveal) => {
    const fixture = join(repo, 'fixtures', 'ddci-page');
    const input = await loadExport([join(fixture, 'export')], { asOf: Date.parse('2030-01-01T00:00:00Z') });
    const { analysis, interactions } = analyzeWithGraph(input, await loadConfig(join(fixture, 'config.json')), { reveal });
    const view = reportView(analysis);
    expect(new Set(view.actors.map((a) => a.id))).toEqual(printable(analysis));
    expect(view.actors.length).toBeLessThan(analysis.actors.length);
    const whole = await renderReport(analysis, { interactions });
    expect(await renderReport(structuredClone(view), { graph: structuredClone(selectNetwork(interactions, analysis)) })).toBe(whole);
  }, 60_000);

  it('does not grow with actors the report cannot print (unnamed, or neither author nor amplifier)', () => {
    const analysis = makeSampleAnalysis();
    const base = reportView(analysis).actors.length;
    const template = analysis.actors[0]!;
    const crowd: Analysis['actors'] = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: `extra:${i}`, name: i % 2 === 0 ? null : `Business ${i}` }));
    expect(reportView({ ...analysis, actors: [...analysis.actors, ...crowd] }).actors.length).toBe(base);
    // Every other row is the analysis's own.
    const view = reportView(analysis);
    for (const key of Object.keys(analysis) as (keyof Analysis)[]) if (key !== 'actors') expect(view[key]).toBe(analysis[key]);
    const earlier = previousView(analysis);
    expect([earlier.actors, earlier.petitions, earlier.weekly, earlier.topics, earlier.associations]).toEqual([[], [], [], [], []]);
    expect(earlier.units).toBe(analysis.units);
    expect(earlier.period).toBe(analysis.period);
  });
});
