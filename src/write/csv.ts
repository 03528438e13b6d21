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
import type { InteractionList } from '../graph/build';
import { edgeParts } from './edges';
import { graphOption, type GraphInput } from './graphInput';
import type { Analysis } from '../analysis/schema';
import { ChunkBuffer, chunkSizeOf, joinChunks, type ChunkOptions } from './chunks';
import { tableSources, type Cell, type FlatRow, type TableName } from './tables';

/** The byte-order mark every CSV starts with. */
export const BOM = '\uFEFF';

/** The CSV files of an analysis (`edges.csv` with the interaction graph). */
export type CsvFileName = `${TableName}.csv`;

/** The files of {@link writeCsvTables}: every analysis table, and `edges.csv` when the graph was given. */
export type CsvFiles = Record<Exclude<CsvFileName, 'edges.csv'>, string> & { 'edges.csv'?: string };

export interface CsvOptions {
  /** Write text cells verbatim, without the leading `'` that keeps Excel from running formulas. */
  raw?: boolean;
}

/** Options of {@link writeCsvTables}. */
export interface CsvTablesOptions extends CsvOptions {
  /** The interaction list, pseudonymised like the analysis (`analyzeWithGraph().interactions`): adds `edges.csv`. */
  interactions?: InteractionList;
  /** The same as a graphology graph (`analyzeWithGraph().graph`, or any graph), in place of `interactions`. */
  graph?: AbstractGraph;
}

/** Defaults of {@link CsvOptions}. */
export const CSV_DEFAULTS: Readonly<Required<CsvOptions>> = Object.freeze({ raw: false });

const CSV_OPTION_KEYS = new Set(Object.keys(CSV_DEFAULTS));
const CSV_TABLES_OPTION_KEYS = new Set([...CSV_OPTION_KEYS, 'graph', 'interactions']);

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

/** What makes a field need quotes (RFC 4180, and white space at either end, which readers trim). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as it goes into the file: text Excel-protected unless raw, then quoted when RFC 4180 asks. */
function csvCell(value: Cell, raw: boolean): string {
  if (value === null) return '';
  // A number's shortest form (`-0` as `0`) and a boolean never need quotes.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = raw ? value : excelText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Options of {@link csvChunks}. */
export interface CsvChunkOptions extends CsvOptions, ChunkOptions {}

const CSV_CHUNK_OPTION_KEYS = new Set([...CSV_OPTION_KEYS, 'chunkSize']);

/** The first line of a CSV file: the byte-order mark and the column names. */
const headerLine = (columns: readonly string[], raw: boolean) => `${BOM}${columns.map((c) => csvCell(c, raw)).join(',')}\r\n`;

/** The chunks of one CSV file, each line written straight into the chunk buffer. */
function* csvText(rows: Iterable<readonly Cell[]>, columns: readonly string[], raw: boolean, out: ChunkBuffer): Generator<string, void, undefined> {
  out.push(headerLine(columns, raw));
  const n = columns.length;
  for (const cells of rows) {
    let line = n === 0 ? '' : csvCell(cells[0]!, raw);
    for (let i = 1; i < n; i++) line += `,${csvCell(cells[i]!, raw)}`;
    out.push(`${line}\r\n`);
    if (out.full) yield* out.take();
  }
  yield* out.flush();
}

/**
 * The chunks of `edges.csv`: the bytes of {@link csvText} over `edgeCells`, each node's three cells
 * (key, label, kind) formatted once rather than at each of its edges.
 */
function* edgesCsvText(graph: GraphInput, columns: readonly string[], raw: boolean, out: ChunkBuffer): Generator<string, void, undefined> {
  out.push(headerLine(columns, raw));
  const parts = edgeParts(graph);
  const nodeText: string[] = new Array<string>(parts.nodeCount);
  for (let i = 0; i < parts.nodeCount; i++) nodeText[i] = parts.nodeCells(i).map((cell) => csvCell(cell, raw)).join(',');
  const { source, target } = parts;
  const cells: Cell[] = [];
  for (let e = 0; e < parts.edgeCount; e++) {
    parts.edgeCells(e, cells);
    let line = `${nodeText[source[e]!]!},${nodeText[target[e]!]!}`;
    for (let i = 0; i < cells.length; i++) line += `,${csvCell(cells[i]!, raw)}`;
    out.push(`${line}\r\n`);
    if (out.full) yield* out.take();
  }
  yield* out.flush();
}

/**
 * A table as CSV text (BOM, header, CRLF) in chunks of at most `chunkSize` code units (default
 * 64 Ki), read row by row: each row is an array of cells in the columns' order (the same array
 * may be refilled for every row). Joined, the chunks are {@link toCsv}'s text of the same rows.
 * @example [...csvChunks([['=1+1', -2]], ['id', 'n'])].join('') // '\uFEFFid,n\r\n\'=1+1,-2\r\n'
 */
export function csvChunks(rows: Iterable<readonly Cell[]>, columns: readonly string[], options: CsvChunkOptions = {}): Iterable<string> {
  const { raw } = csvOptions(options, CSV_CHUNK_OPTION_KEYS);
  return csvText(rows, columns, raw, new ChunkBuffer(chunkSizeOf(options, 'csvChunks')));
}

/** The cells of flat rows in the columns' order (absent as null). */
function* cellsOf(rows: readonly FlatRow[], columns: readonly string[]): Generator<readonly Cell[], void, undefined> {
  const cells: Cell[] = new Array<Cell>(columns.length).fill(null);
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) cells[i] = Object.hasOwn(row, columns[i]!) ? row[columns[i]!]! : null;
    yield cells;
  }
}

