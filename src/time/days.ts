/**
 * Civil-date arithmetic on "epoch days" (whole days since 1970-01-01 in the proleptic Gregorian
 * calendar), the one day count every other time module uses. No time zones here: a day number
 * names a calendar date, wherever it is.
 *
 * The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms
 * (http://howardhinnant.github.io/date_algorithms.html), exact for every representable year.
 */

import { fail } from './errors';

/** Milliseconds in a civil day of 24 hours. */
export const MS_PER_DAY = 86_400_000;

/** Julian Day Number of the epoch day 0 (1970-01-01), noon-based: JDN = epochDay + 2440588. */
export const JDN_OF_EPOCH_DAY_0 = 2_440_588;

/** A calendar date as numbers; `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The epoch day of a proleptic Gregorian date.
 *
 * @example
 * daysFromCivil(1970, 1, 1); // 0
 * daysFromCivil(2025, 1, 29); // 20117
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The proleptic Gregorian date of an epoch day.
 *
 * @example
 * civilFromDays(20117); // { year: 2025, month: 1, day: 29 }
 */
export function civilFromDays(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday(0); // 4 (1970-01-01 was a Thursday)
 */
export function isoWeekday(epochDay: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Days in a Gregorian month.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a `YYYY-MM-DD` string to its epoch day, or returns `undefined` when the string is not a
 * real calendar date (`2025-02-30`, `2025-2-3`, ` 2025-02-03`).
 *
 * @example
 * tryParseIsoDate('2025-01-29'); // 20117
 * tryParseIsoDate('2025-02-30'); // undefined
 */
export function tryParseIsoDate(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/**
 * Parses a `YYYY-MM-DD` string to its epoch day; throws a `TimeError` (`invalid_date`) otherwise.
 *
 * @example
 * parseIsoDate('1970-01-02'); // 1
 */
export function parseIsoDate(text: unknown, path: readonly (string | number)[] = []): number {
  const day = tryParseIsoDate(text);
  if (day === undefined) fail('invalid_date', path, `expected a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Formats an epoch day as `YYYY-MM-DD` (years 0–9999).
 *
 * @example
 * formatIsoDate(20117); // '2025-01-29'
 */
export function formatIsoDate(epochDay: number): string {
  const { year, month, day } = civilFromDays(epochDay);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Character code of the digit `n % 10`. */
const d0 = (n: number): number => 48 + (n % 10);

/**
 * Formats an instant (epoch ms) as ISO 8601 UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`: exactly what
 * `new Date(ms).toISOString()` gives (it throws a RangeError for an invalid instant), built for
 * years 0–9999 without a Date object and as one flat string (ingest writes one per record: a few
 * times faster).
 *
 * @example
 * formatIsoInstant(1738116900007); // '2025-01-29T02:15:00.007Z'
 */
export function formatIsoInstant(ms: number): string {
  if (!(ms >= -62_167_219_200_000 && ms <= 253_402_300_799_999 && Number.isInteger(ms))) return new Date(ms).toISOString();
  const epochDay = Math.floor(ms / MS_PER_DAY);
  const { year, month, day } = civilFromDays(epochDay);
  let rest = ms - epochDay * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  return String.fromCharCode(
    d0(Math.floor(year / 1000)), d0(Math.floor(year / 100)), d0(Math.floor(year / 10)), d0(year), 45,
    d0(Math.floor(month / 10)), d0(month), 45, d0(Math.floor(day / 10)), d0(day), 84,
    d0(Math.floor(hour / 10)), d0(hour), 58, d0(Math.floor(minute / 10)), d0(minute), 58,
    d0(Math.floor(second / 10)), d0(second), 46, d0(Math.floor(milli / 100)), d0(Math.floor(milli / 10)), d0(milli), 90,
  );
}

const HH_MM = /^(\d{2}):(\d{2})$/;

/**
 * Parses a local clock time `HH:MM` (00:00–24:00, `24:00` meaning the end of the day) to minutes
 * after midnight, or returns `undefined`.
 *
 * @example
 * tryParseClock('07:30'); // 450
 * tryParseClock('24:00'); // 1440
 * tryParseClock('7:30'); // undefined
 */
export function tryParseClock(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = HH_MM.exec(text);
  if (m === null) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0) return 1440;
  if (hours > 23) return undefined;
  return hours * 60 + minutes;
}
