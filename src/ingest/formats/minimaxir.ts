/**
 * minimaxir's facebook-page-post-scraper CSVs (SPEC 2.2; docs/formats.md §3): a statuses file
 * (`<page>_facebook_statuses.csv`: one row per post, page or group variant) and a comments file
 * (`<page>_facebook_comments.csv`: one row per comment or reply). Comma CSV, minimal quoting;
 * UTF-8, or Windows-1252 once Excel re-saved it. Detected by the header's first column
 * (`status_id` / `comment_id`) and the columns that follow.
 *
 * - Times are UTC shifted by a fixed −5 hours (the scraper's `timedelta(hours=-5)`, no daylight
 *   saving): `2018-01-31 18:55:02`, or after Excel `1/31/18 18:55` (M/D/YY H:MM; D/M/YY when a
 *   first number of the column exceeds 12; two-digit years are 20YY).
 * - A page-variant status is the page's own post: the page whose id prefixes the status id (or
 *   the configured page). The group variant names its author (`status_author`).
 * - People are known by display name only (ids `name:` + the name); `undiscoverable` (a fork's
 *   placeholder) and an empty cell are anonymous; the configured page's name is the page.
 * - Post counts: `num_reactions` (before 2016 `num_likes`), `num_comments`, `num_shares`, and the
 *   six named types; `num_special` is derived (may be −1) and never read.
 * - A comment's trailing `[[PHOTO]]`-style token (the scraper's attachment mark) is removed and
 *   sets `hasAttachment`.
 */
import type { FieldNames, FormatAdapter, PageIdentity, RecordSink, RejectInput } from '../adapter';
import { cell, forEachRecord, postCounts, tableFormat, timeCell, type Columns, type CountColumns, type Row, type Table } from '../delimited';
import { accountByName, pageOfPost } from '../pageAccount';
import { instantFromLocal } from '../../time/index';

const STATUS_COLUMNS = Object.freeze(['status_id', 'status_message', 'status_published', 'num_comments', 'num_shares']);
const COMMENT_COLUMNS = Object.freeze(['comment_id', 'status_id', 'parent_id', 'comment_message', 'comment_author', 'comment_published']);

/** The per-type count columns and their reaction types (num_special, derived, is left out). */
const TYPE_COLUMNS: readonly (readonly [string, string])[] = Object.freeze([
  ['num_likes', 'LIKE'], ['num_loves', 'LOVE'], ['num_wows', 'WOW'], ['num_hahas', 'HAHA'], ['num_sads', 'SAD'], ['num_angrys', 'ANGRY'],
] as const);

/** Authors that name nobody. */
const PLACEHOLDERS = Object.freeze(['undiscoverable']);

/** The scraper's times: UTC minus 5 hours, always. */
const SCRAPER_OFFSET = '-05:00';

// ------------------------------------------------------------------------------------------ time

const SCRAPER_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/;
const EXCEL_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether Excel wrote a column's dates day first: some first number exceeds 12. */
function dayFirst(rows: readonly Row[], at: number): boolean {
  for (const row of rows) {
    const m = row.fields === undefined ? null : EXCEL_TIME.exec(cell(row.fields, at).trim());
    if (m !== null && Number(m[1]) > 12) return true;
  }
  return false;
}

/**
 * A minimaxir time → UTC epoch ms (NaN when it is none): the scraper's `2018-01-31 18:55:02` or
 * Excel's `1/31/18 18:55`, both UTC−5.
 * @example minimaxirTime('2025-03-30 08:00:00', false) // Date.parse('2025-03-30T13:00:00Z')
 * @example minimaxirTime('3/30/25 8:00', false) // Date.parse('2025-03-30T13:00:00Z')
 */
export function minimaxirTime(value: string, daysFirst: boolean): number {
  const v = value.trim();
  if (SCRAPER_TIME.test(v)) return instantFromLocal(v, SCRAPER_OFFSET);
  const m = EXCEL_TIME.exec(v);
  if (m === null) return Number.NaN;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  let hour = Number(m[4]);
  if (m[7] !== undefined) {
    if (hour < 1 || hour > 12) return Number.NaN;
    hour = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
  }
  const [month, day] = daysFirst ? [b, a] : [a, b];
  return instantFromLocal(`${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${m[5]}:${m[6] ?? '00'}`, SCRAPER_OFFSET);
}

/** A time cell as a record's time, or the reject that says why it is none. */
function timeOf(value: string, daysFirst: boolean, field: string, recordType: 'post' | 'comment'): number | RejectInput {
  return timeCell(value, field, recordType, (v) => minimaxirTime(v, daysFirst), 'YYYY-MM-DD HH:MM:SS or M/D/YY H:MM, UTC−5');
}

// ------------------------------------------------------------------------------------------ rows

