/**
 * The dataset builder every adapter feeds through a {@link RecordSink} (src/ingest/adapter.ts).
 * It owns what all formats share (SPEC 2.1, 2.4, 7.1; docs/decisions.md "Ingest"):
 *
 * - text normalised once (src/ingest/text.ts); one string object per account id;
 * - the limits: times from 2004-02-04 to one day after `asOf` (else `time_out_of_range`), counts
 *   that are non-negative safe integers (else a field reject `invalid_count`), texts cut at the
 *   length limit (field reject `text_too_long`);
 * - merging by id in O(records): lists (comments, reactions) are united; for a single value the copy
 *   read later wins — files are read in path order, so the later snapshot — unless it has no value
 *   (an empty message, a hidden author, an absent count say nothing); every disagreement is a
 *   conflict in the report, with both locations and never the values;
 * - comments whose post the file does not name (comments-edge pages) placed at the end, and posts a
 *   file only implies (Netvizz's comments file) kept or used to fill in an author at the end;
 * - per file: records read = accepted + merged (duplicates) + rejected;
 * - the snapshot index (SPEC 4.6) and the location of every record by (file, position).
 */
import type {
  Actor,
  Comment,
  FileIngestReport,
  FileCapabilities,
  IdentityKind,
  IngestConflict,
  IngestResult,
  Post,
  PostCopy,
  Reaction,
  ReactionCounts,
  ReactionType,
  RecordType,
  RejectedRecord,
  Share,
  Tag,
} from '../model/types';
import { FULL_CAPABILITIES } from '../model/types';
import type {
  AccountInput,
  At,
  CommentInput,
  FieldNames,
  IngestLimits,
  PostInput,
  ReactionInput,
  RecordSink,
  RejectInput,
} from './adapter';
import { formatIsoInstant } from '../time/index';
import { boundedCopy } from './bounded';
import { IdMap } from './ids';
import { LIMIT_CODES } from './limits';
import { LocationTable } from './locations';
import { cleanText, isCleanText } from './text';

const KNOWN_REACTIONS: ReadonlySet<string> = new Set([
  'LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'CARE', 'THANKFUL', 'PRIDE',
]);

/**
 * A reaction type name → the canonical type (case-insensitive; unknown names are OTHER).
 * @example reactionTypeOf('love') // 'LOVE'
 * @example reactionTypeOf('YAY') // 'OTHER'
 */
export function reactionTypeOf(name: string | null | undefined): ReactionType {
  if (typeof name !== 'string') return 'OTHER';
  // As exports write them (no new string): the bulk of the records.
  if (name === 'LIKE') return 'LIKE';
  if (KNOWN_REACTIONS.has(name)) return name as ReactionType;
  const upper = name.toUpperCase();
  return KNOWN_REACTIONS.has(upper) ? (upper as ReactionType) : 'OTHER';
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byActorId = (a: Reaction, b: Reaction): number => compareStrings(a.actorId as string, b.actorId as string);
/** Lists up to this long are sorted in place by insertion (no work array, no call per comparison). */
const INSERTION_SORT_MAX = 16;

/**
 * Sort a target's reactions by actor id, stably: most targets have a few reactions, sorted here by
 * insertion (at most INSERTION_SORT_MAX² / 2 comparisons: linear in the records); longer lists by
 * `Array.prototype.sort` (n·log n).
 */
function sortByActor(list: Reaction[]): void {
  const n = list.length;
  if (n > INSERTION_SORT_MAX) {
    list.sort(byActorId);
    return;
  }
  for (let i = 1; i < n; i += 1) {
    const r = list[i];
    const key = r.actorId as string;
    let j = i - 1;
    while (j >= 0 && (list[j].actorId as string) > key) {
      list[j + 1] = list[j];
      j -= 1;
    }
    list[j + 1] = r;
  }
}
/** The tags of a record that has none: one shared frozen list (most records have none). */
const NO_TAGS: Tag[] = Object.freeze([]) as unknown as Tag[];
const NO_REJECTS: readonly FieldReject[] = Object.freeze([]);
const byTimeThenId = (a: { time: number; id: string }, b: { time: number; id: string }): number =>
  a.time - b.time || compareStrings(a.id, b.id);
const bySource = (a: { file: number; position: number }, b: { file: number; position: number }): number =>
  a.file - b.file || a.position - b.position;

/** What a builder needs to know about the run. */
export interface BuilderOptions {
  /** The run's instant (UTC ms): times more than `limits.futureSlack` after it are refused. */
  readonly asOf: number;
  readonly limits: IngestLimits;
}

interface FileState {
  readonly report: FileIngestReport;
  identity: IdentityKind;
  /** This file's copy of each post it holds. */
  readonly copies: Map<string, PostCopy>;
  lastCopy: { postId: string; copy: PostCopy } | null;
}

/** A comment whose post is not known yet (a comments-edge page), placed in `finish`. */
interface Pending {
  readonly comment: Comment;
  readonly postHint: string | null;
  readonly raw: unknown;
  /** Field rejects to issue if it is placed. */
  readonly fieldRejects: readonly FieldReject[];
}

/** A post a file implies (PostInput.implied), its location already kept. */
interface Implied {
  readonly file: number;
  readonly input: PostInput;
  readonly raw: unknown;
  readonly position: number;
}

interface PendingReaction {
  readonly reaction: Reaction;
  readonly slot: string | null;
  readonly raw: unknown;
  readonly fieldRejects: readonly FieldReject[];
}

/**
 * When a conflict was found, for the report's order (reading order): while the files were read
 * (phase 0), when comments of unknown post were placed (1), when their reactions were (2); then
 * the file and position of the copy that met the kept record.
 */
interface ConflictAt {
  readonly conflict: IngestConflict;
  readonly phase: number;
  readonly file: number;
  readonly position: number;
}

interface FieldReject {
  readonly field: string;
  readonly code: string;
  readonly detail: string;
}

/** No value: an absent or empty string, a hidden author, an absent count, no tags, no flag. */
function absent(v: unknown): boolean {
  return v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);
}

