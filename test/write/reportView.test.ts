/**
 * The report's view of an analysis (src/write/reportView.ts) and the map's selection of the graph
 * (`selectNetwork`): what the CLI copies to its report thread. The oracle is `renderReport` given
 * the whole analysis and the whole graph: the same bytes, on the sample analysis (with an earlier
 * one to compare), on the sample crowded with petitions past every list's limit (ties, times that
 * do not parse, repeated comment ids, disappeared ids not found) and on the fixture analysed with
 * names revealed and hidden. The guards that the copy stays bounded: actors the report cannot
 * print never enter the view, however many; petitions enter it only as the rows listed, however
 * many (the copy's size, `v8.serialize`, does not grow with them).
 */
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import type { Analysis, PetitionRow } from '../../src/analysis/schema';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { selectNetwork } from '../../src/write/layout';
import { renderReport } from '../../src/write/report';
import { previousView, reportView } from '../../src/write/reportView';
import { REPORT_THRESHOLDS } from '../../src/write/sections/context';
import { listedPetitions } from '../../src/write/sections/petitions';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const repo = new URL('../../', import.meta.url).pathname;

/** Actors the report may print by name: named, and the author of a petition it lists or a unit's amplifier. */
function printable(analysis: Analysis, listed: readonly PetitionRow[]): Set<string> {
  const ids = new Set<string>();
  for (const p of listed) if (p.authorId !== null) ids.add(p.authorId);
  for (const u of analysis.units) for (const id of u.amplifiers ?? []) ids.add(id);
  return new Set(analysis.actors.filter((a) => a.name !== null && ids.has(a.id)).map((a) => a.id));
}

/**
 * The sample with `extra` more petitions of its first unit (unanswered, a third at the same time,
 * one time that does not parse), as many unrouted ones, and the first unit's disappeared list
 * pointing at `disappeared` of them, at an id no petition has, and at an id two petitions share.
 */
function crowded(extra: number, disappeared = extra): Analysis {
  const analysis = makeSampleAnalysis();
  const template = analysis.petitions.find((p) => p.unitId !== null && p.responseCommentId === null)!;
  const unit = analysis.units.find((u) => u.unitId === template.unitId)!;
  const added: PetitionRow[] = [];
  for (let i = 0; i < extra; i++) {
    const createdTime = i === 7 ? 'not a time' : new Date(Date.parse('2025-01-06T01:00:00Z') + (i % 3 === 0 ? 0 : i) * 3_600_000).toISOString();
    added.push({ ...template, commentId: `extra_${i}`, createdTime, message: `extra ${i}`, authorId: i % 2 === 0 ? '300001' : template.authorId, waitingWorkingHours: i });
    added.push({ ...template, commentId: `unrouted_${i}`, unitId: null, createdTime, message: `unrouted ${i}`, waitingWorkingHours: null });
  }
  added.push({ ...template, commentId: 'extra_3', message: 'the last petition with this id' });
  const gone = ['missing', ...added.filter((p) => p.unitId !== null).slice(0, disappeared).map((p) => p.commentId)];
  return {
    ...analysis,
    petitions: [...analysis.petitions, ...added],
    units: analysis.units.map((u) => (u === unit ? { ...u, disappearedPetitions: gone, petitionsDisappeared: gone.length } : u)),
  };
}

