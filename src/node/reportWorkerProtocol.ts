/**
 * What the CLI's report thread (./reportWorker.ts) and the main thread (./reportWorkerHost.ts) say
 * to each other. Three things do not cross a thread as they are:
 * - the analysis: it goes as `reportView(analysis, sla)` (src/write/reportView.ts), what the report
 *   reads of it — every unit and week; the petitions as their digest (the sums the report prints
 *   and the few rows it lists: a few hundred of 206 k at 2 M interactions); of the actors only
 *   those whose names it prints —, and the earlier analysis as `previousView`;
 * - the graph: a graphology instance loses its class in a structured clone, and the whole interaction
 *   list is more than the report reads; it goes as `selectNetwork(interactions, analysis)`
 *   (src/write/layout.ts), the map's nodes and edges after its selection, made on the main thread
 *   from the whole analysis (a few hundred values at any size);
 * - errors: a DdciError arrives as plain data and is rebuilt ({@link packError}, {@link unpackError}),
 *   so that its code (and the exit code the CLI picks from it) survives.
 */
import type { Analysis } from '../analysis/schema';
import { DdciError, isDdciError, type Problem } from '../errors';
import type { Lang } from '../write/format';
import type { NetworkSelection } from '../write/layout';
import type { PetitionDigest } from '../write/sections/petitions';

/** The report's options that travel to the thread (the graph goes as the map's selection beside them). */
export interface ReportThreadOptions {
  lang: Lang;
  slaWorkingHours: number;
  previous?: Analysis;
}

/** Main thread → report thread. */
export type ToReportThread = {
  type: 'render'; analysis: Analysis; petitions: PetitionDigest; network: NetworkSelection | null; options: ReportThreadOptions;
};

/** An error as plain data. */
export type PackedError =
  | { ddci: true; problems: Problem[]; code: string; message: string }
  | { ddci: false; name: string; message: string; stack?: string };

/** Report thread → main thread. */
export type FromReportThread = { type: 'done'; html: string } | { type: 'error'; error: PackedError };

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
