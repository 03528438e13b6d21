/**
 * Comments fetched through the comments edge (`GET /{post-id}/comments`: a page of comments with no
 * post around it) are placed under their post (SPEC 2.1, issue 9 item 2): by the page's
 * `paging.next`/`previous` URL naming the post, then by the `{objectId}_{commentId}` id rule when
 * exactly one post of the input has the id `{pageId}_{objectId}` or `{objectId}`; a reply follows
 * its parent; only a comment that can be placed nowhere is an `orphan_comment`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { InputFile } from '../../src/model/types';
import { comment, ingest, jsonFile, page, post, reactors, type Json } from './helpers';

/** A comments-edge response: comments carry comment-only keys (`like_count`), no post around them. */
const edgeComment = (id: string, extra: Json = {}): Json => comment(id, { like_count: 0, ...extra });
const edgePage = (comments: Json[], next?: string): Json => ({
  data: comments,
  paging: { cursors: { after: 'QQ==' }, ...(next === undefined ? {} : { next }) },
});
const url = (object: string) => `https://graph.facebook.com/v2.5/${object}/comments?limit=25&after=QQ%3D%3D&access_token=REDACTED`;

const placement = (files: InputFile[]) => {
  const result = ingest(files);
  return {
    result,
    placed: Object.fromEntries(result.dataset.comments.map((c) => [c.id, c.postId])),
    rejected: result.report.rejects.map((r) => [r.location, r.code]),
  };
};

describe('placement rules', () => {
  test("the page's paging URL names the post: its comments go there, whatever their ids", () => {
    const { placed, rejected } = placement([
      jsonFile('feed.json', page(post('330_777'), post('330_888'))),
      jsonFile('comments.json', edgePage([edgeComment('999_1'), edgeComment('999_2')], url('330_777'))),
    ]);
    expect(placed).toEqual({ '999_1': '330_777', '999_2': '330_777' });
    expect(rejected).toEqual([]);
  });

  test('a URL naming the object id alone finds the one post {pageId}_{objectId}', () => {
    const { placed } = placement([
      jsonFile('feed.json', page(post('330_777'))),
      jsonFile('comments.json', edgePage([edgeComment('5_1')], url('777'))),
    ]);
    expect(placed).toEqual({ '5_1': '330_777' });
  });

  test.each([
    ['{pageId}_{objectId}', '330_777'],
    ['{objectId}', '777'],
  ])('no URL: the id rule places 777_1 under the one post with id %s', (_label, postId) => {
    const { placed, rejected } = placement([
      jsonFile('feed.json', page(post(postId), post('330_778'))),
      jsonFile('comments.json', edgePage([edgeComment('777_1')])),
    ]);
    expect(placed).toEqual({ '777_1': postId });
    expect(rejected).toEqual([]);
  });

  test('the id rule needs exactly one post: with two candidates the comment is an orphan_comment', () => {
    const { placed, rejected, result } = placement([
      jsonFile('feed.json', page(post('330_777'), post('440_777'))),
      jsonFile('comments.json', edgePage([edgeComment('777_1')])),
    ]);
    expect(placed).toEqual({});
    expect(rejected).toEqual([['data[0]', 'orphan_comment']]);
    expect(result.report.rejects[0].reason).toContain('exactly one post');
  });

  test('a URL naming no post of the input falls back to the id rule', () => {
    const { placed } = placement([
      jsonFile('feed.json', page(post('330_777'))),
      jsonFile('comments.json', edgePage([edgeComment('777_1')], url('123456'))),
    ]);
    expect(placed).toEqual({ '777_1': '330_777' });
  });

  test('replies follow their parent: nested in the page, or in another page naming it by parent.id', () => {
    const { placed, result } = placement([
      jsonFile('a-comments.json', edgePage([edgeComment('9_1', { comments: { data: [edgeComment('9_2')] } })], url('330_777'))),
      jsonFile('b-replies.json', edgePage([edgeComment('9_3', { parent: { id: '9_1' } })])),
      jsonFile('c-feed.json', page(post('330_777'))),
    ]);
    expect(placed).toEqual({ '9_1': '330_777', '9_2': '330_777', '9_3': '330_777' });
    const byId = Object.fromEntries(result.dataset.comments.map((c) => [c.id, c.parentId]));
    expect(byId).toEqual({ '9_1': null, '9_2': '9_1', '9_3': '9_1' });
  });

  test("an orphan's replies and reactions cannot be placed either: parent_rejected", () => {
    const { rejected, result } = placement([
      jsonFile('feed.json', page(post('330_1'))),
      jsonFile('comments.json', edgePage([edgeComment('9_1', { reactions: reactors('x'), comments: { data: [edgeComment('9_2')] } })])),
    ]);
    expect(rejected).toEqual([
      ['data[0]', 'orphan_comment'],
      ['data[0].reactions.data[0]', 'parent_rejected'],
      ['data[0].comments.data[0]', 'parent_rejected'],
    ]);
    expect(result.report).toMatchObject({ comments: 0, reactions: 0, rejected: 3 });
  });

  test('a placed comment keeps its reactions, and a comment also nested in the feed is one comment (a duplicate)', () => {
    const { result } = placement([
      jsonFile('a-edge.json', edgePage([edgeComment('777_1', { reactions: reactors('x', 'y') })])),
      jsonFile('b-feed.json', page(post('330_777', { comments: { data: [comment('777_1', { reactions: reactors('x') })] } }))),
    ]);
    expect(result.report).toMatchObject({ comments: 1, reactions: 2, duplicates: 2, rejected: 0 });
    expect(result.dataset.reactions.map((r) => r.actorId)).toEqual(['x', 'y']);
  });

  test("placed comments count as listed in their file's copy of the post (snapshot index)", () => {
    const { result } = placement([
      jsonFile('a-feed.json', page(post('330_777', { comments: { data: [comment('777_0')], summary: { total_count: 3 } } }))),
      jsonFile('b-edge.json', edgePage([edgeComment('777_1'), edgeComment('777_2', { comments: { data: [edgeComment('777_3')] } })])),
    ]);
    expect(result.snapshots.files).toEqual(['a-feed.json', 'b-edge.json']);
    expect(result.snapshots.postCopies.get('330_777')).toEqual([
      { file: 0, commentIds: ['777_0'], topLevelListed: 1, commentsTotal: 3 },
      { file: 1, commentIds: ['777_1', '777_2', '777_3'], topLevelListed: 2, commentsTotal: null },
    ]);
  });
});

