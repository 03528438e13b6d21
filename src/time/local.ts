/**
 * Instants ↔ local dates and wall-clock times in a time zone: the helpers the rest of the code
 * uses instead of reading offsets itself (the analysed period, the report's dates, the export
 * formats whose times carry a fixed shift). Exact to the second in any IANA zone, daylight saving
 * included, through the cached {@link getZone}.
 */

import { daysFromCivil, daysInMonth, formatIsoDate, formatIsoInstant, isoWeekday, MS_PER_DAY, parseIsoDate } from './days';
import { fail } from './errors';
import { DEFAULT_TIMEZONE, getZone } from './zone';

function checkInstant(ms: unknown, path: readonly (string | number)[]): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) fail('invalid_instant', path, `expected a finite epoch-ms number, got ${String(ms)}`);
  return ms;
}

/**
 * The local date (YYYY-MM-DD) of an instant in a time zone (an IANA name, or a fixed offset
 * `±HH:MM`). Throws a `TimeError`: `invalid_instant` when `ms` is not a finite number,
 * `invalid_timezone` for an unknown zone.
 *
 * @example
 * localDateOf(Date.parse('2025-03-07T20:00Z'), 'Asia/Ho_Chi_Minh'); // '2025-03-08'
 * localDateOf(Date.parse('2025-03-07T20:00Z'), 'Europe/Paris'); // '2025-03-07'
 */
export function localDateOf(ms: number, timezone: string = DEFAULT_TIMEZONE): string {
  checkInstant(ms, []);
  return formatIsoDate(getZone(timezone, ['timezone']).localDay(ms));
}

/**
 * The local wall-clock time of an instant in a time zone, `YYYY-MM-DD HH:mm:ss` (seconds
 * truncated, as date-fns' `ss`): what the tables' `…Local` columns hold. The same text as
 * `formatLocalDateTime(ms, timezone, 'en', 'yyyy-MM-dd HH:mm:ss')` (property-tested), without
 * date-fns' pattern machinery: one offset lookup and one flat string, for tables of 10⁵ rows.
 * Throws a `TimeError`: `invalid_instant` for a non-finite instant, `invalid_timezone` for an unknown zone.
 *
 * @example
 * localDateTimeOf(Date.parse('2025-03-07T09:05:59.900Z'), 'Asia/Ho_Chi_Minh'); // '2025-03-07 16:05:59'
 */
export function localDateTimeOf(ms: number, timezone: string = DEFAULT_TIMEZONE): string {
  checkInstant(ms, []);
  const local = formatIsoInstant(ms + getZone(timezone, ['timezone']).offsetAt(ms));
  // Years 0–9999 come as YYYY-MM-DDTHH:mm:ss.sssZ; others (±YYYYYY) keep their own length.
  const t = local.indexOf('T');
  return `${local.slice(0, t)} ${local.slice(t + 1, t + 9)}`;
}

/**
 * The first instant (epoch ms) of a local date in a time zone: its midnight, or, where midnight
 * falls in a daylight-saving gap (America/Santiago in September), the instant the clocks jump.
 * Throws a `TimeError`: `invalid_date` for a malformed date, `invalid_timezone` for an unknown zone.
 *
 * @example
 * startOfLocalDate('2025-02-03', 'Asia/Ho_Chi_Minh'); // Date.parse('2025-02-03T00:00+07:00')
 * startOfLocalDate('2024-09-08', 'America/Santiago'); // Date.parse('2024-09-08T01:00-03:00')
 */
export function startOfLocalDate(date: string, timezone: string = DEFAULT_TIMEZONE): number {
  const day = parseIsoDate(date, ['date']);
  return getZone(timezone, ['timezone']).startOfWall(day * MS_PER_DAY);
}

/**
 * Whole days from local date `a` to local date `b` (YYYY-MM-DD): negative when `b` is earlier.
 * Throws a `TimeError` (`invalid_date`) for a malformed date.
 *
 * @example
 * localDaysBetween('2025-02-27', '2025-03-02'); // 3
 * localDaysBetween('2025-03-02', '2025-02-27'); // -3
 */
