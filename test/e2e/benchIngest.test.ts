/**
 * bench/ingest.mjs cannot rot: its table at a tiny size, with `--warm`'s columns, against the
 * built library (`npm test` builds dist/ first).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface IngestRow { ok: boolean; records: number; cpuMs: number; warmCpuMs?: number; floorCpuMs: number }

describe('bench/ingest.mjs', () => {
  it('measures a first and a warm loadExport against the floor, the counts checked against the manifest', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ddci-bench-ingest-'));
    try {
      const benchPath = '../../bench/ingest.mjs';
      const bench = (await import(/* @vite-ignore */ benchPath)) as {
        runIngestBench: (sizes: number[], options: object) => Promise<IngestRow[]>;
      };
      const lines: string[] = [];
      const rows = await bench.runIngestBench([2_000], { warm: true, reps: 1, dataDir, log: (line: string) => lines.push(line) });
      expect(lines[0]).toMatch(/warm CPU ms\s+% floor warm/);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row!.ok).toBe(true);
      expect(row!.records).toBeGreaterThan(2_000);
      for (const figure of [row!.cpuMs, row!.warmCpuMs!, row!.floorCpuMs]) expect(figure).toBeGreaterThan(0);
      expect(lines[1]).toMatch(/ \d+ %\s+\d+\s+\d+ %/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
