import { describe, expect, it } from 'vitest';
import { activity, isTthcText } from '../../src/metrics/unit/activity';
import { interactionsPerPost, postEngagement, sumEngagement } from '../../src/metrics/unit/engagement';
import { reach, reachIndexOf } from '../../src/metrics/unit/reach';
import type { ResolvedData } from '../../src/resolve/resolved';
import { DAY, T0, comment, post, reaction, resolve, type DatasetInput } from '../helpers/dataset';

/** T0 is Monday 08:00 in Vietnam: the posts' days fall in the local weeks counted from it. */
const weekOf = { timezone: 'Asia/Ho_Chi_Minh' };

describe('activity (SPEC 4.1)', () => {
  it('counts posts, active weeks and the longest gap between consecutive posts (hand-computed)', () => {
    // Days 0, 1, 9 (week 1), 10 (week 1), 30 (week 4): gaps 1, 8, 1, 20 days.
    const posts = [30, 0, 10, 1, 9].map((d, i) => post(`p${i}`, { h: d * 24 }));
    const a = activity(posts, weekOf);
    expect(a.posts).toBe(5);
    expect(a.activeWeeks).toBe(3); // w0, w1, w4
    expect(a.longestGapDays).toBe(20);
  });

  it('measures gaps in fractional days', () => {
    expect(activity([post('a', { h: 0 }), post('b', { h: 36 })], weekOf).longestGapDays).toBe(1.5);
  });

  it('has no gap (null) under two posts, and no share without posts', () => {
    expect(activity([post('a')], weekOf)).toEqual({ posts: 1, activeWeeks: 1, longestGapDays: null, tthcPosts: 0, tthcShare: 0 });
    expect(activity([], weekOf)).toEqual({ posts: 0, activeWeeks: 0, longestGapDays: null, tthcPosts: 0, tthcShare: null });
  });

  it('checks its options like the network metrics: unknown key or bad zone → DdciError with a code and a path', () => {
    expect(() => activity([], { timezone: 'Mars/Olympus' })).toThrowError(expect.objectContaining({ code: 'invalid_option', path: ['timezone'] }));
    expect(() => activity([], { weekOf: 1 } as never)).toThrowError(expect.objectContaining({ code: 'unknown_option', path: ['weekOf'] }));
    // Local weeks: Sunday 23:30 and Monday 00:30 in Vietnam are two weeks, one in UTC.
    const sunday = post('s', { h: 6 * 24 + 15.5 }); // T0 + 6 days 15:30 = Sunday 23:30 +07:00
    const monday = post('m', { h: 6 * 24 + 16.5 });
    expect(activity([sunday, monday]).activeWeeks).toBe(2);
    expect(activity([sunday, monday], { timezone: 'UTC' }).activeWeeks).toBe(1);
  });

  it('counts TTHC posts and their share', () => {
    const posts = [
      post('a', { message: 'Hướng dẫn thủ tục đăng ký kinh doanh' }),
      post('b', { message: 'Chúc mừng năm mới' }),
      post('c', { message: 'Dich vu cong truc tuyen' }),
      post('d', { message: 'Hội nghị đối thoại' }),
    ];
    const a = activity(posts, weekOf);
    expect(a.tthcPosts).toBe(2);
    expect(a.tthcShare).toBe(0.5);
  });

  it.each([
    ['Thủ tục mới'], ['Nộp hồ sơ trực tuyến'], ['Cấp phép xây dựng'], ['Giấy phép lái xe'], ['Giấy chứng nhận đầu tư'],
    ['Đăng ký doanh nghiệp'], ['Dịch vụ công mức 4'], ['Bộ phận một cửa'], ['Cải cách hành chính'], ['Công khai TTHC'],
  ])('each TTHC marker (whole words, folded): %s', (text) => {
    expect(isTthcText(text)).toBe(true);
    expect(isTthcText(text.normalize('NFD').toUpperCase())).toBe(true);
  });

  it('TTHC markers do not match inside other words', () => {
    expect(isTthcText('hosoa tthcx')).toBe(false);
    expect(isTthcText('thu tucx')).toBe(false);
  });
});

