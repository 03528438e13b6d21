/**
 * bench/exitUsage.mjs, preloaded into the command bench's child (bench/command.mjs): the child's
 * CPU and peak RSS arrive in the file it is told, whatever way the process exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const preload = pathToFileURL(resolve('bench/exitUsage.mjs')).href;

describe('bench/exitUsage.mjs', () => {
  it('writes the process CPU and peak RSS at exit, also on process.exit with an error code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-usage-'));
    try {
      const file = join(dir, 'usage.json');
      // ~40 MB held and some work: the figures must reflect them.
      const script = 'const a = new Array(5e6).fill(1); let s = 0; for (const x of a) s += x; process.exit(s === 5e6 ? 3 : 4)';
      let code = 0;
      try {
        execFileSync(process.execPath, ['--import', preload, '-e', script], { env: { ...process.env, DDCI_BENCH_USAGE: file } });
      } catch (error) {
        code = (error as { status: number }).status;
      }
      expect(code).toBe(3);
      const usage = JSON.parse(await readFile(file, 'utf8')) as { cpuMs: number; maxRssKiB: number };
      expect(usage.cpuMs).toBeGreaterThan(0);
      expect(usage.maxRssKiB).toBeGreaterThan(40 * 1024);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves a process without a file named as it is', async () => {
    const out = execFileSync(process.execPath, ['--import', preload, '-e', 'console.log("ok")'], { env: { ...process.env, DDCI_BENCH_USAGE: '' }, encoding: 'utf8' });
    expect(out).toBe('ok\n');
  });
});
