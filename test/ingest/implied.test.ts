/**
 * The sink's implied posts (PostInput.implied) and posts held without their comments
 * (PostInput.commentsListed), driven directly through DatasetBuilder: the counts are worked out by
 * hand from the calls made (records read = accepted + merged + rejected, per file).
 */
import { describe, expect, test } from 'vitest';
import { DatasetBuilder, INGEST_LIMITS } from '../../src/ingest/index';
import { AS_OF, expectReconciled } from './helpers';

const T = Date.parse('2025-03-04T02:00:00Z');
const at = (index: number) => ({ path: 'row ', index, raw: null });

describe('implied posts', () => {
  test('implied in two files and held by none: the first copy is the record, the second a duplicate; both counted', () => {
    const builder = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    const a = builder.beginFile('a.tab', 'test');
    a.post({ id: 'p', time: T, from: { id: 'h1', name: null }, implied: true }, at(2));
    a.post({ id: 'p', time: T, from: { id: 'h1', name: null }, implied: true }, at(3)); // once per file: ignored
    a.comment({ id: 'c', postId: 'p', time: T + 1 }, at(2));
    const b = builder.beginFile('b.tab', 'test');
    b.post({ id: 'p', time: T, from: { id: 'h2', name: null }, implied: true }, at(2));
    const { dataset, report } = builder.finish();
    expectReconciled(report);
    expect(report.perFile.map((f) => [f.read, f.posts, f.comments, f.duplicates])).toEqual([[2, 1, 1, 0], [1, 0, 0, 1]]);
    // The later copy wins a disagreement, reported as a conflict (SPEC 2.1), and is the record's source.
    expect(dataset.posts).toMatchObject([{ id: 'p', fromId: 'h2', file: 1, position: 0 }]);
    expect(report.conflicts).toMatchObject([{ id: 'p', field: 'fromId', earlier: { file: 'a.tab', location: 'row 2' }, later: { file: 'b.tab', location: 'row 2' } }]);
  });

  test('held by a later file: not counted anywhere; it fills in only an author the held post lacks', () => {
    const builder = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    const a = builder.beginFile('a.tab', 'test');
    a.post({ id: 'p1', time: T, message: 'implied text', from: { id: 'h1', name: null }, implied: true }, at(2));
    a.post({ id: 'p2', time: T, from: { id: 'h2', name: null }, implied: true }, at(3));
    const b = builder.beginFile('b.tab', 'test');
    b.post({ id: 'p1', time: T + 5, message: '', from: null }, at(2));
    b.post({ id: 'p2', time: T, message: 'held', from: { id: 'page', name: 'Trang' } }, at(3));
    const { dataset, report } = builder.finish();
    expectReconciled(report);
    expect(report.perFile.map((f) => [f.read, f.posts, f.duplicates])).toEqual([[0, 0, 0], [2, 2, 0]]);
    expect(dataset.posts.map((p) => [p.id, p.fromId, p.message, p.time])).toEqual([['p2', 'page', 'held', T], ['p1', 'h1', '', T + 5]]);
    expect(report.conflicts).toEqual([]);
    expect(dataset.actors.map((a) => a.id)).toEqual(['h1', 'page']);
  });

  test('an implied post whose time is out of range is rejected (counted) only when it would have been the record', () => {
    const builder = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    builder.beginFile('a.tab', 'test').post({ id: 'p', time: Date.parse('2003-01-01T00:00:00Z'), implied: true }, at(2));
    const { report } = builder.finish();
    expectReconciled(report);
    expect(report.rejects).toMatchObject([{ file: 'a.tab', location: 'row 2', recordType: 'post', code: 'time_out_of_range' }]);
  });
});

describe('posts held without their comments (commentsListed: false)', () => {
  test('no snapshot copy: a later posts file says nothing about the comments an earlier file listed (SPEC 4.6)', () => {
    const builder = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    const a = builder.beginFile('a.json', 'test');
    a.post({ id: 'p', time: T, commentsTotal: 1 }, at(1));
    a.comment({ id: 'c', postId: 'p', time: T + 1 }, at(2));
    const b = builder.beginFile('b.csv', 'test');
    b.post({ id: 'p', time: T, commentsTotal: 0, commentsListed: false }, at(1));
    const c = builder.beginFile('c.json', 'test');
    c.post({ id: 'p', time: T, commentsTotal: 0 }, at(1));
    const { snapshots } = builder.finish();
    // c.json lists the post's comments (none, complete): a snapshot; b.csv does not.
    expect(snapshots.postCopies.get('p')!.map((copy) => [snapshots.files[copy.file], copy.commentIds, copy.commentsTotal])).toEqual([
      ['a.json', ['c'], 1],
      ['c.json', [], 0],
    ]);
  });
});

