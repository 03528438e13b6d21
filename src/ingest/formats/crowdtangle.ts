/**
 * CrowdTangle CSV (SPEC 2.2; docs/formats.md §7): a List's "Historical Data" download or a search
 * export — one row per post with post-level counts only. Detected by its header: a comma-separated
 * first row whose first field is `Page Name` (or `Group Name`) and which names `Facebook Id`,
 * `Post Created`, `Total Interactions`, `URL` and `Type`.
 *
 * Read by column name (never by position), UTF-8 (what CrowdTangle writes; the BOM is dropped):
 * - `URL` (`https://www.facebook.com/<account>/posts/<post>`) → the post id `<account>_<post>`;
 * - `Facebook Id` + `Page Name` → the author: the account the row names (a page: the configured
 *   page when its id is the page's, a unit when it is one of the unit's accounts); a group list's
 *   rows name the group, not the member who posted, so their author is unknown;
 * - `Post Created` (`2021-07-05 18:02:45 BRT`: the dashboard's local time and zone abbreviation,
 *   src/time/abbreviations.ts) → the time; an abbreviation outside the table (or none) is read in
 *   the configured time zone, and the file gets an `assumed_timezone` warning;
 * - `Likes`, `Love`, `Wow`, `Haha`, `Sad`, `Angry`, `Care` → the reaction counts per type, their
 *   sum the reactions total; `Comments` → the comments total; `Shares` → the shares count.
 *   A count may carry thousands separators (`1.234`, `1,234`); anything else is a field reject.
 * - `Type` → the status type, `Message` → the text.
 * Not read: `Total Interactions` (a derived sum, printed with the locale's thousands separator:
 * `407.137`), the `Overperforming Score …` column (its name varies with the weights chosen; a
 * decimal comma `"1,4"`), page metadata, views, video and link columns.
 *
 * Identities: the accounts are platform ids (`platform`); nobody else is named. Capabilities:
 * post counts only — no comment or reaction records, no reply parents, no share relations.
 */
import type { FileHead, FormatAdapter, PostInput, RecordSink } from '../adapter';
import { csvHeader, readCsvRows } from '../csv';
import { startsAsJson } from '../sniff';
import { DEFAULT_TIMEZONE, instantFromLocal, offsetOfZoneAbbreviation } from '../../time/index';

const FIRST = ['Page Name', 'Group Name'];
const REQUIRED = ['Facebook Id', 'Post Created', 'Total Interactions', 'URL', 'Type'];
/** Reaction columns → canonical types (THANKFUL and PRIDE have no column). */
const REACTION_COLUMNS: readonly (readonly [string, string])[] = [
  ['Likes', 'LIKE'], ['Love', 'LOVE'], ['Wow', 'WOW'], ['Haha', 'HAHA'], ['Sad', 'SAD'], ['Angry', 'ANGRY'], ['Care', 'CARE'],
];

const FIELD_NAMES = Object.freeze({
  time: 'Post Created',
  message: 'Message',
  from: 'Page Name',
  statusType: 'Type',
  permalinkUrl: 'URL',
  sharesCount: 'Shares',
  commentsTotal: 'Comments',
  reactionsTotal: 'Likes + Love + Wow + Haha + Sad + Angry + Care',
  ...Object.fromEntries(REACTION_COLUMNS.map(([column, type]) => [`reactionsByType.${type}`, column])),
});

/** What a CrowdTangle file can tell (docs/formats.md §1.5: `counts_only`, `no_share_relations`). */
export const CROWDTANGLE_CAPABILITIES = Object.freeze({
  comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: true,
});

function detect(head: FileHead): boolean {
  if (startsAsJson(head.text)) return false;
  const header = csvHeader(head.text, ',');
  return header.length > REQUIRED.length && FIRST.includes(header[0]) && REQUIRED.every((c) => header.includes(c));
}

const GROUPED_DIGITS = /^\d{1,3}(?:([.,\u00a0 ])\d{3})(?:\1\d{3})*$/;

/**
 * A count as CrowdTangle prints it: digits, possibly grouped by thousands (`407.137`, `1,234`);
 * '' → null (no count); anything else → NaN (a field reject by the sink).
 * @example crowdTangleCount('407.137') // 407137
 * @example crowdTangleCount('1,4') // NaN
 */
export function crowdTangleCount(cell: string | undefined): number | null {
  const text = (cell ?? '').trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  if (GROUPED_DIGITS.test(text)) return Number(text.replace(/\D/g, ''));
  return Number.NaN;
}

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\s+([A-Za-z][A-Za-z0-9+-]*|[+-]\d{2}:?\d{2}))?$/;

/**
 * A `Post Created` value → UTC ms (NaN when it is no time), and whether its zone was assumed (no
 * abbreviation, or one outside the table: the configured `timezone` is used).
 * @example crowdTangleTime('2021-07-05 18:02:45 BRT', 'Asia/Ho_Chi_Minh') // { time: Date.parse('2021-07-05T21:02:45Z'), assumed: false }
 */
