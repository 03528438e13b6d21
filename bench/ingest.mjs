/**
 * Ingest benchmark: `loadExport` (read files from disk + decode + parse + normalise + merge + sort)
 * on synthetic Graph API exports (bench/generate.mjs), against the floor of any JavaScript ingest:
 * reading the same files and `JSON.parse` of each document or line, nothing else.
 *
 *   npm run build && node bench/ingest.mjs                     10k, 200k
 *   BENCH_FULL=1 node bench/ingest.mjs                         10k, 200k, 2M
 *   node bench/ingest.mjs --sizes 10000,50000 [--lib path/to/node.js] [--reps 3]
 *   node bench/ingest.mjs --lib-b old/node.js --reps 3          A/B: two builds, alternating
 *   node bench/ingest.mjs --sizes 10000,50000 --reps 5 --warm  adds loadExport's 4th run in the same process
 *   node bench/ingest.mjs --sizes 10000000 --ndjson --no-floor --heap 4096
 *                                                              10M interactions in one NDJSON file, in a 4 GiB heap
 *
 * Or from code: `await runIngestBench([10_000, 200_000])`. Data are generated once into
 * bench/data/ (gitignored) and reused while the generator version, seed and format are unchanged.
 * `--ndjson` writes every size as a single NDJSON file (`ingest-ndjson-<size>/`), which loadExport
 * streams: it is never held whole, whatever its size.
 *
 * Every run is its own child process (node --max-old-space-size=16384, or `--heap MB`; --expose-gc), so its peak
 * RSS — `process.resourceUsage().maxRSS`, the kernel's high-water mark — is clean; with `--reps`
 * the ingest and the floor alternate (A, B, floor, A, B, floor, …) and the median of each is
 * printed, so that the ratios hold on a busy machine. Columns:
 * - files, file MB (10^6 bytes on disk), records (posts + comments + reactions read, duplicates
 *   included);
 * - ingest ms: wall time of `loadExport`; CPU ms: user + system time of the process over the same
 *   span (GC threads included: the figure to trust on a busy machine); µs/rec: CPU per record
 *   (flat from 10k to 2M when ingest is linear);
 * - floor CPU ms: the same files read, decoded (TextDecoder, UTF-8, fatal: as ingest decodes them,
 *   from the same bytes; NDJSON files streamed in 1 MiB pieces as ingest streams them) and each
 *   JSON document or NDJSON line given to `JSON.parse`, nothing kept; % floor: floor CPU / ingest
 *   CPU (issue 10 asks ≥ 50 %);
 * - peak RSS MB (2^20 bytes, Node's own ~45 MB included); B/rec: heap retained by the result after
 *   a full GC (heapUsed after − before) per record;
 * - load: the 1-minute load average when the row was measured (2 cores).
 * The child also checks the counts against the generator's manifest: a mismatch fails the run.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { integer, integers, readArgs } from './args.mjs';
import { GENERATOR_VERSION, generateExport } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SIZES = Object.freeze([10_000, 200_000]);
export const FULL_SIZES = Object.freeze([10_000, 200_000, 2_000_000]);
const SEED = 20250304;
const HEAP_MB = 16_384;

/** A size for people: `10k`, `2M`. */
export const label = (n) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

/**
 * Generate (once) the export of `interactions` interactions; returns its folder and manifest.
 * `format: 'ndjson'` makes it one NDJSON file.
 */
export async function ensureData(interactions, dataDir = join(here, 'data'), { format = 'mixed' } = {}) {
  const name = `ingest-${format === 'ndjson' ? 'ndjson-' : ''}${label(interactions)}`;
  const dir = join(dataDir, name);
  const manifestPath = join(dataDir, `${name}.manifest.json`);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const complete = manifest.files.every((f) => existsSync(join(dir, f)));
    if (manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === SEED && (manifest.format ?? 'mixed') === format && complete) {
      return { dir, manifest };
    }
  }
  const manifest = await generateExport({ interactions, seed: SEED, dir, format, ...(format === 'ndjson' ? { maxFileBytes: Infinity } : {}) });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, manifest };
}

const cpuMsSince = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

/** The runs after the first with `--warm`; the last one's CPU is reported (V8 still optimises during the second). */
const WARM_RUNS = 3;

/**
 * In the child: time loadExport over one folder and print the figures as JSON; with `warm`, then
 * {@link WARM_RUNS} more times in the same process (each result dropped): the last one's CPU is
 * `warmCpuMs`.
 */
