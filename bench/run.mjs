/**
 * `npm run bench`: every benchmark, printed as tables.
 *   npm run bench                 10 k and 200 k interactions
 *   BENCH_FULL=1 npm run bench    adds 2 M interactions (ingest and the whole pipeline; see below)
 *   BENCH_PEERS=0 npm run bench   without igraph / networkx (bench/peers.py)
 *   BENCH_THREADS=n npm run bench worker threads (default: every core)
 *   BENCH_PEERS=0 also skips the networkx pipeline of the province-year table (bench/pipeline.py).
 * Sizes are interactions (comments, replies, reactions) of seeded synthetic exports.
 */
import { DEFAULT_SIZES, FULL_SIZES, ensureData, runIngestBench } from './ingest.mjs';
import { runAnalysisBench } from './analysis.mjs';
import { runMetricBench } from './metrics.mjs';
import { runCommandBench } from './command.mjs';
import { runHostileBench } from './hostile.mjs';
import { benchConfig } from './generate.mjs';
import { readArgs } from './args.mjs';

// No options (the environment variables above choose): `--help` prints the usage, anything else is a mistake.
readArgs('npm run bench  (BENCH_FULL=1: adds 2 M; BENCH_PEERS=0: no igraph / networkx; BENCH_THREADS=n)', {});

const full = process.env.BENCH_FULL === '1';
const sizes = full ? FULL_SIZES : DEFAULT_SIZES;
// The whole pipeline runs at every size: above 50 000 nodes (2 M interactions, ~217 k nodes)
// betweenness and harmonic are sampled. The per-metric tables stop at 200 k: building a second
// copy of the 2 M graph in this process would measure memory pressure, not the metrics.
const metricSizes = sizes.filter((n) => n <= 200_000);

console.log('\n## Ingest (loadExport: read, parse, validate, merge)\n');
await runIngestBench(sizes);

console.log('\n## The whole analyze command on a province-year, against bare JSON.parse and the networkx pipeline\n');
await runCommandBench({ peer: process.env.BENCH_PEERS !== '0' });

console.log('\n## Whole pipeline (ingest → analyze → every output file)\n');
await runAnalysisBench(sizes);

console.log('\n## Hostile input through the command: a 50 MB comment, 10,000-deep nesting\n');
await runHostileBench();

console.log('\n## Graph index and network metrics on the interaction graph, against graphology-metrics, igraph and networkx\n');
const lib = await import('../dist/index.js');
const nodeLib = await import('../dist/node.js');
const { loadExport } = nodeLib;
const graphs = [];
for (const interactions of metricSizes) {
  const { dir } = await ensureData(interactions);
  const input = await loadExport([dir]);
  const data = lib.resolveData(input.dataset, lib.resolveConfig(benchConfig()));
  const started = performance.now();
  const graph = lib.buildInteractionGraph(data);
  console.log(`interaction graph of ${interactions} interactions: ${graph.order} nodes, ${graph.size} edges, built in ${(performance.now() - started).toFixed(0)} ms`);
  graphs.push({ label: `${interactions}`, graph });
}
const threads = process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined;
await runMetricBench(graphs, { lib, nodeLib, allPairsMaxEdges: 200_000, peers: process.env.BENCH_PEERS !== '0', ...(threads ? { threads } : {}) });
