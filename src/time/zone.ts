/**
 * Time zones: the project's default zone, and IANA time-zone arithmetic on epoch milliseconds,
 * exact to the second (historical offsets such as Asia/Ho_Chi_Minh's +07:06:30 included).
 *
 * The zone data comes from `@date-fns/tz` (`tzOffset`, which reads the runtime's tz database
 * through `Intl`). What this module adds is what date-fns does not offer and the working calendar
 * needs, with a cache per UTC day:
 * - `offsetAt(ms)`: the offset (ms to add to UTC) in force at an instant;
 * - `startOfWall(wallMs)`: the first instant whose local wall-clock time is at or after a given
 *   wall-clock time (written as if it were UTC). In a gap (clocks jump forward) that is the
 *   transition instant; in an overlap (clocks fall back) the first occurrence. This is the rule
 *   that makes "the instants whose wall clock lies in 02:30–05:00" measure right. `TZDate`'s
 *   constructor differs (a time in a gap is moved forward by the gap's length; an ambiguous time
 *   is resolved through the machine's own zone, so the result depends on the host), so the
 *   calendar's block boundaries are not built with it (docs/decisions.md, "Time").
 * Each UTC day holds at most one offset transition (true of every zone in the tz database); the
 * transition instant is found by bisection to the second and cached.
 *
 * Besides IANA names, {@link getZone} takes fixed UTC offsets (`Z`, `±HH:MM`, `±HHMM`), the form
 * export formats with a fixed shift need.
 */

import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY } from './days';
import { fail } from './errors';

/**
 * The project's time zone when none is configured: Vietnam, `Asia/Ho_Chi_Minh` (UTC+7, no
 * daylight saving since 1975). The one place it is written: the working calendar's, the weeks'
 * and the configuration's defaults are this constant.
 */
export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

interface DayOffsets {
  /** First instant (ms) of the new offset, or +Infinity when the day has no transition. */
  readonly transition: number;
  readonly before: number;
  readonly after: number;
}

/** Time-zone arithmetic for one zone; obtain one with {@link getZone}. */
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
// Names already checked. The default zone is the project's own constant: checking it would cost
// the process's first Intl.DateTimeFormat (~25 ms, ~8 MB of ICU data) in runs whose records never
// ask for a zone (Graph API times carry their offset).
const knownNames = new Set<string>([DEFAULT_TIMEZONE]);

/**
 * Whether a string names a time zone this runtime knows (IANA names such as
 * `Asia/Ho_Chi_Minh`, `Europe/Paris`, `UTC`). Fixed offsets (`+07:00`) are not IANA names.
 *
 * @example
 * isValidTimeZone('Asia/Ho_Chi_Minh'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  if (knownNames.has(timeZone)) return true;
  try {
    // The constructor is the runtime's own check of the name (tzOffset would accept any text
    // that contains something like "+05").
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  knownNames.add(timeZone);
  return true;
}

const FIXED_OFFSET = /^(?:Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * A fixed UTC offset written `Z`, `±HH:MM` or `±HHMM` (hours ≤ 23, minutes ≤ 59), in ms east of
 * UTC; `undefined` for anything else.
 *
 * @example
 * parseUtcOffset('-05:00'); // -18000000
 * parseUtcOffset('+0700'); // 25200000
 * parseUtcOffset('Asia/Ho_Chi_Minh'); // undefined
 */
export function parseUtcOffset(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = FIXED_OFFSET.exec(text);
  if (m === null) return undefined;
  if (m[1] === undefined) return 0;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/**
 * The cached {@link Zone} for an IANA time-zone name or a fixed offset (`Z`, `±HH:MM`); throws a
 * `TimeError` (`invalid_timezone`) for anything else.
 *
 * @example
 * const hcm = getZone('Asia/Ho_Chi_Minh');
 * hcm.offsetAt(Date.UTC(2025, 0, 1)); // 25200000 (7 hours)
 * getZone('-05:00').offsetAt(0); // -18000000
 */
export function getZone(timeZone: string, path: readonly (string | number)[] = []): Zone {
  const cached = zones.get(timeZone);
  if (cached !== undefined) return cached;
  const fixed = parseUtcOffset(timeZone);
  let zone: Zone;
  if (fixed !== undefined) zone = fixedZone(timeZone, fixed);
  else if (isValidTimeZone(timeZone)) zone = createZone(timeZone);
  else fail('invalid_timezone', path, `unknown time zone ${JSON.stringify(timeZone)}`);
  zones.set(timeZone, zone);
  return zone;
}

function fixedZone(id: string, offset: number): Zone {
  return Object.freeze({
    id,
    offsetAt: () => offset,
    localDay: (ms: number) => Math.floor((ms + offset) / MS_PER_DAY),
    startOfWall: (wallMs: number) => wallMs - offset,
  });
}

/**
 * A reader of a zone's offset at an instant, in ms, from `@date-fns/tz`'s `tzOffset` (minutes,
 * with seconds as a fraction). `tzOffset` (1.5.0) drops the sign of offsets between −00:01 and
 * −00:59 (Africa/Monrovia until 1972, −00:44:30; Europe/Dublin before 1916, −00:25:21): it parses
 * "−00" as −0 (date-fns pull requests 4279 and 4314). Such a reading is checked against the
 * offset's text and its sign restored; every other offset is taken as `tzOffset` gives it.
 */
function offsetReader(timeZone: string): (ms: number) => number {
  let longOffset: Intl.DateTimeFormat | undefined;
  return (ms) => {
    const date = new Date(ms);
    const minutes = tzOffset(timeZone, date);
    const offset = Math.round(minutes * 60) * 1000;
    if (minutes > 0 && minutes < 60) {
      longOffset ??= new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
      if (longOffset.format(date).includes('GMT-')) return -offset;
    }
    return offset;
  };
}

function createZone(timeZone: string): Zone {
  const rawOffset = offsetReader(timeZone);
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
