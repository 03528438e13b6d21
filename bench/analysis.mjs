/**
 * Whole-pipeline benchmark on the synthetic exports of bench/generate.mjs: ingest, analyze()
 * (resolve, graph, every metric, petitions, scorecard, privacy) and the writers (every file written
 * to a temporary folder chunk by chunk, as the CLI writes it), each size in its
 * own child process so that peak memory is that size's alone. analyze runs as the CLI does:
 * `analyzeWithGraphAsync` on a worker pool of every core ($BENCH_THREADS to change), betweenness
 * and harmonic exact below 50 000 nodes and sampled above (the "all-pairs" column says which).
 * "CPU ms" and "RSS MB" are analyze's own (all threads' CPU; the peak memory once it is done);
 * a writer that fails at a size is reported on the row, after the analysis' figures.
 *
 *   npm run build && node bench/analysis.mjs [10000 200000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integers, readArgs } from './args.mjs';
import { benchConfig } from './generate.mjs';
import { ensureData } from './ingest.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** In the child: time each step over one export folder and print the figures as JSON. */
async function child(dir) {
  const lib = await import(pathToFileURL(`${here}../dist/index.js`).href);
  const { loadExport } = await import(pathToFileURL(`${here}../dist/node.js`).href);
  const lap = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();
  const { createWorkerPool } = await import(pathToFileURL(`${here}../dist/node.js`).href);
  const threads = process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined;
  const pool = createWorkerPool(threads === undefined ? {} : { threads });
  const input = await loadExport([dir]);
  const ingestMs = lap();
  const cpu0 = process.cpuUsage();
  const run = await lib.analyzeWithGraphAsync(input, lib.resolveConfig(benchConfig()), { pool });
  const { analysis } = run;
  // As the CLI: the writers read the run's interaction list (a build before it had only the graph).
  const given = run.interactions !== undefined ? { interactions: run.interactions } : { graph: run.graph };
  const analyzeMs = lap();
  const cpu = process.cpuUsage(cpu0);
  await pool.close();
  const sampling = analysis.network.sampling;
  const row = {
    nodes: analysis.network.nodes, edges: analysis.network.edges, petitions: analysis.petitions.length,
    ingestMs, analyzeMs, analyzeCpuMs: (cpu.user + cpu.system) / 1000,
    analyzeRssMb: process.resourceUsage().maxRSS / 1024, threads: pool.size,
    allPairs: sampling === null ? 'exact' : `sampled (${sampling.betweenness.samples} paths, ${sampling.harmonic.samples} sources)`,
  };
  // The analysis' figures first, so that a writer that fails at this size does not lose them.
  console.log(JSON.stringify(row));
  try {
    // As the CLI writes them: each file chunk by chunk to disk, never a whole file's text in memory.
    const out = mkdtempSync(join(tmpdir(), 'ddci-bench-out-'));
    let bytes = 0;
    try {
      for await (const [name, content] of lib.outputFileChunks(analysis, given)) {
        const file = await open(join(out, name), 'w');
        try {
          for (const chunk of content instanceof Uint8Array ? [content] : content) bytes += (await file.write(chunk)).bytesWritten;
        } finally {
          await file.close();
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    const writeMs = lap();
    const outMb = bytes / 1e6;
    console.log(JSON.stringify({ ...row, writeMs, outMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
  } catch (error) {
    const writeError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.log(JSON.stringify({ ...row, writeMs: null, outMb: null, peakRssMb: process.resourceUsage().maxRSS / 1024, writeError }));
  }
}

const pad = (v, n) => String(v).padStart(n);

/** Run the pipeline at each size (interactions) and print one row per size. */
export async function runAnalysisBench(sizes, { log = console.log } = {}) {
  log(`${'interactions'.padEnd(12)} ${pad('nodes', 8)} ${pad('edges', 9)} ${pad('ingest ms', 10)} ${pad('analyze ms', 11)} ${pad('CPU ms', 9)} ${pad('RSS MB', 7)} ${pad('write ms', 9)} ${pad('out MB', 7)} ${pad('records/s', 10)} ${pad('peak RSS MB', 12)} ${pad('threads', 7)}  all-pairs`);
  const rows = [];
  for (const interactions of sizes) {
    const { dir, manifest } = await ensureData(interactions);
    const out = execFileSync(process.execPath, ['--max-old-space-size=16384', fileURLToPath(import.meta.url), '--child', dir], { encoding: 'utf8' });
    const row = { interactions, ...JSON.parse(out.trim().split('\n').pop()) };
    const records = manifest.expected.posts + manifest.expected.comments + manifest.expected.reactions;
    const written = row.writeMs !== null;
    const perSecond = written ? Math.round(records / ((row.ingestMs + row.analyzeMs + row.writeMs) / 1000)) : '—';
    rows.push(row);
    log(`${String(interactions).padEnd(12)} ${pad(row.nodes, 8)} ${pad(row.edges, 9)} ${pad(row.ingestMs.toFixed(0), 10)} ${pad(row.analyzeMs.toFixed(0), 11)} ${pad(row.analyzeCpuMs.toFixed(0), 9)} ${pad(row.analyzeRssMb.toFixed(0), 7)} ${pad(written ? row.writeMs.toFixed(0) : '—', 9)} ${pad(written ? row.outMb.toFixed(1) : '—', 7)} ${pad(perSecond, 10)} ${pad(row.peakRssMb.toFixed(0), 12)} ${pad(row.threads, 7)}  ${row.allPairs}${written ? '' : `; writing failed: ${row.writeError}`}`);
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--child');
  if (i !== -1) await child(process.argv[i + 1]);
  else {
    await readArgs('node bench/analysis.mjs [interactions …] (default 10000)', {}, ({ positionals }) =>
      runAnalysisBench(positionals.length ? integers(positionals.join(','), 'each size') : [10_000]), { positionals: true });
  }
}
