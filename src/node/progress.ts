/** A progress line on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
export interface Progress {
  step(name: ProgressStep): void;
  done(): void;
}

/** The steps of a run, in order. */
export type ProgressStep = 'config' | 'ingest' | 'analyse' | 'write';

const STEPS: readonly ProgressStep[] = ['config', 'ingest', 'analyse', 'write'];

/**
 * A progress bar written with `write` (stderr), or nothing when `enabled` is false; `labels` are
 * the steps' names in the run's language.
 * @example const progress = makeProgress(process.stderr.isTTY, (t) => process.stderr.write(t), messagesFor('en').steps);
 */
export function makeProgress(
  enabled: boolean, write: (text: string) => void, labels: Readonly<Record<ProgressStep | 'done', string>>,
): Progress {
  if (!enabled) return { step() {}, done() {} };
  const started = Date.now();
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  const draw = (index: number, label: string) => {
    const bar = 24;
    const filled = Math.round((index / STEPS.length) * bar);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(bar - filled)}] ${label.padEnd(width)} ${seconds}s`);
  };
  return {
    step(name) {
      draw(STEPS.indexOf(name), labels[name]);
    },
    done() {
      draw(STEPS.length, labels.done);
      write('\n');
    },
  };
}