async function childIngest(dir, lib, warm) {
  const { loadExport } = await import(lib);
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let result = await loadExport([dir]);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpuStart);
  const peakRssMb = process.resourceUsage().maxRSS / 1024; // kB → MB
  globalThis.gc();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const { perFile: _perFile, rejects: _rejects, conflicts: _conflicts, asOf: _asOf, ...counts } = result.report;
  const figures = { ms, cpuMs, peakRssMb, retained, counts, load: loadavg()[0] };
  if (warm === 'warm') {
    result = null;
    // No forced collection between the runs: after a gc() each run took ~50 % more CPU (50 k:
    // ~228 against ~150 ms), a cost a process left alone does not pay.
    for (let run = 0; run < WARM_RUNS; run += 1) {
      const warmStart = process.cpuUsage();
      await loadExport([dir]);
      figures.warmCpuMs = cpuMsSince(warmStart);
    }
  }
  process.stdout.write(JSON.stringify(figures));
}

/** Decode a file as ingest does (TextDecoder, UTF-8, fatal; NDJSON streamed) and JSON.parse each document or line. */
async function floorOfFile(path) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (!/\.(ndjson|jsonl)$/i.test(path)) {
    const text = decoder.decode(await readFile(path)).replace(/^\uFEFF/, '');
    return JSON.parse(text) === null ? 0 : 1;
  }
  let values = 0;
  let rest = '';
  const lines = (text) => {
    const parts = text.split('\n');
    rest = parts.pop();
    for (const line of parts) if (line.trim() !== '') values += JSON.parse(line) === null ? 0 : 1;
  };
  for await (const piece of createReadStream(path, { highWaterMark: 1 << 20 })) lines(rest + decoder.decode(piece, { stream: true }));
  lines(`${rest}${decoder.decode()}\n`);
  return values;
}

/** In the child: the floor of ingest over one folder. */
async function childFloor(dir) {
  const names = readdirSync(dir).sort();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let values = 0;
  for (const name of names) values += await floorOfFile(join(dir, name));
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpuStart);
  process.stdout.write(JSON.stringify({ ms, cpuMs, values, peakRssMb: process.resourceUsage().maxRSS / 1024, load: loadavg()[0] }));
}

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Run the benchmark for the given sizes (interactions); prints a table and returns its rows.
 * `warm: true` adds, per build, the CPU of a fourth `loadExport` in the same process (the code
 * compiled by then: what a long-lived process pays per export) and its share of the floor.
 * @param {number[]} sizes
 * @param {{ lib?: string, libB?: string, reps?: number, floor?: boolean, format?: 'mixed' | 'ndjson', heapMb?: number,
 *   warm?: boolean, dataDir?: string, log?: (line: string) => void }} [options]
 */
