import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema';
import {
  buildWorkingCalendar,
  DEFAULT_TIMEZONE,
  parseUtcOffset,
  weekStart,
  WEEKS_DEFAULT_TIMEZONE,
  WORKING_CALENDAR_DEFAULTS,
} from '../../src/time/index';
import { getZone } from '../../src/time/zone';

const H = 3_600_000;
const seconds = (h: number, m: number, s: number) => ((h * 60 + m) * 60 + s) * 1000;

describe('the default time zone, declared once', () => {
  it('is Asia/Ho_Chi_Minh, and the calendar, the weeks and the configuration take it as their default', () => {
    expect(DEFAULT_TIMEZONE).toBe('Asia/Ho_Chi_Minh');
    expect(WORKING_CALENDAR_DEFAULTS.timezone).toBe(DEFAULT_TIMEZONE);
    expect(WEEKS_DEFAULT_TIMEZONE).toBe(DEFAULT_TIMEZONE);
    expect(buildWorkingCalendar().options.timezone).toBe(DEFAULT_TIMEZONE);
    const parsed = ConfigSchema.safeParse({
      page: { id: 'p', name: 'Page' },
      units: [{ id: 'u', name: 'Unit', kind: 'department', accounts: ['a'] }],
    });
    expect(parsed.success && parsed.data.timezone).toBe(DEFAULT_TIMEZONE);
    // Sunday 17:00 UTC is Monday 00:00 in Hà Nội: the default zone, not UTC, decides the week.
    expect(weekStart(Date.parse('2025-03-09T17:00Z'))).toBe('2025-03-10');
  });
});

describe('offsets to the second, by the tz database', () => {
  it('keep the sign of offsets under an hour west of Greenwich (Monrovia −00:44:30 in 1960, Dublin −00:25:21 in 1900)', () => {
    expect(getZone('Africa/Monrovia').offsetAt(Date.UTC(1960, 0, 1))).toBe(-seconds(0, 44, 30));
    expect(getZone('Africa/Monrovia').offsetAt(Date.UTC(1975, 0, 1))).toBe(0);
    expect(getZone('Europe/Dublin').offsetAt(Date.UTC(1900, 0, 1))).toBe(-seconds(0, 25, 21));
    expect(getZone('Europe/Paris').offsetAt(Date.UTC(1900, 0, 1))).toBe(seconds(0, 9, 21)); // Paris Mean Time, positive
    expect(getZone('Europe/London').offsetAt(Date.UTC(1840, 0, 1))).toBe(-seconds(0, 1, 15));
  });

  it('find Monrovia’s change of 1972-01-07 (−00:44:30 → UTC) to the second: local 00:00 became 00:44:30', () => {
    const monrovia = getZone('Africa/Monrovia');
    const change = Date.UTC(1972, 0, 7, 0, 44, 30);
    expect(monrovia.offsetAt(change - 1000)).toBe(-seconds(0, 44, 30));
    expect(monrovia.offsetAt(change)).toBe(0);
    // 00:20 local on 7 January never showed: the first instant at or after it is the change.
    expect(monrovia.startOfWall(Date.UTC(1972, 0, 7, 0, 20))).toBe(change);
  });

  it('give Vietnam’s own history: +07:06:30 (1900), +08:00 (1960–1975), +07:00 since 13 June 1975', () => {
    const hcm = getZone(DEFAULT_TIMEZONE);
    expect(hcm.offsetAt(Date.UTC(1900, 0, 1))).toBe(seconds(7, 6, 30));
    expect(hcm.offsetAt(Date.UTC(1970, 0, 1))).toBe(8 * H);
    expect(hcm.offsetAt(Date.UTC(1975, 5, 12, 15, 59, 59))).toBe(8 * H);
    expect(hcm.offsetAt(Date.UTC(1975, 5, 12, 16))).toBe(7 * H);
  });
});

describe('fixed UTC offsets (export formats with a fixed shift)', () => {
  it('parse Z, ±HH:MM and ±HHMM, and nothing else', () => {
    expect(parseUtcOffset('Z')).toBe(0);
    expect(parseUtcOffset('+07:00')).toBe(7 * H);
    expect(parseUtcOffset('-0500')).toBe(-5 * H);
    expect(parseUtcOffset('+05:45')).toBe(seconds(5, 45, 0));
    expect(parseUtcOffset('-00:30')).toBe(-seconds(0, 30, 0));
    for (const bad of ['+7', '+24:00', '+07:60', 'UTC+7', '07:00', '', 'Asia/Ho_Chi_Minh', 7]) {
      expect(parseUtcOffset(bad), String(bad)).toBeUndefined();
    }
  });

  it('make zones with one offset all the time', () => {
    const minus5 = getZone('-05:00');
    expect(minus5.offsetAt(Date.UTC(2017, 6, 1))).toBe(-5 * H);
    expect(minus5.offsetAt(Date.UTC(2017, 0, 1))).toBe(-5 * H);
    expect(minus5.localDay(Date.UTC(2017, 7, 22, 4, 59))).toBe(Date.UTC(2017, 7, 21) / 86_400_000);
    expect(minus5.startOfWall(Date.UTC(2017, 7, 22, 3, 15))).toBe(Date.UTC(2017, 7, 22, 8, 15));
  });

  it('refuse unknown names with invalid_timezone (ids such as __proto__ and toString included)', () => {
    for (const bad of ['Mars/Olympus_Mons', '__proto__', 'toString', 'UTC+7', '']) {
      expect(() => getZone(bad), bad).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
    }
  });
});
