/**
 * The CLI's report thread (src/node/reportWorkerHost.ts): the built executable (`dist/cli.js`,
 * made by `npm test`'s pretest step) draws report.html on a worker thread; the oracle is the same
 * command drawing it on the main thread (`--threads 1`) and the CLI run in-process from the
 * sources (no worker file there: main thread too, with vega from node_modules where the built
 * executable has its own copy). Every output file must be byte-identical. The built worker file
 * itself (the executable's, ESM), sent what the CLI sends (the report's view, the map's
 * selection), is checked against `renderReport` called here with the whole analysis and graph.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { DdciError } from '../../src/errors';
import { loadConfig, runCli } from '../../src/node/cli';
import { exitCodeFor } from '../../src/node/exitCodes';
import { loadExport } from '../../src/node/loadExport';
import { packError, unpackError, type FromReportThread, type PackedError, type ReportThreadOptions, type ToReportThread } from '../../src/node/reportWorkerProtocol';
import { selectNetwork } from '../../src/write/layout';
import { reportView } from '../../src/write/reportView';
import { renderReport } from '../../src/write/report';

const repo = new URL('../../', import.meta.url).pathname;
const fixture = join(repo, 'fixtures', 'ddci-page');
const run = promisify(execFile);

async function outputs(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

const quietIo = { stdout: () => {}, stderr: () => {}, isTty: false, env: {} };

describe('analyze draws report.html on a worker thread', () => {
  it.each([
    { lang: 'vi', previous: false },
    { lang: 'en', previous: true },
  ])('$lang, previous: $previous — the same bytes as on the main thread (--threads 1) and from the sources in-process', async ({ lang, previous }) => {
    const root = await mkdtemp(join(tmpdir(), 'ddci-report-thread-'));
    const flags = ['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--as-of', '2030-01-01T00:00:00Z', '--quiet', '--lang', lang];
    if (previous) {
      // An earlier analysis to compare against: this fixture's, written by the CLI.
      expect(await runCli([...flags, '--out', join(root, 'previous')], quietIo)).toBe(0);
      flags.push('--previous', join(root, 'previous', 'analysis.json'));
    }
    const cli = join(repo, 'dist', 'cli.js');
    // Both processes must also end by themselves (a thread left running would hold them: the timeout fails the test).
    await Promise.all([
      run(process.execPath, [cli, ...flags, '--out', join(root, 'worker')], { timeout: 120_000 }),
      run(process.execPath, [cli, ...flags, '--out', join(root, 'main'), '--threads', '1'], { timeout: 120_000 }),
    ]);
    expect(await runCli([...flags, '--out', join(root, 'sources')], quietIo)).toBe(0);
    const [worker, main, sources] = await Promise.all(['worker', 'main', 'sources'].map((d) => outputs(join(root, d))));
    expect([...worker.keys()]).toContain('report.html');
    expect([...worker.keys()]).toEqual([...main.keys()]);
    for (const [name, bytes] of worker) {
      expect(bytes.equals(main.get(name)!), `${name}: worker vs --threads 1`).toBe(true);
      expect(bytes.equals(sources.get(name)!), `${name}: worker vs in-process`).toBe(true);
    }
  }, 240_000);

  it('dist/reportWorker.js renders what renderReport renders, and sends an error back as data', async () => {
    const input = await loadExport([join(fixture, 'export')], { asOf: Date.parse('2030-01-01T00:00:00Z') });
    const { analysis, graph } = analyzeWithGraph(input, await loadConfig(join(fixture, 'config.json')));
    const worker = new Worker(join(repo, 'dist', 'reportWorker.js'));
    try {
      const ask = (options: ReportThreadOptions) => new Promise<FromReportThread>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        // What the CLI sends: the report's view of the analysis and the map's selection of the graph.
        const view = reportView(analysis, options.slaWorkingHours);
        worker.postMessage({ type: 'render', analysis: view.analysis, petitions: view.petitions, network: selectNetwork(graph, analysis), options } satisfies ToReportThread);
      });
      const done = await ask({ lang: 'en', slaWorkingHours: 6 });
      expect(done).toEqual({ type: 'done', html: await renderReport(analysis, { graph, lang: 'en', slaWorkingHours: 6 }) });
      const failed = await ask({ lang: 'xx' as 'en', slaWorkingHours: 6 });
      expect(failed.type).toBe('error');
      expect(unpackError((failed as { error: PackedError }).error)).toMatchObject({ name: 'TypeError', message: 'renderReport: lang must be "vi" or "en"' });
    } finally {
      await worker.terminate();
    }
  }, 120_000);
});

describe('errors across the thread (packError, unpackError)', () => {
  it('a DdciError keeps its code, problems and message, so the CLI exits as it would on the main thread', () => {
    const error = new DdciError(
      [{ code: 'report_unavailable', path: ['a', 1], message: 'no vega', file: 'x.json' }, { code: 'other', path: [], message: 'two' }],
      { code: 'report_unavailable', message: 'the report needs vega' },
    );
    // A structured clone, as postMessage makes it.
    const back = unpackError(structuredClone(packError(error)));
    expect(back).toBeInstanceOf(DdciError);
    expect(back).toMatchObject({ code: error.code, message: error.message, problems: error.problems, path: ['a', 1] });
    expect(exitCodeFor(back)).toBe(exitCodeFor(error));
    expect(exitCodeFor(back)).toBe(2);
  });

  it('any other error stays a bug (exit 3), its message and stack kept', () => {
    const error = new RangeError('out of range');
    const back = unpackError(structuredClone(packError(error)));
    expect(back).toMatchObject({ name: 'RangeError', message: 'out of range', stack: error.stack });
    expect(exitCodeFor(back)).toBe(3);
    expect(unpackError(packError('a string')).message).toBe('a string');
  });
});
