/**
 * Ingest per export format (issue 9): the synthetic Graph API export of bench/generate.mjs, at each
 * size, converted into the other formats, then read by `loadExport` — MB/s per format.
 *
 *   npm run build && node bench/formats.mjs                 200k interactions
 *   node bench/formats.mjs --sizes 10000 [--lib path/to/node.js]
 *
 * Or from code: `await runFormatsBench([200_000])`. Conversions are made once into
 * bench/data/formats-<size>/<format>/export (git-ignored) and reused while the Graph API export is
 * unchanged: `fixtures/tools/convert_formats.py` (the converters that write the format fixtures;
 * needs `python3`) for the third-party formats, and `ddci-sna convert --to canonical` for the
 * canonical NDJSON. A format the converter does not know yet is left out with a notice.
 *
 * Each format is read in its own child process (peak RSS clean), with the benchmark's page and time
 * zone (the CLI gives a configuration's). Columns: file MB (10^6 bytes), records read (posts,
 * comments, reactions, duplicates and rejected: DYI rejects the page's own comments and reactions,
 * which name no post), ingest ms (wall), CPU ms (user + system), MB/s (over wall time), records/s,
 * peak RSS MB, and the adapters that read the files (an empty list `[]` is any JSON format's: the
 * generated DYI archive's empty reactions file is read as an empty Graph API export). The sizes of
 * the files differ by format — a CrowdTangle file holds one row per post,
 * a DYI archive only the page's own posts — so MB/s, not ms, compares the readers.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { integers } from './args.mjs';
import { ensureData, label, runAsScript } from './ingest.mjs';
import { benchConfig } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
export const FORMAT_SIZES = Object.freeze([200_000]);
/**
 * Formats converted by fixtures/tools/convert_formats.py: its writer's name → the adapter that reads
 * them (one line per format with an adapter).
 */
const PYTHON_FORMATS = Object.freeze({
  crowdtangle: 'crowdtangle-csv', dyi: 'dyi-json', minimaxir: 'minimaxir-csv', netvizz: 'netvizz-tsv', facepager: 'facepager-csv',
});
const HEAP_MB = 16_384;

/** Total bytes of the files under a folder. */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}

/**
 * The export of `interactions` in every format, converted once; returns `{ format, dir }` per
 * format made (the Graph API original first).
 */
export async function ensureFormats(interactions, options = {}) {
  const { dir: graphDir, manifest } = await ensureData(interactions, options.dataDir);
  const root = join(options.dataDir ?? join(here, 'data'), `formats-${label(interactions)}`);
  const stampPath = join(root, 'stamp.json');
  const stamp = JSON.stringify({ generatorVersion: manifest.generatorVersion, seed: manifest.seed, bytes: manifest.bytes });
  const cli = options.cli ?? join(here, '..', 'dist', 'cli.js');
  const made = [{ format: 'graph-api-json', dir: graphDir }];
  const fresh = existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp;
  if (!fresh) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'source'), { recursive: true });
    const config = { ...benchConfig(), timezone: 'Asia/Ho_Chi_Minh' };
    writeFileSync(join(root, 'source', 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
    // The converters read <source>/export: the generated files, copied by name (no symlinks on every system).
    mkdirSync(join(root, 'source', 'export'));
    for (const f of manifest.files) writeFileSync(join(root, 'source', 'export', f), readFileSync(join(graphDir, f)));
  }
  const python = join(here, '..', 'fixtures', 'tools', 'convert_formats.py');
  const known = await run('python3', [python, '--list']).then(({ stdout }) => stdout.split(/\s+/).filter(Boolean), () => null);
  if (known === null) console.warn('[bench] python3 or fixtures/tools/convert_formats.py --list unavailable: only the canonical NDJSON is converted');
  for (const [writer, format] of Object.entries(PYTHON_FORMATS)) {
    if (known === null || !known.includes(writer)) continue;
    const dir = join(root, writer, 'export');
    if (!fresh) await run('python3', [python, writer, '--source', join(root, 'source'), '--into', root], { maxBuffer: 1 << 24 });
    made.push({ format, dir });
  }
  const canonical = join(root, 'canonical', 'export');
  if (!fresh) {
    mkdirSync(canonical, { recursive: true });
    await run(process.execPath, [cli, 'convert', graphDir, '--to', 'canonical', '--out', join(canonical, 'export.ndjson'), '--reveal', '--quiet',
      '--as-of', '2030-01-01T00:00:00Z'], { maxBuffer: 1 << 20 });
  }
  made.push({ format: 'canonical-ndjson', dir: canonical });
  if (!fresh) writeFileSync(stampPath, stamp);
  return made;
}

/** In the child: time loadExport over one folder and print the figures as JSON. */
async function child(dir, lib) {
  const { loadExport } = await import(lib);
  const { page } = benchConfig();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const { report } = await loadExport([dir], { page, timezone: 'Asia/Ho_Chi_Minh', asOf: Date.parse('2030-01-01T00:00:00Z') });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const formats = [...new Set(report.perFile.map((f) => f.format))];
  const errors = report.perFile.filter((f) => f.error !== null).map((f) => f.error);
  const records = report.posts + report.comments + report.reactions + report.duplicates + report.rejected;
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, formats, errors, records }));
}

/**
 * Run the benchmark for the given sizes (interactions); prints a table and returns its rows.
 * @param {number[]} sizes
 * @param {{ lib?: string, cli?: string, dataDir?: string, log?: (line: string) => void }} [options]
 */
export async function runFormatsBench(sizes = FORMAT_SIZES, options = {}) {
  const lib = options.lib ?? join(here, '..', 'dist', 'node.js');
  const log = options.log ?? ((line) => console.log(line));
  if (!existsSync(lib)) throw new Error(`${lib} not found: run \`npm run build\` first (or pass --lib)`);
  const libUrl = pathToFileURL(resolve(lib)).href;
  const rows = [];
  log('interactions   format              file MB    records   ingest ms   CPU ms     MB/s   records/s   peak RSS MB   read as');
  for (const size of sizes) {
    for (const { format, dir } of await ensureFormats(size, options)) {
      const { stdout } = await run(process.execPath, [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), '--child', dir, libUrl], { maxBuffer: 1 << 20 });
      const r = JSON.parse(stdout);
      const mb = bytesUnder(dir) / 1e6;
      const row = { interactions: size, format, fileMb: mb, ...r, mbPerS: mb / (r.ms / 1000), recordsPerS: r.records / (r.ms / 1000), ok: r.errors.length === 0 && r.formats.includes(format) && !r.formats.includes('unknown') };
      rows.push(row);
      log([
        label(size).padStart(12), `   ${format.padEnd(18)}`, mb.toFixed(1).padStart(8), String(r.records).padStart(10), r.ms.toFixed(0).padStart(11),
        r.cpuMs.toFixed(0).padStart(8), row.mbPerS.toFixed(1).padStart(8), Math.round(row.recordsPerS).toLocaleString('en-US').padStart(11),
        r.peakRssMb.toFixed(0).padStart(13), `   ${r.formats.join(', ')}${row.ok ? '' : `  MISMATCH ${r.errors.join('; ')}`}`,
      ].join(' '));
    }
  }
  return rows;
}

await runAsScript(
  import.meta.url,
  child,
  'node bench/formats.mjs [--sizes 200000] [--lib dist/node.js]',
  { sizes: { type: 'string' }, lib: { type: 'string' } },
  (values) => runFormatsBench(integers(values.sizes, '--sizes') ?? FORMAT_SIZES, { lib: values.lib }),
);
