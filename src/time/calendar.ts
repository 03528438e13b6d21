/**
 * A working calendar: which local days are worked, and how many working hours an interval holds.
 *
 * "Working hours between a and b" is the measure (in real elapsed hours) of the instants t in
 * [a, b] whose local date is a working day and whose local wall-clock time lies in one of the
 * working-hour blocks. Computed per local day from cached day records, so a call costs O(days
 * spanned) and short intervals cost a few map look-ups.
 *
 * Time zones: any IANA zone. Local wall times are turned into instants exactly, daylight saving
 * included: a block that spans a spring-forward gap is an hour shorter, one that spans a
 * fall-back overlap an hour longer. A block boundary that falls inside a gap is taken at the
 * transition; one inside an overlap at its first occurrence. (Vietnam has kept UTC+7, without
 * daylight saving, since 1975.)
 *
 * Days off (`isWorkingDay` false): weekdays not in `workingDays`, and holidays — by default
 * Vietnam's (`vietnamHolidaySchedule`, computed per year on demand, official schedules with their
 * make-up Saturdays for 2017–2026), or exactly `holidays` when given — plus `extraHolidays`.
 * `workingSaturdays` (make-up days) are working days; each must fall on a weekday not in `workingDays`.
 * A date that is both a holiday and a make-up day is a holiday.
 */

import {
  civilFromDays,
  formatIsoDate,
  isoWeekday,
  MS_PER_DAY,
  parseIsoDate,
  tryParseClock,
  tryParseIsoDate,
} from './days';
import { fail, TimeError, type TimeIssue } from './errors';
import { vietnamHolidaySchedule } from './holidays';
import { DEFAULT_TIMEZONE, getZone, isValidTimeZone, type Zone } from './zone';

/** A block of working time, local wall clock, `['HH:MM', 'HH:MM']` (end may be `'24:00'`). */
export type WorkingHoursBlock = readonly [string, string];

/** Options of {@link buildWorkingCalendar}; every key optional. */
export interface WorkingCalendarOptions {
  /** IANA time zone of the local days and hours (default {@link DEFAULT_TIMEZONE}, `Asia/Ho_Chi_Minh`). */
  readonly timezone?: string;
  /** ISO weekdays worked, 1 = Monday … 7 = Sunday (default Monday–Friday). */
  readonly workingDays?: readonly number[];
  /** Working blocks of each working day, in order, not overlapping (default 07:30–11:30, 13:30–17:00). */
  readonly workingHours?: readonly WorkingHoursBlock[];
  /** When given, exactly the holidays (YYYY-MM-DD), replacing Vietnam's defaults and their make-up days. */
  readonly holidays?: readonly string[];
  /** Holidays added to the defaults (or to `holidays`). */
  readonly extraHolidays?: readonly string[];
  /** Make-up working days (ngày làm bù): days off by their weekday (not in `workingDays`) that are worked. */
  readonly workingSaturdays?: readonly string[];
}

/** The defaults of {@link buildWorkingCalendar}, deeply frozen. */
export const WORKING_CALENDAR_DEFAULTS: Readonly<{
  timezone: string;
  workingDays: readonly number[];
  workingHours: readonly WorkingHoursBlock[];
  extraHolidays: readonly string[];
  workingSaturdays: readonly string[];
}> = Object.freeze({
  timezone: DEFAULT_TIMEZONE,
  workingDays: Object.freeze([1, 2, 3, 4, 5]),
  workingHours: Object.freeze([Object.freeze(['07:30', '11:30'] as const), Object.freeze(['13:30', '17:00'] as const)]),
  extraHolidays: Object.freeze([] as string[]),
  workingSaturdays: Object.freeze([] as string[]),
});

