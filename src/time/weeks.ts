/**
 * Weeks as the weekly reports count them: ISO weeks, starting on Monday, in local time (SPEC 4.4).
 * A week is named by the date of its Monday, `YYYY-MM-DD`.
 */

import { formatIsoDate, isoWeekday } from './days';
import { fail } from './errors';
import { DEFAULT_TIMEZONE, getZone } from './zone';

/**
 * Default time zone of the week functions: {@link DEFAULT_TIMEZONE}.
 * @deprecated Use `DEFAULT_TIMEZONE`; kept so that existing imports work.
 */
export const WEEKS_DEFAULT_TIMEZONE: string = DEFAULT_TIMEZONE;

function mondayOf(ms: number, timezone: string, path: readonly (string | number)[]): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) fail('invalid_instant', path, `expected a finite epoch-ms number, got ${String(ms)}`);
  const day = getZone(timezone, ['timezone']).localDay(ms);
  return day - (isoWeekday(day) - 1);
}

/**
 * The Monday (YYYY-MM-DD, local date in `timezone`) of the week containing the instant `ms`.
 * Throws a `TimeError`: `invalid_instant` when `ms` is not finite, `invalid_timezone` for an
 * unknown zone.
 *
 * @example
 * // Sunday 2025-03-09 23:30 in Hà Nội is still the week of Monday 3 March…
 * weekStart(Date.parse('2025-03-09T23:30+07:00'), 'Asia/Ho_Chi_Minh'); // '2025-03-03'
 * // …and the same instant in UTC (16:30 on Sunday) too; 17:00 UTC on Sunday is Monday in Hà Nội:
 * weekStart(Date.parse('2025-03-09T17:00Z'), 'Asia/Ho_Chi_Minh'); // '2025-03-10'
 */
export function weekStart(ms: number, timezone: string = DEFAULT_TIMEZONE): string {
  return formatIsoDate(mondayOf(ms, timezone, []));
}

/**
 * Every week start (Monday, YYYY-MM-DD) from the week of `fromMs` through the week of `toMs`,
 * inclusive, in `timezone`. Empty when `toMs < fromMs`.
 *
 * @example
 * weeksInPeriod(Date.parse('2024-12-25T10:00+07:00'), Date.parse('2025-01-07T10:00+07:00'));
 * // ['2024-12-23', '2024-12-30', '2025-01-06']
 */
export function weeksInPeriod(fromMs: number, toMs: number, timezone: string = DEFAULT_TIMEZONE): string[] {
  const first = mondayOf(fromMs, timezone, ['fromMs']);
  const last = mondayOf(toMs, timezone, ['toMs']);
  if (toMs < fromMs) return [];
  const weeks: string[] = [];
  for (let day = first; day <= last; day += 7) weeks.push(formatIsoDate(day));
  return weeks;
}
