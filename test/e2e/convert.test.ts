/**
 * `ddci-sna convert` (SPEC 2.4, 6; issue 9 item 3): any input → one canonical NDJSON file, written
 * atomically, pseudonymised by default. The oracle of the round trip is the analysis of the
 * original export: convert, read back, analyse must give the same analysis.json, except what a
 * single merged file cannot hold (docs/formats.md §8): how many files were read and merged, and
 * the SPEC 4.6 figures that compare several snapshots of a post.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/schema';
import { loadConfig, runCli } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';

const repo = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(repo, 'fixtures', name);
const AS_OF = ['--as-of', '2026-01-01T00:00:00Z'];
const AS_OF_MS = Date.parse('2026-01-01T00:00:00Z');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, env: {} });
  return { code, stdout, stderr };
}

/** What `analyze` writes as analysis.json (the same ingest options as the CLI's: the config's page and zone). */
async function analysisOf(inputs: string, configPath: string, reveal = false): Promise<Analysis> {
  const config = await loadConfig(configPath);
  const input = await loadExport([inputs], { asOf: AS_OF_MS, timezone: config.timezone, ...(config.page ? { page: config.page } : {}) });
  return JSON.parse(JSON.stringify(analyze(input, config, { reveal })));
}

/** What one merged file cannot hold: the files and copies read, and SPEC 4.6's comparisons of snapshots. */
function withoutCopies(a: Analysis) {
  return {
    ...a,
    ingest: { ...a.ingest, files: 0, duplicates: 0 },
    units: a.units.map((u) => ({ ...u, petitionsDisappeared: null, disappearedPetitions: [], unverifiablePosts: null })),
    petitions: a.petitions.map((p) => ({ ...p, disappeared: null, lastSeenIn: null, edited: null })),
  };
}

describe('convert, read back, analyse: the same analysis', () => {
  it.each(['ddci-page', 'edge-cases'])('%s (--reveal: the data as read)', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-convert-'));
    const out = join(dir, 'canonical.ndjson');
    const converted = await cli('convert', join(fixture(name), 'export'), '--to', 'canonical', '--out', out, '--reveal', ...AS_OF, '--lang', 'en');
    expect(converted.code).toBe(0);
    expect(converted.stdout).toMatch(/^Wrote .*canonical\.ndjson \(ddci-sna canonical NDJSON\): \d+ posts, .* individuals as read \(--reveal\)\n$/);
    const config = join(fixture(name), 'config.json');
    const original = await analysisOf(join(fixture(name), 'export'), config);
    const back = await analysisOf(out, config);
    expect(back.ingest.files).toBe(1);
    expect(back.ingest.rejected).toBe(original.ingest.rejected); // what ingest rejected is rejected again
    expect(withoutCopies(back)).toEqual(withoutCopies(original));
  });

  it('pseudonymised (the default, with --config): every unit and network figure the same; no name of a person in the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-convert-'));
    const out = join(dir, 'canonical.ndjson');
    const config = join(fixture('ddci-page'), 'config.json');
    const converted = await cli('convert', join(fixture('ddci-page'), 'export'), '--config', config, '--to', 'canonical', '--out', out, ...AS_OF, '--lang', 'en');
    expect(converted.code).toBe(0);
    expect(converted.stdout).toContain('individuals pseudonymised');
    const original = await analysisOf(join(fixture('ddci-page'), 'export'), config);
    const back = await analysisOf(out, config);
    const figures = (a: Analysis) => a.units.map(({ community: _c, petitionsDisappeared: _d, unverifiablePosts: _v, ...u }) => u);
    // Louvain's partition depends on the order of node keys, which pseudonyms change: its labels
    // and modularity may move within check's tolerance; betweenness and PageRank only by rounding.
    const rounded = (x: unknown): unknown => (typeof x === 'number' ? Math.round(x * 1e9) / 1e9 : Array.isArray(x) ? x.map(rounded)
      : x !== null && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, rounded(v)])) : x);
    expect(rounded(figures(back))).toEqual(rounded(figures(original)));
    expect({ ...back.network, modularity: 0 }).toEqual({ ...original.network, modularity: 0 });
    expect(Math.abs(back.network.modularity! - original.network.modularity!)).toBeLessThan(0.02);
    // Who is a person: the revealed analysis of the original (actors of kind individual, with their ids and names).
    const people = (await analysisOf(join(fixture('ddci-page'), 'export'), config, true)).actors.filter((a) => a.kind === 'individual');
    expect(people.length).toBeGreaterThan(50);
    const text = await readFile(out, 'utf8');
    const records = text.split('\n').filter((l) => !l.startsWith('{"type":"rejected"')).join('\n');
    for (const person of people) {
      expect(records).not.toContain(`"${person.id}"`);
      if (person.name !== null) expect(text).not.toContain(person.name);
    }
  });

  it.each(['crowdtangle', 'dyi'])('formats/%s: a converted file keeps the nulls and their reasons (check passes on it)', async (name) => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-convert-'));
    await mkdir(join(dir, 'export'));
    const source = fixture(`formats/${name}`);
    await writeFile(join(dir, 'config.json'), await readFile(join(source, 'config.json')));
    const expected = JSON.parse(await readFile(join(source, 'expected.json'), 'utf8'));
    await writeFile(join(dir, 'expected.json'), JSON.stringify({ ...expected, ingest: { ...expected.ingest, files: 1 } }));
    const converted = await cli('convert', join(source, 'export'), '--config', join(source, 'config.json'), '--to', 'canonical', '--out', join(dir, 'export', 'c.ndjson'), '--reveal');
    expect(converted.code).toBe(0);
    const { code, stdout } = await cli('check', dir, '--lang', 'en');
    expect(stdout).toContain('matches expected.json');
    expect(code).toBe(0);
  });
});

