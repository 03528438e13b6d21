/**
 * Betweenness, harmonic and closeness on several threads equal the single-thread run: the tasks
 * are fixed by the graph alone and their sums are added in task order, so any thread count and any
 * arrival order give the same bits (the brief asks for 1e-12; we check equality). Oracles: the
 * single-thread run itself, and a plain textbook Brandes written here (one source at a time, one
 * running sum) for the numbers themselves. Tests with the real worker threads use the build
 * (`dist/node.js`, made by `npm test`'s pretest step).
 */
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildGraphIndex, planShortestPaths, runPlanSync, shortestPathCentralities, shortestPathCentralitiesAsync,
  type GraphIndex, type PathGraph, type PathTask, type PathTaskResult, type ShortestPathPool, type ShortestPathResult,
} from '../../../src/metrics/network/index';
import { mulberry32 } from '../../../src/util/random';
import { randomDigraph } from './graphs';
import { countingTurns, watchingWorkers } from './threads';

interface NodePool extends ShortestPathPool {
  prestart(): void;
  close(): Promise<void>;
}
const nodeLayer = '../../../dist/node.js';
const { createWorkerPool } = (await import(/* @vite-ignore */ nodeLayer)) as {
  createWorkerPool: (o?: { threads?: number }) => NodePool;
};

/**
 * A pool that runs tasks on this thread but delivers results in a shuffled order, as threads of
 * uneven speed would.
 */
function shufflingPool(seed: number, size: number): ShortestPathPool {
  return {
    size,
    async run(graph: PathGraph, tasks: readonly PathTask[], onResult: (i: number, r: PathTaskResult) => void) {
      const { runPathTask } = await import('../../../src/metrics/network/pathKernel');
      const order = tasks.map((_, i) => i);
      const random = mulberry32(seed);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) {
        await Promise.resolve();
        onResult(i, runPathTask(graph, tasks[i]));
      }
    },
  };
}

function expectSameBits(a: ShortestPathResult, b: ShortestPathResult): void {
  for (const key of ['betweenness', 'harmonic', 'closeness'] as const) {
    expect(a[key] === null ? null : [...a[key]!], key).toEqual(b[key] === null ? null : [...b[key]!]);
  }
  expect(a.searches).toBe(b.searches);
}

/** Textbook Brandes (predecessor lists, a running sum over sources in order), normalised. */
function plainBrandes(index: GraphIndex): number[] {
  const n = index.order;
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    const queue = [s];
    dist[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      stack.push(v);
      for (let p = index.out.start[v]; p < index.out.start[v + 1]; p++) {
        const w = index.out.neighbor[p];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      if (w !== s) bc[w] += delta[w];
    }
  }
  return n < 3 ? bc.map(() => 0) : bc.map((b) => b / ((n - 1) * (n - 2)));
}

/**
 * Random digraphs of 1 000–2 000 nodes: 4–8 tasks of sources (blocks of 256), enough that adding
 * the tasks' sums in another order changes the last bits (with two, a + b = b + a hides it).
 */
const multiTaskGraph = fc.record({
  n: fc.integer({ min: 1_000, max: 2_000 }),
  density: fc.double({ min: 1, max: 4, noNaN: true }),
  seed: fc.nat(),
});

const pools: NodePool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('the blocked sums equal the single-thread run, whatever the order tasks finish in', () => {
  it('fast-check: shuffled arrival, 2–8 "threads", exact and sampled, on multi-task random graphs', async () => {
    await fc.assert(
      fc.asyncProperty(multiTaskGraph, fc.integer({ min: 2, max: 8 }), fc.boolean(), async (spec, threads, sampled) => {
        const index = buildGraphIndex(randomDigraph(spec.n, Math.round(spec.n * spec.density), spec.seed));
        const options = { closeness: true, sampling: sampled ? { epsilon: 0.2, harmonicEpsilon: 0.3, seed: spec.seed } : null };
        const plan = planShortestPaths(index, options);
        if (!sampled) expect(plan.tasks.length).toBeGreaterThan(1);
        const one = runPlanSync(plan);
        const many = await shortestPathCentralitiesAsync(index, { ...options, pool: shufflingPool(spec.seed, threads), threads });
        expectSameBits(many, one);
      }),
      { numRuns: 12 },
    );
  });

  it('the numbers agree with a textbook Brandes summed source by source (to 1e-12)', () => {
    fc.assert(
      fc.property(multiTaskGraph, (spec) => {
        const index = buildGraphIndex(randomDigraph(spec.n, Math.round(spec.n * spec.density), spec.seed));
        const ours = shortestPathCentralities(index).betweenness!;
        plainBrandes(index).forEach((b, v) => expect(Math.abs(ours[v] - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, b)));
      }),
      { numRuns: 5 },
    );
  });

  it('a graph of up to 256 nodes is one task: its sums are the plain sequential ones', () => {
    const index = buildGraphIndex(randomDigraph(256, 1200, 3));
    expect(planShortestPaths(index).tasks).toHaveLength(1);
  });
});

