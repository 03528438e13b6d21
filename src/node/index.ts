/** The node layer (`ddci-sna/node`): what touches files. The core (`ddci-sna`) does no I/O. */
export { loadExport, readInputFiles, InputError, type LoadExportOptions } from './loadExport';
export { loadConfig, runCli, VERSION, type CliIo, type LoadConfigOptions } from './cli';
export { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './workerPool';
