/**
 * The whole `ddci-sna analyze` command on a province-year (issue 10, goal 1), against the floor of
 * any JavaScript tool (the same files read and given to JSON.parse, nothing else) and the networkx
 * pipeline an analyst would write instead (bench/pipeline.py: the same graph, the same network
 * metrics, betweenness included), in the same run.
 *
 * Two province-years of the seeded generator: 50 k interactions (5.4 k actors, 40 k edges: the
 * graph of the province-year issue 10 measured, 5.3 k actors and 43 k edges) and 100 k (3.7 k
 * posts, 15 MB of Graph API JSON: its files). Each command is a process of its own, run `reps`
 * times (median): the wall time a user waits, Node's start included, every output written.
 *
 *   npm run build && node bench/command.mjs [--reps 3] [--sizes 50000,100000] [--no-peer]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchConfig } from './generate.mjs';
import { ensureData } from './ingest.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The command once: wall ms as the user waits, and its exit code. */
function runCommand(dir, config, out) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'analyze', dir, '--config', config, '--out', out, '--quiet', '--as-of', '2030-01-01T00:00:00Z'], { encoding: 'utf8' });
  return { ms: performance.now() - started, code: run.status, stderr: run.stderr };
}

/** The floor: `bench/ingest.mjs`'s child, the files decoded and parsed in a process of their own. */
function floorMs(dir) {
  const out = execFileSync(process.execPath, [join(here, 'ingest.mjs'), '--child', 'floor', dir], { encoding: 'utf8' });
  return JSON.parse(out).ms;
}

/** The networkx pipeline, or null (with the reason) when python3 or networkx is missing. */
function networkx(dir, config) {
  const run = spawnSync('python3', [join(here, 'pipeline.py'), dir, config], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) return { skipped: (run.error?.message ?? run.stderr.trim().split('\n').pop() ?? 'failed').slice(0, 100) };
  return JSON.parse(run.stdout);
}

export async function runCommandBench({ sizes = [50_000, 100_000], reps = 3, peer = true, log = console.log } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'ddci-bench-'));
  const config = join(work, 'config.json');
  writeFileSync(config, JSON.stringify(benchConfig()));
  const pad = (v, n) => String(v).padStart(n);
  log(`${'interactions'.padEnd(12)} ${pad('file MB', 8)} ${pad('nodes', 6)} ${pad('edges', 7)} ${pad('floor ms', 9)} ${pad('analyze ms', 11)} ${pad('÷ floor', 8)} ${pad('networkx s', 11)} ${pad('networkx ÷ ours', 16)}`);
  try {
    for (const size of sizes) {
      const { dir, manifest } = await ensureData(size);
      const out = join(work, `out-${size}`);
      const runs = [];
      const floors = [];
      for (let r = 0; r < reps; r += 1) {
        const run = runCommand(dir, config, out);
        if (run.code !== 0) throw new Error(`analyze exited ${run.code}: ${run.stderr}`);
        runs.push(run.ms);
        floors.push(floorMs(dir));
      }
      const { network } = (await import(pathToFileURL(join(out, 'analysis.json')).href, { with: { type: 'json' } })).default;
      const ours = median(runs);
      const floor = median(floors);
      const nx = peer ? networkx(dir, config) : { skipped: 'not asked' };
      const nxS = nx.totalS ?? null;
      const fileMb = manifest.bytes / 1e6;
      log(`${String(size).padEnd(12)} ${pad(fileMb.toFixed(1), 8)} ${pad(network.nodes, 6)} ${pad(network.edges, 7)} ${pad(floor.toFixed(0), 9)} ${pad(ours.toFixed(0), 11)} ${pad((ours / floor).toFixed(1) + '×', 8)} ${pad(nxS === null ? '—' : nxS.toFixed(1), 11)} ${pad(nxS === null ? `(${nx.skipped})` : (nxS * 1000 / ours).toFixed(1) + '×', 16)}`);
      if (nxS !== null) log(`  networkx ${nx.networkx} on ${nx.nodes} nodes, ${nx.edges} edges: ${Object.entries(nx.steps).map(([k, v]) => `${k} ${v.wallS} s`).join(', ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => { const i = process.argv.indexOf(`--${name}`); return i === -1 ? undefined : process.argv[i + 1]; };
  await runCommandBench({
    ...(arg('sizes') ? { sizes: arg('sizes').split(',').map(Number) } : {}),
    ...(arg('reps') ? { reps: Number(arg('reps')) } : {}),
    peer: !process.argv.includes('--no-peer'),
  });
}