describe('convert: usage and output', () => {
  it.each([
    [['convert', 'x', '--out', 'y.ndjson', '--reveal'], '--to canonical is required'],
    [['convert', 'x', '--to', 'csv', '--out', 'y.ndjson', '--reveal'], 'cannot write "csv"'],
    [['convert', 'x', '--to', 'canonical', '--reveal'], '--out <file> is required'],
    [['convert', 'x', '--to', 'canonical', '--out', 'y.ndjson'], 'required to pseudonymise individuals'],
    [['convert', '--to', 'canonical', '--out', 'y.ndjson', '--reveal'], 'give at least one input'],
  ])('%j → exit 2: %s', async (args, message) => {
    const { code, stderr } = await cli(...args, '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('ddci-sna convert <inputs…> --to canonical --out <file>');
  });

  it('refuses a directory as --out before reading anything (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-convert-'));
    const { code, stderr } = await cli('convert', join(fixture('edge-cases'), 'export'), '--to', 'canonical', '--out', dir, '--reveal', '--lang', 'en');
    expect(code).toBe(2);
    expect(stderr).toContain('is a directory, not a file');
  });

  it('replaces an existing file whole; a run that fails to read leaves it as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-convert-'));
    const out = join(dir, 'c.ndjson');
    await writeFile(out, 'previous\n');
    const ok = await cli('convert', join(fixture('edge-cases'), 'export'), '--to', 'canonical', '--out', out, '--reveal', ...AS_OF);
    expect(ok.code).toBe(0);
    const written = await readFile(out, 'utf8');
    expect(written.startsWith('{"type":"header","format":"ddci-sna-canonical","version":1')).toBe(true);
    const failed = await cli('convert', join(dir, 'missing'), '--to', 'canonical', '--out', out, '--reveal');
    expect(failed.code).toBe(2);
    expect(await readFile(out, 'utf8')).toBe(written);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['c.ndjson']); // no temporary file left
  });

  it('prints its usage in Vietnamese by default', async () => {
    const { stdout } = await cli('--help');
    expect(stdout).toContain('ddci-sna convert <đầu vào…> --to canonical --out <tệp>');
  });
});
