/**
 * The command line (SPEC 6): a thin wrapper over the library.
 *   ddci-sna analyze <inputs…> --config <file> [--out <dir>] [--from D] [--to D] [--as-of T] …
 *   ddci-sna validate <inputs…> [--config <file>] [--json] [--strict] [--as-of T]
 *   ddci-sna check <fixture-dir>
 *   ddci-sna convert <inputs…> --to canonical --out <file> [--config <file>] [--reveal] …
 *   ddci-sna --version
 * Everything the user can get wrong (flags, configuration, `--from`/`--to`, `--previous`,
 * `--out`, `--as-of`) is checked before any work. Exit codes come from the error's code alone
 * (./exitCodes.ts): 0 success; 1 `--strict` with rejected records, or a failed check; 2 bad usage,
 * configuration, input or output (one line per problem, no stack trace); 3 a bug.
 * One language per run (`--lang vi|en`, default vi). Running it is ./main.ts's job: importing
 * this module runs nothing.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../../package.json';
import { analyzeWithGraph, analyzeWithGraphAsync, type AnalysisRun } from '../analysis/analyze';
import { redactRejects } from '../analysis/privacy/index';
import { compareWithExpected } from '../analysis/compare';
import { MAX_PERIOD_YEARS, periodBounds } from '../analysis/period';
import { AnalysisSchema, type Analysis } from '../analysis/schema';
import { configErrorMap } from '../config/messages';
import { ConfigError, parseConfig, zodProblems, type ConfigProblem } from '../config/parse';
import { defaultsWithoutUnits, type Config } from '../config/schema';
import { parseUnitsCsv } from '../config/unitsCsv';
import { checkOptionKeys, DdciError, formatProblem, isDdciError, type Problem } from '../errors';
import { parseGraphTime } from '../ingest/time';
import type { IngestResult } from '../model/types';
import type { IngestOptions } from '../ingest/index';
import { InputError, loadExport } from './loadExport';
import { createWorkerPool } from './workerPool';
import { collectGarbage } from './collectGarbage';
import { startReportWorker, type ReportWorker } from './reportWorkerHost';
import { commentsNoLongerHeld, formatCommentsNoLongerHeld } from '../metrics/quality/snapshots';
import { resolveData } from '../resolve/resolved';
import { analysisJsonChunks, outputFileChunks, PARQUET_FILE_NAMES } from '../write/index';
import { writeCanonical } from '../write/canonical';
import { EXIT_BUG, EXIT_FAILED, EXIT_OK, EXIT_USAGE, exitCodeFor } from './exitCodes';
import { formatIngestReport, formatRankings } from './format';
import { isLang, messagesFor, type CliMessages, type Lang } from './messages';
import { checkOutputDir, checkOutputFile, writeOutputDir, writeOutputFile } from './outputDir';
import { makeProgress } from './progress';

/** Bad usage of the command line (exit 2, with the usage). */
export class UsageError extends DdciError {
  constructor(message: string) {
    super({ code: 'usage', path: [], message });
    this.name = 'UsageError';
  }
}

/** The version of this package (from package.json, bundled). */
export const VERSION: string = version;

/** Problems printed at most (a file that is not an analysis at all has hundreds). */
const MAX_PROBLEM_LINES = 30;

/** Outputs this run may or may not write: removed from `--out` when a run does not write them. */
const OPTIONAL_OUTPUTS = ['rejects.ndjson', ...PARQUET_FILE_NAMES] as const;

/**
 * The ingest options of `--format` and `--as-of`, and what a configuration tells the adapters (the
 * page, for formats that leave a post's author implicit; the time zone of local times).
 */
function ingestOptions(format: string | undefined, asOf: number | undefined, config?: Config): IngestOptions {
  return {
    ...(format === undefined ? {} : { format }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(config === undefined ? {} : { timezone: config.timezone, ...(config.page ? { page: config.page } : {}) }),
  };
}

/** Where the CLI writes and what it knows of its process (injected, so tests run it in-process). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Language of the problems' messages (default `'en'`). */
  lang?: Lang;
}

const LOAD_CONFIG_OPTION_KEYS = new Set(['lang']);

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? 'error';

