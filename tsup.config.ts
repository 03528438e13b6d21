import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { bundledNotices } from './scripts/bundledNotices';

/**
 * Three entries (`ddci-sna`, `ddci-sna/node`, `ddci-sna/report`), each in ESM and CommonJS with
 * types for both, and the executable with its report thread and its vega. See docs/decisions.md "Packaging".
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

// The shortest-path pool's worker thread (createWorkerPool): a file of its own beside the bundles,
// in each format (found from import.meta.url, which rollup rewrites for CJS); no types, nobody
// imports it. Its ES module is built with the executable (below), one file like the CLI's report thread.
const worker = { pathWorker: 'src/node/pathWorker.ts' };

/** Where the executable's files find vega and vega-lite: the copies bundled beside them (below). */
const bundledVega: Plugin = {
  name: 'bundled-vega',
  setup(build) {
    build.onResolve({ filter: /^vega(-lite)?$/ }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

const notices = bundledNotices('dist/THIRD-PARTY-NOTICES.md');

/** Bundled CommonJS modules call `require`, which an ES module has to make for them. */
const requireBanner = { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" };

/**
 * The executable, `dist/cli.js`, entered by src/node/main.ts (the one module that runs anything when
 * loaded, its shebang kept by esbuild; importing `ddci-sna/node` never runs a command), its report
 * thread, `dist/reportWorker.js`, and the pool's thread, `dist/pathWorker.js` (also the library's
 * ESM pool's): each one file with the library and its dependencies in it,
 * because a command's start is mostly Node resolving, reading and linking a few hundred small ES
 * modules (figures in docs/decisions.md, "Packaging"). vega and vega-lite are the executable's own
 * copies, `dist/vega.js` and `dist/vega-lite.js` (the same code on the report thread and, with
 * `--threads 1`, on the main thread), loaded only when a report is written; hyparquet-writer stays
 * an import, loaded only when a Parquet file is written.
 */
const executable = {
  entry: { cli: 'src/node/main.ts', reportWorker: 'src/node/reportWorker.ts', ...worker },
  format: ['esm'],
  target: 'node20',
  // No map: it would be 3.8 MB, twice the rest of the package; the file is unminified, its stack
  // traces read as they are (esbuild marks each module's source path in it).
  sourcemap: false,
  splitting: false,
  // Every package but hyparquet-writer (noExternal wins over external, hence the pattern); vega and
  // vega-lite are resolved to their bundled copies by `bundledVega`.
  noExternal: [/^(?!(vega|vega-lite|hyparquet-writer)$)/],
  external: ['hyparquet-writer'],
  esbuildPlugins: [bundledVega, notices],
  banner: requireBanner,
} satisfies Options;

/**
 * The executable's vega and vega-lite, bundled (their ~40 packages' modules in two files and a
 * shared chunk): the report thread loads them with ~0.17 s less CPU than the packages from
 * node_modules (docs/decisions.md, "Packaging"). Minified, for the package's size (0.8 MB instead
 * of 1.7 MB; the same load time): an error inside vega keeps its message. The library's
 * `renderReport` keeps importing the packages themselves (optional dependencies).
 */
const executableVega = {
  entry: { vega: 'src/node/vendor/vega.ts', 'vega-lite': 'src/node/vendor/vegaLite.ts' },
  format: ['esm'],
  target: 'node20',
  sourcemap: false,
  splitting: true,
  minify: true,
  noExternal: [/.*/],
  esbuildPlugins: [notices],
  esbuildOptions(options) {
    options.chunkNames = 'vega-[hash]';
  },
  banner: requireBanner,
} satisfies Options;

export default defineConfig([
  // ESM.
  { ...library, format: ['esm'] },
  executable,
  executableVega,
  // CommonJS: tsup converts esbuild's ESM chunks to CommonJS. With `treeshake` it does so with
  // rollup, which keeps a dynamic import() of a package as a real import() — what vega (ESM with
  // top-level await) and hyparquet-writer (ESM) need, as neither can be require()d on every Node 20
  // — where tsup's default converter (sucrase) would turn it into a require().
  { ...library, entry: { ...library.entry, ...worker }, dts: { entry: library.entry }, format: ['cjs'], treeshake: true },
]);