// A small province: Sở Tài chính (so-tc) posts p1 and p2, the page posts p3 for so-tc and p4 for nobody.
const small: DatasetInput = {
  posts: [
    post('p1', { from: 'acc-tc', h: 0, shares: 3, reactionsTotal: 2, commentsTotal: 5 }),
    post('p2', { from: 'acc-tc', h: 24, shares: 1, reactionsTotal: 40 }),
    post('p3', { from: 'page', h: 48, message: 'Sở Tài chính thông báo' }),
    post('p4', { from: 'page', h: 72, message: 'Tin chung', reactionsTotal: 1 }),
  ],
  comments: [
    comment('c1', 'p1', { from: 'biz' }),
    comment('c2', 'p1', { from: null }),
    comment('r1', 'p1', { from: 'acc-tc', parent: 'c1' }), // the unit's own answer
    comment('r2', 'p1', { from: 'hh', parent: 'c1' }),
    comment('c3', 'p3', { from: 'page', message: 'Sở Tài chính trả lời' }), // the page for the unit
    comment('c4', 'p3', { from: 'page', message: 'Cảm ơn' }), // the page for itself
    comment('c5', 'p4', { from: 'biz' }),
  ],
  reactions: [
    reaction('p1', 'ann'), reaction('p1', 'biz'), reaction('p1', 'hh'), reaction('p1', 'acc-tc'), reaction('p1', null),
    reaction('p2', 'ann'),
    reaction('p3', 'acc-tc'),
    reaction('c1', 'ann', 'comment'),
  ],
  names: { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An' },
};

describe('engagement received (SPEC 4.1)', () => {
  const data = resolve(small);
  const perPost = postEngagement(data);

  it('comments: comments and replies under the post not belonging to its unit, anonymous included', () => {
    expect(perPost.get('p1')!.comments).toBe(3); // c1, c2 (anonymous), r2 — not the unit's r1
    expect(perPost.get('p3')!.comments).toBe(1); // c4 (the page for itself) — not c3 (the page for the unit)
    expect(perPost.get('p4')!.comments).toBe(1); // a post with no unit: every comment
  });

  it('reactions: the larger of records by others and `reactions.summary.total_count`', () => {
    expect(perPost.get('p1')!.reactions).toBe(4); // ann, biz, hh, anonymous (not the unit itself) > total 2
    expect(perPost.get('p2')!.reactions).toBe(40); // the export cut the list: the summary wins
    expect(perPost.get('p3')!.reactions).toBe(0); // the unit's own reaction is not received
    expect(perPost.get('p4')!.reactions).toBe(1);
  });

  it('shares: `shares.count`; comments shortfall: summary count beyond the comments present', () => {
    expect(perPost.get('p1')!.shares).toBe(3);
    expect(perPost.get('p1')!.commentsShortfall).toBe(1); // 5 announced, 4 present
    expect(perPost.get('p2')!.commentsShortfall).toBe(0); // no summary
    expect(perPost.get('p3')!.shares).toBe(0);
  });

  it('one unit look-up per post, none per reaction: reactions counted from each post\'s reactor nodes (regression guard)', () => {
    const twice = resolve({ ...small, reactions: [...small.reactions!, reaction('p1', 'acc-khdt'), reaction('p4', 'ann'), reaction('p4', 'acc-khdt'), reaction('p4', 'acc-khdt-2')] });
    let lookups = 0;
    const postUnit = new Map(twice.postUnit);
    postUnit.get = (id: string) => (lookups++, twice.postUnit.get(id));
    const got = postEngagement({ ...twice, postUnit });
    expect(lookups).toBe(twice.posts.length);
    expect(twice.reactions.filter((r) => r.targetType === 'post').length).toBeGreaterThan(twice.posts.length);
    // Hand-counted: p1: ann, biz, hh, anonymous, so-khdt (not so-tc itself); p4 (no unit): ann, and so-khdt once for its two accounts.
    expect(got.get('p1')!.reactions).toBe(5);
    expect(got.get('p4')!.reactions).toBe(2);
    expect(postEngagement(twice, undefined, reachIndexOf(twice))).toEqual(got); // the analysis's index, given
  });

  it('sums per unit and gives interactions per post', () => {
    const unitPosts = data.posts.filter((p) => data.postUnit.get(p.id) === 'so-tc');
    expect(unitPosts.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    const totals = sumEngagement(unitPosts, perPost);
    expect(totals).toEqual({ commentsReceived: 4, reactionsReceived: 44, sharesReceived: 4, commentsTruncated: 1 });
    expect(interactionsPerPost(totals, 3)).toBe((44 + 4 + 4) / 3);
  });

  it('interactions per post is null without posts', () => {
    expect(interactionsPerPost(sumEngagement([], perPost), 0)).toBeNull();
  });
});

describe('reach and cascade (SPEC 4.1)', () => {
  const unitReach = (data: ResolvedData, unitId: string) => {
    const posts = data.posts.filter((p) => data.postUnit.get(p.id) === unitId);
    return reach(data, unitId, posts, reachIndexOf(data));
  };


  it('reach: distinct identified actors other than the unit who commented, replied or reacted on its posts', () => {
    const r = unitReach(resolve(small), 'so-tc');
    // p1: biz, hh, ann (+ the unit, anonymous: left out); p2: ann; p3: the page (c4).
    // `c1`'s reactor ann reacted to a comment, not a post — already counted anyway.
    expect(r.reach).toBe(4); // biz, hh, ann, page
    expect(r.businessReach).toBe(1);
    expect(r.associationReach).toBe(1);
    expect(r.cascadeReach).toBe(4);
    expect(r.cascadeDepth).toBe(0);
    expect(r.amplifiers).toEqual([]);
  });

  it('a unit with no posts reaches nobody', () => {
    expect(unitReach(resolve(small), 'cam-pha')).toEqual({
      reach: 0, businessReach: 0, associationReach: 0, cascadeReach: 0, cascadeDepth: 0, amplifiers: [],
    });
  });

  it('another unit engaging counts once, as its unit node, whichever accounts it used', () => {
    const data = resolve({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('c', 'p', { from: 'acc-khdt' })],
      reactions: [reaction('p', 'acc-khdt-2')],
    });
    expect(unitReach(data, 'so-tc').reach).toBe(1);
  });

  const cascade: DatasetInput = {
    posts: [
      post('u1', { from: 'acc-hl', h: 0 }),
      post('s1', { from: 'hh', h: 1, parent: 'u1' }), // level 1, by an association
      post('s2', { from: 'ann', h: 2, parent: 's1' }), // level 2
      post('s3', { from: 'bob', h: 3, parent: 's2' }), // level 3
      post('s4', { from: 'acc-hl', h: 4, parent: 'u1' }), // the unit re-sharing itself
      post('s5', { from: 'hh2', h: 5, parent: 's4' }), // level 2, another association
      post('x', { from: 'zed', h: 6 }),
      post('sx', { from: 'hh3', h: 7, parent: 'x' }), // not in the cascade
    ],
    comments: [
      comment('c-u1', 'u1', { from: 'biz' }),
      comment('c-s2', 's2', { from: 'biz2' }),
      comment('c-s3', 's3', { from: null }),
      comment('c-sx', 'sx', { from: 'far' }),
    ],
    reactions: [reaction('s1', 'carol'), reaction('s3', 'acc-hl'), reaction('sx', 'far2')],
    names: { hh: 'Hiệp hội Du lịch', hh2: 'Hội Doanh nghiệp trẻ', hh3: 'Hiệp hội Thủy sản', biz: 'Công ty A', biz2: 'Công ty B' },
  };

  it('cascadeReach: engagement over the unit\'s posts and every share beneath them, plus the sharers (not the unit)', () => {
    const r = unitReach(resolve(cascade), 'ha-long');
    // u1 is the unit's only post with a share tree: s1, s4 (its own posts are s4 too — counted once).
    // direct: biz. Cascade: + hh (sharer), carol (reacted s1), ann (sharer), biz2 (commented s2), bob (sharer), hh2 (sharer).
    expect(r.reach).toBe(1);
    expect(r.cascadeReach).toBe(7);
  });

  it('cascadeDepth: the longest share chain', () => {
    expect(unitReach(resolve(cascade), 'ha-long').cascadeDepth).toBe(3);
  });

  it('amplifiers: the associations that shared the unit\'s posts, anywhere in the cascade, sorted', () => {
    expect(unitReach(resolve(cascade), 'ha-long').amplifiers).toEqual(['hh', 'hh2']);
  });

  it('reach reads authors by number: no author look-up per comment or share (regression guard)', () => {
    for (const input of [small, cascade]) {
      const data = resolve(input);
      let lookups = 0;
      const counted = {
        ...data,
        commentAuthorNode: (c: Parameters<typeof data.commentAuthorNode>[0]) => (lookups++, data.commentAuthorNode(c)),
        postAuthorNode: (p: Parameters<typeof data.postAuthorNode>[0]) => (lookups++, data.postAuthorNode(p)),
      };
      const index = reachIndexOf(counted);
      for (const unitId of ['so-tc', 'so-khdt', 'ha-long']) {
        const posts = data.posts.filter((p) => data.postUnit.get(p.id) === unitId);
        expect(reach(counted, unitId, posts, index)).toEqual(unitReach(data, unitId));
      }
      expect(lookups).toBe(0);
    }
  });

  it('counts a cycle of shares in malformed data once and terminates', () => {
    const data = resolve({
      // a shares b and b shares a: impossible on Facebook, possible in a hand-edited export.
      posts: [post('a', { from: 'acc-cp', parent: 'b' }), post('b', { from: 'm', parent: 'a' }), post('c', { from: 'n', parent: 'b' })],
    });
    const r = unitReach(data, 'cam-pha');
    expect(r.cascadeReach).toBe(2); // m, n
    expect(r.cascadeDepth).toBe(2); // a → b → c
  });
});
