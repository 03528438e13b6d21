/**
 * The report of two builds, side by side: same analysis, same bytes?, and how long each takes.
 *
 *   cp -r dist /tmp/dist-before   # the build to compare against, copied aside
 *   (change the code) && npx tsup --silent
 *   node --expose-gc bench/report-ab.mjs <export dir> <config.json> /tmp/dist-before dist [runs]
 *
 * The analysis is computed once (with the second build) and rendered by both builds in four
 * variants (vi with the graph, en, with a previous analysis and another SLA, without the graph);
 * every variant must be byte-identical, else the script names it and exits with 1. Then `runs`
 * (default 5) renders of the vi variant, alternating the builds, print the median wall and CPU
 * times of each. Both builds share one vega module, so these are warm times: the first render of
 * a fresh process (what the CLI does) costs more, measure it in separate processes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { integer, readArgs, usageError } from './args.mjs';

const [exportDir, configPath, distA, distB, runs] = readArgs(
  'node --expose-gc bench/report-ab.mjs <export dir> <config.json> <dist A> <dist B> [runs]',
  {},
  ({ positionals }) => {
    if (positionals.length < 4 || positionals.length > 5) usageError('four or five arguments');
    return [...positionals.slice(0, 4), integer(positionals[4], 'runs') ?? 5];
  },
  { positionals: true },
);
const load = (dist, file) => import(pathToFileURL(resolve(dist, file)).href);
const lib = await load(distB, 'index.js');
const { loadExport } = await load(distB, 'node.js');
const input = await loadExport([exportDir], { asOf: Date.parse('2030-01-01T00:00:00Z') });
const { analysis, graph } = lib.analyzeWithGraph(input, lib.resolveConfig(JSON.parse(readFileSync(configPath, 'utf8'))), {});
const builds = await Promise.all([distA, distB].map(async (dist) => ({ dist, renderReport: (await load(dist, 'report.js')).renderReport })));

const variants = {
  vi: { graph },
  en: { graph, lang: 'en' },
  previous: { graph, previous: analysis, slaWorkingHours: 4 },
  'no graph': {},
};
let differ = false;
for (const [name, options] of Object.entries(variants)) {
  const [a, b] = [await builds[0].renderReport(analysis, options), await builds[1].renderReport(analysis, options)];
  console.log(`${name}: ${a === b ? 'identical' : 'DIFFERENT'} (${a.length} / ${b.length} characters)`);
  differ ||= a !== b;
}

const times = builds.map(() => ({ wall: [], cpu: [] }));
for (let run = 0; run < runs; run++) {
  for (const [i, build] of builds.entries()) {
    globalThis.gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await build.renderReport(analysis, { graph });
    times[i].wall.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    times[i].cpu.push((used.user + used.system) / 1000);
  }
}
const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1].toFixed(0);
for (const [i, build] of builds.entries()) {
  console.log(`${build.dist}: median ${median(times[i].wall)} ms wall, ${median(times[i].cpu)} ms CPU (wall: ${times[i].wall.map((t) => t.toFixed(0)).join(' ')})`);
}
process.exit(differ ? 1 : 0);
