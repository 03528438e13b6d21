/**
 * Facebook Graph API export → canonical dataset (SPEC 2.1, docs/decisions.md "Ingest").
 *
 * A `.json` file holds a response page `{ data: [post…], paging }`, a bare array of posts (or of
 * pages) or a single post object; a `.ndjson` / `.jsonl` file one post (or one page) per line.
 * Comments are linked to their post by nesting, never by id prefix. Bad records are rejected one
 * by one with their file, location (`data[12].comments.data[3]`, `line 7`,
 * `line 7: comments.data[2]`), field and code; the rest of the file is still read.
 */
import type { Comment, IngestResult, InputFile, Post, ReactionType, Tag } from '../model/types';
import { nfc } from '../text/fold';
import { isLineFormatName, sniff, type Sniffed } from './detect';
import { decodeText, diagnoseJson, type JsonProblem } from './json';
import { DatasetBuilder } from './merge';
import { parseGraphTime } from './time';

export const GRAPH_API_JSON = 'graph-api-json';
export const GRAPH_API_NDJSON = 'graph-api-ndjson';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const KNOWN_REACTIONS: ReadonlySet<string> = new Set([
  'LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'CARE', 'THANKFUL', 'PRIDE',
]);

/** Keys only comment objects carry; with none of {@link POST_ONLY_KEYS}, a list is comments. */
const COMMENT_ONLY_KEYS = [
  'like_count', 'comment_count', 'can_remove', 'user_likes', 'can_comment', 'can_like', 'can_hide',
  'can_reply_privately', 'parent', 'attachment',
];
const POST_ONLY_KEYS = [
  'story', 'type', 'status_type', 'permalink_url', 'shares', 'admin_creator', 'parent_id', 'to',
  'privacy', 'link', 'picture', 'full_picture', 'object_id', 'updated_time', 'actions',
  'application', 'place', 'with_tags', 'icon', 'attachments', 'is_published',
];

/** A field that is present but unusable: the record is rejected with this field and code. */
class Invalid {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly detail: string,
  ) {}
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  // Never the value itself: a reason must not quote record content (SPEC 7.2).
  if (typeof v === 'string') return `a string of ${[...v].length} characters`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

const wrongType = (field: string, expected: string, v: unknown): Invalid =>
  new Invalid(field, 'invalid_type', `expected ${expected}, got ${describe(v)}`);

/** A string field, absent/null → null. */
function optString(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw wrongType(field, 'a string', v);
  return v;
}

/** An id field: absent/null/'' → null; another type is refused (a number may have lost digits). */
function optId(v: unknown, field: string): string | null {
  const id = optString(v, field);
  return id === null || id === '' ? null : id;
}

function optCount(v: unknown, field: string): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw wrongType(field, 'a non-negative number', v);
  }
  return v;
}

function optObject(v: unknown, field: string): Obj | null {
  if (v === undefined || v === null) return null;
  if (!isObj(v)) throw wrongType(field, 'an object', v);
  return v;
}

function optArray(v: unknown, field: string): unknown[] | null {
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) throw wrongType(field, 'an array', v);
  return v;
}

/** An edge (`comments`, `reactions`, `likes`): `{ data: [...], summary: { total_count } }`. */
function edgeTotal(raw: Obj, key: string): number | null {
  const edge = optObject(raw[key], key);
  if (edge === null) return null;
  optArray(edge.data, `${key}.data`);
  const summary = optObject(edge.summary, `${key}.summary`);
  return summary === null ? null : optCount(summary.total_count, `${key}.summary.total_count`);
}

interface Account {
  id: string;
  name: string | null;
}

/** `from` / `admin_creator`: an object whose id may be hidden (privacy) → null. */
function optAccount(v: unknown, field: string): Account | null {
  const obj = optObject(v, field);
  if (obj === null) return null;
  const id = optId(obj.id, `${field}.id`);
  const name = optString(obj.name, `${field}.name`);
  return id === null ? null : { id, name: name === null ? null : nfc(name) };
}

function readTag(v: unknown, field: string, out: Tag[]): void {
  // Entries that name nobody (no id) are not mentions and are skipped.
  if (!isObj(v)) return;
  const id = optId(v.id, `${field}.id`);
  const name = optString(v.name, `${field}.name`);
  if (id !== null) out.push({ id, name: name === null ? null : nfc(name) });
}

