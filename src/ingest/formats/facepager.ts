/**
 * Facepager's "Export data" CSV (SPEC 2.2; docs/formats.md §5; no real export was found: this
 * follows Facepager's source). One row per node of Facepager's tree, `;`-separated (or tab or `,`),
 * every value quoted. Fixed columns first — `level, id, parent_id, object_id, object_type`, then
 * `object_key` (Facepager 4), `query_status, query_time, query_type`, optionally after a `path`
 * column — read by position; then the user's columns, named by their dot-path key
 * (`from.name`, `reactions.summary.total_count`), read by name.
 *
 * - Only `data` nodes of a successful fetch (`fetched (200)`) are records. The last segment of the
 *   `query_type` resource says which: `feed`, `posts`, `published_posts`, `tagged` → a post;
 *   `comments` → a comment of its parent node's post, or a reply when the parent node is a
 *   comment; `reactions`, `likes` → a reaction on the parent node's object.
 * - `parent_id` (fixed) is the parent node's number; a second `parent_id` among the user's columns
 *   is the Graph API field (the post this post shares).
 * - An anonymous reaction has no id of its own: Facepager wrote its parent's `object_id` and no
 *   `name`.
 * - Values as Facepager dumps them: lists joined by `;` (`message_tags.*.id`), objects as JSON
 *   (a `from` column holds `{"name": …, "id": …}`).
 * - Capabilities follow what was fetched: comments and reactions when such queries appear (a fetch
 *   that returned nothing still leaves an `empty` node), share relations with the `parent_id`
 *   column, post counts with a count column.
 */
import type { AccountInput, FieldNames, FileHead, FormatAdapter, ReadOptions, RecordSink, RejectInput } from '../adapter';
import { cell, Columns, countCell, describeCell, headerFields, openTable, rowAt, rowId, timeCell, type Dialect, type Row, type Table } from '../delimited';
import { LIMIT_CODES } from '../limits';
import { HEAD_LENGTH, startsAsJson } from '../sniff';
import { graphTimeMs } from '../time';

const FIXED = Object.freeze(['level', 'id', 'parent_id', 'object_id', 'object_type']);
const QUERY_4 = Object.freeze(['object_key', 'query_status', 'query_time', 'query_type']);
const QUERY_3 = Object.freeze(['query_status', 'query_time', 'query_type']);

const DIALECTS: readonly Dialect[] = Object.freeze([
  { delimiter: ';', quote: true },
  { delimiter: '\t', quote: true },
  { delimiter: ',', quote: true },
] as const);

/** Where the fixed columns are: after an optional `path`; `object_key` only in Facepager 4. */
interface Layout {
  readonly dialect: Dialect;
  /** Position of `level`. */
  readonly first: number;
  /** Position of `query_status` (`query_type` is 2 further). */
  readonly query: number;
  /** Position of the first of the user's columns. */
  readonly custom: number;
}

const startsWith = (fields: readonly string[], from: number, names: readonly string[]): boolean =>
  names.every((n, i) => fields[from + i] === n);

function layoutOf(fields: readonly string[] | null, dialect: Dialect): Layout | null {
  if (fields === null) return null;
  const first = fields[0] === 'path' ? 1 : 0;
  if (!startsWith(fields, first, FIXED)) return null;
  const after = first + FIXED.length;
  if (startsWith(fields, after, QUERY_4)) return { dialect, first, query: after + 1, custom: after + QUERY_4.length };
  if (startsWith(fields, after, QUERY_3)) return { dialect, first, query: after, custom: after + QUERY_3.length };
  return null;
}

function detectLayout(head: FileHead): Layout | null {
  for (const dialect of DIALECTS) {
    const layout = layoutOf(headerFields(head, dialect), dialect);
    if (layout !== null) return layout;
  }
  return null;
}

type Kind = 'post' | 'comment' | 'reaction';

/** The record a `data` node of this query is, from the last segment of its resource. */
const KIND_BY_EDGE: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['feed', 'post'], ['posts', 'post'], ['published_posts', 'post'], ['tagged', 'post'],
  ['comments', 'comment'], ['reactions', 'reaction'], ['likes', 'reaction'],
]);

