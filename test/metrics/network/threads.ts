/**
 * Watching threads without a clock, for the pool tests: the messages posted to worker threads, and
 * the turns of the event loop that pass.
 */
import { Worker } from 'node:worker_threads';

/** Records every message posted to any worker thread (and the last worker posted to) until `stop()`. */
export function watchingWorkers(): { readonly messages: unknown[]; readonly count: number; readonly last: Worker | null; stop(): void } {
  const original = Worker.prototype.postMessage;
  const messages: unknown[] = [];
  let last: Worker | null = null;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<typeof original>) {
    messages.push(args[0]);
    last = this;
    return original.apply(this, args);
  };
  return {
    messages,
    get count() { return messages.length; },
    get last() { return last; },
    stop: () => { Worker.prototype.postMessage = original; },
  };
}

/** Counts the turns of the event loop (a chain of zero-delay timers) from `start()` until `stop()`. */
export function countingTurns(): { readonly turns: number; start(): void; stop(): void } {
  let turns = 0;
  let ticking = false;
  const tick = () => setTimeout(() => {
    if (!ticking) return;
    turns++;
    tick();
  }, 0);
  return {
    get turns() { return turns; },
    start() {
      if (ticking) return;
      ticking = true;
      tick();
    },
    stop() { ticking = false; },
  };
}
