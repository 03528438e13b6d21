import { describe, expect, it } from 'vitest';
import { weeklyRows } from '../../src/analysis/weekly';
import { postEngagement } from '../../src/metrics/unit/engagement';
import { findPetitions } from '../../src/metrics/petitions';
import { DAY, HOUR, T0, comment, post, reaction, resolve } from '../helpers/dataset';
import { commentPostAt } from '../../src/resolve/resolved';

// Two weeks: T0 is Monday 2025-03-03 (local); the stub needs no time zone.
const WEEKS = ['2025-03-03', '2025-03-10'];
const weekOf = (ms: number) => WEEKS[Math.floor((ms - T0) / (7 * DAY))];

describe('weeklyRows (SPEC 4.4)', () => {
  const data = resolve({
    posts: [
      post('p1', { from: 'acc-tc', h: 2, reactionsTotal: 3 }), // week 1
      post('p2', { from: 'acc-tc', h: 8 * 24 }), // week 2
      post('p3', { from: 'page', h: 9 * 24, message: 'Tin chung' }), // no unit
    ],
    comments: [
      // Asked and answered in week 2, under a week-1 post: they belong to week 1.
      comment('q1', 'p1', { from: 'biz', h: 7 * 24 + 1, message: 'Xin hỏi?' }),
      comment('a1', 'p1', { from: 'acc-tc', h: 7 * 24 + 3, parent: 'q1' }),
      comment('q2', 'p1', { from: 'ann', h: 3, message: 'Bao giờ?' }), // unanswered
      comment('q3', 'p2', { from: 'biz', h: 8 * 24 + 1, message: 'Vì sao?' }),
      comment('a3', 'p2', { from: 'acc-tc', h: 8 * 24 + 20, parent: 'q3' }),
      comment('q4', 'p3', { from: 'biz', h: 9 * 24 + 1, message: 'Hỏi chung?' }), // unrouted
    ],
    reactions: [reaction('p2', 'ann')],
  });
  const petitions = findPetitions(data, { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 });
  const rows = weeklyRows(data, { petitions, weeks: WEEKS, weekOf, perPost: postEngagement(data) });

  it('has one row per week and unit, zeros included, by week then unit in config order', () => {
    expect(rows.map((r) => `${r.weekStart} ${r.unitId}`)).toEqual([
      '2025-03-03 so-khdt', '2025-03-03 so-tc', '2025-03-03 ha-long', '2025-03-03 cam-pha',
      '2025-03-10 so-khdt', '2025-03-10 so-tc', '2025-03-10 ha-long', '2025-03-10 cam-pha',
    ]);
    expect(rows[0]).toEqual({
      weekStart: '2025-03-03', unitId: 'so-khdt', posts: 0, commentsReceived: 0, reactionsReceived: 0,
      petitions: 0, answered: 0, onTime: 0, medianResponseWorkingHours: null, unavailable: {},
    });
  });

  it('puts a petition and its answer in the week of the petition\'s post', () => {
    const week1 = rows.find((r) => r.weekStart === '2025-03-03' && r.unitId === 'so-tc')!;
    expect(week1).toEqual({
      weekStart: '2025-03-03', unitId: 'so-tc', posts: 1, commentsReceived: 2, reactionsReceived: 3,
      petitions: 2, answered: 1, onTime: 1, medianResponseWorkingHours: 2, unavailable: {},
    });
    const week2 = rows.find((r) => r.weekStart === '2025-03-10' && r.unitId === 'so-tc')!;
    expect(week2).toEqual({
      weekStart: '2025-03-10', unitId: 'so-tc', posts: 1, commentsReceived: 1, reactionsReceived: 1,
      petitions: 1, answered: 1, onTime: 0, medianResponseWorkingHours: 19, unavailable: {},
    });
  });

  it('leaves out posts with no unit and unrouted petitions', () => {
    const total = (k: 'posts' | 'petitions') => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
    expect(total('posts')).toBe(2);
    expect(total('petitions')).toBe(3);
  });
});

describe('weeklyRows: each post\'s week worked out once (regression guard)', () => {
  it('asks weekOf once per post, however many petitions its comments hold; the rows are those of petitions found by id', () => {
    const build = (questions: number) => resolve({
      posts: [post('p1', { from: 'acc-tc', h: 2 }), post('p2', { from: 'acc-hl', h: 8 * 24 })],
      comments: Array.from({ length: questions }, (_, i) => comment(`q${i}`, i % 2 === 0 ? 'p1' : 'p2', { from: 'biz', h: 9 * 24 + i, message: 'Xin hỏi?' })),
    });
    const calls = (questions: number) => {
      const data = build(questions);
      const petitions = findPetitions(data, { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 });
      let asked = 0;
      const counting = (ms: number) => { asked++; return weekOf(ms); };
      const rows = weeklyRows(data, { petitions, weeks: WEEKS, weekOf: counting, perPost: postEngagement(data) });
      // Oracle: the same petitions without their positions (as made elsewhere) are placed by their post's id.
      const byId = weeklyRows(data, { petitions: petitions.map(({ commentAt: _, responseAt: __, ...p }) => p), weeks: WEEKS, weekOf, perPost: postEngagement(data) });
      expect(rows).toEqual(byId);
      expect(rows.reduce((n, r) => n + (r.petitions ?? 0), 0)).toBe(questions);
      return asked;
    };
    expect(calls(2)).toBe(2);
    expect(calls(20)).toBe(2);
  });
});


describe('commentPostAt: a petition\'s post, one helper for the weekly rows and the petition table', () => {
  it('gives the same position read at the comment\'s position as by its post id, -1 for a post not in the data (duplicate post ids: the last)', () => {
    const data = resolve({
      posts: [post('p1', { from: 'acc-tc' }), post('p2', { from: 'acc-tc', h: 1 }), post('p1', { from: 'acc-tc', h: 2 })],
      comments: [comment('c1', 'p1', { from: 'biz', message: 'Hỏi?' }), comment('c2', 'p2', { from: 'biz', h: 3 }), comment('c3', 'gone', { from: 'biz', h: 4 })],
    });
    expect(data.comments.map((c, i) => commentPostAt(data, c, i))).toEqual([2, 1, -1]);
    expect(data.comments.map((c) => commentPostAt(data, c))).toEqual([2, 1, -1]);
    // A comment made elsewhere (not in the data) is read by its post id.
    expect(commentPostAt(data, comment('x', 'p2', { from: 'biz' }))).toBe(1);
  });
});
