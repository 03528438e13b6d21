/**
 * Ingest is never quadratic (issue 10 item 5): a regression guard that counts operations instead of
 * timing them, so that it cannot flake on a busy machine. The synthetic export of the benchmark
 * (bench/generate.mjs) at 2 k, 8 k and 32 k interactions is ingested with the built-in collections
 * counted: map and set operations per record stay flat (a constant per record: one lookup of the
 * author, one of the record's id, …), comparisons of every sort stay within n·log2(n), each
 * document or NDJSON line is parsed once, and no JSON file is given to the CSV parser (detection
 * once asked csv-parse to read a JSON file's first line for each delimited format: ~30 ms a call on
 * a 7 KB NDJSON line).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { generateExport } from '../../bench/generate.mjs';
import { createIngest } from '../../src/ingest/index';
import type { IngestResult } from '../../src/model/types';
import { AS_OF } from './helpers';

const SIZES = [2_000, 8_000, 32_000];

/** csv-parse's `parse`, counted (the real one is called). */
const csvParses = vi.hoisted(() => ({ count: 0 }));
vi.mock('csv-parse/sync', async (importOriginal) => {
  const actual = await importOriginal<typeof import('csv-parse/sync')>();
  return {
    ...actual,
    parse: ((...args: Parameters<typeof actual.parse>) => {
      csvParses.count += 1;
      return actual.parse(...args);
    }) as typeof actual.parse,
  };
});

interface Counts {
  collections: number;
  comparisons: number;
  sorts: number;
  parses: number;
  /** Calls of csv-parse. */
  csvParses: number;
}

/** Run `f` with Map/Set operations, sort comparisons and JSON.parse calls counted. */
function counted<T>(f: () => T): { value: T; counts: Counts } {
  const counts: Counts = { collections: 0, comparisons: 0, sorts: 0, parses: 0, csvParses: 0 };
  const csvBefore = csvParses.count;
  const undo: (() => void)[] = [];
  const wrap = (target: object, name: string, tally: () => void): void => {
    const owner = target as Record<string, (...a: unknown[]) => unknown>;
    const original = owner[name];
    owner[name] = function (this: unknown, ...args: unknown[]) {
      tally();
      return original.apply(this, args);
    };
    undo.push(() => {
      owner[name] = original;
    });
  };
  for (const name of ['get', 'set', 'has', 'delete']) wrap(Map.prototype, name, () => { counts.collections += 1; });
  for (const name of ['add', 'has', 'delete']) wrap(Set.prototype, name, () => { counts.collections += 1; });
  wrap(JSON, 'parse', () => { counts.parses += 1; });
  const sort = Array.prototype.sort;
  // The default order (code units of the strings) as a comparator, so that it is counted too.
  const byCodeUnits = (a: unknown, b: unknown): number => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  Array.prototype.sort = function <U>(this: U[], compare?: (a: U, b: U) => number): U[] {
    counts.sorts += 1;
    const order = compare ?? byCodeUnits;
    return sort.call(this, (a: U, b: U) => {
      counts.comparisons += 1;
      return order(a, b);
    }) as U[];
  };
  undo.push(() => {
    Array.prototype.sort = sort;
  });
  try {
    const value = f();
    counts.csvParses = csvParses.count - csvBefore;
    return { value, counts };
  } finally {
    for (const u of undo.reverse()) u();
  }
}

let root: string;
const runs: { interactions: number; records: number; lines: number; items: number; files: number; counts: Counts; result: IngestResult }[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ddci-scaling-'));
  for (const interactions of SIZES) {
    const dir = join(root, String(interactions));
    await generateExport({ interactions, seed: 11, dir });
    const names = (await readdir(dir)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, content: new Uint8Array(await readFile(join(dir, name))) })));
    const lines = files.filter((f) => f.name.endsWith('.ndjson'))
      .reduce((n, f) => n + new TextDecoder().decode(f.content).split('\n').filter((l) => l.trim() !== '').length, 0);
    // The posts of the JSON documents' top-level lists (each document is read item by item).
    const items = files.filter((f) => f.name.endsWith('.json'))
      .reduce((n, f) => n + (JSON.parse(new TextDecoder().decode(f.content)) as { data: unknown[] }).data.length, 0);
    // Every file through the streamed path, in pieces of 64 KiB (the NDJSON files are read by lines).
    const { value: result, counts } = counted(() => {
      const session = createIngest({ asOf: AS_OF });
      for (const f of files) {
        const writer = session.begin(f.name);
        for (let at = 0; at < f.content.length; at += 65_536) writer.write(f.content.subarray(at, at + 65_536));
        writer.end();
      }
      return session.finish();
    });
    const records = result.report.perFile.reduce((n, f) => n + f.read, 0);
    runs.push({ interactions, records, lines, items, files: files.length, counts, result });
  }
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

test('every generated export is read whole (the counts the generator wrote down)', () => {
  for (const run of runs) {
    expect(run.result.report.comments + run.result.report.reactions).toBe(run.interactions);
    expect(run.result.report.rejected).toBe(0);
  }
});

test('map and set operations per record are a constant: about 3, the same at 2 k and 32 k', () => {
  const perRecord = runs.map((r) => r.counts.collections / r.records);
  for (const p of perRecord) expect(p).toBeLessThan(3.5);
  // Flat: 16 times the records, at most 5 % more operations per record (a quadratic walk: 16 times).
  expect(perRecord[2]).toBeLessThan(perRecord[0] * 1.05);
});

test('sorting stays within n·log2(n) comparisons (the dataset is sorted once, by time, id, target)', () => {
  for (const r of runs) expect(r.counts.comparisons).toBeLessThan(r.records * Math.log2(r.records));
  const perLog = runs.map((r) => r.counts.comparisons / (r.records * Math.log2(r.records)));
  expect(perLog[2]).toBeLessThan(perLog[0] * 1.1);
});

test('each item of a JSON document and each NDJSON line is parsed once (and a few head lines for detection)', () => {
  for (const r of runs) {
    // A document parsed whole would be one parse for all of its items: far fewer.
    expect(r.counts.parses).toBeGreaterThanOrEqual(r.lines + r.items);
    expect(r.counts.parses).toBeLessThanOrEqual(r.lines + r.items + 6 * r.files);
  }
});

test('no JSON or NDJSON file is read as CSV, not even its first line for detection', () => {
  for (const r of runs) expect(r.counts.csvParses).toBe(0);
});
