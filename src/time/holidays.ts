/**
 * Vietnam's public holidays (ngày nghỉ lễ, tết), by the Labour Code rule and, for the years the
 * government announced them, by the official schedule (`./holidays-official.ts`), which wins.
 *
 * The rule (Labour Code 2019, Art. 112, in force since 2021; earlier codes for earlier years):
 * - Tết Dương lịch: 1 January.
 * - Tết Nguyên đán: 5 days, taken here as the last day of the old lunar year and the first four
 *   days of the new one (the Prime Minister picks the actual days each year; 4 days — last day and
 *   first three — before 2013, Labour Code 1994).
 * - Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month (since 2007).
 * - Ngày Chiến thắng 30 April and Quốc tế Lao động 1 May.
 * - Quốc khánh: 2 September and, since 2021, one adjacent day (1 or 3 September, chosen each year
 *   by the Prime Minister). The rule takes the adjacent day that is a working day and bridges to
 *   the weekly rest (Thursday → 3/9, Friday → 1/9, Saturday → 1/9, Sunday → 3/9, Monday → 3/9,
 *   Tuesday → 1/9, Wednesday → 1/9); this reproduces every official choice of 2021–2026.
 * - Days off in lieu (nghỉ bù, Art. 111(3)): a holiday falling on a weekly rest day gives a day off
 *   on the next working day that is not itself a holiday or an earlier day in lieu.
 * Swaps of working days (hoán đổi) and make-up Saturdays exist only in the official table.
 */

import { civilFromDays, daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate } from './days';
import { fail, TimeError, type TimeIssue } from './errors';
import { OFFICIAL_HOLIDAY_PERIODS, type HolidayKind } from './holidays-official';
import { epochDayOfLunar, LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, lunarNewYearEpochDay } from './lunar';

/** Options of the holiday functions. */
export interface VietnamHolidayOptions {
  /**
   * ISO weekdays worked (1 = Monday … 7 = Sunday); the others are weekly rest days, which decide
   * the days off in lieu. Default Monday–Friday. The official table is used only with this default,
   * the week it was announced for.
   */
  readonly workingDays?: readonly number[];
  /** Use the official table for the years it covers (default true). */
  readonly official?: boolean;
}

/** Default options: a Monday–Friday week, official table on. */
export const VIETNAM_HOLIDAY_DEFAULTS: Readonly<{ workingDays: readonly number[]; official: boolean }> = Object.freeze({
  workingDays: Object.freeze([1, 2, 3, 4, 5]),
  official: true,
});

/** One day off of the rule, named. */
export interface RuleHoliday {
  readonly date: string;
  readonly kind: HolidayKind;
  /** True for a day off in lieu of a holiday that fell on a weekly rest day. */
  readonly inLieu: boolean;
}

/** The days off and make-up working days of one Gregorian year. */
export interface VietnamHolidaySchedule {
  readonly year: number;
  /** `official` when the government's announced schedule was used, else `rule`. */
  readonly source: 'official' | 'rule';
  /** Sorted days off (YYYY-MM-DD); weekly rest days inside an announced break may be included. */
  readonly daysOff: readonly string[];
  /** Sorted make-up working days (ngày làm bù), Saturdays worked for a swapped weekday. */
  readonly makeUpWorkdays: readonly string[];
}

interface ResolvedOptions {
  readonly workingDays: ReadonlySet<number>;
  readonly useOfficial: boolean;
}

