/**
 * The benches' command lines (bench/args.mjs): `--help` prints the usage and exits 0; an unknown
 * option or a bad number exits 2 naming it — at once, before any data are made or any command is
 * run (each case below would otherwise start a bench of minutes).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [`bench/${script}.mjs`, ...args], { encoding: 'utf8', timeout: 30_000 });

const SCRIPTS = ['command', 'ingest', 'formats', 'generate', 'metrics', 'analysis', 'run', 'hostile', 'peers', 'allPairs', 'report-ab'];

describe('bench scripts: one reading of the command line', () => {
  it.each(SCRIPTS)('bench/%s.mjs --help prints its usage, exit 0', (script) => {
    const result = run(script, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: (node |npm run bench)/);
    expect(result.stderr).toBe('');
  });

  it.each(SCRIPTS)('bench/%s.mjs --sizs (a typo) exits 2, naming the option', (script) => {
    const result = run(script, '--sizs', '50000');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`bench/${script}.mjs: Unknown option '--sizs'`);
    expect(result.stderr).toMatch(/\nusage: /);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['command', ['--sizes', '50k'], '--sizes wants positive integers, not "50k"'],
    ['command', ['--reps'], "Option '--reps <value>' argument missing"],
    ['command', ['--peer-timeout', '0'], '--peer-timeout wants a positive integer, not "0"'],
    ['ingest', ['--reps', '2.5'], '--reps wants a positive integer, not "2.5"'],
    ['ingest', ['--sizes', '1,,2'], '--sizes wants positive integers, not "1,,2"'],
    ['generate', ['--format', 'csv'], '--format is one of mixed, ndjson, not "csv"'],
    ['metrics', ['--sizes', '400'], '--sizes wants nodes:edges pairs, not "400"'],
    ['metrics', ['--threads', '0'], '--threads wants a positive integer, not "0"'],
    ['analysis', ['10k'], 'each size wants positive integers, not "10k"'],
    ['peers', [], 'one edge list, please'],
    ['report-ab', ['a', 'b', 'c', 'd', 'x'], 'runs wants a positive integer, not "x"'],
  ] as const)('bench/%s.mjs %j exits 2: %s', (script, args, message) => {
    const result = run(script, ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
