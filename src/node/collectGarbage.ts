/**
 * A full garbage collection of this thread's heap, now (issue 10 goal 5): what the CLI does once
 * between the analysis and the writers. At 2 M interactions the analysis leaves ~800 MB of its
 * heap unreachable (the ingested records, the resolved data, the graph index) beside the ~450 MB
 * the writers read, and V8, whose next full collection is due only when the heap has grown past
 * what the analysis held, would otherwise carry it through every file written: the peak of the run
 * (docs/decisions.md, "A full collection before the files are written").
 *
 * Node gives V8's `gc()` to scripts only under `--expose-gc`. That flag, set at run time, applies
 * to the contexts made after it: one new context lends its `gc`, and the flag is set back at once,
 * so nothing else (the report thread, a later context) sees it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

/** V8's `gc()`: the global one under `--expose-gc`, else one borrowed from a new context; null where neither can be had. */
function gcFunction(): (() => void) | null {
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === 'function') return global as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const borrowed: unknown = runInNewContext('gc');
    return typeof borrowed === 'function' ? (borrowed as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Collect this thread's garbage now, in full (a pause of a few hundred milliseconds at 2 M
 * interactions, a few at 50 k); false where the runtime gives no way to (nothing is done then).
 * @example
 * const { analysis, interactions } = await analyzeWithGraphAsync(input, config, { pool });
 * input = null;
 * collectGarbage(); // the ingested records go now, not while the files are written
 */
export function collectGarbage(): boolean {
  if (collector === undefined) collector = gcFunction();
  if (collector === null) return false;
  collector();
  return true;
}
