import { describe, expect, test } from 'vitest';
import { bytes, comment, ingest, jsonFile, ndjsonFile, page, post, reactors, sourceOf } from './helpers';

describe('file shapes (SPEC 2.1)', () => {
  test('a response page {data, paging}, a bare array and a single post object are all read', () => {
    const result = ingest([
      jsonFile('page.json', page(post('a'), post('b'))),
      jsonFile('array.json', [post('c')]),
      jsonFile('single.json', post('d', { comments: { data: [comment('d_1')] } })),
    ]);
    const { dataset, report } = result;
    expect(report.posts).toBe(4);
    expect(report.rejected).toBe(0);
    expect(sourceOf(result, dataset.posts.find((p) => p.id === 'c')!)).toEqual({ file: 'array.json', location: '[0]' });
    expect(sourceOf(result, dataset.posts.find((p) => p.id === 'd')!)).toEqual({ file: 'single.json', location: '$' });
    expect(sourceOf(result, dataset.comments[0])).toEqual({ file: 'single.json', location: '$.comments.data[0]' });
    // Files are read in path order, whatever the order given.
    expect(report.perFile.map((f) => [f.file, f.format])).toEqual([
      ['array.json', 'graph-api-json'], ['page.json', 'graph-api-json'], ['single.json', 'graph-api-json'],
    ]);
  });

  test('an array of response pages is read page by page', () => {
    const result = ingest([jsonFile('pages.json', [page(post('a')), page(post('b'))])]);
    expect(result.dataset.posts.map((p) => sourceOf(result, p).location)).toEqual(['[0].data[0]', '[1].data[0]']);
  });

  test('NDJSON and JSONL: one post per line, blank lines skipped, locations are line numbers', () => {
    const result = ingest([
      ndjsonFile('a.ndjson', [post('a'), '', '   ', post('b', { comments: { data: [comment('b_1')] } })]),
      ndjsonFile('b.jsonl', [post('c')]),
    ]);
    const { dataset, report } = result;
    expect(report.posts).toBe(3);
    expect(dataset.posts.map((p) => sourceOf(result, p).location)).toEqual(['line 1', 'line 4', 'line 1']);
    expect(sourceOf(result, dataset.comments[0]).location).toBe('line 4: comments.data[0]');
    expect(report.perFile.map((f) => f.format)).toEqual(['graph-api-ndjson', 'graph-api-ndjson']);
  });

  test('NDJSON with CRLF line ends and a response page on a line', () => {
    const content = `${JSON.stringify(post('a'))}\r\n${JSON.stringify(page(post('b')))}\r\n`;
    const result = ingest([{ name: 'x.ndjson', content }]);
    expect(result.dataset.posts.map((p) => sourceOf(result, p).location)).toEqual(['line 1', 'line 2: data[0]']);
  });

  test('NDJSON content is recognised by content even in a .json file', () => {
    const { report } = ingest([ndjsonFile('lines.json', [post('a'), post('b')])]);
    expect(report.posts).toBe(2);
    expect(report.perFile[0].format).toBe('graph-api-ndjson');
  });

  test('an empty data array is a file with no records, not an error', () => {
    const { report } = ingest([jsonFile('empty-page.json', { data: [] })]);
    expect(report.perFile[0]).toMatchObject({ posts: 0, rejected: 0, error: null });
  });
});

