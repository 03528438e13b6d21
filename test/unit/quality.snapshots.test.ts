/**
 * Snapshots (SPEC 4.6) on hand-built indexes: a comment present in an earlier file and absent from
 * a later one whose list is complete (listed = total_count) has disappeared; absent only from
 * incomplete lists, it is unverifiable; a changed message is edited. Expected fates by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentsNoLongerHeld, formatCommentsNoLongerHeld, isCompleteCopy, snapshotFates, snapshotNames,
} from '../../src/metrics/quality/snapshots';
import type { IngestConflict, PostCopy, SnapshotIndex } from '../../src/model/types';

const FILES = ['w/2025-03-10.json', 'w/2025-03-17.json', 'w/2025-03-24.json'];

/** A copy: `total` 'complete' = as many as listed; a number = that total; null = no summary. */
function copy(file: number, ids: string[], total: number | 'complete' | null = 'complete'): PostCopy {
  return { file, commentIds: ids, topLevelListed: ids.length, commentsTotal: total === 'complete' ? ids.length : total };
}

function index(postCopies: Record<string, PostCopy[]>): SnapshotIndex {
  return { files: FILES, postCopies: new Map(Object.entries(postCopies)) };
}

const editedConflict = (id: string): IngestConflict => ({
  recordType: 'comment', id, field: 'message',
  later: { file: FILES[1], location: 'data[0].comments.data[0]', position: 1 }, earlier: { file: FILES[0], location: 'data[0].comments.data[0]', position: 1 },
});

describe('isCompleteCopy', () => {
  it('complete only when the total is given and equals the comments and replies listed', () => {
    expect(isCompleteCopy(copy(0, ['a', 'b'], 2))).toBe(true);
    expect(isCompleteCopy(copy(0, ['a', 'b'], 3))).toBe(false); // cut by paging
    expect(isCompleteCopy(copy(0, ['a', 'b'], 1))).toBe(false); // a top-level count: replies unknown
    expect(isCompleteCopy(copy(0, ['a'], null))).toBe(false); // no summary
    expect(isCompleteCopy(copy(0, [], 0))).toBe(true);
  });
});