export function crowdTangleTime(value: string, timezone: string): { time: number; assumed: boolean } {
  const m = LOCAL_TIME.exec(value.trim());
  if (m === null) return { time: Number.NaN, assumed: false };
  const local = `${m[1]}T${m[2]}`;
  const zone = m[3] === undefined ? undefined : /^[+-]/.test(m[3]) ? m[3] : offsetOfZoneAbbreviation(m[3]);
  if (zone === undefined) return { time: instantFromLocal(local, timezone), assumed: true };
  return { time: instantFromLocal(local, zone), assumed: false };
}

const POST_URL = /facebook\.com\/(?:groups\/)?([^/?#]+)\/(?:posts|permalink|videos|photos)\/(?:[^/?#]+\/)*?(\d+)/;

/**
 * The post id from the row's URL: `<account>_<post>` as the Graph API writes it; the account part
 * is the URL's when it is numeric, else the row's `Facebook Id`. Null when the URL names no post.
 * @example crowdTanglePostId('https://www.facebook.com/100050295107499/posts/345428873810280', '100050295107499') // '100050295107499_345428873810280'
 */
export function crowdTanglePostId(url: string, accountId: string): string | null {
  const m = POST_URL.exec(url);
  const post = m?.[2] ?? /(?:fbid|story_fbid)=(\d+)/.exec(url)?.[1] ?? null;
  if (post === null) return null;
  const owner = m !== null && /^\d+$/.test(m[1]) ? m[1] : accountId;
  return owner === '' ? post : `${owner}_${post}`;
}

function read(text: string, sink: RecordSink, timezone: string): void {
  sink.identities('platform');
  sink.capabilities(CROWDTANGLE_CAPABILITIES);
  let header: string[] | null = null;
  let columns: Map<string, number> | null = null;
  let isGroup = false;
  let assumedAt = 0;
  const csv = readCsvRows(text, ',');
  for (const row of csv.rows) {
    if ('bad' in row) {
      sink.reject({ recordType: 'post', field: '', code: row.code === 'truncated' ? 'truncated' : 'invalid_type', detail: `not a CSV row: ${row.detail}` },
        { path: 'line ', index: row.line, raw: csv.text(row.line) });
      continue;
    }
    if (header === null) {
      header = row.fields.map((f) => f.trim());
      // The first column of each name (a later duplicate is not read).
      columns = new Map();
      header.forEach((name, i) => columns!.has(name) || columns!.set(name, i));
      isGroup = header[0] === 'Group Name';
      continue;
    }
    const at = { path: 'line ', index: row.line, raw: csv.text(row.line, row.endLine) };
    if (row.fields.length !== header.length) {
      sink.reject({ recordType: 'post', field: '', code: 'invalid_type', detail: `a row of ${row.fields.length} fields under a header of ${header.length}` }, at);
      continue;
    }
    const cell = (name: string): string => {
      const i = columns!.get(name);
      return i === undefined ? '' : row.fields[i];
    };
    const account = cell('Facebook Id').trim();
    const url = cell('URL').trim();
    const id = crowdTanglePostId(url, account);
    if (id === null) {
      sink.reject({ recordType: 'post', field: 'URL', code: 'missing_id', detail: url === '' ? 'no URL: the post has no id' : 'a URL that names no post' }, at);
      continue;
    }
    const created = cell('Post Created').trim();
    if (created === '') {
      sink.reject({ recordType: 'post', field: 'Post Created', code: 'missing_time', detail: 'no time', id }, at);
      continue;
    }
    const { time, assumed } = crowdTangleTime(created, timezone);
    if (Number.isNaN(time)) {
      sink.reject({ recordType: 'post', field: 'Post Created', code: 'invalid_time', detail: `a value of ${created.length} characters that is not a local time`, id }, at);
      continue;
    }
    if (assumed && assumedAt === 0) assumedAt = row.line;
    const byType: Record<string, number | null> = {};
    let total: number | null = 0;
    for (const [column, type] of REACTION_COLUMNS) {
      const n = crowdTangleCount(cell(column));
      byType[type] = n;
      total = n === null || Number.isNaN(n) || total === null ? null : total + n;
    }
    const post: PostInput = {
      id,
      time,
      message: cell('Message'),
      from: isGroup || account === '' ? null : { id: account, name: row.fields[0].trim() || null },
      permalinkUrl: url,
      statusType: cell('Type').trim() || null,
      reactionsByType: byType,
      reactionsTotal: total,
      commentsTotal: crowdTangleCount(cell('Comments')),
      sharesCount: crowdTangleCount(cell('Shares')),
      fieldNames: FIELD_NAMES,
    };
    sink.post(post, at);
  }
  if (assumedAt > 0) {
    sink.warn('assumed_timezone', `line ${assumedAt}`,
      `"Post Created" without a known zone abbreviation from line ${assumedAt}: read in the configured time zone ${timezone}`);
  }
}

export const crowdtangle: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'crowdtangle-csv',
  description: 'CrowdTangle CSV (a List\'s historical data or a search export): posts with counts only',
  detect,
  read(file, sink, options) {
    read(file.text, sink, options.timezone ?? DEFAULT_TIMEZONE);
  },
});
