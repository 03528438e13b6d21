/**
 * The canonical dataset (SPEC 2.4): what every export format is turned into.
 * Plain, JSON-serialisable records; each keeps its source so a figure can be traced to its rows.
 */

/** Where a record came from: the file and its location inside it (JSON path or `line N`). */
export interface SourceRef {
  file: string;
  location: string;
}

export const REACTION_TYPES = [
  'LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'CARE', 'THANKFUL', 'PRIDE', 'OTHER',
] as const;
export type ReactionType = (typeof REACTION_TYPES)[number];

/** A person, page or organisation tagged in a message (`message_tags[]`). */
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
  message: string;
  fromId: string | null;
  adminCreatorId: string | null;
  /** The post this post shares (`parent_id`), if any. */
  parentId: string | null;
  permalinkUrl: string | null;
  statusType: string | null;
  /** `shares.count`; 0 when absent. */
  sharesCount: number;
  /** `reactions.summary.total_count` (or `likes.summary.total_count`), null when absent. */
  reactionsTotal: number | null;
  /** `comments.summary.total_count`, null when absent. */
  commentsTotal: number | null;
  messageTags: Tag[];
  source: SourceRef;
}

export interface Comment {
  id: string;
  /** The post the comment is under (its thread's post). */
  postId: string;
  /** The comment this one replies to; null for a top-level comment. */
  parentId: string | null;
  time: number;
  createdTime: string;
  message: string;
  /** Null when the export hides the author (privacy): an anonymous comment. */
  fromId: string | null;
  messageTags: Tag[];
  hasAttachment: boolean;
  source: SourceRef;
}

export interface Reaction {
  targetId: string;
  targetType: 'post' | 'comment';
  /** Null for an anonymous reaction. */
  actorId: string | null;
  type: ReactionType;
  source: SourceRef;
}

/** A share record: `postId` shares `sharedPostId` (the post's `parent_id`). */
export interface Share {
  postId: string;
  sharedPostId: string;
  fromId: string | null;
  time: number;
  source: SourceRef;
}

export interface Dataset {
  actors: Actor[];
  posts: Post[];
  comments: Comment[];
  reactions: Reaction[];
  shares: Share[];
}

/** A record that could not be used: kept, counted and reported, never silently dropped. */
export interface RejectedRecord {
  file: string;
  location: string;
  /** Which record kind it was meant to be. */
  recordType: 'post' | 'comment' | 'reaction' | 'file';
  /** The offending field (JSON path relative to the record), or '' for the whole record. */
  field: string;
  /** Stable machine code, e.g. `missing_id`, `invalid_time`, `invalid_type`, `not_json`. */
  code: string;
  reason: string;
  /** The raw record as read (for rejects.ndjson). */
  record: unknown;
}

export interface FileIngestReport {
  file: string;
  format: string;
  posts: number;
  comments: number;
  reactions: number;
  duplicates: number;
  rejected: number;
  /** Set when the whole file could not be read (not JSON, empty, truncated). */
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
  perFile: FileIngestReport[];
  rejects: RejectedRecord[];
}

export interface IngestResult {
  dataset: Dataset;
  report: IngestReport;
}

/** An input file handed to the core: the node layer reads bytes, the core never touches disk. */
export interface InputFile {
  name: string;
  content: string | Uint8Array;
}

export type ActorKind = 'agency' | 'page' | 'association' | 'business' | 'individual';
export type UnitKind = 'department' | 'locality';
