/**
 * Graph API timestamps (SPEC 2.1, docs/decisions.md "Ingest").
 *
 * Accepted: ISO 8601 date-time with seconds (optionally fractional) and an explicit offset —
 * `2017-08-22T03:15:00+0000`, `…Z`, `…+00:00`, any `±hh:mm` / `±hhmm` — and Unix seconds as a
 * number or a digit string. Anything else, a time without an offset included (it would be
 * ambiguous), is not a time. Results outside 1970-01-01 … 9999-12-31 are refused too (a Unix time
 * in milliseconds given where seconds are expected lands there).
 */
import { instantAtOffset, instantFromLocal } from '../time/index';

/** A parsed time: UTC epoch milliseconds and its ISO 8601 UTC form. */
export interface ParsedTime {
  time: number;
  iso: string;
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;
const UNIX_SECONDS = /^\d{1,12}(?:\.\d+)?$/;
/** 9999-12-31T23:59:59.999Z: keeps `toISOString()` in its four-digit-year form. */
const MAX_MS = 253402300799999;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const inRange = (ms: number): number | null => (Number.isFinite(ms) && ms >= 0 && ms <= MAX_MS ? ms : null);

/**
 * Parse a Graph API `created_time`; null when the value is not a recognised time.
 * @example parseGraphTime('2017-08-22T03:15:00+0700') // { time: 1503346500000, iso: '2017-08-21T20:15:00.000Z' }
 * @example parseGraphTime(1503371700) // { time: 1503371700000, iso: '2017-08-22T03:15:00.000Z' }
 */
export function parseGraphTime(value: unknown): ParsedTime | null {
  const time = graphTimeMs(value);
  return time === null ? null : { time, iso: new Date(time).toISOString() };
}

/**
 * {@link parseGraphTime} as UTC epoch milliseconds only (what the readers need).
 * @example graphTimeMs('2017-08-22T03:15:00Z') // 1503371700000
 */
export function graphTimeMs(value: unknown): number | null {
  if (typeof value === 'number') return inRange(Math.round(value * 1000));
  if (typeof value !== 'string') return null;
  const fast = plainIsoMs(value);
  if (fast !== undefined) return fast;
  const text = value.trim();
  if (UNIX_SECONDS.test(text)) return inRange(Math.round(Number(text) * 1000));
  const m = ISO_TIME.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = m[7] === undefined ? '000' : String(Math.floor(Number(`0.${m[7]}`) * 1000)).padStart(3, '0');
  if (m[8] === undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return null;
  const offset = m[8] === undefined ? `${m[9]}${m[10]}:${m[11]}` : 'Z';
  return inRange(instantFromLocal(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${millis}`, offset));
}

/** The digit at `i` (0–9), or −1000 so that any sum of fields it enters is negative. */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/**
 * The forms the Graph API writes — `2017-08-22T03:15:00+0000`, `…+00:00`, `…Z`, no fraction, no
 * white space — read by character codes (a million timestamps: no regular expression, no
 * substring). `undefined` for any other form, which the general parser then reads; a form it does
 * read gives exactly what the general parser gives (the same checks, then `inRange`).
 */
function plainIsoMs(s: string): number | null | undefined {
  const n = s.length;
  if (n !== 20 && n !== 24 && n !== 25) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return undefined;
  }
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let offset: number;
  const sign = s.charCodeAt(19);
  if (n === 20) {
    if (sign !== 90) return undefined; // Z
    offset = 0;
  } else {
    if (sign !== 43 && sign !== 45) return undefined; // + or -
    const hours = two(s, 20);
    const colon = n === 25;
    if (colon && s.charCodeAt(22) !== 58) return undefined;
    const minutes = two(s, colon ? 23 : 22);
    if (hours < 0 || minutes < 0) return undefined;
    if (hours > 23 || minutes > 59) return null;
    offset = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  }
  if (year < 1970) return null;
  const ms = instantAtOffset(year, month, day, hour, minute, second, 0, offset);
  return Number.isNaN(ms) ? null : inRange(ms);
}
