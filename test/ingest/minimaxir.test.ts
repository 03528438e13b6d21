/**
 * The minimaxir scraper CSV adapter (docs/formats.md §3) on small hand-written files: every
 * expected value below is computed by hand from the file beside it and the format's rules
 * (times UTC−5, the page from the status id, names as identities, counts as totals).
 */
import { describe, expect, test } from 'vitest';
import { minimaxir, minimaxirTime } from '../../src/ingest/formats/minimaxir';
import { ingest } from './helpers';

const PAGE = { id: '104827365019283', name: 'DDCI Quảng Ninh' };

const STATUS_HEADER =
  'status_id,status_message,link_name,status_type,status_link,status_published,num_reactions,num_comments,num_shares,num_likes,num_loves,num_wows,num_hahas,num_sads,num_angrys,num_special';
const COMMENT_HEADER =
  'comment_id,status_id,parent_id,comment_message,comment_author,comment_published,num_reactions,num_likes,num_loves,num_wows,num_hahas,num_sads,num_angrys,num_special';

const csv = (...rows: string[]) => rows.map((r) => `${r}\r\n`).join('');
const statuses = (...rows: string[]) => ({ name: 'p_facebook_statuses.csv', content: csv(STATUS_HEADER, ...rows) });
const comments = (...rows: string[]) => ({ name: 'p_facebook_comments.csv', content: csv(COMMENT_HEADER, ...rows) });

describe('statuses (page variant)', () => {
  const file = statuses(
    '104827365019283_1,"Xin chào, ""Quảng Ninh""",,status,,2025-03-30 08:00:00,8,2,1,5,1,1,0,0,0,1',
    '104827365019283_2,"Dòng một\rDòng hai",,photo,https://x/1,2025-03-29 23:30:15,3,0,0,4,0,0,0,0,0,-1',
  );

  test('each row a post of the page whose id prefixes it (named as the configured page), time + 5 h, counts as totals', () => {
    const { dataset, report } = ingest([file], { page: PAGE });
    expect(report.perFile[0]).toMatchObject({ format: 'minimaxir-csv', identities: 'platform', read: 2, posts: 2, rejected: 0, fieldRejects: 0 });
    expect(report.perFile[0].capabilities).toEqual({ comments: true, reactionActors: false, replyParents: true, shareRelations: false, postCounts: true });
    const [second, first] = dataset.posts; // oldest first
    expect(first).toMatchObject({
      id: '104827365019283_1', createdTime: '2025-03-30T13:00:00.000Z', message: 'Xin chào, "Quảng Ninh"', fromId: '104827365019283',
      statusType: 'status', permalinkUrl: null, reactionsTotal: 8, commentsTotal: 2, sharesCount: 1,
      reactionsByType: { LIKE: 5, LOVE: 1, WOW: 1, HAHA: 0, SAD: 0, ANGRY: 0 },
    });
    // Excel's lone CR in a cell is a line break (LF), not a control character to delete; num_special −1 is never read.
    expect(second).toMatchObject({ createdTime: '2025-03-30T04:30:15.000Z', message: 'Dòng một\nDòng hai', reactionsTotal: 3, reactionsByType: { LIKE: 4 } });
    expect(dataset.actors).toEqual([{ id: '104827365019283', name: 'DDCI Quảng Ninh' }]);
  });

  test('without a configured page the page is still the id prefix (unnamed)', () => {
    const { dataset } = ingest([file]);
    expect(dataset.posts.map((p) => p.fromId)).toEqual(['104827365019283', '104827365019283']);
    expect(dataset.actors).toEqual([{ id: '104827365019283', name: null }]);
  });

  test('a status file is no snapshot of the posts\' comments: read after the comments, it hides none of them', () => {
    const result = ingest([
      comments('1_c1,104827365019283_1,,Hỏi?,An,2025-03-30 09:00:00,0,0,0,0,0,0,0,0'),
      { ...statuses('104827365019283_1,x,,status,,2025-03-30 08:00:00,0,0,0,0,0,0,0,0,0,0'), name: 'q_facebook_statuses.csv' },
    ]);
    expect(result.snapshots.postCopies.get('104827365019283_1')!.map((c) => result.snapshots.files[c.file])).toEqual(['p_facebook_comments.csv']);
  });
});

