/**
 * `npm run bench`: every benchmark, printed as tables.
 *   npm run bench                 10 k and 200 k interactions
 *   BENCH_FULL=1 npm run bench    adds 2 M interactions (ingest and the linear steps; see below)
 * Sizes are interactions (comments, replies, reactions) of seeded synthetic exports.
 */
import { DEFAULT_SIZES, FULL_SIZES, ensureData, runIngestBench } from './ingest.mjs';
import { runAnalysisBench } from './analysis.mjs';
import { runMetricBench } from './metrics.mjs';
import { benchConfig } from './generate.mjs';

const full = process.env.BENCH_FULL === '1';
const sizes = full ? FULL_SIZES : DEFAULT_SIZES;
// The all-pairs metrics (betweenness, harmonic: O(n·m)) make analyze() take hours at 2 M
// interactions (~200 k nodes); the whole pipeline runs up to 200 k.
const pipelineSizes = sizes.filter((n) => n <= 200_000);

console.log('\n## Ingest (loadExport: read, parse, validate, merge)\n');
await runIngestBench(sizes);

console.log('\n## Whole pipeline (ingest → analyze → every output file)\n');
await runAnalysisBench(pipelineSizes);

console.log('\n## Graph index and network metrics on the interaction graph, against graphology-metrics\n');
const lib = await import('../dist/index.js');
const { loadExport } = await import('../dist/node.js');
const graphs = [];
for (const interactions of pipelineSizes) {
  const { dir } = await ensureData(interactions);
  const input = await loadExport([dir]);
  const data = lib.resolveData(input.dataset, lib.resolveConfig(benchConfig()));
  const started = performance.now();
  const graph = lib.buildInteractionGraph(data);
  console.log(`interaction graph of ${interactions} interactions: ${graph.order} nodes, ${graph.size} edges, built in ${(performance.now() - started).toFixed(0)} ms`);
  graphs.push({ label: `${interactions}`, graph });
}
await runMetricBench(graphs, { lib, allPairsMaxEdges: 200_000 });
