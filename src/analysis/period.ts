/** The analysed period: local dates in the configured zone ↔ UTC instants. */
import { TZDate } from '@date-fns/tz';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A typed error for a malformed option (true misuse: thrown). */
export class OptionError extends Error {
  constructor(readonly code: string, readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'OptionError';
  }
}

/** UTC ms of local midnight starting `date` (YYYY-MM-DD) in `timezone`. */
export function startOfLocalDay(date: string, timezone: string, path = 'date'): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new OptionError('invalid_date', path, `expected a date YYYY-MM-DD, got "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = new TZDate(year, month - 1, day, timezone).getTime();
  const check = new TZDate(ms, timezone);
  if (check.getFullYear() !== year || check.getMonth() !== month - 1 || check.getDate() !== day) {
    throw new OptionError('invalid_date', path, `no such date "${date}"`);
  }
  return ms;
}

/** The local date (YYYY-MM-DD) of an instant in `timezone`. */
export function localDateOf(ms: number, timezone: string): string {
  const d = new TZDate(ms, timezone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local date after `date`. */
export function nextLocalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