describe('statuses: other variants', () => {
  test('group variant: status_author names the author (identities name); the page\'s name is the page; empty = anonymous', () => {
    const header = 'status_id,status_message,status_author,link_name,status_type,status_link,permalink_url,status_published,num_reactions,num_comments,num_shares,num_likes,num_loves,num_wows,num_hahas,num_sads,num_angrys';
    const { dataset, report } = ingest([{ name: 'g.csv', content: csv(header,
      '299826420434932_1,Hi,Nguyễn Văn An,,photo,,https://www.facebook.com/groups/1/permalink/1/,2017-12-09 03:54:05,3,1,0,3,0,0,0,0,0',
      '299826420434932_2,,DDCI Qua\u0309ng Ninh,,status,,,2017-12-08 03:54:05,0,0,0,0,0,0,0,0,0',
      '299826420434932_3,,,,status,,,2017-12-07 03:54:05,0,0,0,0,0,0,0,0,0',
    ) }], { page: PAGE });
    expect(report.perFile[0].identities).toBe('name');
    expect(dataset.posts.map((p) => [p.id, p.fromId, p.permalinkUrl])).toEqual([
      ['299826420434932_3', null, null],
      ['299826420434932_2', '104827365019283', null],
      ['299826420434932_1', 'name:Nguyễn Văn An', 'https://www.facebook.com/groups/1/permalink/1/'],
    ]);
  });

  test('before reactions (2015): num_likes is the total, and every reaction a like', () => {
    const header = 'status_id,status_message,link_name,status_type,status_link,status_published,num_likes,num_comments,num_shares';
    const { dataset } = ingest([{ name: 'old.csv', content: csv(header, '1_2,x,,link,,2015-06-01 10:00:00,12,3,4') }]);
    expect(dataset.posts[0]).toMatchObject({ reactionsTotal: 12, reactionsByType: { LIKE: 12 }, commentsTotal: 3, sharesCount: 4, createdTime: '2015-06-01T15:00:00.000Z' });
  });

  test('Excel\'s Windows-1252 bytes: decoded with the WHATWG table (0x93 is “, not U+0093), and the report says so', () => {
    const head = new TextEncoder().encode(`${STATUS_HEADER}\r\n1_1,`);
    const tail = new TextEncoder().encode(',,status,,3/30/25 8:00,1,0,0,1,0,0,0,0,0,0\r\n');
    // “Café” … then 0x81 (undefined in Windows-1252: U+0081) and 0x80 (€).
    const body = [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x81, 0x80];
    const { dataset, report } = ingest([{ name: 'excel.csv', content: new Uint8Array([...head, ...body, ...tail]) }]);
    // U+0081 is a C1 control character: SPEC 7.1 removes C0 ones only.
    expect(dataset.posts[0].message).toBe('“Café” \u0081€');
    expect(report.perFile[0].warnings.map((w) => w.code)).toEqual(['invalid_utf8', 'encoding_windows_1252']);
    expect(dataset.posts[0].createdTime).toBe('2025-03-30T13:00:00.000Z');
  });
});

describe('Excel times (M/D/YY H:MM, UTC−5)', () => {
  test.each([
    ['3/30/25 8:00', false, '2025-03-30T13:00:00.000Z'],
    ['1/31/18 18:55', false, '2018-01-31T23:55:00.000Z'],
    ['12/31/24 23:59', false, '2025-01-01T04:59:00.000Z'],
    ['1/2/2025 7:05:09', false, '2025-01-02T12:05:09.000Z'],
    ['1/2/25 7:05 PM', false, '2025-01-03T00:05:00.000Z'],
    ['1/2/25 12:05 AM', false, '2025-01-02T05:05:00.000Z'],
    ['2/1/25 7:05', true, '2025-01-02T12:05:00.000Z'],
  ])('%s (day first: %s) → %s', (value, dayFirst, iso) => {
    expect(new Date(minimaxirTime(value, dayFirst)).toISOString()).toBe(iso);
  });

  test.each(['2/30/25 8:00', '13/1/25 8:00', '1/1/25 24:00', '1/1/25 13:00 PM', 'yesterday', '2025-03-30'])('%s is no time (NaN)', (value) => {
    expect(minimaxirTime(value, false)).toBeNaN();
  });

  test('a column whose first numbers exceed 12 is read day first, for every row of the file', () => {
    const { dataset } = ingest([statuses(
      '1_1,a,,status,,2/1/25 8:00,0,0,0,0,0,0,0,0,0,0',
      '1_2,b,,status,,13/1/25 8:00,0,0,0,0,0,0,0,0,0,0',
    )]);
    expect(dataset.posts.map((p) => [p.id, p.createdTime])).toEqual([
      ['1_1', '2025-01-02T13:00:00.000Z'],
      ['1_2', '2025-01-13T13:00:00.000Z'],
    ]);
  });
});