/** `Facebook:/<page>/feed` → `feed` (the resource's last segment, without a query string). */
function edgeOf(queryType: string): string {
  const resource = queryType.slice(queryType.indexOf(':') + 1).split('?')[0];
  return resource.slice(resource.lastIndexOf('/') + 1).trim();
}

/** A node of the tree, as far as placing records needs it. */
interface TreeNode {
  readonly objectId: string;
  readonly parent: string;
  /** The record it is; null for seeds, offcuts, empty nodes and data of other queries. */
  readonly kind: Kind | null;
}

const POST_FIELDS: FieldNames = Object.freeze({
  time: 'created_time', message: 'message', from: 'from', adminCreator: 'admin_creator', permalinkUrl: 'permalink_url',
  statusType: 'status_type', sharesCount: 'shares.count', reactionsTotal: 'reactions.summary.total_count',
  commentsTotal: 'comments.summary.total_count', messageTags: 'message_tags',
});
const COMMENT_FIELDS: FieldNames = Object.freeze({ time: 'created_time', message: 'message', from: 'from', messageTags: 'message_tags' });

/**
 * Reads one file: the tree first (pass 1), then the records in file order (pass 2). A rejected row
 * is kept as its list of fields, not keyed by the header: a reaction row's `object_id` is the
 * reactor's platform id, which the privacy rules (keyed on names such as `object_id`) would keep.
 */
class FacepagerReader {
  private readonly nodes = new Map<string, TreeNode>();
  private readonly custom: Columns;
  private readonly at: Record<string, number>;

  constructor(
    private readonly table: Table,
    private readonly layout: Layout,
    private readonly sink: RecordSink,
    private readonly options: ReadOptions,
  ) {
    this.custom = new Columns(table.header.names, layout.custom);
    const col = (name: string): number => this.custom.at(name);
    this.at = {
      time: col('created_time'), fromId: col('from.id'), fromName: col('from.name'), from: col('from'), message: col('message'),
      adminId: col('admin_creator.id'), adminName: col('admin_creator.name'), admin: col('admin_creator'),
      shared: col('parent_id'), permalink: col('permalink_url'), statusType: col('status_type'), shares: col('shares.count'),
      reactions: col('reactions.summary.total_count'), likes: col('likes.summary.total_count'),
      comments: col('comments.summary.total_count'), tagIds: col('message_tags.*.id'), tagNames: col('message_tags.*.name'),
      attachmentType: col('attachment.type'), attachment: col('attachment'), name: col('name'), type: col('type'),
    };
  }

  private fixed(fields: readonly string[], offset: number): string {
    return cell(fields, this.layout.first + offset).trim();
  }

  /** The record a row is (null: a seed, an offcut, an empty node, a failed fetch, another query), and why not. */
  private kindOf(f: readonly string[]): { kind: Kind | null; edge: string; skipped: 'failed' | 'other' | null } {
    const edge = edgeOf(cell(f, this.layout.query + 2));
    if (this.fixed(f, 4) !== 'data') return { kind: null, edge, skipped: null };
    if (!/^fetched \(2\d\d\)/.test(cell(f, this.layout.query).trim())) return { kind: null, edge, skipped: 'failed' };
    const kind = KIND_BY_EDGE.get(edge) ?? null;
    return { kind, edge, skipped: kind === null ? 'other' : null };
  }

