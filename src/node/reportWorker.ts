/**
 * The CLI's report thread (see ./reportWorkerHost.ts): loads vega and vega-lite as soon as it
 * starts and warms them up on made-up charts (`warmUpCharts`, while the main thread ingests and
 * analyses; it stops when the report arrives), then renders the one report it is sent and sends
 * back its HTML, or its error as plain data. Built with the executable to `dist/reportWorker.js`,
 * one file with the library in it and the executable's vega beside it (tsup.config.ts).
 */
import { parentPort } from 'node:worker_threads';
import { renderReport } from '../write/report';
import { preloadVega } from '../write/vega';
import { warmUpCharts } from '../write/warmUp';
import { packError, type FromReportThread, type ToReportThread } from './reportWorkerProtocol';

let arrived = false;
void preloadVega().then(() => warmUpCharts(() => arrived));

parentPort!.on('message', (message: ToReportThread) => {
  arrived = true;
  const { analysis, petitions, network, options } = message;
  const reply = (answer: FromReportThread) => parentPort!.postMessage(answer);
  // The same options, in the same order, as outputFiles gives renderReport on the main thread.
  Promise.resolve()
    .then(() => renderReport(analysis, {
      ...(network === null ? {} : { graph: network }),
      ...(options.previous !== undefined ? { previous: options.previous } : {}),
      lang: options.lang,
      slaWorkingHours: options.slaWorkingHours,
      petitions,
    }))
    .then((html) => reply({ type: 'done', html }), (error: unknown) => reply({ type: 'error', error: packError(error) }));
});
