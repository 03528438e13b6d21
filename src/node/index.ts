/** The node layer (`ddci-sna/node`): what touches files. The core (`ddci-sna`) does no I/O. */
export { loadExport, readInputFiles, InputError } from './loadExport';
export { loadConfig, runCli, type CliIo } from './cli';
export { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './workerPool';