/** Read a file's text; `unreadable_input` naming the file when it cannot be read. */
async function readText(path: string, what: string, m: CliMessages): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new DdciError({ code: 'unreadable_input', file: path, path: [], message: m.cannotRead(what, errnoOf(error)) });
  }
}

async function readJson(path: string, what: string, m: CliMessages): Promise<unknown> {
  const text = await readText(path, what, m);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DdciError({ code: 'invalid_json', file: path, path: [], message: m.notJson(what, (error as Error).message) });
  }
}

/**
 * Read and validate the configuration, and a units CSV replacing its units: the one loader of
 * `analyze`, `validate` and `check`, so they refuse exactly the same files. Every problem is
 * listed at once, with the file it is in (a unit from the CSV by its row). Throws a
 * {@link ConfigError} (`invalid_config`), or `unreadable_input` / `invalid_json`.
 * @example const config = await loadConfig('config.json', undefined, { lang: 'en' });
 */
export async function loadConfig(configPath: string | undefined, unitsPath?: string, options: LoadConfigOptions = {}): Promise<Config> {
  checkOptionKeys(options, LOAD_CONFIG_OPTION_KEYS, 'loadConfig');
  const lang = options.lang ?? 'en';
  if (!isLang(lang)) throw new DdciError({ code: 'invalid_option', path: ['lang'], message: 'loadConfig: lang must be "vi" or "en"' });
  const m = messagesFor(lang);
  const raw = configPath === undefined ? {} : await readJson(configPath, m.what.config, m);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([{ code: 'invalid_type', path: [], message: m.notJsonObject, ...(configPath === undefined ? {} : { file: configPath }) }]);
  }
  const input: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const problems: ConfigProblem[] = [];
  let csvRows: number[] | null = null;
  if (unitsPath !== undefined) {
    const { units, rows, problems: csvProblems } = parseUnitsCsv(await readText(unitsPath, m.what.units, m), unitsPath);
    problems.push(...csvProblems);
    csvRows = rows;
    input.units = units;
  }
  const result = parseConfig(input, { lang });
  if (!result.ok) {
    for (const p of result.problems) {
      const [head, index, ...rest] = p.path;
      if (csvRows !== null && unitsPath !== undefined && head === 'units') {
        // A unit read from the CSV: name its row, not its index.
        const at = typeof index === 'number' ? [`row ${csvRows[index]}`, ...rest] : [];
        problems.push({ ...p, file: unitsPath, path: at });
      } else problems.push(configPath === undefined ? p : { ...p, file: configPath });
    }
  }
  if (problems.length > 0 || !result.ok) throw new ConfigError(problems);
  return result.config;
}

/** Read `--previous` and validate it against the Analysis schema before any of it is used (SPEC 7.2). */
async function loadPrevious(path: string, lang: Lang, m: CliMessages): Promise<Analysis> {
  const raw = await readJson(path, m.what.previous, m);
  const result = AnalysisSchema.safeParse(raw, { error: configErrorMap(lang) });
  if (result.success) return result.data;
  const problems = zodProblems(result.error).map((p) => ({ ...p, file: path }));
  throw new DdciError([{ code: 'invalid_previous', file: path, path: [], message: m.previousInvalid }, ...problems], { code: 'invalid_previous' });
}

/** `--as-of`: an ISO instant with its offset (or Unix seconds), as epoch ms. */
function parseAsOf(value: string | undefined, m: CliMessages): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseGraphTime(value);
  if (parsed === null) throw new DdciError({ code: 'invalid_option', path: ['--as-of'], message: m.badAsOf(value) });
  return parsed.time;
}

/**
 * Run `step` (which checks `--from`/`--to` by the library's own rules: `periodBounds`, or
 * `analyze()` once the data gives the other end) and word its period problems for the terminal.
 */
async function withPeriodWords<T>(values: { from?: string; to?: string }, m: CliMessages, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw periodWords(error, values, m);
  }
}

