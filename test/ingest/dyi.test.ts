/**
 * The "Download your information" adapter (SPEC 2.2; docs/formats.md §6). The oracle for the
 * mojibake is its definition: Facebook writes each UTF-8 byte of a text as the Latin-1 code point
 * of the same value, which Node's own `Buffer` encodes here (`latin1` of the `utf8` bytes), and
 * the repair must give the Vietnamese text back exactly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { repairMojibake } from '../../src/ingest/decode';
import { dyiPostId } from '../../src/ingest/formats/dyi';
import { ingest, jsonFile } from './helpers';

/** What Facebook writes for a text: its UTF-8 bytes as Latin-1 code points. */
const mojibake = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const PAGE = { id: '104827365019283', name: 'DDCI Quảng Ninh' };

const VIETNAMESE = [
  'Sở Kế hoạch và Đầu tư Quảng Ninh',
  'Hướng dẫn đăng ký nội quy lao động, xây dựng thang bảng lương.',
  'Xin hỏi thủ tục cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm?',
  'Ủy ban nhân dân thành phố Hạ Long — ưu đãi đầu tư 🇻🇳👍',
];

describe('mojibake repair', () => {
  test.each(VIETNAMESE)('Vietnamese comes back exactly: %s', (text) => {
    const written = mojibake(text);
    expect(written).not.toBe(text);
    expect(repairMojibake(written)).toBe(text);
  });

  test('any text round-trips: repair(mojibake(s)) = s (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(repairMojibake(mojibake(s))).toBe(s);
    }));
  });

  test('text that is not mojibake is left as it is: real Latin-1, already-correct Vietnamese, ASCII', () => {
    for (const text of ['café', 'Señor Ñandú', 'naïve façade', ...VIETNAMESE, 'plain ASCII']) expect(repairMojibake(text)).toBe(text);
  });
});