/** A working calendar built by {@link buildWorkingCalendar}. */
export interface WorkingCalendar {
  /** The resolved options (defaults filled in), frozen. `holidays` is absent when defaulted. */
  readonly options: Readonly<{
    timezone: string;
    workingDays: readonly number[];
    workingHours: readonly WorkingHoursBlock[];
    holidays?: readonly string[];
    extraHolidays: readonly string[];
    workingSaturdays: readonly string[];
  }>;
  /** Whether a local date (YYYY-MM-DD) is a working day; throws `invalid_date` when malformed. */
  isWorkingDay(localDate: string): boolean;
  /**
   * Working hours in [startMs, endMs] (epoch ms). 0 when `endMs <= startMs`; NaN when either is
   * not a finite number. With Vietnam's default holidays, instants must lie in 1800–2199 (else a
   * `TimeError` `out_of_range`: the lunar calendar is not computed beyond).
   */
  workingHoursBetween(startMs: number, endMs: number): number;
  /** The local date (YYYY-MM-DD) of an instant; throws `invalid_instant` when not finite. */
  localDate(ms: number): string;
}

const KNOWN_KEYS = new Set(['timezone', 'workingDays', 'workingHours', 'holidays', 'extraHolidays', 'workingSaturdays']);

/**
 * The rule a calendar option breaks. Callers that word problems in another language (the
 * configuration, in Vietnamese) key their messages by it; the English message is the issue's own.
 */
export type CalendarRule =
  | 'not_an_object'
  | 'unknown_option'
  | 'invalid_timezone'
  | 'invalid_weekday_list'
  | 'invalid_weekday'
  | 'duplicate_weekday'
  | 'no_working_day'
  | 'invalid_hours_list'
  | 'no_working_hours'
  | 'invalid_block'
  | 'invalid_time'
  | 'block_ends_before_start'
  | 'overlapping_blocks'
  | 'invalid_date_list'
  | 'invalid_date'
  | 'make_up_on_working_day';

/** A problem with the calendar's options: a {@link TimeIssue} that also names its rule. */
export interface CalendarIssue extends TimeIssue {
  readonly rule: CalendarRule;
}

interface Resolved {
  readonly timezone: string;
  readonly workingDays: readonly number[];
  /** Blocks as [startMinute, endMinute]. */
  readonly blocks: readonly (readonly [number, number])[];
  readonly workingHours: readonly WorkingHoursBlock[];
  readonly holidays: readonly string[] | undefined;
  readonly extraHolidays: readonly string[];
  readonly workingSaturdays: readonly string[];
}

/** Issues and the values read so far, shared by the checks of each option. */
class Checker {
  readonly issues: CalendarIssue[] = [];
  add(rule: CalendarRule, code: TimeIssue['code'], path: (string | number)[], message: string): void {
    this.issues.push({ code, path, message, rule });
  }
}

function checkDateList(value: unknown, key: string, check: Checker): readonly string[] {
  if (!Array.isArray(value)) {
    check.add('invalid_date_list', 'invalid_type', [key], 'expected an array of dates YYYY-MM-DD');
    return Object.freeze([]);
  }
  const dates: string[] = [];
  value.forEach((item: unknown, i: number) => {
    if (tryParseIsoDate(item) === undefined) {
      check.add('invalid_date', 'invalid_date', [key, i], `expected a real calendar date YYYY-MM-DD, got ${JSON.stringify(item)}`);
    } else dates.push(item as string);
  });
  return Object.freeze(dates);
}

function checkWorkingDays(value: unknown, check: Checker): number[] {
  const days: number[] = [];
  if (!Array.isArray(value)) {
    check.add('invalid_weekday_list', 'invalid_type', ['workingDays'], 'expected an array of ISO weekdays 1–7');
    return days;
  }
  value.forEach((d: unknown, i: number) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7) {
      check.add('invalid_weekday', 'invalid_value', ['workingDays', i], 'expected an ISO weekday 1–7 (1 = Monday)');
    } else if (days.includes(d)) {
      check.add('duplicate_weekday', 'invalid_value', ['workingDays', i], `weekday ${d} is listed twice`);
    } else days.push(d);
  });
  if (value.length === 0) check.add('no_working_day', 'invalid_value', ['workingDays'], 'at least one working weekday is needed');
  return days;
}

