/**
 * The analysed period: local dates in the configured zone ↔ UTC instants (via src/time), and its
 * rules (SPEC 7.1): `from` not after `to`, and a period given by the options no longer than
 * {@link MAX_PERIOD_YEARS} years. `analyze()` and the CLI both check through these functions.
 */
import { DdciError } from '../errors';
import type { PeriodBounds } from '../resolve/resolved';
import { civilFromDays, daysFromCivil, formatIsoDate, parseIsoDate, tryParseIsoDate } from '../time/days';
import { localDateOf, startOfLocalDate } from '../time/index';

/** The longest period that `from`/`to` may ask for, in years (SPEC 7.1). */
export const MAX_PERIOD_YEARS = 10;

/** A typed error for a malformed option (true misuse: thrown). */
export class OptionError extends DdciError {
  constructor(code: string, path: string, message: string) {
    super({ code, path: [path], message });
    this.name = 'OptionError';
  }
}

function epochDay(date: unknown, path: string): number {
  const day = tryParseIsoDate(date);
  if (day === undefined) throw new OptionError('invalid_date', path, `expected a real calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return day;
}

export { localDateOf } from '../time/index';

/** Throws `period_too_long` when the local days first…last (inclusive) span more than the maximum. */
function checkLength(firstDay: number, lastDay: number, path: string): void {
  const { year, month, day } = civilFromDays(firstDay);
  // The same calendar day MAX_PERIOD_YEARS later (29 February rolls to 1 March) is the first day too many.
  if (lastDay >= daysFromCivil(year + MAX_PERIOD_YEARS, month, day)) {
    throw new OptionError('period_too_long', path,
      `the period ${formatIsoDate(firstDay)} → ${formatIsoDate(lastDay)} is longer than ${MAX_PERIOD_YEARS} years`);
  }
}

/**
 * Check `from`/`to` (local dates, inclusive) and turn them into instants: `invalid_date` for a
 * date that is not a real calendar date, `period_reversed` when `from` is after `to`,
 * `period_too_long` when both are given and span more than {@link MAX_PERIOD_YEARS} years.
 * @example periodBounds({ from: '2025-02-03', to: '2025-02-09' }, 'Asia/Ho_Chi_Minh')
 * // { fromMs: Date.parse('2025-02-03T00:00+07:00'), toMs: Date.parse('2025-02-10T00:00+07:00') }
 */
export function periodBounds(options: { from?: string; to?: string }, timezone: string): PeriodBounds {
  const fromDay = options.from === undefined ? null : epochDay(options.from, 'from');
  const toDay = options.to === undefined ? null : epochDay(options.to, 'to');
  if (fromDay !== null && toDay !== null) {
    if (fromDay > toDay) throw new OptionError('period_reversed', 'from', `from (${options.from}) is after to (${options.to})`);
    checkLength(fromDay, toDay, 'to');
  }
  return {
    fromMs: fromDay === null ? null : startOfLocalDate(formatIsoDate(fromDay), timezone),
    toMs: toDay === null ? null : startOfLocalDate(formatIsoDate(toDay + 1), timezone),
  };
}

/**
 * The analysed period: the bounds given, else the first and last post (`earliest`, `latest`);
 * nulls when there is neither. When a bound was given, the period is held to
 * {@link MAX_PERIOD_YEARS} years (`period_too_long`: `from` 0001-01-01 would ask for 105,000
 * weeks); a period the data alone spans is taken as it is.
 * @example analysedPeriod({ fromMs: null, toMs: null }, 100, 200, 'UTC') // { firstMs: 100, lastMs: 200 }
 */
export function analysedPeriod(
  bounds: PeriodBounds, earliest: number | null, latest: number | null, timezone: string,
): { firstMs: number | null; lastMs: number | null } {
  const firstMs = bounds.fromMs ?? earliest;
  const lastMs = bounds.toMs !== null ? bounds.toMs - 1 : latest;
  if ((bounds.fromMs !== null || bounds.toMs !== null) && firstMs !== null && lastMs !== null && firstMs <= lastMs) {
    const localDay = (ms: number) => parseIsoDate(localDateOf(ms, timezone));
    checkLength(localDay(firstMs), localDay(lastMs), bounds.fromMs !== null ? 'from' : 'to');
  }
  return { firstMs, lastMs };
}