/** A period problem worded for the flag that caused it; any other error as it is. */
function periodWords(error: unknown, values: { from?: string; to?: string }, m: CliMessages): unknown {
  if (!isDdciError(error) || !['invalid_date', 'period_reversed', 'period_too_long'].includes(error.code)) return error;
  const flag = error.path[0] === 'to' ? 'to' : 'from';
  const message = error.code === 'invalid_date' ? m.invalidDate(values[flag] ?? '')
    : error.code === 'period_reversed' ? m.periodReversed(values.from ?? '', values.to ?? '')
    : m.periodTooLong(values.from ?? m.firstPost, values.to ?? m.lastPost, MAX_PERIOD_YEARS);
  return new DdciError({ code: error.code, path: [`--${flag}`], message });
}

/** `--threads`: worker threads for betweenness and harmonic centrality (default: every core). */
function parseThreads(value: string | undefined, m: CliMessages): number | undefined {
  if (value === undefined) return undefined;
  const threads = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(threads >= 1 && threads <= 1024)) throw new DdciError({ code: 'invalid_option', path: ['--threads'], message: m.badThreads(value) });
  return threads;
}

function ensureSomethingRead(result: IngestResult, m: CliMessages): void {
  const readable = result.report.perFile.filter((f) => f.error === null).length;
  if (readable > 0) return;
  const files = result.report.perFile.map((f): Problem => ({ code: 'unreadable_input', file: f.file, path: [], message: String(f.error) }));
  throw new DdciError([{ code: 'no_input', path: [], message: files.length > 0 ? m.nothingReadable : m.noInputFiles }, ...files]);
}

/** The language of a run, read before the flags are parsed (so that flag errors use it too). */
function langOf(args: readonly string[]): { lang: Lang; invalid: string | null } {
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : args[i].startsWith('--lang=') ? args[i].slice('--lang='.length) : undefined;
    if (value !== undefined) return isLang(value) ? { lang: value, invalid: null } : { lang: 'vi', invalid: value };
  }
  return { lang: 'vi', invalid: null };
}

/** node:util parseArgs, its errors turned into a usage error in the run's language. */
function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, m: CliMessages) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const detail = String((error as Error).message);
    const flag = /'(-{1,2}[^' ]+)/.exec(detail)?.[1] ?? detail;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(m.unknownFlag(flag));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(m.flagNeedsValue(flag));
    throw new UsageError(m.badFlag(detail));
  }
}

const COMMON_FLAGS = { lang: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } } as const;

const ANALYZE_FLAGS = {
  ...COMMON_FLAGS,
  config: { type: 'string' }, units: { type: 'string' }, out: { type: 'string', default: 'out' },
  from: { type: 'string' }, to: { type: 'string' }, strict: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
  reveal: { type: 'boolean', default: false }, previous: { type: 'string' }, 'csv-raw': { type: 'boolean', default: false },
  parquet: { type: 'boolean', default: false }, threads: { type: 'string' }, exact: { type: 'boolean', default: false },
} as const;
type AnalyzeFlags = ReturnType<typeof parseFlags<typeof ANALYZE_FLAGS>>['values'];

async function runAnalyze(args: string[], io: CliIo, lang: Lang, m: CliMessages): Promise<number> {
  const { values, positionals } = parseFlags(args, ANALYZE_FLAGS, m);
  if (positionals.length === 0) throw new UsageError(m.needInputs('analyze'));
  if (values.config === undefined && values.units === undefined) throw new UsageError(m.needConfig);
  const progress = makeProgress(io.isTty && !values.quiet && !values.json, io.stderr, m.steps);

  // Everything the user gave is checked before any work.
  progress.step('config');
  await checkOutputDir(values.out, m);
  const asOf = parseAsOf(values['as-of'], m);
  const threads = parseThreads(values.threads, m);
  const config = await loadConfig(values.config, values.units, { lang });
  await withPeriodWords(values, m, () => periodBounds(values, config.timezone));
  const previous = values.previous === undefined ? undefined : await loadPrevious(values.previous, lang, m);

  // The report's thread starts now, loading vega while this one ingests (--threads 1: no thread).
  const reportWorker = threads === 1 ? null : startReportWorker();
  try {
    return await analyzeAndWrite({ values, positionals, io, lang, m, progress, asOf, threads, config, previous, reportWorker });
  } finally {
    reportWorker?.close();
  }
}

