/**
 * The limits of SPEC 7.1, in one place: what a format may nest, how long a text may be, which
 * times are believable. Each limit gives a reject (or a field reject that keeps the record) with
 * its code, never a crash.
 */
import { startOfLocalDate } from '../time/index';
import type { IngestLimits } from './adapter';

/** 2004-02-04T00:00:00Z: Facebook's first day; nothing on it is older. */
export const FACEBOOK_EPOCH = startOfLocalDate('2004-02-04', 'Z'); // a fixed offset: no time-zone data to load

export const INGEST_LIMITS: IngestLimits = Object.freeze({
  maxNesting: 64,
  maxTextLength: 100_000,
  minTime: FACEBOOK_EPOCH,
  futureSlack: 24 * 3_600_000,
});

/** Codes of the limits (README "Hostile input and privacy" → "Ingest"). */
export const LIMIT_CODES = Object.freeze({
  /** A reply or `data` page nested deeper than `maxNesting`: rejected with everything under it. */
  tooDeep: 'too_deep',
  /** A text longer than `maxTextLength`: kept, cut (field reject). */
  textTooLong: 'text_too_long',
  /** A time before 2004-02-04 or more than a day after `asOf`: the record is rejected. */
  timeOutOfRange: 'time_out_of_range',
  /** A count that is not a non-negative safe integer: kept without it (field reject). */
  invalidCount: 'invalid_count',
  /** A line of a line format longer than 2^28 characters: rejected unread (`MAX_LINE_LENGTH`). */
  lineTooLong: 'line_too_long',
});
