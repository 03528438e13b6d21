import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkingCalendar,
  DATE_FORMAT_DEFAULTS,
  formatLocalDate,
  formatLocalDateTime,
  instantFromLocal,
  startOfLocalDate,
  weekStart,
} from '../../src/time/index';

const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
const instant = fc.integer({ min: Date.UTC(2004, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 }).map((s) => s * 1000);

/** The wall clock of an instant read from Intl alone: an oracle that shares no code with date-fns. */
function intlWallClock(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(ms).map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe('formatLocalDateTime (date-fns format in a tz() context)', () => {
  it('writes the report’s dd/MM/yyyy HH:mm on the zone’s wall clock, the same in both languages', () => {
    expect(formatLocalDateTime('2025-03-07T09:05:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('07/03/2025 16:05');
    expect(formatLocalDateTime('2025-03-07T09:05:00.000Z', 'Asia/Ho_Chi_Minh', 'en')).toBe('07/03/2025 16:05');
    expect(formatLocalDateTime(Date.parse('2025-03-07T20:30Z'), 'Asia/Ho_Chi_Minh')).toBe('08/03/2025 03:30');
    expect(formatLocalDateTime(Date.parse('2025-03-07T20:30Z'), 'Europe/Paris')).toBe('07/03/2025 21:30');
  });

  it('agrees with the wall clock read from Intl for random instants in zones with and without daylight saving', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, ms) => {
        expect(formatLocalDateTime(ms, zone, 'en', 'dd/MM/yyyy HH:mm:ss')).toBe(intlWallClock(ms, zone));
      }),
      { numRuns: 1000 },
    );
  });

  it('speaks Vietnamese and British English with date-fns’ vi and enGB locales', () => {
    const ms = Date.parse('2025-03-07T09:05Z');
    expect(formatLocalDateTime(ms, 'Asia/Ho_Chi_Minh', 'vi', 'PPPP')).toBe('Thứ Sáu, ngày 7 tháng 03 năm 2025');
    expect(formatLocalDateTime(ms, 'Asia/Ho_Chi_Minh', 'en', 'PPPP')).toBe('Friday, 7 March 2025');
    expect(formatLocalDateTime(ms, 'Europe/Paris', 'en', 'd MMMM yyyy, HH:mm')).toBe('7 March 2025, 10:05');
    expect(formatLocalDateTime(ms, 'Asia/Ho_Chi_Minh', 'vi', "HH:mm 'ngày' dd/MM/yyyy")).toBe('16:05 ngày 07/03/2025');
    expect(formatLocalDateTime(ms, 'Asia/Ho_Chi_Minh', 'en', 'yyyy-MM-dd HH:mm xxx')).toBe('2025-03-07 16:05 +07:00');
  });

  it('writes – for an instant that is not finite or a string that is not a time', () => {
    expect(DATE_FORMAT_DEFAULTS.missing).toBe('–');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 'not a time', '']) {
      expect(formatLocalDateTime(bad, 'UTC'), String(bad)).toBe('–');
    }
  });

  it('throws invalid_timezone for an unknown zone, invalid_value for another language or a pattern date-fns refuses', () => {
    expect(() => formatLocalDateTime(0, 'Mars/Olympus')).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
    expect(() => formatLocalDateTime(0, 'UTC', 'fr' as never)).toThrowError(expect.objectContaining({ code: 'invalid_value', path: ['lang'] }));
    expect(() => formatLocalDateTime(0, 'UTC', 'en', 'yyyy-MM-dd j')).toThrowError(expect.objectContaining({ code: 'invalid_value', path: ['pattern'] }));
  });
});

describe('formatLocalDate (a local date, no zone)', () => {
  it('writes dd/MM/yyyy by default, other patterns in either language', () => {
    expect(formatLocalDate('2025-03-07')).toBe('07/03/2025');
    expect(formatLocalDate('2025-03-07', 'en', 'd MMM')).toBe('7 Mar');
    expect(formatLocalDate('2025-03-07', 'vi', 'EEEE d/M')).toBe('Thứ Sáu 7/3');
    expect(formatLocalDate('2024-02-29', 'en', 'EEEE d MMMM yyyy')).toBe('Thursday 29 February 2024');
  });

  it('writes – for null or a string that is not a real date', () => {
    for (const bad of [null, '2025-02-30', '7/3/2025', '']) expect(formatLocalDate(bad), String(bad)).toBe('–');
  });
});

describe('results do not depend on the machine’s own time zone', () => {
  it('gives the same figures with TZ set to UTC, Europe/Paris, America/Havana, America/Santiago and Asia/Ho_Chi_Minh', () => {
    const fingerprint = () => {
      const night = buildWorkingCalendar({
        timezone: 'Europe/Paris', workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: [['01:00', '04:00'], ['22:00', '24:00']], holidays: [],
      });
      const havana = buildWorkingCalendar({ timezone: 'America/Havana', workingDays: [7], workingHours: [['00:00', '02:00']], holidays: [] });
      return [
        // The local days of the changes, midnight to midnight: 2 + 2 h (spring gap), 4 + 2 h (autumn overlap).
        night.workingHoursBetween(Date.parse('2025-03-29T23:00Z'), Date.parse('2025-03-30T22:00Z')),
        night.workingHoursBetween(Date.parse('2025-10-25T22:00Z'), Date.parse('2025-10-26T23:00Z')),
        // Sunday 00:00–02:00 in Havana when 00:00–01:00 happens twice: 3 h.
        havana.workingHoursBetween(Date.parse('2024-11-02T00:00Z'), Date.parse('2024-11-05T00:00Z')),
        startOfLocalDate('2024-11-03', 'America/Havana'),
        startOfLocalDate('2024-09-08', 'America/Santiago'),
        instantFromLocal('2025-03-30T02:30', 'Europe/Paris'),
        instantFromLocal('2025-10-26T02:30', 'Europe/Paris'),
        instantFromLocal('2024-11-03T00:30', 'America/Havana'),
        formatLocalDateTime(Date.parse('2025-10-26T00:30Z'), 'Europe/Paris', 'en', 'dd/MM/yyyy HH:mm xxx'),
        formatLocalDateTime(Date.parse('2025-10-26T01:30Z'), 'Europe/Paris', 'en', 'dd/MM/yyyy HH:mm xxx'),
        formatLocalDateTime(Date.parse('2024-11-03T04:30Z'), 'America/Havana', 'vi', 'PPPPp'),
        weekStart(Date.parse('2025-03-30T22:30Z'), 'Europe/Paris'),
      ];
    };
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const expected = fingerprint();
      expect(expected.slice(0, 3)).toEqual([4, 6, 3]); // by hand
      for (const host of ['Europe/Paris', 'America/Havana', 'America/Santiago', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = host;
        expect(new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset() !== 0 || host === 'UTC').toBe(true); // the host zone took effect
        expect(fingerprint(), host).toEqual(expected);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
