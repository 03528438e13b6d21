/**
 * Hostile and odd input at the command line and in the configuration (issue 8, SPEC 6 and 7.1):
 * every case ends in exit 0, 1 or 2 with its documented message — never exit 3, never a stack
 * trace. Run in-process through runCli, and through the built dist/cli.js where only a real
 * process shows the behaviour (a closed pipe, the bundle's entry, the version).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { resolveConfig } from '../../src/config/parse';
import { DdciError, isDdciError } from '../../src/errors';
import { runCli } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { messagesFor } from '../../src/node/messages';
import { writeOutputDir } from '../../src/node/outputDir';
import { formatNumber } from '../../src/write/format';

const repo = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => join(repo, 'fixtures', name);
const EXPORT = join(fixture('edge-cases'), 'export');
const CONFIG = join(fixture('edge-cases'), 'config.json');
const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const base = JSON.parse(await readFile(CONFIG, 'utf8'));

interface Run { code: number; stdout: string; stderr: string }

/** Run the CLI in-process, capturing what it prints. */
async function cli(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, env: {} });
  return { code, stdout, stderr };
}

/** The built executable, as a user runs it (through a shell when there is a pipe). */
function shell(command: string, cwd = repo): Run {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** What every refusal looks like: the code, one line per problem, no stack trace, nothing on stdout. */
function expectRefused(run: Run, code: number, ...lines: (string | RegExp)[]): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/internal error|lỗi nội bộ/);
  expect(run.stdout).toBe('');
  const printed = run.stderr.trimEnd().split('\n');
  for (const line of lines) expect(printed).toContainEqual(typeof line === 'string' ? line : expect.stringMatching(line));
}

let dir: string;
const tmp = async (name: string) => mkdtemp(join(dir, `${name}-`));
async function configFile(name: string, config: unknown): Promise<string> {
  const path = join(await tmp('cfg'), `${name}.json`);
  await writeFile(path, JSON.stringify(config));
  return path;
}
const withBase = (changes: Record<string, unknown>) => ({ ...base, ...changes });
const [unit0, unit1, ...otherUnits] = base.units;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddci-hostile-'));
});

