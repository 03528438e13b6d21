/**
 * The canonical dataset (SPEC 2.4): what every export format is turned into, whatever its source.
 * Plain, JSON-serialisable records. Each keeps its source as two numbers — the file (an index into
 * `Dataset.files`) and its position in that file (the order in which the file's records were read,
 * from 0) — so every figure can be traced to its rows; `IngestResult.locations` turns the pair into a
 * human location such as `data[12].comments.data[3]`.
 *
 * Nothing here is specific to one export format: the adapters in `src/ingest/formats/` map their
 * fields onto these records.
 */

export const REACTION_TYPES = [
  'LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'CARE', 'THANKFUL', 'PRIDE', 'OTHER',
] as const;
export type ReactionType = (typeof REACTION_TYPES)[number];

/** Post-level reaction counts per type, as a format reports them (types it does not report are absent). */
export type ReactionCounts = Partial<Record<ReactionType, number>>;

/** A person, page or organisation tagged in a message. */
export interface Tag {
  id: string;
  name: string | null;
}

/** Someone seen in the export: an author, a reactor or a tagged account. Kind is resolved later. */
export interface Actor {
  id: string;
  name: string | null;
}

export interface Post {
  id: string;
  /** UTC epoch milliseconds. */
  time: number;
  /** ISO 8601 UTC, e.g. `2025-03-04T02:15:00.000Z`. */
  createdTime: string;
  /** Normalised text (NFC, no control characters); '' when the export has none. */
  message: string;
  /** Null when the author is unknown or hidden. */
  fromId: string | null;
  /** The account that published for a page (attributes a post to a unit). */
  adminCreatorId: string | null;
  /** The post this post shares, if any. */
  parentId: string | null;
  permalinkUrl: string | null;
  statusType: string | null;
  /** Times the post was shared; 0 when the export says nothing. */
  sharesCount: number;
  /** Total reactions the export reports for the post (beyond the listed ones); null when absent. */
  reactionsTotal: number | null;
  /** Reactions per type reported at post level (CSV exports); null when the export lists none. */
  reactionsByType: ReactionCounts | null;
  /** Total comments the export reports for the post; null when absent. */
  commentsTotal: number | null;
  messageTags: Tag[];
  /** Index of the source file in `Dataset.files`. */
  file: number;
  /** Position of the record in its file (reading order, from 0). */
  position: number;
}

export interface Comment {
  id: string;
  /** The post the comment is under (its thread's post). */
  postId: string;
  /** The comment this one replies to; null for a top-level comment. */
  parentId: string | null;
  /**
   * True for a reply whose parent the export does not name (e.g. Netvizz `is_reply`): it is
   * placed as a top-level comment of its post.
   */
  parentUnknown: boolean;
  time: number;
  createdTime: string;
  message: string;
  /** Null when the export hides the author (privacy): an anonymous comment. */
  fromId: string | null;
  messageTags: Tag[];
  hasAttachment: boolean;
  file: number;
  position: number;
}

export interface Reaction {
  targetId: string;
  targetType: 'post' | 'comment';
  /** Null for an anonymous reaction. */
  actorId: string | null;
  type: ReactionType;
  file: number;
  position: number;
}

/** A share record: `postId` shares `sharedPostId` (the post's `parentId`). */
export interface Share {
  postId: string;
  sharedPostId: string;
  fromId: string | null;
  time: number;
  file: number;
  position: number;
}

export interface Dataset {
  /** The input files, in reading order (sorted by path); records point into it by `file`. */
  files: string[];
  actors: Actor[];
  posts: Post[];
  comments: Comment[];
  reactions: Reaction[];
  shares: Share[];
}

/** What kind of record a reject was meant to be. */
export type RecordType = 'post' | 'comment' | 'reaction' | 'file';

/**
 * A record that could not be used — kept, counted and reported, never silently dropped — or, with
 * `kept: true`, a field reject: the record is in the dataset without that field's value (a count
 * that is no count) or with it cut (a text beyond the length limit).
 */
export interface RejectedRecord {
  file: string;
  /** Where in the file: a JSON path (`data[12].comments.data[3]`), `line 7`, `$` … */
  location: string;
  /** Position of the record in its file (the same numbering as the records' `position`). */
  position: number;
  recordType: RecordType;
  /** The offending field (in the format's own terms), or '' for the whole record. */
  field: string;
  /** Stable machine code, e.g. `missing_id`, `invalid_time`, `text_too_long`, `not_json`. */
  code: string;
  /** What is wrong, naming file, location and field; it never quotes the record's content. */
  reason: string;
  /** True for a field reject: the record itself was kept. */
  kept: boolean;
  /**
   * The raw record as read (for rejects.ndjson), bounded: nesting beyond the limit is replaced by
   * a marker and texts are cut at the text limit. A file-level reject holds an excerpt.
   */
  record: unknown;
}

/**
 * How a file identifies people (SPEC 2.2): `platform` ids (Graph API), `hashed` ids (Netvizz),
 * `name` (only display names: the id is `name:` + the normalised name), or `none` (no identities:
 * counts only, every author anonymous), or `mixed` (a canonical file converted from files of several
 * kinds: its ids are as written, whatever they are).
 */
export type IdentityKind = 'platform' | 'hashed' | 'name' | 'none' | 'mixed';

