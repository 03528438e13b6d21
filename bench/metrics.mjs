/**
 * Network-metric benchmark: our metrics over one shared GraphIndex vs graphology-metrics (which
 * rebuilds its own index on every call) and, with `peers`, vs igraph and networkx (Python, same
 * edge list, same run: bench/peers.mjs), on seeded random weighted digraphs or given graphs.
 *
 *   npm run build && node bench/metrics.mjs            tiny size only (cheap; what CI runs)
 *   npm run build && node bench/metrics.mjs --full     ~2k / 20k / 200k edges
 *   node bench/metrics.mjs --sizes 1000:5000,4000:20000 [--all-pairs-max-edges 200000] [--peers] [--threads 2]
 *
 * Or from code: `await runMetricBench([{ n: 500, m: 2000 }], { lib })`, where `lib` is any module
 * exporting buildGraphIndex and the metric functions (default: ../dist/index.js).
 *
 * Columns: size (nodes/edges), op, ms (wall time), CPU ms (user + system time of the process: the
 * figure to trust on a busy machine; with threads it adds up every thread), peak RSS MB (the
 * process's peak resident memory so far: it only grows, so a jump marks the op that raised it).
 * Fast ops take the best of `repeat` calls (as the peers do); the all-pairs ones run once.
 * "N threads" rows run on a worker pool (createWorkerPool of ../dist/node.js); their note gives the
 * speedup over the same op on one thread. The O(n·m) all-pairs metrics of graphology-metrics are
 * skipped above `allPairsMaxEdges` edges (default 20 000) to keep the full run in minutes; ours
 * always run, exact up to `exactMaxNodes` nodes (default 50 000), sampled at every size.
 */
import { DirectedGraph } from 'graphology';
import gmPagerank from 'graphology-metrics/centrality/pagerank.js';
import gmBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gmCloseness from 'graphology-metrics/centrality/closeness.js';
import gmEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import gmHits from 'graphology-metrics/centrality/hits.js';
import gmLouvain from 'graphology-communities-louvain';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { integer, readArgs, usageError } from './args.mjs';
import { runPeers, writeEdgeList } from './peers.mjs';

export const TINY_SIZES = Object.freeze([{ n: 400, m: 2_000 }]);
/** The full run takes several minutes: the O(n·m) metrics at 20 000 nodes / 200 000 edges. */
export const FULL_SIZES = Object.freeze([
  { n: 400, m: 2_000 },
  { n: 4_000, m: 20_000 },
  { n: 20_000, m: 200_000 },
]);

const KINDS = ['agency', 'page', 'association', 'business', 'individual'];
const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** mulberry32: seeded PRNG in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded random digraph: n nodes with random kinds, exactly m distinct non-loop edges (m must be
 * well below n(n−1)), integer weights 1..5 with a heavy head (interaction counts).
 */
export function randomInteractionGraph(n, m, seed = 42) {
  if (m > n * (n - 1) * 0.5) throw new Error(`too many edges (${m}) for ${n} nodes`);
  const r = rng(seed);
  const g = new DirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { kind: KINDS[Math.floor(r() * KINDS.length)] });
  let added = 0;
  while (added < m) {
    // Skewed endpoints: a few hubs receive most interactions, as on a fanpage.
    const u = Math.floor(r() * n);
    const v = Math.floor(r() ** 2 * n);
    if (u === v || g.hasEdge(`n${u}`, `n${v}`)) continue;
    g.addEdge(`n${u}`, `n${v}`, { weight: 1 + Math.floor(r() ** 3 * 5) });
    added++;
  }
  return g;
}

function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/** Wall and CPU ms of the best of `repeat` calls (awaited when `fn` returns a promise). */
async function measure(fn, repeat) {
  let best = null;
  for (let k = 0; k < repeat; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    if (best === null || ms < best.ms) best = { ms, cpuMs };
  }
  return best;
}

/**
 * Runs the benchmark and prints a table. Returns `{ rows, peers }`: rows
 * `{ size, op, ms, cpuMs, peakRssMb, note }` (ms null when skipped or failed); peers
 * `{ size, op, ours, igraph, networkx }` (ms, or null) when `peers` is on.
 */
