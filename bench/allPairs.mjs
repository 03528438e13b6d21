/**
 * The all-pairs step alone: the tasks an analysis hands its worker pool (sampled sources for
 * harmonic, sampled paths for betweenness; Brandes sources when exact), timed kind by kind on this
 * thread (CPU ms: what one worker spends; two workers share it about evenly). The graph and the
 * task list are the analysis' own, caught by a pool that runs nothing (the analysis stops there).
 *
 *   npm run build && node bench/allPairs.mjs bench/data/ingest-2M [dist]
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { benchConfig } from './generate.mjs';
import { readArgs, usageError } from './args.mjs';

const [dir, dist = 'dist'] = readArgs('node bench/allPairs.mjs <export dir> [dist]', {}, ({ positionals }) => {
  if (positionals.length < 1 || positionals.length > 2) usageError('an export folder, and optionally a build folder');
  return positionals;
}, { positionals: true });
const lib = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const { loadExport } = await import(pathToFileURL(resolve(dist, 'node.js')).href);
const caught = await new Promise((done, fail) => {
  const pool = { size: 2, run: (graph, tasks) => { done({ graph, tasks }); return new Promise(() => {}); } };
  loadExport([dir]).then((input) => lib.analyzeWithGraphAsync(input, lib.resolveConfig(benchConfig()), { pool, threads: 2 })).catch(fail);
});
const { graph, tasks } = caught;
const workspace = lib.createPathWorkspace(graph);
console.log(`graph: ${graph.order} nodes, ${graph.outNeighbor.length} edges; ${tasks.length} tasks`);
for (const kind of ['sources', 'targets', 'pairs']) {
  const mine = tasks.filter((t) => t.kind === kind);
  if (mine.length === 0) continue;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let searches = 0;
  for (const task of mine) searches += lib.runPathTask(graph, task, workspace).searches;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`${kind}: ${mine.length} tasks, ${searches} searches, ${cpuMs.toFixed(0)} CPU ms (${(performance.now() - t0).toFixed(0)} wall ms), ${(cpuMs / searches).toFixed(3)} CPU ms per search`);
}
process.exit(0);