/** Every configuration of the suite, the valid ones included: name → [config, a line it is refused with]. */
const CONFIGS: Record<string, [unknown, string | null]> = {
  'the fixture\'s own': [base, null],
  'workingDays [1, 1]': [withBase({ workingDays: [1, 1] }), 'workingDays[1]: weekday 1 is listed twice'],
  'overlapping workingHours': [withBase({ workingHours: [['07:30', '11:30'], ['11:00', '17:00']] }),
    'workingHours[1]: blocks must be in order and must not overlap'],
  '2025-02-30 in holidays': [withBase({ holidays: ['2025-02-30'] }), 'holidays[0]: expected a real calendar date YYYY-MM-DD, got "2025-02-30"'],
  '2025-02-30 in extraHolidays': [withBase({ extraHolidays: ['2025-02-30'] }),
    'extraHolidays[0]: expected a real calendar date YYYY-MM-DD, got "2025-02-30"'],
  '2025-02-30 in workingSaturdays': [withBase({ workingSaturdays: ['2025-02-30'] }),
    'workingSaturdays[0]: expected a real calendar date YYYY-MM-DD, got "2025-02-30"'],
  'no units': [withBase({ units: [], assignments: [] }), 'units: at least one unit is needed'],
  'a unit without accounts': [withBase({ units: [{ ...unit0, accounts: [] }, unit1, ...otherUnits] }),
    'units[0].accounts: a unit needs at least one account (the id of its page or profile)'],
  'two units sharing an alias (folded)': [withBase({ units: [unit0, { ...unit1, aliases: ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ'] }, ...otherUnits] }),
    `units[1].aliases[0]: alias "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" already belongs to unit "${unit0.id}" (compared without case, diacritics or punctuation)`],
  'a make-up Saturday on a Wednesday': [withBase({ workingSaturdays: ['2025-04-23'] }),
    'workingSaturdays[0]: 2025-04-23 is a working weekday already: a make-up day must fall on a day off'],
  'a marker that folds to nothing': [withBase({ petitionMarkers: ['xin hỏi', '???'] }),
    'petitionMarkers[1]: folds to nothing (only punctuation or spaces), so it would match nothing'],
  'weights of 1e308': [withBase({ weights: { activity: 1e308, engagement: 1e308, responsiveness: 1e308, spread: 1e308 } }),
    'weights.activity: a weight is 0 or a number from 0.000001 to 1000000'],
  'weights all zero': [withBase({ weights: { activity: 0, engagement: 0, responsiveness: 0, spread: 0 } }), 'weights: at least one weight must be positive'],
  'a list, not an object': [[base], 'expected a JSON object'],
  'a six-day week with a make-up Sunday': [withBase({ workingDays: [1, 2, 3, 4, 5, 6], workingSaturdays: ['2025-04-27'] }), null],
};

describe('configuration: refused at the boundary with exit 2 and every problem by its path (SPEC 2.3, 7.1)', () => {
  it.each(Object.entries(CONFIGS))('%s', async (name, [config, line]) => {
    const path = await configFile(name.replace(/\W+/g, '-'), config);
    const out = await tmp('out');
    const run = await cli('analyze', EXPORT, '--config', path, '--out', out, '--lang', 'en', '--quiet');
    if (line === null) {
      expect(run, run.stderr).toEqual({ code: 0, stdout: '', stderr: '' });
      return;
    }
    expectRefused(run, 2, `${path}: ${line}`);
    expect(await readdir(out)).toEqual([]); // refused before any work: nothing written
  });

  it('validate --config and analyze agree on every configuration of the suite (the same loader)', async () => {
    for (const [name, [config]] of Object.entries(CONFIGS)) {
      const path = await configFile(name.replace(/\W+/g, '-'), config);
      const analyzed = await cli('analyze', EXPORT, '--config', path, '--out', await tmp('out'), '--quiet');
      const validated = await cli('validate', EXPORT, '--config', path);
      expect(validated.code, name).toBe(analyzed.code);
      if (analyzed.code === 2) expect(validated.stderr, name).toBe(analyzed.stderr);
    }
  });

  it('the library refuses them too, with the same problems (resolveConfig is the loader\'s check)', () => {
    for (const [name, [config, line]] of Object.entries(CONFIGS)) {
      if (line === null || Array.isArray(config)) continue;
      let error: unknown = null;
      try {
        resolveConfig(config);
      } catch (e) {
        error = e;
      }
      expect(isDdciError(error) && error.code, name).toBe('invalid_config');
    }
  });

  it('names the units CSV and its row when a unit read from it breaks a rule', async () => {
    const folder = await tmp('units');
    await writeFile(join(folder, 'units.csv'), `id,name,kind,accounts,aliases\n${unit0.id},A,department,,A\n${unit1.id},B,department,9,a\n`);
    const { units: _units, assignments: _assignments, ...rest } = base;
    await writeFile(join(folder, 'config.json'), JSON.stringify(rest));
    const run = await cli('analyze', EXPORT, '--config', join(folder, 'config.json'), '--units', join(folder, 'units.csv'), '--lang', 'en');
    expectRefused(run, 2,
      `${join(folder, 'units.csv')}: row 2.accounts: a unit needs at least one account (the id of its page or profile)`,
      `${join(folder, 'units.csv')}: row 3.aliases[0]: alias "a" already belongs to unit "${unit0.id}" (compared without case, diacritics or punctuation)`);
  });

  it('speaks Vietnamese by default, the same problems', async () => {
    const path = await configFile('vi', withBase({ workingDays: [1, 1] }));
    expectRefused(await cli('analyze', EXPORT, '--config', path), 2, `${path}: workingDays[1]: thứ này được liệt kê hai lần`);
  });
});

describe('flags: checked before any work (SPEC 6, 7.1)', () => {
  it('--out naming a file, an empty path, a path under a file, or a place nothing can be made → exit 2', async () => {
    const folder = await tmp('outs');
    const file = join(folder, 'a-file');
    await writeFile(file, 'not a directory');
    const run = (out: string) => cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--lang', 'en');
    expectRefused(await run(file), 2, `--out: ${file} is a file, not a directory`);
    expectRefused(await run(''), 2, '--out: give a directory');
    expectRefused(await run(join(file, 'sub')), 2, `--out: ${file} is not a directory`);
    if (existsSync('/proc/self')) expectRefused(await run('/proc/ddci-sna-out'), 2, /^--out: cannot write to \/proc\/ddci-sna-out \(E[A-Z]+\)$/);
    expect(await readFile(file, 'utf8')).toBe('not a directory');
  });

  it('--from after --to → exit 2, in the CLI and in the library', async () => {
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--from', '2025-05-01', '--to', '2025-04-01', '--lang', 'en'), 2,
      '--from: 2025-05-01 is after --to 2025-04-01');
    const input = await loadExport([EXPORT]);
    expect(() => analyze(input, base, { from: '2025-05-01', to: '2025-04-01' }))
      .toThrowError(expect.objectContaining({ code: 'period_reversed', path: ['from'] }));
  });

  it('a period longer than 10 years → exit 2, both bounds given or one (--from 0001-01-01 asked for 105,617 weeks)', async () => {
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--from', '2015-01-01', '--to', '2025-01-01', '--lang', 'en'), 2,
      '--to: the period 2015-01-01 → 2025-01-01 is longer than 10 years');
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'), '--from', '0001-01-01', '--lang', 'en'), 2,
      '--from: the period 0001-01-01 → the last post is longer than 10 years');
    const input = await loadExport([EXPORT]);
    expect(() => analyze(input, base, { from: '0001-01-01' })).toThrowError(expect.objectContaining({ code: 'period_too_long' }));
    // Ten years less a day is the longest period allowed: Monday 2015-05-04 … Monday 2025-05-05, by weeks.
    const weeks = (Date.UTC(2025, 4, 5) - Date.UTC(2015, 4, 4)) / (7 * 86_400_000) + 1;
    expect(analyze(input, base, { from: '2015-05-08', to: '2025-05-07' }).period.weeks).toBe(weeks);
  });

  it('a date that is not a real calendar date → exit 2', async () => {
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--to', '2025-02-30', '--lang', 'en'), 2,
      '--to: expected a real calendar date YYYY-MM-DD, got "2025-02-30"');
  });

  it('--previous pointing at a config or at {} → exit 2, its problems listed (validated against the Analysis schema)', async () => {
    const empty = await configFile('empty', {});
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--previous', empty, '--lang', 'en'), 2,
      `${empty}: not an analysis.json of this version`, `${empty}: schemaVersion: Invalid input: expected "2.0.0"`,
      `${empty}: units: Invalid input: expected array, received undefined`);
    const config = await cli('analyze', EXPORT, '--config', CONFIG, '--previous', CONFIG, '--lang', 'en');
    expectRefused(config, 2, `${CONFIG}: not an analysis.json of this version`);
    expect(config.stderr.trimEnd().split('\n')).toHaveLength(31); // 30 problems and the count of the rest
    expect(config.stderr).toMatch(/… and \d+ more\n$/);
  });

  it('--previous with an analysis.json of this version is used', async () => {
    const out = await tmp('out');
    expect((await cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--quiet')).code).toBe(0);
    const again = await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'), '--quiet', '--previous', join(out, 'analysis.json'));
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--as-of takes an ISO instant with its offset; anything else → exit 2', async () => {
    for (const value of ['yesterday', '2025-05-07', '2025-02-30T00:00:00Z', '2025-05-07T10:00:00']) {
      expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--as-of', value, '--lang', 'en'), 2,
        `--as-of: expected an ISO instant with its offset, such as 2025-05-07T17:00:00+07:00, got "${value}"`);
      expectRefused(await cli('validate', EXPORT, '--as-of', value, '--lang', 'en'), 2, new RegExp(`^--as-of: .*"${value}"$`));
    }
    const ok = await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'), '--quiet', '--as-of', '2025-06-01T00:00:00+07:00');
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--threads takes a whole number from 1 to 1024; --threads and --exact leave a small run\'s figures as they are', async () => {
    for (const value of ['0', '-1', '1.5', 'all', '1025', '']) {
      expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, `--threads=${value}`, '--lang', 'en'), 2,
        `--threads: expected a whole number from 1 to 1024, got "${value}"`);
    }
    const plain = await tmp('out');
    const tuned = await tmp('out');
    const asOf = ['--as-of', '2025-06-01T00:00:00+07:00'];
    expect((await cli('analyze', EXPORT, '--config', CONFIG, '--out', plain, '--quiet', ...asOf)).code).toBe(0);
    expect(await cli('analyze', EXPORT, '--config', CONFIG, '--out', tuned, '--quiet', ...asOf, '--threads', '1', '--exact'))
      .toEqual({ code: 0, stdout: '', stderr: '' });
    const plainAnalysis = JSON.parse(await readFile(join(plain, 'analysis.json'), 'utf8'));
    expect(plainAnalysis.network.sampling).toBeNull();
    expect(JSON.parse(await readFile(join(tuned, 'analysis.json'), 'utf8'))).toEqual(plainAnalysis);
  });

  it('--lang other than vi or en, an unknown flag, a flag without its value → exit 2 with the usage', async () => {
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--lang', 'fr'), 2, '--lang: cần vi hoặc en, không phải "fr"');
    expectRefused(await cli('analyze', EXPORT, '--config', CONFIG, '--colour', '--lang', 'en'), 2, 'unknown option --colour', 'Usage:');
    expectRefused(await cli('analyze', EXPORT, '--lang', 'en', '--config'), 2, '--config needs a value');
  });
});

