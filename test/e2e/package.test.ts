import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built package (npm test builds it first): what services and notebooks import.
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the package (dist/, as published)', () => {
  it('ESM and CJS builds expose the same named API', async () => {
    const esm = await import('../../dist/index.js');
    const cjs = require('../../dist/index.cjs');
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).filter((k) => k !== 'default').sort());
    for (const name of ['analyze', 'analyzeWithGraph', 'ingestGraphApi', 'resolveConfig', 'AnalysisSchema', 'pagerank', 'writeOutputs']) {
      expect(esm).toHaveProperty(name);
    }
    const nodeEsm = (await import('../../dist/node.js')) as Record<string, unknown>;
    const nodeCjs = require('../../dist/node.cjs');
    for (const name of ['loadExport', 'readInputFiles', 'loadConfig', 'runCli']) {
      expect(typeof nodeEsm[name]).toBe('function');
      expect(typeof nodeCjs[name]).toBe('function');
    }
  });

  it('ESM entries share their classes (a ConfigError from ddci-sna/node is a ConfigError of ddci-sna)', async () => {
    const core = await import('../../dist/index.js');
    const node = await import('../../dist/node.js');
    const error = await node.loadConfig(new URL('../../package.json', import.meta.url).pathname).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(core.ConfigError);
  });

  it('declares exports, types for both formats, no side effects and the CLI binary', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports['.'].import.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].require.types).toBe('./dist/index.d.cts');
    expect(pkg.bin['ddci-sna']).toBe('dist/cli.js');
    expect(readFileSync(new URL('../../dist/cli.js', import.meta.url), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('exposes the JSON Schema of analysis.json', async () => {
    const { analysisJsonSchema } = await import('../../dist/index.js');
    const schema = analysisJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['ingest', 'network', 'units', 'actors', 'weekly', 'petitions']));
  });
});
