/**
 * The real exports written by other tools (`../shared/real-exports/`, beside the repository; SPEC
 * 2.1), with the counts published beside them in `counts.json`. On a clean clone they are absent:
 * the tests that need them are skipped with a one-line notice — unless `DDCI_REQUIRE_SHARED=1`,
 * where their absence fails the run (CI machines that have them must not skip silently).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** `../shared/real-exports/` relative to this repository, with a trailing slash. */
export const REAL_EXPORTS: string = fileURLToPath(new URL('../../../shared/real-exports/', import.meta.url));

/** Whether the real exports are here (their counts.json is). */
export const realExportsPresent: boolean = existsSync(`${REAL_EXPORTS}counts.json`);

/** Whether their absence must fail the run. */
export const sharedRequired: boolean = process.env.DDCI_REQUIRE_SHARED === '1';

// Every test file that imports this helper fails at once when the exports are required and absent,
// whether it uses describeRealExports or checks realExportsPresent itself.
if (!realExportsPresent) {
  if (sharedRequired) throw new Error(`DDCI_REQUIRE_SHARED=1, but the real exports are not at ${REAL_EXPORTS}`);
  console.warn(`real exports not found at ${REAL_EXPORTS}: the tests on them are skipped`);
}

/** The counts of each real file, by its path under real-exports (`dyi-json/your_posts_1.json`). */
export type RealCounts = Record<string, Record<string, number | Record<string, number>>>;

/** counts.json, or {} when the real exports are absent. */
export const realCounts: RealCounts = realExportsPresent ? JSON.parse(readFileSync(`${REAL_EXPORTS}counts.json`, 'utf8')) : {};

/**
 * One count of a file (a number), failing loudly if counts.json lacks it.
 * @example countOf('dyi-json/your_posts_1.json', 'entries') // 124
 */
export function countOf(file: string, key: string): number {
  const value = realCounts[file]?.[key];
  if (typeof value !== 'number') throw new Error(`counts.json has no number ${key} for ${file}`);
  return value;
}

/**
 * A table of counts of a file (`types`, `reaction_types`), failing loudly if counts.json lacks it.
 * @example tableOf('dyi-json/likes_and_reactions_1.json', 'reaction_types') // { LIKE: 200 }
 */
export function tableOf(file: string, key: string): Record<string, number> {
  const value = realCounts[file]?.[key];
  if (typeof value !== 'object' || value === null) throw new Error(`counts.json has no table ${key} for ${file}`);
  return value;
}

/**
 * `describe` for tests on the real exports: skipped with a one-line notice when they are absent,
 * failing instead when `DDCI_REQUIRE_SHARED=1`.
 * @example describeRealExports('real CrowdTangle exports', () => { test('…', () => { … }); });
 */
export function describeRealExports(name: string, body: () => void): void {
  // Absent and required has already failed on import.
  if (realExportsPresent) describe(name, body);
  else describe.skip(name, body);
}
