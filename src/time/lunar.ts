/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the UTC+7 meridian.
 *
 * Rules (the same as the Chinese calendar's, applied to the civil day of Vietnam, UTC+7):
 * 1. A lunar month begins on the civil day that contains a new moon.
 * 2. Month 11 is the month containing the December solstice (Sun's apparent longitude 270°).
 * 3. When 13 months begin between two consecutive month-11 starts, the first of them (after
 *    month 11) that contains no major solar term (a multiple of 30° of solar longitude) is a
 *    leap month; it bears the number of the month before it.
 * 4. Tết (lunar new year's day) is the first day of month 1.
 * These are the rules of Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"), which
 * the Vietnamese calendars in use follow; the astronomy (new moons and solar longitudes after
 * Meeus) is in `./astronomy.ts`. Which day a month starts on can differ from China (UTC+8) when
 * a new moon falls between 16:00 and 17:00 UTC, as for Tết 1985 and 2007.
 *
 * Historical note: North Vietnam adopted UTC+7 for its calendar in 1968 (South Vietnam in 1975);
 * before that, the calendar in use followed China. This module applies UTC+7 to every year, as
 * asked of it; pass `{ utcOffsetHours: 8 }` for the Chinese calendar (and for Vietnam's before
 * 1968).
 *
 * Supported lunar years: 1800–2199. Checked day by day against Hồ Ngọc Đức's precomputed tables
 * (as shipped in the npm package `@dqcai/vn-lunar`): identical for every day of 1968–2199 except
 * lunar month 4 of 2054, whose new moon falls 22 seconds after local midnight here (Meeus with
 * the Espenak–Meeus ΔT) and just before it in his tables — a genuine tie within the uncertainty of
 * ΔT. For 1929–1967 his tables follow the UTC+8 calendar then in use and agree with
 * `{ utcOffsetHours: 8 }`.
 */

import { jdUtToJde, jdeToJdUt, newMoonJde, sunApparentLongitude, SYNODIC_MONTH } from './astronomy';
import { civilFromDays, daysFromCivil, formatIsoDate, JDN_OF_EPOCH_DAY_0, parseIsoDate } from './days';
import { fail, TimeError, type TimeIssue } from './errors';

/** A date of the lunar calendar. `leap` is true in a leap (intercalary, nhuận) month. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** Options of the lunar conversions. */
export interface LunarOptions {
  /** The meridian the calendar is computed for, in hours east of UTC (default 7, Vietnam). */
  readonly utcOffsetHours?: number;
}

/** Default options: Vietnam's calendar (UTC+7). */
export const LUNAR_DEFAULTS: Readonly<Required<LunarOptions>> = Object.freeze({ utcOffsetHours: 7 });

/** First and last lunar years supported. */
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

// JD (continuous) of the epoch day 0 at 00:00 UT.
const JD_OF_EPOCH_MIDNIGHT = JDN_OF_EPOCH_DAY_0 - 0.5;
// JD (UT) of the mean new moon of lunation 0, used to number lunations.
const LUNATION_0_JD = 2451550.1;

/** One stretch between two consecutive month-11 starts ("solstice year"). */
interface SolsticeYear {
  /** Epoch days on which each month begins; the last entry is the next month 11. */
  readonly starts: readonly number[];
  /** For each month (starts.length − 1 of them): its number, leap flag and lunar year. */
  readonly months: readonly LunarDate[];
}

function resolveOffset(options: LunarOptions | undefined): number {
  if (options === undefined) return LUNAR_DEFAULTS.utcOffsetHours;
  if (typeof options !== 'object' || options === null) fail('invalid_type', [], 'options must be an object');
  const issues: TimeIssue[] = [];
  for (const key of Object.keys(options)) {
    if (key !== 'utcOffsetHours') issues.push({ code: 'unknown_option', path: [key], message: `unknown option "${key}"` });
  }
  const offset = options.utcOffsetHours ?? LUNAR_DEFAULTS.utcOffsetHours;
  if (typeof offset !== 'number' || !Number.isFinite(offset) || offset < -12 || offset > 14) {
    issues.push({ code: 'invalid_value', path: ['utcOffsetHours'], message: 'expected a number of hours between -12 and 14' });
  }
  if (issues.length > 0) throw new TimeError(issues);
  return offset;
}

/** The civil day (epoch day, at `offset` hours east of UTC) containing new moon `k`. */
function newMoonDay(k: number, offset: number): number {
  const jdUt = jdeToJdUt(newMoonJde(k));
  return Math.floor(jdUt - JD_OF_EPOCH_MIDNIGHT + offset / 24);
}

/** Index 0–11 of the 30° sector the Sun is in at the local midnight that starts `day`. */
function sunSectorAtDayStart(day: number, offset: number): number {
  const jdUt = JD_OF_EPOCH_MIDNIGHT + day - offset / 24;
  return Math.floor(sunApparentLongitude(jdUtToJde(jdUt)) / 30);
}

/** The lunation number whose new moon falls on or just before `day` (approximate, ±1). */
function lunationNear(day: number): number {
  return Math.floor((JD_OF_EPOCH_MIDNIGHT + day - LUNATION_0_JD) / SYNODIC_MONTH);
}

/** The civil day containing the December solstice of a Gregorian year. */
function decemberSolsticeDay(year: number, offset: number): number {
  // The solstice falls on 20–23 December in 1800–2200 whatever the meridian; scan that window.
  const first = daysFromCivil(year, 12, 18);
  for (let day = first; day < first + 8; day++) {
    // The solstice instant lies in [start of day, start of day + 1) when the sector changes 8 → 9.
    if (sunSectorAtDayStart(day, offset) === 8 && sunSectorAtDayStart(day + 1, offset) === 9) return day;
  }
  /* c8 ignore next */
  throw new Error(`no December solstice found for ${year}`);
}

/** The start (epoch day) and lunation number of the month 11 of a Gregorian year. */
function month11(year: number, offset: number): { day: number; k: number } {
  const solstice = decemberSolsticeDay(year, offset);
  let k = lunationNear(solstice) + 1;
  while (newMoonDay(k, offset) > solstice) k--;
  return { day: newMoonDay(k, offset), k };
}

const solsticeYearCache = new Map<string, SolsticeYear>();

/**
 * The months between month 11 of `year − 1` (inclusive) and month 11 of `year` (exclusive),
 * numbered. Months 1–10 (and any leap month among them) belong to lunar year `year`; months 11
 * and 12 at its start belong to lunar year `year − 1`.
 */
function solsticeYear(year: number, offset: number): SolsticeYear {
  const key = `${offset}:${year}`;
  const cached = solsticeYearCache.get(key);
  if (cached !== undefined) return cached;

  const from = month11(year - 1, offset);
  const to = month11(year, offset);
  const starts: number[] = [];
  for (let k = from.k; k <= to.k; k++) starts.push(newMoonDay(k, offset));
  const count = starts.length - 1; // 12 or 13 months

  // In a 13-month stretch, the first month after month 11 without a major solar term is leap.
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSectorAtDayStart(starts[i], offset) === sunSectorAtDayStart(starts[i + 1], offset)) {
        leapIndex = i;
        break;
      }
    }
  }

  const months: LunarDate[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i; // months counted without the leap one
    const month = ((ordinal + 10) % 12) + 1; // ordinal 0 → 11, 1 → 12, 2 → 1, …
    months.push(Object.freeze({ year: month >= 11 ? year - 1 : year, month, day: 1, leap: i === leapIndex }));
  }
  const result: SolsticeYear = Object.freeze({ starts: Object.freeze(starts), months: Object.freeze(months) });
  solsticeYearCache.set(key, result);
  return result;
}

