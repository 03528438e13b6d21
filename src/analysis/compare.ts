/**
 * Comparing an analysis with a golden `expected.json` (the `check` command, SPEC 6).
 * The expected file is a subset of the Analysis: every field it has is compared, fields it
 * lacks are not. Unit rows are matched by `unitId`, weekly rows by `weekStart` + `unitId`,
 * actor rows by `id`, petition rows by `commentId`; numbers within a stated tolerance.
 */

export interface Difference {
  /** Where, e.g. `units[so-khdt].medianResponseWorkingHours`. */
  path: string;
  expected: unknown;
  actual: unknown;
  message: string;
}

/** Absolute tolerances by field name; any other number must agree within `default`. */
export const DEFAULT_TOLERANCES: Readonly<Record<string, number>> = Object.freeze({
  default: 1e-6,
  // Louvain implementations differ in tie-breaking: a partition this much worse still passes.
  modularity: 0.02,
  // People see two decimals; the SPEC's checks allow ±0.05.
  score: 0.05,
  pagerank: 1e-4,
  betweenness: 1e-4,
});

/** Row keys of the arrays of an Analysis: rows are matched by these, not by position. */
const ROW_KEYS: Readonly<Record<string, readonly string[]>> = {
  units: ['unitId'],
  weekly: ['weekStart', 'unitId'],
  actors: ['id'],
  petitions: ['commentId'],
};

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

/** Every difference between `actual` and the fields present in `expected`. */
export function compareWithExpected(
  actual: unknown,
  expected: unknown,
  tolerances: Readonly<Record<string, number>> = DEFAULT_TOLERANCES,
): Difference[] {
  const differences: Difference[] = [];
  const differ = (path: string, exp: unknown, act: unknown, message: string) =>
    differences.push({ path, expected: exp, actual: act, message });

  const walk = (exp: unknown, act: unknown, path: string, field: string) => {
    if (typeof exp === 'number') {
      if (typeof act !== 'number') return differ(path, exp, act, `expected ${exp}, got ${describe(act)}`);
      const own = tolerances[field];
      const tolerance = own ?? tolerances.default ?? 0;
      // A field's own tolerance is absolute (score: ±0.05 points at any size); only the default
      // one is relative for values above 1.
      const scale = own === undefined ? Math.max(1, Math.abs(exp)) : 1;
      // modularity may be better than expected, never worse by more than the tolerance.
      const ok = field === 'modularity' ? act >= exp - tolerance : Math.abs(act - exp) <= tolerance * scale;
      if (!ok) differ(path, exp, act, `expected ${exp}, got ${act} (tolerance ${tolerance})`);
      return;
    }
    if (exp === null || typeof exp !== 'object') {
      if (exp !== act) differ(path, exp, act, `expected ${describe(exp)}, got ${describe(act)}`);
      return;
    }
    if (Array.isArray(exp)) {
      if (!Array.isArray(act)) return differ(path, exp, act, `expected an array, got ${describe(act)}`);
      const keys = ROW_KEYS[field];
      if (keys && exp.every((row) => row && typeof row === 'object')) {
        const keyOf = (row: Record<string, unknown>) => keys.map((k) => String(row[k])).join('/');
        const actualRows = new Map(act.map((row) => [keyOf(row as Record<string, unknown>), row]));
        const expectedKeys = new Set<string>();
        for (const row of exp as Record<string, unknown>[]) {
          const key = keyOf(row);
          expectedKeys.add(key);
          const match = actualRows.get(key);
          if (match === undefined) differ(`${path}[${key}]`, row, undefined, 'row missing');
          else walk(row, match, `${path}[${key}]`, field);
        }
        for (const key of actualRows.keys()) {
          if (!expectedKeys.has(key)) differ(`${path}[${key}]`, undefined, actualRows.get(key), 'unexpected row');
        }
        return;
      }
      if (exp.length !== act.length) differ(path, exp, act, `expected ${exp.length} items, got ${act.length}`);
      exp.forEach((item, i) => walk(item, act[i], `${path}[${i}]`, field));
      return;
    }
    if (act === null || typeof act !== 'object' || Array.isArray(act)) {
      return differ(path, exp, act, `expected an object, got ${describe(act)}`);
    }
    for (const [key, value] of Object.entries(exp)) {
      walk(value, (act as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`, key);
    }
  };
  walk(expected, actual, '', '');
  return differences;
}
