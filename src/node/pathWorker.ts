/**
 * The worker thread of `createWorkerPool()`. A run (a graph, its task list and the run's shared
 * task counter): takes the next task from the counter until none is left, running each with the
 * core's kernel (one workspace per graph) and sending each result back, its arrays transferred,
 * not copied. Tasks are taken here, not handed out by the pool, so the workers keep busy while the
 * calling thread is busy too (the analysis goes on with its other steps). A structure job (the
 * index's arrays): computes the core's `structureFigures` and sends them back, transferred.
 * Built to `dist/pathWorker.js` / `dist/pathWorker.cjs`.
 */
import { parentPort } from 'node:worker_threads';
import type { GraphArrays } from '../graph/index';
import { createPathWorkspace, runPathTask, type PathGraph, type PathTask } from '../metrics/network/pathKernel';
import { structureFigures } from '../metrics/network/structure';
import type { PoolMessage, WorkerMessage } from './workerPool';

parentPort!.on('message', (message: PoolMessage) => {
  if (message.type === 'structure') structureJob(message.id, message.graph);
  else run(message.graph, message.tasks, message.next);
});

function run(graph: PathGraph, tasks: readonly PathTask[], next: Int32Array): void {
  const workspace = createPathWorkspace(graph);
  for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
    try {
      const result = runPathTask(graph, tasks[index] as PathTask, workspace);
      post({ type: 'result', index, result }, buffersOf(result));
    } catch (error) {
      post({ type: 'error', index, ...described(error) });
      return;
    }
  }
}

function structureJob(id: number, graph: GraphArrays): void {
  try {
    const figures = structureFigures(graph);
    post({ type: 'structure', id, figures }, buffersOf(figures));
  } catch (error) {
    post({ type: 'structureError', id, ...described(error) });
  }
}

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

function described(error: unknown): { message: string; stack?: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message, stack: e.stack };
}

/** The buffers of the typed arrays among `value`'s fields and their fields' fields (each once). */
function buffersOf(value: object): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (ArrayBuffer.isView(v)) buffers.add(v.buffer as ArrayBuffer);
    else if (depth > 0 && v !== null && typeof v === 'object') for (const field of Object.values(v)) visit(field, depth - 1);
  };
  visit(value, 2);
  return [...buffers];
}