describe('encoding', () => {
  test('a UTF-8 file with a BOM and NFD Vietnamese text is read and every text field becomes NFC', () => {
    const nfd = (s: string): string => s.normalize('NFD');
    const value = page(
      post('p', {
        message: nfd('Sở Kế hoạch và Đầu tư thông báo thủ tục'),
        from: { id: 'so-khdt', name: nfd('Sở Kế hoạch và Đầu tư') },
        message_tags: [{ id: 'hh', name: nfd('Hiệp hội Doanh nghiệp'), offset: 0, length: 5 }],
        reactions: { data: [{ id: 'r1', name: nfd('Nguyễn Thị Ánh'), type: 'LOVE' }] },
        comments: { data: [comment('p_1', { message: nfd('Xin hỏi hồ sơ'), from: { id: 'c1', name: nfd('Công ty TNHH Hạ Long') } })] },
      }),
    );
    const raw = bytes(`\uFEFF${JSON.stringify(value)}`);
    expect([raw[0], raw[1], raw[2]]).toEqual([0xef, 0xbb, 0xbf]);
    const { dataset, report } = ingest([{ name: 'bom-nfd.json', content: raw }]);
    expect(report.rejected).toBe(0);
    expect(dataset.posts[0].message).toBe('Sở Kế hoạch và Đầu tư thông báo thủ tục'.normalize('NFC'));
    expect(dataset.posts[0].message).not.toBe(nfd(dataset.posts[0].message));
    expect(dataset.comments[0].message).toBe('Xin hỏi hồ sơ'.normalize('NFC'));
    const names = Object.fromEntries(dataset.actors.map((a) => [a.id, a.name]));
    expect(names['so-khdt']).toBe('Sở Kế hoạch và Đầu tư'.normalize('NFC'));
    expect(names.r1).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(names.c1).toBe('Công ty TNHH Hạ Long'.normalize('NFC'));
    expect(names.hh).toBe('Hiệp hội Doanh nghiệp'.normalize('NFC'));
    expect(dataset.posts[0].messageTags).toEqual([{ id: 'hh', name: 'Hiệp hội Doanh nghiệp'.normalize('NFC') }]);
    for (const a of dataset.actors) expect(a.name === null || a.name === a.name.normalize('NFC')).toBe(true);
  });

  test('a string content with a BOM is read too, and invalid UTF-8 bytes become U+FFFD instead of failing', () => {
    const text = JSON.stringify(page(post('p', { message: 'X' })));
    const broken = bytes(text.replace('"X"', '"\u0001"'));
    broken[broken.indexOf(0x01)] = 0xff; // a lone invalid byte inside the message
    const { dataset } = ingest([
      { name: 'bom.json', content: `\uFEFF${JSON.stringify(page(post('q')))}` },
      { name: 'bad-byte.json', content: broken },
    ]);
    expect(dataset.posts.map((p) => p.id).sort()).toEqual(['p', 'q']);
    expect(dataset.posts.find((p) => p.id === 'p')!.message).toBe('\uFFFD');
  });
});

describe('post fields', () => {
  test('every post field of SPEC 2.1 is mapped', () => {
    const result = ingest([
      jsonFile('feed.json', page(
        post('page_1', {
          message: 'Thông báo',
          from: { id: 'u1', name: 'UBND TP Hạ Long' },
          admin_creator: { id: 'admin', name: 'Người quản trị' },
          parent_id: 'page_0',
          permalink_url: 'https://facebook.com/page/posts/1',
          status_type: 'shared_story',
          shares: { count: 7 },
          reactions: { data: [], summary: { total_count: 31 } },
          comments: { data: [], summary: { total_count: 4 } },
          message_tags: [{ id: 't1', name: 'Sở Tư pháp', type: 'page', offset: 0, length: 10 }],
        }),
      )),
    ]);
    const { dataset } = result;
    expect(dataset.posts[0]).toEqual({
      id: 'page_1',
      time: Date.parse('2025-03-04T02:15:00Z'),
      createdTime: '2025-03-04T02:15:00.000Z',
      message: 'Thông báo',
      fromId: 'u1',
      adminCreatorId: 'admin',
      parentId: 'page_0',
      permalinkUrl: 'https://facebook.com/page/posts/1',
      statusType: 'shared_story',
      sharesCount: 7,
      reactionsTotal: 31,
      reactionsByType: null,
      commentsTotal: 4,
      messageTags: [{ id: 't1', name: 'Sở Tư pháp' }],
      file: 0,
      position: 0,
    });
    expect(sourceOf(result, dataset.posts[0])).toEqual({ file: 'feed.json', location: 'data[0]' });
  });

  test('absent optional fields: shares 0, summaries null, message empty, no author', () => {
    const { dataset } = ingest([jsonFile('min.json', [{ id: 'x', created_time: 1503371700 }])]);
    expect(dataset.posts[0]).toMatchObject({
      message: '', fromId: null, adminCreatorId: null, parentId: null, permalinkUrl: null,
      statusType: null, sharesCount: 0, reactionsTotal: null, commentsTotal: null, messageTags: [],
    });
  });

  test('every post with parent_id gives a Share record', () => {
    const result = ingest([
      jsonFile('feed.json', page(post('orig'), post('s1', { parent_id: 'orig', from: { id: 'hh', name: 'Hiệp hội' } }), post('s2', { parent_id: 'elsewhere' }))),
    ]);
    const { dataset, report } = result;
    expect(report.shares).toBe(2);
    expect(dataset.shares).toEqual([
      { postId: 's1', sharedPostId: 'orig', fromId: 'hh', time: dataset.posts[0].time, file: 0, position: 1 },
      { postId: 's2', sharedPostId: 'elsewhere', fromId: 'page', time: dataset.posts[0].time, file: 0, position: 2 },
    ]);
    expect(dataset.shares.map((sh) => sourceOf(result, sh).location)).toEqual(['data[1]', 'data[2]']);
  });

  test('message_tags in the old object form (keyed by offset) are accepted like the array form', () => {
    const { dataset, report } = ingest([
      jsonFile('old.json', page(
        post('a', { message_tags: { 0: [{ id: 't1', name: 'An', offset: 0, length: 2 }], 15: [{ id: 't2', name: 'Bình', offset: 15, length: 4 }] } }),
        post('b', { message_tags: [{ id: 't1', name: 'An' }, { id: 't2', name: 'Bình' }] }),
      )),
    ]);
    expect(report.rejected).toBe(0);
    const [a, b] = dataset.posts;
    expect(a.messageTags).toEqual([{ id: 't1', name: 'An' }, { id: 't2', name: 'Bình' }]);
    expect(b.messageTags).toEqual(a.messageTags);
    expect(dataset.actors.map((x) => x.id)).toEqual(['page', 't1', 't2']);
  });

  test('tag entries without an id (not a mention of anybody) are skipped', () => {
    const { dataset, report } = ingest([jsonFile('t.json', [post('a', { message_tags: [{ name: '#tthc' }, { id: 't', name: 'T' }] })])]);
    expect(report.rejected).toBe(0);
    expect(dataset.posts[0].messageTags).toEqual([{ id: 't', name: 'T' }]);
  });
});

