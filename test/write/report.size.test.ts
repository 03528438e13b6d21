/**
 * Issue 10 for the report: it holds what a person reads, not every actor. The network map stays
 * ≤ 150 KB and the whole report about a megabyte however many actors there are: measured on the
 * ddci-page fixture and on synthetic exports of bench/generate.mjs (6,000 and 30,000
 * interactions: ~700 and ~3,300 actors over the same year of weeks).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchConfig, generateExport } from '../../bench/generate.mjs';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { resolveConfig } from '../../src/config/parse';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { renderReport } from '../../src/write/report';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
const MAP_LIMIT = 150 * 1024;
const REPORT_LIMIT = 1.5 * 1024 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const mapOf = (page: string) => /<figure class="chart wide" data-chart="network"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';

interface Measured { actors: number; weeks: number; report: number; map: number; petitionsListed: number }

async function measure(dir: string, config = resolveConfig(benchConfig())): Promise<Measured> {
  const input = await loadExport([dir]);
  const { analysis, graph } = analyzeWithGraph(input, config);
  const page = await renderReport(analysis, { graph });
  return {
    actors: analysis.actors.length,
    weeks: analysis.period.weeks,
    report: bytes(page),
    map: bytes(mapOf(page)),
    petitionsListed: (page.match(/<td class="message"/g) ?? []).length,
  };
}

describe('report size (issue 10)', () => {
  const dirs: string[] = [];
  const sizes = new Map<number, Measured>();

  beforeAll(async () => {
    for (const interactions of [6_000, 30_000]) {
      const dir = await mkdtemp(join(tmpdir(), 'ddci-sna-size-'));
      dirs.push(dir);
      await generateExport({ interactions, dir, seed: 11 });
      sizes.set(interactions, await measure(dir));
    }
  }, 240_000);

  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('the fixture: map ≤ 150 KB, report well under the limit', async () => {
    const m = await measure(join(fixture, 'export'), await loadConfig(join(fixture, 'config.json')));
    expect(m.map).toBeGreaterThan(10_000);
    expect(m.map).toBeLessThanOrEqual(MAP_LIMIT);
    expect(m.report).toBeLessThanOrEqual(REPORT_LIMIT);
  }, 60_000);

  it('a large synthetic export: map ≤ 150 KB and report ≤ 1.5 MB', () => {
    const large = sizes.get(30_000)!;
    expect(large.actors).toBeGreaterThan(3_000);
    expect(large.map).toBeLessThanOrEqual(MAP_LIMIT);
    expect(large.report).toBeLessThanOrEqual(REPORT_LIMIT);
  });

  it('five times the actors, about the same report: it grows with units and weeks, not actors', () => {
    const small = sizes.get(6_000)!;
    const large = sizes.get(30_000)!;
    expect(large.actors / small.actors).toBeGreaterThan(4);
    expect(Math.abs(large.weeks - small.weeks)).toBeLessThanOrEqual(2);
    expect(large.report / small.report).toBeLessThan(1.15);
    expect(large.map / small.map).toBeLessThan(1.2);
    // Lists are capped: at most 10 unanswered petitions per unit and 10 unrouted questions.
    expect(large.petitionsListed).toBeLessThanOrEqual(16 * 10 + 10);
  });
});
