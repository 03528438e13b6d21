/**
 * The ingest report as `validate` prints it (src/node/format.ts) and the CLI's ingest options:
 * per file the format, records read, flagged and in conflict; conflicts with both locations and
 * never the values.
 */
import { describe, expect, test } from 'vitest';
import { formatIngestReport } from '../../src/node/format';
import { runCli } from '../../src/node/cli';
import { bytes, comment, ingest, jsonFile, post } from './helpers';

describe('formatIngestReport', () => {
  const result = ingest([
    jsonFile('2025-03-01.json', [post('p', { message: 'bí mật một', comments: { data: [comment('c', { message: 'x'.repeat(100_001) })] } })]),
    jsonFile('2025-03-08.json', [post('p', { message: 'bí mật hai', shares: { count: 1.5 } })]),
    { name: 'notes.txt', content: bytes('just some notes\n') },
  ]);
  const text = formatIngestReport(result.report);

  test('one row per file with its format, read, flagged and conflict counts', () => {
    const row = (file: string) => text.split('\n').find((l) => l.startsWith(file))!.split(/\s{2,}/);
    expect(row('2025-03-01.json')).toEqual(['2025-03-01.json', 'graph-api-json', 'platform', '2', '1', '1', '0', '0', '0', '1', '0']);
    expect(row('2025-03-08.json')).toEqual(['2025-03-08.json', 'graph-api-json', 'platform', '1', '0', '0', '0', '1', '0', '1', '1']);
    expect(row('notes.txt')[1]).toBe('unknown');
  });

  test('the flagged records and the conflict with both locations; no value is printed', () => {
    expect(text).toContain('flagged 2025-03-01.json [0].comments.data[0] (message)');
    expect(text).toContain('flagged 2025-03-08.json [0] (shares.count)');
    expect(text).toContain('conflict post p (message): 2025-03-01.json [0] → 2025-03-08.json [0] (kept)');
    expect(text).toContain('rejected notes.txt $');
    expect(text).not.toContain('bí mật');
    expect(text).toContain('times checked against 2025-04-01T00:00:00.000Z');
  });
});

describe('CLI ingest options (--format, --as-of)', () => {
  const cli = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, env: {} });
    return { code, stdout, stderr };
  };
  const fixture = new URL('../../fixtures/edge-cases/export', import.meta.url).pathname;

  test('validate --json reports asOf and the format forced', async () => {
    const { code, stdout } = await cli('validate', fixture, '--json', '--as-of', '2025-06-01T00:00:00Z', '--format', 'graph-api-json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.asOf).toBe('2025-06-01T00:00:00.000Z');
    expect(report.perFile.map((f: { format: string }) => f.format)).toEqual(['graph-api-json']);
    expect(report.conflicts).toEqual([]);
  });

  test('a bad --as-of or an unknown --format is bad usage (exit 2)', async () => {
    expect((await cli('validate', fixture, '--as-of', 'next week')).code).toBe(2);
    const unknown = await cli('validate', fixture, '--format', 'excel');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown format "excel"');
  });
});