/** `message_tags`: an array of tags, or (old API) an object keyed by offset of tag lists. */
function readTags(v: unknown): Tag[] {
  const tags: Tag[] = [];
  if (v === undefined || v === null) return tags;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i += 1) readTag(v[i], `message_tags[${i}]`, tags);
  } else if (isObj(v)) {
    for (const [offset, entry] of Object.entries(v)) {
      if (Array.isArray(entry)) {
        for (let i = 0; i < entry.length; i += 1) readTag(entry[i], `message_tags.${offset}[${i}]`, tags);
      } else readTag(entry, `message_tags.${offset}`, tags);
    }
  } else throw wrongType('message_tags', 'an array or an object', v);
  return tags;
}

/** `id` and `created_time`, the two fields every post and comment must have. */
function readIdentity(raw: Obj): { id: string; time: number; createdTime: string } {
  const rawId = raw.id;
  if (rawId === undefined || rawId === null || rawId === '') {
    throw new Invalid('id', 'missing_id', 'no id');
  }
  if (typeof rawId !== 'string') throw wrongType('id', 'a string', rawId);
  const rawTime = raw.created_time;
  if (rawTime === undefined || rawTime === null || rawTime === '') {
    throw new Invalid('created_time', 'missing_time', 'no created_time');
  }
  if (typeof rawTime !== 'string' && typeof rawTime !== 'number') {
    throw wrongType('created_time', 'a string or a number', rawTime);
  }
  const parsed = parseGraphTime(rawTime);
  if (parsed === null) {
    throw new Invalid(
      'created_time',
      'invalid_time',
      `${describe(rawTime)} is not a recognised time (ISO 8601 with a UTC offset, or Unix seconds)`,
    );
  }
  return { id: rawId, time: parsed.time, createdTime: parsed.iso };
}

function reactionType(v: unknown): ReactionType {
  if (v === undefined || v === null) return 'OTHER';
  if (typeof v !== 'string') throw wrongType('type', 'a string', v);
  const upper = v.toUpperCase();
  return KNOWN_REACTIONS.has(upper) ? (upper as ReactionType) : 'OTHER';
}

/** The id a record can be placed by, whether or not the record itself is accepted. */
function usableId(raw: Obj): string | null {
  return typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
}

/** Whether a list of objects is a comments edge (`/{post}/comments`) rather than posts. */
function looksLikeComments(items: readonly unknown[]): boolean {
  let commentKeys = false;
  for (const item of items) {
    if (!isObj(item)) continue;
    for (const key of POST_ONLY_KEYS) if (key in item) return false;
    if (!commentKeys) for (const key of COMMENT_ONLY_KEYS) if (key in item) commentKeys = true;
  }
  return commentKeys;
}

/** Why a child cannot be placed. */
type Placement = 'ok' | 'parent_rejected' | 'orphan_comment';

/** Reads one file's records into the builder. */
class GraphApiReader {
  constructor(
    private readonly builder: DatasetBuilder,
    private readonly file: string,
  ) {}

  private reject(
    recordType: 'post' | 'comment' | 'reaction',
    location: string,
    field: string,
    code: string,
    detail: string,
    record: unknown,
  ): void {
    this.builder.reject({
      file: this.file,
      location,
      recordType,
      field,
      code,
      reason: rejectReason(this.file, location, field, detail),
      record,
    });
  }

  private rejectInvalid(
    recordType: 'post' | 'comment' | 'reaction',
    location: string,
    problem: Invalid,
    record: unknown,
  ): void {
    this.reject(recordType, location, problem.field, problem.code, problem.detail, record);
  }

  private rejectUnplaced(
    recordType: 'comment' | 'reaction',
    location: string,
    placement: Exclude<Placement, 'ok'>,
    record: unknown,
  ): void {
    const detail =
      placement === 'orphan_comment'
        ? 'a comment listed without its post (a comments edge response): comments are placed under a post only by nesting'
        : `the ${recordType === 'reaction' ? 'record it reacts to' : 'post or comment it is under'} has no usable id, so it cannot be placed`;
    this.reject(recordType, location, '', placement, detail, record);
  }

