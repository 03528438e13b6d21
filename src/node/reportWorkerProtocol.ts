/**
 * What the CLI's report thread (./reportWorker.ts) and the main thread (./reportWorkerHost.ts) say
 * to each other. Two things cannot cross a thread as they are:
 * - the graph: a graphology instance loses its class in a structured clone, and the whole interaction
 *   list with every attribute is more than the report reads; it goes as `networkData(interactions)`
 *   (src/write/layout.ts), what the network map reads, its typed arrays transferred, not copied;
 * - errors: a DdciError arrives as plain data and is rebuilt ({@link packError}, {@link unpackError}),
 *   so that its code (and the exit code the CLI picks from it) survives.
 */
import type { Analysis } from '../analysis/schema';
import { DdciError, isDdciError, type Problem } from '../errors';
import type { Lang } from '../write/format';
import type { NetworkData } from '../write/layout';

/** The report's options that travel to the thread (the graph goes as network data beside them). */
export interface ReportThreadOptions {
  lang: Lang;
  slaWorkingHours: number;
  previous?: Analysis;
}

/** Main thread → report thread. */
export type ToReportThread = { type: 'render'; analysis: Analysis; network: NetworkData | null; options: ReportThreadOptions };

/** An error as plain data. */
export type PackedError =
  | { ddci: true; problems: Problem[]; code: string; message: string }
  | { ddci: false; name: string; message: string; stack?: string };

/** Report thread → main thread. */
export type FromReportThread = { type: 'done'; html: string } | { type: 'error'; error: PackedError };

/**
 * The buffers of network data, to transfer rather than copy.
 * @example worker.postMessage({ type: 'render', analysis, network, options }, networkTransfer(network));
 */
export function networkTransfer(network: NetworkData | null): ArrayBuffer[] {
  return network === null ? [] : [network.sources, network.targets, network.weights].map((a) => a.buffer as ArrayBuffer);
}

/**
 * An error as plain data (a DdciError keeps its code, problems and message).
 * @example unpackError(packError(new DdciError({ code: 'report_unavailable', path: [], message: 'no vega' }))).code // 'report_unavailable'
 */
export function packError(error: unknown): PackedError {
  if (isDdciError(error)) return { ddci: true, problems: error.problems.map((p) => ({ ...p, path: [...p.path] })), code: error.code, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  return { ddci: false, name: e.name, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
}

/**
 * The error {@link packError} packed: a DdciError with the same code and problems, or an Error.
 * @example worker.on('message', (m: FromReportThread) => { if (m.type === 'error') reject(unpackError(m.error)); });
 */
export function unpackError(packed: PackedError): Error {
  if (packed.ddci) return new DdciError(packed.problems, { code: packed.code, message: packed.message });
  const error = new Error(packed.message);
  error.name = packed.name;
  if (packed.stack !== undefined) error.stack = packed.stack;
  return error;
}