export async function runIngestBench(sizes = DEFAULT_SIZES, options = {}) {
  const libs = [options.lib ?? join(here, '..', 'dist', 'node.js'), ...(options.libB === undefined ? [] : [options.libB])];
  const log = options.log ?? ((line) => console.log(line));
  const reps = options.reps ?? 1;
  const heapMb = options.heapMb ?? HEAP_MB;
  const floor = options.floor ?? true;
  for (const lib of libs) if (!existsSync(lib)) throw new Error(`${lib} not found: run \`npm run build\` first (or pass --lib)`);
  const urls = libs.map((lib) => pathToFileURL(resolve(lib)).href);
  const run = promisify(execFile);
  const node = (args) => run(process.execPath, [`--max-old-space-size=${heapMb}`, '--expose-gc', fileURLToPath(import.meta.url), ...args], { maxBuffer: 1 << 20 })
    .then(({ stdout }) => JSON.parse(stdout));
  const rows = [];
  const warm = options.warm === true;
  const cols = ['interactions', 'build', 'files', 'file MB', 'records', 'ingest ms', 'CPU ms', 'µs/rec', 'floor CPU ms', '% floor',
    ...(warm ? ['warm CPU ms', '% floor warm'] : []), 'peak RSS MB', 'B/rec', 'load', 'counts'];
  const widths = [12, 6, 6, 8, 10, 10, 8, 7, 13, 8, ...(warm ? [12, 13] : []), 12, 6, 5, 0];
  log(cols.map((c, i) => c.padStart(widths[i])).join(' '));
  for (const size of sizes) {
    const { dir, manifest } = await ensureData(size, options.dataDir, { format: options.format ?? 'mixed' });
    const samples = libs.map(() => []);
    const floors = [];
    for (let r = 0; r < reps; r += 1) {
      for (let k = 0; k < libs.length; k += 1) samples[k].push(await node(['--child', 'ingest', dir, urls[k], ...(warm ? ['warm'] : [])]));
      if (floor) floors.push(await node(['--child', 'floor', dir]));
    }
    const floorCpu = floor ? median(floors.map((f) => f.cpuMs)) : Number.NaN;
    const mb = manifest.bytes / 1e6;
    for (let k = 0; k < libs.length; k += 1) {
      const s = samples[k];
      const { counts } = s[0];
      const records = counts.posts + counts.comments + counts.reactions + counts.duplicates;
      const mismatches = Object.entries(manifest.expected)
        .filter(([key, v]) => key in counts && counts[key] !== v)
        .map(([key, v]) => `${key} ${counts[key]} ≠ ${v}`);
      const row = {
        interactions: size,
        build: libs.length === 1 ? '' : 'AB'[k],
        lib: libs[k],
        files: manifest.files.length,
        fileMb: mb,
        records,
        ms: median(s.map((x) => x.ms)),
        cpuMs: median(s.map((x) => x.cpuMs)),
        ...(warm ? { warmCpuMs: median(s.map((x) => x.warmCpuMs)) } : {}),
        floorCpuMs: floorCpu,
        peakRssMb: median(s.map((x) => x.peakRssMb)),
        bytesPerRecord: median(s.map((x) => x.retained)) / records,
        load: median(s.map((x) => x.load)),
        samples: s.map((x) => Math.round(x.cpuMs)),
        floorSamples: floors.map((f) => Math.round(f.cpuMs)),
        counts,
        ok: mismatches.length === 0,
      };
      rows.push(row);
      const cells = [
        label(size), row.build, String(row.files), mb.toFixed(1), String(records), row.ms.toFixed(0), row.cpuMs.toFixed(0),
        ((row.cpuMs * 1000) / records).toFixed(2), floor ? floorCpu.toFixed(0) : '-', floor ? `${((floorCpu / row.cpuMs) * 100).toFixed(0)} %` : '-',
        ...(warm ? [row.warmCpuMs.toFixed(0), floor ? `${((floorCpu / row.warmCpuMs) * 100).toFixed(0)} %` : '-'] : []),
        row.peakRssMb.toFixed(0), row.bytesPerRecord.toFixed(0), row.load.toFixed(1),
        `   ${row.ok ? 'ok' : `MISMATCH: ${mismatches.join(', ')}`}`,
      ];
      log(cells.map((c, i) => c.padStart(widths[i])).join(' '));
    }
  }
  return rows;
}

/**
 * Run a benchmark module when it is the script node was given: `--child …` runs `childRun` with the
 * arguments after `--child` (one measurement in a clean process), anything else `main(values)` with
 * the command line read by bench/args.mjs (`usage` on `--help`, exit 2 on an unknown option, and on
 * a bad number that `main` reads before its first `await`); the rows `main` returns set the exit
 * code (1 when one is not ok).
 * @param {string} moduleUrl the module's `import.meta.url`
 * @param {(...args: string[]) => Promise<void>} childRun
 * @param {string} usage
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @param {(values: Record<string, string | boolean | undefined>) => Promise<{ ok: boolean }[]>} main
 */
export async function runAsScript(moduleUrl, childRun, usage, options, main) {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  if (process.argv[2] === '--child') {
    await childRun(...process.argv.slice(3));
    return;
  }
  const rows = await readArgs(usage, options, ({ values }) => main(values));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

await runAsScript(
  import.meta.url,
  (mode, dir, lib, warm) => (mode === 'floor' ? childFloor(dir) : childIngest(dir, lib, warm)),
  'node bench/ingest.mjs [--sizes 10000,200000] [--reps n] [--warm] [--lib dist/node.js] [--lib-b other/node.js] [--ndjson] [--no-floor] [--heap MB]',
  {
    sizes: { type: 'string' }, reps: { type: 'string' }, warm: { type: 'boolean' }, lib: { type: 'string' }, 'lib-b': { type: 'string' },
    ndjson: { type: 'boolean' }, 'no-floor': { type: 'boolean' }, heap: { type: 'string' },
  },
  (values) => runIngestBench(integers(values.sizes, '--sizes') ?? (process.env.BENCH_FULL === '1' ? FULL_SIZES : DEFAULT_SIZES), {
    lib: values.lib,
    libB: values['lib-b'],
    reps: integer(values.reps, '--reps'),
    floor: !values['no-floor'],
    format: values.ndjson ? 'ndjson' : 'mixed',
    warm: values.warm === true,
    heapMb: integer(values.heap, '--heap'),
  }),
);