function checkYear(year: unknown, path: readonly (string | number)[]): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) fail('invalid_type', path, 'expected an integer year');
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    fail('out_of_range', path, `year ${year} is outside the supported range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  }
  return year;
}

/**
 * Lunar date of an epoch day (no range checks; the checked form is {@link solarToLunar}).
 *
 * @example
 * lunarOfEpochDay(20117); // { year: 2025, month: 1, day: 1, leap: false } (2025-01-29)
 */
export function lunarOfEpochDay(epochDay: number, utcOffsetHours = LUNAR_DEFAULTS.utcOffsetHours): LunarDate {
  const { year } = civilFromDays(epochDay);
  let stretch = solsticeYear(year, utcOffsetHours);
  const last = stretch.starts.length - 1;
  if (epochDay >= stretch.starts[last]) stretch = solsticeYear(year + 1, utcOffsetHours);
  const { starts, months } = stretch;
  let i = starts.length - 2;
  while (i > 0 && starts[i] > epochDay) i--;
  const m = months[i];
  return Object.freeze({ year: m.year, month: m.month, day: epochDay - starts[i] + 1, leap: m.leap });
}

/**
 * Epoch day of Tết (1st day of month 1) of a lunar year (no range checks).
 *
 * @example
 * lunarNewYearEpochDay(2025); // 20117 (2025-01-29)
 */
export function lunarNewYearEpochDay(year: number, utcOffsetHours = LUNAR_DEFAULTS.utcOffsetHours): number {
  const { starts, months } = solsticeYear(year, utcOffsetHours);
  for (let i = 0; i < months.length; i++) {
    if (months[i].month === 1 && !months[i].leap) return starts[i];
  }
  /* c8 ignore next */
  throw new Error(`no month 1 in lunar year ${year}`);
}

/**
 * Converts a lunar date to its epoch day (no range checks); `undefined` when the date does not
 * exist (no such leap month that year, or day 30 of a 29-day month).
 *
 * @example
 * epochDayOfLunar(2025, 1, 1); // 20117 (2025-01-29)
 * epochDayOfLunar(2024, 12, 30); // undefined (month 12 of Giáp Thìn has 29 days)
 */
export function epochDayOfLunar(
  year: number,
  month: number,
  day: number,
  leap = false,
  utcOffsetHours = LUNAR_DEFAULTS.utcOffsetHours,
): number | undefined {
  const { starts, months } = solsticeYear(month >= 11 ? year + 1 : year, utcOffsetHours);
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    if (m.month === month && m.leap === leap && m.year === year) {
      const length = starts[i + 1] - starts[i];
      return day >= 1 && day <= length ? starts[i] + day - 1 : undefined;
    }
  }
  return undefined;
}

/**
 * The Gregorian date (YYYY-MM-DD) of Tết Nguyên đán, the first day of the lunar year `year`,
 * in Vietnam's calendar (UTC+7) unless another meridian is given.
 *
 * @example
 * lunarNewYear(2025); // '2025-01-29'
 * lunarNewYear(1985); // '1985-01-21' (China, UTC+8: '1985-02-20')
 * lunarNewYear(1985, { utcOffsetHours: 8 }); // '1985-02-20'
 */
export function lunarNewYear(year: number, options?: LunarOptions): string {
  const offset = resolveOffset(options);
  checkYear(year, []);
  return formatIsoDate(lunarNewYearEpochDay(year, offset));
}

/**
 * Converts a Gregorian date (YYYY-MM-DD) to the Vietnamese lunar date.
 * Throws a `TimeError` with code `invalid_date` for a malformed date, `out_of_range` for a date
 * outside the lunar years 1800–2199.
 *
 * @example
 * solarToLunar('2025-04-07'); // { year: 2025, month: 3, day: 10, leap: false } (Giỗ Tổ Hùng Vương)
 * solarToLunar('2023-03-22'); // { year: 2023, month: 2, day: 1, leap: true } (tháng 2 nhuận)
 */
export function solarToLunar(date: string, options?: LunarOptions): LunarDate {
  const offset = resolveOffset(options);
  const epochDay = parseIsoDate(date, []);
  const result = lunarOfEpochDay(epochDay, offset);
  if (result.year < LUNAR_MIN_YEAR || result.year > LUNAR_MAX_YEAR) {
    fail('out_of_range', [], `${date} is outside the supported lunar years ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`);
  }
  return result;
}

/**
 * Converts a Vietnamese lunar date to its Gregorian date (YYYY-MM-DD). Throws a `TimeError` with
 * code `invalid_lunar_date` when the date does not exist (e.g. a leap month the year lacks, or
 * day 30 of a 29-day month), `out_of_range` outside the lunar years 1800–2199.
 *
 * @example
 * lunarToSolar({ year: 2025, month: 3, day: 10 }); // '2025-04-07' (Giỗ Tổ Hùng Vương)
 * lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }); // '2023-03-22'
 */
export function lunarToSolar(
  date: { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean },
  options?: LunarOptions,
): string {
  const offset = resolveOffset(options);
  if (typeof date !== 'object' || date === null) fail('invalid_type', [], 'expected a lunar date { year, month, day, leap? }');
  const year = checkYear(date.year, ['year']);
  const { month, day } = date;
  const leap = date.leap ?? false;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    fail('invalid_lunar_date', ['month'], 'expected a lunar month 1–12');
  }
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 30) {
    fail('invalid_lunar_date', ['day'], 'expected a lunar day 1–30');
  }
  if (typeof leap !== 'boolean') fail('invalid_type', ['leap'], 'expected a boolean');
  const epochDay = epochDayOfLunar(year, month, day, leap, offset);
  if (epochDay === undefined) {
    fail('invalid_lunar_date', [], `lunar date ${day}/${month}${leap ? ' (leap)' : ''}/${year} does not exist`);
  }
  return formatIsoDate(epochDay);
}
