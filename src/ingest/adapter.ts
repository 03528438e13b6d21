/**
 * The contract between an export format and the ingest core (README "Adding an export format").
 *
 * An adapter is one module exporting a {@link FormatAdapter}: a name, a `detect` that looks at the
 * beginning of a file's text, and a `read` that walks the file and hands canonical records to a
 * {@link RecordSink}. The sink does everything formats share: text normalisation (NFC, control
 * characters), the limits of SPEC 7.1 (time range, counts, text length), ids shared in memory,
 * merging of copies (the later file wins, conflicts reported), placement of comments whose post is
 * not named, the per-file counts and the snapshot index. Adapters speak the canonical model only.
 */
import type { FileCapabilities, IdentityKind, RecordType } from '../model/types';
import type { ListPath } from './locations';

/** The limits every adapter and the sink apply (SPEC 7.1). Frozen. */
export interface IngestLimits {
  /** Deepest nesting a format may use: replies of replies, `data` pages in pages (64). */
  readonly maxNesting: number;
  /** Longest text kept; longer texts are cut and flagged `text_too_long` (100,000 characters). */
  readonly maxTextLength: number;
  /** Earliest time accepted (UTC ms): 2004-02-04, Facebook's first day. */
  readonly minTime: number;
  /** How far after the run's `asOf` a time may lie (ms): one day. */
  readonly futureSlack: number;
}

/** The beginning of a file, for detection. */
export interface FileHead {
  /** The file's name as given (a path). */
  readonly name: string;
  /** The first characters of its decoded text (byte-order mark removed). */
  readonly text: string;
  /** True when `text` is the whole file. */
  readonly complete: boolean;
}

/** A decoded input file. */
export interface DecodedFile {
  readonly name: string;
  /** The whole text, decoded from UTF-8, byte-order mark removed. */
  readonly text: string;
  /** The raw bytes when the file was given as bytes: for a format written in another encoding (a CSV re-saved by Excel as Windows-1252). */
  readonly bytes?: Uint8Array;
}

/** The run's host page (the configuration's `page`): its id, and its name normalised (NFC). */
export interface PageIdentity {
  readonly id: string;
  readonly name: string | null;
}

/** What `read` is given besides the file and the sink. */
export interface ReadOptions {
  readonly limits: IngestLimits;
  /**
   * The configured page, when the run has a configuration: the author of a page archive's posts
   * ("Download your information"), the page a display name equal to its name stands for (SPEC 2.2).
   * Null when ingest runs without one (`validate` without `--config`).
   */
  readonly page?: PageIdentity | null;
  /**
   * The configured time zone (IANA name; absent: the default zone, Asia/Ho_Chi_Minh), for a format
   * that writes local times whose zone it does not name.
   */
  readonly timezone?: string;
}

/**
 * One export format.
 * @example
 * const toy: FormatAdapter = {
 *   format: 'toy-lines',
 *   description: 'one post per line: id<TAB>unix seconds<TAB>message',
 *   detect: (head) => head.text.startsWith('#toy\n'),
 *   read(file, sink) {
 *     file.text.split('\n').slice(1).forEach((line, i) => {
 *       const [id, seconds, message] = line.split('\t');
 *       if (id) sink.post({ id, time: Number(seconds) * 1000, message }, { path: 'line ', index: i + 2, raw: line });
 *     });
 *   },
 * };
 */