function resolveOptions(options: VietnamHolidayOptions | undefined): ResolvedOptions {
  if (options === undefined) return { workingDays: new Set(VIETNAM_HOLIDAY_DEFAULTS.workingDays), useOfficial: true };
  if (typeof options !== 'object' || options === null) fail('invalid_type', [], 'options must be an object');
  const issues: TimeIssue[] = [];
  for (const key of Object.keys(options)) {
    if (key !== 'workingDays' && key !== 'official') {
      issues.push({ code: 'unknown_option', path: [key], message: `unknown option "${key}"` });
    }
  }
  const workingDays = options.workingDays ?? VIETNAM_HOLIDAY_DEFAULTS.workingDays;
  const days = new Set<number>();
  if (!Array.isArray(workingDays)) {
    issues.push({ code: 'invalid_type', path: ['workingDays'], message: 'expected an array of ISO weekdays 1–7' });
  } else {
    workingDays.forEach((d: unknown, i: number) => {
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) {
        issues.push({ code: 'invalid_value', path: ['workingDays', i], message: 'expected an ISO weekday 1–7' });
      } else if (days.has(d)) {
        issues.push({ code: 'invalid_value', path: ['workingDays', i], message: `weekday ${d} is listed twice` });
      } else days.add(d);
    });
  }
  const official = options.official ?? true;
  if (typeof official !== 'boolean') issues.push({ code: 'invalid_type', path: ['official'], message: 'expected a boolean' });
  if (issues.length > 0) throw new TimeError(issues);
  const isDefaultWeek = days.size === 5 && [1, 2, 3, 4, 5].every((d) => days.has(d));
  return { workingDays: days, useOfficial: official && isDefaultWeek };
}

