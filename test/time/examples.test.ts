import { describe, expect, it } from 'vitest';
import { deltaTSeconds, jdeToJdUt, newMoonJde, sunApparentLongitude } from '../../src/time/astronomy';
import { civilFromDays, daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate, tryParseClock, tryParseIsoDate } from '../../src/time/days';
import { getZone } from '../../src/time/zone';
import {
  buildWorkingCalendar,
  DEFAULT_TIMEZONE,
  formatLocalDate,
  formatLocalDateTime,
  instantFromLocal,
  localDateOf,
  localDaysBetween,
  parseUtcOffset,
  startOfLocalDate,
  formatIssuePath,
  isValidTimeZone,
  lunarNewYear,
  lunarToSolar,
  OFFICIAL_HOLIDAY_PERIODS,
  solarToLunar,
  vietnamHolidays,
  vietnamHolidaySchedule,
  weeksInPeriod,
  weekStart,
} from '../../src/time/index';

// Every `@example` of src/time, run, so that the docs cannot drift from the code.
describe('the JSDoc examples of src/time hold', () => {
  it('errors and days', () => {
    expect(formatIssuePath(['workingHours', 1, 0])).toBe('workingHours[1][0]');
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2025, 1, 29)).toBe(20117);
    expect(civilFromDays(20117)).toEqual({ year: 2025, month: 1, day: 29 });
    expect(isoWeekday(0)).toBe(4);
    expect(tryParseIsoDate('2025-01-29')).toBe(20117);
    expect(tryParseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(formatIsoDate(20117)).toBe('2025-01-29');
    expect(tryParseClock('07:30')).toBe(450);
    expect(tryParseClock('24:00')).toBe(1440);
    expect(tryParseClock('7:30')).toBeUndefined();
  });

  it('astronomy', () => {
    expect(deltaTSeconds(2000.5)).toBeCloseTo(64.0, 1);
    expect(jdeToJdUt(2451545.0)).toBeCloseTo(2451544.99926, 5);
    expect(newMoonJde(0)).toBeCloseTo(2451550.2603, 4);
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.906, 2);
  });

  it('lunar calendar', () => {
    expect(lunarNewYear(2025)).toBe('2025-01-29');
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, { utcOffsetHours: 8 })).toBe('1985-02-20');
    expect(solarToLunar('2025-04-07')).toEqual({ year: 2025, month: 3, day: 10, leap: false });
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 3, day: 10 })).toBe('2025-04-07');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
  });

  it('holidays', () => {
    const days = vietnamHolidays(2025);
    expect(days.slice(0, 2)).toEqual(['2025-01-01', '2025-01-25']);
    expect(days).toContain('2025-02-02');
    expect(days.slice(10, 13)).toEqual(['2025-04-05', '2025-04-06', '2025-04-07']);
    expect(days[days.length - 1]).toBe('2025-09-02');
    expect(vietnamHolidays(2027).slice(0, 1)).toEqual(['2027-01-01']);
    const s = vietnamHolidaySchedule(2025);
    expect(s.source).toBe('official');
    expect(s.makeUpWorkdays).toEqual(['2025-04-26']);
    const tet = OFFICIAL_HOLIDAY_PERIODS.filter((p) => p.year === 2025 && p.kind === 'tet');
    expect(tet).toHaveLength(1);
    expect(tet[0]).toMatchObject({ year: 2025, kind: 'tet', from: '2025-01-25', to: '2025-02-02', makeUpWorkdays: [] });
  });

  it('zones, calendar and weeks', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(getZone('Asia/Ho_Chi_Minh').offsetAt(Date.UTC(2025, 0, 1))).toBe(25_200_000);
    expect(getZone('-05:00').offsetAt(0)).toBe(-18_000_000);
    expect(DEFAULT_TIMEZONE).toBe('Asia/Ho_Chi_Minh');
    expect(parseUtcOffset('-05:00')).toBe(-18_000_000);
    expect(parseUtcOffset('+0700')).toBe(25_200_000);
    expect(parseUtcOffset('Asia/Ho_Chi_Minh')).toBeUndefined();
    const cal = buildWorkingCalendar();
    expect(cal.isWorkingDay('2025-01-29')).toBe(false);
    expect(cal.workingHoursBetween(Date.parse('2025-03-07T16:00+07:00'), Date.parse('2025-03-10T09:00+07:00'))).toBe(2.5);
    expect(cal.localDate(Date.parse('2025-03-07T20:00Z'))).toBe('2025-03-08');
    expect(weekStart(Date.parse('2025-03-09T23:30+07:00'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-03');
    expect(weekStart(Date.parse('2025-03-09T17:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-10');
    expect(weeksInPeriod(Date.parse('2024-12-25T10:00+07:00'), Date.parse('2025-01-07T10:00+07:00'))).toEqual([
      '2024-12-23',
      '2024-12-30',
      '2025-01-06',
    ]);
  });

  it('local dates and dates for people', () => {
    expect(localDateOf(Date.parse('2025-03-07T20:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2025-03-08');
    expect(localDateOf(Date.parse('2025-03-07T20:00Z'), 'Europe/Paris')).toBe('2025-03-07');
    expect(startOfLocalDate('2025-02-03', 'Asia/Ho_Chi_Minh')).toBe(Date.parse('2025-02-03T00:00+07:00'));
    expect(startOfLocalDate('2024-09-08', 'America/Santiago')).toBe(Date.parse('2024-09-08T01:00-03:00'));
    expect(localDaysBetween('2025-02-27', '2025-03-02')).toBe(3);
    expect(localDaysBetween('2025-03-02', '2025-02-27')).toBe(-3);
    expect(instantFromLocal('2017-08-22T03:15:00', '+07:00')).toBe(Date.parse('2017-08-21T20:15:00Z'));
    expect(instantFromLocal('2017-08-22 03:15:00', '-05:00')).toBe(Date.parse('2017-08-22T08:15:00Z'));
    expect(instantFromLocal('2025-03-30T02:30', 'Europe/Paris')).toBe(Date.parse('2025-03-30T01:00Z'));
    expect(instantFromLocal('2025-02-30T10:00', 'UTC')).toBeNaN();
    expect(formatLocalDateTime('2025-03-07T09:05:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('07/03/2025 16:05');
    expect(formatLocalDateTime(Date.parse('2025-03-07T09:05Z'), 'Asia/Ho_Chi_Minh', 'vi', 'PPPP')).toBe('Thứ Sáu, ngày 7 tháng 03 năm 2025');
    expect(formatLocalDateTime(Date.parse('2025-03-07T09:05Z'), 'Europe/Paris', 'en', 'd MMMM yyyy, HH:mm')).toBe('7 March 2025, 10:05');
    expect(formatLocalDateTime('not a time', 'UTC')).toBe('–');
    expect(formatLocalDate('2025-03-07')).toBe('07/03/2025');
    expect(formatLocalDate('2025-03-07', 'en', 'd MMM')).toBe('7 Mar');
    expect(formatLocalDate('2025-03-07', 'vi', 'EEEE d/M')).toBe('Thứ Sáu 7/3');
    expect(formatLocalDate(null)).toBe('–');
  });
});
