/**
 * The Netvizz page data adapter (docs/formats.md §4) on small hand-written files; expected values
 * are read off the files by hand under the format's rules (hashes are ids, `pageowner` is the page,
 * replies have no parent, the posts file's `by` says which posts are the page's).
 */
import { describe, expect, test } from 'vitest';
import { netvizz } from '../../src/ingest/formats/netvizz';
import { ingest } from './helpers';

const PAGE = { id: '125980744110410', name: 'Trang' };
const H1 = 'f35c2a028b31ea36b0e1b207a44673653fb921f9'; // the page's own post_by hash
const H2 = '0123456789abcdef0123456789abcdef01234567';
const H3 = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const COMMENT_HEADER = ['position', 'post_id', 'post_by', 'post_text', 'post_published', 'comment_id', 'comment_by', 'is_reply', 'comment_message', 'comment_published', 'comment_like_count'];
const POST_HEADER = ['type', 'by', 'post_id', 'post_link', 'post_message', 'post_published', 'post_published_unix', 'post_published_sql',
  'likes_count_fb', 'comments_count_fb', 'reactions_count_fb', 'shares_count_fb', 'rea_NONE', 'rea_LIKE', 'rea_LOVE'];

const tsv = (name: string, header: string[], rows: string[][]) => ({ name, content: [header, ...rows].map((r) => `${r.join('\t')}\r\n`).join('') });

const P1 = '125980744110410_1'; // the page's post
const P2 = '125980744110410_2'; // a user's post
const commentsFile = (name = 'page_x_comments.tab') => tsv(name, COMMENT_HEADER, [
  ['0_0', P1, H1, 'Quero "levar" R$ 22 80', '2016-08-31T19:02:51+0000', '1_11', H2, '1', 'uma resposta', '2016-09-01T10:00:00+0000', '2'],
  ['0_1', P1, H1, 'Quero "levar" R$ 22 80', '2016-08-31T19:02:51+0000', '1_10', H3, '0', 'Pergunta?', '2016-09-01T09:00:00+0000', '0'],
  ['0_2', P1, H1, 'Quero "levar" R$ 22 80', '2016-08-31T19:02:51+0000', '1_12', 'pageowner', '0', 'Resposta da página', '2016-09-01T11:00:00+0000', '0'],
  ['1_0', P2, H2, 'Post de um usuário', '2016-08-30T08:00:00+0000', '2_20', '', '0', '', '2016-08-30T09:00:00+0000', '0'],
]);
const postsFile = (name = 'page_x_fullstats.tab') => tsv(name, POST_HEADER, [
  ['status', 'post_page_125980744110410', P1, 'https://www.facebook.com/1/posts/1', 'Quero levar R$ 22 80', '2016-08-31T19:02:51+0000', '1472670171', '2016-08-31 21:02:51', '10', '3', '12', '4', '0', '10', '2'],
  ['photo', 'post_user_125980744110410', P2, '', 'Post de um usuário', '', '1472544000', '2016-08-30 10:00:00', '1', '1', '1', '0', '0', '1', '0'],
  ['link', 'post_user_125980744110410', '125980744110410_3', '', 'sem comentários', '2016-08-29T08:00:00+0000', '', '', '0', '0', '0', '0', '0', '0', '0'],
]);

describe('the comments file alone', () => {
  test('every row a comment: hashes are ids, pageowner the page, a reply kept top-level and flagged; its posts implied', () => {
    const { dataset, report } = ingest([commentsFile()], { page: PAGE });
    expect(report.perFile[0]).toMatchObject({ format: 'netvizz-tsv', identities: 'hashed', read: 6, posts: 2, comments: 4, duplicates: 0, rejected: 0 });
    expect(report.perFile[0].capabilities).toEqual({ comments: true, reactionActors: false, replyParents: false, shareRelations: false, postCounts: true });
    expect(dataset.comments.map((c) => [c.id, c.postId, c.parentId, c.parentUnknown, c.fromId, c.message])).toEqual([
      ['2_20', P2, null, false, null, ''],
      ['1_10', P1, null, false, H3, 'Pergunta?'],
      ['1_11', P1, null, true, H2, 'uma resposta'],
      ['1_12', P1, null, false, '125980744110410', 'Resposta da página'],
    ]);
    // No quoting in Netvizz: a quote is a character.
    expect(dataset.posts.map((p) => [p.id, p.fromId, p.message, p.createdTime, p.reactionsTotal])).toEqual([
      [P2, H2, 'Post de um usuário', '2016-08-30T08:00:00.000Z', null],
      [P1, H1, 'Quero "levar" R$ 22 80', '2016-08-31T19:02:51.000Z', null],
    ]);
    expect(dataset.actors.find((a) => a.id === '125980744110410')).toEqual({ id: '125980744110410', name: 'Trang' });
  });

  test('an implied post with a bad time, and no posts file to hold it: one invalid_time reject; its comments still placed', () => {
    const file = tsv('c.tab', COMMENT_HEADER, [['0_0', P1, H1, 'x', 'yesterday', '1_10', H2, '0', 'oi', '2016-09-01T09:00:00+0000', '0']]);
    const { dataset, report } = ingest([file]);
    expect(report.rejects.map((r) => [r.recordType, r.location, r.field, r.code])).toEqual([['post', 'row 2', 'post_published', 'invalid_time']]);
    expect(report.perFile[0]).toMatchObject({ read: 2, comments: 1, posts: 0, rejected: 1 });
    expect(dataset.comments.map((c) => c.postId)).toEqual([P1]);
  });
});

