/**
 * Snapshots: what disappeared between weekly exports (SPEC 4.6, 2.1).
 *
 * When the same post is in several input files, the files sorted by path are successive
 * snapshots of the page. For each comment seen under a post:
 * - `held`: the last file holding the post still holds the comment;
 * - `disappeared`: a file after the last one holding the comment has the post with a complete
 *   comment list (listed = `comments.summary.total_count`) that no longer holds it — deleted or
 *   hidden between those two files;
 * - `unverifiable`: every later copy of the post lists fewer comments than it announces, so its
 *   absence proves nothing; the post is counted as unverifiable, nothing is guessed;
 * - `unfollowed`: the post is in one file only (or the comment in none): no later snapshot to
 *   compare with.
 * A comment whose message differs between two files is `edited` (the ingest reports it as a
 * `message` conflict; judged on NFC text).
 *
 * "Complete" (docs/decisions.md): the copy announces a total and lists exactly that many comments
 * and replies (the project reads `total_count` as comments + replies, as SPEC 4.1's
 * `commentsTruncated` does). A copy with no total, or listing more or fewer, is not complete.
 *
 * Pure: a function of the snapshot index and the conflicts the ingest reports. O(copies + ids).
 */

import type { IngestConflict, PostCopy, SnapshotIndex } from '../../model/types';

export type SnapshotStatus = 'held' | 'disappeared' | 'unverifiable' | 'unfollowed';

/** What the snapshots say about one comment. */
export interface CommentFate {
  status: SnapshotStatus;
  /** The snapshot (see {@link snapshotNames}) that last held it, when the latest copy of its post does not. */
  lastSeenIn: string | null;
  /** Its message changed between files; null when fewer than two files hold it. */
  edited: boolean | null;
}

export interface SnapshotFates {
  /** The fate of a comment (`unfollowed` for an id no copy holds). */
  fate(commentId: string): CommentFate;
  /** Posts held by two or more files. */
  followedPosts: ReadonlySet<string>;
  /** Posts where a comment is missing from every later copy and none of those copies is complete. */
  unverifiablePosts: ReadonlySet<string>;
  /** Display names of the files, index for index (paths relative to their common folder). */
  names: readonly string[];
}

const UNFOLLOWED: CommentFate = Object.freeze({ status: 'unfollowed', lastSeenIn: null, edited: null });

/** A copy lists exactly the comments it announces. */
export function isCompleteCopy(copy: PostCopy): boolean {
  return copy.commentsTotal !== null && copy.commentIds.length === copy.commentsTotal;
}

/**
 * Names for people: each path relative to the folder all the paths share (`/` or `\` separated),
 * so the names do not depend on where the command ran.
 * @example snapshotNames(['/data/w10/feed.json', '/data/w11/feed.json']) // ['w10/feed.json', 'w11/feed.json']
 * @example snapshotNames(['export/2025-03-10.json']) // ['2025-03-10.json']
 */
export function snapshotNames(files: readonly string[]): string[] {
  const parts = files.map((f) => f.split(/[\\/]/));
  if (parts.length === 0) return [];
  // Folders shared by every path (never the file name itself).
  let shared = Math.min(...parts.map((p) => p.length - 1));
  for (let i = 0; i < shared; i += 1) {
    if (parts.some((p) => p[i] !== parts[0][i])) {
      shared = i;
      break;
    }
  }
  return parts.map((p) => p.slice(shared).join('/'));
}

/** The copies of a post grouped by file, oldest file first: each file's held ids and completeness. */
function byFile(copies: readonly PostCopy[]): { file: number; held: Set<string>; complete: boolean }[] {
  const files = new Map<number, { file: number; held: Set<string>; complete: boolean }>();
  for (const copy of copies) {
    let entry = files.get(copy.file);
    if (!entry) files.set(copy.file, (entry = { file: copy.file, held: new Set(), complete: false }));
    for (const id of copy.commentIds) entry.held.add(id);
    // A file holding the post twice is complete when one of its copies is: it lists the post's
    // whole list, and the union holds at least that list.
    if (isCompleteCopy(copy)) entry.complete = true;
  }
  return [...files.values()].sort((a, b) => a.file - b.file);
}

