import { describe, expect, it } from 'vitest';
import { formatIsoDate, isoWeekday, parseIsoDate } from '../../src/time/days';
import {
  lunarNewYear,
  lunarToSolar,
  OFFICIAL_HOLIDAY_PERIODS,
  OFFICIAL_HOLIDAY_YEARS,
  vietnamHolidayRule,
  vietnamHolidays,
  vietnamHolidaySchedule,
} from '../../src/time/index';

const weekday = (date: string) => isoWeekday(parseIsoDate(date));
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d++) out.push(formatIsoDate(d));
  return out;
};

describe('vietnamHolidays by the Labour Code rule (years without an official table)', () => {
  it('gives 2027 by hand: 1/1 Fri; Tết 5/2–9/2 with 6–7/2 on a weekend → in lieu 10–11/2; Giỗ Tổ 16/4; 30/4 Fri, 1/5 Sat → 3/5; 2/9 Thu + 3/9', () => {
    expect(vietnamHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(vietnamHolidaySchedule(2027).source).toBe('rule');
  });

  it('gives a day off in lieu on Monday when 1 January falls on a Saturday (2028)', () => {
    expect(weekday('2028-01-01')).toBe(6);
    expect(vietnamHolidayRule(2028).filter((h) => h.kind === 'new-year')).toEqual([
      { date: '2028-01-01', kind: 'new-year', inLieu: false },
      { date: '2028-01-03', kind: 'new-year', inLieu: true },
    ]);
  });

  it('gives two successive days in lieu when 30/4 and 1/5 fall on Saturday and Sunday (2033)', () => {
    expect([weekday('2033-04-30'), weekday('2033-05-01')]).toEqual([6, 7]);
    const days = vietnamHolidays(2033);
    expect(days).toContain('2033-05-02');
    expect(days).toContain('2033-05-03');
    expect(days).not.toContain('2033-05-04');
  });

  it('moves a Sunday Giỗ Tổ to the Monday (2026: 26/4 → 27/4)', () => {
    expect(vietnamHolidayRule(2026).filter((h) => h.kind === 'hung-kings')).toEqual([
      { date: '2026-04-26', kind: 'hung-kings', inLieu: false },
      { date: '2026-04-27', kind: 'hung-kings', inLieu: true },
    ]);
  });

  it('chains days in lieu past other holidays: 2/9/2029 Sunday → 3/9 is the second day, 4/9 in lieu', () => {
    expect(weekday('2029-09-02')).toBe(7);
    expect(vietnamHolidayRule(2029).filter((h) => h.kind === 'national-day')).toEqual([
      { date: '2029-09-02', kind: 'national-day', inLieu: false },
      { date: '2029-09-03', kind: 'national-day', inLieu: false },
      { date: '2029-09-04', kind: 'national-day', inLieu: true },
    ]);
  });

  it('takes Tết as the last day of the lunar year and the first four days of the new one (5 days since 2013)', () => {
    for (let year = 2013; year <= 2060; year++) {
      const tet = vietnamHolidayRule(year).filter((h) => h.kind === 'tet' && !h.inLieu);
      const first = lunarNewYear(year);
      expect(tet.length).toBe(5);
      expect(tet[1].date).toBe(first);
      expect(parseIsoDate(tet[0].date)).toBe(parseIsoDate(first) - 1);
    }
  });

  it('follows the older codes: 4 Tết days and one National Day before 2013/2021, no Giỗ Tổ before 2007', () => {
    const y2010 = vietnamHolidayRule(2010, { official: false });
    expect(y2010.filter((h) => h.kind === 'tet' && !h.inLieu)).toHaveLength(4);
    expect(vietnamHolidayRule(2006).some((h) => h.kind === 'hung-kings')).toBe(false);
    expect(vietnamHolidayRule(2020, { official: false }).filter((h) => h.kind === 'national-day' && !h.inLieu)).toHaveLength(1);
    expect(vietnamHolidayRule(2021).filter((h) => h.kind === 'national-day' && !h.inLieu)).toHaveLength(2);
  });

  it('counts only the configured weekly rest days: with a Monday–Saturday week, a Saturday holiday has no day in lieu', () => {
    const sixDays = vietnamHolidayRule(2028, { workingDays: [1, 2, 3, 4, 5, 6] });
    expect(sixDays.filter((h) => h.kind === 'new-year').map((h) => h.date)).toEqual(['2028-01-01']);
    expect(vietnamHolidaySchedule(2025, { workingDays: [1, 2, 3, 4, 5, 6] }).source).toBe('rule');
  });

  it('rejects unknown options and bad weekdays with their paths, and years outside 1800–2199', () => {
    expect(() => vietnamHolidays(2025, { weekend: [6, 7] } as never)).toThrowError(
      expect.objectContaining({ code: 'unknown_option', path: ['weekend'] }),
    );
    expect(() => vietnamHolidays(2025, { workingDays: [1, 8] })).toThrowError(
      expect.objectContaining({ code: 'invalid_value', path: ['workingDays', 1] }),
    );
    expect(() => vietnamHolidays(2200)).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });
});

describe('the National Day companion rule (1/9 or 3/9)', () => {
  it('reproduces the day the Prime Minister chose in every year 2021–2026', () => {
    // Official choices: 2021 Thu → 3/9, 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9,
    // 2025 Tue → 1/9, 2026 Wed → 1/9 (announcements in src/time/holidays-official.ts).
    const official: Record<number, string> = {
      2021: '2021-09-03',
      2022: '2022-09-01',
      2023: '2023-09-01',
      2024: '2024-09-03',
      2025: '2025-09-01',
      2026: '2026-09-01',
    };
    for (const [year, companion] of Object.entries(official)) {
      const rule = vietnamHolidayRule(Number(year)).filter((h) => h.kind === 'national-day' && !h.inLieu);
      expect(rule.map((h) => h.date).sort(), year).toEqual([companion, `${year}-09-02`].sort());
    }
  });
});

describe('official schedules win over the rule', () => {
  it('uses the announced Tết 2024 (8/2–14/2) instead of the rule (9/2–15/2)', () => {
    const rule = vietnamHolidayRule(2024).filter((h) => h.kind === 'tet').map((h) => h.date);
    expect(rule).toEqual(['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15']);
    const official = vietnamHolidays(2024);
    expect(official).toContain('2024-02-08');
    expect(official).not.toContain('2024-02-15');
    expect(vietnamHolidaySchedule(2024).source).toBe('official');
  });

  it('gives Tết 2025 as nine days, 25/1–2/2 (Official Dispatch 8726/VPCP-KGVX)', () => {
    const tet = vietnamHolidays(2025).filter((d) => d >= '2025-01-20' && d <= '2025-02-10');
    expect(tet).toEqual(range('2025-01-25', '2025-02-02'));
  });

  it('gives 30/4–1/5 of 2024 and 2025 with their swaps and make-up Saturdays', () => {
    const s2024 = vietnamHolidaySchedule(2024);
    expect(range('2024-04-27', '2024-05-01').every((d) => s2024.daysOff.includes(d))).toBe(true);
    expect(s2024.makeUpWorkdays).toEqual(['2024-05-04']);
    const s2025 = vietnamHolidaySchedule(2025);
    expect(range('2025-04-30', '2025-05-04').every((d) => s2025.daysOff.includes(d))).toBe(true);
    expect(s2025.makeUpWorkdays).toEqual(['2025-04-26']);
  });

  it('gives Quốc khánh 2024 as 31/8–3/9 and 2025 as 30/8–2/9', () => {
    expect(vietnamHolidays(2024).filter((d) => d >= '2024-08-01' && d <= '2024-09-30')).toEqual(range('2024-08-31', '2024-09-03'));
    expect(vietnamHolidays(2025).filter((d) => d >= '2025-08-01' && d <= '2025-09-30')).toEqual(range('2025-08-30', '2025-09-02'));
  });

  it('counts 22 days off in 2025, as the government announced (11 holidays and 11 added days)', () => {
    expect(vietnamHolidays(2025)).toHaveLength(22);
  });

  it('puts a New Year break that starts in December into the December year (31/12/2018 swapped, 5/1/2019 worked)', () => {
    expect(vietnamHolidays(2018)).toContain('2018-12-31');
    expect(vietnamHolidaySchedule(2019).makeUpWorkdays).toEqual(['2019-01-05', '2019-05-04']);
  });

  it('can be switched off: { official: false } gives the rule for a table year', () => {
    expect(vietnamHolidaySchedule(2024, { official: false }).source).toBe('rule');
    expect(vietnamHolidays(2024, { official: false })).toContain('2024-02-15');
  });

  it('returns sorted, unique dates of the asked year only', () => {
    for (let year = 2015; year <= 2030; year++) {
      const days = vietnamHolidays(year);
      expect([...days].sort()).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
      expect(days.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });
});

describe('the official table is consistent with the calendar', () => {
  it('covers 2017–2026, five breaks a year', () => {
    expect(OFFICIAL_HOLIDAY_YEARS).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const year of OFFICIAL_HOLIDAY_YEARS) {
      expect(new Set(OFFICIAL_HOLIDAY_PERIODS.filter((p) => p.year === year).map((p) => p.kind)).size).toBe(5);
    }
  });

  it('has each break contain its holiday: 1/1, Tết (lunar), 10/3 lunar, 30/4 and 1/5, 2/9', () => {
    for (const p of OFFICIAL_HOLIDAY_PERIODS) {
      expect(p.from <= p.to, `${p.year} ${p.kind}`).toBe(true);
      const inside = (date: string) => p.from <= date && date <= p.to;
      const label = `${p.year} ${p.kind}`;
      switch (p.kind) {
        case 'new-year':
          expect(inside(`${p.year}-01-01`), label).toBe(true);
          break;
        case 'tet':
          expect(inside(lunarNewYear(p.year)), label).toBe(true);
          // The announced break starts on or before the last day of the old year, and spans at least 7 days.
          expect(p.from < lunarNewYear(p.year), label).toBe(true);
          expect(range(p.from, p.to).length, label).toBeGreaterThanOrEqual(7);
          break;
        case 'hung-kings':
          expect(inside(lunarToSolar({ year: p.year, month: 3, day: 10 })), label).toBe(true);
          break;
        case 'reunification-labour':
          expect(inside(`${p.year}-04-30`) && inside(`${p.year}-05-01`), label).toBe(true);
          break;
        case 'national-day':
          expect(inside(`${p.year}-09-02`), label).toBe(true);
          break;
      }
    }
  });

  it('has make-up working days that are Saturdays outside every break', () => {
    const off = new Set(OFFICIAL_HOLIDAY_PERIODS.flatMap((p) => range(p.from, p.to)));
    for (const p of OFFICIAL_HOLIDAY_PERIODS) {
      for (const m of p.makeUpWorkdays) {
        expect(weekday(m), m).toBe(6);
        expect(off.has(m), m).toBe(false);
      }
      expect(p.source.length).toBeGreaterThan(10);
    }
  });

  it('gives, on working days, the same days off as the rule where no swap or Tết choice intervened (2022)', () => {
    const workdays = (dates: readonly string[]) => dates.filter((d) => weekday(d) <= 5);
    expect(workdays(vietnamHolidays(2022))).toEqual(workdays(vietnamHolidays(2022, { official: false })));
  });
});
