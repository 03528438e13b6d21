/**
 * The benchmark cannot rot: run bench/metrics.mjs at a tiny size against the TypeScript sources
 * (the bench itself imports ../dist/index.js by default, which needs a build).
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/metrics/network/index';

interface BenchRow {
  size: string;
  op: string;
  ms: number | null;
  peakRssMb: number;
  note: string;
}

describe('bench/metrics.mjs', () => {
  it('runs every op at a tiny size and reports ms and peak RSS', async () => {
    const benchPath = '../../../bench/metrics.mjs';
    const bench = (await import(/* @vite-ignore */ benchPath)) as {
      runMetricBench: (sizes: { n: number; m: number }[], options: object) => Promise<BenchRow[]>;
    };
    const rows = await bench.runMetricBench([{ n: 60, m: 200 }], { lib, log: () => {}, louvainRuns: 2 });
    const ops = rows.map((r) => r.op);
    for (const op of ['buildGraphIndex', 'pagerank', 'betweenness', 'closeness', 'harmonic', 'eigenvector',
      'hits', 'kcore', 'constraint', 'effectiveSize', 'brokerage', 'networkSummary', 'louvain (2 runs)',
      'gm pagerank', 'gm betweenness', 'gm closeness', 'gm eigenvector', 'gm hits']) {
      expect(ops).toContain(op);
    }
    for (const row of rows.filter((r) => !r.op.startsWith('gm '))) {
      expect(row.note, row.op).toBe('');
      expect(row.ms, row.op).toBeGreaterThanOrEqual(0);
      expect(row.peakRssMb).toBeGreaterThan(0);
    }
  });
});
