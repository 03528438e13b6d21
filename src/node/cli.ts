/**
 * The command line (SPEC 6): a thin wrapper over the library.
 *   ddci-sna analyze <inputs…> --config <file> [--out <dir>] [--from D] [--to D] [--strict] …
 *   ddci-sna validate <inputs…> [--config <file>] [--json] [--strict]
 *   ddci-sna check <fixture-dir>
 * Exit codes: 0 success; 1 `--strict` with rejected records, or a failed check; 2 bad usage,
 * config or unreadable input (one line per problem, no stack trace); 3 an internal error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeWithGraph } from '../analysis/analyze';
import { redactRejects } from '../analysis/privacy/index';
import { resolveData } from '../resolve/resolved';
import { compareWithExpected } from '../analysis/compare';
import { ConfigError, parseConfig } from '../config/parse';
import { DdciError, formatProblem, isDdciError } from '../errors';
import { EXIT_BUG, exitCodeFor } from './exitCodes';
import type { Config } from '../config/schema';
import { parseUnitsCsv } from '../config/unitsCsv';
import type { Analysis } from '../analysis/schema';
import type { IngestResult } from '../model/types';
import { InputError, loadExport } from './loadExport';
import { writeOutputs } from '../write/index';
import { formatRankings, formatIngestReport } from './format';
import { makeProgress } from './progress';

export class UsageError extends DdciError {
  constructor(message: string) {
    super({ code: 'usage', path: [], message });
    this.name = 'UsageError';
  }
}

const USAGE = `Usage:
  ddci-sna analyze <inputs…> --config <file> [--units <csv>] [--out <dir>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--strict] [--quiet] [--json] [--reveal] [--csv-raw] [--previous <analysis.json>] [--lang vi|en]
  ddci-sna validate <inputs…> [--config <file>] [--units <csv>] [--json] [--strict] [--reveal]
  ddci-sna check <fixture-dir>`;

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError('unreadable_input', path, `${what} ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError('invalid_json', path, `${what} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Read and validate the configuration (and a units CSV replacing its units). */
export async function loadConfig(configPath: string | undefined, unitsPath?: string): Promise<Config> {
  const raw = configPath === undefined ? {} : await readJson(configPath, 'config');
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([{ code: 'invalid_type', path: '(root)', message: 'expected an object' }]);
  }
  const input: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (unitsPath !== undefined) {
    let text: string;
    try {
      text = await readFile(unitsPath, 'utf8');
    } catch {
      throw new InputError('unreadable_input', unitsPath, `units ${unitsPath}: cannot read`);
    }
    const { units, problems } = parseUnitsCsv(text, unitsPath);
    if (problems.length > 0) throw new ConfigError(problems);
    input.units = units;
  }
  const result = parseConfig(input);
  if (!result.ok) {
    const where = configPath ?? 'config';
    throw new ConfigError(result.problems.map((p) => ({ ...p, path: `${where}: ${p.path}` })));
  }
  return result.config;
}

function ensureSomethingRead(result: IngestResult): void {
  const readable = result.report.perFile.filter((f) => f.error === null).length;
  if (readable === 0) {
    const reasons = result.report.perFile.map((f) => `${f.file}: ${f.error}`);
    throw new InputError('no_input', '', reasons.length ? `no input could be read:\n${reasons.join('\n')}` : 'no input files found');
  }
}