function checkWorkingHours(value: unknown, check: Checker): { blocks: [number, number][]; workingHours: WorkingHoursBlock[] } {
  const blocks: [number, number][] = [];
  const workingHours: WorkingHoursBlock[] = [];
  if (!Array.isArray(value)) {
    check.add('invalid_hours_list', 'invalid_type', ['workingHours'], 'expected an array of [start, end] pairs');
    return { blocks, workingHours };
  }
  if (value.length === 0) check.add('no_working_hours', 'invalid_value', ['workingHours'], 'at least one block of working hours is needed');
  value.forEach((block: unknown, i: number) => {
    if (!Array.isArray(block) || block.length !== 2) {
      check.add('invalid_block', 'invalid_type', ['workingHours', i], 'expected a pair ["HH:MM", "HH:MM"]');
      return;
    }
    const start = tryParseClock(block[0]);
    const end = tryParseClock(block[1]);
    if (start === undefined || start === 1440) {
      check.add('invalid_time', 'invalid_time', ['workingHours', i, 0], `expected a time HH:MM, got ${JSON.stringify(block[0])}`);
    }
    if (end === undefined) {
      check.add('invalid_time', 'invalid_time', ['workingHours', i, 1], `expected a time HH:MM (or 24:00), got ${JSON.stringify(block[1])}`);
    }
    if (start === undefined || end === undefined || start === 1440) return;
    if (end <= start) {
      check.add('block_ends_before_start', 'invalid_value', ['workingHours', i], 'a block must end after it starts');
      return;
    }
    const previous = blocks[blocks.length - 1];
    if (previous !== undefined && start < previous[1]) {
      check.add('overlapping_blocks', 'invalid_value', ['workingHours', i], 'blocks must be in order and must not overlap');
      return;
    }
    blocks.push([start, end]);
    workingHours.push(Object.freeze([block[0], block[1]] as const));
  });
  return { blocks, workingHours };
}

/** Check every option; the issues found and the values resolved (meaningful only without issues). */
function checkOptions(options: unknown): { issues: CalendarIssue[]; resolved: Resolved } {
  const check = new Checker();
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    check.add('not_an_object', 'invalid_type', [], 'options must be an object');
    options = {};
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN_KEYS.has(key)) check.add('unknown_option', 'unknown_option', [key], `unknown option "${key}"`);
  }
  // Only `undefined` means "use the default": `null` is a value, and not a valid one.
  const given = (key: string, fallback: unknown): unknown => (o[key] === undefined ? fallback : o[key]);

  const timezone = given('timezone', WORKING_CALENDAR_DEFAULTS.timezone);
  if (typeof timezone !== 'string') {
    check.add('invalid_timezone', 'invalid_type', ['timezone'], 'expected an IANA time-zone name');
  } else if (!isValidTimeZone(timezone)) {
    check.add('invalid_timezone', 'invalid_timezone', ['timezone'], `unknown IANA time zone ${JSON.stringify(timezone)}`);
  }
  const workingDays = checkWorkingDays(given('workingDays', WORKING_CALENDAR_DEFAULTS.workingDays), check);
  const { blocks, workingHours } = checkWorkingHours(given('workingHours', WORKING_CALENDAR_DEFAULTS.workingHours), check);
  const holidays = o.holidays === undefined ? undefined : checkDateList(o.holidays, 'holidays', check);
  const extraHolidays =
    o.extraHolidays === undefined ? WORKING_CALENDAR_DEFAULTS.extraHolidays : checkDateList(o.extraHolidays, 'extraHolidays', check);
  const workingSaturdays =
    o.workingSaturdays === undefined ? WORKING_CALENDAR_DEFAULTS.workingSaturdays : checkDateList(o.workingSaturdays, 'workingSaturdays', check);
  // A make-up day (ngày làm bù) turns a day off into a working day: on a working weekday it would
  // mean nothing, and is almost always a typo in the date.
  if (Array.isArray(o.workingSaturdays)) {
    (o.workingSaturdays as unknown[]).forEach((date, i) => {
      const day = tryParseIsoDate(date);
      if (day !== undefined && workingDays.includes(isoWeekday(day))) {
        check.add('make_up_on_working_day', 'invalid_value', ['workingSaturdays', i],
          `${date as string} is a working weekday already: a make-up day must fall on a day off`);
      }
    });
  }
  return {
    issues: check.issues,
    resolved: {
      timezone: timezone as string,
      workingDays: Object.freeze(workingDays),
      blocks: Object.freeze(blocks.map((b) => Object.freeze(b))),
      workingHours: Object.freeze(workingHours),
      holidays,
      extraHolidays,
      workingSaturdays,
    },
  };
}

