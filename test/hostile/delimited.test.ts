/**
 * Hostile delimited-text files (SPEC 7.1) through the three CSV/TSV adapters: a 200 MB field, a
 * header alone, rows too long or too short, NUL bytes, cells that look like spreadsheet formulas,
 * arbitrary cell text. Every case ends without a crash, with rejects that carry codes, and with
 * counts that reconcile (`ingest` checks records read = accepted + merged + rejected per file).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/node/cli';
import { ingest } from '../ingest/helpers';

const PAGE = { id: '104827365019283', name: 'DDCI Quảng Ninh' };
const COMMENT_HEADER = ['comment_id', 'status_id', 'parent_id', 'comment_message', 'comment_author', 'comment_published', 'num_reactions'];
const STATUS_HEADER = ['status_id', 'status_message', 'status_type', 'status_published', 'num_reactions', 'num_comments', 'num_shares'];
const NETVIZZ_HEADER = ['position', 'post_id', 'post_by', 'post_text', 'post_published', 'comment_id', 'comment_by', 'is_reply', 'comment_message', 'comment_published', 'comment_like_count'];
const FACEPAGER_HEADER = ['level', 'id', 'parent_id', 'object_id', 'object_type', 'object_key', 'query_status', 'query_time', 'query_type', 'created_time', 'message'];

const csv = (rows: readonly (readonly string[])[]) => stringify(rows as string[][], { record_delimiter: '\r\n' });
const tsv = (rows: readonly (readonly string[])[]) => rows.map((r) => `${r.join('\t')}\r\n`).join('');

describe('a 200 MB field', () => {
  test('a minimaxir comment of 200,000,000 characters is kept, its text cut at 100,000 and flagged text_too_long', () => {
    const long = 'Xin hỏi '.repeat(25_000_000);
    const content = `${COMMENT_HEADER.join(',')}\r\n1_1,104827365019283_1,,"${long}",An,2025-03-30 09:00:00,0\r\n1_2,104827365019283_1,,ok,Bình,2025-03-30 10:00:00,0\r\n`;
    const { dataset, report } = ingest([{ name: 'big_comments.csv', content: new TextEncoder().encode(content) }]);
    expect(report).toMatchObject({ comments: 2, rejected: 0, fieldRejects: 1 });
    expect(dataset.comments[0].message).toHaveLength(100_000);
    expect(long.startsWith(dataset.comments[0].message)).toBe(true);
    expect(report.rejects).toMatchObject([{ code: 'text_too_long', field: 'comment_message', kept: true, location: 'row 2' }]);
    expect(report.rejects[0].reason).not.toContain('Xin');
  }, 120_000);
});

describe('a header and no rows', () => {
  test.each([
    ['minimaxir statuses', 's.csv', `${STATUS_HEADER.join(',')}\r\n`, 'minimaxir-csv'],
    ['Netvizz comments', 'c.tab', `${NETVIZZ_HEADER.join('\t')}\r\n`, 'netvizz-tsv'],
    ['Facepager', 'f.csv', `${FACEPAGER_HEADER.map((c) => `"${c}"`).join(';')}\r\n`, 'facepager-csv'],
  ])('%s: read, nothing in it, a no_rows warning', (_label, name, content, format) => {
    const { report } = ingest([{ name, content }]);
    expect(report.perFile[0]).toMatchObject({ format, read: 0, error: null });
    expect(report.perFile[0].warnings.map((w) => w.code)).toEqual(['no_rows']);
  });
});

describe('rows with too many or too few fields', () => {
  test('minimaxir (CSV), Netvizz (TSV), Facepager: each such row one invalid_type reject of the whole row; the good rows read', () => {
    const good = ['1_1', '104827365019283_1', '', 'ok', 'An', '2025-03-30 09:00:00', '0'];
    const minimaxir = csv([COMMENT_HEADER, good, [...good.slice(0, 3)], [...good, 'extra', 'more']]);
    const nv = ['0_0', '104827365019283_1', 'h', 'p', '2025-03-30T01:00:00+0000', '1_9', 'h2', '0', 'm', '2025-03-30T02:00:00+0000', '0'];
    const netvizz = tsv([NETVIZZ_HEADER, nv, nv.slice(0, 4), [...nv, 'x']]);
    const fp = ['1', '2', '1', '1_5', 'data', 'data.*', 'fetched (200)', 't', 'Facebook:/<page>/feed', '2025-03-30T01:00:00+0000', 'x'];
    const facepager = csv([FACEPAGER_HEADER, fp, fp.slice(0, 9), [...fp, 'y']]);
    const { report } = ingest([
      { name: 'a_comments.csv', content: minimaxir },
      { name: 'b_comments.tab', content: netvizz },
      { name: 'c.csv', content: facepager },
    ]);
    expect(report.rejects.map((r) => [r.file, r.location, r.field, r.code])).toEqual([
      ['a_comments.csv', 'row 3', '', 'invalid_type'],
      ['a_comments.csv', 'row 4', '', 'invalid_type'],
      ['b_comments.tab', 'row 3', '', 'invalid_type'],
      ['b_comments.tab', 'row 4', '', 'invalid_type'],
      ['c.csv', 'row 3', '', 'invalid_type'],
      ['c.csv', 'row 4', '', 'invalid_type'],
    ]);
    expect(report.rejects[0].reason).toContain('a row of 3 fields where the header has 7');
    expect(report).toMatchObject({ posts: 2, comments: 2 });
  });
});

describe('NUL bytes', () => {
  test('in a message they are removed (SPEC 7.1); in an id the id is opaque and kept; in the header the file is refused as unknown_format', () => {
    const rows = csv([COMMENT_HEADER, ['1\u0000_1', '104827365019283_1', '', 'Xin\u0000 hỏi\u0000', 'A\u0000n', '2025-03-30 09:00:00', '0']]);
    const { dataset } = ingest([{ name: 'n_comments.csv', content: rows }]);
    expect(dataset.comments).toMatchObject([{ id: '1\u0000_1', message: 'Xin hỏi', fromId: 'name:An' }]);
    const header = ingest([{ name: 'h.csv', content: `comment_id\u0000,${COMMENT_HEADER.slice(1).join(',')}\r\n` }]);
    expect(header.report.rejects).toMatchObject([{ recordType: 'file', code: 'unknown_format' }]);
  });
});

describe('cells that look like spreadsheet formulas', () => {
  test('kept as text where text is read; refused with a code where a count or a time is', () => {
    const hyperlink = '=HYPERLINK("http://evil.example","bấm vào")';
    const { dataset, report } = ingest([
      { name: 'p_facebook_statuses.csv', content: csv([STATUS_HEADER, ['104827365019283_1', hyperlink, '+cmd', '2025-03-30 08:00:00', '=1+1', '@SUM(1)', '-2']]) },
      { name: 'p_facebook_comments.csv', content: csv([COMMENT_HEADER,
        ['1_1', '104827365019283_1', '', '-1+1', '@Nguyễn An', '2025-03-30 09:00:00', '0'],
        ['1_2', '104827365019283_1', '', 'x', 'An', '=NOW()', '0'],
      ]) },
    ], { page: PAGE });
    expect(dataset.posts).toMatchObject([{ message: hyperlink, statusType: '+cmd', reactionsTotal: null, commentsTotal: null, sharesCount: 0 }]);
    expect(dataset.comments).toMatchObject([{ id: '1_1', message: '-1+1', fromId: 'name:@Nguyễn An' }]);
    expect(report.rejects.map((r) => [r.file, r.field, r.code, r.kept])).toEqual([
      ['p_facebook_comments.csv', 'comment_published', 'invalid_time', false],
      ['p_facebook_statuses.csv', 'num_comments', 'invalid_count', true],
      ['p_facebook_statuses.csv', 'num_shares', 'invalid_count', true],
      ['p_facebook_statuses.csv', 'num_reactions', 'invalid_count', true],
    ]);
    expect(report.rejects.every((r) => !r.reason.includes('NOW') && !r.reason.includes('SUM'))).toBe(true);
  });
});

describe('arbitrary cell text never crashes the CSV adapters (fast-check)', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme-composite' }),
    fc.constantFrom('"', '""', '\r', '\r\n', '\n', ',', '\t', ';', '\u0000', '__proto__', 'undiscoverable', '=A1', '\uD800', '[[PHOTO]]'),
  );
  const row = fc.array(text, { minLength: 0, maxLength: 9 });

  test('minimaxir comments, Netvizz comments and Facepager files of random cells: counts reconcile, no reason quotes a cell', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const secret = rows.map((r) => r.map((c) => `SECRET${c}`));
        const result = ingest([
          { name: 'a_comments.csv', content: csv([COMMENT_HEADER, ...secret]) },
          { name: 'b_comments.tab', content: tsv([NETVIZZ_HEADER, ...secret.map((r) => r.map((c) => c.replace(/[\t\r\n]/g, ' ')))]) },
          { name: 'c.csv', content: csv([FACEPAGER_HEADER, ...secret]) },
        ], { page: PAGE });
        expect(result.report.perFile.map((f) => f.format)).toEqual(['minimaxir-csv', 'netvizz-tsv', 'facepager-csv']);
        for (const r of result.report.rejects) expect(r.reason).not.toContain('SECRET');
        JSON.stringify(result.dataset);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a rejected row as validate --json writes it (SPEC 7.2)', () => {
  test('keyed by its header: ids and times kept, names and texts reduced to their length', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-csv-reject-'));
    try {
      await writeFile(join(dir, 'p_facebook_comments.csv'), csv([COMMENT_HEADER, ['1_1', '104827365019283_1', '', 'Xin hỏi Nguyễn Văn An', 'Nguyễn Văn An', '2025-02-30 09:00:00', '0']]));
      let stdout = '';
      await runCli(['validate', dir, '--json', '--as-of', '2025-04-01T00:00:00Z'], { stdout: (t) => { stdout += t; }, stderr: () => {}, isTty: false, env: {} });
      const { rejects } = JSON.parse(stdout) as { rejects: { code: string; record: unknown }[] };
      expect(rejects).toMatchObject([{ code: 'invalid_time' }]);
      expect(rejects[0].record).toEqual({
        comment_id: '1_1', status_id: '104827365019283_1', parent_id: '', comment_message: '[21 chars]', comment_author: '[13 chars]',
        comment_published: '2025-02-30 09:00:00', num_reactions: '[1 chars]',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
