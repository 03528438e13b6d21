import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, TimeError, WORKING_CALENDAR_DEFAULTS } from '../../src/time/index';
import { expectHours } from './tolerance';

/** An instant from a local time in Vietnam (UTC+7): at('2025-03-03 08:00'). */
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+07:00`);

// Default calendar: Asia/Ho_Chi_Minh, Monday–Friday, 07:30–11:30 and 13:30–17:00 (7.5 h a day),
// Vietnam's holidays (official schedules for 2017–2026). 2025-03-03 is a Monday.
const cal = buildWorkingCalendar();

describe('working hours, hand-computed (Asia/Ho_Chi_Minh defaults)', () => {
  it('inside one block: Mon 08:00 → 10:30 is 2.5 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-03 08:00'), at('2025-03-03 10:30')), 2.5, 'one block');
  });

  it('across lunch: Mon 10:00 → 14:00 is 1.5 h + 0.5 h = 2 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-03 10:00'), at('2025-03-03 14:00')), 2, 'lunch');
  });

  it('inside the lunch break: 11:45 → 13:15 is 0 h', () => {
    expect(cal.workingHoursBetween(at('2025-03-03 11:45'), at('2025-03-03 13:15'))).toBe(0);
  });

  it('across a night: Mon 16:00 → Tue 08:30 is 1 h + 1 h = 2 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-03 16:00'), at('2025-03-04 08:30')), 2, 'night');
  });

  it('Friday evening → Monday morning: Fri 16:30 → Mon 09:00 is 0.5 h + 1.5 h = 2 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-07 16:30'), at('2025-03-10 09:00')), 2, 'weekend');
  });

  it('a full working week, Mon 00:00 → Sat 00:00, is 5 × 7.5 = 37.5 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-03 00:00'), at('2025-03-08 00:00')), 37.5, 'week');
  });

  it('across a holiday with its swap: Tue 29/4/2025 16:00 → Mon 5/5 08:30 is 1 h + 1 h (30/4–4/5 off)', () => {
    expectHours(cal.workingHoursBetween(at('2025-04-29 16:00'), at('2025-05-05 08:30')), 2, '30/4');
  });

  it('on a make-up Saturday: Fri 25/4/2025 16:00 → Sat 26/4 12:00 is 1 h + 4 h', () => {
    expect(cal.isWorkingDay('2025-04-26')).toBe(true);
    expectHours(cal.workingHoursBetween(at('2025-04-25 16:00'), at('2025-04-26 12:00')), 5, 'make-up Saturday');
  });

  it('across Tết 2025: Fri 24/1 16:00 → Mon 3/2 08:00 is 1 h + 0.5 h (25/1–2/2 off)', () => {
    expectHours(cal.workingHoursBetween(at('2025-01-24 16:00'), at('2025-02-03 08:00')), 1.5, 'Tết');
  });

  it('from a non-working day: Sun 9/3/2025 10:00 → Mon 08:30 is 1 h', () => {
    expectHours(cal.workingHoursBetween(at('2025-03-09 10:00'), at('2025-03-10 08:30')), 1, 'Sunday start');
  });

  it('inside a holiday: Giỗ Tổ Mon 7/4/2025 09:00 → 16:00 is 0 h', () => {
    expect(cal.workingHoursBetween(at('2025-04-07 09:00'), at('2025-04-07 16:00'))).toBe(0);
  });

  it('is 0 for a zero-length interval and when the end is before the start', () => {
    expect(cal.workingHoursBetween(at('2025-03-03 09:00'), at('2025-03-03 09:00'))).toBe(0);
    expect(cal.workingHoursBetween(at('2025-03-03 10:00'), at('2025-03-03 09:00'))).toBe(0);
  });

  it('is NaN when an instant is not a finite number', () => {
    expect(cal.workingHoursBetween(Number.NaN, at('2025-03-03 09:00'))).toBeNaN();
    expect(cal.workingHoursBetween(at('2025-03-03 09:00'), Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('counts 250 working days (1875 h) in 2025 for civil servants: 261 weekdays − 12 holidays + 1 make-up Saturday', () => {
    expectHours(cal.workingHoursBetween(at('2025-01-01 00:00'), at('2026-01-01 00:00')), 1875, '2025');
  });

  it('spans years: 2024-12-31 16:00 → 2025-01-02 08:30 skips New Year’s Day (1 h + 1 h)', () => {
    expectHours(cal.workingHoursBetween(at('2024-12-31 16:00'), at('2025-01-02 08:30')), 2, 'New Year');
  });

  it('spans two centuries in O(days): 1900 → 2100 in well under a second once warm', () => {
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    const first = cal.workingHoursBetween(from, to);
    const t0 = performance.now();
    const again = cal.workingHoursBetween(from, to);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(again).toBe(first);
    expect(first).toBeGreaterThan(200 * 240 * 7.5);
    expect(first).toBeLessThan(200 * 262 * 7.5);
  });
});

describe('isWorkingDay and localDate', () => {
  it('knows weekends, holidays, days in lieu and make-up days', () => {
    expect(cal.isWorkingDay('2025-03-03')).toBe(true); // Monday
    expect(cal.isWorkingDay('2025-03-08')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-01-29')).toBe(false); // Tết
    expect(cal.isWorkingDay('2025-05-02')).toBe(false); // swapped Friday
    expect(cal.isWorkingDay('2025-04-26')).toBe(true); // make-up Saturday
    expect(cal.isWorkingDay('2027-02-10')).toBe(false); // rule: day in lieu of Tết 2027
  });

  it('gives the local date in the calendar time zone', () => {
    expect(cal.localDate(Date.parse('2025-03-07T16:59:59Z'))).toBe('2025-03-07');
    expect(cal.localDate(Date.parse('2025-03-07T17:00:00Z'))).toBe('2025-03-08');
  });

  it('throws invalid_instant for a non-finite instant and invalid_date for a malformed date', () => {
    expect(() => cal.localDate(Number.NaN)).toThrowError(expect.objectContaining({ code: 'invalid_instant' }));
    expect(() => cal.isWorkingDay('2025-13-01')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('options', () => {
  it('holidays, when given, are exactly the holidays: Tết becomes a working day', () => {
    const c = buildWorkingCalendar({ holidays: [] });
    expect(c.isWorkingDay('2025-01-29')).toBe(true);
    expect(c.isWorkingDay('2025-04-26')).toBe(false); // official make-up days go with the defaults
    const d = buildWorkingCalendar({ holidays: ['2025-03-04'] });
    expect(d.isWorkingDay('2025-03-04')).toBe(false);
    expect(d.isWorkingDay('2025-01-29')).toBe(true);
  });

  it('extraHolidays add to the defaults; workingSaturdays are worked whatever the weekday', () => {
    const c = buildWorkingCalendar({ extraHolidays: ['2025-11-24'], workingSaturdays: ['2025-03-08', '2025-03-09'] });
    expect(c.isWorkingDay('2025-11-24')).toBe(false);
    expect(c.isWorkingDay('2025-01-29')).toBe(false);
    expect(c.isWorkingDay('2025-03-08')).toBe(true);
    expect(c.isWorkingDay('2025-03-09')).toBe(true);
    expectHours(c.workingHoursBetween(at('2025-03-08 00:00'), at('2025-03-10 00:00')), 15, 'make-up weekend');
  });

  it('a day both holiday and make-up day is a holiday', () => {
    const c = buildWorkingCalendar({ extraHolidays: ['2025-03-08'], workingSaturdays: ['2025-03-08'] });
    expect(c.isWorkingDay('2025-03-08')).toBe(false);
  });

  it('custom week and hours: Monday–Saturday, one block 08:00–12:00', () => {
    const c = buildWorkingCalendar({ workingDays: [1, 2, 3, 4, 5, 6], workingHours: [['08:00', '12:00']], holidays: [] });
    expectHours(c.workingHoursBetween(at('2025-03-03 00:00'), at('2025-03-10 00:00')), 24, 'six mornings');
  });

  it('a block may end at 24:00', () => {
    const c = buildWorkingCalendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], workingHours: [['00:00', '24:00']], holidays: [] });
    expectHours(c.workingHoursBetween(at('2025-03-03 12:00'), at('2025-03-05 12:00')), 48, 'round the clock');
  });

  it('has frozen defaults and exposes the resolved options', () => {
    expect(Object.isFrozen(WORKING_CALENDAR_DEFAULTS)).toBe(true);
    expect(Object.isFrozen(WORKING_CALENDAR_DEFAULTS.workingDays)).toBe(true);
    expect(Object.isFrozen(WORKING_CALENDAR_DEFAULTS.workingHours[0])).toBe(true);
    expect(cal.options).toEqual({
      timezone: 'Asia/Ho_Chi_Minh',
      workingDays: [1, 2, 3, 4, 5],
      workingHours: [
        ['07:30', '11:30'],
        ['13:30', '17:00'],
      ],
      extraHolidays: [],
      workingSaturdays: [],
    });
    expect(Object.isFrozen(cal)).toBe(true);
  });

  it('rejects an unknown option with code unknown_option and its path', () => {
    expect(() => buildWorkingCalendar({ workingDay: [1] } as never)).toThrowError(
      expect.objectContaining({ code: 'unknown_option', path: ['workingDay'] }),
    );
  });

  it('lists every problem at once, each with its code and path', () => {
    try {
      buildWorkingCalendar({
        timezone: 'Asia/Hanoi_City',
        workingDays: [1, 2, 9, 2],
        workingHours: [
          ['07:30', '11:30'],
          ['13:30', '25:00'],
          ['11:00', '12:00'],
          ['17:00', '16:00'],
        ],
        holidays: ['2025-02-30'],
        extraHolidays: 'none' as never,
        workingSaturdays: [20250308 as never],
      });
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(TimeError);
      const err = e as TimeError;
      expect(err.code).toBe('invalid_timezone');
      expect(err.path).toEqual(['timezone']);
      expect(err.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_timezone', ['timezone']],
        ['invalid_value', ['workingDays', 2]],
        ['invalid_value', ['workingDays', 3]],
        ['invalid_time', ['workingHours', 1, 1]],
        ['invalid_value', ['workingHours', 2]],
        ['invalid_value', ['workingHours', 3]],
        ['invalid_date', ['holidays', 0]],
        ['invalid_type', ['extraHolidays']],
        ['invalid_date', ['workingSaturdays', 0]],
      ]);
      expect(err.message).toContain('workingHours[1][1]: expected a time HH:MM');
    }
  });

  it('rejects a non-object options argument with invalid_type', () => {
    expect(() => buildWorkingCalendar('Asia/Ho_Chi_Minh' as never)).toThrowError(expect.objectContaining({ code: 'invalid_type' }));
  });
});

describe('time zones with daylight saving', () => {
  // Europe/Paris: 2025-03-30 02:00 CET → 03:00 CEST; 2025-10-26 03:00 CEST → 02:00 CET.
  const paris = buildWorkingCalendar({ timezone: 'Europe/Paris', holidays: [] });
  const allDay = buildWorkingCalendar({
    timezone: 'Europe/Paris',
    workingDays: [1, 2, 3, 4, 5, 6, 7],
    workingHours: [['00:00', '24:00']],
    holidays: [],
  });

  it('counts the day of the spring change as 23 hours and of the autumn change as 25', () => {
    expectHours(allDay.workingHoursBetween(Date.parse('2025-03-30T00:00+01:00'), Date.parse('2025-03-31T00:00+02:00')), 23, 'spring');
    expectHours(allDay.workingHoursBetween(Date.parse('2025-10-26T00:00+02:00'), Date.parse('2025-10-27T00:00+01:00')), 25, 'autumn');
  });

  it('reads working hours on the local clock across the March change: Fri 16:00 CET → Mon 08:00 CEST is 1 h + 0.5 h', () => {
    expectHours(paris.workingHoursBetween(Date.parse('2025-03-28T16:00+01:00'), Date.parse('2025-03-31T08:00+02:00')), 1.5, 'Paris March');
  });

  it('a block spanning the gap is an hour shorter in real time (01:00–04:00 on 30/3/2025 is 2 h)', () => {
    const night = buildWorkingCalendar({
      timezone: 'Europe/Paris',
      workingDays: [7],
      workingHours: [['01:00', '04:00']],
      holidays: [],
    });
    expectHours(night.workingHoursBetween(Date.parse('2025-03-29T12:00Z'), Date.parse('2025-03-31T12:00Z')), 2, 'gap');
    expectHours(night.workingHoursBetween(Date.parse('2025-10-25T12:00Z'), Date.parse('2025-10-27T12:00Z')), 4, 'overlap');
  });

  it('handles a midnight change (America/Santiago, 2024-09-08 00:00 → 01:00): that day is 23 hours', () => {
    const santiago = buildWorkingCalendar({
      timezone: 'America/Santiago',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      workingHours: [['00:00', '24:00']],
      holidays: [],
    });
    expect(santiago.localDate(Date.parse('2024-09-08T04:00Z'))).toBe('2024-09-08');
    expect(santiago.localDate(Date.parse('2024-09-08T03:59:59Z'))).toBe('2024-09-07');
    expectHours(santiago.workingHoursBetween(Date.parse('2024-09-08T04:00Z'), Date.parse('2024-09-09T03:00Z')), 23, 'Santiago');
  });

  it('handles a skipped day (Pacific/Apia skipped 2011-12-30): 48 wall hours from 29/12 00:00 hold 24 real hours', () => {
    const apia = buildWorkingCalendar({
      timezone: 'Pacific/Apia',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      workingHours: [['00:00', '24:00']],
      holidays: [],
    });
    // 2011-12-29 00:00 −10:00 = 10:00Z; 2011-12-31 00:00 +14:00 = 2011-12-30 10:00Z.
    expectHours(apia.workingHoursBetween(Date.parse('2011-12-29T10:00Z'), Date.parse('2011-12-30T10:00Z')), 24, 'Apia');
    expect(apia.localDate(Date.parse('2011-12-30T10:00Z'))).toBe('2011-12-31');
  });
});

describe('speed', () => {
  it('answers 1e6 short-interval calls in under 5 s (typically ~0.2 s; cached per local day)', () => {
    const base = at('2025-03-03 08:00');
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const start = base + (i % 5000) * 3_600_000 + (i % 97) * 60_000;
      sum += cal.workingHoursBetween(start, start + 5 * 3_600_000 + (i % 13) * 600_000);
    }
    const elapsed = performance.now() - t0;
    expect(sum).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(5000);
  });
});
