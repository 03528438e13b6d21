/** Validating a configuration: problems as data (code, path, message), formatting kept apart. */
import type { z } from 'zod';
import { DdciError } from '../errors';
import { ConfigSchema, type Config } from './schema';

export interface ConfigProblem {
  code: string;
  /** Dotted path with indices, e.g. `units[3].accounts`. */
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** `['units', 3, 'accounts']` → `units[3].accounts`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

function toProblems(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/**
 * Validate a parsed configuration object, never throwing.
 * @example
 * const r = parseConfig({ units: [{ id: 'so-khdt', name: 'Sở KH&ĐT', kind: 'department' }] });
 * if (!r.ok) console.log(r.problems.map((p) => `${p.path}: ${p.message}`));
 */
export function parseConfig(input: unknown): ConfigResult {
  const result = ConfigSchema.safeParse(input ?? {});
  return result.success ? { ok: true, config: result.data } : { ok: false, problems: toProblems(result.error) };
}

/** A configuration that failed validation; `problems` lists every one. */
export class ConfigError extends DdciError {
  /** Every problem, with its path written out (`units[3].accounts`). */
  readonly configProblems: readonly ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(
      problems.map((p) => ({ code: 'invalid_config', path: p.path === '(root)' ? [] : [p.path], message: p.message })),
      `invalid configuration:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.configProblems = problems;
  }
}

/** Validate or throw a {@link ConfigError} listing every problem. */
export function resolveConfig(input: unknown): Config {
  const result = parseConfig(input);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}
