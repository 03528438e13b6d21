/**
 * The one error shape of ddci-sna (in the manner of zod's issues): every error the library or the
 * CLI throws on purpose is a {@link DdciError} with a stable snake_case `code`, a `path` (where the
 * problem is: an option, a config field, a file) and a message. Problems are data; formatting is
 * the caller's. The CLI picks its exit code from `code` alone (src/node/exitCodes.ts), never from
 * the class, so errors keep their meaning across the ESM and CJS builds and across entry points.
 *
 * Anything thrown that is not a DdciError is a bug in the program.
 */

/** Where a problem is, e.g. `['units', 3, 'accounts']`; empty for the argument as a whole. */
export type ErrorPath = readonly (string | number)[];

/** One problem: several may be reported at once (a configuration lists every one). */
export interface Problem {
  /** Stable snake_case code, e.g. `invalid_type`, `duplicate_alias`, `unreadable_input`. */
  readonly code: string;
  /** Where inside the value (or the file) the problem is. */
  readonly path: ErrorPath;
  readonly message: string;
  /** The file the value was read from, when there is one (`config.json`). */
  readonly file?: string;
}

/** A brand shared by every copy of this module (two bundles may each carry one). */
const BRAND = Symbol.for('ddci-sna.error');

/**
 * `['units', 3, 'accounts']` → `units[3].accounts`; `[]` → `''`.
 * @example formatErrorPath(['workingHours', 1, 0]) // 'workingHours[1][0]'
 */
export function formatErrorPath(path: ErrorPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/**
 * One line per problem: `file: path: message`, leaving out what is empty.
 * @example formatProblem({ code: 'invalid_type', path: ['units', 3, 'accounts'], message: 'expected array', file: 'config.json' })
 * // 'config.json: units[3].accounts: expected array'
 */
export function formatProblem(problem: Problem): string {
  const where = [problem.file ?? '', formatErrorPath(problem.path)].filter((part) => part !== '');
  return [...where, problem.message].join(': ');
}

/** What a {@link DdciError} may be told beside its problems. */
export interface DdciErrorOptions {
  /** The message (default: one {@link formatProblem} line per problem). */
  readonly message?: string;
  /** The error's code when it differs from the first problem's (`invalid_config` over its issues). */
  readonly code?: string;
}

/**
 * The error every module throws on purpose. `code` is the error's kind (by default the first
 * problem's code), `path` the first problem's path; `problems` lists every one (at least one).
 * @example
 * try { resolveConfig({ units: 'x' }); }
 * catch (e) { if (isDdciError(e)) console.log(e.code, e.problems.map(formatProblem)); }
 */
export class DdciError extends Error {
  readonly code: string;
  readonly path: ErrorPath;
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[] | Problem, options?: string | DdciErrorOptions) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    const first = list[0] ?? { code: 'invalid_value', path: [], message: 'invalid input' };
    const { message, code } = typeof options === 'string' ? { message: options, code: undefined } : (options ?? {});
    super(message ?? list.map(formatProblem).join('\n'));
    this.name = 'DdciError';
    this.code = code ?? first.code;
    this.path = Object.freeze([...first.path]);
    this.problems = Object.freeze(
      (list.length > 0 ? list : [first]).map((p) => Object.freeze({
        code: p.code,
        path: Object.freeze([...p.path]),
        message: p.message,
        ...(p.file === undefined ? {} : { file: p.file }),
      })),
    );
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether `value` is a DdciError from any copy of the library (ESM or CJS build, any entry point).
 * @example isDdciError(new DdciError({ code: 'usage', path: [], message: 'no input' })) // true
 */
export function isDdciError(value: unknown): value is DdciError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * Throw a DdciError with one problem.
 * @example fail('unknown_option', ['threads'], 'analyze: unknown option "threads"')
 */
export function fail(code: string, path: ErrorPath, message: string): never {
  throw new DdciError({ code, path, message });
}

/**
 * Check a function's options object: `invalid_option` when it is not an object, `unknown_option`
 * naming the first key not in `known` (typed options, unknown keys refused: STYLE 2).
 * @example checkOptionKeys({ asOf: 1 }, new Set(['asOf']), 'loadExport') // passes
 */
export function checkOptionKeys(options: unknown, known: ReadonlySet<string>, owner: string): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail('invalid_option', [], `${owner}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) fail('unknown_option', [key], `${owner}: unknown option "${key}"`);
  }
}
