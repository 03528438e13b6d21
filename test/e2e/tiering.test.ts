/**
 * Issue 10, goal 1: the executable raises V8's interrupt budget (src/node/tiering.ts), so that
 * TurboFan compiles only what stays hot in a short command. Two things are checked:
 * - the decision: set once, on the V8 it was measured on, never over a budget the process was given;
 * - the mechanism it relies on, in V8's own words: a budget set at run time (as `tuneTiering` sets
 *   it) delays a function's TurboFan tier. The oracle is `%ActiveTierIsTurbofan` in a child process
 *   with synchronous optimisation, where tiering is deterministic: the number of calls before the
 *   function runs optimised grows with the budget (25 → 97 calls at 4× on V8 11.3).
 */
import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const flags = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:v8')>()),
  setFlagsFromString: (text: string) => {
    flags.push(text);
  },
}));

const { COMMAND_INTERRUPT_BUDGET, tuneTiering } = await import('../../src/node/tiering');

describe('tuneTiering', () => {
  beforeEach(() => {
    flags.length = 0;
  });

  it('sets four times the default budget on V8 11.3, the one measured', () => {
    expect(tuneTiering('11.3.244.8-node.38', [])).toBe(true);
    expect(flags).toEqual([`--interrupt-budget=${4 * 67_584}`]);
  });

  it('leaves another V8 alone, and a budget the process was given', () => {
    expect(tuneTiering('12.4.254.21-node.33', [])).toBe(false);
    expect(tuneTiering('11.3.244.8-node.38', ['--interrupt-budget=1000'])).toBe(false);
    expect(tuneTiering('11.3.244.8-node.38', ['--max-old-space-size=4096', '--interrupt_budget=5'])).toBe(false);
    expect(flags).toEqual([]);
  });

  it('is not fooled by a flag that only starts the same way', () => {
    expect(tuneTiering('11.3.244.8-node.38', ['--interrupt-budget-for-feedback-allocation=940'])).toBe(true);
  });
});

/** Calls of a small looping function before it runs as TurboFan code, with `budget` set at run time (or V8's default). */
function callsBeforeTurbofan(budget: number | null): number {
  const script = `
    ${budget === null ? '' : `require('node:v8').setFlagsFromString('--interrupt-budget=${budget}');`}
    function work(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; }
    let calls = 0;
    for (; calls < 100000 && !%ActiveTierIsTurbofan(work); calls++) work(100);
    console.log(calls);`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe.runIf(process.versions.v8.startsWith('11.3.'))('a budget set at run time (V8 11.3)', () => {
  it('delays TurboFan: several times the calls before a function is optimised', () => {
    const before = callsBeforeTurbofan(null);
    const after = callsBeforeTurbofan(COMMAND_INTERRUPT_BUDGET);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThan(100_000); // still optimised in the end
    expect(after).toBeGreaterThanOrEqual(3 * before);
  });
});