  /** A list of posts (or of response pages) at `prefix[i]`. */
  items(items: readonly unknown[], prefix: string): void {
    if (looksLikeComments(items)) {
      for (let i = 0; i < items.length; i += 1) {
        this.comment(items[i], `${prefix}[${i}]`, `${prefix}[${i}].`, null, null, 'orphan_comment');
      }
      return;
    }
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      const location = `${prefix}[${i}]`;
      if (isPage(item)) this.items(item.data as unknown[], `${location}.data`);
      else this.post(item, location, `${location}.`);
    }
  }

  /** A document that is one object: a post (or a lone comment) at `$`. */
  single(value: Obj): void {
    if (looksLikeComments([value])) this.comment(value, '$', '$.', null, null, 'orphan_comment');
    else this.post(value, '$', '$.');
  }

  /** A post at `location`; its children's locations start with `childPrefix`. */
  post(raw: unknown, location: string, childPrefix: string): void {
    if (!isObj(raw)) {
      this.reject('post', location, '', 'invalid_type', `expected a post object, got ${describe(raw)}`, raw);
      return;
    }
    const b = this.builder;
    try {
      const { id, time, createdTime } = readIdentity(raw);
      const message = optString(raw.message, 'message');
      const from = optAccount(raw.from, 'from');
      const admin = optAccount(raw.admin_creator, 'admin_creator');
      const parentId = optId(raw.parent_id, 'parent_id');
      const permalinkUrl = optString(raw.permalink_url, 'permalink_url');
      const statusType = optString(raw.status_type, 'status_type');
      const shares = optObject(raw.shares, 'shares');
      const sharesCount = shares === null ? 0 : (optCount(shares.count, 'shares.count') ?? 0);
      const messageTags = readTags(raw.message_tags);
      const reactionsTotal = edgeTotal(raw, 'reactions');
      const likesTotal = edgeTotal(raw, 'likes');
      const commentsTotal = edgeTotal(raw, 'comments');
      const post: Post = {
        id,
        time,
        createdTime,
        message: message === null ? '' : nfc(message),
        fromId: from === null ? null : from.id,
        adminCreatorId: admin === null ? null : admin.id,
        parentId,
        permalinkUrl,
        statusType,
        sharesCount,
        reactionsTotal:
          reactionsTotal === null ? likesTotal : likesTotal === null ? reactionsTotal : Math.max(reactionsTotal, likesTotal),
        commentsTotal,
        messageTags,
        source: { file: this.file, location },
      };
      b.addPost(post);
      if (from !== null) b.noteActor(from.id, from.name);
      if (admin !== null) b.noteActor(admin.id, admin.name);
      for (const tag of messageTags) b.noteActor(tag.id, tag.name);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.rejectInvalid('post', location, error, raw);
    }
    // Children are kept when the post has an id, even if the post itself was rejected.
    const postId = usableId(raw);
    const placement: Placement = postId === null ? 'parent_rejected' : 'ok';
    this.reactionList(raw.reactions, 'reactions', postId, 'post', childPrefix);
    this.reactionList(raw.likes, 'likes', postId, 'post', childPrefix);
    const comments = isObj(raw.comments) ? raw.comments.data : undefined;
    if (Array.isArray(comments)) {
      for (let i = 0; i < comments.length; i += 1) {
        const location = [childPrefix, 'comments.data[', i, ']'].join('');
        this.comment(comments[i], location, `${location}.`, postId, null, placement);
      }
    }
  }

  /**
   * A comment or reply. `postId` is the post of its thread (by nesting), `enclosingId` the
   * comment it is nested in (its parent unless it names another in `parent.id`).
   */
  comment(
    raw: unknown,
    location: string,
    childPrefix: string,
    postId: string | null,
    enclosingId: string | null,
    placement: Placement,
  ): void {
    if (placement !== 'ok' || postId === null) {
      this.rejectUnplaced('comment', location, placement === 'ok' ? 'parent_rejected' : placement, raw);
      if (!isObj(raw)) return;
      // Its own children cannot be placed either: each is rejected with its own entry.
      this.reactionList(raw.reactions, 'reactions', null, 'comment', childPrefix);
      this.reactionList(raw.likes, 'likes', null, 'comment', childPrefix);
      this.replies(raw, childPrefix, null, null, 'parent_rejected');
      return;
    }
    if (!isObj(raw)) {
      this.reject('comment', location, '', 'invalid_type', `expected a comment object, got ${describe(raw)}`, raw);
      return;
    }
    const b = this.builder;
    try {
      const { id, time, createdTime } = readIdentity(raw);
      const message = optString(raw.message, 'message');
      const from = optAccount(raw.from, 'from');
      const parent = optObject(raw.parent, 'parent');
      const named = parent === null ? null : optId(parent.id, 'parent.id');
      // A parent naming the post itself (or the comment itself) means a top-level comment.
      const parentId = named === null || named === id || named === postId ? enclosingId : named;
      const messageTags = readTags(raw.message_tags);
      const attachment = optObject(raw.attachment, 'attachment');
      edgeTotal(raw, 'reactions');
      edgeTotal(raw, 'likes');
      edgeTotal(raw, 'comments');
      const comment: Comment = {
        id,
        postId,
        parentId,
        time,
        createdTime,
        message: message === null ? '' : nfc(message),
        fromId: from === null ? null : from.id,
        messageTags,
        hasAttachment: attachment !== null,
        source: { file: this.file, location },
      };
      b.addComment(comment);
      if (from !== null) b.noteActor(from.id, from.name);
      for (const tag of messageTags) b.noteActor(tag.id, tag.name);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.rejectInvalid('comment', location, error, raw);
    }
    const commentId = usableId(raw);
    this.reactionList(raw.reactions, 'reactions', commentId, 'comment', childPrefix);
    this.reactionList(raw.likes, 'likes', commentId, 'comment', childPrefix);
    this.replies(raw, childPrefix, postId, commentId, commentId === null ? 'parent_rejected' : 'ok');
  }

  private replies(
    raw: Obj,
    childPrefix: string,
    postId: string | null,
    commentId: string | null,
    placement: Placement,
  ): void {
    const replies = isObj(raw.comments) ? raw.comments.data : undefined;
    if (!Array.isArray(replies)) return;
    for (let i = 0; i < replies.length; i += 1) {
      const location = [childPrefix, 'comments.data[', i, ']'].join('');
      this.comment(replies[i], location, `${location}.`, postId, commentId, placement);
    }
  }

  /** `reactions.data` or legacy `likes.data` (each a LIKE) of a post or comment. */
  private reactionList(
    edge: unknown,
    list: 'reactions' | 'likes',
    targetId: string | null,
    targetType: 'post' | 'comment',
    childPrefix: string,
  ): void {
    if (!isObj(edge) || !Array.isArray(edge.data)) return;
    const data = edge.data;
    const b = this.builder;
    for (let i = 0; i < data.length; i += 1) {
      const raw = data[i];
      // join() gives one flat string; a template literal would keep a chain of cons strings
      // (several objects per reaction, for as long as the dataset lives).
      const location = [childPrefix, list, '.data[', i, ']'].join('');
      if (targetId === null) {
        this.rejectUnplaced('reaction', location, 'parent_rejected', raw);
        continue;
      }
      if (!isObj(raw)) {
        this.reject('reaction', location, '', 'invalid_type', `expected a reaction object, got ${describe(raw)}`, raw);
        continue;
      }
      try {
        const actorId = optId(raw.id, 'id');
        const name = optString(raw.name, 'name');
        const type = list === 'likes' ? 'LIKE' : reactionType(raw.type);
        b.addReaction(
          { targetId, targetType, actorId, type, source: { file: this.file, location } },
          list,
          i,
        );
        if (actorId !== null) b.noteActor(actorId, name === null ? null : nfc(name));
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        this.rejectInvalid('reaction', location, error, raw);
      }
    }
  }
}

