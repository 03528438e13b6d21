import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeActorClassifier } from '../../src/resolve/actors';
import { loadConfig, runCli } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;

async function analyzeInto(...extra: string[]): Promise<Map<string, string>> {
  const out = await mkdtemp(join(tmpdir(), 'ddci-privacy-'));
  const code = await runCli(
    ['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', out, '--quiet', ...extra],
    { stdout: () => {}, stderr: () => {}, isTty: false, env: {} },
  );
  expect(code).toBe(0);
  const files = new Map<string, string>();
  for (const name of await readdir(out)) files.set(name, await readFile(join(out, name), 'utf8'));
  return files;
}

describe('privacy by default (SPEC 5)', () => {
  let personalNames: string[] = [];
  let organisationNames: string[] = [];

  beforeAll(async () => {
    const input = await loadExport([join(fixture, 'export')]);
    const classify = makeActorClassifier(await loadConfig(join(fixture, 'config.json')));
    const resolved = input.dataset.actors.filter((a) => a.name).map(classify);
    personalNames = resolved.filter((a) => a.kind === 'individual').map((a) => a.name!);
    organisationNames = resolved.filter((a) => a.kind === 'business' || a.kind === 'association').map((a) => a.name!);
    expect(personalNames.length).toBeGreaterThan(20);
  });

  it('no file analyze writes contains any personal name of the fixture', async () => {
    const files = await analyzeInto();
    expect([...files.keys()].sort()).toEqual(
      ['actors.csv', 'analysis.json', 'associations.csv', 'graph.gexf', 'petitions.csv', 'rejects.ndjson', 'report.html', 'units.csv', 'weekly.csv'],
    );
    const leaks: string[] = [];
    for (const [file, text] of files) {
      for (const name of personalNames) if (text.includes(name)) leaks.push(`${file}: ${name}`);
    }
    expect(leaks).toEqual([]);
    // Organisations keep their names.
    const actorsCsv = files.get('actors.csv')!;
    expect(organisationNames.some((name) => actorsCsv.includes(name))).toBe(true);
    expect(files.get('analysis.json')).toMatch(/"anon:\d+"/);
  });

  it('--reveal writes the names, and the report says names are shown', async () => {
    const files = await analyzeInto('--reveal');
    const actorsCsv = files.get('actors.csv')!;
    const found = personalNames.filter((name) => actorsCsv.includes(name));
    expect(found.length).toBeGreaterThan(personalNames.length / 2);
    expect(JSON.parse(files.get('analysis.json')!).privacy.pseudonymized).toBe(false);
  });

  it('a key gives stable keyed pseudonyms across runs', async () => {
    const a = JSON.parse((await analyzeInto()).get('analysis.json')!);
    expect(a.privacy.keyed).toBe(false);
    const out = await mkdtemp(join(tmpdir(), 'ddci-privacy-'));
    const run = async () => {
      await runCli(['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', out, '--quiet'],
        { stdout: () => {}, stderr: () => {}, isTty: false, env: { DDCI_SNA_KEY: 'tuần-48' } });
      return JSON.parse(await readFile(join(out, 'analysis.json'), 'utf8'));
    };
    const first = await run();
    const second = await run();
    expect(first.privacy.keyed).toBe(true);
    const ids = (x: { actors: { id: string }[] }) => x.actors.map((r) => r.id).filter((id) => id.startsWith('anon:'));
    expect(ids(first)[0]).toMatch(/^anon:[0-9a-f]{16}$/);
    expect(ids(first)).toEqual(ids(second));
  });

  it('validate --json pseudonymises the rejected records it prints (and --reveal does not)', async () => {
    const run = async (...extra: string[]) => {
      let stdout = '';
      await runCli(['validate', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--json', ...extra],
        { stdout: (t) => { stdout += t; }, stderr: () => {}, isTty: false, env: {} });
      return stdout;
    };
    const hidden = await run();
    expect(JSON.parse(hidden).rejects.length).toBeGreaterThan(0);
    expect(personalNames.filter((name) => hidden.includes(name))).toEqual([]);
    const shown = await run('--reveal');
    expect(personalNames.some((name) => shown.includes(name))).toBe(true);
  });
});