/**
 * Every problem with working-calendar options, in order, each with its `code`, `path`, English
 * `message` and `rule`; empty when {@link buildWorkingCalendar} accepts them. The one place the
 * calendar's rules are written: the configuration schema calls it too, so a configuration that
 * validates always builds a calendar.
 *
 * Rules: known keys only; an IANA `timezone`; `workingDays` distinct ISO weekdays 1–7, at least
 * one; `workingHours` at least one `['HH:MM', 'HH:MM']` block, each ending after it starts (end
 * may be `24:00`), in order, not overlapping; `holidays`, `extraHolidays` and `workingSaturdays`
 * real calendar dates; a make-up day (`workingSaturdays`) on a weekday not in `workingDays`.
 * `undefined` means the default; `null` is refused.
 *
 * @example
 * workingCalendarIssues({ workingDays: [1, 1] });
 * // [{ code: 'invalid_value', path: ['workingDays', 1], message: 'weekday 1 is listed twice', rule: 'duplicate_weekday' }]
 */
export function workingCalendarIssues(options: unknown): CalendarIssue[] {
  return checkOptions(options).issues;
}

function resolveOptions(options: WorkingCalendarOptions | undefined): Resolved {
  const { issues, resolved } = checkOptions(options);
  if (issues.length > 0) throw new TimeError(issues);
  return resolved;
}

/** What the calendar knows of one local day. */
interface DayRecord {
  /** First instant of the local day and first instant of the next (may be equal: skipped day). */
  readonly start: number;
  readonly end: number;
  /** Working intervals as flat [s0, e0, s1, e1, …] instants, within [start, end). */
  readonly intervals: readonly number[];
  /** Sum of the intervals, ms. */
  readonly total: number;
}

const MS_PER_HOUR = 3_600_000;

/**
 * Builds a working calendar. Options are checked as a whole: unknown keys and malformed values
 * throw one `TimeError` listing every issue (`code`, `path`), e.g. `unknown_option` at
 * `['workingDay']` or `invalid_time` at `['workingHours', 1, 0]`.
 *
 * @example
 * const cal = buildWorkingCalendar(); // Vietnam: Mon–Fri, 07:30–11:30 and 13:30–17:00, UTC+7
 * cal.isWorkingDay('2025-01-29'); // false (Tết)
 * // Friday 16:00 → Monday 09:00 (Asia/Ho_Chi_Minh): 1 h on Friday + 1.5 h on Monday
 * cal.workingHoursBetween(Date.parse('2025-03-07T16:00+07:00'), Date.parse('2025-03-10T09:00+07:00')); // 2.5
 * cal.localDate(Date.parse('2025-03-07T20:00Z')); // '2025-03-08'
 */
