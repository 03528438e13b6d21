/**
 * The CLI's report, off the main thread: {@link startReportWorker} starts a worker thread at the
 * beginning of `analyze`, which loads vega and vega-lite while the main thread ingests; once the
 * analysis is done, {@link ReportWorker.render} sends what the report reads of it (privacy already
 * applied): the report's view of the analysis (`reportView`: every unit and week, the petitions'
 * digest — their sums and the rows listed —, the few actors whose names it prints) and the
 * network map's selection of the graph (`selectNetwork`),
 * both bounded whatever the number of actors (./reportWorkerProtocol.ts); the report is drawn
 * while the main thread writes analysis.json, the CSVs and the GEXF. The bytes are those of
 * `renderReport` on the main thread with the whole analysis and graph (the same function, the
 * same options). An error of the report arrives with its code.
 *
 * The library's `renderReport` stays what it is (pure, any runtime); this is the CLI's scheduling.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../analysis/schema';
import type { GraphInput } from '../write/graphInput';
import { selectNetwork } from '../write/layout';
import { previousView, reportView } from '../write/reportView';
import { unpackError, type FromReportThread, type ReportThreadOptions, type ToReportThread } from './reportWorkerProtocol';

export interface ReportWorker {
  /**
   * Render the report of `analysis` on the thread (once per worker). The promise is already
   * handled: a failure that nobody awaits (the command failed earlier) is not an unhandled rejection.
   */
  render(analysis: Analysis, graph: GraphInput | null, options: ReportThreadOptions): Promise<string>;
  /** Stop the thread (whatever it is doing); the process never waits for it. */
  close(): void;
}

/**
 * A report thread, or null where there is none to be had (no worker file beside this bundle, as
 * when the CLI runs from its TypeScript sources or the CommonJS build; a runtime without worker
 * threads): the caller renders on its own thread then.
 * @example
 * const worker = startReportWorker();
 * try {
 *   // … ingest, analyse …
 *   const html = worker ? await worker.render(analysis, interactions, { lang: 'vi', slaWorkingHours: 8 }) : await renderReport(analysis, { interactions });
 * } finally { worker?.close(); }
 */
export function startReportWorker(): ReportWorker | null {
  const file = workerFile();
  if (file === null) return null;
  let worker: Worker;
  try {
    worker = new Worker(file);
  } catch {
    return null;
  }
  // Loading vega must not keep the process alive: the thread holds it only while it renders.
  worker.unref();
  return {
    render(analysis, graph, options) {
      const result = new Promise<string>((resolve, reject) => {
        worker.on('message', (message: FromReportThread) => {
          if (message.type === 'done') resolve(message.html);
          else reject(unpackError(message.error));
          // One report per thread: its heap (the view, vega's scenegraphs, ~350 MB at 2 M
          // interactions) goes now, not when the command ends, while the main thread still writes.
          void worker.terminate();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`report thread stopped (exit code ${code})`)));
        const network = graph === null ? null : selectNetwork(graph, analysis);
        const { previous, ...rest } = options;
        const sent = { ...rest, ...(previous === undefined ? {} : { previous: previousView(previous) }) };
        const view = reportView(analysis, options.slaWorkingHours);
        worker.postMessage({ type: 'render', analysis: view.analysis, petitions: view.petitions, network, options: sent } satisfies ToReportThread);
        worker.ref();
      });
      result.catch(() => undefined);
      return result;
    },
    close() {
      void worker.terminate();
    },
  };
}

/**
 * The worker's file beside this bundle (`reportWorker.js`, built with the executable: ESM only, so
 * the CommonJS build has none); null when not built.
 */
function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (extname(here) !== '.js') return null;
  const file = join(dirname(here), 'reportWorker.js');
  return existsSync(file) ? file : null;
}