/** What `analyze` has checked before any work, and the report thread (null: the report is drawn here). */
interface AnalyzeRun {
  values: AnalyzeFlags; positionals: string[]; io: CliIo; lang: Lang; m: CliMessages; progress: ReturnType<typeof makeProgress>;
  asOf: number | undefined; threads: number | undefined; config: Config; previous: Analysis | undefined; reportWorker: ReportWorker | null;
}

/**
 * Ingest and analyse, in a function of its own so that the ingested records are no longer held
 * while the files are written (a closure over them in the caller would keep them).
 */
async function ingestAndAnalyse({ values, positionals, io, m, progress, asOf, threads, config }: AnalyzeRun): Promise<AnalysisRun> {
  progress.step('ingest');
  const input = await loadExport(positionals, ingestOptions(values.format, asOf, config));
  ensureSomethingRead(input, m);
  progress.step('analyse');
  // The analysis gives the pool work only when the all-pairs metrics are worth threads (large
  // graphs); small runs stay on this thread. A large export's threads are started now, so that
  // they start while the data are resolved and the graph is built, not after.
  const pool = createWorkerPool({ threads });
  // (A pool of one thread never gets work: the analysis runs on this thread then.)
  if (pool.size > 1 && interactionsOf(input) >= PRESTART_MIN_INTERACTIONS) pool.prestart();
  return withPeriodWords(values, m, () => analyzeWithGraphAsync(input, config, {
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    reveal: values.reveal,
    exact: values.exact,
    pool,
    ...(io.env.DDCI_SNA_KEY ? { privacyKey: io.env.DDCI_SNA_KEY } : {}),
  })).finally(() => pool.close());
}

/**
 * From this many comments and reactions on, `analyze` starts the pool's threads before the graph
 * is built. The analysis uses them when its all-pairs work reaches `PARALLEL_MIN_WORK` (1e8 edge
 * visits), which the bench's exports reach at ~35 k interactions (~0.09 · interactions² visits).
 * A thread started for nothing costs ~0.1 s of CPU; one started late costs the run ~0.1 s of waiting.
 */
const PRESTART_MIN_INTERACTIONS = 30_000;

function interactionsOf(input: IngestResult): number {
  return input.dataset.comments.length + input.dataset.reactions.length;
}

async function analyzeAndWrite(run: AnalyzeRun): Promise<number> {
  const { values, io, lang, m, progress, config, previous, reportWorker } = run;
  // The run's interaction list, not its graph: the writers read the list, so no graph object is made.
  const { analysis, interactions, rejects } = await ingestAndAnalyse(run);
  progress.step('write');
  // What the analysis no longer needs (the ingested records, the resolved data, the graph index) is
  // unreachable now but still in the heap: collected here, not carried through every file written
  // (the peak of a large run).
  collectGarbage();
  // The report is drawn on its thread while this one writes the other files: what it reads goes
  // there (the report's view of the analysis, the map's selection of the graph), bounded at any size.
  const report = reportWorker?.render(analysis, interactions, { lang, slaWorkingHours: config.slaWorkingHours, ...(previous === undefined ? {} : { previous }) });
  // Each file is written chunk by chunk as its writer produces it: a large analysis never holds a file's text.
  async function* files() {
    yield* outputFileChunks(analysis, {
      interactions, lang, slaWorkingHours: config.slaWorkingHours, csvRaw: values['csv-raw'], parquet: values.parquet,
      ...(previous === undefined ? {} : { previous }), report: report === undefined,
    });
    if (report !== undefined) yield ['report.html', await report] as const;
    if (rejects.length > 0) yield ['rejects.ndjson', rejects.map((r) => `${JSON.stringify(r)}\n`)] as const;
  }
  const written = await writeOutputDir(values.out, files(), OPTIONAL_OUTPUTS, m);
  progress.done();

  // The same bytes as analysis.json, in chunks: a large analysis is never one string on stdout either.
  if (values.json) for (const chunk of analysisJsonChunks(analysis)) io.stdout(chunk);
  else if (!values.quiet) {
    io.stdout(formatRankings(analysis, lang) + '\n');
    io.stdout(m.wrote([...written].sort().join(', '), values.out) + '\n');
  }
  if (analysis.ingest.rejected > 0 && !values.quiet) {
    io.stderr(m.rejected(analysis.ingest.rejected, join(values.out, 'rejects.ndjson')) + '\n');
  }
  return values.strict && analysis.ingest.rejected > 0 ? EXIT_FAILED : EXIT_OK;
}