describe('reading an archive', () => {
  const posts = [
    { timestamp: 1743339600, data: [{ post: mojibake(VIETNAMESE[1]!) }], title: mojibake(`${PAGE.name} updated their status.`) },
    { timestamp: 1743051582, data: [{ post: mojibake(VIETNAMESE[0]!) }, { update_timestamp: 1743055182 }], title: mojibake(`${PAGE.name} added a new photo.`),
      attachments: [{ data: [{ media: { uri: 'posts/media/x.jpg' } }] }] },
    { timestamp: 1743041135, data: [], tags: [{ name: mojibake('Nguyễn Văn An') }] },
    { timestamp: 1743000000, data: [{ post: 'shared' }], title: 'Person 12 shared a memory.' },
  ];

  test('your_posts: one post per entry, text repaired; the page\'s own posts (title starting with its name, or none) are the page\'s', () => {
    const { dataset, report } = ingest([jsonFile('posts/your_posts_1.json', posts)], { page: PAGE });
    expect(report.perFile[0]).toMatchObject({ format: 'dyi-json', identities: 'name', posts: 4, rejected: 0, error: null });
    expect(report.perFile[0]!.capabilities).toEqual({ comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: false });
    const byTime = [...dataset.posts].sort((a, b) => b.time - a.time);
    expect(byTime.map((p) => [p.createdTime, p.fromId, p.message])).toEqual([
      ['2025-03-30T13:00:00.000Z', PAGE.id, VIETNAMESE[1]],
      ['2025-03-27T04:59:42.000Z', PAGE.id, VIETNAMESE[0]],
      ['2025-03-27T02:05:35.000Z', PAGE.id, ''],
      ['2025-03-26T14:40:00.000Z', null, 'shared'],
    ]);
    expect(byTime[2]!.messageTags).toEqual([{ id: 'name:Nguyễn Văn An', name: 'Nguyễn Văn An' }]);
    expect(byTime.every((p) => p.commentsTotal === null && p.reactionsTotal === null && p.sharesCount === 0)).toBe(true);
    // Ids: `dyi:` + 16 hex digits of SHA-1 of timestamp|title|text, repaired.
    expect(byTime[0]!.id).toBe(dyiPostId(1743339600, `${PAGE.name} updated their status.`, VIETNAMESE[1]!));
    expect(byTime[0]!.id).toMatch(/^dyi:[0-9a-f]{16}$/);
  });

  test('without the configured page (validate without --config) no post has an author', () => {
    const { dataset } = ingest([jsonFile('your_posts_1.json', posts)]);
    expect(dataset.posts.every((p) => p.fromId === null)).toBe(true);
  });

  test('the same entry in two downloads is one post (ids from content), merged as a duplicate', () => {
    const { report } = ingest([jsonFile('a/your_posts_1.json', posts), jsonFile('b/your_posts_1.json', posts.slice(0, 2))], { page: PAGE });
    expect(report).toMatchObject({ posts: 4, duplicates: 2, conflicts: [] });
  });

  test('an NFD title or text (a Mac keyboard) gives the same id as the NFC one', () => {
    const nfd = [{ ...posts[0]!, title: mojibake(`${PAGE.name} updated their status.`.normalize('NFD')), data: [{ post: mojibake(VIETNAMESE[1]!.normalize('NFD')) }] }];
    const a = ingest([jsonFile('a.json', posts.slice(0, 1))], { page: PAGE }).dataset.posts[0]!;
    const b = ingest([jsonFile('b.json', nfd)], { page: PAGE }).dataset.posts[0]!;
    expect([b.id, b.fromId, b.message]).toEqual([a.id, a.fromId, a.message]);
  });

  test('comments and reactions name no post: each is rejected (orphan_comment, orphan_reaction), none dropped', () => {
    const comments = { comments_v2: [
      { timestamp: 1743145032, data: [{ comment: { timestamp: 1743145032, comment: mojibake('Xin trả lời'), author: mojibake(PAGE.name) } }], title: 'x' },
      { timestamp: 1743145033, data: [{ comment: { timestamp: 1743145033, comment: 'ok', author: 'y' } }], title: 'y' },
    ] };
    const reactions = [{ timestamp: 1743142482, data: [{ reaction: { reaction: 'CARE', actor: mojibake(PAGE.name) } }], title: 'z' }];
    const { report } = ingest([jsonFile('comments.json', comments), jsonFile('likes_and_reactions_1.json', reactions)], { page: PAGE });
    expect(report.rejects.map((r) => [r.file, r.location, r.recordType, r.code])).toEqual([
      ['comments.json', 'comments_v2[0]', 'comment', 'orphan_comment'],
      ['comments.json', 'comments_v2[1]', 'comment', 'orphan_comment'],
      ['likes_and_reactions_1.json', '[0]', 'reaction', 'orphan_reaction'],
    ]);
    expect(report).toMatchObject({ posts: 0, comments: 0, reactions: 0, rejected: 3 });
  });

  test('entries without a usable time are rejected; a file of another kind (friends) is refused whole', () => {
    const { report } = ingest([
      jsonFile('your_posts_1.json', [{ data: [], title: 'no time' }, { timestamp: '1743000000', data: [] }, { timestamp: 1.5, data: [] }, 42]),
      jsonFile('friends.json', { friends_v2: [{ name: 'Person 1', timestamp: 1700000000 }] }),
    ]);
    expect(report.rejects.map((r) => [r.file, r.location, r.field, r.code])).toEqual([
      ['friends.json', '$', '', 'unsupported_format'],
      ['your_posts_1.json', '[0]', 'timestamp', 'missing_time'],
      ['your_posts_1.json', '[1]', 'timestamp', 'invalid_time'],
      ['your_posts_1.json', '[2]', 'timestamp', 'invalid_time'],
      ['your_posts_1.json', '[3]', '', 'invalid_type'],
    ]);
  });

  test('a Graph API file and a DYI file are told apart by content, whatever their names', () => {
    const graph = jsonFile('your_posts_1.json', { data: [{ id: '1_2', created_time: '2025-03-04T09:15:00+0700', message: 'x' }] });
    const archive = jsonFile('feed.json', posts);
    const { report } = ingest([graph, archive]);
    expect(report.perFile.map((f) => [f.file, f.format])).toEqual([['feed.json', 'dyi-json'], ['your_posts_1.json', 'graph-api-json']]);
  });
});