function fieldNamesOf(columns: Columns, totalColumn: string): FieldNames {
  const names: Record<string, string> = {
    time: 'status_published', message: 'status_message', from: 'status_author', statusType: 'status_type',
    permalinkUrl: 'permalink_url', reactionsTotal: totalColumn, commentsTotal: 'num_comments', sharesCount: 'num_shares',
  };
  for (const [column, type] of TYPE_COLUMNS) if (columns.at(column) >= 0) names[`reactionsByType.${type}`] = column;
  return Object.freeze(names);
}

function readStatuses(table: Table, sink: RecordSink, page: PageIdentity | null | undefined): void {
  const { header, rows } = table;
  const group = header.at('status_author') >= 0;
  sink.identities(group ? 'name' : 'platform');
  // Before reactions (2015) the total is num_likes, and every reaction a like.
  const totalColumn = header.at('num_reactions') >= 0 ? 'num_reactions' : 'num_likes';
  const fieldNames = fieldNamesOf(header, totalColumn);
  const at = {
    id: header.at('status_id'), message: header.at('status_message'), author: header.at('status_author'),
    type: header.at('status_type'), permalink: header.at('permalink_url'), time: header.at('status_published'),
  };
  const counts: CountColumns = {
    total: header.at(totalColumn), comments: header.at('num_comments'), shares: header.at('num_shares'),
    // Before reactions every reaction was a like: num_likes is the total and the likes.
    types: totalColumn === 'num_likes'
      ? [[header.at('num_likes'), 'LIKE']]
      : TYPE_COLUMNS.map(([column, type]) => [header.at(column), type] as const).filter(([i]) => i >= 0),
  };
  const daysFirst = dayFirst(rows, at.time);
  forEachRecord(table, sink, at.id, 'post', (id, f, where) => {
    const time = timeOf(cell(f, at.time), daysFirst, 'status_published', 'post');
    if (typeof time !== 'number') {
      sink.reject({ ...time, id }, where);
      return;
    }
    sink.post({
      id,
      time,
      from: group ? accountByName(cell(f, at.author), page, PLACEHOLDERS) : pageOfPost(id, page),
      message: cell(f, at.message),
      statusType: cell(f, at.type),
      permalinkUrl: cell(f, at.permalink),
      ...postCounts(f, counts),
      commentsListed: false,
      fieldNames,
    }, where);
  });
}

/** The scraper's attachment mark at the end of a comment (`… [[PHOTO]]`, or the whole text). */
const ATTACHMENT_MARK = /(?:^|\s)\[\[[A-Z_]+\]\]$/;

const COMMENT_FIELDS: FieldNames = Object.freeze({ time: 'comment_published', message: 'comment_message', from: 'comment_author' });

function readComments(table: Table, sink: RecordSink, page: PageIdentity | null | undefined): void {
  const { header, rows } = table;
  sink.identities('name');
  const at = {
    id: header.at('comment_id'), post: header.at('status_id'), parent: header.at('parent_id'),
    message: header.at('comment_message'), author: header.at('comment_author'), time: header.at('comment_published'),
  };
  const daysFirst = dayFirst(rows, at.time);
  forEachRecord(table, sink, at.id, 'comment', (id, f, where) => {
    const time = timeOf(cell(f, at.time), daysFirst, 'comment_published', 'comment');
    if (typeof time !== 'number') {
      sink.reject(time, where);
      return;
    }
    let message = cell(f, at.message);
    const mark = message.endsWith(']]') ? ATTACHMENT_MARK.exec(message) : null;
    if (mark !== null) message = message.slice(0, mark.index);
    const postId = cell(f, at.post).trim();
    sink.comment({
      id,
      // A row without its status is placed by its id (`{objectId}_{commentId}`), as a comments-edge page is.
      postId: postId === '' ? null : postId,
      parentId: cell(f, at.parent).trim() || null,
      time,
      message,
      from: accountByName(cell(f, at.author), page, PLACEHOLDERS),
      hasAttachment: mark !== null,
      fieldNames: COMMENT_FIELDS,
    }, where);
  });
}

export const minimaxir: FormatAdapter = tableFormat({
  format: 'minimaxir-csv',
  description: 'minimaxir facebook-page-post-scraper CSV: *_facebook_statuses.csv and *_facebook_comments.csv (times UTC−5)',
  dialect: Object.freeze({ delimiter: ',', quote: true }),
  // Reactions are counts only, and a status never names the post it shares.
  capabilities: Object.freeze({ reactionActors: false, shareRelations: false }),
  kinds: [
    {
      label: 'minimaxir statuses',
      first: ['status_id'],
      columns: STATUS_COLUMNS,
      // Before 2016 the total is num_likes.
      accepts: (header) => header.includes('num_reactions') || header.includes('num_likes'),
      read: (table, sink, options) => readStatuses(table, sink, options.page),
    },
    { label: 'minimaxir comments', first: ['comment_id'], columns: COMMENT_COLUMNS, read: (table, sink, options) => readComments(table, sink, options.page) },
  ],
});