describe('reportView, previousView and selectNetwork: the report of the whole analysis, from a bounded part of it', () => {
  it('on the sample analysis, vi and en, with an earlier analysis: the same bytes', async () => {
    const analysis = makeSampleAnalysis();
    const previous = makeSampleAnalysis(1);
    const graph = makeSampleGraph(analysis);
    for (const lang of ['vi', 'en'] as const) {
      const whole = await renderReport(analysis, { graph, previous, lang });
      const view = structuredClone(reportView(analysis, 8));
      const viewed = await renderReport(view.analysis, { petitions: view.petitions, graph: structuredClone(selectNetwork(graph, analysis)), previous: previousView(previous), lang });
      expect(viewed).toBe(whole);
    }
  }, 60_000);

  it('on the sample crowded with petitions past every list, SLA 6: the same bytes, and only the rows listed in the view', async () => {
    const analysis = crowded(40);
    const graph = makeSampleGraph(analysis);
    const whole = await renderReport(analysis, { graph, slaWorkingHours: 6, lang: 'en' });
    const view = reportView(analysis, 6);
    const viewed = await renderReport(structuredClone(view.analysis), { petitions: structuredClone(view.petitions), graph: selectNetwork(graph, analysis), slaWorkingHours: 6, lang: 'en' });
    expect(viewed).toBe(whole);
    expect(whole).toContain('the last petition with this id');
    expect(view.analysis.petitions).toEqual([]);
    const listed = listedPetitions(view.petitions);
    const { listedPerUnit, listedUnrouted } = REPORT_THRESHOLDS;
    expect(listed.length).toBeLessThanOrEqual(2 * listedPerUnit * analysis.units.length + listedUnrouted);
    expect(new Set(view.analysis.actors.map((a) => a.id))).toEqual(printable(analysis, listed));
  }, 60_000);

  it('a digest made with another SLA is refused', async () => {
    const analysis = makeSampleAnalysis();
    const view = reportView(analysis, 8);
    await expect(renderReport(view.analysis, { petitions: view.petitions, slaWorkingHours: 6 })).rejects.toThrow(/SLA of 8 working hours, the report's is 6/);
  });

  it('does not grow with petitions: the copy sent to the thread is the same size with 100 or 10,000 more', () => {
    // (The units' own lists of disappeared ids are the analysis's: the same 40 in both.)
    const size = (extra: number) => serialize(reportView(crowded(extra, 40), 8)).length;
    // The listed rows are at most the limits whatever the count; only the counts may differ.
    expect(Math.abs(size(10_000) - size(100))).toBeLessThan(1024); // 9,900 petitions more would be megabytes
  });

  it.each([false, true])('on the ddci-page fixture (reveal: %s): the same bytes, and only printable actors in the view', async (reveal) => {
    const fixture = join(repo, 'fixtures', 'ddci-page');
    const input = await loadExport([join(fixture, 'export')], { asOf: Date.parse('2030-01-01T00:00:00Z') });
    const { analysis, interactions } = analyzeWithGraph(input, await loadConfig(join(fixture, 'config.json')), { reveal });
    const view = reportView(analysis, 8);
    expect(new Set(view.analysis.actors.map((a) => a.id))).toEqual(printable(analysis, listedPetitions(view.petitions)));
    expect(view.analysis.actors.length).toBeLessThan(analysis.actors.length);
    const whole = await renderReport(analysis, { interactions });
    const { analysis: viewed, petitions } = structuredClone(view);
    expect(await renderReport(viewed, { petitions, graph: structuredClone(selectNetwork(interactions, analysis)) })).toBe(whole);
  }, 60_000);

  it('does not grow with actors the report cannot print (unnamed, or neither author nor amplifier)', () => {
    const analysis = makeSampleAnalysis();
    const base = reportView(analysis, 8).analysis.actors.length;
    const template = analysis.actors[0]!;
    const crowd: Analysis['actors'] = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: `extra:${i}`, name: i % 2 === 0 ? null : `Business ${i}` }));
    expect(reportView({ ...analysis, actors: [...analysis.actors, ...crowd] }, 8).analysis.actors.length).toBe(base);
    // Every other row is the analysis's own.
    const view = reportView(analysis, 8).analysis;
    for (const key of Object.keys(analysis) as (keyof Analysis)[]) if (key !== 'actors' && key !== 'petitions') expect(view[key]).toBe(analysis[key]);
    const earlier = previousView(analysis);
    expect([earlier.actors, earlier.petitions, earlier.weekly, earlier.topics, earlier.associations]).toEqual([[], [], [], [], []]);
    expect(earlier.units).toBe(analysis.units);
    expect(earlier.period).toBe(analysis.period);
  });
});