/**
 * What a file's format can tell (SPEC 2.2). A figure that needs what a format lacks is null with
 * the reason among the unit's flags (never 0): `counts_only`, `no_comments`, `no_reaction_identities`,
 * `no_reply_parents`, `no_share_relations`, `no_counts` (docs/formats.md).
 */
export interface FileCapabilities {
  /** Comments and replies are listed as records (false: at most a count per post). */
  comments: boolean;
  /** Reactions are listed with who reacted (false: counts only, or reactors unknown). */
  reactionActors: boolean;
  /** A reply names the comment it answers. */
  replyParents: boolean;
  /** A shared post names the post it shares (`parent_id`). */
  shareRelations: boolean;
  /** Posts carry their counts (reactions, comments, shares). */
  postCounts: boolean;
}

/** A Graph API export: everything is there. */
export const FULL_CAPABILITIES: Readonly<FileCapabilities> = Object.freeze({
  comments: true, reactionActors: true, replyParents: true, shareRelations: true, postCounts: true,
});

/** Something odd about a file that did not stop it from being read (e.g. invalid UTF-8). */
export interface IngestWarning {
  /** Stable machine code, e.g. `invalid_utf8`. */
  code: string;
  /** Where (e.g. `byte 1234`). */
  location: string;
  message: string;
}

/** One place a record was read from (for conflicts): the file and the location in it. */
export interface RecordLocation {
  file: string;
  location: string;
  position: number;
}

/**
 * Two copies of one record that disagree on a single value (SPEC 2.1): the copy read later
 * (files sorted by path: the later snapshot) wins. Values are never quoted.
 */
export interface IngestConflict {
  recordType: 'post' | 'comment' | 'reaction';
  /** The record's id (for a reaction: the id of the post or comment reacted to). */
  id: string;
  /** The canonical field that differs: `message`, `fromId`, `time`, `sharesCount`, `type` … */
  field: string;
  /** The copy whose value was replaced. */
  earlier: RecordLocation;
  /** The copy whose value is kept. */
  later: RecordLocation;
}

export interface FileIngestReport {
  file: string;
  /** The adapter that read it (`graph-api-json` …), or `unknown` when no format matched. */
  format: string;
  /** How the file identifies people. */
  identities: IdentityKind;
  /** What the file's format can tell (all true for the Graph API). */
  capabilities: FileCapabilities;
  /** Records read from the file: always `posts + comments + reactions + duplicates + rejected`. */
  read: number;
  /** Records first accepted from this file. */
  posts: number;
  comments: number;
  reactions: number;
  /** Copies of records already read (merged). */
  duplicates: number;
  /** Records rejected whole (field rejects are not counted here). */
  rejected: number;
  /** Field rejects: records kept without a value or with a text cut. */
  fieldRejects: number;
  /** Conflicting copies found when this file was read. */
  conflicts: number;
  /** File-level warnings (the file was still read). */
  warnings: IngestWarning[];
  /** Set when the whole file could not be read (not JSON, empty, truncated, unknown format). */
  error: string | null;
}

export interface IngestCounts {
  files: number;
  posts: number;
  comments: number;
  reactions: number;
  shares: number;
  duplicates: number;
  rejected: number;
}

export interface IngestReport extends IngestCounts {
  /** Field rejects over every file. */
  fieldRejects: number;
  /** The instant times were checked against (ISO 8601 UTC): later than one day after it is refused. */
  asOf: string;
  perFile: FileIngestReport[];
  /** Whole-record rejects and field rejects (`kept: true`), sorted by file then position. */
  rejects: RejectedRecord[];
  /** Conflicting copies, sorted by the later copy's file and position. */
  conflicts: IngestConflict[];
}

/** One file's copy of a post (SPEC 4.6 snapshots). */
export interface PostCopy {
  /** Index into `SnapshotIndex.files`. */
  file: number;
  /** Every comment and reply (with an id) under the post in that file, in file order. */
  commentIds: string[];
  /** How many of them are top-level comments. */
  topLevelListed: number;
  /** That copy's total comment count (`comments.summary.total_count`), null when absent. */
  commentsTotal: number | null;
  /**
   * What that copy's source could tell, when the post said so itself (a canonical file converted
   * from several formats); absent: its file's `capabilities`.
   */
  capabilities?: FileCapabilities;
}

/** Files sorted by path are successive snapshots (SPEC 4.6): each post's copies, file by file. */
export interface SnapshotIndex {
  /** The input files, sorted by path (the same list as `Dataset.files`). */
  files: string[];
  /** Post id → one entry per file that held it, in file order. */
  postCopies: Map<string, PostCopy[]>;
}

/** Turns a record's (file, position) into a human location (`data[12].comments.data[3]`). */
export interface RecordLocator {
  /** The location of the record at `position` in file `file`; '' when there is none. */
  locate(file: number, position: number): string;
}

export interface IngestResult {
  dataset: Dataset;
  report: IngestReport;
  snapshots: SnapshotIndex;
  locations: RecordLocator;
}

/** An input file handed to the core: the node layer reads bytes, the core never touches disk. */
export interface InputFile {
  name: string;
  content: string | Uint8Array;
}

/** Who an actor is (SPEC 3.2), declared once: every list of kinds in the code is this one. */
export const ACTOR_KINDS = Object.freeze(['agency', 'page', 'association', 'business', 'individual'] as const);
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** The two groups units are ranked in (SPEC 4.3). */
export const UNIT_KINDS = Object.freeze(['department', 'locality'] as const);
export type UnitKind = (typeof UNIT_KINDS)[number];