function sameTags(a: readonly Tag[], b: readonly Tag[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i].id !== b[i].id || a[i].name !== b[i].name) return false;
  return true;
}

function sameCounts(a: ReactionCounts, b: ReactionCounts): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k as ReactionType] === b[k as ReactionType]);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return sameTags(a as Tag[], b as Tag[]);
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    return sameCounts(a as ReactionCounts, b as ReactionCounts);
  }
  return false;
}

/** The single values of each record kind that copies are compared on (canonical names). */
const POST_FIELDS = [
  'time', 'message', 'fromId', 'adminCreatorId', 'parentId', 'permalinkUrl', 'statusType',
  'sharesCount', 'reactionsTotal', 'reactionsByType', 'commentsTotal', 'messageTags',
] as const;
const COMMENT_FIELDS = ['time', 'message', 'fromId', 'messageTags', 'hasAttachment', 'postId', 'parentId'] as const;
const REACTION_FIELDS = ['type'] as const;

/** One value of a record, by field name (the records are plain objects). */
type Fields = Record<string, unknown>;

/**
 * Builds the canonical dataset from the records adapters give it, file by file.
 * @example
 * const builder = new DatasetBuilder({ asOf: Date.now(), limits: INGEST_LIMITS });
 * const sink = builder.beginFile('feed.json', 'my-format');
 * sink.post({ id: '1_2', time: Date.parse('2025-03-04T02:15:00Z'), message: 'Xin chào' }, { path: 'data', index: 0, raw: null });
 * const { dataset, report } = builder.finish();
 */
export class DatasetBuilder {
  private readonly options: BuilderOptions;
  private readonly files: FileState[] = [];
  private readonly locations = new LocationTable();
  private readonly posts = new IdMap<Post>();
  /** Ids of posts read only as rejected copies: their comments are still placed under them. */
  private readonly rejectedPostIds = new Set<string>();
  private readonly comments = new IdMap<Comment>();
  /**
   * Identified reactions by target, every copy in processing order: one reaction, or a list once
   * the target has two. Copies of one actor's reaction are merged in `finish` (sorting each list
   * by actor, stably), so that reading a reaction costs no map operation but for a new target.
   */
  private readonly byTarget = new Map<string, Reaction | Reaction[]>();
  /** The list of the last target (its reactions come one after the other). */
  private lastTarget: string | null = null;
  private lastList: Reaction[] | null = null;
  /** Identified reactions given while placing comments of unknown post (phase 2 of the conflicts). */
  private readonly placedLate = new Set<Reaction>();
  /** Anonymous reactions: target id → slot → reaction (few; merged as they come). */
  private readonly bySlot = new Map<string, Map<string, Reaction>>();
  /** See {@link ConflictAt}. */
  private phase = 0;
  /**
   * Every account seen, by id → the one string object used for that id (a lookup returns it
   * without reading the account's record: the bulk of the records are reactions by known accounts).
   */
  private readonly accountIds = new IdMap<string>();
  /** The accounts, in the order first seen. */
  private readonly actors: Actor[] = [];
  /** Accounts seen without a name so far, by id: the first name met is theirs. */
  private readonly unnamed = new Map<string, Actor>();
  /** Rejects with the index of their file (names may repeat: a file given twice). */
  private readonly rejects: { file: number; reject: RejectedRecord }[] = [];
  private readonly conflicts: ConflictAt[] = [];
  private readonly pending = new Map<string, Pending[]>();
  /** Posts files imply without holding them (PostInput.implied), by id: resolved in `finish`. */
  private readonly implied = new Map<string, Implied[]>();
  private readonly pendingReactions: PendingReaction[] = [];
  private readonly postCopies = new Map<string, PostCopy[]>();
  /**
   * The field rejects of the record being read (reused: a list per record would be garbage).
   * Emptied only when not empty: a store to `length` is a call into the runtime, once per record.
   */
  private readonly scratch: FieldReject[] = [];
  private finished = false;

