import { defineConfig, type Options } from 'tsup';

/**
 * Three entries (`ddci-sna`, `ddci-sna/node`, `ddci-sna/report`), each in ESM and CommonJS with
 * types for both, and the executable. See docs/decisions.md "Packaging".
 */
const library = {
  entry: { index: 'src/index.ts', node: 'src/node/index.ts', report: 'src/report/index.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
  // The entries share their chunks, so they share one copy of every class: a ConfigError thrown by
  // `ddci-sna/node` is a ConfigError of `ddci-sna`, in ESM and in CommonJS.
  splitting: true,
  // tsup leaves `dependencies` and `peerDependencies` out of the bundle, not `optionalDependencies`.
  external: ['vega', 'vega-lite'],
} satisfies Options;

// The worker threads — the shortest-path pool's (createWorkerPool) and the CLI's report thread
// (startReportWorker): files of their own beside the bundles, in each format (each is found from
// import.meta.url, which rollup rewrites for CJS); no types, nobody imports them.
const worker = { pathWorker: 'src/node/pathWorker.ts', reportWorker: 'src/node/reportWorker.ts' };

export default defineConfig([
  // ESM, and the executable: `dist/cli.js`, entered by src/node/main.ts (the one module that runs
  // anything when loaded, its shebang kept by esbuild), shares the library's chunks; importing
  // `ddci-sna/node` never runs a command.
  { ...library, entry: { ...library.entry, ...worker, cli: 'src/node/main.ts' }, dts: { entry: library.entry }, format: ['esm'] },
  // CommonJS: tsup converts esbuild's ESM chunks to CommonJS. With `treeshake` it does so with
  // rollup, which keeps a dynamic import() of a package as a real import() — what vega (ESM with
  // top-level await) and hyparquet-writer (ESM) need, as neither can be require()d on every Node 20
  // — where tsup's default converter (sucrase) would turn it into a require().
  { ...library, entry: { ...library.entry, ...worker }, dts: { entry: library.entry }, format: ['cjs'], treeshake: true },
]);
