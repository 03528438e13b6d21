/**
 * Network-metric benchmark: our metrics over one shared GraphIndex vs graphology-metrics (which
 * rebuilds its own index on every call), on seeded random weighted digraphs.
 *
 *   npm run build && node bench/metrics.mjs            tiny size only (cheap; what CI runs)
 *   npm run build && node bench/metrics.mjs --full     ~2k / 20k / 200k edges
 *   node bench/metrics.mjs --sizes 1000:5000,4000:20000 [--all-pairs-max-edges 200000]
 *
 * Or from code: `await runMetricBench([{ n: 500, m: 2000 }], { lib })`, where `lib` is any module
 * exporting buildGraphIndex and the metric functions (default: ../dist/index.js).
 *
 * Columns: size (nodes/edges), op, ms (wall time of one call), peak RSS MB (the process's peak
 * resident memory so far: it only grows, so a jump marks the op that raised it).
 * The O(n·m) all-pairs metrics of graphology-metrics (betweenness, closeness) are skipped above
 * `allPairsMaxEdges` edges (default 20 000) to keep the full run in minutes; ours always run.
 */
import { DirectedGraph } from 'graphology';
import gmPagerank from 'graphology-metrics/centrality/pagerank.js';
import gmBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gmCloseness from 'graphology-metrics/centrality/closeness.js';
import gmEigenvector from 'graphology-metrics/centrality/eigenvector.js';
import gmHits from 'graphology-metrics/centrality/hits.js';
import gmLouvain from 'graphology-communities-louvain';
import { pathToFileURL } from 'node:url';

export const TINY_SIZES = Object.freeze([{ n: 400, m: 2_000 }]);
/** The full run takes several minutes: the O(n·m) metrics at 20 000 nodes / 200 000 edges. */
export const FULL_SIZES = Object.freeze([
  { n: 400, m: 2_000 },
  { n: 4_000, m: 20_000 },
  { n: 20_000, m: 200_000 },
]);

const KINDS = ['agency', 'page', 'association', 'business', 'individual'];

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

function time(fn) {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/**
 * Runs the benchmark and prints a table. Returns the rows
 * `{ size, op, ms, peakRssMb, note }` (ms null when skipped or failed).
 */
export async function runMetricBench(sizes = TINY_SIZES, options = {}) {
  const {
    lib = await import('../dist/index.js'),
    log = console.log,
    allPairsMaxEdges = 20_000,
    louvainRuns = 10,
    seed = 42,
  } = options;
  if (typeof lib.buildGraphIndex !== 'function') {
    throw new Error('bench/metrics.mjs: the library does not export buildGraphIndex (build it first)');
  }
  const rows = [];
  const record = (size, op, fn, note = '') => {
    let ms = null;
    let extra = note;
    try {
      ms = time(fn).ms;
    } catch (e) {
      extra = `failed: ${e instanceof Error ? e.message.slice(0, 60) : String(e)}`;
    }
    const row = { size, op, ms, peakRssMb: peakRssMb(), note: extra };
    rows.push(row);
    log(formatRow(row));
  };
  const skip = (size, op, note) => {
    const row = { size, op, ms: null, peakRssMb: peakRssMb(), note };
    rows.push(row);
    log(formatRow(row));
  };

  log(formatRow({ size: 'size', op: 'op', ms: 'ms', peakRssMb: 'peak RSS MB', note: '' }, true));
  for (const spec of sizes) {
    // A size is either { n, m } (a seeded random graph) or { label, graph } (a graph built elsewhere,
    // e.g. the interaction graph of a synthetic export).
    let graph = spec.graph;
    const m = graph ? graph.size : spec.m;
    const size = spec.label ?? `${graph ? graph.order : spec.n}/${m}`;
    if (!graph) {
      const generated = time(() => randomInteractionGraph(spec.n, spec.m, seed));
      graph = generated.value;
      rows.push({ size, op: 'generate graph', ms: generated.ms, peakRssMb: peakRssMb(), note: '' });
      log(formatRow(rows[rows.length - 1]));
    }

    let index = null;
    record(size, 'buildGraphIndex', () => {
      index = lib.buildGraphIndex(graph);
    });
    const ours = [
      ['pagerank', (ix) => lib.pagerank(ix)],
      ['betweenness', (ix) => lib.betweenness(ix)],
      ['closeness', (ix) => lib.closeness(ix)],
      ['harmonic', (ix) => lib.harmonic(ix)],
      ['eigenvector', (ix) => lib.eigenvector(ix)],
      ['hits', (ix) => lib.hits(ix)],
      ['kcore', (ix) => lib.kcore(ix)],
      ['constraint', (ix) => lib.constraint(ix)],
      ['effectiveSize', (ix) => lib.effectiveSize(ix)],
      ['brokerage', (ix) => lib.brokerage(ix)],
      ['networkSummary', (ix) => lib.networkSummary(ix)],
      [`louvain (${louvainRuns} runs)`, (ix) => lib.louvain(ix, { runs: louvainRuns })],
      ['louvain (1 run)', (ix) => lib.louvain(ix, { runs: 1 })],
    ];
    for (const [op, run] of ours) {
      const name = op.split(' ')[0];
      if (typeof lib[name] !== 'function') skip(size, op, 'not exported by the library');
      else record(size, op, () => run(index));
    }

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
      if (ok) record(size, op, run);
      else skip(size, op, `skipped: O(n·m) above ${allPairsMaxEdges} edges`);
    }
  }
  return rows;
}

function formatRow(row, header = false) {
  const ms = header ? row.ms : row.ms === null ? '—' : row.ms.toFixed(1);
  const rss = header ? row.peakRssMb : row.peakRssMb.toFixed(0);
  return `${String(row.size).padEnd(13)} ${String(row.op).padEnd(30)} ${String(ms).padStart(10)} ${String(rss).padStart(12)}  ${row.note ?? ''}`;
}

function parseArgs(argv) {
  const options = {};
  let sizes = TINY_SIZES;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--full') sizes = FULL_SIZES;
    else if (arg === '--sizes') {
      sizes = argv[++i].split(',').map((s) => {
        const [n, m] = s.split(':').map(Number);
        return { n, m };
      });
    } else if (arg === '--all-pairs-max-edges') options.allPairsMaxEdges = Number(argv[++i]);
    else if (arg === '--lib') options.lib = argv[++i];
    else throw new Error(`bench/metrics.mjs: unknown argument ${arg}`);
  }
  return { sizes, options };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { sizes, options } = parseArgs(process.argv.slice(2));
  if (typeof options.lib === 'string') options.lib = await import(pathToFileURL(options.lib).href);
  await runMetricBench(sizes, options);
}