  constructor(options: BuilderOptions) {
    this.options = options;
  }

  /** Start the next file; every record given to the returned sink is counted under it (`file`: its index). */
  beginFile(name: string, format: string): RecordSink & { readonly file: number } {
    if (this.finished) throw new Error('DatasetBuilder: beginFile() after finish()');
    const report: FileIngestReport = {
      file: name,
      format,
      identities: 'platform',
      capabilities: { ...FULL_CAPABILITIES },
      read: 0,
      posts: 0,
      comments: 0,
      reactions: 0,
      duplicates: 0,
      rejected: 0,
      fieldRejects: 0,
      conflicts: 0,
      warnings: [],
      error: null,
    };
    this.files.push({ report, identity: 'platform', copies: new Map(), lastCopy: null });
    this.locations.beginFile();
    return new FileSink(this, this.files.length - 1);
  }

  // ---------------------------------------------------------------- shared pieces

  position(file: number, at: At): number {
    this.files[file].report.read += 1;
    return this.locations.add(file, at.path, at.index);
  }

  setIdentity(file: number, kind: IdentityKind): void {
    this.files[file].identity = kind;
    this.files[file].report.identities = kind;
  }

  setCapabilities(file: number, capabilities: Partial<FileCapabilities>): void {
    const report = this.files[file].report;
    report.capabilities = { ...report.capabilities, ...capabilities };
  }

  private where(file: number, position: number): string {
    return this.locations.locate(file, position);
  }

  private reason(file: number, position: number, field: string, detail: string): string {
    const where = this.where(file, position);
    return `${this.files[file].report.file} at ${where}${field === '' ? '' : `, field ${field}`}: ${detail}`;
  }

  /** Record a whole-record reject (`kept: false`) or a field reject (`kept: true`). */
  private addReject(
    file: number,
    position: number,
    recordType: RecordType,
    field: string,
    code: string,
    detail: string,
    raw: unknown,
    kept: boolean,
  ): void {
    const { limits } = this.options;
    this.rejects.push({ file, reject: {
      file: this.files[file].report.file,
      location: this.where(file, position),
      position,
      recordType,
      field,
      code,
      reason: this.reason(file, position, field, detail),
      kept,
      // A field reject's record is in the dataset: its own fields are enough to find it.
      record: boundedCopy(raw, kept ? 2 : limits.maxNesting, limits.maxTextLength),
    } });
    if (kept) this.files[file].report.fieldRejects += 1;
    else this.files[file].report.rejected += 1;
  }

  reject(file: number, input: RejectInput, at: At): void {
    const position = this.position(file, at);
    this.addReject(file, position, input.recordType, input.field, input.code, input.detail, at.raw, false);
    if (input.recordType === 'post' && typeof input.id === 'string' && input.id !== '') this.rejectedPostIds.add(input.id);
  }

  fileError(file: number, code: string, location: string, detail: string, excerpt: string): void {
    const report = this.files[file].report;
    const position = this.locations.add(file, location, -1);
    report.read += 1;
    report.error = `${code}: ${detail}`;
    this.addReject(file, position, 'file', '', code, detail, excerpt, false);
  }

  warn(file: number, code: string, location: string, message: string): void {
    this.files[file].report.warnings.push({ code, location, message });
  }

  /** A warning put before the file's others (one found at the end that concerns the whole file). */
  warnFirst(file: number, code: string, location: string, message: string): void {
    this.files[file].report.warnings.unshift({ code, location, message });
  }

  /** A text normalised and cut at the limit (a field reject when cut). */
  private text(value: string | null | undefined, field: string, out: FieldReject[]): string {
    if (typeof value !== 'string' || value === '') return '';
    // Most texts need nothing (NFC Vietnamese, ASCII): one pass over them, no allocation.
    if (value.length <= this.options.limits.maxTextLength && isCleanText(value)) return value;
    const { text, cut } = cleanText(value, this.options.limits.maxTextLength);
    if (cut) {
      out.push({
        field,
        code: LIMIT_CODES.textTooLong,
        detail: `a text of ${value.length} characters, cut at ${this.options.limits.maxTextLength}`,
      });
    }
    return text;
  }

  /** A count: a non-negative safe integer, else null with a field reject. */
  private count(value: number | null | undefined, field: string, out: FieldReject[]): number | null {
    if (value === null || value === undefined) return null;
    if (Number.isSafeInteger(value) && value >= 0) return value + 0; // -0 → 0
    out.push({ field, code: LIMIT_CODES.invalidCount, detail: 'not a count (a non-negative whole number up to 2^53 − 1)' });
    return null;
  }