const real = fileURLToPath(new URL('../../../shared/real-exports/graph-api-v2/', import.meta.url));
const present = existsSync(real);
const readJson = (name: string): Json => JSON.parse(readFileSync(`${real}${name}`, 'utf8'));

describe.skipIf(!present)('real Graph API exports (../shared/real-exports/graph-api-v2)', () => {
  test('qirtas: the two comments files name posts that are not in the feed: all 14 comments are orphans', () => {
    const files = ['qirtas_user_posts_v2.5.json', 'qirtas_post_comments_a_v2.5.json', 'qirtas_post_comments_b_v2.5.json']
      .map((n) => jsonFile(n, readJson(n)));
    const { result } = placement(files);
    expect(result.report).toMatchObject({ posts: 12, comments: 0, rejected: 14 });
    expect(result.report.rejects.every((r) => r.code === 'orphan_comment')).toBe(true);
  });

  test("qirtas: with the post 10205650705054137 of file a in the input, file a's 7 comments are placed by the id rule", () => {
    const feed = readJson('qirtas_user_posts_v2.5.json') as { data: Json[] };
    const withPost = { ...feed, data: [...feed.data, { id: '19191938344602751_10205650705054137', created_time: '2015-07-01T10:00:00+0000' }] };
    const { placed, result } = placement([
      jsonFile('qirtas_user_posts_v2.5.json', withPost),
      ...['a', 'b'].map((x) => jsonFile(`qirtas_post_comments_${x}_v2.5.json`, readJson(`qirtas_post_comments_${x}_v2.5.json`))),
    ]);
    expect(Object.values(placed)).toEqual(Array(7).fill('19191938344602751_10205650705054137'));
    expect(result.report.rejects.map((r) => [r.file, r.code])).toEqual(Array(7).fill(['qirtas_post_comments_b_v2.5.json', 'orphan_comment']));
  });

  // The postaroundme feed nests 37 comments under 25 posts; 20 of them have ids prefixed by the
  // post's photo object_id (not the post id). Served as a comments edge without its URL, only the
  // 17 whose prefix is their post's own id find their post; with the URL, every one does.
  const feed = present ? (readJson('postaroundme_page_feed_v2.1.json') as { data: Json[] }) : { data: [] };
  const withoutComments = { ...feed, data: feed.data.map(({ comments: _c, ...p }) => p) };
  const edges = (withUrl: boolean) => feed.data
    .filter((p) => p.comments !== undefined)
    .map((p, i) => jsonFile(`edge-${String(i).padStart(2, '0')}.json`,
      edgePage((p.comments as { data: Json[] }).data, withUrl ? url(p.id as string) : undefined)));
  const nested = new Map(feed.data.flatMap((p) => ((p.comments as { data: Json[] } | undefined)?.data ?? []).map((c) => [c.id as string, p.id as string])));

  test('postaroundme feed: every comment is under the post it is nested in (never placed by its id)', () => {
    const { placed } = placement([jsonFile('feed.json', feed)]);
    expect(placed).toEqual(Object.fromEntries(nested));
  });

  test('postaroundme as comments-edge pages without URLs: 17 placed by the id rule, the 20 photo-prefixed ones orphans', () => {
    const { placed, result } = placement([jsonFile('feed.json', withoutComments), ...edges(false)]);
    expect(Object.keys(placed)).toHaveLength(17);
    for (const [id, postId] of Object.entries(placed)) expect(postId).toBe(nested.get(id));
    expect(result.report.rejects.filter((r) => r.code === 'orphan_comment')).toHaveLength(20);
  });

  test('postaroundme as comments-edge pages whose paging URL names the post: all 37 placed under their post', () => {
    const { placed, rejected } = placement([jsonFile('feed.json', withoutComments), ...edges(true)]);
    expect(placed).toEqual(Object.fromEntries(nested));
    expect(rejected).toEqual([]);
  });
});
