/**
 * The Facepager adapter (docs/formats.md §5) on small node trees written the way Facepager's
 * export writes them (`src/dialogs/export.py`: every value quoted, `;`, CRLF; seeds print `None`).
 * Expected records are read off the tree by hand: a `data` node of a `feed` query is a post, of a
 * `comments` query a comment of its parent node (a reply when the parent is a comment), of a
 * `reactions` query a reaction on its parent node's object.
 */
import { describe, expect, test } from 'vitest';
import { facepager } from '../../src/ingest/formats/facepager';
import { ingest } from './helpers';

const FIXED = ['level', 'id', 'parent_id', 'object_id', 'object_type', 'object_key', 'query_status', 'query_time', 'query_type'];
const CUSTOM = ['created_time', 'from.id', 'from.name', 'message', 'parent_id', 'shares.count', 'reactions.summary.total_count',
  'comments.summary.total_count', 'message_tags.*.id', 'message_tags.*.name', 'attachment.type', 'name', 'type'];

type Values = Partial<Record<(typeof CUSTOM)[number], string>>;
const OK = 'fetched (200)';
const T = '2025-04-03 08:00:00.123456';

/** A node row: the fixed columns, then the custom ones by name. */
const node = (level: number, id: number, parent: number | 'None', objectId: string, type: string, status: string, query: string, values: Values = {}): string[] =>
  [String(level), String(id), String(parent), objectId, type, type === 'data' ? 'data.*' : '', status, status === '' ? 'None' : T, query,
    ...CUSTOM.map((c) => values[c as keyof Values] ?? '')];

const quoteAll = (row: readonly string[], sep: string) => row.map((v) => `"${v.replaceAll('"', '""')}"`).join(sep);
const file = (rows: string[][], { header = [...FIXED, ...CUSTOM], sep = ';', name = 'fp.csv' } = {}) =>
  ({ name, content: `\uFEFF${[header, ...rows].map((r) => `${quoteAll(r, sep)}\r\n`).join('')}` });

const PAGE = '104827365019283';
const POST = `${PAGE}_10`;
const TREE = [
  node(0, 1, 'None', PAGE, 'seed', '', 'None'),
  node(1, 2, 1, POST, 'data', OK, 'Facebook:/<page>/feed', {
    'created_time': '2025-03-04T02:00:00+0000', 'from.id': PAGE, 'from.name': 'DDCI Quảng Ninh', message: 'Bài viết; có dấu "chấm phẩy"',
    parent_id: '177170564568523_5', 'shares.count': '3', 'reactions.summary.total_count': '5', 'comments.summary.total_count': '2',
    'message_tags.*.id': '501;502', 'message_tags.*.name': 'An;Bình',
  }),
  node(1, 3, 1, PAGE, 'offcut', OK, 'Facebook:/<page>/feed'),
  node(2, 4, 2, '10_100', 'data', OK, 'Facebook:/<post>/comments', { 'created_time': '2025-03-04T03:00:00+0000', 'from.id': '501', 'from.name': 'An', message: 'Hỏi?', 'attachment.type': 'photo' }),
  node(3, 5, 4, '10_101', 'data', OK, 'Facebook:/<comment>/comments', { 'created_time': '2025-03-04T04:00:00+0000', 'from.id': '', message: 'Trả lời ẩn danh' }),
  node(2, 6, 2, '503', 'data', OK, 'Facebook:/<post>/reactions', { name: 'Chi', type: 'LOVE' }),
  node(2, 7, 2, POST, 'data', OK, 'Facebook:/<post>/reactions', { name: '', type: 'LIKE' }),
  node(4, 8, 5, '501', 'data', OK, 'Facebook:/<comment>/reactions', { name: 'An', type: 'LIKE' }),
  node(4, 9, 5, '10_101', 'empty', OK, 'Facebook:/<comment>/comments'),
  node(2, 10, 2, '10_999', 'data', 'error (400)', 'Facebook:/<post>/comments', { 'created_time': '2025-03-04T05:00:00+0000' }),
  node(1, 11, 1, PAGE, 'data', OK, 'Facebook:/<page>', { name: 'DDCI Quảng Ninh' }),
];