export function localDaysBetween(a: string, b: string): number {
  return parseIsoDate(b, ['b']) - parseIsoDate(a, ['a']);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/**
 * The instant (epoch ms) at which the wall clock of a time zone shows a local date and time.
 * `local` is `YYYY-MM-DDTHH:MM[:SS[.fff]]` (or with a space for `T`), without offset; `timeZone`
 * is an IANA name or a fixed offset (`Z`, `±HH:MM`, `±HHMM`) — e.g. an export whose times are
 * UTC shifted by a fixed −5 hours is read with `'-05:00'`. A wall time that a daylight-saving gap
 * skips gives the instant of the jump; one that an overlap repeats, its first occurrence.
 * Returns `NaN` (the neutral value, as `Date.parse`) when `local` is not a real date and time;
 * throws a `TimeError` (`invalid_timezone`) for an unknown zone.
 *
 * @example
 * instantFromLocal('2017-08-22T03:15:00', '+07:00'); // Date.parse('2017-08-21T20:15:00Z')
 * instantFromLocal('2017-08-22 03:15:00', '-05:00'); // Date.parse('2017-08-22T08:15:00Z')
 * instantFromLocal('2025-03-30T02:30', 'Europe/Paris'); // Date.parse('2025-03-30T01:00Z') (the jump)
 * instantFromLocal('2025-02-30T10:00', 'UTC'); // NaN
 */
export function instantFromLocal(local: string, timeZone: string): number {
  const zone = getZone(timeZone, ['timeZone']);
  const m = typeof local === 'string' ? LOCAL_DATE_TIME.exec(local) : null;
  if (m === null) return Number.NaN;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const wall = wallClockMs(year, month, day, hour, minute, second, millis);
  return Number.isNaN(wall) ? wall : zone.startOfWall(wall);
}

/** A wall-clock date and time as if it were UTC (ms), or NaN when a field is out of range. */
function wallClockMs(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59 || millis < 0 || millis > 999) return Number.NaN;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/**
 * The instant (epoch ms) of a wall-clock date and time at a fixed UTC offset, from its fields: the
 * allocation-free form of `instantFromLocal(local, '±HH:MM')` for readers of millions of
 * timestamps (ingest). `offsetMinutes` is signed (`+07:00` → 420, `-05:00` → −300). Returns NaN
 * when a field is out of range: month 1–12, a real day of that month, hour ≤ 23, minute and second
 * ≤ 59, millisecond 0–999, an offset within ±23:59.
 *
 * @example
 * instantAtOffset(2017, 8, 22, 3, 15, 0, 0, 420); // Date.parse('2017-08-22T03:15:00+07:00')
 * instantAtOffset(2025, 2, 30, 10, 0, 0, 0, 0); // NaN
 */
export function instantAtOffset(
  year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offsetMinutes: number,
): number {
  if (!(Math.abs(offsetMinutes) < 24 * 60)) return Number.NaN;
  return wallClockMs(year, month, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

/**
 * The local ISO weekday (1 = Monday … 7 = Sunday) and hour (0–23) of an instant in a time zone.
 * Throws a `TimeError`: `invalid_instant` for a non-finite instant, `invalid_timezone` for an unknown zone.
 *
 * @example
 * localWeekdayHour(Date.parse('2025-03-17T02:15:00Z'), 'Asia/Ho_Chi_Minh'); // { weekday: 1, hour: 9 }
 */
export function localWeekdayHour(ms: number, timezone: string = DEFAULT_TIMEZONE): { weekday: number; hour: number } {
  checkInstant(ms, []);
  const zone = getZone(timezone, ['timezone']);
  const day = zone.localDay(ms);
  const local = ms + zone.offsetAt(ms);
  return { weekday: isoWeekday(day), hour: Math.floor((local - day * MS_PER_DAY) / 3_600_000) };
}