export async function runMetricBench(sizes = TINY_SIZES, options = {}) {
  const {
    lib = await import('../dist/index.js'),
    nodeLib = null,
    log = console.log,
    allPairsMaxEdges = 20_000,
    exactMaxNodes = 50_000,
    louvainRuns = lib.LOUVAIN_DEFAULTS?.runs ?? 10,
    seed = 42,
    repeat = 3,
    threads = availableParallelism(),
    peers = false,
  } = options;
  if (typeof lib.buildGraphIndex !== 'function') {
    throw new Error('bench/metrics.mjs: the library does not export buildGraphIndex (build it first)');
  }
  const pool = nodeLib !== null && threads > 1 ? nodeLib.createWorkerPool({ threads }) : null;
  const rows = [];
  const peerRows = [];
  const push = (row) => {
    rows.push(row);
    log(formatRow(row));
    return row;
  };
  const record = async (size, op, fn, { runs = repeat, note = () => '' } = {}) => {
    try {
      const { ms, cpuMs } = await measure(fn, runs);
      return push({ size, op, ms, cpuMs, peakRssMb: peakRssMb(), note: note(ms) });
    } catch (e) {
      return push({ size, op, ms: null, cpuMs: null, peakRssMb: peakRssMb(), note: `failed: ${e instanceof Error ? e.message.slice(0, 60) : String(e)}` });
    }
  };
  const skip = (size, op, note) => push({ size, op, ms: null, cpuMs: null, peakRssMb: peakRssMb(), note });

  log(formatRow({ size: 'size', op: 'op', ms: 'ms', cpuMs: 'CPU ms', peakRssMb: 'peak RSS MB', note: '' }, true));
  try {
    for (const spec of sizes) {
      // A size is either { n, m } (a seeded random graph) or { label, graph } (a graph built
      // elsewhere, e.g. the interaction graph of a synthetic export).
      let graph = spec.graph;
      const m = graph ? graph.size : spec.m;
      const size = spec.label ?? `${graph ? graph.order : spec.n}/${m}`;
      if (!graph) {
        const t0 = performance.now();
        graph = randomInteractionGraph(spec.n, spec.m, seed);
        push({ size, op: 'generate graph', ms: performance.now() - t0, cpuMs: null, peakRssMb: peakRssMb(), note: '' });
      }

      let index = null;
      await record(size, 'buildGraphIndex', () => {
        index = lib.buildGraphIndex(graph);
      });
      const exactOk = index.order <= exactMaxNodes;
      // All-pairs ops run once on big graphs; on small ones (under a second) the best of `repeat`,
      // so that the first call's JIT compilation does not count (the peers have none).
      const allPairsRuns = index.order * (index.order + index.size) < 2e8 ? repeat : 1;
      const tooBig = `skipped: exact above ${exactMaxNodes} nodes`;
      const one = async (op, fn, runs) => (exactOk ? record(size, op, () => fn(index), { runs }) : skip(size, op, tooBig));
      const many = async (op, options, base) => {
        const label = `${op} (${threads} threads)`;
        if (pool === null) return skip(size, label, 'no worker pool (nodeLib or threads missing)');
        if (options.sampling === null && !exactOk) return skip(size, label, tooBig);
        const small = lib.planShortestPaths(index, options).work < lib.PARALLEL_MIN_WORK;
        const note = (ms) =>
          small ? 'below the threads threshold: ran on 1 thread' : base?.ms ? `${(base.ms / ms).toFixed(2)}× faster than 1 thread` : '';
        return record(size, label, () => lib.shortestPathCentralitiesAsync(index, { ...options, pool }), { runs: allPairsRuns, note });
      };

      const ours = {};
      ours.pagerank = await record(size, 'pagerank', () => lib.pagerank(index));
      ours.betweenness = await one('betweenness (1 thread)', (ix) => lib.betweenness(ix), allPairsRuns);
      ours.betweennessMany = await many('betweenness', { harmonic: false, sampling: null }, ours.betweenness);
      const both = await one('betweenness + harmonic (1 thread)', (ix) => lib.shortestPathCentralities(ix), allPairsRuns);
      await many('betweenness + harmonic', { sampling: null }, both);
      const sampled = await record(size, 'sampled betw. + harmonic (1 thread)', () => lib.shortestPathCentralities(index, { sampling: {} }), { runs: allPairsRuns });
      await many('sampled betw. + harmonic', { sampling: {} }, sampled);
      await one('closeness', (ix) => lib.closeness(ix), allPairsRuns);
      await one('harmonic', (ix) => lib.harmonic(ix), allPairsRuns);
      for (const [op, run] of [
        ['eigenvector', (ix) => lib.eigenvector(ix)],
        ['hits', (ix) => lib.hits(ix)],
        ['kcore', (ix) => lib.kcore(ix)],
        ['constraint', (ix) => lib.constraint(ix)],
        ['effectiveSize', (ix) => lib.effectiveSize(ix)],
        ['brokerage', (ix) => lib.brokerage(ix)],
        ['networkSummary', (ix) => lib.networkSummary(ix)],
      ]) {
        await record(size, op, () => run(index));
      }
      ours.louvainRuns = await record(size, `louvain (${louvainRuns} runs)`, () => lib.louvain(index, { runs: louvainRuns }));
      ours.louvain = await record(size, 'louvain (1 run)', () => lib.louvain(index, { runs: 1 }));

      const allPairsOk = m <= allPairsMaxEdges;
      const theirs = [
        ['gm pagerank', () => gmPagerank(graph, { getEdgeWeight: 'weight', tolerance: 1e-10, maxIterations: 1000 }), true],
        ['gm betweenness', () => gmBetweenness(graph, { getEdgeWeight: null }), allPairsOk],
        ['gm closeness', () => gmCloseness(graph, { wassermanFaust: true }), allPairsOk],
        ['gm eigenvector', () => gmEigenvector(graph, { getEdgeWeight: 'weight', tolerance: 1e-10, maxIterations: 1000 }), true],
        ['gm hits', () => gmHits(graph, { getEdgeWeight: 'weight', tolerance: 1e-10, maxIterations: 1000 }), true],
        ['gm louvain (1 run, directed)', () => gmLouvain(graph, { rng: rng(seed) }), true],
      ];
      for (const [op, run, ok] of theirs) {
        if (ok) await record(size, op, run, { runs: op.includes('betweenness') || op.includes('closeness') ? 1 : repeat });
        else skip(size, op, `skipped: O(n·m) above ${allPairsMaxEdges} edges`);
      }

      if (peers) peerRows.push(...(await comparePeers(size, index, ours, { log, threads, repeat })));
    }
  } finally {
    await pool?.close();
  }
  return { rows, peers: peerRows };
}