export function buildWorkingCalendar(options?: WorkingCalendarOptions): WorkingCalendar {
  const resolved = resolveOptions(options);
  const zone: Zone = getZone(resolved.timezone);
  const workingWeekdays = new Set(resolved.workingDays);

  // Holidays and make-up days as epoch days. Vietnam's defaults are filled in per year on demand.
  const explicitHolidays = new Set<number>();
  const makeUpDays = new Set<number>();
  for (const d of resolved.extraHolidays) explicitHolidays.add(parseIsoDate(d));
  for (const d of resolved.workingSaturdays) makeUpDays.add(parseIsoDate(d));
  if (resolved.holidays !== undefined) for (const d of resolved.holidays) explicitHolidays.add(parseIsoDate(d));
  const useDefaults = resolved.holidays === undefined;
  const defaultsByYear = new Map<number, { off: Set<number>; makeUp: Set<number> }>();

  function defaultsOf(year: number): { off: Set<number>; makeUp: Set<number> } {
    let entry = defaultsByYear.get(year);
    if (entry === undefined) {
      const schedule = vietnamHolidaySchedule(year, { workingDays: resolved.workingDays });
      entry = {
        off: new Set(schedule.daysOff.map((d) => parseIsoDate(d))),
        makeUp: new Set(schedule.makeUpWorkdays.map((d) => parseIsoDate(d))),
      };
      defaultsByYear.set(year, entry);
    }
    return entry;
  }

  const workingByDay = new Map<number, boolean>();
  function isWorkingEpochDay(day: number): boolean {
    let working = workingByDay.get(day);
    if (working !== undefined) return working;
    let holiday = explicitHolidays.has(day);
    let makeUp = makeUpDays.has(day);
    if (useDefaults && (!holiday || !makeUp)) {
      const defaults = defaultsOf(civilFromDays(day).year);
      holiday ||= defaults.off.has(day);
      makeUp ||= defaults.makeUp.has(day);
    }
    working = !holiday && (makeUp || workingWeekdays.has(isoWeekday(day)));
    workingByDay.set(day, working);
    return working;
  }

  const records = new Map<number, DayRecord>();
  function dayRecord(day: number): DayRecord {
    let record = records.get(day);
    if (record !== undefined) return record;
    const wallStart = day * MS_PER_DAY;
    const start = zone.startOfWall(wallStart);
    const end = zone.startOfWall(wallStart + MS_PER_DAY);
    const intervals: number[] = [];
    let total = 0;
    if (end > start && isWorkingEpochDay(day)) {
      for (const [from, to] of resolved.blocks) {
        const s = Math.max(start, zone.startOfWall(wallStart + from * 60_000));
        const e = Math.min(end, zone.startOfWall(wallStart + to * 60_000));
        if (e > s) {
          intervals.push(s, e);
          total += e - s;
        }
      }
    }
    record = { start, end, intervals, total };
    records.set(day, record);
    return record;
  }

  /** The day whose [start, end) contains the instant (usually its local date). */
  function dayContaining(ms: number): number {
    let day = zone.localDay(ms);
    while (dayRecord(day).start > ms) day--;
    while (dayRecord(day).end <= ms) day++;
    return day;
  }

  function overlap(record: DayRecord, from: number, to: number): number {
    const iv = record.intervals;
    let sum = 0;
    for (let i = 0; i < iv.length; i += 2) {
      const s = iv[i] > from ? iv[i] : from;
      const e = iv[i + 1] < to ? iv[i + 1] : to;
      if (e > s) sum += e - s;
    }
    return sum;
  }

  function workingHoursBetween(startMs: number, endMs: number): number {
    if (typeof startMs !== 'number' || typeof endMs !== 'number' || !Number.isFinite(startMs) || !Number.isFinite(endMs)) {
      return Number.NaN;
    }
    if (endMs <= startMs) return 0;
    const first = dayContaining(startMs);
    const last = dayContaining(endMs);
    if (first === last) return overlap(dayRecord(first), startMs, endMs) / MS_PER_HOUR;
    let sum = overlap(dayRecord(first), startMs, endMs);
    for (let day = first + 1; day < last; day++) sum += dayRecord(day).total;
    sum += overlap(dayRecord(last), startMs, endMs);
    return sum / MS_PER_HOUR;
  }

  function isWorkingDay(localDate: string): boolean {
    return isWorkingEpochDay(parseIsoDate(localDate));
  }

  function localDate(ms: number): string {
    if (typeof ms !== 'number' || !Number.isFinite(ms)) fail('invalid_instant', [], `expected a finite epoch-ms number, got ${String(ms)}`);
    return formatIsoDate(zone.localDay(ms));
  }

  const resolvedOptions = Object.freeze({
    timezone: resolved.timezone,
    workingDays: resolved.workingDays,
    workingHours: resolved.workingHours,
    ...(resolved.holidays === undefined ? {} : { holidays: resolved.holidays }),
    extraHolidays: resolved.extraHolidays,
    workingSaturdays: resolved.workingSaturdays,
  });

  return Object.freeze({ options: resolvedOptions, isWorkingDay, workingHoursBetween, localDate });
}
