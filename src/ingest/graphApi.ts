/**
 * Facebook Graph API exports → canonical records (SPEC 2.1; docs/decisions.md "Ingest"). The
 * reader shared by the two Graph API adapters (`formats/graphApiJson.ts`, `formats/graphApiNdjson.ts`).
 *
 * A `.json` file holds a response page `{ data: [post…], paging }`, a bare array of posts (or of
 * pages) or a single post; an NDJSON line holds a post or a page. A list whose items carry only
 * comment keys is a comments-edge page (`GET /{post-id}/comments`): its comments go to the sink with
 * no post, and the sink places them (by the page's `paging` URL, then by their id) at the end.
 *
 * The walk is iterative (an explicit stack): replies nested 2,000 deep or 10,000 nested `data`
 * pages are read down to the nesting limit, and what lies deeper is one `too_deep` reject per item.
 * Bad records are rejected one by one with their location (`data[12].comments.data[3]`, `line 7`,
 * `line 7: comments.data[2]`), field and code; reasons describe types, never content.
 */
import type { AccountInput, At, CommentInput, FieldNames, LineReader, PostInput, ReactionInput, ReadOptions, RecordSink, RejectInput } from './adapter';
import { diagnoseJson } from './json';
import { parseJsonDocument } from './jsonRead';
import { LIMIT_CODES } from './limits';
import { MAX_LINE_LENGTH } from './lines';
import { JsonListItems, NOT_JSON, scanJsonList } from './jsonList';
import { formatLocation, ListPath, pathText } from './locations';
import { detach } from './text';
import { graphTimeMs } from './time';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** The Graph API names of the canonical fields (for field rejects). */
const POST_FIELDS: FieldNames = Object.freeze({
  time: 'created_time',
  message: 'message',
  from: 'from',
  adminCreator: 'admin_creator',
  permalinkUrl: 'permalink_url',
  statusType: 'status_type',
  sharesCount: 'shares.count',
  reactionsTotal: 'reactions.summary.total_count',
  commentsTotal: 'comments.summary.total_count',
  messageTags: 'message_tags',
});
const POST_FIELDS_LIKES: FieldNames = Object.freeze({ ...POST_FIELDS, reactionsTotal: 'likes.summary.total_count' });
const COMMENT_FIELDS: FieldNames = Object.freeze({
  time: 'created_time',
  message: 'message',
  from: 'from',
  messageTags: 'message_tags',
});

/** A field that is present but unusable: the record is rejected with this field and code. */
class Invalid {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly detail: string,
  ) {}
}

/** The type of a value, never its content (SPEC 7.2: a reason does not quote the record). */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `a string of ${v.length} characters`;
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

/** A count as given: the sink checks it (anything but a number is no count: NaN). */
const asCount = (v: unknown): number | null => (v === undefined || v === null ? null : typeof v === 'number' ? v : Number.NaN);

/** An edge (`comments`, `reactions`, `likes`): checks its shape, returns `summary.total_count`. */
function edgeTotal(raw: Obj, key: string): number | null {
  const edge = optObject(raw[key], key);
  if (edge === null) return null;
  optArray(edge.data, `${key}.data`);
  const summary = optObject(edge.summary, `${key}.summary`);
  return summary === null ? null : asCount(summary.total_count);
}

/** `from` / `admin_creator`: an object whose id may be hidden (privacy). */
function optAccount(v: unknown, field: string): AccountInput | null {
  return readAccount(v, field, { id: '', name: null });
}

/** {@link optAccount} into `into` (reused by the caller: no object per record), or null. */
function readAccount(v: unknown, field: string, into: { id: string; name: string | null }): AccountInput | null {
  const obj = optObject(v, field);
  if (obj === null) return null;
  const id = optId(obj.id, `${field}.id`);
  const name = optString(obj.name, `${field}.name`);
  if (id === null) return null;
  into.id = id;
  into.name = name;
  return into;
}

function readTag(v: unknown, field: string, out: AccountInput[]): void {
  // Entries that name nobody (no id) are not mentions and are skipped.
  if (!isObj(v)) return;
  const id = optId(v.id, `${field}.id`);
  const name = optString(v.name, `${field}.name`);
  if (id !== null) out.push({ id, name });
}