/** Our figures against igraph's and networkx's on the same edge list; prints the ratios. */
async function comparePeers(size, index, ours, { log, threads, repeat }) {
  mkdirSync(DATA_DIR, { recursive: true });
  const csv = join(DATA_DIR, `edges-${String(size).replace(/[^\w.-]+/g, '_')}.csv`);
  writeEdgeList(index, csv);
  const peers = await runPeers(csv, { repeat });
  if (peers.notice) log(`peers: ${peers.notice}`);
  const peer = (tool, op) => peers.rows.find((r) => r.tool === tool && r.op === op && r.cpuMs !== undefined) ?? null;
  // Single-thread ops compare CPU time (robust to other load); threaded ours compare wall time.
  const lines = [
    ['pagerank (CPU)', ours.pagerank?.cpuMs, 'pagerank', 'cpuMs'],
    ['betweenness, 1 thread (CPU)', ours.betweenness?.cpuMs, 'betweenness', 'cpuMs'],
    [`betweenness, ${threads} threads (wall)`, ours.betweennessMany?.ms, 'betweenness', 'wallMs'],
    ['louvain, 1 run (CPU)', ours.louvain?.cpuMs, 'louvain (1 run)', 'cpuMs'],
    [`louvain, ${ours.louvainRuns?.op.match(/\d+/)?.[0]} runs vs their 1 (CPU)`, ours.louvainRuns?.cpuMs, 'louvain (1 run)', 'cpuMs'],
  ];
  const fmt = (x) => (x === null || x === undefined ? '—' : x.toFixed(1));
  const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
  log(`\n${'ours / peers'.padEnd(13)} ${'op'.padEnd(36)} ${'ours ms'.padStart(10)} ${'igraph ms'.padStart(10)} ${'ours/igraph'.padStart(12)} ${'networkx ms'.padStart(12)} ${'ours/nx'.padStart(9)}`);
  const result = [];
  for (const [op, mine, theirOp, field] of lines) {
    const ig = peer('igraph', theirOp)?.[field] ?? null;
    const nx = peer('networkx', theirOp)?.[field] ?? null;
    log(`${String(size).padEnd(13)} ${op.padEnd(36)} ${fmt(mine).padStart(10)} ${fmt(ig).padStart(10)} ${ratio(mine, ig).padStart(12)} ${fmt(nx).padStart(12)} ${ratio(mine, nx).padStart(9)}`);
    result.push({ size, op, ours: mine ?? null, igraph: ig, networkx: nx });
  }
  log('');
  return result;
}

function formatRow(row, header = false) {
  const num = (x) => (header ? x : x === null || x === undefined ? '—' : x.toFixed(1));
  const rss = header ? row.peakRssMb : row.peakRssMb.toFixed(0);
  return `${String(row.size).padEnd(13)} ${String(row.op).padEnd(40)} ${String(num(row.ms)).padStart(10)} ${String(num(row.cpuMs)).padStart(10)} ${String(rss).padStart(12)}  ${row.note ?? ''}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { sizes, options } = readArgs(
    'node bench/metrics.mjs [--full | --sizes n:m,n:m] [--all-pairs-max-edges m] [--threads n] [--peers] [--lib dist/index.js]',
    {
      full: { type: 'boolean' }, sizes: { type: 'string' }, 'all-pairs-max-edges': { type: 'string' }, threads: { type: 'string' },
      peers: { type: 'boolean' }, lib: { type: 'string' },
    },
    ({ values }) => ({
      // n:m pairs: the nodes and edges of a random graph.
      sizes: values.sizes?.split(',').map((pair) => {
        const [n, m, ...rest] = pair.split(':').map((side) => integer(side, '--sizes (nodes:edges)'));
        if (m === undefined || rest.length > 0) usageError(`--sizes wants nodes:edges pairs, not ${JSON.stringify(values.sizes)}`);
        return { n, m };
      }) ?? (values.full ? FULL_SIZES : TINY_SIZES),
      // An option not given is undefined, which runMetricBench's own defaults replace.
      options: {
        allPairsMaxEdges: integer(values['all-pairs-max-edges'], '--all-pairs-max-edges'),
        threads: integer(values.threads, '--threads'),
        peers: values.peers,
        lib: values.lib,
      },
    }),
  );
  if (typeof options.lib === 'string') options.lib = await import(pathToFileURL(options.lib).href);
  options.nodeLib = await import('../dist/node.js');
  await runMetricBench(sizes, options);
}
