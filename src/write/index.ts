/**
 * Writers (SPEC 5): everything people and tools read, as strings (and bytes, for Parquet). Pure:
 * no file system here — the CLI writes the files. The HTML report and its building blocks are the
 * `ddci-sna/report` entry (`src/report/index.ts`); `writeOutputs` loads it on demand.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Analysis } from '../analysis/schema';
import type { Lang } from './format';
import { writeCsvTables } from './csv';
import { writeGexf } from './gexf';
import { writeAnalysisJson } from './json';
import { writeParquetTables, type ParquetFileName, type ParquetFiles } from './parquet';
import type { CsvFileName, CsvFiles } from './csv';

export { writeCsvTables, toCsv, excelText, CSV_DEFAULTS, type CsvFileName, type CsvFiles, type CsvOptions, type CsvTablesOptions } from './csv';
export { writeParquetTables, PARQUET_FILE_NAMES, type ParquetFileName, type ParquetFiles, type ParquetOptions } from './parquet';
export { writeGexf, GEXF_SIZE_RANGE } from './gexf';
export { writeAnalysisJson } from './json';
export {
  unitsTable, actorsTable, associationsTable, petitionsTable, weeklyTable, topicsTable, analysisTables, flattenRows,
  TABLE_COLUMNS, TABLE_COLUMN_TYPES, LIST_SEPARATOR, LOCAL_TIME_PATTERN,
  type FlatRow, type Cell, type TableName, type AnalysisTableName, type Table, type TableColumn, type ColumnType, type Flatten,
  type UnitsTableRow, type ActorsTableRow, type AssociationsTableRow, type PetitionsTableRow, type WeeklyTableRow, type TopicsTableRow,
} from './tables';
export { edgesTable, EDGE_COLUMNS, type EdgesTableRow } from './edges';
export type { Lang } from './format';

export interface WriteOutputsOptions {
  /** The interaction graph, pseudonymised like the analysis (`analyzeWithGraph().graph`). */
  graph: AbstractGraph;
  /** An earlier analysis, for the report's changes in rank and score. */
  previous?: Analysis;
  /** Language of the report. Default `'vi'`. */
  lang?: Lang;
  /** SLA of the report's backlog and response-time charts, in working hours. Default 8. */
  slaWorkingHours?: number;
  /** Write CSV text verbatim, without the leading `'` that keeps Excel from running formulas. Default false. */
  csvRaw?: boolean;
  /** Also write each table as a Parquet file (`units.parquet` …, `edges.parquet`). Default false. */
  parquet?: boolean;
  /**
   * Render `report.html` (`ddci-sna/report`; needs the optional dependencies vega and vega-lite:
   * without them the call fails with `report_unavailable`). Default true; false for the tables alone.
   */
  report?: boolean;
}

const WRITE_OUTPUT_KEYS = new Set(['graph', 'previous', 'lang', 'slaWorkingHours', 'csvRaw', 'parquet', 'report']);

/** The files `writeOutputs` returns, by name (the CLI may add `rejects.ndjson`). */
export type OutputFileName =
  | 'analysis.json' | CsvFileName | 'graph.gexf' | 'report.html' | ParquetFileName;

/** The files of {@link writeOutputs} by name: text, and bytes for Parquet. */
export type OutputFiles = CsvFiles & Partial<ParquetFiles> & {
  'analysis.json': string;
  'graph.gexf': string;
  /** Unless `report: false`. */
  'report.html'?: string;
};

/**
 * Every output file of an analysis, as name → content: `analysis.json`, the CSV tables with
 * `edges.csv`, `graph.gexf`, `report.html` (unless `report: false`) and, with `parquet: true`, a
 * `.parquet` file per table (bytes; everything else is text). All files at once: see
 * {@link outputFiles} to have them one at a time (what the CLI does, so that a large analysis never
 * holds every file's text together).
 * @example
 * const files = await writeOutputs(analysis, { graph, lang: 'vi', parquet: true });
 * for (const [name, content] of Object.entries(files)) await writeFile(join(out, name), content);
 */
export async function writeOutputs(analysis: Analysis, options: WriteOutputsOptions): Promise<OutputFiles> {
  const files: Record<string, string | Uint8Array> = {};
  for await (const [name, content] of outputFiles(analysis, options)) files[name] = content;
  return files as OutputFiles;
}

/**
 * The files of {@link writeOutputs}, the same names, contents and order, produced one at a time:
 * each writer runs when the previous file has been taken, so a caller that writes each file out
 * and drops it holds one file's text at a time. Options are checked before the first file.
 * @example
 * for await (const [name, content] of outputFiles(analysis, { graph })) await writeFile(join(out, name), content);
 */
export async function* outputFiles(
  analysis: Analysis, options: WriteOutputsOptions,
): AsyncGenerator<readonly [OutputFileName, string | Uint8Array], void, undefined> {
  if (options === null || typeof options !== 'object') throw new TypeError('writeOutputs: options must be an object');
  for (const name of Object.keys(options)) {
    if (!WRITE_OUTPUT_KEYS.has(name)) throw new TypeError(`writeOutputs: unknown option "${name}"`);
  }
  if (!options.graph) throw new TypeError('writeOutputs: options.graph is required');
  for (const flag of ['csvRaw', 'parquet', 'report'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') throw new TypeError(`writeOutputs: ${flag} must be a boolean`);
  }
  const { graph } = options;
  yield ['analysis.json', writeAnalysisJson(analysis)];
  const csv = writeCsvTables(analysis, { graph, ...(options.csvRaw === undefined ? {} : { raw: options.csvRaw }) });
  for (const name of Object.keys(csv) as CsvFileName[]) yield [name, csv[name]!];
  yield ['graph.gexf', writeGexf(graph, analysis)];
  if (options.report !== false) {
    // The report's code (and, through it, vega) is loaded only when a report is rendered.
    const { renderReport } = await import('./report');
    yield ['report.html', await renderReport(analysis, {
      graph,
      ...(options.previous !== undefined ? { previous: options.previous } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
      ...(options.slaWorkingHours !== undefined ? { slaWorkingHours: options.slaWorkingHours } : {}),
    })];
  }
  if (options.parquet === true) {
    const parquet = await writeParquetTables(analysis, { graph });
    for (const name of Object.keys(parquet) as ParquetFileName[]) yield [name, parquet[name]!];
  }
}