/** No tags (shared: most records have none; the sink only reads it). */
const NO_TAGS: readonly AccountInput[] = Object.freeze([]);

/** `message_tags`: an array of tags, or (old API) an object keyed by offset of tag lists. */
function readTags(v: unknown): readonly AccountInput[] {
  if (v === undefined || v === null) return NO_TAGS;
  const tags: AccountInput[] = [];
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

/** The time {@link readIdentity} read last (no object per record). */
let identityTime = 0;

/** `id` and `created_time`, the two fields every post and comment must have: the id (the time in {@link identityTime}). */
function readIdentity(raw: Obj): string {
  const rawId = raw.id;
  if (rawId === undefined || rawId === null || rawId === '') throw new Invalid('id', 'missing_id', 'no id');
  if (typeof rawId !== 'string') throw wrongType('id', 'a string', rawId);
  const rawTime = raw.created_time;
  if (rawTime === undefined || rawTime === null || rawTime === '') {
    throw new Invalid('created_time', 'missing_time', 'no created_time');
  }
  if (typeof rawTime !== 'string' && typeof rawTime !== 'number') {
    throw wrongType('created_time', 'a string or a number', rawTime);
  }
  const time = graphTimeMs(rawTime);
  if (time === null) {
    throw new Invalid(
      'created_time',
      'invalid_time',
      `${describe(rawTime)} that is not a recognised time (ISO 8601 with a UTC offset, or Unix seconds)`,
    );
  }
  identityTime = time;
  return rawId;
}

/** The id a record can be placed by, whether or not the record itself is accepted. */
function usableId(raw: unknown): string | null {
  return isObj(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : null;
}

/** Whether an item has a key only posts carry. */
const hasPostKey = (item: unknown): boolean => isObj(item) && POST_ONLY_KEYS.some((key) => key in item);

/** Whether a list of objects is a comments edge (`/{post}/comments`) rather than posts. */
function looksLikeComments(items: readonly unknown[]): boolean {
  let commentKeys = false;
  for (const item of items) {
    if (!isObj(item)) continue;
    if (hasPostKey(item)) return false;
    if (!commentKeys) for (const key of COMMENT_ONLY_KEYS) if (key in item) commentKeys = true;
  }
  return commentKeys;
}

/** A response page: an object with a `data` array and no `id` of its own. */
function isPage(v: unknown): v is Obj & { data: unknown[] } {
  return isObj(v) && Array.isArray(v.data) && !('id' in v);
}

const EDGE_URL = /\/([^/?#]+)\/comments(?:[/?#]|$)/;

/**
 * The object a comments-edge page lists the comments of, from its `paging.next`/`previous` URL
 * (`https://graph.facebook.com/v2.5/{object-id}/comments?…`); null when it names none.
 */
export function pageObjectId(page: unknown): string | null {
  const paging = isObj(page) ? page.paging : undefined;
  if (!isObj(paging)) return null;
  for (const key of ['next', 'previous']) {
    const url = paging[key];
    if (typeof url !== 'string') continue;
    const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
    const m = EDGE_URL.exec(path);
    if (m !== null && !/^v\d+(\.\d+)?$/.test(m[1])) return decodeURIComponent(m[1]);
  }
  return null;
}

/** A list being walked. */
interface Frame {
  kind: 'posts' | 'comments' | 'reactions';
  /** The items parsed: all of them, or (with `lazy`) the first few. */
  items: readonly unknown[];
  /** A document's top-level list, its items after `items` parsed one by one as they are read. */
  lazy: JsonListItems | null;
  /** The list's path (`data`, `line `, or a nested list's: `data[3].comments.data`). */
  path: string | ListPath;
  i: number;
  /** Posts: the page nesting; comments: the reply level (top-level comments are 1). */
  depth: number;
  /** Comments: the post by nesting (null: a comments edge); reactions: the target. */
  ownerId: string | null;
  /** Comments: the comment they are nested in; for a comments edge, the page's object. */
  enclosingId: string | null;
  postHint: string | null;
  /** The record this list belongs to has no usable id: every item is `parent_rejected`. */
  unplaced: boolean;
  /** Reactions: which list (`reactions`, `likes`) and the target's type. */
  list: 'reactions' | 'likes';
  targetType: 'post' | 'comment';
}

/** A frame, every field given (one shape for every frame, and no object of options per list). */
function frame(
  kind: Frame['kind'], items: readonly unknown[], path: string | ListPath, depth: number, ownerId: string | null,
  enclosingId: string | null, postHint: string | null, unplaced: boolean, list: Frame['list'], targetType: Frame['targetType'],
): Frame {
  return { kind, items, lazy: null, path, i: 0, depth, ownerId, enclosingId, postHint, unplaced, list, targetType };
}

/** A list of posts (or pages), `depth` pages deep. */
const postsFrame = (items: readonly unknown[], path: string | ListPath, depth: number): Frame =>
  frame('posts', items, path, depth, null, null, null, false, 'reactions', 'post');

/** A list of comments at reply level `depth`: of post `ownerId` (null: a comments edge), in comment `enclosingId`. */
const commentsFrame = (
  items: readonly unknown[], path: string | ListPath, depth: number, ownerId: string | null, enclosingId: string | null,
  postHint: string | null, unplaced: boolean,
): Frame => frame('comments', items, path, depth, ownerId, enclosingId, postHint, unplaced, 'reactions', 'post');

/** A list of reactions (or legacy likes) of `ownerId`. */
const reactionsFrame = (
  items: readonly unknown[], path: ListPath, ownerId: string | null, list: Frame['list'], targetType: Frame['targetType'], unplaced: boolean,
): Frame => frame('reactions', items, path, 0, ownerId, null, null, unplaced, list, targetType);

/** Reads one file's records into a sink, walking with an explicit stack. */
class GraphApiReader {
  private readonly stack: Frame[] = [];
  private readonly maxNesting: number;

  constructor(
    private readonly sink: RecordSink,
    options: ReadOptions,
  ) {
    this.maxNesting = options.limits.maxNesting;
  }

  private reject(at: At, recordType: RejectInput['recordType'], field: string, code: string, detail: string, id?: string | null): void {
    this.sink.reject({ recordType, field, code, detail, id }, at);
  }

  /** Walk everything pushed so far. */
  drain(): void {
    const stack = this.stack;
    while (stack.length > 0) {
      const f = stack[stack.length - 1];
      const lazy = f.lazy;
      if (f.i >= (lazy === null ? f.items.length : lazy.length)) {
        stack.pop();
        continue;
      }
      const i = f.i;
      f.i += 1;
      const item = i < f.items.length ? f.items[i] : lazy!.parse(i);
      if (item === NOT_JSON) {
        const problem = lazy!.problem(i);
        this.reject({ path: f.path, index: i, raw: problem.excerpt }, f.kind === 'comments' ? 'comment' : 'post', '', 'not_json',
          `not JSON (${problem.message}, line ${problem.line}, column ${problem.column})`);
        continue;
      }
      if (f.kind === 'posts') this.listItem(f, item, i);
      else if (f.kind === 'comments') this.comment(f, item, i);
      else this.reaction(f, item, i);
    }
  }

  /** A list of posts (or of pages, or a comments edge) at `path`, nested `depth` pages deep. */
  posts(items: readonly unknown[], path: string | ListPath, depth: number, page: unknown): void {
    if (looksLikeComments(items)) {
      this.stack.push(commentsFrame(items, path, 1, null, null, pageObjectId(page), false));
    } else this.stack.push(postsFrame(items, path, depth));
  }

  /**
   * A document's top-level list, parsed item by item as the walk reaches it. Whether it is a
   * comments edge is decided first, as {@link looksLikeComments} decides it: items are parsed until
   * one has a post's key (the first, in any export of posts); a list where none has (a comments
   * edge: a page of tens of items) is parsed whole first.
   */
  lazyPosts(items: JsonListItems, path: string, page: unknown): void {
    const parsed: unknown[] = [];
    for (let i = 0; i < items.length; i += 1) {
      const item = items.parse(i);
      parsed.push(item);
      if (hasPostKey(item)) break;
    }
    const f = parsed.length === items.length && looksLikeComments(parsed)
      ? commentsFrame(parsed, path, 1, null, null, pageObjectId(page), false)
      : postsFrame(parsed, path, 1);
    f.lazy = items;
    this.stack.push(f);
  }

  /** One object that is a whole document or line: a post, or a lone comment of a comments edge. */
  single(value: unknown, path: string, index: number): void {
    if (isObj(value) && looksLikeComments([value])) {
      const f = commentsFrame([value], path, 1, null, null, null, false);
      this.comment(f, value, index);
    } else this.post(value, path, index);
    this.drain();
  }

  private listItem(f: Frame, item: unknown, i: number): void {
    if (!isPage(item)) {
      this.post(item, f.path, i);
      return;
    }
    if (f.depth + 1 > this.maxNesting) {
      this.reject({ path: f.path, index: i, raw: item }, 'post', '', LIMIT_CODES.tooDeep,
        `a response page nested more than ${this.maxNesting} pages deep; nothing in it is read`);
      return;
    }
    this.posts(item.data, `${formatLocation(pathText(f.path), i)}.data`, f.depth + 1, item);
  }

  /** A post; its children are pushed so that they are read next, in file order. */
  post(raw: unknown, path: string | ListPath, index: number): void {
    const at: At = { path, index, raw };
    if (!isObj(raw)) {
      this.reject(at, 'post', '', 'invalid_type', `expected a post object, got ${describe(raw)}`);
      return;
    }
    try {
      const id = readIdentity(raw);
      const time = identityTime;
      const message = optString(raw.message, 'message');
      const from = optAccount(raw.from, 'from');
      const adminCreator = optAccount(raw.admin_creator, 'admin_creator');
      const parentId = optId(raw.parent_id, 'parent_id');
      const permalinkUrl = optString(raw.permalink_url, 'permalink_url');
      const statusType = optString(raw.status_type, 'status_type');
      const shares = optObject(raw.shares, 'shares');
      const messageTags = readTags(raw.message_tags);
      const reactions = edgeTotal(raw, 'reactions');
      const likes = edgeTotal(raw, 'likes');
      const commentsTotal = edgeTotal(raw, 'comments');
      // Old exports total their likes; with both edges the larger total (the likes are reactions too).
      const fromLikes = reactions === null || (likes !== null && likes > reactions);
      const input: PostInput = {
        id, time, message, from, adminCreator, parentId, permalinkUrl, statusType, messageTags, commentsTotal,
        sharesCount: shares === null ? null : asCount(shares.count),
        reactionsTotal: fromLikes ? likes : reactions,
        fieldNames: fromLikes && likes !== null ? POST_FIELDS_LIKES : POST_FIELDS,
      };
      this.sink.post(input, at);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.reject(at, 'post', error.field, error.code, error.detail, usableId(raw));
    }
    // Children are kept when the post has an id, even if the post itself was rejected.
    this.children(raw, path, index, usableId(raw), null);
  }

  /**
   * Push the reactions, likes and comments (or replies) of a record, to be read next in that order.
   * `id` is the record's usable id (null: its children cannot be placed); for a comment, `f` is its
   * list (its post, reply level and comments-edge hint pass on to its replies).
   */
  private children(raw: Obj, path: string | ListPath, index: number, id: string | null, f: Frame | null): void {
    const comments = isObj(raw.comments) && Array.isArray(raw.comments.data) ? raw.comments.data : null;
    const reactions = isObj(raw.reactions) && Array.isArray(raw.reactions.data) ? raw.reactions.data : null;
    const likes = isObj(raw.likes) && Array.isArray(raw.likes.data) ? raw.likes.data : null;
    if (comments === null && reactions === null && likes === null) return;
    const unplaced = id === null;
    const targetType = f === null ? 'post' : 'comment';
    if (comments !== null) {
      this.stack.push(commentsFrame(comments, new ListPath(path, index, 'comments.data'), f === null ? 1 : f.depth + 1,
        f === null ? id : f.ownerId, f === null ? null : id, f === null ? null : f.postHint, unplaced));
    }
    if (likes !== null) this.stack.push(reactionsFrame(likes, new ListPath(path, index, 'likes.data'), id, 'likes', targetType, unplaced));
    if (reactions !== null) this.stack.push(reactionsFrame(reactions, new ListPath(path, index, 'reactions.data'), id, 'reactions', targetType, unplaced));
  }

  /**
   * Reused for every comment (the second bulk of the records), as for reactions below: the sink
   * keeps none of them.
   */
  private readonly commentAt = { path: '' as string | ListPath, index: 0, raw: null as unknown };
  private readonly author = { id: '', name: null as string | null };
  private readonly commentInput: { -readonly [K in keyof CommentInput]-?: CommentInput[K] } = {
    id: '', postId: null, postHint: null, parentId: null, parentUnknown: false, time: 0, message: null, from: null,
    messageTags: NO_TAGS, hasAttachment: false, fieldNames: COMMENT_FIELDS,
  };

  /** A comment or reply of list `f`. */
  private comment(f: Frame, raw: unknown, i: number): void {
    const at = this.commentAt;
    at.path = f.path;
    at.index = i;
    at.raw = raw;
    if (f.depth > this.maxNesting) {
      this.reject(at, 'comment', '', LIMIT_CODES.tooDeep,
        `a reply nested more than ${this.maxNesting} levels deep; nothing under it is read`);
      return;
    }
    if (f.unplaced) {
      this.reject(at, 'comment', '', 'parent_rejected', 'the post or comment it is under has no usable id, so it cannot be placed');
      if (isObj(raw)) this.children(raw, f.path, i, null, f);
      return;
    }
    if (!isObj(raw)) {
      this.reject(at, 'comment', '', 'invalid_type', `expected a comment object, got ${describe(raw)}`);
      return;
    }
    const postId = f.ownerId;
    try {
      const id = readIdentity(raw);
      const time = identityTime;
      const message = optString(raw.message, 'message');
      const from = readAccount(raw.from, 'from', this.author);
      const parent = optObject(raw.parent, 'parent');
      const named = parent === null ? null : optId(parent.id, 'parent.id');
      // A parent naming the post itself (or the comment itself) means the enclosing comment.
      const parentId = named === null || named === id || named === postId ? f.enclosingId : named;
      const messageTags = readTags(raw.message_tags);
      const attachment = optObject(raw.attachment, 'attachment');
      edgeTotal(raw, 'reactions');
      edgeTotal(raw, 'likes');
      edgeTotal(raw, 'comments');
      const input = this.commentInput;
      input.id = id;
      input.postId = postId;
      input.postHint = f.postHint;
      input.parentId = parentId;
      input.time = time;
      input.message = message;
      input.from = from;
      input.messageTags = messageTags;
      input.hasAttachment = attachment !== null;
      this.sink.comment(input, at);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.reject(at, 'comment', error.field, error.code, error.detail);
    }
    this.children(raw, f.path, i, usableId(raw), f);
  }

  /**
   * Reused for every reaction, the bulk of the records: a sink keeps none of what it is given
   * (RecordSink), so no object is made per reaction but the sink's own.
   */
  private readonly reactionAt = { path: '' as string | ListPath, index: 0, raw: null as unknown };
  private readonly reactor = { id: '', name: null as string | null };
  private readonly reactionInput: { -readonly [K in keyof ReactionInput]: ReactionInput[K] } = {
    targetId: '', targetType: 'post', actor: null, type: null, slot: undefined,
  };

  /** An entry of `reactions.data` or legacy `likes.data` (each a LIKE). */
  private reaction(f: Frame, raw: unknown, i: number): void {
    const at = this.reactionAt;
    at.path = f.path;
    at.index = i;
    at.raw = raw;
    const targetId = f.ownerId;
    if (f.unplaced || targetId === null) {
      this.reject(at, 'reaction', '', 'parent_rejected', 'the record it reacts to has no usable id, so it cannot be placed');
      return;
    }
    if (!isObj(raw)) {
      this.reject(at, 'reaction', '', 'invalid_type', `expected a reaction object, got ${describe(raw)}`);
      return;
    }
    try {
      const id = optId(raw.id, 'id');
      const name = optString(raw.name, 'name');
      let type: string | null = 'LIKE';
      if (f.list === 'reactions') {
        if (raw.type !== undefined && raw.type !== null && typeof raw.type !== 'string') throw wrongType('type', 'a string', raw.type);
        type = (raw.type as string | null | undefined) ?? null;
      }
      const input = this.reactionInput;
      input.targetId = targetId;
      input.targetType = f.targetType;
      input.type = type;
      if (id === null) {
        input.actor = null;
        input.slot = `${f.list}:${i}`;
      } else {
        this.reactor.id = id;
        this.reactor.name = name;
        input.actor = this.reactor;
        input.slot = undefined;
      }
      this.sink.reaction(input, at);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.reject(at, 'reaction', error.field, error.code, error.detail);
    }
  }
}

/**
 * A page `{"data": [...], …}` or a bare list, read item by item ({@link scanJsonList}); false when
 * the text is not so shaped (or its other members are not JSON, or make it something else: an `id`
 * makes it a post), and the whole parse reads it.
 */
function readByItem(text: string, reader: GraphApiReader): boolean {
  const layout = scanJsonList(text);
  if (layout === null) return false;
  let page: unknown = null;
  if (layout.kind === 'page') {
    try {
      page = JSON.parse(layout.rest);
    } catch {
      return false;
    }
    if (!isObj(page) || 'id' in page || 'data' in page) return false;
  }
  reader.lazyPosts(new JsonListItems(text, layout), layout.kind === 'page' ? 'data' : '', page);
  reader.drain();
  return true;
}

/**
 * Read a Graph API JSON document (a page, a list of posts or pages, one post). A page or list is
 * read item by item (src/ingest/jsonList.ts): an item that is not JSON is one rejected record
 * (`not_json`), the others are read; a text that is not so shaped, or cut short, is parsed whole,
 * and refused whole when it is not JSON.
 */
export function readGraphApiJson(text: string, sink: RecordSink, options: ReadOptions): void {
  const reader = new GraphApiReader(sink, options);
  if (readByItem(text, reader)) return;
  const value = parseJsonDocument(text, sink);
  if (value === undefined) return;
  const shapeError = (detail: string): void => sink.fileError('unsupported_shape', '$', detail, detach(text.slice(0, 400)));
  if (Array.isArray(value)) {
    reader.posts(value, '', 1, null);
    reader.drain();
  } else if (isObj(value)) {
    if ('data' in value && !('id' in value)) {
      if (Array.isArray(value.data)) {
        reader.posts(value.data, 'data', 1, value);
        reader.drain();
      } else shapeError(`"data" is ${describe(value.data)}, not a list of posts`);
    } else if ('id' in value || 'created_time' in value) {
      reader.single(value, '$', -1);
    } else if (isObj(value.error)) {
      shapeError('a Graph API error response (an "error" object), not data');
    } else {
      shapeError('neither a response page {data: [...]}, a list of posts nor a post object');
    }
  } else {
    shapeError(`a JSON value that is ${describe(value)}, not a response page, a list of posts or a post object`);
  }
}

/**
 * The NDJSON reader: one post (or response page) per line; a line that is not JSON is one rejected
 * record (`truncated` when it is the last line and no line feed ends it: a file cut short).
 * @example readLines(text, graphApiLineReader(sink, { limits: INGEST_LIMITS })) // src/ingest/lines.ts
 */
export function graphApiLineReader(sink: RecordSink, options: ReadOptions): LineReader {
  const reader = new GraphApiReader(sink, options);
  return {
    line(text, number, terminated) {
      const line = text.trim();
      if (line === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        const problem = diagnoseJson(line);
        const truncated = problem.code === 'truncated' && !terminated;
        sink.reject({
          recordType: 'post',
          field: '',
          code: truncated ? 'truncated' : 'not_json',
          detail: truncated ? 'the last line is cut short (truncated file)' : `not JSON (${problem.message}, column ${problem.column})`,
        }, { path: 'line ', index: number, raw: detach(line.length > 400 ? line.slice(0, 400) : line) });
        return;
      }
      if (isPage(value)) {
        reader.posts(value.data, `line ${number}: data`, 1, value);
        reader.drain();
      } else reader.single(value, 'line ', number);
    },
    tooLong(number, length, head) {
      sink.reject({
        recordType: 'post',
        field: '',
        code: LIMIT_CODES.lineTooLong,
        detail: `a line of ${length} characters, longer than a line is read (${MAX_LINE_LENGTH})`,
      }, { path: 'line ', index: number, raw: detach(head) });
    },
    end() {},
  };
}