  /**
   * An account → who it is under the file's identity kind (null: anonymous); notes the actor. The
   * id returned is the one string object kept for that account (the copies JSON.parse makes of a
   * reactor's id in every record are dropped).
   */
  private identify(file: number, input: AccountInput | null | undefined, field: string, out: FieldReject[]): Tag | null {
    if (input === null || input === undefined) return null;
    const kind = this.files[file].identity;
    if (kind === 'none') return null;
    const cleaned = this.text(input.name, `${field}.name`, out);
    const name = cleaned.trim() === '' ? null : cleaned;
    let id: string;
    if (typeof input.id === 'string' && input.id !== '') id = input.id;
    else if (kind === 'name' && name !== null) id = `name:${name}`;
    else return null;
    const known = this.accountIds.getOrAdd(id, id);
    if (known === undefined) {
      const actor = { id, name };
      this.actors.push(actor);
      if (name === null) this.unnamed.set(id, actor);
      return { id, name };
    }
    // The first non-empty name wins (files in path order).
    if (name !== null && this.unnamed.size !== 0) {
      const waiting = this.unnamed.get(known);
      if (waiting !== undefined) {
        waiting.name = name;
        this.unnamed.delete(known);
      }
    }
    return { id: known, name };
  }

  /** One map lookup per account met: the bulk of the records are reactions by known accounts. */
  private account(file: number, input: AccountInput | null | undefined, field: string, out: FieldReject[]): string | null {
    // Fast path: an account already known by a name needs no name work (only the first is kept).
    if (input !== null && input !== undefined && typeof input.id === 'string' && input.id !== '' && this.files[file].identity !== 'none') {
      const known = this.accountIds.get(input.id);
      if (known !== undefined && (this.unnamed.size === 0 || !this.unnamed.has(known))) return known;
    }
    return this.identify(file, input, field, out)?.id ?? null;
  }

  private tags(file: number, input: readonly AccountInput[] | null | undefined, field: string, out: FieldReject[]): Tag[] {
    if (input === null || input === undefined || input.length === 0) return NO_TAGS;
    const tags: Tag[] = [];
    for (let i = 0; i < input.length; i += 1) {
      const tag = this.identify(file, input[i], `${field}[${i}]`, out);
      if (tag !== null) tags.push(tag);
    }
    return tags.length === 0 ? NO_TAGS : tags;
  }

  /** Whether `time` is believable; rejects the record (and returns false) when it is not. */
  private timeOk(file: number, position: number, recordType: RecordType, time: number, names: FieldNames | undefined, raw: unknown): boolean {
    const { asOf, limits } = this.options;
    const field = names?.time ?? 'time';
    if (!Number.isFinite(time)) {
      this.addReject(file, position, recordType, field, 'invalid_time', 'not a time', raw, false);
      return false;
    }
    if (time < limits.minTime || time > asOf + limits.futureSlack) {
      const detail = time < limits.minTime
        ? 'a time before 2004-02-04 (before Facebook existed)'
        : `a time more than a day after the run's asOf (${new Date(asOf).toISOString()})`;
      this.addReject(file, position, recordType, field, LIMIT_CODES.timeOutOfRange, detail, raw, false);
      return false;
    }
    return true;
  }

  private issueFieldRejects(file: number, position: number, recordType: RecordType, list: readonly FieldReject[], raw: unknown): void {
    for (const f of list) this.addReject(file, position, recordType, f.field, f.code, f.detail, raw, true);
  }

  /** `b` (file, position) was read after `a`: in path order, the later snapshot. */
  private static later(aFile: number, aPos: number, bFile: number, bPos: number): boolean {
    return bFile > aFile || (bFile === aFile && bPos > aPos);
  }

  /**
   * Merge a new copy into a kept record: every single value the copy has replaces the kept one
   * when the copy is later, or fills it in when the kept one is absent; disagreements are conflicts.
   */
  private merge(
    recordType: IngestConflict['recordType'],
    id: string,
    kept: Fields & { file: number; position: number },
    copy: Fields,
    fields: readonly string[],
    file: number,
    position: number,
  ): void {
    const copyIsLater = DatasetBuilder.later(kept.file, kept.position, file, position);
    for (const field of fields) {
      const value = copy[field];
      if (absent(value)) continue;
      const old = kept[field];
      if (absent(old)) {
        kept[field] = value;
        continue;
      }
      if (same(old, value)) continue;
      const here = { file: this.files[file].report.file, location: this.where(file, position), position };
      const there = { file: this.files[kept.file].report.file, location: this.where(kept.file, kept.position), position: kept.position };
      const conflict: IngestConflict = {
        recordType,
        id,
        field,
        earlier: copyIsLater ? there : here,
        later: copyIsLater ? here : there,
      };
      const phase = recordType === 'reaction' && this.placedLate.has(copy as unknown as Reaction) ? 2 : this.phase;
      this.conflicts.push({ conflict, phase, file, position });
      this.files[file].report.conflicts += 1;
      if (copyIsLater) kept[field] = value;
    }
    if (copyIsLater) {
      kept.file = file;
      kept.position = position;
    }
  }

