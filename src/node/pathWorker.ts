/**
 * The worker thread of `createWorkerPool()`: receives a graph, then runs shortest-path tasks on it
 * with the core's kernel (one workspace per graph) and sends each result back, its arrays
 * transferred, not copied. Built to `dist/pathWorker.js` / `dist/pathWorker.cjs`.
 */
import { parentPort } from 'node:worker_threads';
import { createPathWorkspace, runPathTask, type PathGraph, type PathTask, type PathWorkspace } from '../metrics/network/pathKernel';
import type { PoolMessage } from './workerPool';

let graph: PathGraph | null = null;
let workspace: PathWorkspace | null = null;

parentPort!.on('message', (message: PoolMessage) => {
  if (message.type === 'graph') {
    graph = message.graph;
    workspace = createPathWorkspace(graph);
    return;
  }
  try {
    const result = runPathTask(graph!, message.task as PathTask, workspace!);
    const transfer: ArrayBuffer[] = [];
    for (const value of Object.values(result)) if (value instanceof Float64Array) transfer.push(value.buffer as ArrayBuffer);
    parentPort!.postMessage({ type: 'result', index: message.index, result }, transfer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ type: 'error', index: message.index, message: e.message, stack: e.stack });
  }
});
