import { describe, expect, it } from 'vitest';
import { newMoonJde, sunApparentLongitude } from '../../src/time/astronomy';
import { daysFromCivil, formatIsoDate, parseIsoDate } from '../../src/time/days';
import { lunarNewYear, lunarToSolar, solarToLunar, TimeError } from '../../src/time/index';

/**
 * Tết Nguyên đán in Vietnam (UTC+7). Sources:
 * - Hồ Ngọc Đức, "Âm lịch Việt Nam" tables and "Rules for the Vietnamese calendar"
 *   (informatik.uni-leipzig.de/~duc/amlich/calrules_en.html): Tết 1985 = 1985-01-21 (China
 *   1985-02-20), 2007 = 2007-02-17 (China 2007-02-18), 2030 = 2030-02-02 (China 2030-02-03),
 *   2053 = 2053-02-18 (China 2053-02-19); Tết Mậu Thân 1968 = 1968-01-29 in the North (UTC+7)
 *   against 1968-01-30 by the old UTC+8 calendar kept in the South.
 * - 2017–2026: the government's holiday announcements, which name the lunar days of each break
 *   (e.g. 2025: "25/1 … 2/2/2025, 26 tháng Chạp Giáp Thìn … mùng 5 tháng Giêng Ất Tỵ"), see
 *   src/time/holidays-official.ts; 2027–2029 from Hồ Ngọc Đức's tables.
 * Note: 2030 is 2 February in Vietnam — 3 February is the Chinese date (the new moon is at
 * 23:07 UTC+7 on 2 February).
 */
const TET_VIETNAM: Record<number, string> = {
  1968: '1968-01-29',
  1985: '1985-01-21',
  2007: '2007-02-17',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2053: '2053-02-18',
};

/** The Chinese (UTC+8) dates where they differ, from the same source. */
const TET_CHINA_DIFFERENT: Record<number, string> = {
  1968: '1968-01-30',
  1985: '1985-02-20',
  2007: '2007-02-18',
  2030: '2030-02-03',
  2053: '2053-02-19',
};

describe('astronomy (Meeus)', () => {
  it('finds the new moon of Meeus example 49.a (1977 February, k = −283) to the second', () => {
    expect(Math.abs(newMoonJde(-283) - 2443192.65118) * 86400).toBeLessThan(1);
  });

  it('gives the apparent solar longitude of Meeus example 25.a (1992-10-13 0h TD) to 0.0001°', () => {
    expect(Math.abs(sunApparentLongitude(2448908.5) - 199.90895)).toBeLessThan(1e-4);
  });
});