async function runValidate(args: string[], io: CliIo, lang: Lang, m: CliMessages): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    ...COMMON_FLAGS,
    config: { type: 'string' }, units: { type: 'string' }, reveal: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false },
  }, m);
  if (positionals.length === 0) throw new UsageError(m.needInputs('validate'));
  const asOf = parseAsOf(values['as-of'], m);
  // With a configuration: the same loader as analyze. Without: the defaults classify actors.
  const configured = values.config !== undefined || values.units !== undefined;
  const config = configured ? await loadConfig(values.config, values.units, { lang }) : defaultsWithoutUnits();
  const input = await loadExport(positionals, ingestOptions(values.format, asOf, configured ? config : undefined));
  // Rejected records are kept as read: privacy redacts them as analyze does (SPEC 7.2).
  const rejects = redactRejects(input.report.rejects, resolveData(input.dataset, config), {
    pseudonymize: !values.reveal && config.privacy.pseudonymize,
    key: io.env.DDCI_SNA_KEY || config.privacy.key,
  });
  const report = { ...input.report, rejects };
  const noLongerHeld = commentsNoLongerHeld(input.snapshots);
  if (values.json) io.stdout(JSON.stringify({ ...report, snapshots: noLongerHeld }, null, 2) + '\n');
  else io.stdout([formatIngestReport(report), formatCommentsNoLongerHeld(noLongerHeld)].filter(Boolean).join('\n') + '\n');
  ensureSomethingRead(input, m);
  return values.strict && input.report.rejected > 0 ? EXIT_FAILED : EXIT_OK;
}

async function runCheck(args: string[], io: CliIo, lang: Lang, m: CliMessages): Promise<number> {
  const { positionals } = parseFlags(args, { lang: COMMON_FLAGS.lang }, m);
  if (positionals.length !== 1) throw new UsageError(m.needFixture);
  const dir = positionals[0];
  const config = await loadConfig(join(dir, 'config.json'), undefined, { lang });
  const expected = await readJson(join(dir, 'expected.json'), m.what.expected, m);
  // `options` (the period the golden figures cover, the asOf instant) says how to analyse; it is not a figure.
  const { options = {}, ...figures } = expected as { options?: { from?: string; to?: string; asOf?: string } };
  const { asOf, ...period } = options;
  const input = await loadExport([join(dir, 'export')], ingestOptions(undefined, parseAsOf(asOf, m), config));
  ensureSomethingRead(input, m);
  const { analysis } = analyzeWithGraph(input, config, period);
  const differences = compareWithExpected(analysis, figures);
  for (const d of differences) io.stdout(`${d.path}: ${d.message}\n`);
  io.stdout((differences.length === 0 ? m.checkOk(dir) : m.checkFailed(differences.length, dir)) + '\n');
  return differences.length === 0 ? EXIT_OK : EXIT_FAILED;
}

/**
 * `convert`: read inputs of any format and write them as one canonical NDJSON file (SPEC 2.4),
 * atomically; individuals pseudonymised by the configuration unless `--reveal` (SPEC 5).
 */