function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) fail('invalid_type', [], 'expected an integer year');
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    fail('out_of_range', [], `year ${year} is outside the supported range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  }
  return year;
}

/** The statutory holidays of a year, before days in lieu: [epoch day, kind][]. */
function statutoryDays(year: number, workingDays: ReadonlySet<number>): [number, HolidayKind][] {
  const days: [number, HolidayKind][] = [[daysFromCivil(year, 1, 1), 'new-year']];
  const tet = lunarNewYearEpochDay(year);
  const tetAfter = year >= 2013 ? 4 : 3;
  for (let d = tet - 1; d < tet + tetAfter; d++) days.push([d, 'tet']);
  if (year >= 2007) {
    const hungKings = epochDayOfLunar(year, 3, 10, false);
    /* c8 ignore next */
    if (hungKings === undefined) throw new Error(`no 10/3 lunar in ${year}`);
    days.push([hungKings, 'hung-kings']);
  }
  days.push([daysFromCivil(year, 4, 30), 'reunification-labour']);
  days.push([daysFromCivil(year, 5, 1), 'reunification-labour']);
  const sep2 = daysFromCivil(year, 9, 2);
  days.push([sep2, 'national-day']);
  if (year >= 2021) days.push([nationalDayCompanion(sep2, workingDays), 'national-day']);
  days.sort((a, b) => a[0] - b[0]);
  return days;
}

/** 1/9 or 3/9: the adjacent day that is worked and bridges to a rest day; 1/9 on a tie. */
function nationalDayCompanion(sep2: number, workingDays: ReadonlySet<number>): number {
  const works = (d: number) => workingDays.has(isoWeekday(d));
  const score = (candidate: number, beyond: number) => (works(candidate) ? 2 : 0) + (works(beyond) ? 0 : 1);
  const before = score(sep2 - 1, sep2 - 2);
  const after = score(sep2 + 1, sep2 + 2);
  return after > before ? sep2 + 1 : sep2 - 1;
}

function ruleDays(year: number, workingDays: ReadonlySet<number>): { day: number; kind: HolidayKind; inLieu: boolean }[] {
  const statutory = statutoryDays(year, workingDays);
  const taken = new Set(statutory.map(([d]) => d));
  const out = statutory.map(([day, kind]) => ({ day, kind, inLieu: false }));
  if (workingDays.size > 0) {
    for (const [day, kind] of statutory) {
      if (workingDays.has(isoWeekday(day))) continue;
      let next = day + 1;
      while (taken.has(next) || !workingDays.has(isoWeekday(next))) next++;
      taken.add(next);
      out.push({ day: next, kind, inLieu: true });
    }
  }
  out.sort((a, b) => a.day - b.day);
  return out;
}

/**
 * The days off that the Labour Code rule gives for a year, named, with the days in lieu — the
 * rule alone, without the official table. All dates fall within `year`.
 *
 * @example
 * vietnamHolidayRule(2028).slice(0, 2);
 * // [{ date: '2028-01-01', kind: 'new-year', inLieu: false },  (a Saturday)
 * //  { date: '2028-01-03', kind: 'new-year', inLieu: true }]
 */
export function vietnamHolidayRule(year: number, options?: VietnamHolidayOptions): readonly RuleHoliday[] {
  const resolved = resolveOptions(options);
  checkYear(year);
  return Object.freeze(
    ruleDays(year, resolved.workingDays).map(({ day, kind, inLieu }) =>
      Object.freeze({ date: formatIsoDate(day), kind, inLieu }),
    ),
  );
}

interface YearDays {
  readonly source: 'official' | 'rule';
  readonly off: readonly number[];
  readonly makeUp: readonly number[];
}

const officialByYear = new Map<number, YearDays>();
for (const p of OFFICIAL_HOLIDAY_PERIODS) {
  const prev = officialByYear.get(p.year) ?? { source: 'official' as const, off: [], makeUp: [] };
  const off = [...prev.off];
  for (let d = parseIsoDate(p.from); d <= parseIsoDate(p.to); d++) off.push(d);
  const makeUp = [...prev.makeUp, ...p.makeUpWorkdays.map((m) => parseIsoDate(m))];
  officialByYear.set(p.year, { source: 'official', off, makeUp });
}

/** The days belonging to the holidays of `holidayYear` (a break may start the December before). */
function holidayYearDays(holidayYear: number, resolved: ResolvedOptions): YearDays {
  if (resolved.useOfficial) {
    const official = officialByYear.get(holidayYear);
    if (official !== undefined) return official;
  }
  return { source: 'rule', off: ruleDays(holidayYear, resolved.workingDays).map((r) => r.day), makeUp: [] };
}

function uniqueSortedInYear(days: Iterable<number>, year: number): string[] {
  const set = new Set<number>();
  for (const d of days) if (civilFromDays(d).year === year) set.add(d);
  return [...set].sort((a, b) => a - b).map(formatIsoDate);
}

/**
 * The days off and make-up working days of a Gregorian year: the official schedule for the years
 * the table covers (2017–2026) when the week is Monday–Friday, else the Labour Code rule.
 * Throws a `TimeError` (`out_of_range`) outside 1800–2199.
 *
 * @example
 * const s = vietnamHolidaySchedule(2025);
 * s.source; // 'official'
 * s.makeUpWorkdays; // ['2025-04-26']
 */
export function vietnamHolidaySchedule(year: number, options?: VietnamHolidayOptions): VietnamHolidaySchedule {
  const resolved = resolveOptions(options);
  checkYear(year);
  const own = holidayYearDays(year, resolved);
  // A New Year break announced for year + 1 can begin in the last days of December.
  const next = year < LUNAR_MAX_YEAR ? holidayYearDays(year + 1, resolved) : { off: [], makeUp: [] };
  return Object.freeze({
    year,
    source: own.source,
    daysOff: Object.freeze(uniqueSortedInYear([...own.off, ...next.off], year)),
    makeUpWorkdays: Object.freeze(uniqueSortedInYear([...own.makeUp, ...next.makeUp], year)),
  });
}

/**
 * Vietnam's days off of a Gregorian year (sorted YYYY-MM-DD, a fresh array): holidays and days in
 * lieu by the Labour Code, replaced by the government's announced schedule for 2017–2026 (see
 * {@link vietnamHolidaySchedule} for the make-up working days and the source used).
 *
 * @example
 * vietnamHolidays(2025);
 * // ['2025-01-01', '2025-01-25', …, '2025-02-02', '2025-04-05', '2025-04-06', '2025-04-07',
 * //  '2025-04-30', …, '2025-05-04', '2025-08-30', …, '2025-09-02']
 * vietnamHolidays(2027).slice(0, 1); // ['2027-01-01']
 */
export function vietnamHolidays(year: number, options?: VietnamHolidayOptions): string[] {
  return [...vietnamHolidaySchedule(year, options).daysOff];
}
