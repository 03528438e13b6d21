/**
 * The dataset builder every ingest adapter feeds: merges overlapping exports by id in O(records)
 * with Maps, counts duplicates and rejects, and sorts the result so it does not depend on the
 * order records were met in (docs/decisions.md "Ingest").
 *
 * - posts and comments are keyed by id; the first accepted copy's fields are kept, later copies
 *   only raise `sharesCount`, `reactionsTotal` and `commentsTotal` to the larger value;
 * - reactions are keyed by (target id, actor id), anonymous ones by (target id, position in their
 *   list);
 * - every record seen again after its first accepted appearance counts once in `duplicates`,
 *   under the file where it was seen again;
 * - `perFile` counts records first accepted from that file, so the per-file numbers add up to the
 *   totals.
 */
import type {
  Actor,
  Comment,
  FileIngestReport,
  IngestResult,
  Post,
  Reaction,
  RejectedRecord,
  Share,
} from '../model/types';

/** Where an anonymous reaction sits: the list it came from (`reactions`, `likes`) and its index. */
export interface AnonymousSlot {
  list: string;
  position: number;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byTimeThenId = (a: { time: number; id: string }, b: { time: number; id: string }): number =>
  a.time - b.time || compareStrings(a.id, b.id);

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

export class DatasetBuilder {
  private readonly posts = new Map<string, Post>();
  private readonly comments = new Map<string, Comment>();
  /** Identified reactions: target id → actor ids (no key string is built per reaction). */
  private readonly reactionIndex = new Map<string, Set<string>>();
  /** Anonymous reactions: target id → `list#position`. */
  private readonly anonymousIndex = new Map<string, Set<string>>();
  private readonly reactions: Reaction[] = [];
  /** The list and position of each anonymous reaction (their identity and sort key). */
  private readonly anonymousSlots = new Map<Reaction, AnonymousSlot>();
  private readonly shares: Share[] = [];
  private readonly actorNames = new Map<string, string | null>();
  private readonly rejects: RejectedRecord[] = [];
  private readonly perFile: FileIngestReport[] = [];
  private current: FileIngestReport | null = null;

  /** Start a file: every record added until the next call is counted under it. */
  beginFile(file: string, format: string): FileIngestReport {
    const report: FileIngestReport = {
      file,
      format,
      posts: 0,
      comments: 0,
      reactions: 0,
      duplicates: 0,
      rejected: 0,
      error: null,
    };
    this.perFile.push(report);
    this.current = report;
    return report;
  }

  private file(): FileIngestReport {
    if (this.current === null) throw new Error('DatasetBuilder: beginFile() must come first');
    return this.current;
  }

  /** Add a post; returns false when its id was already accepted (merged as a duplicate). */
  addPost(post: Post): boolean {
    const seen = this.posts.get(post.id);
    const file = this.file();
    if (seen !== undefined) {
      seen.sharesCount = Math.max(seen.sharesCount, post.sharesCount);
      seen.reactionsTotal = maxOrNull(seen.reactionsTotal, post.reactionsTotal);
      seen.commentsTotal = maxOrNull(seen.commentsTotal, post.commentsTotal);
      file.duplicates += 1;
      return false;
    }
    this.posts.set(post.id, post);
    file.posts += 1;
    if (post.parentId !== null) {
      this.shares.push({
        postId: post.id,
        sharedPostId: post.parentId,
        fromId: post.fromId,
        time: post.time,
        source: post.source,
      });
    }
    return true;
  }

  /** Add a comment or reply; returns false when its id was already accepted. */
  addComment(comment: Comment): boolean {
    const file = this.file();
    if (this.comments.has(comment.id)) {
      file.duplicates += 1;
      return false;
    }
    this.comments.set(comment.id, comment);
    file.comments += 1;
    return true;
  }

  /**
   * Add a reaction; its list (`reactions`, `likes`) and index there identify an anonymous one.
   * Returns false when the same (target, actor) — or target and slot — was already accepted.
   */
  addReaction(reaction: Reaction, list: string, position: number): boolean {
    const file = this.file();
    const anonymous = reaction.actorId === null;
    const index = anonymous ? this.anonymousIndex : this.reactionIndex;
    const key = anonymous ? `${list}#${position}` : (reaction.actorId as string);
    let keys = index.get(reaction.targetId);
    if (keys === undefined) {
      keys = new Set();
      index.set(reaction.targetId, keys);
    } else if (keys.has(key)) {
      file.duplicates += 1;
      return false;
    }
    keys.add(key);
    this.reactions.push(reaction);
    if (anonymous) this.anonymousSlots.set(reaction, { list, position });
    file.reactions += 1;
    return true;
  }

  /** Note an account (author, reactor, tagged): the first non-empty name wins. */
  noteActor(id: string, name: string | null): void {
    const known = this.actorNames.get(id);
    if (known !== undefined && known !== null) return;
    if (name !== null && name.trim() !== '') this.actorNames.set(id, name);
    else if (known === undefined) this.actorNames.set(id, null);
  }

  /** Record a rejected record under the current file. */
  reject(record: RejectedRecord): void {
    this.rejects.push(record);
    this.file().rejected += 1;
  }

  /** Mark the current file as unreadable as a whole (`error`), with its reject of type 'file'. */
  fileError(record: Omit<RejectedRecord, 'recordType'>): void {
    this.file().error = `${record.code}: ${record.reason}`;
    this.reject({ ...record, recordType: 'file' });
  }

  /** The canonical dataset (sorted) and the ingest report. */
  finish(): IngestResult {
    const posts = [...this.posts.values()].sort(byTimeThenId);
    const comments = [...this.comments.values()].sort(byTimeThenId);
    const slots = this.anonymousSlots;
    const reactions = this.reactions.sort((a, b) => {
      if (a.targetId !== b.targetId) return compareStrings(a.targetId, b.targetId);
      // Identified actors by id, then anonymous ones by their list and position in it.
      if (a.actorId !== null && b.actorId !== null) return compareStrings(a.actorId, b.actorId);
      if (a.actorId !== null) return -1;
      if (b.actorId !== null) return 1;
      const sa = slots.get(a)!;
      const sb = slots.get(b)!;
      return compareStrings(sa.list, sb.list) || sa.position - sb.position;
    });
    const shares = this.shares.sort(
      (a, b) => a.time - b.time || compareStrings(a.postId, b.postId),
    );
    const actors: Actor[] = [...this.actorNames.entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => compareStrings(a.id, b.id));
    const duplicates = this.perFile.reduce((sum, f) => sum + f.duplicates, 0);
    return {
      dataset: { actors, posts, comments, reactions, shares },
      report: {
        files: this.perFile.length,
        posts: posts.length,
        comments: comments.length,
        reactions: reactions.length,
        shares: shares.length,
        duplicates,
        rejected: this.rejects.length,
        perFile: this.perFile,
        rejects: this.rejects,
      },
    };
  }
}
