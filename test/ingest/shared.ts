/**
 * The real exports written by other tools (`../shared/real-exports/` beside the repository,
 * anonymised) and the counts published with them (`counts.json`). Without them the tests that need
 * them skip, with one line saying so — unless `DDCI_REQUIRE_SHARED=1` (CI), where their absence
 * fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder, with a trailing slash. */
export const REAL_EXPORTS = fileURLToPath(new URL('../../../shared/real-exports/', import.meta.url));

/** Whether the real exports are there. */
export const realExportsPresent = existsSync(`${REAL_EXPORTS}counts.json`);

if (!realExportsPresent) {
  if (process.env.DDCI_REQUIRE_SHARED === '1') {
    throw new Error(`DDCI_REQUIRE_SHARED=1, but the real exports are not at ${REAL_EXPORTS}`);
  }
  console.warn(`[ingest] real exports not found at ${REAL_EXPORTS}: the real-file tests are skipped`);
}

/** counts.json: per file (its path under the folder), the counts computed from the written files. */
export type RealCounts = Record<string, Record<string, number | Record<string, number>>>;

export const realCounts: RealCounts = realExportsPresent ? JSON.parse(readFileSync(`${REAL_EXPORTS}counts.json`, 'utf8')) : {};

/** One count of a file (a number), failing loudly if counts.json lacks it. */
export function countOf(file: string, key: string): number {
  const value = realCounts[file]?.[key];
  if (typeof value !== 'number') throw new Error(`counts.json has no number ${key} for ${file}`);
  return value;
}

/** A table of counts of a file (`status_types`). */
export function tableOf(file: string, key: string): Record<string, number> {
  const value = realCounts[file]?.[key];
  if (typeof value !== 'object' || value === null) throw new Error(`counts.json has no table ${key} for ${file}`);
  return value;
}
