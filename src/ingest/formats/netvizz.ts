/**
 * Netvizz's page data module (SPEC 2.2; docs/formats.md §4): the comments file
 * (`…_comments.tab`, one row per comment or reply, each repeating its post's id, author, text and
 * time) and the posts file (`…_fullstats.tab`, one row per post with its counts). Tab-separated
 * with no quoting at all (a `"` is a character; Netvizz made every tab and line break of a text a
 * space), so rows are split on tabs and nothing else. Detected by the tab-separated header.
 *
 * - People are salted SHA-1 hashes (identities `hashed`): the hash is the id. `pageowner` is the
 *   page (the page whose id prefixes the post id, or the configured page); an empty cell is
 *   anonymous.
 * - A reply (`is_reply` 1) does not name the comment it answers: it is kept as a top-level comment
 *   of its post, flagged `parentUnknown` (never dropped).
 * - The comments file implies its posts (PostInput.implied): they become records only when no
 *   posts file holds them, and otherwise give a user's post its author (the posts file's `by` says
 *   `post_user_…` without naming who).
 * - Posts file: `by` = `post_page_<id>` is the page; times from `post_published` (or
 *   `post_published_unix`), never `post_published_sql` (the Netvizz server's unstated zone).
 */
import type { AccountInput, FieldNames, FormatAdapter, PageIdentity, RecordSink, RejectInput } from '../adapter';
import { cell, forEachRecord, postCounts, tableFormat, timeCell, type CountColumns, type Table } from '../delimited';
import { pageById, pageOfPost } from '../pageAccount';
import { graphTimeMs } from '../time';

const COMMENT_COLUMNS = Object.freeze(['post_id', 'post_by', 'comment_id', 'comment_by', 'is_reply', 'comment_message', 'comment_published']);
const POST_COLUMNS = Object.freeze(['post_id', 'post_published', 'likes_count_fb']);