/**
 * A table as CSV text (BOM, header, CRLF).
 * @example toCsv([{ id: '=1+1', n: -2 }], ['id', 'n']) // '\uFEFFid,n\r\n\'=1+1,-2\r\n'
 */
export function toCsv(rows: readonly FlatRow[], columns: readonly string[], options: CsvOptions = {}): string {
  const { raw } = csvOptions(options, CSV_OPTION_KEYS);
  return joinChunks(csvText(cellsOf(rows, columns), columns, raw, new ChunkBuffer()));
}

/** Options of {@link csvTableChunks}. */
export interface CsvTableChunkOptions extends CsvTablesOptions, ChunkOptions {}

const CSV_TABLE_CHUNK_OPTION_KEYS = new Set([...CSV_TABLES_OPTION_KEYS, 'chunkSize']);

/**
 * The CSV files of {@link writeCsvTables}, in the same order, each as its chunks (of at most
 * `chunkSize` code units, default 64 Ki), read from the analysis (and the interaction list) as they
 * are written: no table is held as rows or as text. Each file's chunks can be read once.
 * @example
 * for (const [name, chunks] of csvTableChunks(analysis, { interactions: run.interactions })) {
 *   const file = createWriteStream(join(out, name));
 *   for (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
 *   file.end();
 * }
 */
export function csvTableChunks(analysis: Analysis, options: CsvTableChunkOptions = {}): (readonly [CsvFileName, Iterable<string>])[] {
  const { raw } = csvOptions(options, CSV_TABLE_CHUNK_OPTION_KEYS);
  const size = chunkSizeOf(options, 'csvTableChunks');
  const graph = graphOption(options, 'csvTableChunks');
  return tableSources(analysis, graph).map((table) => {
    const columns = table.columns.map((c) => c.name);
    // edges.csv from the graph's parts (each node's cells once); every other table from its rows.
    const text = table.name === 'edges' && graph !== undefined
      ? () => edgesCsvText(graph, columns, raw, new ChunkBuffer(size))
      : () => csvText(table.rows(), columns, raw, new ChunkBuffer(size));
    return [`${table.name}.csv`, { [Symbol.iterator]: text }] as const;
  });
}

/**
 * The CSV files of an analysis, one per table (see `analysisTables`); `edges.csv` when the
 * interaction graph is given (its list, `interactions`, or a graphology `graph`).
 * @example
 * const files = writeCsvTables(analysis, { interactions: run.interactions }); // for Excel
 * const verbatim = writeCsvTables(analysis, { raw: true });      // for tools that read it back
 * files['units.csv'].startsWith('\uFEFFunitId,name,kind,'); // true
 */
export function writeCsvTables(analysis: Analysis, options: CsvTablesOptions = {}): CsvFiles {
  csvOptions(options, CSV_TABLES_OPTION_KEYS);
  const files: Record<string, string> = {};
  for (const [name, chunks] of csvTableChunks(analysis, options)) files[name] = joinChunks(chunks);
  return files as CsvFiles;
}