  /** Keep a new post or comment, or merge it into the kept copy (a duplicate); returns the kept record. */
  private keep<T extends Post | Comment>(recordType: 'post' | 'comment', map: IdMap<T>, record: T, copy: object, fields: readonly string[]): T {
    const report = this.files[record.file].report;
    const kept = map.getOrAdd(record.id, record);
    if (kept === undefined) {
      if (recordType === 'post') report.posts += 1;
      else report.comments += 1;
      return record;
    }
    report.duplicates += 1;
    this.merge(recordType, record.id, kept as unknown as Fields & T, copy as Fields, fields, record.file, record.position);
    kept.createdTime = formatIsoInstant(kept.time);
    return kept;
  }

  private copyOf(file: number, postId: string): PostCopy {
    const state = this.files[file];
    // Comments of one post come one after the other: the last copy is usually the one.
    if (state.lastCopy !== null && state.lastCopy.postId === postId) return state.lastCopy.copy;
    const copies = state.copies;
    let copy = copies.get(postId);
    if (copy === undefined) {
      copy = { file, commentIds: [], topLevelListed: 0, commentsTotal: null };
      copies.set(postId, copy);
      let list = this.postCopies.get(postId);
      if (list === undefined) {
        list = [];
        this.postCopies.set(postId, list);
      }
      list.push(copy);
    }
    state.lastCopy = { postId, copy };
    return copy;
  }

  // ---------------------------------------------------------------- records

  post(file: number, input: PostInput, at: At): void {
    if (input.implied === true) {
      this.imply(file, input, at);
      return;
    }
    this.addPost(file, input, this.position(file, at), at.raw);
  }

  /** Keep an implied post for `finish` (PostInput.implied): its location now, counted only if it becomes the record. */
  private imply(file: number, input: PostInput, at: At): void {
    let copies = this.implied.get(input.id);
    if (copies === undefined) {
      copies = [];
      this.implied.set(input.id, copies);
    } else if (copies[copies.length - 1].file === file) return; // once per file
    copies.push({ file, input, raw: at.raw, position: this.locations.add(file, at.path, at.index) });
  }

  /** Implied posts become the record where no file holds the post, else fill in its missing author. */
  private resolveImplied(): void {
    const none: FieldReject[] = []; // an implied copy's own problems are not reported: it is no record
    for (const [id, copies] of this.implied) {
      const held = this.posts.get(id);
      for (const copy of copies) {
        if (held === undefined) {
          this.files[copy.file].report.read += 1;
          this.addPost(copy.file, copy.input, copy.position, copy.raw);
        } else if (held.fromId === null) {
          held.fromId = this.account(copy.file, copy.input.from, 'from', none);
        }
      }
    }
    this.implied.clear();
  }

  private addPost(file: number, input: PostInput, position: number, raw: unknown): void {
    if (!this.timeOk(file, position, 'post', input.time, input.fieldNames, raw)) {
      this.rejectedPostIds.add(input.id);
      return;
    }
    const names = input.fieldNames;
    const problems = this.scratch;
    if (problems.length !== 0) problems.length = 0;
    const id = input.id;
    const byType = input.reactionsByType;
    let reactionsByType: ReactionCounts | null = null;
    if (byType !== null && byType !== undefined) {
      for (const [name, value] of Object.entries(byType)) {
        const n = this.count(value, names?.[`reactionsByType.${name}`] ?? `reactionsByType.${name}`, problems);
        if (n === null) continue;
        reactionsByType ??= {};
        const type = reactionTypeOf(name);
        reactionsByType[type] = (reactionsByType[type] ?? 0) + n;
      }
    }
    const commentsTotal = this.count(input.commentsTotal, names?.commentsTotal ?? 'commentsTotal', problems);
    const sharesCount = this.count(input.sharesCount, names?.sharesCount ?? 'sharesCount', problems);
    const post: Post = {
      id,
      time: input.time,
      createdTime: formatIsoInstant(input.time),
      message: this.text(input.message, names?.message ?? 'message', problems),
      fromId: this.account(file, input.from, names?.from ?? 'from', problems),
      adminCreatorId: this.account(file, input.adminCreator, names?.adminCreator ?? 'adminCreator', problems),
      parentId: typeof input.parentId === 'string' && input.parentId !== '' ? input.parentId : null,
      permalinkUrl: this.text(input.permalinkUrl, names?.permalinkUrl ?? 'permalinkUrl', problems) || null,
      statusType: this.text(input.statusType, names?.statusType ?? 'statusType', problems) || null,
      sharesCount: sharesCount ?? 0,
      reactionsTotal: this.count(input.reactionsTotal, names?.reactionsTotal ?? 'reactionsTotal', problems),
      reactionsByType,
      commentsTotal,
      messageTags: this.tags(file, input.messageTags, names?.messageTags ?? 'messageTags', problems),
      file,
      position,
    };
    this.issueFieldRejects(file, position, 'post', problems, raw);
    // An absent shares count (0 in the record) says nothing: it must not replace a count.
    this.keep('post', this.posts, post, sharesCount === null ? { ...post, sharesCount: null } : post, POST_FIELDS);
    // A file that holds the post without its comments (a statuses or posts file, a counts-only
    // format) says nothing of which comments the post had: it is no snapshot of them (SPEC 4.6).
    if (input.commentsListed === false || !this.files[file].report.capabilities.comments) return;
    const copy = this.copyOf(file, id);
    if (commentsTotal !== null) copy.commentsTotal = commentsTotal;
    if (input.capabilities !== null && input.capabilities !== undefined) {
      copy.capabilities = { ...this.files[file].report.capabilities, ...input.capabilities };
    }
  }

