/**
 * Options checking shared by the network metrics: frozen defaults, unknown keys rejected, every
 * value checked. Misuse throws a NetworkMetricError with a stable `code`; degenerate graphs never
 * throw (each metric documents its neutral result).
 */
import { DdciError } from '../../errors';

export type NetworkMetricErrorCode = 'unknown_option' | 'invalid_option';

export class NetworkMetricError extends DdciError {
  declare readonly code: NetworkMetricErrorCode;
  constructor(code: NetworkMetricErrorCode, path: readonly (string | number)[], message: string) {
    super({ code, path, message }, message);
    this.name = 'NetworkMetricError';
  }
}

/** A check returns a description of what was expected when `value` is wrong, else null. */
export type Check = (value: unknown) => string | null;

export const isNumberIn =
  (min: number, max: number, { integer = false, minExclusive = false } = {}): Check =>
  (v) => {
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      (minExclusive ? v > min : v >= min) &&
      v <= max &&
      (!integer || Number.isInteger(v));
    if (ok) return null;
    const lo = minExclusive ? `> ${min}` : `≥ ${min}`;
    return `${integer ? 'an integer' : 'a finite number'} ${lo} and ≤ ${max}`;
  };

export const isBoolean: Check = (v) => (typeof v === 'boolean' ? null : 'a boolean');

/**
 * Merges `options` over `defaults`. Keys not in `defaults` are rejected (`unknown_option`); a
 * value that fails its check is rejected (`invalid_option`); `undefined` means "use the default".
 */
export function resolveOptions<T extends object>(
  metric: string,
  defaults: Readonly<T>,
  checks: { readonly [K in keyof T]: Check },
  options: Partial<T> | undefined,
): T {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new NetworkMetricError('invalid_option', [], `${metric}: options must be an object`);
  }
  const out = { ...defaults } as T;
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults);
      throw new NetworkMetricError(
        'unknown_option',
        [key],
        `${metric}: unknown option "${key}"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      );
    }
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const problem = checks[key as keyof T](value);
    if (problem !== null) {
      throw new NetworkMetricError(
        'invalid_option',
        [key],
        `${metric}: option "${key}" must be ${problem}, got ${String(value)}`,
      );
    }
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
