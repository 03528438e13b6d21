/**
 * The format registry (issue 9 item 1): detection by content, unambiguous; one module and one
 * registry line add a format; the format option forces one; options are checked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import type { FormatAdapter } from '../../src/ingest/adapter';
import { createIngest, detectFormat, FORMATS, HEAD_LENGTH, decodeText } from '../../src/ingest/index';
import { ingest, jsonFile, ndjsonFile, page, post } from './helpers';
import { REAL_EXPORTS, realExportsPresent } from '../helpers/shared';
import { toyFile, toyFormat } from './toyFormat';

describe('adding a format: one module (test/ingest/toyFormat.ts) and one registry line', () => {
  const registry = [...FORMATS, toyFormat];

  test('the toy format is detected by its content (not its name) and read beside the Graph API files', () => {
    const result = ingest(
      [
        toyFile('notes.json', 'post|t1|1741054500|Nguyễn An|Xin chào|2|LIKE=3', 'comment|t1_c|t1|-|1741054600|Trần Bình|Hỏi?'),
        jsonFile('feed.json', page(post('g1'))),
      ],
      { formats: registry },
    );
    expect(result.report.perFile.map((f) => [f.file, f.format, f.identities])).toEqual([
      ['feed.json', 'graph-api-json', 'platform'],
      ['notes.json', 'toy-v1', 'name'],
    ]);
    expect(result.dataset.posts.map((p) => p.id).sort()).toEqual(['g1', 't1']);
    expect(result.dataset.comments).toMatchObject([{ id: 't1_c', postId: 't1', fromId: 'name:Trần Bình' }]);
  });

  test('without its registry line the same file is refused as unknown_format, naming the formats tried', () => {
    const result = ingest([toyFile('notes.json', 'post|t1|1741054500|-|x||')]);
    expect(result.report.rejects).toMatchObject([{ recordType: 'file', code: 'unknown_format' }]);
    expect(result.report.rejects[0].reason).toContain(`matches none of the formats read (${FORMATS.map((f) => f.format).join(', ')})`);
  });

  test('a file two adapters claim is refused as ambiguous_format, naming both (detectors must exclude each other)', () => {
    const greedy: FormatAdapter = { ...toyFormat, format: 'greedy', detect: () => true };
    const result = ingest([toyFile('t.txt', 'post|t1|1741054500|-|x||'), jsonFile('feed.json', [post('a')])], { formats: [...registry, greedy] });
    expect(result.report.rejects.map((r) => [r.file, r.code])).toEqual([
      ['feed.json', 'ambiguous_format'],
      ['t.txt', 'ambiguous_format'],
    ]);
    expect(result.report.rejects[0].reason).toContain('graph-api-json, greedy');
    expect(result.report.rejects[1].reason).toContain('toy-v1, greedy');
  });

  test('the format option reads every file with the named adapter, without detection', () => {
    const lines = ndjsonFile('lines.txt', [post('a'), post('b')]);
    expect(ingest([lines]).report.perFile[0].format).toBe('graph-api-ndjson');
    const forced = ingest([lines], { format: 'graph-api-json' });
    // Read as one JSON document, two lines of JSON are not JSON.
    expect(forced.report.rejects).toMatchObject([{ recordType: 'file', code: 'not_json', location: 'line 2, column 1' }]);
  });
});

describe('options are checked (a DdciError invalid_option, with the path of the option)', () => {
  test.each([
    [{ formats: [] }, ['formats']],
    [{ format: 'excel' }, ['format']],
    [{ asOf: '2025-04-01' }, ['asOf']],
    [{ asOf: Number.POSITIVE_INFINITY }, ['asOf']],
    [{ threads: 4 }, ['threads']],
    [{ formats: [toyFormat, toyFormat] }, ['formats', 1]],
    [{ formats: [{ format: 'x' }] }, ['formats', 0]],
    [{ page: { id: '' } }, ['page']],
    [{ page: 'DDCI' }, ['page']],
    [{ page: { id: '1', name: 3 } }, ['page', 'name']],
    [{ timezone: 'Mars/Olympus' }, ['timezone']],
    [{ timezone: 7 }, ['timezone']],
  ])('%j', (options, path) => {
    expect(() => createIngest(options as never)).toThrowError(expect.objectContaining({ code: 'invalid_option', path }));
  });

  test('the default time zone costs no Intl.DateTimeFormat: an export whose records name no zone never makes one', async () => {
    // Fresh modules: the zone module caches the names it has checked.
    vi.resetModules();
    const fresh = await import('../../src/ingest/index');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      const { report } = fresh.ingestFiles([jsonFile('page.json', page(post('a')))], { timezone: 'Asia/Ho_Chi_Minh', asOf: Date.UTC(2030, 0, 1) });
      expect(report.posts).toBe(1);
      fresh.createIngest({});
      expect(made).not.toHaveBeenCalled();
      expect(() => fresh.createIngest({ timezone: 'Europe/Paris' })).not.toThrow();
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });

  test('the error message lists the known formats', () => {
    expect(() => createIngest({ format: 'excel' })).toThrow('known: graph-api-json, graph-api-ndjson');
  });
});

describe('detection is unambiguous on every real and fixture file', () => {
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const real = REAL_EXPORTS.replace(/\/$/, '');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const fixtures = join(repo, 'fixtures');
  const exportDirs = [
    ...readdirSync(fixtures).map((n) => join(fixtures, n, 'export')),
    ...readdirSync(join(fixtures, 'formats')).map((n) => join(fixtures, 'formats', n, 'export')),
  ].filter((d) => existsSync(d));
  const files = [
    ...exportDirs.flatMap(walk),
    ...(realExportsPresent ? walk(real).filter((f) => !/(README\.md|counts\.json)$/.test(f)) : []),
  ];
  /** The format that reads each folder's files (real-exports folders, fixture folders). */
  const FORMAT_OF: readonly (readonly [RegExp, string])[] = [
    [/formats\/canonical\//, 'canonical-ndjson'],
    [/\.ndjson$/, 'graph-api-ndjson'],
    [/graph-api-v2\/|fixtures\/(ddci-page|edge-cases|snapshots)\//, 'graph-api-json'],
    [/minimaxir/, 'minimaxir-csv'],
    [/netvizz/, 'netvizz-tsv'],
    [/facepager/, 'facepager-csv'],
    [/crowdtangle/, 'crowdtangle-csv'],
    [/dyi/, 'dyi-json'],
  ];
  const formatOf = (path: string): string | null => FORMAT_OF.find(([pattern]) => pattern.test(path))?.[1] ?? null;
  const label = (f: string) => (f.startsWith(real) ? `real-exports${f.slice(real.length)}` : f.slice(fixtures.length + 1));

  test('every format folder contributes files (the walk found them)', () => {
    for (const format of ['graph-api-json', 'minimaxir-csv', 'netvizz-tsv', 'facepager-csv', 'crowdtangle-csv', 'dyi-json', 'canonical-ndjson']) {
      expect(files.some((f) => formatOf(f) === format), format).toBe(true);
    }
  });

  test.each(files.map((f) => [label(f), f]))('%s: exactly its own adapter claims it (none of these for other formats)', (_label, path) => {
    const text = decodeText(readFileSync(path));
    const head = { name: path, text: text.slice(0, HEAD_LENGTH), complete: text.length <= HEAD_LENGTH };
    const claimed = FORMATS.filter((f) => f.detect(head)).map((f) => f.format);
    const own = formatOf(path);
    expect(own, 'every file belongs to a known format').not.toBeNull();
    expect(claimed).toEqual([own]);
    expect(detectFormat(head).ok).toBe(true);
  });
});