describe('worker threads (createWorkerPool)', () => {
  it('fast-check: the pool’s results equal the single-thread run bit for bit', async () => {
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    await fc.assert(
      fc.asyncProperty(multiTaskGraph, fc.boolean(), async (spec, sampled) => {
        const index = buildGraphIndex(randomDigraph(spec.n, Math.round(spec.n * spec.density), spec.seed));
        const options = { closeness: true, sampling: sampled ? { epsilon: 0.1, harmonicEpsilon: 0.3, seed: 7 } : null };
        const one = shortestPathCentralities(index, options);
        // Straight to the pool: these graphs are below the size at which the async API bothers.
        const plan = planShortestPaths(index, options);
        await pool.run(plan.graph, plan.tasks, (i, r) => plan.accept(i, r), 2);
        expectSameBits(plan.finish(), one);
      }),
      { numRuns: 6 },
    );
  });

  it('workers take their tasks themselves: one message to each worker per run, however many tasks (regression guard)', async () => {
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    const index = buildGraphIndex(randomDigraph(3_000, 12_000, 5));
    const plan = planShortestPaths(index);
    expect(plan.tasks.length).toBeGreaterThan(4);
    const messages = watchingWorkers();
    try {
      await pool.run(plan.graph, plan.tasks, (i, r) => plan.accept(i, r), 2);
    } finally {
      messages.stop();
    }
    expect(messages.count).toBe(2);
    expectSameBits(plan.finish(), shortestPathCentralities(index));
  });

  it.skipIf(!existsSync('/proc/self/task'))('prestart() starts the threads at once, without a message; the next run uses them, same bits (regression guard)', async () => {
    const threadsNow = () => readdirSync('/proc/self/task').length;
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    const index = buildGraphIndex(randomDigraph(3_000, 12_000, 11));
    const plan = planShortestPaths(index);
    const messages = watchingWorkers();
    try {
      const before = threadsNow();
      pool.prestart();
      expect(threadsNow()).toBe(before + 2);
      pool.prestart(); // started already: nothing more
      expect(threadsNow()).toBe(before + 2);
      expect(messages.count).toBe(0);
      await pool.run(plan.graph, plan.tasks, (i, r) => plan.accept(i, r), 2);
      expect(messages.count).toBe(2);
    } finally {
      messages.stop();
    }
    expectSameBits(plan.finish(), shortestPathCentralities(index));
  });

  it('an idle pool hands a run to its workers before run() returns; a run asked for meanwhile waits for it (regression guard)', async () => {
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    const index = buildGraphIndex(randomDigraph(3_000, 12_000, 9));
    const first = planShortestPaths(index);
    const second = planShortestPaths(index);
    const messages = watchingWorkers();
    try {
      // The analysis keeps computing right after asking: had the run waited for a continuation,
      // the workers would boot only at the caller's next await.
      const running = pool.run(first.graph, first.tasks, (i, r) => first.accept(i, r), 2);
      expect(messages.count).toBe(2);
      const queued = pool.run(second.graph, second.tasks, (i, r) => second.accept(i, r), 2);
      expect(messages.count).toBe(2);
      await running;
      await queued;
      expect(messages.count).toBe(4);
    } finally {
      messages.stop();
    }
    const one = shortestPathCentralities(index);
    expectSameBits(first.finish(), one);
    expectSameBits(second.finish(), one);
  });

  it('shortestPathCentralitiesAsync uses the pool above the threshold, with the same bits', async () => {
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    const g = randomDigraph(4_000, 20_000, 11);
    const index = buildGraphIndex(g);
    const plan = planShortestPaths(index);
    expect(plan.work).toBeGreaterThan((await import('../../../src/metrics/network/pathPool')).PARALLEL_MIN_WORK);
    let ran = 0;
    const counting: ShortestPathPool = {
      size: 2,
      run: (graph, tasks, onResult, threads) => {
        ran++;
        return pool.run(graph, tasks, onResult, threads);
      },
    };
    const two = await shortestPathCentralitiesAsync(index, { pool: counting });
    expect(ran).toBe(1);
    expectSameBits(two, shortestPathCentralities(index));
  });

  it('analyzeAsync on a worker pool gives the analysis analyze() gives (exact and sampled)', async () => {
    const { analyze, analyzeAsync } = await import('../../../src/analysis/analyze');
    const { generatedInput, indexOf } = await import('./fixtureGraphs');
    const source = await generatedInput(25_000, 5);
    const index = indexOf(source);
    // Big enough that the exact step runs on the pool (~2 700 nodes).
    expect(planShortestPaths(index).work).toBeGreaterThan((await import('../../../src/metrics/network/pathPool')).PARALLEL_MIN_WORK);
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    for (const options of [{}, { sampling: { minNodes: 0, epsilon: 0.02 } }]) {
      expect(await analyzeAsync(source.input, source.config, { ...options, pool })).toEqual(analyze(source.input, source.config, options));
    }
  });

  it('analyzeAsync: the pool\'s run starts before the other steps and is awaited after them; its failure is the analysis\' error', async () => {
    const { analyzeAsync } = await import('../../../src/analysis/analyze');
    const { generatedInput } = await import('./fixtureGraphs');
    const source = await generatedInput(25_000, 5);
    // A pool that fails at once: the analysis goes on with its other steps (several event-loop
    // turns pass with the rejection pending, which must not count as unhandled), then reports it.
    const turns = countingTurns();
    const failing: ShortestPathPool = {
      size: 2,
      run: () => {
        turns.start();
        return Promise.reject(new Error('worker died'));
      },
    };
    await expect(analyzeAsync(source.input, source.config, { pool: failing })).rejects.toThrow('worker died');
    turns.stop();
    expect(turns.turns).toBeGreaterThan(0); // the analysis paused between its steps after starting the run
  });

  it('a failing task rejects the run with the worker’s error; the pool works again afterwards', async () => {
    const pool = createWorkerPool({ threads: 2 });
    pools.push(pool);
    const index = buildGraphIndex(randomDigraph(40, 120, 5));
    const plan = planShortestPaths(index);
    const bad = [{ kind: 'sources', sources: null } as unknown as PathTask];
    await expect(pool.run(plan.graph, bad, () => {}, 2)).rejects.toThrow(/shortest-path worker, task 0/);
    await pool.run(plan.graph, plan.tasks, (i, r) => plan.accept(i, r), 2);
    expectSameBits(plan.finish(), shortestPathCentralities(index));
  });

  it('rejects a bad thread count with invalid_option', () => {
    expect(() => createWorkerPool({ threads: 0 })).toThrow(expect.objectContaining({ code: 'invalid_option', path: ['threads'] }));
    expect(() => createWorkerPool({ threads: 1.5 })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});

describe('operation counts (a regression guard that cannot flake)', () => {
  it('exact: one search per node serves betweenness, harmonic and closeness together', () => {
    const index = buildGraphIndex(randomDigraph(600, 2400, 9));
    const all = shortestPathCentralities(index, { closeness: true });
    expect(all.searches).toBe(index.order);
  });

  it('sampled: one search per sampled path plus one per sampled source, as recorded', () => {
    const index = buildGraphIndex(randomDigraph(600, 2400, 9));
    const r = shortestPathCentralities(index, { sampling: { epsilon: 0.05, harmonicEpsilon: 0.2 } });
    expect(r.sampling!.harmonic!.samples).toBeLessThan(index.order);
    expect(r.searches).toBe(r.sampling!.betweenness!.samples + r.sampling!.harmonic!.samples);
  });
});