describe('one error shape: exit 3 only for a bug, said in one line with a request to report it (SPEC 6)', () => {
  it('a failure that is no DdciError is a bug: exit 3, no stack, the report line', async () => {
    let stderr = '';
    const code = await runCli(['check', fixture('edge-cases'), '--lang', 'en'], {
      stdout: () => { throw new TypeError('stdout went away'); },
      stderr: (t) => { stderr += t; },
      isTty: false,
      env: {},
    });
    expect(code).toBe(3);
    expect(stderr).toBe('internal error: stdout went away\nThis is a bug in ddci-sna: please report it with the command you ran.\n');
  });
});

describe('outputs are atomic (SPEC 7.1)', () => {
  it('a stale rejects.ndjson of an earlier run is removed; files that are not ours stay', async () => {
    const out = await tmp('out');
    await writeFile(join(out, 'notes.txt'), 'mine');
    expect((await cli('analyze', join(fixture('ddci-page'), 'export'), '--config', join(fixture('ddci-page'), 'config.json'), '--out', out, '--quiet')).code).toBe(0);
    expect(await readdir(out)).toContain('rejects.ndjson');
    expect((await cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--quiet')).code).toBe(0);
    const files = await readdir(out);
    expect(files).not.toContain('rejects.ndjson');
    expect(files).toContain('notes.txt');
    expect(JSON.parse(await readFile(join(out, 'analysis.json'), 'utf8')).ingest.rejected).toBe(0);
  });

  it('a new --out directory gets the permissions of any directory the user makes (not 0700)', async () => {
    const parent = await tmp('parent');
    const out = join(parent, 'out');
    expect((await cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--quiet')).code).toBe(0);
    await mkdir(join(parent, 'made-by-hand'));
    expect((await stat(out)).mode & 0o777).toBe((await stat(join(parent, 'made-by-hand'))).mode & 0o777);
  });

  it('a run that fails leaves the previous outputs as they were, and no temporary directory behind', async () => {
    const parent = await tmp('parent');
    const out = join(parent, 'out');
    expect((await cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--quiet')).code).toBe(0);
    const before = new Map<string, string>();
    for (const name of await readdir(out)) before.set(name, await readFile(join(out, name), 'utf8'));
    // Fails once the data is read (the period is only known then), after every check of the flags.
    const failed = await cli('analyze', EXPORT, '--config', CONFIG, '--out', out, '--from', '2001-01-01', '--lang', 'en');
    expectRefused(failed, 2, '--from: the period 2001-01-01 → the last post is longer than 10 years');
    for (const [name, text] of before) expect(await readFile(join(out, name), 'utf8'), name).toBe(text);
    expect(await readdir(parent)).toEqual(['out']);
  });

  it('files written as they are produced: a producer that fails midway leaves out as it was, its error unchanged', async () => {
    const parent = await tmp('parent');
    const out = join(parent, 'out');
    await mkdir(out);
    await writeFile(join(out, 'units.csv'), 'before');
    async function* failing() {
      yield ['units.csv', 'after'] as const;
      throw new DdciError({ code: 'report_unavailable', path: [], message: 'no vega' });
    }
    await expect(writeOutputDir(out, failing(), [], messagesFor('en'))).rejects.toMatchObject({ code: 'report_unavailable' });
    expect(await readFile(join(out, 'units.csv'), 'utf8')).toBe('before');
    expect(await readdir(parent)).toEqual(['out']);
    expect(await writeOutputDir(out, [['units.csv', 'after'], ['edges.csv', 'x']], [], messagesFor('en'))).toEqual(['units.csv', 'edges.csv']);
    expect(await readFile(join(out, 'units.csv'), 'utf8')).toBe('after');
  });
});

describe('the terminal: one language per run, quiet when asked (issue 11)', () => {
  it('--lang en: English tables and summary, numbers with a decimal point as in the report', async () => {
    const run = await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'), '--lang', 'en');
    expect(run.code).toBe(0);
    const analysis = JSON.parse(await readFile(join(run.stdout.match(/ to (.+)\n$/)![1], 'analysis.json'), 'utf8'));
    const top = analysis.units.find((u: { kind: string; rank: number }) => u.kind === 'department' && u.rank === 1);
    expect(run.stdout).toContain('Departments\n');
    expect(run.stdout).toMatch(new RegExp(`\\n\\s+1  ${top.name}\\s+${formatNumber(top.score, 'en').replace('.', '\\.')}  `));
    expect(run.stdout).toMatch(/\n2025-04-21 → 2025-05-07 \(3 weeks\): 16 posts, 51 comments, 30 reactions, 3 shares, 23 petitions; 0 duplicates merged, 0 rejected\n/);
    expect(run.stdout).not.toMatch(/Xếp hạng|Hạng|Đơn vị|Điểm|tuần|bài viết|Đã ghi/); // unit names are the only Vietnamese
  });

  it('a --from/--to window: the summary gives the period\'s own figures, the whole export\'s apart (issue 11)', async () => {
    const run = await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'), '--lang', 'en', '--from', '2025-04-28', '--to', '2025-05-04');
    expect(run.code).toBe(0);
    const analysis = JSON.parse(await readFile(join(run.stdout.match(/ to (.+)\n$/)![1], 'analysis.json'), 'utf8'));
    const p = analysis.period;
    expect(p.posts).toBeLessThan(analysis.ingest.posts);
    expect(run.stdout).toContain(`2025-04-28 → 2025-05-04 (1 week): ${p.posts} posts, ${p.comments} comments, ${p.reactions} reactions, ${p.shares} shares, ${p.petitions} petitions; whole export: 16 posts, 51 comments, 30 reactions, 3 shares;`);
  });

  it('--lang vi (the default): Vietnamese tables and summary, decimal commas as in the report', async () => {
    const run = await cli('analyze', EXPORT, '--config', CONFIG, '--out', await tmp('out'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Xếp hạng Sở, ban, ngành\n');
    expect(run.stdout).toMatch(/\n2025-04-21 → 2025-05-07 \(3 tuần\): 16 bài viết, 51 bình luận, 30 cảm xúc, 3 lượt chia sẻ, 23 kiến nghị; 0 bản trùng đã gộp, 0 bị loại\n/);
    expect(run.stdout).toMatch(/ \d+,\d\d /);
    expect(run.stdout).not.toMatch(/ \d+\.\d\d /);
    expect(run.stdout).not.toMatch(/\b(posts|weeks|Wrote)\b/);
  });

  it('--quiet prints nothing, not even the rejects line; errors still go to stderr', async () => {
    const ddci = [join(fixture('ddci-page'), 'export'), '--config', join(fixture('ddci-page'), 'config.json')];
    expect(await cli('analyze', ...ddci, '--out', await tmp('out'), '--quiet')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await cli('analyze', ...ddci, '--out', await tmp('out'), '--quiet', '--strict')).toEqual({ code: 1, stdout: '', stderr: '' });
    expectRefused(await cli('analyze', ...ddci, '--quiet', '--from', 'x', '--lang', 'en'), 2, '--from: expected a real calendar date YYYY-MM-DD, got "x"');
  });
});

describe('the executable (dist/cli.js, built by npm test)', () => {
  it('--version prints the version of package.json', () => {
    expect(shell('node dist/cli.js --version')).toEqual({ code: 0, stdout: `ddci-sna ${pkg.version}\n`, stderr: '' });
  });

  it('a closed stdout (| head -1) ends quietly: no EPIPE stack, exit 0', async () => {
    const out = await tmp('out');
    const ddci = `fixtures/ddci-page/export --config fixtures/ddci-page/config.json --out ${out}`;
    for (const flags of ['--json --quiet', '--lang en']) {
      const run = shell(`node dist/cli.js analyze ${ddci} ${flags} | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`);
      expect(run.stdout.split('\n').length, flags).toBe(2); // one line and its newline
      expect(run.stderr, flags).not.toMatch(/EPIPE|\n\s+at |internal error|lỗi nội bộ/);
      expect(run.stderr, flags).toMatch(/exit=0\n$/);
    }
    expect((await readdir(out)).sort()).toContain('analysis.json');
  });

  it('a script named cli.mjs that imports ddci-sna/node runs nothing (the CLI entry is its own bundle)', async () => {
    const project = await tmp('project');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(dirname(join(repo, 'package.json')), join(project, 'node_modules', 'ddci-sna'), 'dir');
    await writeFile(join(project, 'cli.mjs'), "import { runCli } from 'ddci-sna/node';\nimport 'ddci-sna';\nconsole.log(typeof runCli);\n");
    await writeFile(join(project, 'cli.cjs'), "const { runCli } = require('ddci-sna/node');\nconsole.log(typeof runCli);\n");
    expect(shell('node cli.mjs analyze nothing --config nothing', project)).toEqual({ code: 0, stdout: 'function\n', stderr: '' });
    expect(shell('node cli.cjs check nothing', project)).toEqual({ code: 0, stdout: 'function\n', stderr: '' });
  });
});
