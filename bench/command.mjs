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
 *   npm run build && node bench/command.mjs [--reps 3] [--sizes 50000,100000] [--no-peer] [--peer-timeout 300]
 *
 * networkx may run `--peer-timeout` seconds (default 300); past them it is stopped and the row gives
 * lower bounds: "> 300" seconds, ours "> N×" faster.
 *
 * Each row gives the command's median wall time, CPU (every thread: user + system) and peak RSS
 * (the kernel's high-water mark, read by bench/exitUsage.mjs inside the command's process).
 * `--ndjson` runs on the one-NDJSON-file export of each size instead (streamed; bench/ingest.mjs),
 * `--heap MB` gives the command a larger old space, as the 10 M export needs:
 *
 *   node bench/command.mjs --sizes 10000000 --ndjson --heap 16384 --reps 1 --no-peer
 *
 * `--timeline` runs the command once per size instead, and says where its time goes, thread by
 * thread: the CPU of each thread of the process (Linux: read from /proc every 10 ms — the main
 * thread, V8's platform threads (background compilation and GC), the report thread, the pool's
 * workers), and, from one CPU profile per JavaScript thread (`node --cpu-prof`), when each thread
 * was busy, 100 ms at a time, and on what.
 *
 *   node bench/command.mjs --sizes 50000 --timeline
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integer, integers, readArgs } from './args.mjs';
import { benchConfig } from './generate.mjs';
import { ensureData, median } from './ingest.mjs';
import { peerPython } from './peers.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');

const commandArgs = (dir, config, out) => [cli, 'analyze', dir, '--config', config, '--out', out, '--quiet', '--as-of', '2030-01-01T00:00:00Z'];

/**
 * The command once: wall ms as the user waits, its CPU (every thread) and peak RSS, and its exit
 * code. `heapMb` sets the main thread's old-space limit (`--max-old-space-size`; the workers
 * inherit it) for exports larger than Node's default heap.
 */
function runCommand(dir, config, out, heapMb) {
  const usageFile = join(dirname(out), `usage-${Date.now()}.json`);
  const flags = ['--import', pathToFileURL(join(here, 'exitUsage.mjs')).href, ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const started = performance.now();
  const run = spawnSync(process.execPath, [...flags, ...commandArgs(dir, config, out)], {
    encoding: 'utf8', env: { ...process.env, DDCI_BENCH_USAGE: usageFile },
  });
  const ms = performance.now() - started;
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { cpuMs: NaN, maxRssKiB: NaN };
  rmSync(usageFile, { force: true });
  return { ms, cpuMs: usage.cpuMs, peakMb: usage.maxRssKiB / 1024, code: run.status, stderr: run.stderr };
}

/**
 * The command once under `--cpu-prof`, its threads' CPU read from /proc every 10 ms (Linux; the
 * clock ticks are 10 ms). Resolves with the wall time, each thread's CPU and first/last sighting.
 */
function runThreads(dir, config, out, profiles) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, ...commandArgs(dir, config, out)], { stdio: 'ignore' });
    const threads = new Map(); // tid → { cpuMs, first, last }
    const poll = () => {
      const now = performance.now() - started;
      let tids = [];
      try { tids = readdirSync(`/proc/${child.pid}/task`); } catch { return; }
      for (const tid of tids) {
        let stat;
        try { stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8'); } catch { continue; }
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on
        const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
        const seen = threads.get(tid) ?? { cpuMs: 0, first: now, last: now };
        threads.set(tid, { ...seen, cpuMs, last: now });
      }
    };
    const timer = setInterval(poll, 10);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`analyze exited ${code}`));
      else resolve({ ms: performance.now() - started, pid: String(child.pid), threads });
    });
  });
}

