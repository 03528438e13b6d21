/** Validating a configuration: problems as data (code, path, message), formatting kept apart. */
import type * as z from 'zod';
import { checkOptionKeys, DdciError, fail, formatProblem, type Problem } from '../errors';
import { configErrorMap, type MessageLang } from './messages';
import { ConfigSchema, type Config } from './schema';

/** A problem of a configuration: `code` is zod's issue code or the rule broken (`shared_alias`). */
export type ConfigProblem = Problem;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** Options of {@link parseConfig}. */
export interface ParseConfigOptions {
  /** Language of the problems' messages: `'en'` (default) or `'vi'`. */
  lang?: MessageLang;
}

const PARSE_OPTION_KEYS = new Set(['lang']);

function checkParseOptions(options: ParseConfigOptions): MessageLang {
  checkOptionKeys(options, PARSE_OPTION_KEYS, 'parseConfig');
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'vi') fail('invalid_option', ['lang'], 'parseConfig: lang must be "en" or "vi"');
  return lang;
}

/**
 * A zod error as problems: `code` is the rule broken (a custom issue's `params.rule`) or zod's
 * issue code, `path` an array of keys and indices.
 * @example zodProblems(AnalysisSchema.safeParse({}).error!) // [{ code: 'invalid_type', path: ['schemaVersion'], … }, …]
 */
export function zodProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => {
    const rule = issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
    return {
      code: typeof rule === 'string' ? rule : issue.code,
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
    };
  });
}

/**
 * Validate a parsed configuration object, never throwing on a bad configuration: every problem
 * with its code, its path as an array and a message (in `options.lang`).
 * @example
 * const r = parseConfig({ units: [{ id: 'so-khdt', name: 'Sở KH&ĐT', kind: 'department' }] });
 * if (!r.ok) console.log(r.problems.map(formatProblem)); // ['units[0].accounts: a unit needs at least one account …']
 */
export function parseConfig(input: unknown, options: ParseConfigOptions = {}): ConfigResult {
  const lang = checkParseOptions(options);
  const result = ConfigSchema.safeParse(input ?? {}, { error: configErrorMap(lang) });
  return result.success ? { ok: true, config: result.data } : { ok: false, problems: zodProblems(result.error) };
}

/**
 * A configuration that failed validation: code `invalid_config`; `problems` lists every one, with
 * the file it was read from when there is one.
 */
export class ConfigError extends DdciError {
  constructor(problems: readonly ConfigProblem[]) {
    super(problems, {
      code: 'invalid_config',
      message: `invalid configuration:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    });
    this.name = 'ConfigError';
  }
}

/**
 * Validate or throw a {@link ConfigError} listing every problem.
 * @example const config = resolveConfig(JSON.parse(text)); // throws ConfigError (code 'invalid_config')
 */
export function resolveConfig(input: unknown, options: ParseConfigOptions = {}): Config {
  const result = parseConfig(input, options);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}
