/**
 * Exit codes of the CLI (SPEC 6), chosen from an error's `code` alone — never from its class — so
 * the decision holds for errors thrown by any copy of the library.
 *   0 success · 1 `--strict` with rejected records, or a failed check · 2 bad usage, configuration,
 *   unreadable input or unwritable output · 3 a bug in the program.
 */
import { isDdciError } from '../errors';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_BUG = 3;

/** Codes of problems the user can fix: bad usage, configuration, input or output (exit 2). */
const USER_ERROR_CODES: ReadonlySet<string> = new Set([
  'usage',
  'invalid_option',
  'invalid_date',
  'period_reversed',
  'period_too_long',
  'invalid_config',
  'unreadable_input',
  'invalid_json',
  'no_input',
  'invalid_previous',
  'unwritable_output',
  'report_unavailable',
]);

/**
 * The exit code for something thrown: 2 for a user-fixable {@link DdciError} code, 3 otherwise.
 * @example exitCodeFor(new DdciError({ code: 'usage', path: [], message: '…' })) // 2
 */
export function exitCodeFor(error: unknown): number {
  if (isDdciError(error) && USER_ERROR_CODES.has(error.code)) return EXIT_USAGE;
  // node:util parseArgs reports bad flags with these codes.
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return EXIT_USAGE;
  return EXIT_BUG;
}
