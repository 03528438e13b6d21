/**
 * The package as published (issue 11 item 9): what `npm pack` makes, installed the way a service
 * and a notebook install it, checked the way their tools check it.
 *
 * - The built entries: ESM and CommonJS expose the same names; the root exports what users call
 *   (no report internals); classes are shared across entry points in both formats.
 * - `npm pack`, then `npm ci --offline` into two consumer projects (no network: the consumer's
 *   lockfile pins the versions of this repository's lockfile, whose tarballs `npm ci` has cached):
 *   a CommonJS service that installs the core only (`--omit=optional`: no vega) and an ESM project
 *   that installs everything.
 * - Types: tsc compiles `consumer/usage.ts` and the README's notebook example against the installed
 *   package under node10, node16 (ESM and CommonJS) and bundler resolution, without
 *   `skipLibCheck`, in the project without the optional dependencies; arethetypeswrong finds no
 *   problem in the tarball.
 * - Run: the ESM and CommonJS builds tsc emitted, in both projects (`instanceof` across entries),
 *   the README example, and the installed `ddci-sna` executable.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const fixture = join(repo, 'fixtures/ddci-page');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');
const attw = join(repo, 'node_modules/@arethetypeswrong/cli/dist/index.js');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command; never throws (the test reads the code and the output). */
function run(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

const node = (args: readonly string[], cwd: string) => run(process.execPath, args, cwd);

/** Bytes of every file under a directory (symbolic links not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

describe('the built entries (dist/)', () => {
  it('ESM and CJS builds expose the same names, for each entry point', async () => {
    for (const entry of ['index', 'node', 'report']) {
      const esm = await import(/* @vite-ignore */ join(repo, `dist/${entry}.js`));
      const cjs = require(join(repo, `dist/${entry}.cjs`));
      expect(Object.keys(esm).sort(), entry).toEqual(Object.keys(cjs).filter((k) => k !== 'default').sort());
    }
  });

  it('the root exports what users call: the pipeline, tables and writers; the report\'s internals are ddci-sna/report\'s', async () => {
    const root = await import(/* @vite-ignore */ join(repo, 'dist/index.js'));
    const report = await import(/* @vite-ignore */ join(repo, 'dist/report.js'));
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    // Everything the README's examples import from 'ddci-sna' is there.
    const imported = [...readme.matchAll(/import \{([^}]*)\} from '(?:npm:)?ddci-sna'/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
    expect(imported.length).toBeGreaterThan(3);
    for (const name of imported) expect(root, name).toHaveProperty(name);
    for (const name of ['analyze', 'analyzeWithGraph', 'ingestFiles', 'resolveConfig', 'ConfigError', 'AnalysisSchema', 'pagerank',
      'writeOutputs', 'writeCsvTables', 'writeParquetTables', 'unitsTable', 'petitionsTable', 'edgesTable', 'topicsTable']) {
      expect(root, name).toHaveProperty(name);
    }
    for (const name of ['KIND_COLORS', 'COMMUNITY_COLORS', 'reportCharts', 'renderReport', 'REPORT_SECTIONS', 'html', 'escapeHtml', 'layoutNetwork',
      'mulberry32', 'renderQualitySection', 'GLOSSARY']) {
      expect(root, name).not.toHaveProperty(name);
      expect(report, name).toHaveProperty(name);
    }
    expect(root).not.toHaveProperty('BOM');
  });

  it('ESM and CJS entries share their classes: an error from ddci-sna/node is an instance of ddci-sna\'s class', async () => {
    const notAConfig = join(repo, 'package.json');
    const core = await import(/* @vite-ignore */ join(repo, 'dist/index.js'));
    const nodeEsm = await import(/* @vite-ignore */ join(repo, 'dist/node.js'));
    expect(await nodeEsm.loadConfig(notAConfig).catch((e: unknown) => e)).toBeInstanceOf(core.ConfigError);
    const coreCjs = require(join(repo, 'dist/index.cjs'));
    const nodeCjs = require(join(repo, 'dist/node.cjs'));
    const error = await nodeCjs.loadConfig(notAConfig).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(coreCjs.ConfigError);
    expect(error).toBeInstanceOf(coreCjs.DdciError);
  });

  it('declares exports for three entries, types for both formats and node10, no side effects, the CLI binary, vega optional', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.exports)).toEqual(['.', './node', './report', './package.json']);
    for (const [entry, file] of [['.', 'index'], ['./node', 'node'], ['./report', 'report']]) {
      expect(pkg.exports[entry!]).toEqual({
        import: { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` },
        require: { types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` },
      });
    }
    expect(pkg.typesVersions['*']).toEqual({ node: ['./dist/node.d.cts'], report: ['./dist/report.d.cts'] });
    expect(pkg.bin['ddci-sna']).toBe('dist/cli.js');
    expect(readFileSync(join(repo, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(Object.keys(pkg.optionalDependencies).sort()).toEqual(['vega', 'vega-lite']);
    for (const name of ['vega', 'vega-lite', 'graphology-metrics']) expect(pkg.dependencies, name).not.toHaveProperty(name);
    expect(pkg.devDependencies).toHaveProperty('graphology-metrics');
  });

  it('builds the executable and its threads as one file each, with their own vega, and the notices of what they bundle', () => {
    const builtIn = /^node:|^(fs|path|url|os|module|worker_threads|v8|vm|util|events|stream|crypto|child_process|readline|buffer|string_decoder|fs\/promises)$/;
    const staticImports = (text: string) => [...text.matchAll(/^import\b[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
    const loaded = (text: string) => [...new Set([...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
    for (const [file, expected] of [['cli.js', ['./vega-lite.js', './vega.js', 'hyparquet-writer']], ['reportWorker.js', ['./vega-lite.js', './vega.js']], ['pathWorker.js', []]] as const) {
      const text = readFileSync(join(repo, 'dist', file), 'utf8');
      for (const specifier of staticImports(text)) expect(specifier, `a static import of dist/${file}`).toMatch(builtIn);
      expect(loaded(text), `what dist/${file} loads when used`).toEqual(expected);
    }
    // The executable's vega: two files sharing one chunk, nothing taken from node_modules.
    for (const file of ['vega.js', 'vega-lite.js']) {
      for (const specifier of staticImports(readFileSync(join(repo, 'dist', file), 'utf8'))) expect(specifier, `a static import of dist/${file}`).toMatch(new RegExp(`${builtIn.source}|^\\./vega-[A-Z0-9]+\\.js$`));
    }
    const notices = readFileSync(join(repo, 'dist/THIRD-PARTY-NOTICES.md'), 'utf8');
    const listed = new Set([...notices.matchAll(/^## (\S+) /gm)].map((m) => m[1]!));
    for (const name of ['vega', 'vega-lite', 'vega-scenegraph', 'd3-scale', 'zod', 'graphology', 'graphology-communities-louvain', 'date-fns', 'csv-parse', '@noble/hashes']) expect(listed, name).toContain(name);
    expect(notices).toContain('Copyright (c) 2015-2023, University of Washington Interactive Data Lab');
    // zod's own messages in the two languages the configuration's errors use, not its 61 others
    // (a fifth of the executable's bytes, parsed at every start: docs/decisions.md, "Packaging").
    const zodLocales = [...readFileSync(join(repo, 'dist/cli.js'), 'utf8').matchAll(/^\/\/ (?:\S*\/)?node_modules\/zod\/v4\/locales\/([\w-]+)\.js$/gm)].map((m) => m[1]!).sort();
    expect(zodLocales).toEqual(['en', 'vi']);
  });

  it('exposes the JSON Schema of analysis.json', async () => {
    const { analysisJsonSchema } = await import(/* @vite-ignore */ join(repo, 'dist/index.js'));
    const schema = analysisJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['ingest', 'network', 'units', 'actors', 'weekly', 'petitions']));
  });
});

/**
 * A consumer's package-lock.json: the packed tarball, and every package this repository's
 * lockfile installs for production (not `dev`), at the same paths and versions — what `npm ci`
 * of this repository has put in npm's cache, so `npm ci --offline` needs no network.
 */
function consumerLock(name: string, tarball: string, integrity: string): object {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const packages: Record<string, unknown> = {
    '': { name, dependencies: { 'ddci-sna': `file:${tarball}` } },
    'node_modules/ddci-sna': {
      version: pkg.version, resolved: `file:${tarball}`, integrity, license: pkg.license, bin: pkg.bin, engines: pkg.engines,
      dependencies: pkg.dependencies, optionalDependencies: pkg.optionalDependencies,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev === true) continue;
    const id = (entry.name as string | undefined) ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const base = id.split('/').pop();
    packages[path] = { ...entry, resolved: entry.resolved ?? `https://registry.npmjs.org/${id}/-/${base}-${entry.version as string}.tgz` };
  }
  return { name, lockfileVersion: 3, requires: true, packages };
}

describe('npm pack, installed offline into an ESM and a CommonJS project', () => {
  const root = mkdtempSync(join(tmpdir(), 'ddci-sna-package-'));
  const core = join(root, 'service-cjs'); // installs the core only
  const full = join(root, 'notebook-esm'); // installs everything
  let tarball = '';
  let packed: { path: string }[] = [];
  const installs: Record<string, Ran> = {};

  beforeAll(async () => {
    const pack = await run('npm', ['pack', '--json', '--pack-destination', root], repo);
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; integrity: string; files: { path: string }[] }[];
    tarball = join(root, info!.filename);
    packed = info!.files;
    const setUp = (dir: string, type: 'module' | 'commonjs') => {
      mkdirSync(dir);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type, dependencies: { 'ddci-sna': `file:../${info!.filename}` } }));
      writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(consumerLock('consumer', `../${info!.filename}`, info!.integrity)));
    };
    setUp(core, 'commonjs');
    setUp(full, 'module');
    const flags = ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'];
    [installs.core, installs.full] = await Promise.all([run('npm', [...flags, '--omit=optional'], core), run('npm', flags, full)]);
  }, 300_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

  it('packs dist/ and the README only, and installs offline with npm ci', () => {
    expect(existsSync(tarball)).toBe(true);
    for (const { path } of packed) expect(path, path).toMatch(/^(dist\/|README\.md$|package\.json$)/);
    expect(packed.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/report.d.cts', 'dist/cli.js']));
    expect(installs.core!.code, installs.core!.stderr).toBe(0);
    expect(installs.full!.code, installs.full!.stderr).toBe(0);
  });

  it('the core install leaves vega and vega-lite out and is far smaller than the full one', () => {
    for (const name of ['vega', 'vega-lite']) {
      expect(existsSync(join(core, 'node_modules', name)), name).toBe(false);
      expect(existsSync(join(full, 'node_modules', name)), name).toBe(true);
    }
    expect(existsSync(join(core, 'node_modules/graphology-metrics'))).toBe(false);
    const coreMb = bytesUnder(join(core, 'node_modules')) / 1e6;
    const fullMb = bytesUnder(join(full, 'node_modules')) / 1e6;
    const count = (dir: string) => readdirSync(join(dir, 'node_modules')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, 'node_modules', n)) : [n])).filter((n) => !n.startsWith('.')).length;
    console.info(`npm install ddci-sna: ${fullMb.toFixed(1)} MB (${count(full)} top-level packages); --omit=optional: ${coreMb.toFixed(1)} MB (${count(core)})`);
    expect(coreMb).toBeLessThan(fullMb - 10);
  });

  describe('compiled and run', () => {
    const out = join(root, 'core-out');

    beforeAll(() => {
      // The consumer's own dev dependency: Node's types (the program uses `process`).
      mkdirSync(join(core, 'node_modules/@types'), { recursive: true });
      symlinkSync(join(repo, 'node_modules/@types/node'), join(core, 'node_modules/@types/node'), 'dir');
      const usage = readFileSync(join(repo, 'test/e2e/consumer/usage.ts'), 'utf8');
      for (const name of ['usage.mts', 'usage.cts', 'usage.ts']) writeFileSync(join(core, name), usage);
      const readme = readFileSync(join(repo, 'README.md'), 'utf8');
      const example = /<!-- readme-example: node -->\s*```js\n([\s\S]*?)```/.exec(readme)![1]!;
      writeFileSync(join(core, 'readme.mts'), example);
      writeFileSync(join(core, 'readme.ts'), example);
      const base = { target: 'es2022', lib: ['es2022'], types: ['node'], strict: true, skipLibCheck: false };
      const config = (name: string, options: object, files: string[]) =>
        writeFileSync(join(core, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...base, ...options }, files }));
      config('node16', { module: 'node16', moduleResolution: 'node16', outDir: out }, ['usage.mts', 'usage.cts', 'readme.mts']);
      config('bundler', { module: 'esnext', moduleResolution: 'bundler', noEmit: true }, ['usage.ts', 'readme.ts']);
      config('node10', { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, noEmit: true }, ['usage.ts']);
    });

    it.each(['node16', 'bundler', 'node10'])('tsc (%s resolution, no skipLibCheck) compiles the usage and the README example against the core install', async (mode) => {
      const result = await node([tsc, '-p', `tsconfig.${mode}.json`], core);
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    }, 240_000);

    it('arethetypeswrong finds no problem in the tarball (node10, node16 from CJS and ESM, bundler)', async () => {
      const result = await node([attw, tarball, '--format', 'json', '--no-definitely-typed'], root);
      const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
      expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './node', './package.json', './report']);
      expect(report.analysis.problems).toEqual([]);
      expect(result.code).toBe(0);
    }, 120_000);

    /** The summary the compiled program prints, run from `dir` (its `ddci-sna` is that project's). */
    async function summary(dir: string, file: string): Promise<Record<string, unknown>> {
      const copy = join(dir, file);
      cpSync(join(out, file), copy);
      const result = await node([copy, join(fixture, 'export'), join(fixture, 'config.json'), join(repo, 'package.json')], dir);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as Record<string, unknown>;
    }

    it('runs as ESM and as CommonJS from both installs: classes shared across entries, typed tables, Parquet; the report needs vega', async () => {
      const expectedFiles = ['analysis.json', 'graph.gexf', ...['units', 'actors', 'associations', 'petitions', 'weekly', 'topics', 'edges']
        .flatMap((t) => [`${t}.csv`, `${t}.parquet`])].sort();
      const results = await Promise.all([core, full].flatMap((dir) => ['usage.mjs', 'usage.cjs'].map(async (file) => [dir, file, await summary(dir, file)] as const)));
      for (const [dir, file, s] of results) {
        const where = `${dir === core ? 'core' : 'full'} ${file}`;
        expect(s, where).toMatchObject({
          configErrorIsConfigError: true, configErrorIsDdciError: true, inputErrorIsDdciError: true,
          bestDepartment: 'Sở Kế hoạch và Đầu tư', files: expectedFiles, reportSections: 11,
        });
        expect(s.parquetBytes as number, where).toBeGreaterThan(1000);
        expect(s.report, where).toEqual(dir === core ? { error: 'report_unavailable', isDdciError: true } : { bytes: expect.any(Number) });
        // The same figures from every install and format (only the report differs).
        expect({ ...s, report: null }, where).toEqual({ ...results[0]![2], report: null });
      }
    }, 240_000);

    it('runs the README example from the installed package', async () => {
      cpSync(join(out, 'readme.mjs'), join(core, 'readme.mjs'));
      const result = await node([join(core, 'readme.mjs')], repo); // the example's paths are the repository's
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Sở Kế hoạch và Đầu tư');
    }, 120_000);

    it('the installed executable writes every output, its report too, with or without vega in node_modules (it carries its own)', async () => {
      const analyzeWith = (dir: string, outDir: string) => run(join(dir, 'node_modules/.bin/ddci-sna'), [
        'analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', outDir, '--parquet', '--quiet', '--lang', 'en', '--as-of', '2030-01-01T00:00:00Z',
      ], dir);
      const [withVega, withoutVega] = await Promise.all([analyzeWith(full, join(root, 'full-out')), analyzeWith(core, join(root, 'core-cli-out'))]);
      for (const [ran, outDir] of [[withVega, 'full-out'], [withoutVega, 'core-cli-out']] as const) {
        expect(ran.code, ran.stderr).toBe(0);
        expect(readdirSync(join(root, outDir))).toEqual(expect.arrayContaining(['report.html', 'edges.csv', 'units.parquet', 'edges.parquet', 'analysis.json']));
      }
      expect(readFileSync(join(root, 'core-cli-out', 'report.html'))).toEqual(readFileSync(join(root, 'full-out', 'report.html')));
    }, 240_000);
  });
});
