/**
 * `analysis.json`: the analysis as it is (no rounding), two-space indentation, `-0` written as `0`,
 * a final newline, keys in the object's own order (the schema's order when built by `analyze()`).
 */
import type { Analysis } from '../analysis/schema';

/** `JSON.stringify` replacer that writes `-0` as `0` (JSON.stringify already does; kept explicit). */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Object.is(value, -0) ? 0 : value;
}

/**
 * The text of `analysis.json`.
 * @example writeAnalysisJson(analysis).endsWith('}\n'); // true
 */
export function writeAnalysisJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, replacer, 2)}\n`;
}
