/**
 * Real Graph API files written by other tools (../shared/real-exports/graph-api-v2, anonymised),
 * checked against the counts published beside them in counts.json.
 */
import { describe, expect, test } from 'vitest';
import { loadExport as load } from '../../src/node/loadExport';
import { AS_OF, expectReconciled } from './helpers';
import { REAL_EXPORTS as root, realCounts, realExportsPresent as present } from '../helpers/shared';

/** loadExport pinned to the tests' asOf, every file's counts reconciled. */
async function loadExport(paths: string[]) {
  const result = await load(paths, { asOf: AS_OF });
  expectReconciled(result.report);
  return result;
}

type Counts = Record<string, Record<string, number>>;
const counts = realCounts as Counts;
const dir = `${root}graph-api-v2/`;

describe.skipIf(!present)('real Graph API exports (graph-api-v2)', () => {
  test('postaroundme page feed v2.1: posts, comments and listed likes match counts.json', async () => {
    const expected = counts['graph-api-v2/postaroundme_page_feed_v2.1.json'];
    const { dataset, report } = await loadExport([`${dir}postaroundme_page_feed_v2.1.json`]);
    expect(report).toMatchObject({
      files: 1,
      posts: expected.posts, // 25
      comments: expected.comments + expected.replies, // 37
      reactions: expected.likes_listed + expected.reactions_listed, // 430 legacy likes, each a LIKE
      duplicates: 0,
      rejected: 0,
    });
    expect(expected.posts).toBe(25);
    expect(expected.comments).toBe(37);
    expect(expected.likes_listed).toBe(430);
    expect(dataset.reactions.every((r) => r.type === 'LIKE' && r.targetType === 'post')).toBe(true);
    expect(dataset.posts.filter((p) => p.fromId === '330275757502')).toHaveLength(expected.posts_by_page);
    expect(dataset.comments.filter((c) => c.fromId === '330275757502')).toHaveLength(expected.comments_by_page);
    expect(dataset.posts.filter((p) => p.message !== '')).toHaveLength(expected.posts_with_message);
    expect(dataset.posts.reduce((s, p) => s + p.sharesCount, 0)).toBe(expected.shares_count_sum);
    expect(dataset.comments.reduce((s, c) => s + c.messageTags.length, 0)).toBe(expected.comment_tags);
    expect(report.shares).toBe(0); // no post carries parent_id
    // Actors are authors, reactors and tagged accounts: all 226 people but one, who appears only in
    // the `to` field of a visitor's post (addressed, not acting: `to` is not read).
    expect(dataset.actors.filter((a) => /^Person \d+$/.test(a.name ?? ''))).toHaveLength(expected.distinct_people - 1);
    // Comments are placed by nesting: 20 of them have ids prefixed by a photo id, not the post's.
    const postIds = new Set(dataset.posts.map((p) => p.id));
    expect(dataset.comments.every((c) => postIds.has(c.postId))).toBe(true);
    expect(dataset.comments.filter((c) => !c.id.startsWith(c.postId.split('_')[1]))).toHaveLength(20);
    // The CRLF, Hebrew and emoji text comes through NFC and intact.
    expect(dataset.comments.some((c) => c.message.endsWith('\n'))).toBe(true);
  });

  test('qirtas user posts v2.5: 12 posts, none with an author', async () => {
    const expected = counts['graph-api-v2/qirtas_user_posts_v2.5.json'];
    const { dataset, report } = await loadExport([`${dir}qirtas_user_posts_v2.5.json`]);
    expect(report).toMatchObject({ posts: 12, comments: 0, reactions: 0, rejected: 0 });
    expect(report.posts).toBe(expected.posts);
    expect(dataset.posts.every((p) => p.fromId === null)).toBe(true);
    expect(dataset.posts.filter((p) => p.message !== '')).toHaveLength(expected.posts_with_message);
    expect(dataset.actors).toEqual([]);
  });

  test.each(['a', 'b'])(
    'qirtas comments file %s (a bare {data:[comment…]} of a post that is not in the data): every comment is an orphan_comment reject',
    async (which) => {
      const name = `qirtas_post_comments_${which}_v2.5.json`;
      const expected = counts[`graph-api-v2/${name}`];
      const { report } = await loadExport([`${dir}${name}`]);
      expect(report).toMatchObject({ posts: 0, comments: 0, reactions: 0, rejected: expected.comments });
      expect(report.perFile[0].error).toBeNull();
      expect(report.rejects.every((r) => r.code === 'orphan_comment' && r.recordType === 'comment')).toBe(true);
      expect(report.rejects.map((r) => r.location)).toEqual(Array.from({ length: expected.comments }, (_, i) => `data[${i}]`));
    },
  );

  test('the whole folder: files sorted by name, counts add up, nothing lost', async () => {
    const { report } = await loadExport([dir]);
    expect(report.perFile.map((f) => f.file.slice(dir.length))).toEqual([
      'postaroundme_page_feed_v2.1.json',
      'qirtas_post_comments_a_v2.5.json',
      'qirtas_post_comments_b_v2.5.json',
      'qirtas_user_posts_v2.5.json',
    ]);
    expect(report).toMatchObject({ files: 4, posts: 37, comments: 37, reactions: 430, shares: 0, duplicates: 0, rejected: 14 });
  });

  test('every real export of every format is read by its adapter: none refused, nothing thrown', async () => {
    const folders = ['crowdtangle-csv', 'dyi-json', 'graph-api-v2', 'minimaxir-csv', 'netvizz'];
    const { report } = await loadExport(folders.map((f) => `${root}${f}`));
    // A directory contributes its .csv, .tsv and .tab files too (the Netvizz .tab).
    expect(report.perFile.map((f) => [f.file.slice(root.length), f.format, f.error])).toEqual([
      ['crowdtangle-csv/2021-07-05-22-49-20-BRT-search-csv-export.csv', 'crowdtangle-csv', null],
      ['dyi-json/likes_and_reactions_1.json', 'dyi-json', null],
      ['dyi-json/your_posts_1.json', 'dyi-json', null],
      ['graph-api-v2/postaroundme_page_feed_v2.1.json', 'graph-api-json', null],
      ['graph-api-v2/qirtas_post_comments_a_v2.5.json', 'graph-api-json', null],
      ['graph-api-v2/qirtas_post_comments_b_v2.5.json', 'graph-api-json', null],
      ['graph-api-v2/qirtas_user_posts_v2.5.json', 'graph-api-json', null],
      ['minimaxir-csv/navajotimes_facebook_statuses.csv', 'minimaxir-csv', null],
      ['minimaxir-csv/nytimes_facebook_comments.csv', 'minimaxir-csv', null],
      ['minimaxir-csv/nytimes_facebook_statuses.csv', 'minimaxir-csv', null],
      ['minimaxir-csv/uwmemes1209_facebook_statuses.csv', 'minimaxir-csv', null],
      ['netvizz/marta_suplicy_page_comments.tab', 'netvizz-tsv', null],
    ]);
  });
});
