/**
 * The structure job (every network metric but the all-pairs ones) on a pool thread gives the same
 * bits as on the calling thread: the same code on the same arrays (Louvain is seeded). Oracle: the
 * calling thread's `structureFigures`, compared byte for byte (NaN, −0 included); the figures
 * themselves are checked against networkx elsewhere (karate, small, handcomputed tests). Tests with
 * the real worker threads use the build (`dist/node.js`, made by `npm test`'s pretest step).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  buildGraphIndex, graphArraysOf, STRUCTURE_MIN_EDGES, startStructure, structureFigures,
  type GraphArrays, type ShortestPathPool, type StructureFigures,
} from '../../../src/metrics/network/index';
import { analyze, analyzeAsync } from '../../../src/analysis/analyze';
import { generatedInput, indexOf, type AnalysisInput } from './fixtureGraphs';
import { randomDigraph } from './graphs';
import { countingTurns, watchingWorkers } from './threads';

// Counts the calling thread's structure jobs (the module's own function, wrapped).
const local = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/metrics/network/structure', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/metrics/network/structure')>();
  return {
    ...original,
    structureFigures: (graph: GraphArrays) => {
      local.calls++;
      return original.structureFigures(graph);
    },
  };
});

interface NodePool extends ShortestPathPool {
  structure(graph: GraphArrays): Promise<StructureFigures>;
  close(): Promise<void>;
}
const nodeLayer = '../../../dist/node.js';
const { createWorkerPool } = (await import(/* @vite-ignore */ nodeLayer)) as {
  createWorkerPool: (o?: { threads?: number }) => NodePool;
};
const pools: NodePool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});
/** A fixture-shaped export (25 000 interactions, ~20 000 edges), made once. */
let generated: Promise<AnalysisInput> | undefined;
const fixtureShaped = () => (generated ??= generatedInput(25_000, 5));

function newPool(): NodePool {
  const pool = createWorkerPool({ threads: 2 });
  pools.push(pool);
  return pool;
}

/** Every field equal to the bit: typed arrays byte for byte, numbers by Object.is. */
function expectSameBits(a: unknown, b: unknown, path = 'figures'): void {
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    expect(a.constructor, path).toBe(b.constructor);
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    expect(bytes(a).equals(bytes(b)), `${path}: same bytes`).toBe(true);
  } else if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(a)) expectSameBits((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  } else expect(Object.is(a, b), `${path}: ${String(a)} is ${String(b)}`).toBe(true);
}

describe('the structure job on a worker thread (createWorkerPool().structure)', () => {
  it('fast-check: the worker’s figures equal the calling thread’s bit for bit (random digraphs, empty ones included)', async () => {
    const pool = newPool();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 5, noNaN: true }), fc.nat(),
        async (n, density, seed) => {
          const index = buildGraphIndex(randomDigraph(n, Math.round(n * density), seed));
          expectSameBits(await pool.structure(graphArraysOf(index)), structureFigures(index));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a fixture-shaped graph (generated export of 25 000 interactions): the same bits', async () => {
    const index = indexOf(await fixtureShaped());
    expect(index.size).toBeGreaterThan(10_000);
    expectSameBits(await newPool().structure(graphArraysOf(index)), structureFigures(index));
  });

  it('the job is sent the arrays only, never the node keys', async () => {
    const pool = newPool();
    const index = buildGraphIndex(randomDigraph(50, 200, 3));
    const seen = watchingWorkers();
    try {
      await pool.structure(graphArraysOf(index));
    } finally {
      seen.stop();
    }
    const posted = seen.messages;
    expect(posted).toHaveLength(1);
    const { graph } = posted[0] as { graph: Record<string, unknown> };
    expect(Object.keys(graph).sort()).toEqual(['in', 'kind', 'order', 'out', 'selfLoops', 'size', 'totalWeight', 'undirected', 'undirectedSize']);
  });

  it('every array of the index is on shared memory, so a job or a run reaches a thread without a copy (regression guard)', () => {
    const index = buildGraphIndex(randomDigraph(50, 200, 4));
    const arrays = [index.kind, ...[index.out, index.in, index.undirected].flatMap((csr) => Object.values(csr) as ArrayBufferView[])];
    expect(arrays).toHaveLength(16);
    for (const array of arrays) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('without SharedArrayBuffer (a browser that is not cross-origin isolated) the index is the same, on ordinary arrays', () => {
    const graph = randomDigraph(80, 300, 8);
    const onShared = buildGraphIndex(graph);
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'SharedArrayBuffer')!;
    Reflect.deleteProperty(globalThis, 'SharedArrayBuffer');
    let plain;
    try {
      plain = buildGraphIndex(graph);
    } finally {
      Object.defineProperty(globalThis, 'SharedArrayBuffer', saved);
    }
    expect(plain.undirected.weight.buffer).toBeInstanceOf(ArrayBuffer);
    expectSameBits(graphArraysOf(plain), graphArraysOf(onShared));
  });

  it('an error in the worker rejects the job with the worker’s message; the pool works again afterwards', async () => {
    const pool = newPool();
    const index = buildGraphIndex(randomDigraph(40, 120, 5));
    const broken = { ...graphArraysOf(index), undirected: undefined } as unknown as GraphArrays;
    await expect(pool.structure(broken)).rejects.toThrow(/^structure worker: .*undefined/);
    expectSameBits(await pool.structure(graphArraysOf(index)), structureFigures(index));
  });

  it('a worker that dies during the job rejects it (no hang); the pool starts new workers afterwards', async () => {
    const pool = newPool();
    const index = buildGraphIndex(randomDigraph(40, 120, 6));
    await pool.structure(graphArraysOf(index)); // the worker is up
    const seen = watchingWorkers();
    let job: Promise<StructureFigures>;
    try {
      job = pool.structure(graphArraysOf(buildGraphIndex(randomDigraph(3_000, 15_000, 7))));
    } finally {
      seen.stop();
    }
    await seen.last!.terminate();
    await expect(job).rejects.toThrow(/structure worker stopped/);
    expectSameBits(await pool.structure(graphArraysOf(index)), structureFigures(index));
  });
});

