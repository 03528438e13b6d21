/**
 * Writers (SPEC 5): everything people and tools read, as strings (and bytes, for Parquet), or as
 * bounded chunks of text to write as they come (`analysisJsonChunks`, `csvTableChunks`,
 * `gexfChunks`, `outputFileChunks`: no file is ever one string; see `chunks.ts`). Pure:
 * no file system here — the CLI writes the files. The HTML report and its building blocks are the
 * `ddci-sna/report` entry (`src/report/index.ts`); `writeOutputs` loads it on demand.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Analysis } from '../analysis/schema';
import type { InteractionList } from '../graph/build';
import type { Lang } from './format';
import { joinChunks, textChunks } from './chunks';
import { csvTableChunks } from './csv';
import { gexfChunks } from './gexf';
import { graphOption } from './graphInput';
import { analysisJsonChunks } from './json';
import { writeParquetTables, type ParquetFileName, type ParquetFiles } from './parquet';
import type { CsvFileName, CsvFiles } from './csv';

export {
  writeCsvTables, csvTableChunks, toCsv, csvChunks, excelText, CSV_DEFAULTS,
  type CsvFileName, type CsvFiles, type CsvOptions, type CsvTablesOptions, type CsvChunkOptions, type CsvTableChunkOptions,
} from './csv';
export { CHUNK_SIZE, type ChunkOptions } from './chunks';
export { writeParquetTables, PARQUET_FILE_NAMES, type ParquetFileName, type ParquetFiles, type ParquetOptions } from './parquet';
export { writeGexf, gexfChunks, GEXF_SIZE_RANGE, type GexfChunkOptions } from './gexf';
export { writeAnalysisJson, analysisJsonChunks } from './json';
export {
  unitsTable, actorsTable, associationsTable, petitionsTable, weeklyTable, topicsTable, analysisTables, tableSources, flattenRows,
  TABLE_COLUMNS, TABLE_COLUMN_TYPES, LIST_SEPARATOR, LOCAL_TIME_PATTERN,
  type FlatRow, type Cell, type TableName, type AnalysisTableName, type Table, type TableSource, type TableColumn, type ColumnType, type Flatten,
  type UnitsTableRow, type ActorsTableRow, type AssociationsTableRow, type PetitionsTableRow, type WeeklyTableRow, type TopicsTableRow,
} from './tables';
export { edgesTable, edgeCells, EDGE_COLUMNS, type EdgesTableRow } from './edges';
export { graphRows, isInteractionList, type GraphInput, type GraphRows } from './graphInput';
export type { Lang } from './format';

export interface WriteOutputsOptions {
  /**
   * The interaction list, pseudonymised like the analysis (`analyzeWithGraph().interactions`): what
   * graph.gexf, edges.csv / edges.parquet and the report's map are written from. This or `graph`.
   */
  interactions?: InteractionList;
  /** The same as a graphology graph (`analyzeWithGraph().graph`, or any graph), in place of `interactions`: the same files. */
  graph?: AbstractGraph;
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

const WRITE_OUTPUT_KEYS = new Set(['interactions', 'graph', 'previous', 'lang', 'slaWorkingHours', 'csvRaw', 'parquet', 'report']);

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
 * const { analysis, interactions } = analyzeWithGraph(input, config);
 * const files = await writeOutputs(analysis, { interactions, lang: 'vi', parquet: true });
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
 * and drops it holds one file's text at a time (see {@link outputFileChunks} to hold none).
 * Options are checked before the first file.
 * @example
 * for await (const [name, content] of outputFiles(analysis, { interactions })) await writeFile(join(out, name), content);
 */
export async function* outputFiles(
  analysis: Analysis, options: WriteOutputsOptions,
): AsyncGenerator<readonly [OutputFileName, string | Uint8Array], void, undefined> {
  for await (const [name, content] of outputFileChunks(analysis, options)) {
    yield [name, content instanceof Uint8Array ? content : joinChunks(content)];
  }
}

/**
 * The files of {@link outputFiles}, the same names and order, each text file as its chunks of at
 * most `CHUNK_SIZE` code units (joined, its content), written by its writer as they are taken:
 * a caller that writes each chunk out (what the CLI does) never holds a file's text — `analysis.json`
 * element by element, the CSV tables row by row, `graph.gexf` node by node and edge by edge.
 * `report.html` is rendered whole, then cut into chunks; Parquet files are bytes. Take a file's
 * chunks before asking for the next file: each iterable is read once. Options are checked before
 * the first file.
 * @example
 * for await (const [name, content] of outputFileChunks(analysis, { interactions })) {
 *   const file = createWriteStream(join(out, name));
 *   if (content instanceof Uint8Array) file.write(content);
 *   else for (const chunk of content) if (!file.write(chunk)) await once(file, 'drain');
 *   await new Promise((done) => file.end(done));
 * }
 */
export async function* outputFileChunks(
  analysis: Analysis, options: WriteOutputsOptions,
): AsyncGenerator<readonly [OutputFileName, Iterable<string> | Uint8Array], void, undefined> {
  if (options === null || typeof options !== 'object') throw new TypeError('writeOutputs: options must be an object');
  for (const name of Object.keys(options)) {
    if (!WRITE_OUTPUT_KEYS.has(name)) throw new TypeError(`writeOutputs: unknown option "${name}"`);
  }
  const graph = graphOption(options, 'writeOutputs');
  if (!graph) throw new TypeError('writeOutputs: options.interactions (or options.graph) is required');
  for (const flag of ['csvRaw', 'parquet', 'report'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') throw new TypeError(`writeOutputs: ${flag} must be a boolean`);
  }
  // The CSV, Parquet and report writers take the interaction graph by option: whichever was given.
  const given = options.interactions !== undefined ? { interactions: options.interactions } : { graph: options.graph! };
  yield ['analysis.json', analysisJsonChunks(analysis)];
  yield* csvTableChunks(analysis, { ...given, ...(options.csvRaw === undefined ? {} : { raw: options.csvRaw }) });
  yield ['graph.gexf', gexfChunks(graph, analysis)];
  if (options.report !== false) {
    // The report's code (and, through it, vega) is loaded only when a report is rendered.
    const { renderReport } = await import('./report');
    const html = await renderReport(analysis, {
      ...given,
      ...(options.previous !== undefined ? { previous: options.previous } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
      ...(options.slaWorkingHours !== undefined ? { slaWorkingHours: options.slaWorkingHours } : {}),
    });
    yield ['report.html', textChunks(html)];
  }
  if (options.parquet === true) {
    const parquet = await writeParquetTables(analysis, given);
    for (const name of Object.keys(parquet) as ParquetFileName[]) yield [name, parquet[name]!];
  }
}
