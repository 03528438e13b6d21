/**
 * The CrowdTangle adapter (SPEC 2.2; docs/formats.md §7) on hand-written files with the quirks of
 * the real export (../shared/real-exports/crowdtangle-csv): BOM, the last column whose name varies,
 * `407.137` thousands separators and `"1,4"` decimal commas in columns not read, zone
 * abbreviations. Expected values are worked out by hand from the rows.
 */
import { describe, expect, test } from 'vitest';
import { crowdTangleCount, crowdTanglePostId, crowdTangleTime } from '../../src/ingest/formats/crowdtangle';
import { detectFormat, HEAD_LENGTH } from '../../src/ingest/index';
import { ingest } from './helpers';

const HEADER = [
  'Page Name', 'User Name', 'Facebook Id', 'Page Category', 'Page Admin Top Country', 'Page Description', 'Page Created',
  'Likes at Posting', 'Followers at Posting', 'Post Created', 'Post Created Date', 'Post Created Time', 'Type',
  'Total Interactions', 'Likes', 'Comments', 'Shares', 'Love', 'Wow', 'Haha', 'Sad', 'Angry', 'Care', 'Video Share Status',
  'Is Video Owner?', 'Post Views', 'Total Views', 'Total Views For All Crossposts', 'Video Length', 'URL', 'Message', 'Link',
  'Final Link', 'Image Text', 'Link Text', 'Description', 'Sponsor Id', 'Sponsor Name', 'Sponsor Category',
];
const SCORE = 'Overperforming Score (weighted  \u2014  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )';

interface Row {
  page?: string; id?: string; created?: string; type?: string; total?: string; url?: string; message?: string;
  counts?: [string, string, string, string, string, string, string, string, string]; // Likes, Comments, Shares, Love, Wow, Haha, Sad, Angry, Care
  score?: string;
}

const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function row(r: Row): string {
  const c = r.counts ?? ['8', '2', '1', '0', '0', '0', '0', '0', '1'];
  const cells = [
    r.page ?? 'DDCI Quảng Ninh', 'ddciquangninh', r.id ?? '104827365019283', 'GOVERNMENT_ORGANIZATION', 'VN',
    'Trang thông tin\nchính thức', '2019-05-22 01:29:49', '34817', '34964', r.created ?? '2025-03-30 20:00:00 ICT', '2025-03-30', '20:00:00',
    r.type ?? 'Status', r.total ?? '407.137', ...c, '', '-', '0', '0', '0', 'N/A',
    r.url ?? `https://www.facebook.com/${r.id ?? '104827365019283'}/posts/122115053965598767`, r.message ?? 'Thông báo về thủ tục',
    '', '', '', '', '', '', '', '', r.score ?? '1,4',
  ];
  return cells.map(quote).join(',');
}

function file(rows: Row[], o: { header?: string[]; last?: string; bom?: boolean; eol?: string; name?: string } = {}) {
  const header = [...(o.header ?? HEADER), o.last ?? SCORE].map(quote).join(',');
  const eol = o.eol ?? '\n';
  return { name: o.name ?? 'ct.csv', content: `${o.bom === false ? '' : '\uFEFF'}${[header, ...rows.map(row)].join(eol)}${eol}` };
}

describe('detection (docs/formats.md §2 rule 9)', () => {
  const head = (f: { name: string; content: string }) => ({ name: f.name, text: f.content.replace(/^\uFEFF/, '').slice(0, HEAD_LENGTH), complete: true });

  test.each([
    ['a historical report (40 columns, weighted score last)', file([{}])],
    ['a search export (41 columns, "Overperforming Score" last)', file([{}], { header: [...HEADER, 'Total Interactions (weighted  \u2014  Likes 1x )'], last: 'Overperforming Score' })],
    ['other weights in the last column\'s name', file([{}], { last: 'Overperforming Score (weighted  \u2014  Likes 1x Comments 1x )' })],
    ['without a BOM, CRLF, named .txt', file([{}], { bom: false, eol: '\r\n', name: 'export.txt' })],
  ])('%s → crowdtangle-csv', (_label, f) => {
    const found = detectFormat(head(f));
    expect(found.ok && found.adapter.format).toBe('crowdtangle-csv');
  });

  test.each([
    ['a header without Facebook Id', file([{}], { header: HEADER.filter((h) => h !== 'Facebook Id') })],
    ['Page Name not first', file([{}], { header: ['User Name', 'Page Name', ...HEADER.slice(2)] })],
    ['semicolon-separated', { name: 'x.csv', content: HEADER.join(';') + '\n' }],
  ])('%s → not CrowdTangle', (_label, f) => {
    const found = detectFormat(head(f));
    expect(found.ok ? found.adapter.format : found.code).not.toBe('crowdtangle-csv');
  });
});

