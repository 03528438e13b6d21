/**
 * bench/command.mjs's peer column when the networkx pipeline is too slow: it is stopped at the
 * time limit and the row gives lower bounds ("> 1" s, ours "> …×" faster) instead of waiting
 * (Debian's networkx takes over ten minutes at 50 k). The peer here is a stand-in Python that
 * sleeps ($BENCH_PYTHON), so the case needs neither Python nor networkx; the command is the built
 * one (`npm test` builds dist/ first) on a tiny export.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('bench/command.mjs', () => {
  it('stops a peer past --peer-timeout and prints lower bounds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-bench-command-'));
    const python = process.env.BENCH_PYTHON;
    try {
      const sleeper = join(dir, 'python3');
      await writeFile(sleeper, '#!/bin/sh\nexec sleep 30\n');
      await chmod(sleeper, 0o755);
      process.env.BENCH_PYTHON = sleeper;
      const benchPath = '../../bench/command.mjs';
      const bench = (await import(/* @vite-ignore */ benchPath)) as {
        runCommandBench: (options: object) => Promise<void>;
      };
      const lines: string[] = [];
      const started = performance.now();
      await bench.runCommandBench({ sizes: [2_000], reps: 1, peerTimeoutS: 1, dataDir: join(dir, 'data'), log: (line: string) => lines.push(line) });
      expect(performance.now() - started).toBeLessThan(25_000); // the sleeper was stopped, not waited for
      expect(lines[0]).toMatch(/networkx s\s+networkx ÷ ours$/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^2000 .* > 1\s+> \d+\.\d×$/);
    } finally {
      if (python === undefined) delete process.env.BENCH_PYTHON;
      else process.env.BENCH_PYTHON = python;
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
