/**
 * Ingest benchmark: `loadExport` (read files from disk + parse + merge + sort) on synthetic Graph
 * API exports (bench/generate.mjs) of 10k and 200k interactions, and 2M with BENCH_FULL=1.
 *
 *   npm run build && node bench/ingest.mjs                 10k, 200k
 *   BENCH_FULL=1 node bench/ingest.mjs                     10k, 200k, 2M
 *   node bench/ingest.mjs --sizes 10000,50000 [--lib path/to/node.js]
 *
 * Or from code: `await runIngestBench([10_000, 200_000])`. Data are generated once into
 * bench/data/ (gitignored) and reused while the generator version and seed are unchanged.
 *
 * Each size runs in its own child process (node --max-old-space-size=16384), so its peak RSS —
 * `process.resourceUsage().maxRSS`, the kernel's high-water mark for that process — is clean.
 * Columns: file MB (10^6 bytes on disk), records (posts + comments + reactions read, duplicates
 * included), ingest ms (wall time of `loadExport`), CPU ms (user + system time of the process over
 * the same span, GC threads included: the figure to trust on a busy machine), MB/s and records/s
 * (over wall time), peak RSS MB (2^20 bytes,
 * Node's own ~45 MB baseline included). The child also checks the counts against the generator's
 * manifest: a mismatch is printed and fails the run. `parse ms` is the floor ingest is measured
 * against (issue 10: ingest at ≥ 50 % of it): reading the same files and `JSON.parse` of each
 * document or NDJSON line, nothing else, in the same process after the ingest; `vs parse` is
 * parse CPU / ingest CPU.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { GENERATOR_VERSION, generateExport } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SIZES = Object.freeze([10_000, 200_000]);
export const FULL_SIZES = Object.freeze([10_000, 200_000, 2_000_000]);
const SEED = 20250304;
const HEAP_MB = 16_384;

/** A size for people: `10k`, `2M`. */
export const label = (n) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

/** Generate (once) the export of `interactions` interactions; returns its folder and manifest. */
export async function ensureData(interactions, dataDir = join(here, 'data')) {
  const dir = join(dataDir, `ingest-${label(interactions)}`);
  const manifestPath = join(dataDir, `ingest-${label(interactions)}.manifest.json`);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const complete = manifest.files.every((f) => existsSync(join(dir, f)));
    if (manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === SEED && complete) return { dir, manifest };
  }
  const manifest = await generateExport({ interactions, seed: SEED, dir });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

/** In the child: time loadExport over one folder and print the figures as JSON. */
async function child(dir, lib) {
  const { loadExport } = await import(lib);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const { report } = await loadExport([dir]);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const { perFile: _perFile, rejects: _rejects, conflicts: _conflicts, asOf: _asOf, ...counts } = report;
  const peakRssMb = process.resourceUsage().maxRSS / 1024; // kB → MB
  const parse = await parseBaseline(dir);
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakRssMb, counts, parseCpuMs: parse.cpuMs }));
}

/** Read every file of the folder and JSON.parse it (each line of an NDJSON file): the floor of ingest. */
async function parseBaseline(dir) {
  const names = readdirSync(dir).sort();
  const cpuStart = process.cpuUsage();
  let values = 0;
  for (const name of names) {
    const text = (await readFile(join(dir, name), 'utf8')).replace(/^\uFEFF/, '');
    if (name.endsWith('.ndjson')) {
      for (const line of text.split('\n')) if (line.trim() !== '') values += JSON.parse(line) === null ? 0 : 1;
    } else values += JSON.parse(text) === null ? 0 : 1;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { cpuMs: (cpu.user + cpu.system) / 1000, values };
}

/**
 * Run the benchmark for the given sizes (interactions); prints a table and returns its rows.
 * @param {number[]} sizes
 * @param {{ lib?: string, dataDir?: string, log?: (line: string) => void }} [options]
 */
export async function runIngestBench(sizes = DEFAULT_SIZES, options = {}) {
  const lib = options.lib ?? join(here, '..', 'dist', 'node.js');
  const log = options.log ?? ((line) => console.log(line));
  if (!existsSync(lib)) throw new Error(`${lib} not found: run \`npm run build\` first (or pass --lib)`);
  const libUrl = pathToFileURL(resolve(lib)).href;
  const run = promisify(execFile);
  const rows = [];
  log('interactions   files   file MB    records   ingest ms   CPU ms    MB/s   records/s   peak RSS MB   parse CPU ms   vs parse   counts');
  for (const size of sizes) {
    const { dir, manifest } = await ensureData(size, options.dataDir);
    const { stdout } = await run(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), '--child', dir, libUrl],
      { maxBuffer: 1 << 20 },
    );
    const { ms, cpuMs, peakRssMb, counts, parseCpuMs } = JSON.parse(stdout);
    const mb = manifest.bytes / 1e6;
    const records = counts.posts + counts.comments + counts.reactions + counts.duplicates;
    const mismatches = Object.entries(manifest.expected)
      .filter(([k, v]) => k in counts && counts[k] !== v)
      .map(([k, v]) => `${k} ${counts[k]} ≠ ${v}`);
    const row = {
      interactions: size,
      files: manifest.files.length,
      fileMb: mb,
      records,
      ms,
      cpuMs,
      mbPerS: mb / (ms / 1000),
      recordsPerS: records / (ms / 1000),
      peakRssMb,
      parseCpuMs,
      counts,
      ok: mismatches.length === 0,
    };
    rows.push(row);
    log(
      [
        label(size).padStart(12),
        String(row.files).padStart(7),
        mb.toFixed(1).padStart(9),
        String(records).padStart(10),
        ms.toFixed(0).padStart(11),
        cpuMs.toFixed(0).padStart(8),
        row.mbPerS.toFixed(1).padStart(7),
        Math.round(row.recordsPerS).toLocaleString('en-US').padStart(11),
        peakRssMb.toFixed(0).padStart(13),
        parseCpuMs.toFixed(0).padStart(14),
        `${((parseCpuMs / cpuMs) * 100).toFixed(0)} %`.padStart(10),
        `   ${row.ok ? 'ok' : `MISMATCH: ${mismatches.join(', ')}`}`,
      ].join(' '),
    );
  }
  return rows;
}

/**
 * Run a benchmark module when it is the script node was given: `--child <dir> <lib>` runs `child`
 * (one measurement in a clean process), anything else `main(arg)`, whose rows set the exit code
 * (1 when one is not ok). `arg('sizes')` is the value after `--sizes`.
 * @param {string} moduleUrl the module's `import.meta.url`
 * @param {(dir: string, lib: string) => Promise<void>} childRun
 * @param {(arg: (name: string) => string | undefined) => Promise<{ ok: boolean }[]>} main
 */
export async function runAsScript(moduleUrl, childRun, main) {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  if (process.argv[2] === '--child') {
    await childRun(process.argv[3], process.argv[4]);
    return;
  }
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const rows = await main(arg);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await runAsScript(import.meta.url, child, (arg) =>
  runIngestBench(arg('sizes')?.split(',').map(Number) ?? (process.env.BENCH_FULL === '1' ? FULL_SIZES : DEFAULT_SIZES), { lib: arg('lib') }));
