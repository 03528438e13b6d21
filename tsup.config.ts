import { defineConfig } from 'tsup';

const library = {
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
} as const;

export default defineConfig([
  // ESM: one shared chunk, so `ddci-sna` and `ddci-sna/node` share classes (instanceof ConfigError).
  { ...library, format: ['esm'], splitting: true },
  // CJS: no splitting — tsup's CJS chunks turn the report's dynamic import() of vega (ESM with
  // top-level await) into a require() that Node refuses. Check errors by `code` across entries.
  { ...library, format: ['cjs'], splitting: false },
  // The executable: its own ESM bundle with a shebang, entered by src/node/main.ts (the one module
  // that runs anything when loaded), so that importing `ddci-sna/node` never runs a command.
  { entry: { cli: 'src/node/main.ts' }, format: ['esm'], target: 'node20', banner: { js: '#!/usr/bin/env node' }, sourcemap: true },
]);
