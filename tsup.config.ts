import { defineConfig } from 'tsup';

const library = {
  entry: { index: 'src/index.ts', node: 'src/node/index.ts', pathWorker: 'src/node/pathWorker.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
} as const;

export default defineConfig([
  // ESM: one shared chunk, so `ddci-sna` and `ddci-sna/node` share classes (instanceof ConfigError).
  { ...library, format: ['esm'], splitting: true },
  // CJS: no splitting — tsup's CJS chunks turn the report's dynamic import() of vega (ESM with
  // top-level await) into a require() that Node refuses. Check errors by `code` across entries.
  // shims: import.meta.url for the worker pool, which finds dist/pathWorker.cjs beside itself.
  { ...library, format: ['cjs'], splitting: false, shims: true },
  // The CLI: one ESM file with a shebang.
  { entry: { cli: 'src/node/cli.ts' }, format: ['esm'], target: 'node20', banner: { js: '#!/usr/bin/env node' }, sourcemap: true },
]);