/** A response page: an object with a `data` array and no `id` of its own. */
function isPage(v: unknown): v is Obj & { data: unknown[] } {
  return isObj(v) && Array.isArray(v.data) && !('id' in v);
}

/** The human reason of a reject: it names the file, the location and the field. */
export function rejectReason(file: string, location: string, field: string, detail: string): string {
  return `${file} at ${location}${field === '' ? '' : `, field ${field}`}: ${detail}`;
}

function fileProblem(builder: DatasetBuilder, file: string, problem: JsonProblem, text: string): void {
  const location = `line ${problem.line}, column ${problem.column}`;
  const what = problem.code === 'truncated' ? 'truncated JSON' : 'not JSON';
  builder.fileError({
    file,
    location,
    field: '',
    code: problem.code,
    reason: rejectReason(file, location, '', `${what} (${problem.message}); nothing read from this file`),
    record: excerpt(text, problem.line),
  });
}

/** A few lines around a problem, for rejects.ndjson (the file itself may be huge). */
function excerpt(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < Math.max(1, line - 1) && start !== -1; l += 1) start = text.indexOf('\n', start) + 1;
  return text.slice(start, start + 400);
}

/** Read one parsed JSON document of a Graph API export. */
function readDocument(builder: DatasetBuilder, file: string, value: unknown): void {
  const reader = new GraphApiReader(builder, file);
  const shapeError = (detail: string): void =>
    builder.fileError({
      file,
      location: '$',
      field: '',
      code: 'unsupported_shape',
      reason: rejectReason(file, '$', '', detail),
      record: value,
    });
  if (Array.isArray(value)) {
    reader.items(value, '');
  } else if (isObj(value)) {
    if ('data' in value && !('id' in value)) {
      if (Array.isArray(value.data)) reader.items(value.data, 'data');
      else shapeError(`"data" is ${describe(value.data)}, not a list of posts`);
    } else if ('id' in value || 'created_time' in value) {
      reader.single(value);
    } else if (isObj(value.error)) {
      const message = typeof value.error.message === 'string' ? `: ${value.error.message}` : '';
      shapeError(`a Graph API error response${message}`);
    } else {
      shapeError('neither a response page {data: [...]}, a list of posts nor a post object');
    }
  } else {
    shapeError(`a JSON ${describe(value)}, not a response page, a list of posts or a post object`);
  }
}