describe('comments', () => {
  const file = comments(
    '1_c1,104827365019283_1,,Xin hỏi thủ tục?,Công ty TNHH An Phú,2025-03-30 09:00:00,0,0,0,0,0,0,0,0',
    '1_c2,104827365019283_1,1_c1,Chào anh. [[PHOTO]],DDCI Qua\u0309ng Ninh,2025-03-30 10:00:00,1,1,0,0,0,0,0,0',
    '1_c3,104827365019283_1,,[[STICKER]],undiscoverable,2025-03-30 11:00:00,0,0,0,0,0,0,0,0',
    '1_c4,104827365019283_1,,Ẩn danh,,2025-03-30 12:00:00,0,0,0,0,0,0,0,0',
    '1_c5,,,Không có status,Lê Bình,2025-03-30 12:00:00,0,0,0,0,0,0,0,0',
  );

  test('names as identities; the configured page by its name (NFC); undiscoverable and empty are anonymous; the attachment mark removed', () => {
    const result = ingest([file, statuses('104827365019283_1,x,,status,,2025-03-30 08:00:00,0,5,0,0,0,0,0,0,0,0')], { page: PAGE });
    const { dataset, report } = result;
    expect(report.perFile[0]).toMatchObject({ identities: 'name', read: 5, comments: 5, rejected: 0 });
    expect(dataset.comments.map((c) => [c.id, c.postId, c.parentId, c.fromId, c.message, c.hasAttachment, c.createdTime])).toEqual([
      ['1_c1', '104827365019283_1', null, 'name:Công ty TNHH An Phú', 'Xin hỏi thủ tục?', false, '2025-03-30T14:00:00.000Z'],
      ['1_c2', '104827365019283_1', '1_c1', '104827365019283', 'Chào anh.', true, '2025-03-30T15:00:00.000Z'],
      ['1_c3', '104827365019283_1', null, null, '', true, '2025-03-30T16:00:00.000Z'],
      // A row without its status is placed as a comments-edge comment is: by its id `{objectId}_{commentId}`.
      ['1_c4', '104827365019283_1', null, null, 'Ẩn danh', false, '2025-03-30T17:00:00.000Z'],
      ['1_c5', '104827365019283_1', null, 'name:Lê Bình', 'Không có status', false, '2025-03-30T17:00:00.000Z'],
    ]);
    expect(dataset.reactions).toEqual([]);
  });

  test('without a configured page, the page\'s name is a name like any other', () => {
    const { dataset } = ingest([file]);
    expect(dataset.comments.find((c) => c.id === '1_c2')!.fromId).toBe('name:DDCI Quảng Ninh');
  });
});

describe('rows that cannot be records are rejected with a code, the rest is read', () => {
  test('missing id, missing or invalid time, wrong field count, a count that is no count, a quote never closed', () => {
    const { dataset, report } = ingest([statuses(
      ',no id,,status,,2025-03-30 08:00:00,0,0,0,0,0,0,0,0,0,0',
      '1_2,no time,,status,,,0,0,0,0,0,0,0,0,0,0',
      '1_3,bad time,,status,,30.03.2025,0,0,0,0,0,0,0,0,0,0',
      '1_4,too few,,status',
      '1_5,ok,,status,,2025-03-30 08:00:00,=SUM(A1),-2,0,0,0,0,0,0,0,0',
      '1_6,"never closed,,status,,2025-03-30 08:00:00,0,0,0,0,0,0,0,0,0,0',
    )]);
    expect(report.rejects.map((r) => [r.location, r.field, r.code, r.kept])).toEqual([
      ['row 2', 'status_id', 'missing_id', false],
      ['row 3', 'status_published', 'missing_time', false],
      ['row 4', 'status_published', 'invalid_time', false],
      ['row 5', '', 'invalid_type', false],
      ['row 6', 'num_comments', 'invalid_count', true],
      ['row 6', 'num_reactions', 'invalid_count', true],
      ['row 7', '', 'invalid_csv', false],
    ]);
    expect(dataset.posts).toMatchObject([{ id: '1_5', reactionsTotal: null, commentsTotal: null }]);
    expect(report.rejects.find((r) => r.code === 'invalid_time')!.reason).not.toContain('30.03');
  });

  test('the format forced on a file whose header is not minimaxir\'s: one missing_column file error', () => {
    const { report } = ingest([{ name: 'x.csv', content: 'unitId,name\r\nso-khdt,Sở\r\n' }], { format: 'minimaxir-csv' });
    expect(report.perFile[0].error).toMatch(/^missing_column: a header that is none of: minimaxir statuses \(status_id, …\); minimaxir comments/);
    const lacking = ingest([{ name: 'y.csv', content: 'status_id,status_message\r\n1_1,x\r\n' }], { format: 'minimaxir-csv' });
    expect(lacking.report.perFile[0].error).toBe('missing_column: a minimaxir statuses header without the columns status_published, num_comments, num_shares');
  });
});

describe('detection', () => {
  const head = (text: string) => ({ name: 'f.csv', text, complete: true });
  test.each([
    ['the 16-column page header', `${STATUS_HEADER}\r\n`, true],
    ['the comments header', `${COMMENT_HEADER}\r\n`, true],
    ['a statuses header without num_reactions or num_likes', 'status_id,status_message,status_published,num_comments,num_shares\n', false],
    ['status_id not first', 'status_message,status_id,status_published,num_reactions,num_comments,num_shares\n', false],
    ['semicolons', STATUS_HEADER.replaceAll(',', ';'), false],
    ['ddci-sna\'s own units.csv', 'unitId,name,kind,posts\n', false],
    ['JSON', '{"data": []}', false],
  ])('%s → %s', (_label, text, claimed) => {
    expect(minimaxir.detect(head(text))).toBe(claimed);
  });
});