  /** Pass 1: every node, what was fetched (the capabilities), the data rows that are no records. */
  private index(): void {
    const edges = new Set<string>();
    const skipped = { failed: 0, other: 0 };
    for (const row of this.table.rows) {
      const f = row.fields;
      if (f === undefined) continue;
      const { kind, edge, skipped: why } = this.kindOf(f);
      edges.add(edge);
      if (why !== null) skipped[why] += 1;
      this.nodes.set(this.fixed(f, 1), { objectId: this.fixed(f, 3), parent: this.fixed(f, 2), kind });
    }
    if (skipped.failed > 0) this.sink.warn('not_fetched', '$', `${skipped.failed} data rows of fetches that failed (query_status other than fetched (200)): not read`);
    if (skipped.other > 0) this.sink.warn('other_query', '$', `${skipped.other} data rows of queries that give no post, comment or reaction (details, insights …): not read`);
    if (this.at.time < 0) this.sink.warn('missing_column', 'row 1', 'no created_time column: no post or comment has a time (each is rejected as missing_time)');
    this.sink.capabilities({
      comments: edges.has('comments'),
      reactionActors: edges.has('reactions') || edges.has('likes'),
      shareRelations: this.at.shared >= 0,
      postCounts: [this.at.shares, this.at.reactions, this.at.likes, this.at.comments].some((i) => i >= 0),
    });
  }

  /** `from` / `admin_creator`: dot-path columns, or one column of JSON. */
  private account(f: readonly string[], idAt: number, nameAt: number, jsonAt: number, field: string): AccountInput | null | RejectInput {
    if (idAt >= 0) {
      const id = cell(f, idAt).trim();
      return id === '' ? null : { id, name: nameAt >= 0 ? cell(f, nameAt) : null };
    }
    const json = cell(f, jsonAt).trim();
    if (json === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      value = undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { recordType: 'post', field, code: 'invalid_type', detail: `expected a JSON object {"id", "name"}, got ${describeCell(json)}` };
    }
    const { id, name } = value as { id?: unknown; name?: unknown };
    return typeof id === 'string' && id !== '' ? { id, name: typeof name === 'string' ? name : null } : null;
  }

  private tags(f: readonly string[]): AccountInput[] {
    const ids = cell(f, this.at.tagIds).split(';');
    const names = cell(f, this.at.tagNames).split(';');
    const tags: AccountInput[] = [];
    ids.forEach((id, i) => {
      if (id.trim() !== '') tags.push({ id: id.trim(), name: names.length === ids.length ? names[i] : null });
    });
    return tags;
  }

  /**
   * The post a comment node is under and the comment it replies to, walking up its parents; a
   * reply deeper than `maxNesting` levels is too deep. Null post when its parents are not in the file.
   */
  private placeComment(node: TreeNode): { postId: string | null; parentId: string | null } | 'too_deep' {
    const parent = this.nodes.get(node.parent);
    if (parent === undefined) return { postId: null, parentId: null };
    if (parent.kind !== 'comment') return { postId: parent.objectId || null, parentId: null };
    // A top-level comment is level 1: this one is level (comments above it) + 1.
    let up: TreeNode | undefined = parent;
    for (let above = 1; up !== undefined && up.kind === 'comment'; above += 1) {
      if (above >= this.options.limits.maxNesting) return 'too_deep';
      up = this.nodes.get(up.parent);
    }
    return { postId: up === undefined ? null : up.objectId || null, parentId: parent.objectId };
  }

  private reject(reject: RejectInput, row: Row): void {
    this.sink.reject(reject, rowAt(row));
  }

  /** Pass 2: the records, in file order. */
  read(): void {
    this.index();
    for (const row of this.table.rows) {
      // A row csv-parse could not read may have been any node: rejected as a post.
      const kind = row.fields === undefined ? 'post' : this.kindOf(row.fields).kind;
      if (kind === null) continue;
      const id = rowId(row, this.table, this.layout.first + 3, kind);
      if (typeof id !== 'string') {
        this.reject(id, row);
        continue;
      }
      const f = row.fields!;
      const node: TreeNode = { objectId: id, parent: this.fixed(f, 2), kind };
      if (kind === 'post') this.post(id, f, row);
      else if (kind === 'comment') this.comment(id, node, f, row);
      else this.reaction(id, node, f, row);
    }
  }

  private timeOf(f: readonly string[], recordType: 'post' | 'comment'): number | RejectInput {
    return timeCell(cell(f, this.at.time), 'created_time', recordType, graphTimeMs, 'ISO 8601 with an offset, or Unix seconds');
  }