describe('reading rows', () => {
  test('a post per row: id from the URL, the account as author, counts per type, the seven types\' sum as reactions total', () => {
    const { dataset, report } = ingest([file([
      { counts: ['270729', '24506', '4259', '100226', '254', '3657', '93', '565', '2848'], total: '407.137', url: 'https://www.facebook.com/100050295107499/posts/345428873810280', id: '100050295107499', page: 'Neymar Jr.', created: '2021-07-05 18:02:45 BRT', type: 'Photo' },
    ])]);
    expect(report.perFile[0]).toMatchObject({ format: 'crowdtangle-csv', identities: 'platform', posts: 1, rejected: 0, fieldRejects: 0, warnings: [] });
    const [p] = dataset.posts;
    expect(p).toMatchObject({
      id: '100050295107499_345428873810280', fromId: '100050295107499', statusType: 'Photo', createdTime: '2021-07-05T21:02:45.000Z',
      commentsTotal: 24506, sharesCount: 4259, reactionsTotal: 270729 + 100226 + 254 + 3657 + 93 + 565 + 2848,
      reactionsByType: { LIKE: 270729, LOVE: 100226, WOW: 254, HAHA: 3657, SAD: 93, ANGRY: 565, CARE: 2848 },
      permalinkUrl: 'https://www.facebook.com/100050295107499/posts/345428873810280', message: 'Thông báo về thủ tục',
    });
    // Total Interactions (not read) is the sum of the nine counts, printed with a dot between thousands.
    expect(p!.reactionsTotal! + p!.commentsTotal! + p!.sharesCount).toBe(407137);
    expect(dataset.actors).toEqual([{ id: '100050295107499', name: 'Neymar Jr.' }]);
    expect(dataset.comments).toEqual([]);
    expect(dataset.reactions).toEqual([]);
  });

  test('columns not read may hold anything: a garbled Total Interactions or score is no reject', () => {
    const { report } = ingest([file([{ total: 'n/a', score: '"x"' }, { total: '1,234,567', score: '-2,13' }])]);
    expect(report).toMatchObject({ posts: 1, duplicates: 1, rejected: 0, fieldRejects: 0 });
  });

  test('zone abbreviations from the table; none or an unknown one: the configured zone, with an assumed_timezone warning', () => {
    const rows: Row[] = [
      { created: '2025-03-30 20:00:00 ICT', url: 'https://www.facebook.com/1/posts/1' },
      { created: '2025-03-30 20:00:00 EDT', url: 'https://www.facebook.com/1/posts/2' },
      { created: '2025-03-30 20:00:00 XYZT', url: 'https://www.facebook.com/1/posts/3' },
      { created: '2025-03-30 20:00:00', url: 'https://www.facebook.com/1/posts/4' },
    ];
    const { dataset, report } = ingest([file(rows)], { timezone: 'Europe/Paris' });
    expect(dataset.posts.map((p) => [p.id, p.createdTime]).sort()).toEqual([
      ['1_1', '2025-03-30T13:00:00.000Z'],
      ['1_2', '2025-03-31T00:00:00.000Z'],
      // Paris is on summer time (UTC+2) from 2025-03-30 03:00.
      ['1_3', '2025-03-30T18:00:00.000Z'],
      ['1_4', '2025-03-30T18:00:00.000Z'],
    ]);
    // Each row spans two lines (the page description holds a line break): the first unknown zone is on line 6.
    expect(report.perFile[0]!.warnings).toEqual([expect.objectContaining({ code: 'assumed_timezone', location: 'line 6' })]);
    expect(report.perFile[0]!.warnings[0]!.message).toContain('Europe/Paris');
  });

  test('counts with thousands separators are read; others are field rejects (the post is kept without them)', () => {
    const { dataset, report } = ingest([file([
      { counts: ['1.234', '12a', '1,5', '0', '0', '0', '0', '0', ''], url: 'https://www.facebook.com/9/posts/1' },
    ])]);
    expect(dataset.posts[0]).toMatchObject({ commentsTotal: null, sharesCount: 0, reactionsTotal: null, reactionsByType: { LIKE: 1234, LOVE: 0, WOW: 0, HAHA: 0, SAD: 0, ANGRY: 0 } });
    expect(report.rejects.map((r) => [r.field, r.code, r.kept])).toEqual([
      ['Comments', 'invalid_count', true],
      ['Shares', 'invalid_count', true],
    ]);
  });

  test('rows that cannot be posts are rejected with their line, the others read', () => {
    const good = row({ url: 'https://www.facebook.com/7/posts/1' });
    const content = '\uFEFF' + [[...HEADER, SCORE].map(quote).join(','),
      row({ url: '' }),
      row({ url: 'https://www.facebook.com/7/posts/2', created: 'yesterday' }),
      row({ url: 'https://www.facebook.com/7/posts/3', created: '' }),
      'a,b,c',
      `${good.slice(0, 5)}x"y${good.slice(5)}`,
      good,
    ].join('\n') + '\n';
    const { dataset, report } = ingest([{ name: 'ct.csv', content }]);
    expect(dataset.posts.map((p) => p.id)).toEqual(['7_1']);
    // Each row spans two lines (a line break in the quoted page description); `a,b,c` one.
    expect(report.rejects.map((r) => [r.location, r.field, r.code])).toEqual([
      ['line 2', 'URL', 'missing_id'],
      ['line 4', 'Post Created', 'invalid_time'],
      ['line 6', 'Post Created', 'missing_time'],
      ['line 8', '', 'invalid_type'],
      ['line 9', '', 'invalid_type'],
    ]);
    // Reasons never quote the row.
    expect(report.rejects.every((r) => !r.reason.includes('Thông báo'))).toBe(true);
  });

  test('a group list names the group, not the member who posted: no author', () => {
    const { dataset } = ingest([file([{ url: 'https://www.facebook.com/groups/555/permalink/777/', id: '555' }], { header: ['Group Name', ...HEADER.slice(1)] })]);
    expect(dataset.posts[0]).toMatchObject({ id: '555_777', fromId: null });
  });
});