  comment(file: number, input: CommentInput, at: At): void {
    const position = this.position(file, at);
    if (!this.timeOk(file, position, 'comment', input.time, input.fieldNames, at.raw)) return;
    const names = input.fieldNames;
    const problems = this.scratch;
    if (problems.length !== 0) problems.length = 0;
    const { id } = input;
    const postId = typeof input.postId === 'string' && input.postId !== '' ? input.postId : null;
    let parentId = typeof input.parentId === 'string' && input.parentId !== '' ? input.parentId : null;
    // A parent naming the comment itself or its post means a top-level comment.
    if (parentId === id || parentId === postId) parentId = null;
    const comment: Comment = {
      id,
      postId: postId ?? '',
      parentId,
      parentUnknown: input.parentUnknown === true && parentId === null,
      time: input.time,
      createdTime: formatIsoInstant(input.time),
      message: this.text(input.message, names?.message ?? 'message', problems),
      fromId: this.account(file, input.from, names?.from ?? 'from', problems),
      messageTags: this.tags(file, input.messageTags, names?.messageTags ?? 'messageTags', problems),
      hasAttachment: input.hasAttachment === true,
      file,
      position,
    };
    if (postId === null) {
      const hint = typeof input.postHint === 'string' && input.postHint !== '' ? input.postHint : null;
      let list = this.pending.get(id);
      if (list === undefined) {
        list = [];
        this.pending.set(id, list);
      }
      list.push({ comment, postHint: hint, raw: at.raw, fieldRejects: problems.length === 0 ? NO_REJECTS : problems.slice() });
      return;
    }
    this.issueFieldRejects(file, position, 'comment', problems, at.raw);
    this.acceptComment(comment);
  }

  /** A placed comment (post known) into the dataset and its file's copy of the post. */
  private acceptComment(comment: Comment): void {
    const kept = this.keep('comment', this.comments, comment, comment, COMMENT_FIELDS);
    if (comment.parentUnknown && kept.parentId === null) kept.parentUnknown = true;
    const copy = this.copyOf(comment.file, comment.postId);
    copy.commentIds.push(comment.id);
    if (comment.parentId === null) copy.topLevelListed += 1;
  }

  reaction(file: number, input: ReactionInput, at: At): void {
    const position = this.position(file, at);
    const problems = this.scratch;
    if (problems.length !== 0) problems.length = 0;
    const actorId = this.account(file, input.actor, 'actor', problems);
    const reaction: Reaction = {
      targetId: input.targetId,
      targetType: input.targetType,
      actorId,
      type: reactionTypeOf(input.type),
      file,
      position,
    };
    const slot = actorId === null ? (input.slot ?? `#${file}:${position}`) : null;
    // A reaction to a comment of unknown post waits for it (no lookup when there is none).
    if (input.targetType === 'comment' && this.pending.size !== 0 && this.comments.get(reaction.targetId) === undefined && this.pending.has(reaction.targetId)) {
      this.pendingReactions.push({ reaction, slot, raw: at.raw, fieldRejects: problems.length === 0 ? NO_REJECTS : problems.slice() });
      return;
    }
    this.issueFieldRejects(file, position, 'reaction', problems, at.raw);
    this.acceptReaction(reaction, slot);
  }

  private acceptReaction(reaction: Reaction, slot: string | null): void {
    if (slot === null) {
      this.addIdentified(reaction);
      return;
    }
    const { file, position, targetId } = reaction;
    const report = this.files[file].report;
    let keyed = this.bySlot.get(targetId);
    if (keyed === undefined) {
      keyed = new Map();
      this.bySlot.set(targetId, keyed);
    }
    const kept = keyed.get(slot);
    if (kept === undefined) {
      keyed.set(slot, reaction);
      report.reactions += 1;
      return;
    }
    report.duplicates += 1;
    this.merge('reaction', targetId, kept as unknown as Fields & Reaction, reaction as unknown as Fields, REACTION_FIELDS, file, position);
  }

  /** An identified reaction into its target's list (merged with its copies in `finish`). */
  private addIdentified(reaction: Reaction): void {
    if (this.phase === 2) this.placedLate.add(reaction);
    const target = reaction.targetId;
    // Reactions of one target come one after the other: keep its list at hand.
    if (this.lastList !== null && this.lastTarget === target) {
      this.lastList.push(reaction);
      return;
    }
    const seen = this.byTarget.get(target);
    this.lastTarget = target;
    if (seen === undefined) {
      this.byTarget.set(target, reaction);
      this.lastList = null;
    } else if (Array.isArray(seen)) {
      seen.push(reaction);
      this.lastList = seen;
    } else {
      const list = [seen, reaction];
      this.byTarget.set(target, list);
      this.lastList = list;
    }
  }

