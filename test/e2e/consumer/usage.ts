/**
 * A program that uses ddci-sna as published: a service and a notebook in one. The package test
 * (`test/e2e/package.test.ts`) copies it into projects that installed the packed tarball, compiles
 * it with tsc under every module resolution (node10, node16 as ESM and as CommonJS, bundler; no
 * `skipLibCheck`), runs the ESM and CommonJS builds tsc emits, and reads the JSON it prints.
 *
 *   node usage.mjs <export-dir> <config.json> <a file that is not a configuration>
 *
 * Every table helper's rows are used through their types (a wrong column name or a missing null
 * check fails the compilation), and errors thrown by one entry point are checked with `instanceof`
 * against the classes of another.
 */
import {
  actorsTable, analyzeWithGraph, associationsTable, ConfigError, DdciError, edgesTable, isDdciError, petitionsTable, topicsTable,
  unitsTable, weeklyTable, writeOutputs,
  type ActorsTableRow, type AssociationsTableRow, type EdgesTableRow, type OutputFiles, type PetitionsTableRow,
  type TopicsTableRow, type UnitsTableRow, type WeeklyTableRow,
} from 'ddci-sna';
import { InputError, loadConfig, loadExport } from 'ddci-sna/node';
import { renderReport, REPORT_SECTIONS, type ReportSection } from 'ddci-sna/report';

interface Summary {
  configErrorIsConfigError: boolean;
  configErrorIsDdciError: boolean;
  inputErrorIsDdciError: boolean;
  bestDepartment: string | null;
  bestScore: number | null;
  activity: number | null;
  topPagerank: number;
  associations: number;
  overdueLocalTimes: string[];
  weeks: number;
  topics: number;
  edgeWeight: number;
  files: string[];
  parquetBytes: number;
  reportSections: number;
  report: { bytes: number } | { error: string; isDdciError: boolean };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

async function main(exportDir: string, configPath: string, notAConfig: string): Promise<Summary> {
  const configError = await caught(loadConfig(notAConfig));
  const inputError = await caught(loadExport([`${exportDir}/does-not-exist`]));
  const { analysis, interactions, graph } = analyzeWithGraph(await loadExport([exportDir]), await loadConfig(configPath));

  const departments: UnitsTableRow[] = unitsTable(analysis).filter((row) => row.kind === 'department');
  const best = [...departments].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))[0];
  const actors: ActorsTableRow[] = actorsTable(analysis);
  const associations: AssociationsTableRow[] = associationsTable(analysis).filter((a) => a['brokerage.liaison'] >= 0);
  const overdue: PetitionsTableRow[] = petitionsTable(analysis)
    .filter((p) => p.responseCommentId === null && (p.waitingWorkingHours ?? 0) > 8);
  const weeks: WeeklyTableRow[] = weeklyTable(analysis).filter((w) => w.unitName !== null && w.weekStart <= '9999-12-31');
  const topics: TopicsTableRow[] = topicsTable(analysis).filter((t) => t.topic !== null);
  const edges: EdgesTableRow[] = edgesTable(graph); // a graphology graph, or the list: edgesTable(interactions)

  const files: OutputFiles = await writeOutputs(analysis, { interactions, report: false, parquet: true });
  const parquet: Uint8Array | undefined = files['units.parquet'];
  const sections: readonly ReportSection[] = REPORT_SECTIONS;

  let report: Summary['report'];
  try {
    report = { bytes: (await renderReport(analysis, { interactions, lang: 'en' })).length };
  } catch (error) {
    // Without the optional vega and vega-lite: the library's own error, from the report entry.
    report = { error: isDdciError(error) ? error.code : String(error), isDdciError: error instanceof DdciError };
  }

  return {
    configErrorIsConfigError: configError instanceof ConfigError,
    configErrorIsDdciError: configError instanceof DdciError,
    inputErrorIsDdciError: inputError instanceof InputError && inputError instanceof DdciError,
    bestDepartment: best?.name ?? null,
    bestScore: best?.score ?? null,
    activity: best?.['subIndices.activity'] ?? null,
    topPagerank: Math.max(...actors.map((a) => a.pagerank)),
    associations: associations.length,
    overdueLocalTimes: overdue.flatMap((p) => (p.createdTimeLocal === null ? [] : [p.createdTimeLocal])),
    weeks: weeks.length,
    topics: topics.length,
    edgeWeight: edges.reduce((sum, e) => sum + e.weight, 0),
    files: Object.keys(files).sort(),
    parquetBytes: parquet?.byteLength ?? 0,
    reportSections: sections.length,
    report,
  };
}

const [exportDir, configPath, notAConfig] = process.argv.slice(2);
main(exportDir!, configPath!, notAConfig!).then(
  (summary) => console.log(JSON.stringify(summary)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