async function runConvert(args: string[], io: CliIo, lang: Lang, m: CliMessages): Promise<number> {
  const { values, positionals } = parseFlags(args, {
    ...COMMON_FLAGS,
    to: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' }, units: { type: 'string' },
    reveal: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false },
  }, m);
  if (positionals.length === 0) throw new UsageError(m.needInputs('convert'));
  if (values.to === undefined) throw new UsageError(m.needTo);
  if (values.to !== 'canonical') throw new UsageError(m.badTo(values.to));
  if (values.out === undefined) throw new UsageError(m.needOutFile);
  const configured = values.config !== undefined || values.units !== undefined;
  if (!configured && !values.reveal) throw new UsageError(m.convertNeedsConfig);
  // Everything the user gave is checked before any work.
  await checkOutputFile(values.out, m);
  const asOf = parseAsOf(values['as-of'], m);
  const config = configured ? await loadConfig(values.config, values.units, { lang }) : null;
  const input = await loadExport(positionals, ingestOptions(values.format, asOf, config ?? undefined));
  ensureSomethingRead(input, m);
  const lines = writeCanonical(input, config, {
    reveal: values.reveal,
    ...(io.env.DDCI_SNA_KEY ? { privacyKey: io.env.DDCI_SNA_KEY } : {}),
    generator: `ddci-sna ${VERSION}`,
  });
  await writeOutputFile(values.out, lines, m);
  const { report } = input;
  if (!values.quiet) {
    const pseudonymized = !values.reveal && config !== null && config.privacy.pseudonymize;
    io.stdout(m.converted(values.out, report, pseudonymized) + '\n');
  }
  return values.strict && report.rejected > 0 ? EXIT_FAILED : EXIT_OK;
}

/** One line per problem; the usage after a usage error; for a bug, one line and a request to report it. */
function reportError(error: unknown, io: CliIo, m: CliMessages): number {
  const exitCode = exitCodeFor(error);
  if (exitCode === EXIT_BUG) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${m.internalError}: ${message.split('\n')[0]}\n${m.reportBug}\n`);
    return exitCode;
  }
  const problems = isDdciError(error) ? error.problems : [{ code: 'usage', path: [], message: String((error as Error)?.message ?? error) }];
  for (const p of problems.slice(0, MAX_PROBLEM_LINES)) io.stderr(`${formatProblem(p).replace(/\s*\n\s*/g, ' ')}\n`);
  if (problems.length > MAX_PROBLEM_LINES) io.stderr(`${m.moreProblems(problems.length - MAX_PROBLEM_LINES)}\n`);
  if (isDdciError(error) && error.code === 'usage') io.stderr(`${m.usage}\n`);
  return exitCode;
}

type CommandRunner = (args: string[], io: CliIo, lang: Lang, m: CliMessages) => Promise<number>;

/** The commands, by name (a Map: a command word is user input, `__proto__` included). */
const COMMANDS: ReadonlyMap<string, CommandRunner> = new Map([
  ['analyze', runAnalyze], ['validate', runValidate], ['check', runCheck], ['convert', runConvert],
]);

/** `-h` or `--help` among a command's arguments (before a `--`, after which every word is an input). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '-h' || arg === '--help');
}

/**
 * Run the CLI with arguments (without `node` and the script); returns the exit code. Never
 * throws: every error is reported on `io.stderr` and chosen an exit code by its code.
 * @example const code = await runCli(['check', 'fixtures/ddci-page'], { stdout: console.log, stderr: console.error, isTty: false, env: {} });
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const { lang, invalid } = langOf(argv);
  const m = messagesFor(lang);
  // `--lang` may come before the command too (`ddci-sna --lang en analyze …`).
  const leading: string[] = [];
  let start = 0;
  while (argv[start]?.startsWith('--lang')) {
    const count = argv[start] === '--lang' ? 2 : 1; // `--lang en` or `--lang=en`
    leading.push(...argv.slice(start, start + count));
    start += count;
  }
  const [command, ...others] = argv.slice(start);
  const rest = [...others, ...leading];
  try {
    if (invalid !== null) throw new DdciError({ code: 'invalid_option', path: ['--lang'], message: m.badLang(invalid) });
    const runner = command === undefined ? undefined : COMMANDS.get(command);
    if (runner !== undefined) {
      // `ddci-sna analyze --help` asks for the usage, like `ddci-sna --help` (not an unknown option).
      if (!asksForHelp(rest)) return await runner(rest, io, lang, m);
      io.stdout(m.usage + '\n');
      return EXIT_OK;
    }
    switch (command) {
      case '--version': case '-v': case 'version':
        io.stdout(`ddci-sna ${VERSION}\n`);
        return EXIT_OK;
      case undefined: case '-h': case '--help': case 'help':
        io.stdout(m.usage + '\n');
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default: throw new UsageError(m.unknownCommand(command));
    }
  } catch (error) {
    return reportError(error, io, m);
  }
}
