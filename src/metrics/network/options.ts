/**
 * Options checking shared by the network metrics: frozen defaults, unknown keys rejected, every
 * value checked. Misuse throws a NetworkMetricError with a stable `code`; degenerate graphs never
 * throw (each metric documents its neutral result).
 */

export type NetworkMetricErrorCode = 'UNKNOWN_OPTION' | 'INVALID_OPTION';

export class NetworkMetricError extends Error {
  override readonly name = 'NetworkMetricError';
  readonly code: NetworkMetricErrorCode;
  readonly path: readonly (string | number)[];
  constructor(code: NetworkMetricErrorCode, path: readonly (string | number)[], message: string) {
    super(message);
    this.code = code;
    this.path = path;
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
 * Merges `options` over `defaults`. Keys not in `defaults` are rejected (`UNKNOWN_OPTION`); a
 * value that fails its check is rejected (`INVALID_OPTION`); `undefined` means "use the default".
 */
export function resolveOptions<T extends object>(
  metric: string,
  defaults: Readonly<T>,
  checks: { readonly [K in keyof T]: Check },
  options: Partial<T> | undefined,
): T {
  if (options === undefined) return { ...defaults };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new NetworkMetricError('INVALID_OPTION', [], `${metric}: options must be an object`);
  }
  const out = { ...defaults } as T;
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults);
      throw new NetworkMetricError(
        'UNKNOWN_OPTION',
        [key],
        `${metric}: unknown option "${key}"${known.length ? ` (known: ${known.join(', ')})` : ''}`,
      );
    }
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const problem = checks[key as keyof T](value);
    if (problem !== null) {
      throw new NetworkMetricError(
        'INVALID_OPTION',
        [key],
        `${metric}: option "${key}" must be ${problem}, got ${String(value)}`,
      );
    }
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