/** Each JavaScript thread's profile: its window, busy time (GC apart), busy 100 ms slices, top functions. */
function summariseProfiles(dir, log) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  const profiles = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const t0 = Math.min(...profiles.map((p) => p.startTime));
  profiles.forEach((p, i) => {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const slices = [];
    let busy = 0;
    let gc = 0;
    let t = p.startTime;
    for (let k = 0; k < p.samples.length; k++) {
      t += p.timeDeltas[k];
      const ms = (p.timeDeltas[k + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = byId.get(p.samples[k]).callFrame;
      if (functionName === '(idle)') continue;
      busy += ms;
      if (functionName === '(garbage collector)') gc += ms;
      const slice = Math.floor((t - t0) / 1e5);
      slices[slice] = (slices[slice] ?? 0) + ms;
      const name = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + ms);
    }
    const ms = (x) => Math.round(x).toLocaleString('en');
    log(`  thread ${i} (${files[i]}): ${ms((p.startTime - t0) / 1000)}–${ms((p.endTime - t0) / 1000)} ms, busy ${ms(busy)} ms (GC ${ms(gc)})`);
    log(`    busy per 100 ms: ${Array.from(slices, (x) => (x === undefined ? '.' : x >= 75 ? '#' : x >= 25 ? '+' : '-')).join('')}`);
    for (const [name, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6)) log(`    ${ms(v).padStart(6)} ms  ${name}`);
  });
}

/** `--timeline`: one run per size, thread by thread (see the header). */
async function timeline(dir, config, out, log) {
  const profiles = mkdtempSync(join(tmpdir(), 'ddci-prof-'));
  try {
    const run = await runThreads(dir, config, out, profiles);
    const rows = [...run.threads].sort((a, b) => a[1].first - b[1].first || Number(a[0]) - Number(b[0]));
    const total = rows.reduce((sum, [, th]) => sum + th.cpuMs, 0);
    log(`  wall ${Math.round(run.ms)} ms, CPU ${total} ms on ${rows.filter(([, th]) => th.cpuMs > 0).length} threads (profiling on; threads that used no CPU not listed)`);
    for (const [tid, th] of rows) {
      if (th.cpuMs === 0) continue;
      const role = tid === run.pid ? 'main' : th.first < 300 && th.last >= run.ms - 100 ? 'started with the process (V8 platform: compilation, GC)' : 'a worker thread (report or pool)';
      log(`  tid ${tid.padEnd(8)} seen ${String(Math.round(th.first)).padStart(5)}–${String(Math.round(th.last)).padStart(5)} ms  CPU ${String(th.cpuMs).padStart(5)} ms  ${role}`);
    }
    summariseProfiles(profiles, log);
  } finally {
    rmSync(profiles, { recursive: true, force: true });
  }
}

/** The floor: `bench/ingest.mjs`'s child, the files decoded and parsed in a process of their own. */
function floorMs(dir) {
  const out = execFileSync(process.execPath, [join(here, 'ingest.mjs'), '--child', 'floor', dir], { encoding: 'utf8' });
  return JSON.parse(out).ms;
}

/**
 * How long the networkx pipeline may run, by default, before the row gives a lower bound instead
 * of its time (Debian's networkx 2.8.8 takes over ten minutes at 50 k; `npm run bench` must end).
 */
export const PEER_TIMEOUT_S = 300;

/**
 * The networkx pipeline's figures; `{ overS }` when it ran past `timeoutS` (stopped then), or
 * `{ skipped }` with the reason when python3 or networkx is missing or it failed.
 */
function networkx(dir, config, timeoutS) {
  // The same Python as the peers' script: Debian's, where apt puts networkx, unless $BENCH_PYTHON says otherwise.
  const run = spawnSync(peerPython(), [join(here, 'pipeline.py'), dir, config], {
    encoding: 'utf8', maxBuffer: 1 << 20, timeout: timeoutS * 1000, killSignal: 'SIGKILL',
  });
  if (run.error?.code === 'ETIMEDOUT') return { overS: timeoutS };
  if (run.status !== 0) return { skipped: (run.error?.message ?? run.stderr.trim().split('\n').pop() ?? 'failed').slice(0, 100) };
  return JSON.parse(run.stdout);
}

/** The networkx columns of a row: its time and ours ÷ it, a lower bound ("> …") when it was stopped. */
function peerCells(nx, oursMs) {
  if (nx.overS !== undefined) return [`> ${nx.overS}`, `> ${((nx.overS * 1000) / oursMs).toFixed(1)}×`];
  if (nx.totalS === undefined) return ['—', `(${nx.skipped})`];
  return [nx.totalS.toFixed(1), `${((nx.totalS * 1000) / oursMs).toFixed(1)}×`];
}

