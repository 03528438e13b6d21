import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/time/days';
import { buildWorkingCalendar, type WorkingCalendar, type WorkingCalendarOptions } from '../../src/time/index';
import { expectHours, TIME_TOLERANCE } from './tolerance';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

// Instants 2016–2031 (inside the years whose holidays the calendar knows in detail), whole minutes.
const FROM = Date.UTC(2016, 0, 1);
const TO = Date.UTC(2031, 0, 1);
const instant = fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }).map((m) => m * MINUTE);

const CALENDARS: [string, WorkingCalendarOptions][] = [
  ['Asia/Ho_Chi_Minh defaults', {}],
  [
    'Europe/Paris with night blocks across the DST changes',
    {
      timezone: 'Europe/Paris',
      workingDays: [1, 2, 3, 4, 5, 7],
      workingHours: [
        ['01:00', '04:00'],
        ['07:30', '11:30'],
        ['13:30', '17:00'],
        ['22:00', '24:00'],
      ],
    },
  ],
  ['America/Santiago round the clock (changes at midnight)', { timezone: 'America/Santiago', workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: [['00:00', '24:00']] }],
];

/**
 * A slow oracle that shares no time-zone code with the calendar: walk the interval minute by
 * minute, read each minute's local date and clock from Intl, and count the minutes that fall on a
 * working day inside a block. Exact for whole-minute intervals in zones whose offsets change on
 * whole minutes, when no block boundary lies inside a gap or an overlap.
 */
function bruteForceHours(calendar: WorkingCalendar, startMs: number, endMs: number): number {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: calendar.options.timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const blocks = calendar.options.workingHours.map(([a, b]) => {
    const [ah, am] = a.split(':').map(Number);
    const [bh, bm] = b.split(':').map(Number);
    return [ah * 60 + am, bh * 60 + bm];
  });
  let minutes = 0;
  for (let t = startMs; t < endMs; t += MINUTE) {
    const parts = Object.fromEntries(fmt.formatToParts(t).map((p) => [p.type, p.value]));
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    const minuteOfDay = Number(parts.hour) * 60 + Number(parts.minute);
    if (calendar.isWorkingDay(date) && blocks.some(([a, b]) => a <= minuteOfDay && minuteOfDay < b)) minutes++;
  }
  return minutes / 60;
}

describe.each(CALENDARS)('working-hours invariants — %s', (_name, options) => {
  const cal = buildWorkingCalendar(options);
  const wh = (a: number, b: number) => cal.workingHoursBetween(a, b);

  it('is additive: wh(a, c) = wh(a, b) + wh(b, c) for a ≤ b ≤ c', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        expectHours(wh(a, c), wh(a, b) + wh(b, c), `additive ${a} ${b} ${c}`);
      }),
      { numRuns: 300 },
    );
  });

  it('is additive at every scale, including short intervals around one day', () => {
    const near = fc.tuple(instant, fc.integer({ min: 0, max: 3 * 24 * 60 }), fc.integer({ min: 0, max: 3 * 24 * 60 }));
    fc.assert(
      fc.property(near, ([a, m1, m2]) => {
        const b = a + Math.min(m1, m2) * MINUTE;
        const c = a + Math.max(m1, m2) * MINUTE;
        expectHours(wh(a, c), wh(a, b) + wh(b, c), 'short additive');
      }),
      { numRuns: 500 },
    );
  });

  it('stays within 0 ≤ wh(a, b) ≤ wall-clock hours of [a, b]', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const h = wh(a, b);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(Math.max(0, b - a) / HOUR + TIME_TOLERANCE.hours);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: widening the interval never lowers the working hours', () => {
    fc.assert(
      fc.property(instant, instant, fc.nat(10 * DAY), fc.nat(10 * DAY), (x, y, before, after) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(wh(a - before, b + after)).toBeGreaterThanOrEqual(wh(a, b) - TIME_TOLERANCE.hours);
      }),
      { numRuns: 300 },
    );
  });

  it('matches a minute-by-minute count read from Intl on intervals up to three days', () => {
    const short = fc.tuple(instant, fc.integer({ min: 0, max: 3 * 24 * 60 }));
    fc.assert(
      fc.property(short, ([a, minutes]) => {
        const b = a + minutes * MINUTE;
        expectHours(wh(a, b), bruteForceHours(cal, a, b), `oracle ${new Date(a).toISOString()} +${minutes} min`);
      }),
      { numRuns: 40 },
    );
  });
});