describe('where the analysis runs its structure job', () => {
  const sampled = { sampling: { minNodes: 0, epsilon: 0.05 } };

  // At ε = 0.01 the all-pairs run is big enough for the pool too (PARALLEL_MIN_WORK); at 0.05 it
  // runs on the calling thread while a worker computes the structure.
  it.each([
    [0.01, ['structure at turn 0, 1 message posted', 'run at turn 0, 2 messages posted']],
    [0.05, ['structure at turn 0, 1 message posted']],
  ])('beside a sampled all-pairs step (ε = %s), on the pool: posted before the run and before the analysis’ next step; the same analysis (regression guard)', async (epsilon, expected) => {
    const options = { sampling: { minNodes: 0, epsilon } };
    const source = await fixtureShaped();
    expect(indexOf(source).size).toBeGreaterThanOrEqual(STRUCTURE_MIN_EDGES);
    const real = newPool();
    const calls: string[] = [];
    const turns = countingTurns();
    const seen = watchingWorkers();
    const pool: ShortestPathPool = {
      size: 2,
      run(graph, tasks, onResult, threads) {
        const before = seen.count;
        const running = real.run(graph, tasks, onResult, threads);
        calls.push(`run at turn ${turns.turns}, ${seen.count - before} messages posted`);
        return running;
      },
      structure(graph) {
        const before = seen.count;
        const job = real.structure(graph);
        calls.push(`structure at turn ${turns.turns}, ${seen.count - before} message posted`);
        return job;
      },
    };
    local.calls = 0;
    let analysis;
    try {
      turns.start();
      // Posted synchronously, before the first turn of the event loop: the analysis' first pause
      // comes right after the start, before its next step (petitions).
      analysis = await analyzeAsync(source.input, source.config, { ...options, pool });
    } finally {
      turns.stop();
      seen.stop();
    }
    expect(calls).toEqual(expected);
    expect(local.calls).toBe(0); // the calling thread never computed it
    expect(analysis).toEqual(analyze(source.input, source.config, options));
    expect(local.calls).toBe(1); // analyze() did, on this thread
  });

  it('on the calling thread without a pool, with one thread, beside an exact step, and below STRUCTURE_MIN_EDGES', async () => {
    const source = await fixtureShaped();
    const real = newPool();
    let asked = 0;
    const pool: ShortestPathPool = {
      size: 2,
      run: (...args) => real.run(...args),
      structure: (graph) => {
        asked++;
        return real.structure(graph);
      },
    };
    for (const options of [{ ...sampled }, { ...sampled, pool, threads: 1 }, { pool }]) {
      local.calls = 0;
      await analyzeAsync(source.input, source.config, options);
      expect(local.calls, JSON.stringify(Object.keys(options))).toBe(1);
    }
    expect(asked).toBe(0);
    const small = buildGraphIndex(randomDigraph(100, 300, 1));
    expect(small.size).toBeLessThan(STRUCTURE_MIN_EDGES);
    expect(startStructure(small, pool, 2)).toBeNull();
    expect(asked).toBe(0);
    // A pool without `structure` (a custom pool from before it existed) is fine too.
    expect(startStructure(graphArraysOf(buildGraphIndex(randomDigraph(3_000, 15_000, 2))), { size: 2, run: real.run }, 2)).toBeNull();
  });

  it('a structure job that fails is the analysis’ error', async () => {
    const source = await fixtureShaped();
    const real = newPool();
    const pool: ShortestPathPool = {
      size: 2,
      run: (...args) => real.run(...args),
      structure: () => Promise.reject(new Error('structure worker: out of memory')),
    };
    await expect(analyzeAsync(source.input, source.config, { ...sampled, pool })).rejects.toThrow('structure worker: out of memory');
  });
});
