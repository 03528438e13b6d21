/**
 * Real delimited-text exports written by other tools (../shared/real-exports/minimaxir-csv and
 * netvizz, anonymised): every file is read, nothing refused, and what the dataset holds equals the
 * counts published beside them (counts.json, computed from the files by the people who collected
 * them). The few times checked by hand follow the formats' documented rules (docs/formats.md).
 */
import { describe, expect, test } from 'vitest';
import type { Post } from '../../src/model/types';
import { commentsNoLongerHeld } from '../../src/metrics/quality/snapshots';
import { loadExport as load } from '../../src/node/loadExport';
import { AS_OF, expectReconciled } from './helpers';
import { countOf, REAL_EXPORTS as root, realExportsPresent, tableOf } from '../helpers/shared';

async function loadExport(paths: string[]) {
  const result = await load(paths.map((p) => `${root}${p}`), { asOf: AS_OF });
  expectReconciled(result.report);
  return result;
}

const sum = (posts: readonly Post[], get: (p: Post) => number | null | undefined): number => posts.reduce((s, p) => s + (get(p) ?? 0), 0);

function tally(values: readonly (string | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

/** minimaxir's per-type columns and the reaction type each fills. */
const TYPE_COLUMNS = [['likes', 'LIKE'], ['loves', 'LOVE'], ['wows', 'WOW'], ['hahas', 'HAHA'], ['sads', 'SAD'], ['angrys', 'ANGRY']] as const;

describe.skipIf(!realExportsPresent)('real minimaxir scraper CSVs (minimaxir-csv)', () => {
  test.each([
    'minimaxir-csv/navajotimes_facebook_statuses.csv',
    'minimaxir-csv/nytimes_facebook_statuses.csv',
    'minimaxir-csv/uwmemes1209_facebook_statuses.csv',
  ])('%s: every row a post; totals, per-type counts, types and texts as counts.json', async (file) => {
    const { dataset, report } = await loadExport([file]);
    expect(report.perFile[0]).toMatchObject({
      format: 'minimaxir-csv', read: countOf(file, 'records'), posts: countOf(file, 'posts'), rejected: 0, fieldRejects: 0, error: null,
    });
    const { posts } = dataset;
    expect(sum(posts, (p) => p.reactionsTotal)).toBe(countOf(file, 'sum_num_reactions'));
    expect(sum(posts, (p) => p.commentsTotal)).toBe(countOf(file, 'sum_num_comments'));
    expect(sum(posts, (p) => p.sharesCount)).toBe(countOf(file, 'sum_num_shares'));
    for (const [column, type] of TYPE_COLUMNS) expect(sum(posts, (p) => p.reactionsByType?.[type]), column).toBe(countOf(file, `sum_num_${column}`));
    expect(tally(posts.map((p) => p.statusType))).toEqual(tableOf(file, 'status_types'));
    expect(posts.filter((p) => p.message === '')).toHaveLength(countOf(file, 'records_with_empty_text'));
    // Line breaks inside a message survive, whether LF, CRLF or Excel's lone CR (made LF).
    expect(posts.filter((p) => p.message.includes('\n'))).toHaveLength(countOf(file, 'records_with_newline_in_text'));
    expect(posts.some((p) => p.message.includes('\r'))).toBe(false);
  });

  test('page variants (navajotimes, nytimes): every status is the page\'s own post, the page whose id prefixes it', async () => {
    const { dataset } = await loadExport(['minimaxir-csv/navajotimes_facebook_statuses.csv', 'minimaxir-csv/nytimes_facebook_statuses.csv']);
    expect(dataset.posts.every((p) => p.fromId === p.id.split('_')[0])).toBe(true);
    expect(dataset.actors.map((a) => a.id)).toEqual(['147969681232', '5281959998']);
  });

  test('group variant (uwmemes): authors by name (identities name), one actor per distinct author', async () => {
    const file = 'minimaxir-csv/uwmemes1209_facebook_statuses.csv';
    const { dataset, report } = await loadExport([file]);
    expect(report.perFile[0].identities).toBe('name');
    expect(new Set(dataset.posts.map((p) => p.fromId)).size).toBe(countOf(file, 'distinct_authors'));
    expect(dataset.actors.every((a) => a.id === `name:${a.name}`)).toBe(true);
  });

  test('times are UTC − 5 h: the scraper\'s and Excel\'s forms (first rows, by hand)', async () => {
    const { dataset } = await loadExport([
      'minimaxir-csv/navajotimes_facebook_statuses.csv', 'minimaxir-csv/nytimes_facebook_statuses.csv', 'minimaxir-csv/uwmemes1209_facebook_statuses.csv',
    ]);
    const time = (id: string) => dataset.posts.find((p) => p.id === id)!.createdTime;
    expect(time('147969681232_10154852064861233')).toBe('2017-02-26T17:51:08.000Z'); // 2017-02-26 12:51:08
    expect(time('5281959998_10151472549144999')).toBe('2018-01-31T23:55:00.000Z'); // Excel: 1/31/18 18:55
    expect(time('299826420434932_413002099117363')).toBe('2017-12-09T08:54:05.000Z'); // 2017-12-09 03:54:05
  });

  test('the Excel-saved nytimes statuses: not UTF-8, read as Windows-1252 and said so; the doubled quotes are quotes', async () => {
    const { dataset, report } = await loadExport(['minimaxir-csv/nytimes_facebook_statuses.csv']);
    expect(report.perFile[0].warnings.map((w) => w.code)).toEqual(['invalid_utf8', 'encoding_windows_1252']);
    const first = dataset.posts.find((p) => p.id === '5281959998_10151472549144999')!;
    // 0x89 0xDB 0xAA (Mac Roman bytes of a misread ’) read as Windows-1252: ‰ Û ª, kept as they are.
    expect(first.message).toContain('Trump\u2030\u00db\u00aas speech');
    expect(first.message.startsWith('Paul Krugman writes in The New York Times Opinion Section: "A lot')).toBe(true);
    expect(dataset.posts.some((p) => p.message.includes('\uFFFD'))).toBe(false);
  });

  test('nytimes comments with their statuses: every comment placed, replies under their parents, every author undiscoverable (anonymous)', async () => {
    const file = 'minimaxir-csv/nytimes_facebook_comments.csv';
    const { dataset, report, snapshots } = await loadExport([file, 'minimaxir-csv/nytimes_facebook_statuses.csv']);
    const perFile = report.perFile.find((f) => f.file.endsWith('nytimes_facebook_comments.csv'))!;
    expect(perFile).toMatchObject({ format: 'minimaxir-csv', identities: 'name', read: countOf(file, 'records'), rejected: 0, fieldRejects: 0 });
    const { comments, posts } = dataset;
    expect(comments).toHaveLength(countOf(file, 'comments') + countOf(file, 'replies'));
    expect(comments.filter((c) => c.parentId !== null)).toHaveLength(countOf(file, 'replies'));
    expect(new Set(comments.map((c) => c.postId)).size).toBe(countOf(file, 'distinct_status_ids'));
    const postIds = new Set(posts.map((p) => p.id));
    const commentIds = new Set(comments.map((c) => c.id));
    expect(comments.every((c) => postIds.has(c.postId) && (c.parentId === null || commentIds.has(c.parentId)))).toBe(true);
    expect(comments.every((c) => c.fromId === null)).toBe(true);
    expect(comments.filter((c) => c.message === '')).toHaveLength(countOf(file, 'records_with_empty_text'));
    expect(comments.filter((c) => c.message.includes('\n'))).toHaveLength(countOf(file, 'records_with_newline_in_text'));
    // The one ` [[SHARE]]` mark is the scraper's, not the commenter's: removed, an attachment.
    expect(comments.filter((c) => c.hasAttachment).map((c) => c.message)).toEqual(['Keep up with our full coverage of the 2018 Olympics: http://nyti.ms/2FvhXzJ']);
    // Per-comment reaction counts have no reactor: no reaction records.
    expect(dataset.reactions).toEqual([]);
    // The statuses file (read after: path order) holds the posts without their comments: it is no
    // snapshot in which the comments went missing (SPEC 4.6).
    expect(commentsNoLongerHeld(snapshots).map((f) => f.noLongerHeld)).toEqual([0, 0]);
  });
});

describe.skipIf(!realExportsPresent)('real Netvizz page data (netvizz)', () => {
  const file = 'netvizz/marta_suplicy_page_comments.tab';

  test('the comments file alone: every row a comment, its posts implied by their rows; counts as counts.json', async () => {
    const { dataset, report } = await loadExport([file]);
    const distinctPosts = countOf(file, 'distinct_posts');
    expect(report.perFile[0]).toMatchObject({
      format: 'netvizz-tsv', identities: 'hashed', read: countOf(file, 'comments_and_replies') + distinctPosts,
      comments: countOf(file, 'comments_and_replies'), posts: distinctPosts, duplicates: 0, rejected: 0, fieldRejects: 0, error: null,
    });
    expect(report.perFile[0].capabilities).toMatchObject({ replyParents: false, reactionActors: false, shareRelations: false });
    const { comments, posts } = dataset;
    // Replies name no parent: top-level comments of their post, flagged.
    expect(comments.filter((c) => c.parentUnknown)).toHaveLength(countOf(file, 'replies'));
    expect(comments.every((c) => c.parentId === null)).toBe(true);
    // pageowner is the page whose id prefixes the post id.
    expect(comments.filter((c) => c.fromId === '125980744110410')).toHaveLength(countOf(file, 'by_pageowner'));
    const others = new Set(comments.map((c) => c.fromId).filter((id) => id !== '125980744110410'));
    expect(others.size).toBe(countOf(file, 'distinct_commenters_excl_pageowner'));
    expect([...others].every((id) => /^[0-9a-f]{40}$/.test(id ?? ''))).toBe(true);
    expect(comments.filter((c) => c.message === '')).toHaveLength(countOf(file, 'records_with_empty_text'));
    expect(new Set(comments.map((c) => c.postId)).size).toBe(distinctPosts);
    // The implied posts: their author is the post_by hash (the page's posts too: Netvizz hashed the page).
    expect(posts.map((p) => [p.id, p.createdTime])).toContainEqual(['125980744110410_1192084267500047', '2016-08-31T19:02:51.000Z']);
    expect(posts.every((p) => /^[0-9a-f]{40}$/.test(p.fromId ?? ''))).toBe(true);
  });
});
