import { describe, expect, it } from 'vitest';
import { buildInteractionGraph } from '../../src/graph/build';
import { buildGraphIndex } from '../../src/graph/index';
import { associationActivity } from '../../src/metrics/associations';
import { brokeragePaths, NODE_KINDS } from '../../src/metrics/network/index';
import { findPetitions } from '../../src/metrics/petitions';
import { reachIndexOf } from '../../src/metrics/unit/reach';
import { comment, post, reaction, resolve } from '../helpers/dataset';

const names = {
  'hh-1': 'Hiệp hội Doanh nghiệp tỉnh Quảng Ninh',
  'hh-2': 'Hội Doanh nhân trẻ Quảng Ninh',
  'biz-1': 'Công ty TNHH Hải Long',
  'biz-2': 'Công ty Cổ phần Cảng Cái Lân',
};

describe('association activity (SPEC 4.5), hand-computed', () => {
  // Sở Tài chính posts p1; HH-1 shares it (s1); HH-2 shares HH-1's share (s2, depth 2) and also
  // shares UBND Hạ Long's p2 (s3); a page post p3 with no unit is shared by HH-2 too (s4: not a unit post).
  const data = resolve({
    posts: [
      post('p1', { from: 'acc-tc' }),
      post('p2', { from: 'acc-hl' }),
      post('p3', { from: 'page' }),
      post('s1', { from: 'hh-1', parent: 'p1', h: 1 }),
      post('s2', { from: 'hh-2', parent: 's1', h: 2 }),
      post('s3', { from: 'hh-2', parent: 'p2', h: 3 }),
      post('s4', { from: 'hh-2', parent: 'p3', h: 4 }),
    ],
    comments: [
      comment('c1', 's1', { from: 'biz-1', message: 'Cảm ơn hiệp hội' }),
      comment('c2', 's1', { from: 'hh-1', parent: 'c1', message: 'Không có gì' }), // its own: not reach
      comment('c3', 's3', { from: 'biz-2', message: 'Rất hữu ích' }),
      comment('c4', 'p1', { from: 'hh-2', message: 'Kiến nghị Sở giải quyết hồ sơ cho hội viên' }),
    ],
    reactions: [reaction('s1', 'biz-2'), reaction('s2', 'biz-1'), reaction('s4', 'biz-1'), reaction('s3', null)],
    names,
  });
  const petitions = findPetitions(data, { workingHoursBetween: () => 0, slaWorkingHours: 8 });
  const rows = associationActivity(data, ['hh-1', 'hh-2'], petitions, reachIndexOf(data));

  it('counts shares anywhere in the cascades of unit posts, and the units they spread', () => {
    expect(rows).toEqual([
      // s1 of so-tc: engaged biz-1 (comment), biz-2 (reaction); its own reply is not reach.
      { id: 'hh-1', sharesOfUnitPosts: 1, unitsAmplified: 1, reachGenerated: 2, questionsRaised: 0 },
      // s2 (so-tc, depth 2) and s3 (ha-long); s4 shares a unit-less page post: not counted.
      // Engaged: biz-1 on s2, biz-2 on s3 (the anonymous reaction is nobody).
      { id: 'hh-2', sharesOfUnitPosts: 2, unitsAmplified: 2, reachGenerated: 2, questionsRaised: 1 },
    ]);
  });
});

describe('brokeragePaths (open two-paths between two groups)', () => {
  it('counts business → association → agency paths only where the business has no direct edge', () => {
    // biz-1 and biz-2 comment on HH-1's share; HH-1 comments on Sở Tài chính's post; biz-2 also
    // comments on it directly, so only biz-1 → hh-1 → unit:so-tc is an open path.
    const data = resolve({
      posts: [post('p1', { from: 'acc-tc' }), post('s1', { from: 'hh-1', parent: 'p9' })],
      comments: [
        comment('c1', 's1', { from: 'biz-1' }),
        comment('c2', 's1', { from: 'biz-2' }),
        comment('c3', 'p1', { from: 'hh-1' }),
        comment('c4', 'p1', { from: 'biz-2' }),
      ],
      names,
    });
    const index = buildGraphIndex(buildInteractionGraph(data));
    const code = (k: (typeof NODE_KINDS)[number]) => NODE_KINDS.indexOf(k);
    const paths = brokeragePaths(index, code('business'), code('agency'));
    expect(paths[index.position.get('hh-1')!]).toBe(1);
    expect([...paths].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