describe('the comments file with the posts file', () => {
  test('the posts are the posts file\'s (no duplicates: the implied copies are no records); a user\'s post gets its post_by hash', () => {
    const { dataset, report } = ingest([commentsFile(), postsFile()], { page: PAGE });
    expect(report.perFile.map((f) => [f.file, f.read, f.posts, f.comments, f.duplicates, f.rejected])).toEqual([
      ['page_x_comments.tab', 4, 0, 4, 0, 0],
      ['page_x_fullstats.tab', 3, 3, 0, 0, 0],
    ]);
    expect(report.conflicts).toEqual([]);
    expect(dataset.posts.map((p) => [p.id, p.fromId, p.message, p.createdTime, p.reactionsTotal, p.commentsTotal, p.sharesCount, p.reactionsByType, p.permalinkUrl, p.statusType])).toEqual([
      // post_published empty: post_published_unix (never post_published_sql, whose zone nobody states).
      ['125980744110410_3', null, 'sem comentários', '2016-08-29T08:00:00.000Z', 0, 0, 0, { LIKE: 0, LOVE: 0 }, null, 'link'],
      [P2, H2, 'Post de um usuário', '2016-08-30T08:00:00.000Z', 1, 1, 0, { LIKE: 1, LOVE: 0 }, null, 'photo'],
      [P1, '125980744110410', 'Quero levar R$ 22 80', '2016-08-31T19:02:51.000Z', 12, 3, 4, { LIKE: 10, LOVE: 2 }, 'https://www.facebook.com/1/posts/1', 'status'],
    ]);
    // The page's hash is no actor: it named nobody once the posts file said the post is the page's.
    expect(dataset.actors.map((a) => a.id).sort()).toEqual(['125980744110410', H2, H3].sort());
  });

  test('the same dataset whichever file is read first (a posts file whose name sorts before)', () => {
    const a = ingest([commentsFile('b_comments.tab'), postsFile('c_fullstats.tab')], { page: PAGE });
    const b = ingest([commentsFile('b_comments.tab'), postsFile('a_fullstats.tab')], { page: PAGE });
    const view = (r: typeof a) => ({
      posts: r.dataset.posts.map(({ file: _f, position: _p, ...rest }) => rest),
      comments: r.dataset.comments.map(({ file: _f, position: _p, ...rest }) => rest),
      actors: r.dataset.actors,
    });
    expect(view(b)).toEqual(view(a));
    expect(b.report).toMatchObject({ posts: 3, comments: 4, duplicates: 0, rejected: 0 });
  });

  test('a posts row whose time is bad is rejected; its implied copy then becomes the post', () => {
    const posts = tsv('z_fullstats.tab', POST_HEADER, [['status', 'post_page_125980744110410', P1, '', 'x', 'never', '', '', '0', '0', '0', '0', '0', '0', '0']]);
    const { dataset, report } = ingest([commentsFile(), posts]);
    expect(report.rejects.map((r) => [r.file, r.code])).toEqual([['z_fullstats.tab', 'invalid_time']]);
    expect(dataset.posts.map((p) => [p.id, p.fromId])).toEqual([[P2, H2], [P1, H1]]);
  });

  test('a posts file is no snapshot of the comments: nothing is said to have disappeared', () => {
    const { snapshots } = ingest([commentsFile(), postsFile()]);
    for (const copies of snapshots.postCopies.values()) expect(copies.map((c) => snapshots.files[c.file])).toEqual(['page_x_comments.tab']);
  });
});

describe('detection', () => {
  const head = (fields: string[], sep = '\t') => ({ name: 'f.tab', text: `${fields.join(sep)}\r\n`, complete: true });
  test.each([
    ['the 2016 comments header', head(COMMENT_HEADER), true],
    ['the older comments header (no position)', head(COMMENT_HEADER.slice(1)), true],
    ['the posts header', head(POST_HEADER), true],
    ['the comments header with commas', head(COMMENT_HEADER, ','), false],
    ['a posts header without `by` second', head(['type', 'post_id', 'by', 'post_published', 'likes_count_fb']), false],
    ['a comments header without is_reply', head(COMMENT_HEADER.filter((c) => c !== 'is_reply')), false],
  ])('%s → %s', (_label, h, claimed) => {
    expect(netvizz.detect(h)).toBe(claimed);
  });
});