describe('reactions', () => {
  test('reaction types LIKE…PRIDE are kept, anything else becomes OTHER', () => {
    const types = ['LIKE', 'LOVE', 'WOW', 'HAHA', 'SAD', 'ANGRY', 'CARE', 'THANKFUL', 'PRIDE', 'YAY', 'NONE'];
    const { dataset } = ingest([
      jsonFile('r.json', [post('p', { reactions: { data: types.map((type, i) => ({ id: `a${String(i).padStart(2, "0")}`, name: `A${i}`, type })) } })]),
    ]);
    expect(dataset.reactions.map((r) => r.type)).toEqual([...types.slice(0, 9), 'OTHER', 'OTHER']);
    expect(dataset.reactions.every((r) => r.targetType === 'post' && r.targetId === 'p')).toBe(true);
  });

  test('legacy likes{data} are each a LIKE, with likes.summary as the total when reactions has none', () => {
    const { dataset, report } = ingest([
      jsonFile('v2.json', [
        post('p', { likes: { data: [{ id: 'l1', name: 'L1' }, { id: 'l2', name: 'L2' }], summary: { total_count: 40 }, paging: { next: 'x' } } }),
        post('q', { comments: { data: [comment('q_1', { likes: { data: [{ id: 'l3', name: 'L3' }] } })] } }),
      ]),
    ]);
    expect(report.reactions).toBe(3);
    expect(dataset.reactions.map((r) => [r.targetId, r.targetType, r.actorId, r.type])).toEqual([
      ['p', 'post', 'l1', 'LIKE'], ['p', 'post', 'l2', 'LIKE'], ['q_1', 'comment', 'l3', 'LIKE'],
    ]);
    expect(dataset.posts.find((p) => p.id === 'p')!.reactionsTotal).toBe(40);
  });

  test('a reaction without an actor id is anonymous: counted, keyed by its position', () => {
    const { dataset, report } = ingest([jsonFile('anon.json', [post('p', { reactions: { data: [{ type: 'LIKE' }, { type: 'WOW' }, { id: 'x', type: 'LIKE' }] } })])]);
    expect(report.reactions).toBe(3);
    expect(dataset.reactions.map((r) => [r.actorId, r.type])).toEqual([['x', 'LIKE'], [null, 'LIKE'], [null, 'WOW']]);
  });

  test('one reaction per actor and target: the same actor twice in a list is a duplicate', () => {
    const { report } = ingest([jsonFile('d.json', [post('p', { reactions: reactors('a', 'a', 'b') })])]);
    expect(report).toMatchObject({ reactions: 2, duplicates: 1 });
  });
});

