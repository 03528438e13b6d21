import { describe, expect, it } from 'vitest';
import { weekStart, weeksInPeriod } from '../../src/time/index';

describe('weekStart (weeks start on Monday, local time — SPEC 4.4)', () => {
  it('gives the Monday of the week for every day of a week, Monday to Sunday', () => {
    for (let day = 3; day <= 9; day++) {
      const local = `2025-03-${String(day).padStart(2, '0')}T12:00+07:00`;
      expect(weekStart(Date.parse(local), 'Asia/Ho_Chi_Minh'), local).toBe('2025-03-03');
    }
  });

  it('reads the day in the given zone: Sunday 17:00 UTC is already Monday in Hà Nội', () => {
    expect(weekStart(Date.parse('2025-03-09T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-03');
    expect(weekStart(Date.parse('2025-03-09T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-10');
    expect(weekStart(Date.parse('2025-03-09T17:00:00Z'), 'UTC')).toBe('2025-03-03');
  });

  it('defaults to Asia/Ho_Chi_Minh', () => {
    expect(weekStart(Date.parse('2025-03-09T17:00:00Z'))).toBe('2025-03-10');
  });

  it('crosses years: 1 January 2025 (a Wednesday) is in the week of Monday 30 December 2024', () => {
    expect(weekStart(Date.parse('2025-01-01T00:00+07:00'))).toBe('2024-12-30');
  });

  it('is right on a daylight-saving Sunday (Europe/Paris, 2025-03-30) and the Monday after', () => {
    expect(weekStart(Date.parse('2025-03-30T23:59+02:00'), 'Europe/Paris')).toBe('2025-03-24');
    expect(weekStart(Date.parse('2025-03-31T00:00+02:00'), 'Europe/Paris')).toBe('2025-03-31');
  });

  it('throws invalid_instant for NaN and invalid_timezone for an unknown zone', () => {
    expect(() => weekStart(Number.NaN)).toThrowError(expect.objectContaining({ code: 'invalid_instant' }));
    expect(() => weekStart(0, 'Asia/Saigon_City')).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
  });
});

describe('weeksInPeriod', () => {
  it('lists every week start from the week of `from` through the week of `to`, across a year', () => {
    expect(weeksInPeriod(Date.parse('2024-12-25T10:00+07:00'), Date.parse('2025-01-07T10:00+07:00'))).toEqual([
      '2024-12-23',
      '2024-12-30',
      '2025-01-06',
    ]);
  });

  it('gives one week when both instants are in the same week, and includes the last week even on its Monday', () => {
    expect(weeksInPeriod(Date.parse('2025-03-04T10:00+07:00'), Date.parse('2025-03-09T23:00+07:00'))).toEqual(['2025-03-03']);
    expect(weeksInPeriod(Date.parse('2025-03-09T23:00+07:00'), Date.parse('2025-03-10T00:00+07:00'))).toEqual([
      '2025-03-03',
      '2025-03-10',
    ]);
  });

  it('counts 53 Mondays in 2024 local time (1 Jan 2024 was a Monday) and is empty when to < from', () => {
    const weeks = weeksInPeriod(Date.parse('2024-01-01T00:00+07:00'), Date.parse('2024-12-31T23:59+07:00'));
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toBe('2024-01-01');
    expect(weeks[52]).toBe('2024-12-30');
    expect(weeksInPeriod(Date.parse('2025-03-10T00:00Z'), Date.parse('2025-03-01T00:00Z'))).toEqual([]);
  });

  it('steps by calendar weeks through daylight-saving changes (Europe/Paris, March–April 2025)', () => {
    expect(weeksInPeriod(Date.parse('2025-03-20T12:00Z'), Date.parse('2025-04-08T12:00Z'), 'Europe/Paris')).toEqual([
      '2025-03-17',
      '2025-03-24',
      '2025-03-31',
      '2025-04-07',
    ]);
  });
});
