/**
 * The executable's JIT tiering (issue 10 goal 1). V8 hands a function to its optimising compiler,
 * TurboFan, once the function has used up an "interrupt budget" of executed bytecode. A command is
 * short: at V8's default budget TurboFan compiles hundreds of functions that then run for a few
 * milliseconds more, and those compiles were ~29 % of the 50 k command's CPU (perf, V8's background
 * threads). With four times the budget only the functions that stay hot are optimised, the others
 * run on the baseline tier (Sparkplug); the 50 k command took 2.53 → 2.28 s wall, 4.52 → 3.93 s CPU
 * (the other sizes in docs/decisions.md, "The command's JIT budget"). Every output is the same to
 * the byte: tiers change speed, not results.
 *
 * Only the executable sets it (a process-wide V8 flag: the report and pool threads it starts
 * share it); the library never does, as it must not change its host's VM. Measured on V8 11.3
 * (Node 20): another V8 tiers differently, and is left alone until measured; so is a process
 * given its own `--interrupt-budget`.
 */
import { setFlagsFromString } from 'node:v8';

/** Four times V8 11.3's default `--interrupt-budget` (67,584 bytes of bytecode). */
export const COMMAND_INTERRUPT_BUDGET = 4 * 67_584;

/**
 * Sets the command's budget when the runtime is the measured one; returns whether it did.
 * @example tuneTiering(process.versions.v8, process.execArgv) // true on Node 20, once, at the start
 */
export function tuneTiering(v8Version: string, execArgv: readonly string[]): boolean {
  if (!v8Version.startsWith('11.3.')) return false;
  if (execArgv.some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg))) return false;
  setFlagsFromString(`--interrupt-budget=${COMMAND_INTERRUPT_BUDGET}`);
  return true;
}
