/**
 * Dates for people: instants and local dates formatted with date-fns `format` (Unicode tokens,
 * https://date-fns.org/docs/format) in a time zone (`@date-fns/tz`'s `tz()` context), in
 * Vietnamese (`vi`) or British English (`enGB`: day before month, 24-hour clock). The default
 * patterns are the report's: `dd/MM/yyyy HH:mm` and `dd/MM/yyyy`, the same in both languages.
 * Machine formats (YYYY-MM-DD) are not here: see `localDateOf` and `weekStart`.
 */

import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { vi } from 'date-fns/locale/vi';
import type { Locale } from 'date-fns';
import { MS_PER_DAY, tryParseIsoDate } from './days';
import { fail } from './errors';
import { DEFAULT_TIMEZONE, getZone } from './zone';

/** Languages dates are written in: Vietnamese or English. */
export type DateLang = 'vi' | 'en';

/** The default patterns (date-fns tokens) and the mark written for a missing date, frozen. */
export const DATE_FORMAT_DEFAULTS: Readonly<{ dateTime: string; date: string; missing: string }> = Object.freeze({
  /** An instant, as the report shows it: `07/03/2025 16:05`. */
  dateTime: 'dd/MM/yyyy HH:mm',
  /** A local date: `07/03/2025`. */
  date: 'dd/MM/yyyy',
  /** What a missing or unreadable date is written as (the report's mark for no value). */
  missing: '–',
});

const LOCALES: Readonly<Record<DateLang, Locale>> = Object.freeze({ vi, en: enGB });

function localeOf(lang: unknown): Locale {
  if (lang !== 'vi' && lang !== 'en') fail('invalid_value', ['lang'], `expected 'vi' or 'en', got ${JSON.stringify(lang)}`);
  return LOCALES[lang];
}

/** date-fns `format`, its RangeError for a bad pattern turned into a `TimeError` at `pattern`. */
function formatWith(date: number, pattern: string, options: Parameters<typeof format>[2]): string {
  if (typeof pattern !== 'string') fail('invalid_type', ['pattern'], 'expected a date-fns format pattern');
  try {
    return format(date, pattern, options);
  } catch (error) {
    if (error instanceof RangeError) fail('invalid_value', ['pattern'], error.message);
    throw error;
  }
}

/**
 * An instant as people read it, on the wall clock of a time zone, with date-fns `format`.
 * `instant` is epoch ms or an ISO 8601 string with its offset (as `createdTime` in the analysis).
 * Returns {@link DATE_FORMAT_DEFAULTS}`.missing` (`–`) when the instant is not a finite number or
 * the string does not parse; throws a `TimeError`: `invalid_timezone` for an unknown zone,
 * `invalid_value` for another language or a pattern date-fns refuses.
 *
 * @example
 * formatLocalDateTime('2025-03-07T09:05:00.000Z', 'Asia/Ho_Chi_Minh'); // '07/03/2025 16:05'
 * formatLocalDateTime(Date.parse('2025-03-07T09:05Z'), 'Asia/Ho_Chi_Minh', 'vi', 'PPPP'); // 'Thứ Sáu, ngày 7 tháng 03 năm 2025'
 * formatLocalDateTime(Date.parse('2025-03-07T09:05Z'), 'Europe/Paris', 'en', 'd MMMM yyyy, HH:mm'); // '7 March 2025, 10:05'
 * formatLocalDateTime('not a time', 'UTC'); // '–'
 */
export function formatLocalDateTime(
  instant: number | string,
  timezone: string = DEFAULT_TIMEZONE,
  lang: DateLang = 'vi',
  pattern: string = DATE_FORMAT_DEFAULTS.dateTime,
): string {
  getZone(timezone, ['timezone']); // checks the zone (tz() would give Invalid Date for a bad name)
  const locale = localeOf(lang);
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return DATE_FORMAT_DEFAULTS.missing;
  return formatWith(ms, pattern, { in: tz(timezone), locale });
}

/**
 * A local date (YYYY-MM-DD) as people read it, with date-fns `format` (no time zone: the date is
 * already local). Returns `–` for `null` or a string that is not a real date; throws a `TimeError`
 * (`invalid_value`) for another language or a pattern date-fns refuses.
 *
 * @example
 * formatLocalDate('2025-03-07'); // '07/03/2025'
 * formatLocalDate('2025-03-07', 'en', 'd MMM'); // '7 Mar'
 * formatLocalDate('2025-03-07', 'vi', 'EEEE d/M'); // 'Thứ Sáu 7/3'
 * formatLocalDate(null); // '–'
 */
export function formatLocalDate(date: string | null, lang: DateLang = 'vi', pattern: string = DATE_FORMAT_DEFAULTS.date): string {
  const locale = localeOf(lang);
  const day = tryParseIsoDate(date);
  if (day === undefined) return DATE_FORMAT_DEFAULTS.missing;
  return formatWith(day * MS_PER_DAY, pattern, { in: tz('UTC'), locale });
}

/**
 * Short weekday names, Monday first, from date-fns' locales (`Th 2 … CN`, `Mon … Sun`).
 * Throws a `TimeError` (`invalid_value`) for another language.
 *
 * @example
 * weekdayNames('vi'); // ['Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7', 'CN']
 * weekdayNames('en'); // ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
 */
export function weekdayNames(lang: DateLang): string[] {
  const locale = localeOf(lang);
  return [1, 2, 3, 4, 5, 6, 0].map((d) => locale.localize.day(d as 0, { width: lang === 'vi' ? 'short' : 'abbreviated' }));
}