describe('helpers', () => {
  test('crowdTangleCount: digits, grouped digits; not a decimal comma', () => {
    expect(['0', '42', '407.137', '1,234,567', '1 234', '', '1,4', '12.5', '-3'].map(crowdTangleCount))
      .toEqual([0, 42, 407137, 1234567, 1234, null, Number.NaN, Number.NaN, Number.NaN]);
  });

  test('crowdTanglePostId: posts, videos, photo.php, a user name in the URL', () => {
    expect(crowdTanglePostId('https://www.facebook.com/100050295107499/posts/345428873810280', '100050295107499')).toBe('100050295107499_345428873810280');
    expect(crowdTanglePostId('https://www.facebook.com/jairmessias.bolsonaro/videos/798585124163833/', '211857482296579')).toBe('211857482296579_798585124163833');
    expect(crowdTanglePostId('https://www.facebook.com/photo.php?fbid=345428847143616&set=a.1', '9')).toBe('9_345428847143616');
    expect(crowdTanglePostId('https://example.com/', '9')).toBeNull();
  });

  test('crowdTangleTime: the table\'s offsets (BRT −3, IST +5:30), a bad clock is no time', () => {
    expect(crowdTangleTime('2021-07-05 18:02:45 BRT', 'UTC')).toEqual({ time: Date.parse('2021-07-05T21:02:45Z'), assumed: false });
    expect(crowdTangleTime('2021-07-05 18:02:45 IST', 'UTC')).toEqual({ time: Date.parse('2021-07-05T12:32:45Z'), assumed: false });
    expect(crowdTangleTime('2021-07-05 25:02:45 BRT', 'UTC').time).toBeNaN();
  });
});