describe('lunarNewYear', () => {
  for (const [year, date] of Object.entries(TET_VIETNAM)) {
    it(`puts Tết ${year} on ${date} in Vietnam (UTC+7), as published`, () => {
      expect(lunarNewYear(Number(year))).toBe(date);
    });
  }

  for (const [year, date] of Object.entries(TET_CHINA_DIFFERENT)) {
    it(`puts Tết ${year} on ${date} for the UTC+8 meridian (China), a different day from Vietnam`, () => {
      expect(lunarNewYear(Number(year), { utcOffsetHours: 8 })).toBe(date);
    });
  }

  it('agrees with China on Tết in every year 2008–2029 (no new moon of month 1 between 16:00 and 17:00 UTC)', () => {
    for (let year = 2008; year <= 2029; year++) {
      expect(lunarNewYear(year, { utcOffsetHours: 8 }), String(year)).toBe(lunarNewYear(year));
    }
  });

  it('always falls between 21 January and 20 February, 1800–2199', () => {
    for (let year = 1800; year <= 2199; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`).toBe(true);
    }
  });

  it('rejects years outside 1800–2199 with out_of_range and non-integers with invalid_type', () => {
    expect(() => lunarNewYear(1799)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => lunarNewYear(2200)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
    expect(() => lunarNewYear(2025.5)).toThrowError(expect.objectContaining({ code: 'invalid_type' }));
  });

  it('rejects unknown options and a bad meridian, naming each path', () => {
    try {
      lunarNewYear(2025, { utcOffset: 8, utcOffsetHours: 99 } as never);
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(TimeError);
      const err = e as TimeError;
      expect(err.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown_option', ['utcOffset']],
        ['invalid_value', ['utcOffsetHours']],
      ]);
    }
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
  // Dates as announced for the holiday each year (sources in src/time/holidays-official.ts).
  const HUNG_KINGS: Record<number, string> = {
    2017: '2017-04-06',
    2018: '2018-04-25',
    2019: '2019-04-14',
    2020: '2020-04-02',
    2021: '2021-04-21',
    2022: '2022-04-10',
    2023: '2023-04-29',
    2024: '2024-04-18',
    2025: '2025-04-07',
    2026: '2026-04-26',
  };
  for (const [year, date] of Object.entries(HUNG_KINGS)) {
    it(`falls on ${date} in ${year}, as announced`, () => {
      expect(lunarToSolar({ year: Number(year), month: 3, day: 10 })).toBe(date);
      expect(solarToLunar(date)).toEqual({ year: Number(year), month: 3, day: 10, leap: false });
    });
  }
});

describe('leap months (tháng nhuận)', () => {
  // Hồ Ngọc Đức's tables: the first day of each leap month.
  const LEAP: [number, number, string][] = [
    [2017, 6, '2017-07-23'],
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
    [2033, 11, '2033-12-22'],
  ];
  for (const [year, month, first] of LEAP) {
    it(`has leap month ${month} of ${year} beginning on ${first}`, () => {
      expect(lunarToSolar({ year, month, day: 1, leap: true })).toBe(first);
      expect(solarToLunar(first)).toEqual({ year, month, day: 1, leap: true });
      // The day before is the last day of the ordinary month of the same number.
      const before = solarToLunar(formatIsoDate(parseIsoDate(first) - 1));
      expect(before.month).toBe(month);
      expect(before.leap).toBe(false);
    });
  }

  it('rejects a leap month the year does not have with invalid_lunar_date', () => {
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toThrowError(
      expect.objectContaining({ code: 'invalid_lunar_date' }),
    );
  });

  it('rejects day 30 of a 29-day month with invalid_lunar_date', () => {
    // Month 12 of Giáp Thìn (lunar 2024) has 29 days: Tết Ất Tỵ is 2025-01-29.
    expect(lunarToSolar({ year: 2024, month: 12, day: 29 })).toBe('2025-01-28');
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30 })).toThrowError(
      expect.objectContaining({ code: 'invalid_lunar_date' }),
    );
  });

  it('has no "30 Tết" from lunar 2024 to 2031, then again in 2032 (Phạm Vũ Lộc, Vietnam Space Center, 2024)', () => {
    for (let year = 2024; year <= 2032; year++) {
      const eve = solarToLunar(formatIsoDate(parseIsoDate(lunarNewYear(year + 1)) - 1));
      expect(eve.month).toBe(12);
      expect(eve.day, String(year)).toBe(year === 2032 ? 30 : 29);
    }
  });
});

describe('solarToLunar and lunarToSolar', () => {
  it('convert back and forth for every day of 1900–2100, days counting up one by one', () => {
    const first = daysFromCivil(1900, 2, 1);
    const last = daysFromCivil(2100, 12, 31);
    let previous = solarToLunar(formatIsoDate(first - 1));
    for (let day = first; day <= last; day++) {
      const date = formatIsoDate(day);
      const lunar = solarToLunar(date);
      if (lunar.day === 1) {
        expect(previous.day === 29 || previous.day === 30, date).toBe(true);
      } else {
        expect(lunar.day, date).toBe(previous.day + 1);
        expect(lunar.month, date).toBe(previous.month);
      }
      if (lunar.day === 1 || lunar.day === 15) expect(lunarToSolar(lunar), date).toBe(date);
      previous = lunar;
    }
  });

  it('starts each lunar year on Tết: solarToLunar(Tết) is 1/1 and the day before is in month 12', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
      const eve = solarToLunar(formatIsoDate(parseIsoDate(tet) - 1));
      expect(eve.year).toBe(year - 1);
      expect(eve.month).toBe(12);
    }
  });

  it('has 7 leap months in every 19 years (Metonic cycle), 1900–2099', () => {
    let leapMonths = 0;
    for (let year = 1900; year < 2090; year++) {
      for (let month = 1; month <= 12; month++) {
        try {
          lunarToSolar({ year, month, day: 1, leap: true });
          leapMonths++;
        } catch {
          // no leap month here
        }
      }
    }
    expect(leapMonths).toBe(70);
  });

  it('rejects malformed solar dates with invalid_date', () => {
    expect(() => solarToLunar('2025-02-30')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => solarToLunar('2025-2-3')).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
  });
});