export async function runCommandBench({
  sizes = [50_000, 100_000], reps = 3, peer = true, peerTimeoutS = PEER_TIMEOUT_S, threads = false, format = 'mixed', heapMb = undefined,
  dataDir = undefined, log = console.log,
} = {}) {
  const data = (size) => ensureData(size, dataDir, { format });
  const work = mkdtempSync(join(tmpdir(), 'ddci-bench-'));
  const config = join(work, 'config.json');
  writeFileSync(config, JSON.stringify(benchConfig()));
  if (threads) {
    if (!existsSync('/proc/self/task')) throw new Error('--timeline reads /proc: Linux only');
    try {
      for (const size of sizes) {
        log(`${size} interactions, one run:`);
        await timeline((await data(size)).dir, config, join(work, `out-${size}`), log);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return;
  }
  const pad = (v, n) => String(v).padStart(n);
  log(`${'interactions'.padEnd(12)} ${pad('file MB', 8)} ${pad('nodes', 9)} ${pad('edges', 9)} ${pad('floor ms', 9)} ${pad('analyze ms', 11)} ${pad('CPU ms', 9)} ${pad('peak RSS MB', 12)} ${pad('÷ floor', 8)} ${pad('networkx s', 11)} ${pad('networkx ÷ ours', 16)}`);
  try {
    for (const size of sizes) {
      const { dir, manifest } = await data(size);
      const out = join(work, `out-${size}`);
      const runs = [];
      const floors = [];
      for (let r = 0; r < reps; r += 1) {
        const run = runCommand(dir, config, out, heapMb);
        if (run.code !== 0) throw new Error(`analyze exited ${run.code}: ${run.stderr}`);
        runs.push(run);
        floors.push(floorMs(dir));
      }
      const network = networkCounts(join(out, 'analysis.json'));
      const ours = median(runs.map((r) => r.ms));
      const cpu = median(runs.map((r) => r.cpuMs));
      const peak = median(runs.map((r) => r.peakMb));
      const floor = median(floors);
      const nx = peer ? networkx(dir, config, peerTimeoutS) : { skipped: 'not asked' };
      const [nxTime, nxRatio] = peerCells(nx, ours);
      const fileMb = manifest.bytes / 1e6;
      log(`${String(size).padEnd(12)} ${pad(fileMb.toFixed(1), 8)} ${pad(network.nodes, 9)} ${pad(network.edges, 9)} ${pad(floor.toFixed(0), 9)} ${pad(ours.toFixed(0), 11)} ${pad(cpu.toFixed(0), 9)} ${pad(peak.toFixed(0), 12)} ${pad((ours / floor).toFixed(1) + '×', 8)} ${pad(nxTime, 11)} ${pad(nxRatio, 16)}`);
      if (nx.totalS !== undefined) log(`  networkx ${nx.networkx} on ${nx.nodes} nodes, ${nx.edges} edges: ${Object.entries(nx.steps).map(([k, v]) => `${k} ${v.wallS} s`).join(', ')}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The network's node and edge counts from the command's analysis.json, read from its first 64 KiB
 * (where `network` is, before the large tables): a 10 M export's file is over a gigabyte, more than
 * a string can hold.
 */
function networkCounts(file) {
  const handle = openSync(file, 'r');
  try {
    const head = Buffer.alloc(1 << 16);
    const text = head.subarray(0, readSync(handle, head, 0, head.length, 0)).toString('utf8');
    const count = (name) => Number(new RegExp(`"network": \\{[^}]*?"${name}": (\\d+)`).exec(text)?.[1] ?? NaN);
    return { nodes: count('nodes'), edges: count('edges') };
  } finally {
    closeSync(handle);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await readArgs(
    'node bench/command.mjs [--sizes 50000,100000] [--reps 3] [--no-peer] [--peer-timeout 300] [--ndjson] [--heap MB] [--timeline]',
    {
      sizes: { type: 'string' }, reps: { type: 'string' }, 'no-peer': { type: 'boolean' }, 'peer-timeout': { type: 'string' },
      timeline: { type: 'boolean' }, ndjson: { type: 'boolean' }, heap: { type: 'string' },
    },
    // An option not given reads as undefined, which runCommandBench's defaults replace.
    ({ values }) => runCommandBench({
      sizes: integers(values.sizes, '--sizes'),
      reps: integer(values.reps, '--reps'),
      peer: !values['no-peer'],
      peerTimeoutS: integer(values['peer-timeout'], '--peer-timeout'),
      threads: values.timeline === true,
      format: values.ndjson ? 'ndjson' : 'mixed',
      heapMb: integer(values.heap, '--heap'),
    }),
  );
}
