/** A progress line on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
export interface Progress {
  step(name: string): void;
  done(): void;
}

const STEPS = ['config', 'ingest', 'analyse', 'write'];

export function makeProgress(enabled: boolean, write: (text: string) => void): Progress {
  if (!enabled) return { step() {}, done() {} };
  const started = Date.now();
  const draw = (index: number, label: string) => {
    const width = 24;
    const filled = Math.round((index / STEPS.length) * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${label.padEnd(8)} ${seconds}s`);
  };
  return {
    step(name) {
      draw(Math.max(0, STEPS.indexOf(name)), name);
    },
    done() {
      draw(STEPS.length, 'done');
      write('\n');
    },
  };
}
