/**
 * The worker thread of `createWorkerPool()`: receives a run (a graph, its task list and the run's
 * shared task counter), then takes the next task from the counter until none is left, running each
 * with the core's kernel (one workspace per graph) and sending each result back, its arrays
 * transferred, not copied. Tasks are taken here, not handed out by the pool, so the workers keep
 * busy while the calling thread is busy too (the analysis goes on with its other steps).
 * Built to `dist/pathWorker.js` / `dist/pathWorker.cjs`.
 */
import { parentPort } from 'node:worker_threads';
import { createPathWorkspace, runPathTask, type PathTask } from '../metrics/network/pathKernel';
import type { PoolMessage } from './workerPool';

parentPort!.on('message', (message: PoolMessage) => {
  const { graph, tasks, next } = message;
  const workspace = createPathWorkspace(graph);
  for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
    try {
      const result = runPathTask(graph, tasks[index] as PathTask, workspace);
      const transfer: ArrayBuffer[] = [];
      for (const value of Object.values(result)) if (value instanceof Float64Array) transfer.push(value.buffer as ArrayBuffer);
      parentPort!.postMessage({ type: 'result', index, result }, transfer);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort!.postMessage({ type: 'error', index, message: e.message, stack: e.stack });
      return;
    }
  }
});