  private post(id: string, f: readonly string[], row: Row): void {
    const time = this.timeOf(f, 'post');
    const from = this.account(f, this.at.fromId, this.at.fromName, this.at.from, 'from');
    const admin = this.account(f, this.at.adminId, this.at.adminName, this.at.admin, 'admin_creator');
    const problem = [time, from, admin].find((v): v is RejectInput => typeof v === 'object' && v !== null && 'code' in v);
    if (problem !== undefined) {
      this.reject({ ...problem, id }, row);
      return;
    }
    const reactions = countCell(cell(f, this.at.reactions));
    this.sink.post({
      id,
      time: time as number,
      message: cell(f, this.at.message),
      from: from as AccountInput | null,
      adminCreator: admin as AccountInput | null,
      parentId: cell(f, this.at.shared).trim() || null,
      permalinkUrl: cell(f, this.at.permalink),
      statusType: cell(f, this.at.statusType),
      sharesCount: countCell(cell(f, this.at.shares)),
      reactionsTotal: reactions ?? countCell(cell(f, this.at.likes)),
      commentsTotal: countCell(cell(f, this.at.comments)),
      messageTags: this.tags(f),
      fieldNames: POST_FIELDS,
    }, rowAt(row));
  }

  private comment(id: string, node: TreeNode, f: readonly string[], row: Row): void {
    const time = this.timeOf(f, 'comment');
    const from = this.account(f, this.at.fromId, this.at.fromName, this.at.from, 'from');
    const place = this.placeComment(node);
    if (place === 'too_deep') {
      this.reject({ recordType: 'comment', field: '', code: LIMIT_CODES.tooDeep, detail: `a reply nested deeper than ${this.options.limits.maxNesting} levels` }, row);
      return;
    }
    const problem = [time, from].find((v): v is RejectInput => typeof v === 'object' && v !== null && 'code' in v);
    if (problem !== undefined) {
      this.reject({ ...problem, recordType: 'comment' }, row);
      return;
    }
    this.sink.comment({
      id,
      ...place,
      time: time as number,
      message: cell(f, this.at.message),
      from: from as AccountInput | null,
      messageTags: this.tags(f),
      hasAttachment: cell(f, this.at.attachmentType).trim() !== '' || cell(f, this.at.attachment).trim() !== '',
      fieldNames: COMMENT_FIELDS,
    }, rowAt(row));
  }

  private reaction(id: string, node: TreeNode, f: readonly string[], row: Row): void {
    const parent = this.nodes.get(node.parent);
    if (parent === undefined || parent.objectId === '') {
      this.reject({ recordType: 'reaction', field: 'parent_id', code: 'orphan_reaction', detail: 'a reaction whose parent node is not in the file' }, row);
      return;
    }
    const name = cell(f, this.at.name);
    // An anonymous reaction: Facepager gave it its parent's object_id and no name.
    const anonymous = id === parent.objectId && name.trim() === '';
    this.sink.reaction({
      targetId: parent.objectId,
      targetType: parent.kind === 'comment' ? 'comment' : 'post',
      actor: anonymous ? null : { id, name },
      type: cell(f, this.at.type).trim() || null,
      slot: `node:${this.fixed(f, 1)}`,
    }, rowAt(row));
  }
}

export const facepager: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'facepager-csv',
  description: "Facepager \"Export data\" CSV: one row per node (level, id, parent_id, object_id, object_type …), ';'-separated, dot-path columns",
  detect: (head) => !startsAsJson(head.text) && detectLayout(head) !== null,
  read(file, sink, options) {
    const layout = detectLayout({ name: file.name, text: file.text.slice(0, HEAD_LENGTH), complete: file.text.length <= HEAD_LENGTH });
    if (layout === null) {
      sink.fileError('missing_column', 'row 1', 'a header without Facepager\'s fixed columns (level, id, parent_id, object_id, object_type, …, query_type)', '');
      return;
    }
    const table = openTable(file, sink, layout.dialect);
    if (table !== null) new FacepagerReader(table, layout, sink, options).read();
  },
});
