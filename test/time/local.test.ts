import { TZDate, tz } from '@date-fns/tz';
import { eachWeekOfInterval } from 'date-fns/eachWeekOfInterval';
import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/time/days';
import {
  instantFromLocal,
  localDateOf,
  localDateTimeOf,
  localDaysBetween,
  startOfLocalDate,
  weeksInPeriod,
  weekStart,
} from '../../src/time/index';

const MINUTE = 60_000;
const DAY = 86_400_000;

// Zones with daylight saving at 02:00 (Paris), at midnight (Santiago: midnight skipped; Havana:
// midnight repeated), by half an hour (Lord Howe), a quarter-hour offset (Kathmandu), and Vietnam.
const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe', 'Asia/Kathmandu'] as const;
const zone = fc.constantFrom(...ZONES);
// 2004 (the earliest time the ingest accepts) to 2035, whole seconds.
const instant = fc.integer({ min: Date.UTC(2004, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 }).map((s) => s * 1000);
const epochDay = fc.integer({ min: Date.UTC(2004, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY });

describe('local dates and weeks agree with date-fns in a tz() context (an independent implementation)', () => {
  it('localDateOf(ms, zone) is format(ms, "yyyy-MM-dd", { in: tz(zone) })', () => {
    fc.assert(
      fc.property(zone, instant, (z, ms) => {
        expect(localDateOf(ms, z)).toBe(format(ms, 'yyyy-MM-dd', { in: tz(z) }));
      }),
      { numRuns: 1000 },
    );
  });

  it('weekStart(ms, zone) is the date of startOfISOWeek(ms, { in: tz(zone) })', () => {
    fc.assert(
      fc.property(zone, instant, (z, ms) => {
        expect(weekStart(ms, z)).toBe(format(startOfISOWeek(ms, { in: tz(z) }), 'yyyy-MM-dd'));
      }),
      { numRuns: 1000 },
    );
  });

  it('weeksInPeriod(a, b, zone) lists the dates of eachWeekOfInterval({ a, b }, { weekStartsOn: 1, in: tz(zone) })', () => {
    fc.assert(
      fc.property(zone, instant, fc.integer({ min: 0, max: 400 * DAY }), (z, a, length) => {
        const b = a + length;
        const expected = eachWeekOfInterval({ start: a, end: b }, { weekStartsOn: 1, in: tz(z) }).map((d) => format(d, 'yyyy-MM-dd'));
        expect(weeksInPeriod(a, b, z)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('startOfLocalDate(date, zone) is startOfDay of that date in the zone (TZDate), midnight gaps included', () => {
    fc.assert(
      fc.property(zone, epochDay, (z, day) => {
        const date = formatIsoDate(day);
        const [y, m, d] = date.split('-').map(Number);
        expect(startOfLocalDate(date, z)).toBe(+startOfDay(new TZDate(y, m - 1, d, 12, 0, 0, z)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('startOfLocalDate where the first instant of a day needs a rule', () => {
  it('is the jump when midnight is skipped (America/Santiago, 2024-09-08: 00:00 → 01:00)', () => {
    expect(startOfLocalDate('2024-09-08', 'America/Santiago')).toBe(Date.parse('2024-09-08T04:00Z'));
    expect(startOfLocalDate('2024-09-09', 'America/Santiago')).toBe(Date.parse('2024-09-09T03:00Z'));
  });

  it('is the first midnight when midnight happens twice (America/Havana, 2024-11-03: 01:00 → 00:00)', () => {
    const first = Date.parse('2024-11-03T04:00Z'); // 00:00 CDT (−04:00); 00:00 CST comes an hour later
    expect(startOfLocalDate('2024-11-03', 'America/Havana')).toBe(first);
    expect(localDateOf(first - 1, 'America/Havana')).toBe('2024-11-02');
    expect(localDateOf(first + 3_600_000, 'America/Havana')).toBe('2024-11-03');
  });

  it('is midnight in Hà Nội, 7 hours before midnight UTC', () => {
    expect(startOfLocalDate('2025-02-03')).toBe(Date.parse('2025-02-03T00:00+07:00'));
  });

  it('throws invalid_date for a malformed date and invalid_timezone for an unknown zone', () => {
    expect(() => startOfLocalDate('2025-02-30')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => startOfLocalDate('2025-02-03', 'Mars/Olympus')).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
  });
});

describe('localDateOf and localDaysBetween', () => {
  it('reads the date in the zone: 20:00 UTC is already the next day in Hà Nội', () => {
    expect(localDateOf(Date.parse('2025-03-07T20:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-08');
    expect(localDateOf(Date.parse('2025-03-07T20:00Z'), 'Europe/Paris')).toBe('2025-03-07');
    expect(localDateOf(Date.parse('2025-03-07T16:59:59Z'))).toBe('2025-03-07');
    expect(localDateOf(Date.parse('2025-03-07T17:00Z'))).toBe('2025-03-08');
  });

  it('throws invalid_instant for a non-finite instant', () => {
    expect(() => localDateOf(Number.NaN)).toThrowError(expect.objectContaining({ code: 'invalid_instant' }));
    expect(() => localDateOf(Number.POSITIVE_INFINITY)).toThrowError(expect.objectContaining({ code: 'invalid_instant' }));
  });

  it('counts calendar days, across February and years (by hand)', () => {
    expect(localDaysBetween('2025-02-27', '2025-03-02')).toBe(3);
    expect(localDaysBetween('2024-02-27', '2024-03-02')).toBe(4);
    expect(localDaysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(localDaysBetween('2025-03-02', '2025-02-27')).toBe(-3);
    expect(localDaysBetween('2025-03-02', '2025-03-02')).toBe(0);
    expect(() => localDaysBetween('2025-3-2', '2025-03-02')).toThrowError(expect.objectContaining({ code: 'invalid_date', path: ['a'] }));
  });
});

describe('instantFromLocal (a wall time in a zone or at a fixed offset)', () => {
  it('reads wall times at fixed offsets as an ISO string with that offset would be read', () => {
    expect(instantFromLocal('2017-08-22T03:15:00', '+07:00')).toBe(Date.parse('2017-08-22T03:15:00+07:00'));
    expect(instantFromLocal('2017-08-22 03:15:00', '-05:00')).toBe(Date.parse('2017-08-22T03:15:00-05:00'));
    expect(instantFromLocal('2017-08-22T03:15', 'Z')).toBe(Date.parse('2017-08-22T03:15:00Z'));
    expect(instantFromLocal('2017-08-22T03:15:07.123456', '+0530')).toBe(Date.parse('2017-08-22T03:15:07.123+05:30'));
  });

  it('round-trips with the ISO parser at every fixed offset (Date.parse as the oracle)', () => {
    const offset = fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 15, 30, 45));
    fc.assert(
      fc.property(instant, offset, (ms, [sign, h, m]) => {
        const text = `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const wall = new Date(ms + (sign === '-' ? -1 : 1) * (h * 60 + m) * MINUTE).toISOString().slice(0, 19);
        expect(instantFromLocal(wall, text)).toBe(Date.parse(`${wall}${text}`));
        expect(Date.parse(`${wall}${text}`)).toBe(ms);
      }),
      { numRuns: 500 },
    );
  });

  it('in an IANA zone, is the instant whose local date and time are those given (date-fns format as the oracle)', () => {
    fc.assert(
      fc.property(zone, instant, (z, ms) => {
        const wall = format(ms, "yyyy-MM-dd'T'HH:mm:ss", { in: tz(z) });
        const back = instantFromLocal(wall, z);
        expect(format(back, "yyyy-MM-dd'T'HH:mm:ss", { in: tz(z) })).toBe(wall);
        // The first such instant: an hour earlier (in an overlap) shows another wall time.
        expect(back <= ms).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the jump for a wall time a gap skips and the first occurrence for one an overlap repeats (Paris 2025)', () => {
    expect(instantFromLocal('2025-03-30T02:30', 'Europe/Paris')).toBe(Date.parse('2025-03-30T01:00Z'));
    expect(instantFromLocal('2025-10-26T02:30', 'Europe/Paris')).toBe(Date.parse('2025-10-26T02:30+02:00'));
  });

  it('returns NaN for what is not a real local date and time, and throws invalid_timezone for an unknown zone', () => {
    for (const bad of ['2025-02-30T10:00', '2025-01-01T24:00', '2025-01-01T10:60', '2025-01-01T10:00:60', '2025-01-01', '2025-01-01T10:00Z', '']) {
      expect(instantFromLocal(bad, 'UTC'), bad).toBeNaN();
    }
    expect(instantFromLocal(42 as never, 'UTC')).toBeNaN();
    expect(() => instantFromLocal('2025-01-01T10:00', 'Mars/Olympus')).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
  });
});

describe('localDateTimeOf (the tables\' …Local columns)', () => {
  it('equals date-fns format(…, \'yyyy-MM-dd HH:mm:ss\') in the zone, to the millisecond (oracle: @date-fns/tz)', () => {
    fc.assert(fc.property(zone, fc.integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2035, 11, 31) }), (tzName, ms) => {
      expect(localDateTimeOf(ms, tzName)).toBe(format(new TZDate(ms, tzName), 'yyyy-MM-dd HH:mm:ss'));
    }), { numRuns: 2000 });
  });

  it('refuses a non-finite instant and an unknown zone', () => {
    expect(() => localDateTimeOf(Number.NaN, 'UTC')).toThrowError(expect.objectContaining({ code: 'invalid_instant' }));
    expect(() => localDateTimeOf(0, 'Mars/Olympus')).toThrowError(expect.objectContaining({ code: 'invalid_timezone' }));
    expect(localDateTimeOf(Date.parse('2025-03-07T09:05:59.900Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-07 16:05:59');
  });
});
