/** The analysed period: local dates in the configured zone ↔ UTC instants (via src/time). */
import { DdciError } from '../errors';
import { formatIsoDate, MS_PER_DAY, tryParseIsoDate } from '../time/days';
import { getZone } from '../time/zone';

/** A typed error for a malformed option (true misuse: thrown). */
export class OptionError extends DdciError {
  constructor(code: string, path: string, message: string) {
    super({ code, path: [path], message });
    this.name = 'OptionError';
  }
}

function epochDay(date: string, path: string): number {
  const day = tryParseIsoDate(date);
  if (day === undefined) throw new OptionError('invalid_date', path, `expected a date YYYY-MM-DD, got "${date}"`);
  return day;
}

/** UTC ms of the first instant of local date `date` (YYYY-MM-DD) in `timezone`. */
export function startOfLocalDay(date: string, timezone: string, path = 'date'): number {
  return getZone(timezone).startOfWall(epochDay(date, path) * MS_PER_DAY);
}

/** UTC ms of the first instant after local date `date` (YYYY-MM-DD) in `timezone`. */
export function endOfLocalDay(date: string, timezone: string, path = 'date'): number {
  return getZone(timezone).startOfWall((epochDay(date, path) + 1) * MS_PER_DAY);
}

/** The local date (YYYY-MM-DD) of an instant in `timezone`. */
export function localDateOf(ms: number, timezone: string): string {
  return formatIsoDate(getZone(timezone).localDay(ms));
}