describe('comments and replies', () => {
  test('comment fields: anonymous author, attachment, tags, replies with their parentId', () => {
    const result = ingest([
      jsonFile('c.json', page(post('p', {
        comments: {
          data: [
            {
              id: 'c1', created_time: '2025-03-04T10:00:00+0700', message: 'Xin hỏi',
              attachment: { type: 'photo' },
              message_tags: [{ id: 'so', name: 'Sở Xây dựng' }],
              comments: {
                data: [
                  comment('r1'),
                  comment('r2', { parent: { id: 'c0' } }),
                ],
                paging: { cursors: { before: 'x' } },
              },
              reactions: reactors('z'),
            },
          ],
          paging: { cursors: { after: 'y' } },
        },
      }))),
    ]);
    const { dataset } = result;
    const byId = Object.fromEntries(dataset.comments.map((c) => [c.id, c]));
    expect(byId.c1).toMatchObject({ postId: 'p', parentId: null, fromId: null, hasAttachment: true, messageTags: [{ id: 'so', name: 'Sở Xây dựng' }] });
    expect(byId.r1).toMatchObject({ postId: 'p', parentId: 'c1', fromId: 'u-r1', hasAttachment: false, parentUnknown: false });
    expect(sourceOf(result, byId.r1)).toEqual({ file: 'c.json', location: 'data[0].comments.data[0].comments.data[0]' });
    expect(byId.r2.parentId).toBe('c0');
    expect(dataset.reactions).toMatchObject([{ targetId: 'c1', targetType: 'comment', actorId: 'z' }]);
  });

  test('comments are linked to their post by nesting, never by id prefix', () => {
    const { dataset } = ingest([jsonFile('n.json', page(post('330_99', { comments: { data: [comment('777_1')] } }), post('777')))]);
    expect(dataset.comments[0].postId).toBe('330_99');
  });

  test('a top-level comment whose parent is the post itself stays top-level', () => {
    const { dataset } = ingest([jsonFile('n.json', [post('p', { comments: { data: [comment('c', { parent: { id: 'p' } })] } })])]);
    expect(dataset.comments[0].parentId).toBeNull();
  });
});

describe('actors', () => {
  test('every author, admin creator, reactor and tagged account, with its first non-empty name', () => {
    const { dataset } = ingest([
      jsonFile('a.json', page(
        post('p1', { from: { id: 'u', name: '' }, admin_creator: { id: 'adm', name: 'Admin' }, message_tags: [{ id: 'tag' }] }),
        post('p2', { from: { id: 'u', name: 'Người dùng' }, reactions: { data: [{ id: 'r', type: 'LIKE' }] } }),
        post('p3', { from: { id: 'u', name: 'Tên khác' } }),
      )),
    ]);
    expect(dataset.actors).toEqual([
      { id: 'adm', name: 'Admin' },
      { id: 'r', name: null },
      { id: 'tag', name: null },
      { id: 'u', name: 'Người dùng' },
    ]);
  });
});

describe('deterministic order', () => {
  test('posts and comments by time then id, reactions by target then actor, actors by id', () => {
    const { dataset } = ingest([
      jsonFile('o.json', [
        post('b', { created_time: 1_700_000_020, reactions: reactors('z', 'a') }),
        post('a', { created_time: 1_700_000_020, comments: { data: [comment('c2', { created_time: 1_700_000_005 }), comment('c1', { created_time: 1_700_000_005 }), comment('c0', { created_time: 1_700_000_009 })] } }),
        post('c', { created_time: 1_700_000_010, reactions: reactors('m') }),
      ]),
    ]);
    expect(dataset.posts.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(dataset.comments.map((c) => c.id)).toEqual(['c1', 'c2', 'c0']);
    expect(dataset.reactions.map((r) => `${r.targetId}:${r.actorId}`)).toEqual(['b:a', 'b:z', 'c:m']);
    const ids = dataset.actors.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
  });
});
