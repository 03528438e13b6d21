/**
 * CSV tables (SPEC 5): one file per table of `analysisTables` (`units.csv` … `topics.csv`, and
 * `edges.csv` with the graph), UTF-8 with a byte-order mark so that Excel shows Vietnamese, RFC
 * 4180 quoting (fields with a comma, a quote, a line break or leading/trailing white space are
 * quoted, quotes doubled; written here — ten lines — rather than by csv-stringify, which took most
 * of the writers' time at 10⁵ rows: docs/decisions.md), CRLF line ends, a header row of the column names (the schema's field names, with
 * the local times and names beside them: see `tables.ts`). Cells as the table helpers give them:
 * nested fields as `parent.child` columns, arrays joined with `;`, numbers unrounded (shortest
 * round-trip form, `-0` as `0`), booleans `true`/`false`, null as an empty cell.
 *
 * Excel (SPEC 7.2, OWASP "CSV injection"): a text cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is written with a leading `'`, so a spreadsheet shows it as text instead of
 * running it as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`); numbers are written as numbers and
 * never get one. `{ raw: true }` (the CLI's `--csv-raw`) writes text verbatim, for tools that read
 * the CSV back and want the same values as `analysis.json`.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Analysis } from '../analysis/schema';
import { analysisTables, type Cell, type FlatRow, type TableName } from './tables';

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

/** The CSV files of an analysis (`edges.csv` with the graph). */
export type CsvFileName = `${TableName}.csv`;

/** The files of {@link writeCsvTables}: every analysis table, and `edges.csv` when the graph was given. */
export type CsvFiles = Record<Exclude<CsvFileName, 'edges.csv'>, string> & { 'edges.csv'?: string };

export interface CsvOptions {
  /** Write text cells verbatim, without the leading `'` that keeps Excel from running formulas. */
  raw?: boolean;
}

/** Options of {@link writeCsvTables}. */
export interface CsvTablesOptions extends CsvOptions {
  /** The interaction graph, pseudonymised like the analysis (`analyzeWithGraph().graph`): adds `edges.csv`. */
  graph?: AbstractGraph;
}

/** Defaults of {@link CsvOptions}. */
export const CSV_DEFAULTS: Readonly<Required<CsvOptions>> = Object.freeze({ raw: false });

const CSV_OPTION_KEYS = new Set(Object.keys(CSV_DEFAULTS));
const CSV_TABLES_OPTION_KEYS = new Set([...CSV_OPTION_KEYS, 'graph']);

function csvOptions(options: CsvTablesOptions, keys: ReadonlySet<string>): Required<CsvOptions> {
  if (options === null || typeof options !== 'object') throw new TypeError('CSV options must be an object');
  for (const name of Object.keys(options)) {
    if (!keys.has(name)) throw new TypeError(`CSV: unknown option "${name}"`);
  }
  if (options.raw !== undefined && typeof options.raw !== 'boolean') throw new TypeError('CSV: raw must be a boolean');
  return { ...CSV_DEFAULTS, ...(options.raw === undefined ? {} : { raw: options.raw }) };
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as Excel may open it: a leading `'` when it would start a formula.
 * @example excelText('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function excelText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function text(value: Cell, raw: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return raw ? value : excelText(value);
}

/** What makes a field need quotes (RFC 4180, and white space at either end, which readers trim). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field as RFC 4180 writes it. */
function field(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A table as CSV text (BOM, header, CRLF).
 * @example toCsv([{ id: '=1+1', n: -2 }], ['id', 'n']) // '\uFEFFid,n\r\n\'=1+1,-2\r\n'
 */
export function toCsv(rows: readonly FlatRow[], columns: readonly string[], options: CsvOptions = {}): string {
  const { raw } = csvOptions(options, CSV_OPTION_KEYS);
  const lines: string[] = [columns.map((c) => field(text(c, raw))).join(',')];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      line += (i === 0 ? '' : ',') + field(text(Object.hasOwn(row, c) ? row[c]! : null, raw));
    }
    lines.push(line);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * The CSV files of an analysis, one per table (see `analysisTables`); `edges.csv` when the
 * interaction graph is given.
 * @example
 * const files = writeCsvTables(analysis, { graph });            // for Excel
 * const verbatim = writeCsvTables(analysis, { raw: true });      // for tools that read it back
 * files['units.csv'].startsWith('\uFEFFunitId,name,kind,'); // true
 */
export function writeCsvTables(analysis: Analysis, options: CsvTablesOptions = {}): CsvFiles {
  const { raw } = csvOptions(options, CSV_TABLES_OPTION_KEYS);
  const files: Record<string, string> = {};
  for (const table of analysisTables(analysis, options.graph)) {
    files[`${table.name}.csv`] = toCsv(table.rows, table.columns.map((c) => c.name), { raw });
  }
  return files as CsvFiles;
}