  /**
   * A target's identified reactions, one per actor, appended to `out` by actor id: the copies of
   * one actor's reaction, in the order they were given (stable sort), are merged into the first —
   * counted under its file — as the later ones are (duplicates, conflicts) — SPEC 2.1.
   */
  private mergeReactions(entry: Reaction | Reaction[], out: Reaction[]): void {
    if (!Array.isArray(entry)) {
      this.files[entry.file].report.reactions += 1;
      out.push(entry);
      return;
    }
    sortByActor(entry);
    let kept: Reaction | null = null;
    for (const r of entry) {
      if (kept !== null && kept.actorId === r.actorId) {
        this.files[r.file].report.duplicates += 1;
        this.merge('reaction', r.targetId, kept as unknown as Fields & Reaction, r as unknown as Fields, REACTION_FIELDS, r.file, r.position);
        continue;
      }
      kept = r;
      this.files[r.file].report.reactions += 1;
      out.push(r);
    }
  }

  // ---------------------------------------------------------------- the end

  /** The post a pending comment goes under (SPEC 2.1), or null. */
  private placeBy(hint: string | null, commentId: string, suffixes: Map<string, string | null>): string | null {
    const known = (id: string): boolean => this.posts.get(id) !== undefined || this.rejectedPostIds.has(id);
    if (hint !== null) {
      if (known(hint)) return hint;
      if (!hint.includes('_')) {
        const byObject = suffixes.get(hint);
        if (byObject !== undefined && byObject !== null) return byObject;
      }
    }
    const cut = commentId.indexOf('_');
    if (cut > 0 && cut < commentId.length - 1) {
      const byObject = suffixes.get(commentId.slice(0, cut));
      if (byObject !== undefined && byObject !== null) return byObject;
    }
    return null;
  }

  /** Object id → the one post whose id is `{pageId}_{objectId}` or `{objectId}` (null when several). */
  private suffixIndex(): Map<string, string | null> {
    const index = new Map<string, string | null>();
    const add = (key: string, postId: string): void => {
      const seen = index.get(key);
      if (seen === undefined) index.set(key, postId);
      else if (seen !== postId) index.set(key, null);
    };
    const postIds = this.posts.values().map((p) => p.id);
    for (const ids of [postIds, this.rejectedPostIds]) {
      for (const postId of ids) {
        add(postId, postId);
        const cut = postId.indexOf('_');
        if (cut >= 0 && cut < postId.length - 1) add(postId.slice(cut + 1), postId);
      }
    }
    return index;
  }

  /** Place the comments of comments-edge pages; reject what can be placed nowhere. */
  private placePending(): void {
    if (this.pending.size === 0) return;
    this.phase = 1;
    const suffixes = this.suffixIndex();
    const all: Pending[] = [];
    for (const list of this.pending.values()) for (const p of list) all.push(p);
    all.sort((a, b) => bySource(a.comment, b.comment));
    // The post of each pending comment id: top-level ones by hint or id rule, replies by parent.
    const placed = new Map<string, string | null>();
    const postOf = (start: Pending): string | null => {
      // Walk up the parent chain iteratively (a chain may be long, or a cycle).
      const chain: Pending[] = [];
      const onChain = new Set<string>();
      let p: Pending | undefined = start;
      let post: string | null = null;
      while (p !== undefined) {
        const id = p.comment.id;
        if (placed.has(id)) {
          post = placed.get(id)!;
          break;
        }
        if (onChain.has(id)) break;
        onChain.add(id);
        chain.push(p);
        const parent: string | null = p.comment.parentId;
        if (parent === null) {
          post = this.placeBy(p.postHint, id, suffixes);
          break;
        }
        const placedParent = this.comments.get(parent);
        if (placedParent !== undefined) {
          post = placedParent.postId;
          break;
        }
        p = this.pending.get(parent)?.[0];
        if (p === undefined) post = this.placeBy(chain[chain.length - 1].postHint, id, suffixes);
      }
      for (const c of chain) placed.set(c.comment.id, post);
      return post;
    };
    for (const p of all) {
      const post = postOf(p);
      const { comment } = p;
      if (post === null) {
        const orphan = comment.parentId === null || !this.pending.has(comment.parentId);
        this.addReject(
          comment.file,
          comment.position,
          'comment',
          '',
          orphan ? 'orphan_comment' : 'parent_rejected',
          orphan
            ? 'a comment listed without its post, and neither its page nor its id names exactly one post of the input'
            : 'the comment it replies to could not be placed under a post',
          p.raw,
          false,
        );
        continue;
      }
      comment.postId = post;
      this.issueFieldRejects(comment.file, comment.position, 'comment', p.fieldRejects, p.raw);
      this.acceptComment(comment);
    }
    this.pending.clear();
    this.phase = 2;
    for (const { reaction, slot, raw, fieldRejects } of this.pendingReactions.sort((a, b) => bySource(a.reaction, b.reaction))) {
      if (this.comments.get(reaction.targetId) !== undefined) {
        this.issueFieldRejects(reaction.file, reaction.position, 'reaction', fieldRejects, raw);
        this.acceptReaction(reaction, slot);
      } else {
        this.addReject(reaction.file, reaction.position, 'reaction', '', 'parent_rejected',
          'the comment it reacts to could not be placed under a post', raw, false);
      }
    }
    this.phase = 0;
  }