/**
 * The fate of every comment seen in the snapshots.
 * @param index the ingest's snapshot index (files sorted by path)
 * @param conflicts the ingest's conflicts; `comment`/`message` ones mark edited comments
 * @example
 * const fates = snapshotFates(index, report.conflicts);
 * fates.fate('p1_c7') // { status: 'disappeared', lastSeenIn: '2025-03-10.json', edited: false }
 */
export function snapshotFates(index: SnapshotIndex, conflicts: readonly IngestConflict[]): SnapshotFates {
  const names = snapshotNames(index.files);
  const editedIds = new Set(conflicts.filter((c) => c.recordType === 'comment' && c.field === 'message').map((c) => c.id));
  const fates = new Map<string, CommentFate>();
  const followedPosts = new Set<string>();
  const unverifiablePosts = new Set<string>();

  for (const [postId, copies] of index.postCopies) {
    const files = byFile(copies);
    if (files.length < 2) continue;
    followedPosts.add(postId);
    const lastFileOf = new Map<string, number>(); // comment → position (in `files`) of the last file holding it
    const holders = new Map<string, number>(); // comment → how many files hold it
    files.forEach((entry, position) => {
      for (const id of entry.held) {
        lastFileOf.set(id, position);
        holders.set(id, (holders.get(id) ?? 0) + 1);
      }
    });
    for (const [id, position] of lastFileOf) {
      const edited = editedIds.has(id) ? true : holders.get(id)! >= 2 ? false : null;
      if (position === files.length - 1) {
        fates.set(id, { status: 'held', lastSeenIn: null, edited });
        continue;
      }
      const verified = files.slice(position + 1).some((entry) => entry.complete);
      if (!verified) unverifiablePosts.add(postId);
      fates.set(id, {
        status: verified ? 'disappeared' : 'unverifiable',
        lastSeenIn: names[files[position].file],
        edited,
      });
    }
  }
  return {
    // A comment no followed post holds may still have two differing copies in one file.
    fate: (commentId) => fates.get(commentId) ?? (editedIds.has(commentId) ? { ...UNFOLLOWED, edited: true } : UNFOLLOWED),
    followedPosts,
    unverifiablePosts,
    names,
  };
}

/** Per input file: comments of earlier files (under posts it holds too) that it no longer holds. */
export interface FileDrops {
  file: string;
  /** Distinct comments seen under a post in an earlier file and missing from this file's copy. */
  noLongerHeld: number;
  /** Of those, the ones under a copy whose list is incomplete: their absence proves nothing. */
  unverifiable: number;
}

/**
 * What `validate` reports per file: how many comments of earlier files it no longer holds.
 * Files in index order (sorted by path); the first file always has 0.
 * @example
 * commentsNoLongerHeld(index) // [{ file: 'a.json', noLongerHeld: 0, unverifiable: 0 }, { file: 'b.json', noLongerHeld: 2, unverifiable: 1 }]
 */
export function commentsNoLongerHeld(index: SnapshotIndex): FileDrops[] {
  const rows = index.files.map((file) => ({ file, noLongerHeld: 0, unverifiable: 0 }));
  for (const copies of index.postCopies.values()) {
    const seen = new Set<string>();
    for (const entry of byFile(copies)) {
      for (const id of seen) {
        if (entry.held.has(id)) continue;
        rows[entry.file].noLongerHeld += 1;
        if (!entry.complete) rows[entry.file].unverifiable += 1;
      }
      for (const id of entry.held) seen.add(id);
    }
  }
  return rows;
}

/**
 * The lines `validate` prints under its table (nothing when no file drops anything).
 * @example formatCommentsNoLongerHeld(commentsNoLongerHeld(index))
 * // 'b.json: 2 comments of earlier files no longer held (1 under an incomplete list: unverifiable)'
 */
export function formatCommentsNoLongerHeld(rows: readonly FileDrops[]): string {
  return rows
    .filter((r) => r.noLongerHeld > 0)
    .map((r) => `${r.file}: ${r.noLongerHeld} comment${r.noLongerHeld === 1 ? '' : 's'} of earlier files no longer held`
      + (r.unverifiable > 0 ? ` (${r.unverifiable} under an incomplete list: unverifiable)` : ''))
    .join('\n');
}
