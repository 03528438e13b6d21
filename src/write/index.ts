/**
 * Writers (SPEC 5): everything people and tools read, as strings. Pure: no file system here —
 * the CLI writes the files.
 */
import type Graph from 'graphology-types';
import type { Analysis } from '../analysis/schema';
import type { Lang } from './format';
import { writeCsvTables } from './csv';
import { writeGexf } from './gexf';
import { writeAnalysisJson } from './json';
import { renderReport } from './report';

export { renderReport, renderReportWithDiagnostics, reportCharts, REPORT_DEFAULTS, type ReportOptions, type ReportChart } from './report';
export { writeCsvTables, toCsv, excelText, BOM, CSV_DEFAULTS, type CsvFileName, type CsvOptions } from './csv';
export { writeGexf, GEXF_SIZE_RANGE } from './gexf';
export { writeAnalysisJson } from './json';
export {
  unitsTable, actorsTable, associationsTable, petitionsTable, weeklyTable, flattenRows, TABLE_COLUMNS, LIST_SEPARATOR,
  type FlatRow, type Cell, type TableName,
} from './tables';
export {
  layoutNetwork, fitLayout, placeLabels, mulberry32, NETWORK_LAYOUT_DEFAULTS,
  type NetworkLayout, type NetworkLayoutOptions, type LayoutNode, type LayoutEdge, type CommunitySummary, type PlacedNode,
  type PlacedLabel, type FitOptions, type LabelOptions, type MapNodeKind,
} from './layout';
export { KIND_COLORS, COMMUNITY_COLORS } from './charts';
export {
  REPORT_SECTIONS, REPORT_THRESHOLDS, STANDOUT_RULES, GLOSSARY, htmlSection,
  type ReportSection, type SectionChart, type Figures, type ReportContext, type UnitFacts, type UnitGroup,
  type Standout, type StandoutRule, type GlossaryEntry,
} from './sections/index';
export { html, escapeHtml, trustedHtml, Html, type HtmlValue } from './format';
export type { Lang } from './format';

export interface WriteOutputsOptions {
  /** The interaction graph, pseudonymised like the analysis (`analyzeWithGraph().graph`). */
  graph: Graph;
  /** An earlier analysis, for the report's changes in rank and score. */
  previous?: Analysis;
  /** Language of the report. Default `'vi'`. */
  lang?: Lang;
  /** SLA of the report's backlog and response-time charts, in working hours. Default 8. */
  slaWorkingHours?: number;
  /** Write CSV text verbatim, without the leading `'` that keeps Excel from running formulas. Default false. */
  csvRaw?: boolean;
}

const WRITE_OUTPUT_KEYS = new Set(['graph', 'previous', 'lang', 'slaWorkingHours', 'csvRaw']);

/** The files `writeOutputs` returns, by name (the CLI may add `rejects.ndjson`). */
export type OutputFileName =
  | 'analysis.json' | 'units.csv' | 'actors.csv' | 'petitions.csv' | 'weekly.csv' | 'graph.gexf' | 'report.html';

/**
 * Every output file of an analysis, as name → content.
 * @example
 * const files = await writeOutputs(analysis, { graph, lang: 'vi' });
 * for (const [name, text] of Object.entries(files)) await writeFile(join(out, name), text);
 */
export async function writeOutputs(analysis: Analysis, options: WriteOutputsOptions): Promise<Record<string, string>> {
  if (options === null || typeof options !== 'object') throw new TypeError('writeOutputs: options must be an object');
  for (const name of Object.keys(options)) {
    if (!WRITE_OUTPUT_KEYS.has(name)) throw new TypeError(`writeOutputs: unknown option "${name}"`);
  }
  if (!options.graph) throw new TypeError('writeOutputs: options.graph is required');
  const report = await renderReport(analysis, {
    graph: options.graph,
    ...(options.previous !== undefined ? { previous: options.previous } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.slaWorkingHours !== undefined ? { slaWorkingHours: options.slaWorkingHours } : {}),
  });
  return {
    'analysis.json': writeAnalysisJson(analysis),
    ...writeCsvTables(analysis, options.csvRaw === undefined ? {} : { raw: options.csvRaw }),
    'graph.gexf': writeGexf(options.graph, analysis),
    'report.html': report,
  };
}
