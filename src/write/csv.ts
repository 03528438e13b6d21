/**
 * CSV tables (SPEC 5): one file per table, UTF-8 with a byte-order mark so that Excel shows
 * Vietnamese, RFC 4180 quoting (csv-stringify; fields with a comma, a quote, a line break or
 * leading/trailing space are quoted), CRLF line ends, a header row of the schema's field names. Cells follow {@link flattenRows}: nested fields as `parent.child` columns, arrays joined
 * with `;`, numbers unrounded (shortest round-trip form, `-0` as `0`), booleans `true`/`false`,
 * null as an empty cell.
 *
 * Text is written as it is: a message that starts with `=`, `+`, `-` or `@` is not escaped against
 * spreadsheet formula injection, so that the CSV round-trips to the same values as `analysis.json`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../analysis/schema';
import {
  TABLE_COLUMNS, actorsTable, associationsTable, petitionsTable, unitsTable, weeklyTable,
  type Cell, type FlatRow,
} from './tables';

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

export type CsvFileName = 'units.csv' | 'actors.csv' | 'associations.csv' | 'petitions.csv' | 'weekly.csv';

function text(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** A table as CSV text (BOM, header, CRLF). */
export function toCsv(rows: readonly FlatRow[], columns: readonly string[]): string {
  const records = rows.map((row) => columns.map((c) => text(row[c] ?? null)));
  return BOM + stringify([[...columns], ...records], { record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ });
}

/**
 * The CSV files of an analysis, one per table.
 * @example
 * const files = writeCsvTables(analysis);
 * files['units.csv'].startsWith('\uFEFFunitId,name,kind,'); // true
 */
export function writeCsvTables(analysis: Analysis): Record<CsvFileName, string> {
  return {
    'units.csv': toCsv(unitsTable(analysis), TABLE_COLUMNS.units),
    'actors.csv': toCsv(actorsTable(analysis), TABLE_COLUMNS.actors),
    'associations.csv': toCsv(associationsTable(analysis), TABLE_COLUMNS.associations),
    'petitions.csv': toCsv(petitionsTable(analysis), TABLE_COLUMNS.petitions),
    'weekly.csv': toCsv(weeklyTable(analysis), TABLE_COLUMNS.weekly),
  };
}
