/**
 * The benchmark cannot rot: run bench/metrics.mjs at a tiny size against the TypeScript sources
 * (the bench itself imports ../dist/index.js by default, which needs a build), and the peers'
 * script on a tiny edge list (it reports, never fails, when Python or a tool is missing).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/metrics/network/index';
import { buildGraphIndex } from '../../../src/metrics/network/index';
import { digraph } from './graphs';

interface BenchRow {
  size: string;
  op: string;
  ms: number | null;
  cpuMs: number | null;
  peakRssMb: number;
  note: string;
}

describe('bench/metrics.mjs', () => {
  it('runs every op at a tiny size and reports ms, CPU ms and peak RSS', async () => {
    const benchPath = '../../../bench/metrics.mjs';
    const bench = (await import(/* @vite-ignore */ benchPath)) as {
      runMetricBench: (sizes: { n: number; m: number }[], options: object) => Promise<{ rows: BenchRow[] }>;
    };
    const { rows } = await bench.runMetricBench([{ n: 60, m: 200 }], { lib, log: () => {}, louvainRuns: 2, repeat: 1 });
    const ops = rows.map((r) => r.op);
    for (const op of ['buildGraphIndex', 'pagerank', 'betweenness (1 thread)', 'betweenness + harmonic (1 thread)',
      'sampled betw. + harmonic (1 thread)', 'closeness', 'harmonic', 'eigenvector', 'hits', 'kcore', 'constraint',
      'effectiveSize', 'brokerage', 'networkSummary', 'louvain (2 runs)', 'louvain (1 run)',
      'gm pagerank', 'gm betweenness', 'gm closeness', 'gm eigenvector', 'gm hits']) {
      expect(ops).toContain(op);
    }
    for (const row of rows.filter((r) => !r.op.startsWith('gm ') && !r.op.includes('threads') && r.op !== 'generate graph')) {
      expect(row.note, row.op).toBe('');
      expect(row.ms, row.op).toBeGreaterThanOrEqual(0);
      expect(row.cpuMs, row.op).toBeGreaterThanOrEqual(0);
      expect(row.peakRssMb).toBeGreaterThan(0);
    }
  });
});

describe('bench/peers.mjs', () => {
  it('writes the edge list as source,target,weight and gets a row or a notice for every peer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-peers-'));
    try {
      const peersPath = '../../../bench/peers.mjs';
      const peers = (await import(/* @vite-ignore */ peersPath)) as {
        writeEdgeList: (index: unknown, path: string) => number;
        runPeers: (path: string, o: object) => Promise<{ tools: Record<string, string | null>; rows: { tool: string }[]; notice: string }>;
      };
      const index = buildGraphIndex(digraph([['a', 'b', 2], ['b', 'c'], ['c', 'a', 3]]));
      const csv = join(dir, 'edges.csv');
      expect(peers.writeEdgeList(index, csv)).toBe(3);
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(csv, 'utf8')).toBe('source,target,weight\n0,1,2\n1,2,1\n2,0,3\n');
      const result = await peers.runPeers(csv, { repeat: 1 });
      for (const [tool, version] of Object.entries(result.tools)) {
        if (version === null) expect(result.notice).toContain(tool);
        else expect(result.rows.filter((r) => r.tool === tool).length).toBeGreaterThan(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the edges.csv that analyze writes: a BOM, the columns by name, actor ids as text", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-peers-'));
    try {
      const peersPath = '../../../bench/peers.mjs';
      const peers = (await import(/* @vite-ignore */ peersPath)) as {
        runPeers: (path: string, o: object) => Promise<{ tools: Record<string, string | null>; rows: { tool: string; op: string; skipped?: string }[]; notice: string }>;
      };
      const csv = join(dir, 'edges.csv');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(csv, '\ufeffsource,sourceLabel,target,targetLabel,weight,comment\n100,Sở A,__proto__,B,2,2\n__proto__,B,u:x,C,1,1\nu:x,C,100,Sở A,3,3\n');
      const result = await peers.runPeers(csv, { repeat: 1 });
      expect(result.notice).not.toContain('failed');
      for (const [tool, version] of Object.entries(result.tools)) {
        if (version === null) continue;
        const rows = result.rows.filter((r) => r.tool === tool);
        expect(rows.length, tool).toBeGreaterThan(0);
        for (const row of rows) expect(row.skipped ?? '', `${tool} ${row.op}`).not.toContain('failed');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
