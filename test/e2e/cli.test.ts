import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli';

const repo = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(repo, 'fixtures', name);

/** Run the CLI in-process, capturing what it prints. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    isTty: false,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('ddci-sna check (golden files computed by the independent reference script)', () => {
  // The format fixtures' expected.json hold the figures the format carries and, null, those it
  // cannot give with their reasons (fixtures/tools/expected_formats.py): check verifies both.
  it.each(['ddci-page', 'edge-cases', 'snapshots', 'formats/crowdtangle', 'formats/dyi', 'formats/canonical', 'formats/minimaxir', 'formats/minimaxir-excel', 'formats/netvizz', 'formats/facepager'])('%s matches its expected.json', async (name) => {
    const { code, stdout } = await cli('check', fixture(name), '--lang', 'en');
    expect(stdout).toContain('matches expected.json');
    expect(code).toBe(0);
  });

  it('takes --lang before the command too', async () => {
    const { code, stdout } = await cli('--lang', 'en', 'check', fixture('edge-cases'));
    expect(stdout).toBe(`ok: ${fixture('edge-cases')} matches expected.json\n`);
    expect(code).toBe(0);
  });

  it('says so in Vietnamese by default', async () => {
    const { code, stdout } = await cli('check', fixture('edge-cases'));
    expect(stdout).toBe(`ok: ${fixture('edge-cases')} khớp với expected.json\n`);
    expect(code).toBe(0);
  });

  it('prints every difference with its path and exits 1 when the figures differ', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-check-'));
    const expected = JSON.parse(await readFile(join(fixture('edge-cases'), 'expected.json'), 'utf8'));
    expected.units[0].posts += 1;
    expected.network.edges += 2;
    await writeFile(join(dir, 'expected.json'), JSON.stringify(expected));
    await writeFile(join(dir, 'config.json'), await readFile(join(fixture('edge-cases'), 'config.json')));
    const { cpSync } = await import('node:fs');
    cpSync(join(fixture('edge-cases'), 'export'), join(dir, 'export'), { recursive: true });
    const { code, stdout } = await cli('check', dir, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain(`units[${expected.units[0].unitId}].posts: expected ${expected.units[0].posts}`);
    expect(stdout).toContain('network.edges');
    expect(stdout).toContain('FAILED: 2 difference(s)');
  });
});

describe('ddci-sna analyze', () => {
  it('writes every output file, rejects.ndjson included, and prints both rankings', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ddci-out-'));
    const { code, stdout, stderr } = await cli(
      'analyze', join(fixture('ddci-page'), 'export'), '--config', join(fixture('ddci-page'), 'config.json'), '--out', out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Xếp hạng Sở, ban, ngành');
    expect(stdout).toContain('Xếp hạng địa phương');
    expect(stderr).toContain('bản ghi bị loại');
    expect((await readdir(out)).sort()).toEqual([
      'actors.csv', 'analysis.json', 'associations.csv', 'edges.csv', 'graph.gexf', 'petitions.csv', 'rejects.ndjson', 'report.html', 'topics.csv',
      'units.csv', 'weekly.csv',
    ]);
    const analysis = JSON.parse(await readFile(join(out, 'analysis.json'), 'utf8'));
    const rejects = (await readFile(join(out, 'rejects.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects).toHaveLength(analysis.ingest.rejected);
    for (const r of rejects) expect(r).toMatchObject({ file: expect.any(String), location: expect.any(String), reason: expect.any(String) });
  });

  it('--parquet adds a .parquet file per table; a later run without it removes them, and nothing else', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ddci-out-'));
    const args = ['analyze', join(fixture('edge-cases'), 'export'), '--config', join(fixture('edge-cases'), 'config.json'), '--out', out, '--quiet'];
    expect((await cli(...args, '--parquet')).code).toBe(0);
    const tables = ['actors', 'associations', 'edges', 'petitions', 'topics', 'units', 'weekly'];
    const parquet = (await readdir(out)).filter((name) => name.endsWith('.parquet')).sort();
    expect(parquet).toEqual(tables.map((t) => `${t}.parquet`));
    for (const name of parquet) expect((await readFile(join(out, name))).subarray(0, 4).toString('latin1'), name).toBe('PAR1');
    await writeFile(join(out, 'notes.parquet'), 'not ours');
    expect((await cli(...args)).code).toBe(0);
    expect((await readdir(out)).filter((name) => name.endsWith('.parquet'))).toEqual(['notes.parquet']);
    expect(await readdir(out)).toEqual(expect.arrayContaining(tables.map((t) => `${t}.csv`)));
  });

  it('exits 1 with --strict when records were rejected', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ddci-out-'));
    const { code } = await cli('analyze', join(fixture('ddci-page'), 'export'), '--config', join(fixture('ddci-page'), 'config.json'), '--out', out, '--strict', '--quiet');
    expect(code).toBe(1);
  });

  it('--json prints the analysis itself on stdout', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ddci-out-'));
    const { code, stdout } = await cli('analyze', join(fixture('edge-cases'), 'export'), '--config', join(fixture('edge-cases'), 'config.json'), '--out', out, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).schemaVersion).toBe('2.0.0');
  });

  it('--from/--to limit the period by post time', async () => {
    const out = await mkdtemp(join(tmpdir(), 'ddci-out-'));
    const { stdout } = await cli('analyze', join(fixture('ddci-page'), 'export'), '--config', join(fixture('ddci-page'), 'config.json'),
      '--out', out, '--json', '--from', '2025-02-03', '--to', '2025-02-09');
    const analysis = JSON.parse(stdout);
    expect(analysis.period).toMatchObject({ from: '2025-02-03', to: '2025-02-09', weeks: 1 });
    expect(analysis.weekly.every((w: { weekStart: string }) => w.weekStart === '2025-02-03')).toBe(true);
    const posts = analysis.units.reduce((s: number, u: { posts: number }) => s + u.posts, 0);
    const weekly = analysis.weekly.reduce((s: number, w: { posts: number }) => s + w.posts, 0);
    expect(posts).toBe(weekly);
  });

  it('refuses a bad configuration with exit 2 and one line per problem, before reading any input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-cfg-'));
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({
      timezone: 'Asia/Hanoi_Nowhere',
      units: [{ id: 'a', name: 'A', kind: 'department', accounts: 'x' }, { id: 'b', name: 'B', kind: 'ministry', accounts: ['1'] }],
    }));
    const { code, stderr, stdout } = await cli('analyze', '/nonexistent/export', '--config', config, '--lang', 'en');
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain(`${config}: timezone: unknown IANA time zone "Asia/Hanoi_Nowhere"`);
    expect(stderr).toContain(`${config}: units[0].accounts: `);
    expect(stderr).toContain(`${config}: units[1].kind: `);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(stdout).toBe('');
  });

  it('exits 2 on an unreadable input path, naming it', async () => {
    const { code, stderr } = await cli('analyze', '/nonexistent/export', '--config', join(fixture('ddci-page'), 'config.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('/nonexistent/export');
  });

  it('exits 2 when no input file could be read at all', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-bad-'));
    await writeFile(join(dir, 'a.json'), '{"data": [ {"id": "1"');
    await writeFile(join(dir, 'b.json'), '');
    const { code, stderr } = await cli('analyze', dir, '--config', join(fixture('ddci-page'), 'config.json'), '--out', join(dir, 'out'));
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('không đọc được đầu vào nào');
    expect(lines.slice(1).map((l) => l.split(': ')[0])).toEqual([join(dir, 'a.json'), join(dir, 'b.json')]);
  });

  it('exits 2 on unknown options and commands, with the usage', async () => {
    const bogus = await cli('analyze', 'x', '--bogus', '--lang', 'en');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/^unknown option --bogus\nUsage:/);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('--help')).code).toBe(0);
  });

  it('prints the usage and exits 0 for --help or -h after a command, in the run\'s language', async () => {
    const usage = (await cli('--help', '--lang', 'en')).stdout;
    expect(usage).toMatch(/^Usage:/);
    expect(await cli('analyze', '--help', '--lang', 'en')).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect(await cli('--lang', 'en', 'check', 'fixtures/none', '-h')).toEqual({ code: 0, stdout: usage, stderr: '' });
    expect((await cli('validate', '--help')).stdout).toBe((await cli('--help')).stdout);
    // After `--` it is an input's name, not a request for help.
    const input = await cli('convert', '--to', 'canonical', '--out', join(tmpdir(), 'ddci-none.ndjson'), '--', '--help');
    expect(input.code).toBe(2);
    expect(input.stdout).toBe('');
  });

  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
    expect(await cli('--version')).toEqual({ code: 0, stdout: `ddci-sna ${pkg.version}\n`, stderr: '' });
  });
});

describe('ddci-sna validate', () => {
  it('reports per file what was read and each rejected record with its location', async () => {
    const { code, stdout } = await cli('validate', join(fixture('ddci-page'), 'export'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/total: 5 files, 212 posts, 910 comments, 2498 reactions, 22 shares, 12 duplicates, 9 rejected/);
    expect(stdout).toMatch(/rejected .*01_feed.*data\[\d+\]/);
  });

  it('--json gives the machine-readable report', async () => {
    const { stdout } = await cli('validate', join(fixture('ddci-page'), 'export'), '--json');
    const report = JSON.parse(stdout);
    expect(report.rejects).toHaveLength(report.rejected);
    expect(report.perFile).toHaveLength(5);
  });
});

describe('a units CSV replacing the config\'s units', () => {
  it('gives the same figures as the JSON units it was written from', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-units-'));
    const config = JSON.parse(await readFile(join(fixture('edge-cases'), 'config.json'), 'utf8'));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = ['id,name,kind,accounts,aliases', ...config.units.map((u: { id: string; name: string; kind: string; accounts: string[]; aliases: string[] }) =>
      [u.id, quote(u.name), u.kind, quote(u.accounts.join(';')), quote(u.aliases.join(';'))].join(','))].join('\r\n');
    await writeFile(join(dir, 'units.csv'), '\uFEFF' + csv);
    const { units: _units, ...rest } = config;
    await writeFile(join(dir, 'config.json'), JSON.stringify(rest));
    const out = join(dir, 'out'); // not dir: analyze writes its own units.csv
    const args = (cfg: string, ...more: string[]) => ['analyze', join(fixture('edge-cases'), 'export'), '--config', cfg, '--out', out, '--json', ...more];
    const viaJson = JSON.parse((await cli(...args(join(fixture('edge-cases'), 'config.json')))).stdout);
    const csvRun = await cli(...args(join(dir, 'config.json'), '--units', join(dir, 'units.csv')));
    expect(csvRun.stderr).toBe('');
    const viaCsv = JSON.parse(csvRun.stdout);
    expect(viaCsv.units).toEqual(viaJson.units);
  });

  it('names the row and column of a bad units CSV, with exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-units-'));
    await writeFile(join(dir, 'units.csv'), 'id,name,kind,accounts,aliases\nso-a,,department,1;2,A\n');
    const { code, stderr } = await cli('analyze', join(fixture('edge-cases'), 'export'), '--units', join(dir, 'units.csv'));
    expect(code).toBe(2);
    expect(stderr).toContain('row 2.name');
  });
});


describe('determinism (golden files must diff cleanly)', () => {
  it('two runs write byte-identical files, and reversing the input order changes no analysis output', async () => {
    const exportDir = join(fixture('ddci-page'), 'export');
    const files = (await readdir(exportDir)).map((f) => join(exportDir, f));
    const run = async (inputs: string[]) => {
      const out = await mkdtemp(join(tmpdir(), 'ddci-det-'));
      await cli('analyze', ...inputs, '--config', join(fixture('ddci-page'), 'config.json'), '--out', out, '--quiet', '--parquet', '--as-of', '2025-04-01T00:00:00Z');
      const contents = new Map<string, Buffer>();
      for (const name of await readdir(out)) contents.set(name, await readFile(join(out, name)));
      return contents;
    };
    const first = await run(files);
    const second = await run(files);
    const reversed = await run([...files].reverse());
    expect([...first.keys()]).toContain('edges.parquet');
    for (const [name, bytes] of first) {
      expect(second.get(name)?.equals(bytes), name).toBe(true);
      // Files are read in path order whatever the order given: every output is the same.
      expect(reversed.get(name)?.equals(bytes), `${name} (reversed inputs)`).toBe(true);
    }
  });
});

describe('check with a period', () => {
  it('honours options.from/to in expected.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-check-period-'));
    const { cpSync } = await import('node:fs');
    cpSync(join(fixture('ddci-page'), 'export'), join(dir, 'export'), { recursive: true });
    await writeFile(join(dir, 'config.json'), await readFile(join(fixture('ddci-page'), 'config.json')));
    const week = JSON.parse((await cli('analyze', join(dir, 'export'), '--config', join(dir, 'config.json'),
      '--out', join(dir, 'out'), '--json', '--from', '2025-02-03', '--to', '2025-02-09')).stdout);
    await writeFile(join(dir, 'expected.json'), JSON.stringify({
      options: { from: '2025-02-03', to: '2025-02-09' }, period: week.period, units: week.units,
    }));
    const { code, stdout } = await cli('check', dir, '--lang', 'en');
    expect(stdout).toContain('matches expected.json');
    expect(code).toBe(0);
  });
});