describe('snapshotFates (SPEC 4.6)', () => {
  it('deleted: in the first file, gone from the complete second → disappeared, last seen in the first', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a', 'b']), copy(1, ['b'])] }), []);
    expect(fates.fate('a')).toEqual({ status: 'disappeared', lastSeenIn: '2025-03-10.json', edited: null });
    expect(fates.fate('b')).toEqual({ status: 'held', lastSeenIn: null, edited: false });
    expect([...fates.unverifiablePosts]).toEqual([]);
  });

  it('cut lists: gone from every later copy, none complete → unverifiable, the post counted', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a', 'b']), copy(1, ['b'], 5), copy(2, ['b'], null)] }), []);
    expect(fates.fate('a')).toEqual({ status: 'unverifiable', lastSeenIn: '2025-03-10.json', edited: null });
    expect([...fates.unverifiablePosts]).toEqual(['p']);
  });

  it('missing behind a cut list and from a complete one after it → disappeared', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a']), copy(1, [], 1), copy(2, [])] }), []);
    expect(fates.fate('a').status).toBe('disappeared');
    expect(fates.unverifiablePosts.size).toBe(0);
  });

  it('hidden then shown again: judged from its last holder → held', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a']), copy(1, []), copy(2, ['a'])] }), []);
    expect(fates.fate('a')).toEqual({ status: 'held', lastSeenIn: null, edited: false });
  });

  it('edited: a message conflict marks it; held by two files without one → not edited; held by one → null', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a', 'b']), copy(1, ['a', 'b', 'c'])] }), [editedConflict('a')]);
    expect(fates.fate('a').edited).toBe(true);
    expect(fates.fate('b').edited).toBe(false);
    expect(fates.fate('c').edited).toBeNull();
  });

  it('conflicts of other fields or records do not mark an edit', () => {
    const other: IngestConflict[] = [{ ...editedConflict('a'), field: 'from' }, { ...editedConflict('a'), recordType: 'post' }];
    expect(snapshotFates(index({ p: [copy(0, ['a']), copy(1, ['a'])] }), other).fate('a').edited).toBe(false);
  });

  it('a post in one file only is not followed; an id no copy holds is unfollowed', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a'])] }), []);
    expect(fates.fate('a')).toEqual({ status: 'unfollowed', lastSeenIn: null, edited: null });
    expect(fates.fate('zzz').status).toBe('unfollowed');
    expect(fates.followedPosts.size).toBe(0);
  });

  it('two copies of a post in one file count as one snapshot (their lists united; complete if one is)', () => {
    const fates = snapshotFates(index({ p: [copy(0, ['a', 'b']), copy(1, ['b'], 4), copy(1, ['c'])] }), []);
    expect(fates.fate('a').status).toBe('disappeared');
    expect(fates.fate('b').status).toBe('held');
  });

  it('does not depend on the order of the copies in the index (fast-check)', () => {
    const base = { p: [copy(0, ['a', 'b', 'c']), copy(1, ['b', 'd'], 3), copy(2, ['d'])], q: [copy(0, ['x']), copy(2, ['y'], 2)] };
    const ids = ['a', 'b', 'c', 'd', 'x', 'y'];
    const reference = snapshotFates(index(base), []);
    fc.assert(fc.property(fc.shuffledSubarray(base.p, { minLength: 3 }), fc.shuffledSubarray(base.q, { minLength: 2 }), (p, q) => {
      const fates = snapshotFates(index({ q, p }), []);
      for (const id of ids) expect(fates.fate(id)).toEqual(reference.fate(id));
      expect([...fates.unverifiablePosts].sort()).toEqual([...reference.unverifiablePosts].sort());
    }));
    // By hand: a, c gone from the cut second file and from the complete third → disappeared; b gone
    // from the complete third → disappeared; x (q only in files 0 and 2, cut) → unverifiable.
    expect(ids.map((id) => reference.fate(id).status)).toEqual(['disappeared', 'disappeared', 'disappeared', 'held', 'unverifiable', 'held']);
  });
});

describe('commentsNoLongerHeld (validate, per file)', () => {
  it('counts comments of earlier files missing from each file, and those under an incomplete list', () => {
    const rows = commentsNoLongerHeld(index({
      p: [copy(0, ['a', 'b']), copy(1, ['b']), copy(2, ['b', 'c'])],
      q: [copy(0, ['x', 'y']), copy(1, [], 2), copy(2, ['x'])],
    }));
    // file 1: p lost a (complete), q lost x, y (cut) → 3, 2 unverifiable; file 2: p still lacks a, q lacks y → 2, 0
    expect(rows).toEqual([
      { file: FILES[0], noLongerHeld: 0, unverifiable: 0 },
      { file: FILES[1], noLongerHeld: 3, unverifiable: 2 },
      { file: FILES[2], noLongerHeld: 2, unverifiable: 0 },
    ]);
    expect(formatCommentsNoLongerHeld(rows)).toBe(
      `${FILES[1]}: 3 comments of earlier files no longer held (2 under an incomplete list: unverifiable)\n`
      + `${FILES[2]}: 2 comments of earlier files no longer held`,
    );
  });
});

describe('snapshotNames', () => {
  it('strips the folders every path shares, whatever the separator; a lone file keeps its name', () => {
    expect(snapshotNames(['/data/w10/feed.json', '/data/w11/feed.json'])).toEqual(['w10/feed.json', 'w11/feed.json']);
    expect(snapshotNames(['C:\\exports\\a.json', 'C:\\exports\\b.json'])).toEqual(['a.json', 'b.json']);
    expect(snapshotNames(['export/2025-03-10.json'])).toEqual(['2025-03-10.json']);
    expect(snapshotNames(['a.json', 'sub/b.json'])).toEqual(['a.json', 'sub/b.json']);
    expect(snapshotNames([])).toEqual([]);
  });
});