const NON_SPACE = /\S/g;

/** Read an NDJSON text: one post (or response page) per line; bad lines are rejected alone. */
function readLines(builder: DatasetBuilder, file: string, text: string): void {
  const reader = new GraphApiReader(builder, file);
  const endsWithNewline = /\n\s*$/.test(text.slice(-64));
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo += 1;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const location = `line ${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const problem = diagnoseJson(line, error);
      NON_SPACE.lastIndex = start;
      const isLast = start > text.length || !NON_SPACE.test(text);
      const truncated = problem.code === 'truncated' && isLast && !endsWithNewline;
      const code = truncated ? 'truncated' : 'not_json';
      const detail = truncated
        ? 'the last line is cut short (truncated file)'
        : `not JSON (${problem.message}, column ${problem.column})`;
      builder.reject({
        file,
        location,
        recordType: 'post',
        field: '',
        code,
        reason: rejectReason(file, location, '', detail),
        record: line,
      });
      continue;
    }
    if (isPage(value)) reader.items(value.data, `${location}: data`);
    else reader.post(value, location, `${location}: `);
  }
}

/**
 * Read one decoded Graph API file into a builder (the file is begun here).
 * `sniffed` may be passed when the caller already looked at the text.
 */
export function readGraphApiFile(
  builder: DatasetBuilder,
  file: string,
  text: string,
  sniffed: Sniffed = sniff(file, text),
): void {
  const lineFormat = sniffed.kind === 'ndjson';
  builder.beginFile(file, lineFormat || isLineFormatName(file) ? GRAPH_API_NDJSON : GRAPH_API_JSON);
  switch (sniffed.kind) {
    case 'empty':
      builder.fileError({
        file,
        location: '$',
        field: '',
        code: 'empty_file',
        reason: rejectReason(file, '$', '', 'the file is empty'),
        record: '',
      });
      return;
    case 'bad-json':
      fileProblem(builder, file, sniffed.problem, text);
      return;
    case 'ndjson':
      readLines(builder, file, text);
      return;
    case 'json':
      readDocument(builder, file, sniffed.value);
  }
}

/**
 * Ingest Graph API export files (pure: the content is given, nothing is read from disk).
 * Files are read in the given order ("first copy wins" when a post is in several).
 * @example
 * const { dataset, report } = ingestGraphApi([
 *   { name: 'feed.json', content: '{"data":[{"id":"1_2","created_time":"2025-03-04T09:15:00+0700"}]}' },
 * ]);
 * report.posts // 1
 */
export function ingestGraphApi(files: readonly InputFile[]): IngestResult {
  const builder = new DatasetBuilder();
  for (const f of files) readGraphApiFile(builder, f.name, decodeText(f.content));
  return builder.finish();
}
