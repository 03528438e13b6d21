/**
 * IANA time-zone arithmetic on epoch milliseconds, exact to the second (historical offsets such
 * as Asia/Ho_Chi_Minh's +07:06:30 included), built on `Intl.DateTimeFormat` alone.
 *
 * A `Zone` answers two questions fast, with a cache per UTC day:
 * - `offsetAt(ms)`: the offset (ms to add to UTC) in force at an instant;
 * - `startOfWall(wallMs)`: the first instant whose local wall-clock time is at or after a given
 *   wall-clock time (written as if it were UTC). In a gap (clocks jump forward) that is the
 *   transition instant; in an overlap (clocks fall back) the first occurrence.
 * Each UTC day holds at most one offset transition (true of every zone in the tz database); the
 * transition instant is found by bisection to the second and cached.
 */

import { daysFromCivil, MS_PER_DAY } from './days';
import { fail } from './errors';

interface DayOffsets {
  /** First instant (ms) of the new offset, or +Infinity when the day has no transition. */
  readonly transition: number;
  readonly before: number;
  readonly after: number;
}

/** Time-zone arithmetic for one IANA zone; obtain one with {@link getZone}. */
export interface Zone {
  /** The zone's name, as given. */
  readonly id: string;
  /** Offset from UTC in ms at an instant (local = utc + offset). */
  offsetAt(ms: number): number;
  /** Epoch day of the local calendar date at an instant. */
  localDay(ms: number): number;
  /** First instant whose local wall-clock time is ≥ `wallMs` (local time written as UTC ms). */
  startOfWall(wallMs: number): number;
}

const zones = new Map<string, Zone>();

/**
 * Whether a string names a time zone this runtime knows (IANA names such as
 * `Asia/Ho_Chi_Minh`, `Europe/Paris`, `UTC`).
 *
 * @example
 * isValidTimeZone('Asia/Ho_Chi_Minh'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  if (zones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The cached {@link Zone} for an IANA time-zone name; throws a `TimeError` (`invalid_timezone`)
 * for an unknown name.
 *
 * @example
 * const hcm = getZone('Asia/Ho_Chi_Minh');
 * hcm.offsetAt(Date.UTC(2025, 0, 1)); // 25200000 (7 hours)
 */
export function getZone(timeZone: string, path: readonly (string | number)[] = []): Zone {
  const cached = zones.get(timeZone);
  if (cached !== undefined) return cached;
  if (!isValidTimeZone(timeZone)) fail('invalid_timezone', path, `unknown time zone ${JSON.stringify(timeZone)}`);
  const zone = createZone(timeZone);
  zones.set(timeZone, zone);
  return zone;
}

function createZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  /** Offset at the whole second containing `ms`, straight from Intl (slow). */
  function rawOffset(ms: number): number {
    const second = Math.floor(ms / 1000) * 1000;
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let sec = 0;
    let bc = false;
    for (const part of format.formatToParts(second)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          sec = Number(part.value);
          break;
        case 'era':
          bc = part.value === 'BC' || part.value === 'B';
          break;
        default:
          break;
      }
    }
    const fullYear = bc ? 1 - year : year;
    const wall = daysFromCivil(fullYear, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + sec) * 1000;
    return wall - second;
  }

  const days = new Map<number, DayOffsets>();

  function dayOffsets(utcDay: number): DayOffsets {
    let entry = days.get(utcDay);
    if (entry !== undefined) return entry;
    const start = utcDay * MS_PER_DAY;
    const before = rawOffset(start);
    const after = rawOffset(start + MS_PER_DAY - 1000);
    if (before === after) {
      entry = { transition: Number.POSITIVE_INFINITY, before, after };
    } else {
      // Bisection on whole seconds: lo has the old offset, hi the new one.
      let lo = start / 1000;
      let hi = (start + MS_PER_DAY) / 1000 - 1;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (rawOffset(mid * 1000) === before) lo = mid;
        else hi = mid;
      }
      entry = { transition: hi * 1000, before, after };
    }
    days.set(utcDay, entry);
    return entry;
  }

  function offsetAt(ms: number): number {
    const entry = dayOffsets(Math.floor(ms / MS_PER_DAY));
    return ms < entry.transition ? entry.before : entry.after;
  }

  /** The first instant in (lo, hi] whose offset differs from offset(lo) (one transition assumed). */
  function transitionBetween(lo: number, hi: number): number {
    const first = Math.floor(lo / MS_PER_DAY);
    const last = Math.floor(hi / MS_PER_DAY);
    const base = offsetAt(lo);
    for (let d = first; d <= last; d++) {
      const entry = dayOffsets(d);
      if (entry.transition > lo && entry.transition <= hi && entry.after !== base) return entry.transition;
    }
    return hi;
  }

  function startOfWall(wallMs: number): number {
    const early = offsetAt(wallMs - MS_PER_DAY);
    const late = offsetAt(wallMs + MS_PER_DAY);
    const t1 = wallMs - early;
    if (early === late && offsetAt(t1) === early) return t1;
    const t2 = wallMs - late;
    const v1 = offsetAt(t1) === early;
    const v2 = offsetAt(t2) === late;
    if (v1 && v2) return Math.min(t1, t2); // overlap: first occurrence
    if (v1) return t1;
    if (v2) return t2;
    // Gap: the wall time never shows; the first instant after it is the transition itself,
    // which lies between t2 (still the old offset) and t1 (already the new one).
    return transitionBetween(Math.min(t1, t2), Math.max(t1, t2));
  }

  function localDay(ms: number): number {
    return Math.floor((ms + offsetAt(ms)) / MS_PER_DAY);
  }

  return Object.freeze({ id: timeZone, offsetAt, localDay, startOfWall });
}