/** Compares the calendar with the oracle hour by hour (and in total) from `a`, for `hours` hours. */
function expectSameHourByHour(cal: WorkingCalendar, a: number, hours: number, label: string): void {
  let total = 0;
  for (let h = 0; h < hours; h++) {
    const from = a + h * HOUR;
    const expected = bruteForceHours(cal, from, from + HOUR);
    expectHours(cal.workingHoursBetween(from, from + HOUR), expected, `${label} hour ${new Date(from).toISOString()}`);
    total += expected;
  }
  expectHours(cal.workingHoursBetween(a, a + hours * HOUR), total, `${label} total`);
}

describe('the oracle on the daylight-saving weekends themselves, hour by hour', () => {
  it('agrees with the minute count around the Paris changes of 2024–2026', () => {
    const cal = buildWorkingCalendar(CALENDARS[1][1]);
    for (const weekend of ['2024-03-30', '2024-10-26', '2025-03-29', '2025-10-25', '2026-03-28', '2026-10-24']) {
      expectSameHourByHour(cal, Date.parse(`${weekend}T00:00Z`), 72, weekend);
    }
  });

  it('agrees with the minute count around the Santiago midnight changes of 2024–2025', () => {
    const cal = buildWorkingCalendar(CALENDARS[2][1]);
    for (const day of ['2024-04-06', '2024-09-07', '2025-04-05', '2025-09-06']) {
      expectSameHourByHour(cal, Date.parse(`${day}T00:00Z`), 48, day);
    }
  });

  it('agrees with the minute count when a block starts inside the spring gap (02:30–05:00, Paris)', () => {
    const cal = buildWorkingCalendar({ timezone: 'Europe/Paris', workingDays: [7], workingHours: [['02:30', '05:00']], holidays: [] });
    expectSameHourByHour(cal, Date.parse('2025-03-29T12:00Z'), 36, 'gap block');
    expectHours(cal.workingHoursBetween(Date.parse('2025-03-29T12:00Z'), Date.parse('2025-03-31T00:00Z')), 2, 'gap block total');
  });
});

/**
 * A second oracle, from date-fns: the instants of a day's block boundaries built as TZDate wall
 * times, subtracted. Valid where no boundary is a wall time that a change repeats (TZDate resolves
 * those by the machine's own zone); in the calendars above none is — Paris changes between 02:00
 * and 03:00, Santiago at midnight, where a skipped 00:00 becomes the jump in both.
 */
function tzDateDayHours(cal: WorkingCalendar, date: string): number {
  if (!cal.isWorkingDay(date)) return 0;
  const [y, m, d] = date.split('-').map(Number);
  const at = (clock: string) => {
    const [h, min] = clock.split(':').map(Number);
    return +new TZDate(y, m - 1, d + Math.floor(h / 24), h % 24, min, 0, cal.options.timezone);
  };
  let ms = 0;
  for (const [from, to] of cal.options.workingHours) ms += at(to) - at(from);
  return ms / HOUR;
}

const DAY_FROM = Date.UTC(2016, 0, 1) / DAY;
const DAY_TO = Date.UTC(2030, 11, 31) / DAY;
// The days of the changes, in both calendars with daylight saving.
const CHANGE_DAYS = ['2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2024-04-06', '2024-04-07', '2024-09-07', '2024-09-08', '2025-04-05', '2025-09-07'];

describe.each(CALENDARS)('whole local days against TZDate wall times (date-fns) — %s', (_name, options) => {
  const cal = buildWorkingCalendar(options);
  const dayHours = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    const start = +new TZDate(y, m - 1, d, 0, 0, 0, cal.options.timezone);
    const end = +new TZDate(y, m - 1, d + 1, 0, 0, 0, cal.options.timezone);
    return cal.workingHoursBetween(start, end);
  };

  it('holds Σ (block end − block start) on a working day and 0 on a day off, for random days 2016–2030', () => {
    fc.assert(
      fc.property(fc.integer({ min: DAY_FROM, max: DAY_TO }), (day) => {
        const date = formatIsoDate(day);
        expectHours(dayHours(date), tzDateDayHours(cal, date), date);
      }),
      { numRuns: 500 },
    );
  });

  it('holds it on the days of the daylight-saving changes', () => {
    for (const date of CHANGE_DAYS) expectHours(dayHours(date), tzDateDayHours(cal, date), date);
  });
});
