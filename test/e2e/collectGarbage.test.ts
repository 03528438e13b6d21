/**
 * Issue 10, goal 5: the CLI collects the analysis's garbage once, between the analysis and the
 * writers (src/node/collectGarbage.ts). The oracles: a WeakRef to an object nobody holds is
 * cleared by the collection (V8's own word that the object is gone), and the flag that lends the
 * collector is set back (no `gc` in this context nor in a context made later). The guard on the
 * CLI is a count, not a clock: one collection per `analyze`, made before the output directory's
 * temporary sibling exists (before any file is written), none for `validate`.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { collectGarbage } from '../../src/node/collectGarbage';
import { runCliCaptured, tempDir } from '../helpers/outputs';

const calls = vi.hoisted(() => ({ count: 0, outputsStarted: [] as boolean[], out: '' }));

vi.mock('../../src/node/collectGarbage', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/node/collectGarbage')>();
  const { readdirSync } = await import('node:fs');
  const path = await import('node:path');
  return {
    collectGarbage: () => {
      calls.count += 1;
      if (calls.out !== '') {
        const siblings = readdirSync(path.dirname(calls.out));
        calls.outputsStarted.push(siblings.some((name) => name.startsWith(`.${path.basename(calls.out)}.tmp-`)));
      }
      return actual.collectGarbage();
    },
  };
});

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;

describe('collectGarbage (issue 10 goal 5)', () => {
  it('collects an object nobody holds any more (its WeakRef is cleared), and leaves no gc behind', async () => {
    const hadGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    let held: { rows: number[] } | null = { rows: Array.from({ length: 100_000 }, (_, i) => i) };
    const ref = new WeakRef(held);
    held = null;
    // A WeakRef's target is kept until the end of the job that made or read it: collect after it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
    expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(hadGc);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });

  it('runs once per analyze, before any file is written; never for validate', async () => {
    const out = await tempDir('ddci-gc-');
    calls.out = join(out, 'run');
    const before = calls.count;
    const run = await runCliCaptured(['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', calls.out, '--quiet'], calls.out);
    expect(run.code).toBe(0);
    expect(run.files.has('report.html')).toBe(true);
    expect(calls.count - before).toBe(1);
    expect(calls.outputsStarted).toEqual([false]);
    // The run's temporary directory is gone: the files were moved into place.
    expect((await readdir(dirname(calls.out))).filter((name) => name.startsWith(`.${basename(calls.out)}.tmp-`))).toEqual([]);
    calls.out = '';
    const validated = await runCliCaptured(['validate', join(fixture, 'export'), '--config', join(fixture, 'config.json')]);
    expect(validated.code).toBe(0);
    expect(calls.count - before).toBe(1);
  }, 120_000);
});
