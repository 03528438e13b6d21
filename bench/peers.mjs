/**
 * Peers: igraph and networkx (Python) timed on the same edge list as ours, in the same run.
 *
 *   node bench/peers.mjs edges.csv            prints the peers' JSON rows
 *
 * Or from code: `writeEdgeList(index, path)` then `await runPeers(path)`. Runs bench/peers.py
 * with Debian's /usr/bin/python3 (where `apt-get install python3-igraph python3-networkx` puts
 * them), or $BENCH_PYTHON. Never fails the benchmark: without Python or without a tool, it says
 * so and returns what it has.
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { readArgs, usageError } from './args.mjs';

const script = fileURLToPath(new URL('./peers.py', import.meta.url));

/** The Python to use: $BENCH_PYTHON, else Debian's /usr/bin/python3, else python3 on PATH. */
export function peerPython() {
  return process.env.BENCH_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

/**
 * Writes the directed edge list of a GraphIndex as `source,target,weight` (node positions 0..n−1),
 * the format bench/peers.py reads. Returns the number of edges.
 */
export function writeEdgeList(index, path) {
  const lines = ['source,target,weight'];
  const { start, neighbor, weight } = index.out;
  for (let u = 0; u < index.order; u++) {
    for (let p = start[u]; p < start[u + 1]; p++) lines.push(`${u},${neighbor[p]},${weight[p]}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

/**
 * Runs the peers on an edge list. Resolves to `{ tools: { igraph, networkx }, rows, notice }`:
 * rows `{ tool, op, wallMs, cpuMs }` (or `{ tool, op, skipped }`); `notice` says what is missing.
 */
export async function runPeers(csvPath, { repeat = 3, allPairsMaxEdges = 20_000, python = peerPython() } = {}) {
  try {
    const { stdout } = await promisify(execFile)(
      python,
      [script, csvPath, '--repeat', String(repeat), '--all-pairs-max-edges', String(allPairsMaxEdges)],
      { maxBuffer: 1 << 24 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop());
    const missing = Object.entries(result.tools).filter(([, v]) => v === null).map(([k]) => k);
    const notice = missing.length === 0 ? '' : `not installed for ${python}: ${missing.join(', ')} (apt-get install ${missing.map((m) => `python3-${m}`).join(' ')})`;
    return { ...result, notice };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { tools: { igraph: null, networkx: null }, rows: [], notice: `peers skipped: ${python} failed (${reason})` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await readArgs('node bench/peers.mjs <edges.csv>', {}, ({ positionals }) => {
    if (positionals.length !== 1) usageError('one edge list, please');
    return runPeers(positionals[0]);
  }, { positionals: true });
  if (result.notice) console.log(result.notice);
  for (const row of result.rows) console.log(JSON.stringify(row));
}
