/**
 * Errors of the time module: problems are data (a stable `code`, a `path`, a `message`),
 * in the manner of zod's issues. Only misuse throws; degenerate inputs return the neutral
 * value each function documents.
 */
import { DdciError, formatProblem } from '../errors';

/** Stable codes carried by {@link TimeError}; tests and callers switch on these. */
export type TimeErrorCode =
  | 'unknown_option'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_timezone'
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_instant'
  | 'invalid_lunar_date'
  | 'out_of_range';

/** One problem found in an argument or an options object. */
export interface TimeIssue {
  readonly code: TimeErrorCode;
  /** Where the problem is, e.g. `['workingHours', 1, 0]`; empty for the argument itself. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Formats an issue path the way the configuration reports it: `workingHours[1][0]`.
 *
 * @example
 * formatIssuePath(['workingHours', 1, 0]); // 'workingHours[1][0]'
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * The error thrown by the time module on misuse. `code` and `path` are those of the first
 * issue; `issues` lists every problem found (options are checked as a whole before throwing).
 *
 * @example
 * try {
 *   buildWorkingCalendar({ workingDay: [1] } as never);
 * } catch (e) {
 *   if (e instanceof TimeError) console.log(e.code, e.path); // 'unknown_option' ['workingDay']
 * }
 */
export class TimeError extends DdciError {
  declare readonly code: TimeErrorCode;
  /** Every problem found (the same list as `problems`). */
  readonly issues: readonly TimeIssue[];

  constructor(issues: readonly TimeIssue[]) {
    const list = issues.length > 0 ? issues : [{ code: 'invalid_value', path: [], message: 'invalid input' } as TimeIssue];
    super(list, list.map(formatProblem).join('; '));
    this.name = 'TimeError';
    this.issues = this.problems as readonly TimeIssue[];
  }
}

/**
 * Throws a {@link TimeError} with a single issue.
 *
 * @example
 * fail('invalid_date', ['holidays', 2], 'expected a date YYYY-MM-DD'); // throws
 */
export function fail(code: TimeErrorCode, path: readonly (string | number)[], message: string): never {
  throw new TimeError([{ code, path, message }]);
}
