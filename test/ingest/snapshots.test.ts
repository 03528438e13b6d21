/**
 * Files sorted by path are successive snapshots (SPEC 2.1, 4.6): the snapshot index lists each
 * post's copy file by file, and a comment whose text changed between copies is a `message`
 * conflict (how "edited" is found). The fixture export in any order gives the same result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { InputFile } from '../../src/model/types';
import { comment, ingest, jsonFile, ndjsonFile, page, post } from './helpers';

describe('the snapshot index', () => {
  const week1 = jsonFile('export/2025-03-03.json', page(post('p', {
    comments: { data: [comment('c1', { comments: { data: [comment('r1')] } }), comment('c2')], summary: { total_count: 2 } },
  })));
  const week2 = ndjsonFile('export/2025-03-10.ndjson', [post('p', {
    comments: { data: [comment('c2', { message: 'comment c2 (edited)' }), comment('c3')], summary: { total_count: 2 } },
  }), post('q')]);
  const week3 = jsonFile('export/2025-03-17.json', [post('q', { comments: { data: [comment('q1')] } })]);

  test("one entry per file that held the post, in path order: its comments and replies in file order, top-level count, summary", () => {
    const { snapshots } = ingest([week3, week1, week2]);
    expect(snapshots.files).toEqual(['export/2025-03-03.json', 'export/2025-03-10.ndjson', 'export/2025-03-17.json']);
    expect(snapshots.postCopies.get('p')).toEqual([
      { file: 0, commentIds: ['c1', 'r1', 'c2'], topLevelListed: 2, commentsTotal: 2 },
      { file: 1, commentIds: ['c2', 'c3'], topLevelListed: 2, commentsTotal: 2 },
    ]);
    expect(snapshots.postCopies.get('q')).toEqual([
      { file: 1, commentIds: [], topLevelListed: 0, commentsTotal: null },
      { file: 2, commentIds: ['q1'], topLevelListed: 1, commentsTotal: null },
    ]);
  });

  test('a comment whose text changed is a message conflict; the same text in NFD is not', () => {
    const nfd = ndjsonFile('export/2025-03-24.ndjson', [post('q', { comments: { data: [comment('q1', { message: 'Xin hỏi'.normalize('NFD') })] } })]);
    const nfc = jsonFile('export/2025-03-17.json', [post('q', { comments: { data: [comment('q1', { message: 'Xin hỏi' })] } })]);
    const { report, dataset } = ingest([week1, week2, nfc, nfd]);
    expect(report.conflicts).toEqual([{
      recordType: 'comment', id: 'c2', field: 'message',
      earlier: { file: 'export/2025-03-03.json', location: 'data[0].comments.data[1]', position: 3 },
      later: { file: 'export/2025-03-10.ndjson', location: 'line 1: comments.data[0]', position: 1 },
    }]);
    expect(dataset.comments.find((c) => c.id === 'c2')!.message).toBe('comment c2 (edited)');
  });

  test('a comment absent from a later copy stays in the dataset; the index shows where it was listed', () => {
    const { dataset, snapshots } = ingest([week1, week2]);
    expect(dataset.comments.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'r1']);
    const listedIn = (id: string) => snapshots.postCopies.get('p')!.filter((c) => c.commentIds.includes(id)).map((c) => c.file);
    expect(listedIn('c1')).toEqual([0]);
    expect(listedIn('c2')).toEqual([0, 1]);
  });
});

describe('the fixture export in any order gives the same dataset, report and snapshots (fast-check)', () => {
  const dir = fileURLToPath(new URL('../../fixtures/ddci-page/export/', import.meta.url));
  const files: InputFile[] = readdirSync(dir).sort().map((n) => ({ name: join(dir, n), content: readFileSync(join(dir, n)) }));
  const reference = ingest(files);
  const expected = JSON.stringify({ dataset: reference.dataset, report: reference.report, copies: [...reference.snapshots.postCopies] });

  test('5 files, shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), (order) => {
        const result = ingest(order);
        expect(JSON.stringify({ dataset: result.dataset, report: result.report, copies: [...result.snapshots.postCopies] })).toBe(expected);
      }),
      { numRuns: 10 },
    );
  });

  test('the fixture has the duplicated post of files 02 and 03: the later copy wins, the changed counts are conflicts', () => {
    const copies = reference.snapshots.postCopies.get('104827365019283_122168832690343403')!;
    expect(copies.map((c) => reference.snapshots.files[c.file].slice(dir.length))).toEqual([
      '02_feed_2025-01-27_2025-02-16.json', '03_feed_2025-02-16_2025-03-09.json',
    ]);
    expect(copies.map((c) => c.commentsTotal)).toEqual([4, 5]);
    expect(reference.report.conflicts.map((c) => c.field)).toEqual(['sharesCount', 'reactionsTotal', 'commentsTotal']);
  });
});