export interface FormatAdapter {
  /** Stable name, shown in the ingest report and accepted by the `format` option. */
  readonly format: string;
  /** One line for people: what the format is. */
  readonly description: string;
  /**
   * Whether the file is in this format, from its content (header row, keys, delimiter); the name
   * may only break ties. Detectors of the registry must be mutually exclusive: a file two of them
   * claim is refused as `ambiguous_format`.
   */
  detect(head: FileHead): boolean;
  /**
   * Read the whole file into the sink. Never throws for bad input: a record that cannot be used is
   * `sink.reject`ed, a file that cannot be read at all is `sink.fileError`. Every walk over the
   * file's structure must be iterative or bounded by `options.limits.maxNesting`.
   */
  read(file: DecodedFile, sink: RecordSink, options: ReadOptions): void;
  /**
   * Optional, for a format of one record per line (NDJSON): a reader fed the file's lines one at a
   * time, so that a file of any size is read without its whole text ever being held — the ingest
   * streams such a file (`createIngest().begin(name)`, used by `loadExport`) once `detect` has
   * claimed its head. It must read a file exactly as `read` does: write `read` as
   * `readLines(file.text, this.lines(sink, options))` (`src/ingest/lines.ts`), and both are one path.
   */
  lines?(sink: RecordSink, options: ReadOptions): LineReader;
}

/**
 * Takes a file line by line (see `FormatAdapter.lines`). Never throws for bad input: a line that
 * cannot be used is `sink.reject`ed with its location (`{ path: 'line ', index: number }`).
 */
export interface LineReader {
  /**
   * The next line, without its line feed (a carriage return and other white space are the
   * reader's to trim; empty lines come too). `number` counts lines from 1; `terminated` is false
   * for the text after the last line feed — the end of a file cut short when it is not empty.
   */
  line(text: string, number: number, terminated: boolean): void;
  /**
   * A line longer than the ingest reads (2^28 characters, `MAX_LINE_LENGTH`): never assembled;
   * `head` is its first 400 characters (a piece of a bigger text: detach it before keeping it).
   */
  tooLong(number: number, length: number, head: string): void;
  /** The file is over. */
  end(): void;
}

/**
 * Where a record is in its file, and the record as read (kept only if it is rejected).
 * The human location is `path[index]`, or `path` + index when `path` ends with a space
 * (`'line '`, 7 → `line 7`), or `path` alone when `index` is negative (`'$'`). Give the same
 * `path` (string or ListPath) to every record of a list: it is stored once per record as a reference.
 */
export interface At {
  /** A string, or a {@link ListPath} (src/ingest/locations.ts) for a list nested in a record: written out only when asked for. */
  readonly path: string | ListPath;
  readonly index: number;
  readonly raw: unknown;
}

/**
 * An account as a format gives it. `id: null` with a name: identified by the name in a `name`
 * file, anonymous otherwise. A placeholder that names nobody (minimaxir's `undiscoverable`) must be
 * given as `null` account by the adapter.
 */
export interface AccountInput {
  readonly id: string | null;
  readonly name: string | null;
}

/**
 * The source names of fields, for the field and reject messages (`shares.count` rather than
 * `sharesCount`). Give one frozen object per record kind; canonical names are used where absent.
 */
export type FieldNames = Readonly<Record<string, string>>;

/** Absent (`undefined` or `null`) means the export says nothing about it. */
export interface PostInput {
  readonly id: string;
  /** UTC epoch milliseconds (the adapter parses its own time format). */
  readonly time: number;
  readonly message?: string | null;
  readonly from?: AccountInput | null;
  readonly adminCreator?: AccountInput | null;
  /** The post this post shares. */
  readonly parentId?: string | null;
  readonly permalinkUrl?: string | null;
  readonly statusType?: string | null;
  /** Counts: each must be a non-negative safe integer, else a field reject keeps the post without it. */
  readonly sharesCount?: number | null;
  readonly reactionsTotal?: number | null;
  /** Per reaction type (unknown type names count as `OTHER`). */
  readonly reactionsByType?: Readonly<Record<string, number | null>> | null;
  readonly commentsTotal?: number | null;
  readonly messageTags?: readonly AccountInput[] | null;
  /**
   * What this post's source could tell, where it differs from its file's capabilities (a canonical
   * file converted from several formats marks a CrowdTangle post `comments: false`); absent: the file's.
   */
  readonly capabilities?: Partial<FileCapabilities> | null;
  readonly fieldNames?: FieldNames;
  /**
   * False when the file holds the post without its comments (minimaxir's statuses file, Netvizz's
   * posts file; a format whose capabilities say `comments: false` is read so anyway): its copy of
   * the post is then no snapshot of the post's comments (SPEC 4.6), whatever its `commentsTotal`.
   */
  readonly commentsListed?: boolean;
  /**
   * The file does not hold the post as a record but repeats its fields on other records (Netvizz's
   * comments file repeats each post's id, author, text and time on its comment rows). Decided at
   * the end of the ingest: when no file holds the post as an accepted record, the implied copy
   * becomes the record (counted in its file); otherwise it only fills in the author that record
   * lacks (a user's post in Netvizz's posts file names none) and is not counted. Give it once per
   * post and file.
   */
  readonly implied?: boolean;
}