describe('a Facepager 4 export (the fixture\'s layout)', () => {
  test('posts, comments, replies and reactions from the node tree; seeds, offcuts, empty nodes, failed fetches and other queries are no records', () => {
    const { dataset, report } = ingest([file(TREE)]);
    expect(report.perFile[0]).toMatchObject({ format: 'facepager-csv', identities: 'platform', read: 6, posts: 1, comments: 2, reactions: 3, rejected: 0, fieldRejects: 0 });
    expect(report.perFile[0].capabilities).toEqual({ comments: true, reactionActors: true, replyParents: true, shareRelations: true, postCounts: true });
    expect(report.perFile[0].warnings.map((w) => w.code)).toEqual(['not_fetched', 'other_query']);
    expect(dataset.posts).toMatchObject([{
      id: POST, createdTime: '2025-03-04T02:00:00.000Z', fromId: PAGE, message: 'Bài viết; có dấu "chấm phẩy"', parentId: '177170564568523_5',
      sharesCount: 3, reactionsTotal: 5, commentsTotal: 2, messageTags: [{ id: '501', name: 'An' }, { id: '502', name: 'Bình' }],
    }]);
    expect(dataset.shares).toMatchObject([{ postId: POST, sharedPostId: '177170564568523_5' }]);
    expect(dataset.comments.map((c) => [c.id, c.postId, c.parentId, c.fromId, c.hasAttachment])).toEqual([
      ['10_100', POST, null, '501', true],
      ['10_101', POST, '10_100', null, false],
    ]);
    expect(dataset.reactions.map((r) => [r.targetId, r.targetType, r.actorId, r.type])).toEqual([
      [POST, 'post', '503', 'LOVE'],
      // Facepager gave the anonymous reaction its post's object_id and no name.
      [POST, 'post', null, 'LIKE'],
      ['10_101', 'comment', '501', 'LIKE'],
    ]);
    expect(dataset.actors.find((a) => a.id === '503')).toEqual({ id: '503', name: 'Chi' });
  });

  test('what was not fetched is not claimed: no reactions query, no share column, no count column', () => {
    const header = [...FIXED, 'created_time', 'from.id', 'from.name', 'message'];
    const rows = TREE.filter((r) => !r[8].endsWith('/reactions')).map((r) => r.slice(0, header.length));
    const { report } = ingest([file(rows, { header })]);
    expect(report.perFile[0].capabilities).toEqual({ comments: true, reactionActors: false, replyParents: true, shareRelations: false, postCounts: false });
  });
});

describe('other layouts Facepager writes', () => {
  test('selected nodes (a `path` column first), Facepager 3 (no object_key), tab-separated, `from` as one JSON column', () => {
    const header = ['path', ...FIXED.filter((c) => c !== 'object_key'), 'created_time', 'from', 'message'];
    const row = (path: string, r: string[], from: string) => [path, ...r.slice(0, 5), ...r.slice(6, 9), r[9], from, r[12]];
    const rows = [
      row('1', TREE[0], ''),
      row('1/2', TREE[1], '{"name": "DDCI Qu\\u1ea3ng Ninh", "id": "104827365019283"}'),
      row('1/2/4', TREE[3], '{"name": "An", "id": "501"}'),
      row('1/2/4/5', TREE[4], 'not json'),
    ];
    const { dataset, report } = ingest([file(rows, { header, sep: '\t', name: 'fp.tsv' })]);
    expect(dataset.posts.map((p) => [p.id, p.fromId])).toEqual([[POST, PAGE]]);
    expect(dataset.actors.find((a) => a.id === PAGE)!.name).toBe('DDCI Quảng Ninh');
    expect(dataset.comments.map((c) => [c.id, c.fromId])).toEqual([['10_100', '501']]);
    expect(report.rejects.map((r) => [r.location, r.recordType, r.field, r.code])).toEqual([['row 5', 'comment', 'from', 'invalid_type']]);
  });

  test('the header only decides: a comma CSV with Facepager\'s columns is Facepager\'s; ddci-sna\'s own CSVs are not', () => {
    const claimed = (text: string) => facepager.detect({ name: 'x.csv', text, complete: true });
    expect(claimed(`${FIXED.join(',')}\r\n`)).toBe(true);
    expect(claimed(`"path";${FIXED.map((c) => `"${c}"`).join(';')};"message"\r\n`)).toBe(true);
    expect(claimed(`${FIXED.slice(0, 5).join(';')};query_time;query_type\r\n`)).toBe(false);
    expect(claimed('unitId;name;kind\r\n')).toBe(false);
    expect(claimed('level;id;parent_id;object_id\r\n')).toBe(false);
  });
});

describe('hostile trees', () => {
  test('replies nested 70 deep: levels 1–64 read, each deeper one a too_deep reject', () => {
    const rows = [TREE[0], TREE[1]];
    for (let level = 1; level <= 70; level += 1) {
      rows.push(node(level + 1, 100 + level, level === 1 ? 2 : 99 + level, `10_${level}`, 'data', OK, 'Facebook:/<comment>/comments', { 'created_time': '2025-03-04T03:00:00+0000' }));
    }
    const { dataset, report } = ingest([file(rows)]);
    expect(dataset.comments).toHaveLength(64);
    expect(report.rejects.map((r) => r.code)).toEqual(Array(6).fill('too_deep'));
    expect(report.rejects[0].location).toBe('row 68'); // header, seed, post, then levels 1…64: level 65 is row 68
  });

  test('a parent cycle and a reaction whose parent node is missing: rejected, nothing hangs', () => {
    const rows = [
      node(2, 20, 21, '1_20', 'data', OK, 'Facebook:/<comment>/comments', { 'created_time': '2025-03-04T03:00:00+0000' }),
      node(2, 21, 20, '1_21', 'data', OK, 'Facebook:/<comment>/comments', { 'created_time': '2025-03-04T03:00:00+0000' }),
      node(2, 22, 999, '600', 'data', OK, 'Facebook:/<post>/reactions', { name: 'X', type: 'LIKE' }),
    ];
    const { report } = ingest([file(rows)]);
    expect(report.rejects.map((r) => [r.location, r.code])).toEqual([['row 2', 'too_deep'], ['row 3', 'too_deep'], ['row 4', 'orphan_reaction']]);
  });
});