  /** The canonical dataset (sorted), the ingest report, the snapshot index and the locations. */
  finish(): IngestResult {
    if (this.finished) throw new Error('DatasetBuilder: finish() called twice');
    this.finished = true;
    this.resolveImplied();
    this.placePending();
    const posts = this.posts.values().sort(byTimeThenId);
    const comments = this.comments.values().sort(byTimeThenId);
    // Reactions by target, then identified actors by id, then anonymous ones by slot: read off
    // the two indexes (sorting targets once — the default sort compares code units, as
    // compareStrings does, without a call per comparison — then each target's few keys).
    const byKey = (m: Map<string, Reaction>): Reaction[] => [...m.keys()].sort(compareStrings).map((k) => m.get(k)!);
    const targets = [...this.byTarget.keys()];
    for (const target of this.bySlot.keys()) if (!this.byTarget.has(target)) targets.push(target);
    targets.sort();
    const reactions: Reaction[] = [];
    for (const target of targets) {
      const identified = this.byTarget.get(target);
      if (identified !== undefined) this.mergeReactions(identified, reactions);
      // Most exports name every reactor: no anonymous reactions, no lookup per target.
      const anonymous = this.bySlot.size === 0 ? undefined : this.bySlot.get(target);
      if (anonymous !== undefined) for (const r of byKey(anonymous)) reactions.push(r);
    }
    this.byTarget.clear();
    const shares: Share[] = posts
      .filter((p) => p.parentId !== null)
      .map((p) => ({ postId: p.id, sharedPostId: p.parentId!, fromId: p.fromId, time: p.time, file: p.file, position: p.position }))
      .sort((a, b) => a.time - b.time || compareStrings(a.postId, b.postId));
    const actors: Actor[] = this.actors.sort((a, b) => compareStrings(a.id, b.id));
    const perFile = this.files.map((f) => f.report);
    const fileNames = perFile.map((f) => f.file);
    const rejects = this.rejects
      .sort((a, b) => a.file - b.file || a.reject.position - b.reject.position || Number(a.reject.kept) - Number(b.reject.kept))
      .map((r) => r.reject);
    // In reading order: while reading, then placing comments, then their reactions; by the
    // file and position of the copy that met the kept record (stable: its fields in order).
    const conflicts = this.conflicts
      .sort((a, b) => a.phase - b.phase || a.file - b.file || a.position - b.position)
      .map((c) => c.conflict);
    const sum = (key: 'duplicates' | 'rejected' | 'fieldRejects'): number => perFile.reduce((s, f) => s + f[key], 0);
    return {
      dataset: { files: fileNames, actors, posts, comments, reactions, shares },
      report: {
        files: perFile.length,
        posts: posts.length,
        comments: comments.length,
        reactions: reactions.length,
        shares: shares.length,
        duplicates: sum('duplicates'),
        rejected: sum('rejected'),
        fieldRejects: sum('fieldRejects'),
        asOf: new Date(this.options.asOf).toISOString(),
        perFile,
        rejects,
        conflicts,
      },
      snapshots: { files: [...fileNames], postCopies: this.postCopies },
      locations: this.locations,
    };
  }
}

/** The sink an adapter writes one file into. */
class FileSink implements RecordSink {
  constructor(
    private readonly builder: DatasetBuilder,
    readonly file: number,
  ) {}

  identities(kind: IdentityKind): void {
    this.builder.setIdentity(this.file, kind);
  }

  capabilities(capabilities: Partial<FileCapabilities>): void {
    this.builder.setCapabilities(this.file, capabilities);
  }

  post(post: PostInput, at: At): void {
    this.builder.post(this.file, post, at);
  }

  comment(comment: CommentInput, at: At): void {
    this.builder.comment(this.file, comment, at);
  }

  reaction(reaction: ReactionInput, at: At): void {
    this.builder.reaction(this.file, reaction, at);
  }

  reject(reject: RejectInput, at: At): void {
    this.builder.reject(this.file, reject, at);
  }

  fileError(code: string, location: string, detail: string, excerpt: string): void {
    this.builder.fileError(this.file, code, location, detail, excerpt);
  }

  warn(code: string, location: string, message: string): void {
    this.builder.warn(this.file, code, location, message);
  }
}