export interface CommentInput {
  readonly id: string;
  /**
   * The post the comment is under, or null when the file does not say (a comments-edge page): the
   * sink places it at the end of the ingest, by `postHint`, then by the `{objectId}_{commentId}`
   * id rule, else rejects it as `orphan_comment` (SPEC 2.1).
   */
  readonly postId: string | null;
  /** For a comment of unknown post: the object a comments-edge page says it lists (its paging URL). */
  readonly postHint?: string | null;
  /** The comment replied to (null/absent: top-level). A reply of unknown post follows its parent. */
  readonly parentId?: string | null;
  /** A reply whose parent the format does not name: placed top-level and flagged `parentUnknown`. */
  readonly parentUnknown?: boolean;
  readonly time: number;
  readonly message?: string | null;
  readonly from?: AccountInput | null;
  readonly messageTags?: readonly AccountInput[] | null;
  readonly hasAttachment?: boolean;
  readonly fieldNames?: FieldNames;
}

export interface ReactionInput {
  readonly targetId: string;
  readonly targetType: 'post' | 'comment';
  /** Null (or an account without identity) for an anonymous reaction. */
  readonly actor: AccountInput | null;
  /** A reaction type name (matched case-insensitively; unknown → `OTHER`); null → `OTHER`. */
  readonly type: string | null;
  /**
   * For an anonymous reaction: what tells it apart from the target's other anonymous reactions
   * (its list and index, e.g. `likes:3`); the same key in two files is the same reaction.
   */
  readonly slot?: string;
}

/** A record the adapter cannot use. */
export interface RejectInput {
  readonly recordType: Exclude<RecordType, 'file'>;
  /** The offending field in the format's terms, '' for the whole record. */
  readonly field: string;
  /** Stable snake_case code (`missing_id`, `invalid_type`, `invalid_time`, `too_deep` …). */
  readonly code: string;
  /** What is wrong, in words that never quote the record's content (say `got a string`, not the string). */
  readonly detail: string;
  /** A post's id when it has a usable one: its comments are still placed under it. */
  readonly id?: string | null;
}

/**
 * Where an adapter puts what it reads; bound to one file. A sink reads what it is given during the
 * call and keeps none of the objects themselves (`at`, the inputs, their accounts and tags; `at.raw`
 * it may keep): an adapter may reuse them for its next record.
 */
export interface RecordSink {
  /** How the file identifies people (default `platform`); call before the records. */
  identities(kind: IdentityKind): void;
  /** What the format cannot tell (default: everything it can, as the Graph API); call before the records. */
  capabilities(capabilities: Partial<FileCapabilities>): void;
  post(post: PostInput, at: At): void;
  comment(comment: CommentInput, at: At): void;
  reaction(reaction: ReactionInput, at: At): void;
  reject(reject: RejectInput, at: At): void;
  /** The whole file cannot be read; `excerpt` is a short piece of it (a few lines) for rejects.ndjson. */
  fileError(code: string, location: string, detail: string, excerpt: string): void;
  /** Something odd that does not stop the file from being read. */
  warn(code: string, location: string, message: string): void;
}