/** The per-type count columns (`rea_NONE` is no reaction). */
const TYPE_COLUMNS = Object.freeze(['LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'THANKFUL']);

/** A Netvizz time (`2016-08-31T19:02:51+0000`), or the reject that says why it is none. */
function timeOf(value: string, field: string, recordType: 'post' | 'comment'): number | RejectInput {
  return timeCell(value, field, recordType, graphTimeMs, 'ISO 8601 with an offset');
}

/** A hashed account: `pageowner` is the page, '' nobody. */
function hashed(value: string, postId: string, page: PageIdentity | null | undefined): AccountInput | null {
  const v = value.trim();
  if (v === '') return null;
  if (v === 'pageowner') return pageOfPost(postId, page);
  return { id: v, name: null };
}

const COMMENT_FIELDS: FieldNames = Object.freeze({ time: 'comment_published', message: 'comment_message', from: 'comment_by' });
const IMPLIED_POST_FIELDS: FieldNames = Object.freeze({ time: 'post_published', message: 'post_text', from: 'post_by' });

function readComments(table: Table, sink: RecordSink, page: PageIdentity | null | undefined): void {
  const { header } = table;
  sink.identities('hashed');
  const at = {
    post: header.at('post_id'), postBy: header.at('post_by'), postText: header.at('post_text'), postTime: header.at('post_published'),
    id: header.at('comment_id'), by: header.at('comment_by'), reply: header.at('is_reply'), message: header.at('comment_message'),
    time: header.at('comment_published'),
  };
  let lastPost = '';
  forEachRecord(table, sink, at.id, 'comment', (id, f, where) => {
    const postId = cell(f, at.post).trim();
    if (postId !== '' && postId !== lastPost) {
      // The post as its rows repeat it (once per run of rows; the sink keeps one copy per file).
      lastPost = postId;
      const time = timeOf(cell(f, at.postTime), 'post_published', 'post');
      sink.post({
        id: postId, time: typeof time === 'number' ? time : Number.NaN, message: cell(f, at.postText),
        from: hashed(cell(f, at.postBy), postId, page), implied: true, fieldNames: IMPLIED_POST_FIELDS,
      }, where);
    }
    const time = timeOf(cell(f, at.time), 'comment_published', 'comment');
    if (typeof time !== 'number') {
      sink.reject(time, where);
      return;
    }
    sink.comment({
      id,
      postId: postId === '' ? null : postId,
      parentId: null,
      parentUnknown: cell(f, at.reply).trim() === '1',
      time,
      message: cell(f, at.message),
      from: hashed(cell(f, at.by), postId === '' ? id : postId, page),
      fieldNames: COMMENT_FIELDS,
    }, where);
  });
}

function readPosts(table: Table, sink: RecordSink, page: PageIdentity | null | undefined): void {
  const { header } = table;
  sink.identities('hashed');
  // 2016 header: reactions_count_fb, shares_count_fb; older: likes_count_fb (likes were all), shares.
  const totalColumn = header.at('reactions_count_fb') >= 0 ? 'reactions_count_fb' : 'likes_count_fb';
  const sharesColumn = header.at('shares_count_fb') >= 0 ? 'shares_count_fb' : 'shares';
  const at = {
    id: header.at('post_id'), by: header.at('by'), message: header.at('post_message'), type: header.at('type'), link: header.at('post_link'),
    time: header.at('post_published'), unix: header.at('post_published_unix'),
  };
  const counts: CountColumns = {
    total: header.at(totalColumn), comments: header.at('comments_count_fb'), shares: header.at(sharesColumn),
    types: TYPE_COLUMNS.map((type) => [header.at(`rea_${type}`), type] as const).filter(([i]) => i >= 0),
  };
  const names: Record<string, string> = {
    time: 'post_published', message: 'post_message', from: 'by', statusType: 'type', permalinkUrl: 'post_link',
    reactionsTotal: totalColumn, commentsTotal: 'comments_count_fb', sharesCount: sharesColumn,
  };
  for (const [, type] of counts.types) names[`reactionsByType.${type}`] = `rea_${type}`;
  const fieldNames: FieldNames = Object.freeze(names);
  forEachRecord(table, sink, at.id, 'post', (id, f, where) => {
    let time = timeOf(cell(f, at.time), 'post_published', 'post');
    const unix = cell(f, at.unix).trim();
    if (typeof time !== 'number' && /^\d+$/.test(unix)) time = graphTimeMs(unix) ?? time;
    if (typeof time !== 'number') {
      sink.reject({ ...time, id }, where);
      return;
    }
    const by = /^post_page_(.+)$/.exec(cell(f, at.by).trim());
    sink.post({
      id,
      time,
      // post_user_<page id>: somebody else, named only by the post_by hash of the comments file.
      from: by === null ? null : pageById(by[1], page),
      message: cell(f, at.message),
      statusType: cell(f, at.type),
      permalinkUrl: cell(f, at.link),
      ...postCounts(f, counts),
      commentsListed: false,
      fieldNames,
    }, where);
  });
}

export const netvizz: FormatAdapter = tableFormat({
  format: 'netvizz-tsv',
  description: 'Netvizz page data TSV: the comments file (hashed authors, replies without parents) and the posts ("fullstats") file',
  // Tabs, and no quoting at all.
  dialect: Object.freeze({ delimiter: '\t', quote: false }),
  // Reactions are counts only, a reply does not name its parent, a post never names what it shares.
  capabilities: Object.freeze({ reactionActors: false, replyParents: false, shareRelations: false }),
  kinds: [
    { label: 'Netvizz comments', first: ['position', 'post_id'], columns: COMMENT_COLUMNS, read: (table, sink, options) => readComments(table, sink, options.page) },
    {
      label: 'Netvizz posts',
      first: ['type'],
      columns: POST_COLUMNS,
      accepts: (header) => header[1] === 'by',
      read: (table, sink, options) => readPosts(table, sink, options.page),
    },
  ],
});
