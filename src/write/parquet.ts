/**
 * Parquet files of the result tables (`--parquet`, `writeOutputs(…, { parquet: true })`): the same
 * tables, columns and rows as the CSV files (`analysisTables`), typed, for pandas
 * (`pd.read_parquet`), polars (`pl.read_parquet`) and DuckDB (`SELECT * FROM 'units.parquet'`).
 *
 * Column types follow the Analysis schema (`TABLE_COLUMN_TYPES`): text `STRING` (UTF-8; lists
 * joined with `;` as in the CSV), whole numbers `INT64`, other numbers `DOUBLE`, booleans
 * `BOOLEAN`, and UTC instants (`createdTime`, `responseTime`) `TIMESTAMP(MILLIS, adjusted to UTC)`;
 * their `…Local` twins stay text, as in the CSV. Every column is nullable; null is null.
 * Text is written verbatim: the leading `'` that protects Excel from formulas is the CSV's alone.
 * The file's key-value metadata holds `ddci-sna.table` and `ddci-sna.timezone` (the zone of the
 * local times).
 *
 * Written by hyparquet-writer (pure JavaScript, Snappy compression), loaded on first use with a
 * dynamic `import()` — it is an ES module, and the CommonJS build must not `require` it. The bytes
 * depend only on the analysis (no clock, no random numbers): the same analysis gives the same files.
 */
import type { AbstractGraph } from 'graphology-types';
import type { InteractionList } from '../graph/build';
import { graphOption } from './graphInput';
import type { Analysis } from '../analysis/schema';
import { tableSources, TABLE_COLUMNS, type Cell, type ColumnType, type TableName, type TableSource } from './tables';

/** The Parquet files of an analysis (`edges.parquet` with the graph). */
export type ParquetFileName = `${TableName}.parquet`;

/** Every Parquet file name a run may write (so that a later run without `--parquet` removes stale ones). */
export const PARQUET_FILE_NAMES: readonly ParquetFileName[] = Object.freeze(
  (Object.keys(TABLE_COLUMNS) as TableName[]).map((name): ParquetFileName => `${name}.parquet`),
);

/** The files of {@link writeParquetTables}: every analysis table, and `edges.parquet` when the graph was given. */
export type ParquetFiles = Record<Exclude<ParquetFileName, 'edges.parquet'>, Uint8Array> & { 'edges.parquet'?: Uint8Array };

/** Options of {@link writeParquetTables}. */
export interface ParquetOptions {
  /** The interaction list, pseudonymised like the analysis (`analyzeWithGraph().interactions`): adds `edges.parquet`. */
  interactions?: InteractionList;
  /** The same as a graphology graph (`analyzeWithGraph().graph`, or any graph), in place of `interactions`. */
  graph?: AbstractGraph;
}

const PARQUET_OPTION_KEYS = new Set(['graph', 'interactions']);

/**
 * The Parquet schema element of each column type, every column OPTIONAL (nullable): logical types
 * written beside the legacy converted types, so that every reader agrees (an instant is a
 * TIMESTAMP adjusted to UTC: pandas and polars give a UTC-aware datetime, DuckDB a TIMESTAMPTZ).
 */
const PARQUET_ELEMENTS = Object.freeze({
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  instant: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } },
} as const satisfies Record<ColumnType, object>);

/** The value hyparquet-writer takes for a cell of a column type. */
function parquetValue(value: Cell, type: ColumnType): string | number | bigint | boolean | Date | null {
  if (value === null) return null;
  if (type === 'integer') return typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : null;
  if (type === 'instant') {
    const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isFinite(ms) ? new Date(ms) : null;
  }
  if (type === 'string') return String(value);
  return value;
}

function tableBytes(write: typeof import('hyparquet-writer').parquetWriteBuffer, table: TableSource, timezone: string): Uint8Array {
  // Column by column, read in one pass over the rows (no object per row).
  const data = table.columns.map((): ReturnType<typeof parquetValue>[] => []);
  for (const cells of table.rows()) {
    for (let i = 0; i < data.length; i++) data[i]!.push(parquetValue(cells[i]!, table.columns[i]!.type));
  }
  const buffer = write({
    columnData: table.columns.map(({ name }, i) => ({ name, data: data[i]! })),
    schema: [
      { name: 'root', num_children: table.columns.length },
      ...table.columns.map(({ name, type }) => ({ name, repetition_type: 'OPTIONAL' as const, ...PARQUET_ELEMENTS[type] })),
    ],
    createdBy: 'ddci-sna',
    kvMetadata: [{ key: 'ddci-sna.table', value: table.name }, { key: 'ddci-sna.timezone', value: timezone }],
  });
  return new Uint8Array(buffer);
}

/**
 * The Parquet files of an analysis, one per table (the CSV files' tables); `edges.parquet` when
 * the interaction graph is given (its list, `interactions`, or a graphology `graph`).
 * @example
 * const files = await writeParquetTables(analysis, { interactions: run.interactions });
 * await writeFile('out/units.parquet', files['units.parquet']);
 * // python: pd.read_parquet('out/units.parquet')   duckdb: SELECT name, score FROM 'out/units.parquet'
 */
export async function writeParquetTables(analysis: Analysis, options: ParquetOptions = {}): Promise<ParquetFiles> {
  if (options === null || typeof options !== 'object') throw new TypeError('Parquet options must be an object');
  for (const name of Object.keys(options)) {
    if (!PARQUET_OPTION_KEYS.has(name)) throw new TypeError(`Parquet: unknown option "${name}"`);
  }
  const graph = graphOption(options, 'writeParquetTables');
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const files: Record<string, Uint8Array> = {};
  for (const table of tableSources(analysis, graph)) {
    files[`${table.name}.parquet`] = tableBytes(parquetWriteBuffer, table, analysis.period.timezone);
  }
  return files as ParquetFiles;
}
