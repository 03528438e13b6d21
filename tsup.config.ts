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

/**
 * The executable, `dist/cli.js`, entered by src/node/main.ts (the one module that runs anything when
 * loaded, its shebang kept by esbuild; importing `ddci-sna/node` never runs a command): one file with
 * the library and its dependencies in it, because a command's start is mostly Node resolving,
 * reading and linking a few hundred small ES modules (figures in docs/decisions.md, "Packaging").
 * vega, vega-lite (optional) and hyparquet-writer stay imports, loaded only when a report or a
 * Parquet file is written. The dependencies' CommonJS modules call `require`, which an ES module
 * has to make for them.
 */
const executable = {
  entry: { cli: 'src/node/main.ts' },
  format: ['esm'],
  target: 'node20',
  // No map: it would be 3.8 MB, twice the rest of the package; the file is unminified, its stack
  // traces read as they are (esbuild marks each module's source path in it).
  sourcemap: false,
  splitting: false,
  // Every package but those three. noExternal wins over external, hence the pattern; external is
  // still needed, as tsup would bundle vega and vega-lite (optional, not dependencies) by default.
  noExternal: [/^(?!(vega|vega-lite|hyparquet-writer)$)/],
  external: ['vega', 'vega-lite', 'hyparquet-writer'],
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
} satisfies Options;

export default defineConfig([
  // ESM.
  { ...library, entry: { ...library.entry, ...worker }, dts: { entry: library.entry }, format: ['esm'] },
  executable,
  // CommonJS: tsup converts esbuild's ESM chunks to CommonJS. With `treeshake` it does so with
  // rollup, which keeps a dynamic import() of a package as a real import() — what vega (ESM with
  // top-level await) and hyparquet-writer (ESM) need, as neither can be require()d on every Node 20
  // — where tsup's default converter (sucrase) would turn it into a require().
  { ...library, entry: { ...library.entry, ...worker }, dts: { entry: library.entry }, format: ['cjs'], treeshake: true },
]);