/** Where the CLI writes and what it knows of its process (injected, so tests run it in-process). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      config: { type: 'string' }, units: { type: 'string' }, out: { type: 'string', default: 'out' },
      from: { type: 'string' }, to: { type: 'string' }, strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
      reveal: { type: 'boolean', default: false }, previous: { type: 'string' }, lang: { type: 'string', default: 'vi' },
      'csv-raw': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('analyze: give at least one input file or directory');
  if (values.config === undefined && values.units === undefined) throw new UsageError('analyze: --config <file> is required');
  if (values.lang !== 'vi' && values.lang !== 'en') throw new UsageError('--lang must be vi or en');
  const progress = makeProgress(io.isTty && !values.quiet && !values.json, io.stderr);

  progress.step('config');
  const config = await loadConfig(values.config, values.units);
  progress.step('ingest');
  const input = await loadExport(positionals);
  ensureSomethingRead(input);
  const previous = values.previous === undefined ? undefined : (await readJson(values.previous, 'previous analysis')) as Analysis;
  progress.step('analyse');
  const { analysis, graph, rejects } = analyzeWithGraph(input, config, {
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    reveal: values.reveal,
    ...(io.env.DDCI_SNA_KEY ? { privacyKey: io.env.DDCI_SNA_KEY } : {}),
  });
  progress.step('write');
  const files = await writeOutputs(analysis, { graph, previous, lang: values.lang, slaWorkingHours: config.slaWorkingHours, csvRaw: values['csv-raw'] });
  if (rejects.length > 0) files['rejects.ndjson'] = rejects.map((r) => JSON.stringify(r)).join('\n') + '\n';
  await mkdir(values.out, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(values.out, name), content);
  progress.done();

  if (values.json) io.stdout(JSON.stringify(analysis, null, 2) + '\n');
  else if (!values.quiet) {
    io.stdout(formatRankings(analysis, values.lang) + '\n');
    io.stdout(`Wrote ${Object.keys(files).sort().join(', ')} to ${values.out}/\n`);
  }
  if (analysis.ingest.rejected > 0 && !values.json) {
    io.stderr(`${analysis.ingest.rejected} record(s) rejected: see ${join(values.out, 'rejects.ndjson')}\n`);
  }
  return values.strict && analysis.ingest.rejected > 0 ? 1 : 0;
}

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: {
      config: { type: 'string' }, units: { type: 'string' }, reveal: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('validate: give at least one input file or directory');
  const config = await loadConfig(values.config, values.units);
  const input = await loadExport(positionals);
  // Rejected records are kept as read: privacy redacts them as analyze does (SPEC 7.2).
  const rejects = redactRejects(input.report.rejects, resolveData(input.dataset, config), {
    pseudonymize: !values.reveal && config.privacy.pseudonymize,
    key: io.env.DDCI_SNA_KEY || config.privacy.key,
  });
  const report = { ...input.report, rejects };
  io.stdout((values.json ? JSON.stringify(report, null, 2) : formatIngestReport(report)) + '\n');
  ensureSomethingRead(input);
  return values.strict && input.report.rejected > 0 ? 1 : 0;
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('check: give exactly one fixture directory');
  const dir = positionals[0];
  const config = await loadConfig(join(dir, 'config.json'), undefined);
  const expected = await readJson(join(dir, 'expected.json'), 'expected');
  const input = await loadExport([join(dir, 'export')]);
  ensureSomethingRead(input);
  // `options` (the period the golden figures cover) says how to analyse; it is not a figure.
  const { options = {}, ...figures } = expected as { options?: { from?: string; to?: string } };
  const { analysis } = analyzeWithGraph(input, config, options);
  const differences = compareWithExpected(analysis, figures);
  for (const d of differences) io.stdout(`${d.path}: ${d.message}\n`);
  io.stdout(differences.length === 0 ? `ok: ${dir} matches expected.json\n` : `FAILED: ${differences.length} difference(s) in ${dir}\n`);
  return differences.length === 0 ? 0 : 1;
}

/** Run the CLI with arguments (without `node` and the script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze': return await runAnalyze(rest, io);
      case 'validate': return await runValidate(rest, io);
      case 'check': return await runCheck(rest, io);
      case undefined: case '-h': case '--help': case 'help':
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const exitCode = exitCodeFor(error);
    if (exitCode === EXIT_BUG) {
      io.stderr(`internal error: ${(error as Error)?.message ?? String(error)}\n`);
      io.stderr('This is a bug in ddci-sna: please report it with the command you ran.\n');
      return exitCode;
    }
    if (isDdciError(error)) for (const p of error.problems) io.stderr(`${formatProblem(p)}\n`);
    else io.stderr(`${(error as Error).message}\n`);
    const code = (error as { code?: unknown }).code;
    if (code === 'usage' || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) io.stderr(USAGE + '\n');
    return exitCode;
  }
}

// Run when executed as the `ddci-sna` binary (never on import).
const invokedAsScript = typeof process !== 'undefined' && process.argv[1] !== undefined && /cli\.(c|m)?js$/.test(process.argv[1]);
if (invokedAsScript) {
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stderr.isTTY),
    env: process.env,
  }).then((code) => { process.exitCode = code; });
}
