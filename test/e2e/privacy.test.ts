/**
 * Privacy by default on the fixture export (SPEC 5, 7.2), end to end through the CLI.
 *
 * The list of names comes from the raw input files — every string in a name position (the `name`
 * of a `from`, an `admin_creator`, a tag, a reactor or a like; a `from` or `message_tags` given as
 * a bare string), rejected records included, and a regular expression over the text of any file or
 * line that is not JSON — not from what the parser accepted. Every file analyze writes, stdout and
 * stderr are searched folded (any case, with or without diacritics, any spacing).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeActorClassifier } from '../../src/resolve/actors';
import { loadConfig } from '../../src/node/cli';
import { foldText } from '../../src/text/fold';
import { everything, findNames, runCliCaptured, tempDir, type CliRun } from '../helpers/outputs';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
const ACTOR_KEYS = new Set(['from', 'admin_creator']);
const ACTOR_LISTS = new Set(['reactions', 'likes', 'to', 'with_tags']);

interface Named {
  id: string | null;
  name: string;
}

/** Every (id, name) in a name position of a parsed document (iterative walk). */
function namesInDocument(document: unknown, into: Named[]): void {
  const stack: { value: unknown; key: string | null; owner: string | null; inList: boolean }[] = [
    { value: document, key: null, owner: null, inList: false },
  ];
  const take = (value: unknown) => {
    if (typeof value === 'string') into.push({ id: null, name: value });
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      if (typeof o.name === 'string') into.push({ id: o.id === undefined || o.id === null ? null : String(o.id), name: o.name });
    }
  };
  while (stack.length > 0) {
    const { value, key, owner, inList } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, key, owner, inList: true });
      continue;
    }
    if (!inList && key !== null && ACTOR_KEYS.has(key)) take(value);
    // Tags: `message_tags: [tag…]`, the old `message_tags: {offset: [tag…]}`, or a bare string.
    if (inList ? key === 'message_tags' || owner === 'message_tags' : key === 'message_tags' && typeof value === 'string') take(value);
    if (inList && key === 'data' && owner !== null && ACTOR_LISTS.has(owner)) take(value);
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, key: k, owner: key, inList: false });
    }
  }
}

const NAME_IN_TEXT = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"?/g;

/** Names in a text that is not JSON (a truncated file, a broken line): every `"name": "…"`. */
function namesInBrokenText(text: string, into: Named[]): void {
  for (const m of text.matchAll(NAME_IN_TEXT)) {
    try {
      into.push({ id: null, name: JSON.parse(`"${m[1]}"`) as string });
    } catch {
      into.push({ id: null, name: m[1]! });
    }
  }
}

/** Every (id, name) in a name position of the raw export files. */
async function namesInRawExport(dir: string): Promise<Named[]> {
  const found: Named[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const text = (await readFile(join(dir, file), 'utf8')).replace(/^\uFEFF/, '');
    const documents = file.endsWith('.ndjson') || file.endsWith('.jsonl') ? text.split('\n').filter((l) => l.trim() !== '') : [text];
    for (const document of documents) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(document);
      } catch {
        namesInBrokenText(document, found);
        continue;
      }
      namesInDocument(parsed, found);
    }
  }
  return found;
}

async function analyzeFixture(...extra: string[]): Promise<CliRun> {
  const out = await tempDir();
  const run = await runCliCaptured(
    ['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', out, '--parquet', ...extra], out,
  );
  expect(run.code).toBe(0);
  // Parquet files are compressed: searched as the values they hold (read back with hyparquet).
  for (const name of [...run.files.keys()].filter((n) => n.endsWith('.parquet'))) {
    const bytes = await readFile(join(out, name));
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    run.files.set(name, JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value), 1));
  }
  return run;
}

describe('privacy by default (SPEC 5, 7.2) on the fixture export', () => {
  let personal: string[] = [];
  let organisations: string[] = [];
  let byDefault: Promise<CliRun> | null = null;
  const defaultRun = () => (byDefault ??= analyzeFixture());

  beforeAll(async () => {
    const config = await loadConfig(join(fixture, 'config.json'));
    const classify = makeActorClassifier(config);
    const raw = await namesInRawExport(join(fixture, 'export'));
    const kinds = raw.map(({ id, name }) => ({ name, kind: classify({ id: id ?? `name:${name}`, name }).kind }));
    // Names that are also an organisation's, a unit's or the page's are not personal names (SPEC 7.2).
    const notPersonal = new Set([
      ...kinds.filter((k) => k.kind !== 'individual').map((k) => foldText(k.name)),
      ...config.units.flatMap((u) => [u.name, ...u.aliases]).map(foldText),
      foldText(config.page?.name ?? ''),
    ]);
    personal = [...new Set(kinds.filter((k) => k.kind === 'individual' && !notPersonal.has(foldText(k.name))).map((k) => k.name))];
    organisations = [...new Set(kinds.filter((k) => k.kind === 'business' || k.kind === 'association').map((k) => k.name))];
    expect(personal.length).toBeGreaterThan(20);
    // Names of one word are not searched in texts (SPEC 7.2); the fixture has none, so every name is checked everywhere.
    expect(personal.filter((n) => foldText(n).split(' ').length < 2)).toEqual([]);
  });

  it('no file analyze writes, nor stdout or stderr, holds a personal name in any case, spacing or spelling', async () => {
    const run = await defaultRun();
    const tables = ['actors', 'associations', 'edges', 'petitions', 'topics', 'units', 'weekly'];
    expect([...run.files.keys()].sort()).toEqual([
      'analysis.json', 'graph.gexf', 'rejects.ndjson', 'report.html', ...tables.flatMap((t) => [`${t}.csv`, `${t}.parquet`]),
    ].sort());
    expect(findNames(everything(run), personal)).toEqual([]);
    // Organisations keep their names; individuals are pseudonymised.
    expect(organisations.some((name) => run.files.get('actors.csv')!.includes(name))).toBe(true);
    expect(run.files.get('analysis.json')).toMatch(/"anon:\d+"/);
  });

  it('--reveal shows the names of the people in the graph in every output: analysis.json, actors.csv, graph.gexf', async () => {
    const run = await analyzeFixture('--reveal');
    const analysis = JSON.parse(run.files.get('analysis.json')!) as { actors: { id: string; name: string | null; kind: string }[]; privacy: { pseudonymized: boolean } };
    expect(analysis.privacy.pseudonymized).toBe(false);
    const people = analysis.actors.filter((a) => a.kind === 'individual' && a.name !== null);
    expect(people.length).toBeGreaterThan(20);
    const gexf = parseGexf(Graph, run.files.get('graph.gexf')!);
    for (const person of people) {
      expect(run.files.get('actors.csv'), person.name!).toContain(person.name!);
      expect(run.files.get('actors.parquet'), person.name!).toContain(JSON.stringify(person.name!));
      expect(gexf.getNodeAttribute(person.id, 'label'), person.id).toBe(person.name);
    }
    // Every personal name of the raw export that made it into the graph is shown.
    const shown = new Set(people.map((p) => p.name));
    expect(personal.filter((n) => shown.has(n)).length).toBeGreaterThan(personal.length / 2);
  });

  it('a key gives stable keyed pseudonyms across runs', async () => {
    const plain = JSON.parse((await defaultRun()).files.get('analysis.json')!);
    expect(plain.privacy.keyed).toBe(false);
    const out = await tempDir();
    const run = async () => {
      const r = await runCliCaptured(['analyze', join(fixture, 'export'), '--config', join(fixture, 'config.json'), '--out', out, '--quiet'], out,
        { DDCI_SNA_KEY: 'tuần-48' });
      return JSON.parse(r.files.get('analysis.json')!);
    };
    const first = await run();
    const second = await run();
    expect(first.privacy.keyed).toBe(true);
    const ids = (x: { actors: { id: string }[] }) => x.actors.map((r) => r.id).filter((id) => id.startsWith('anon:'));
    expect(ids(first)[0]).toMatch(/^anon:[0-9a-f]{16}$/);
    expect(ids(first)).toEqual(ids(second));
  });

  it('validate and validate --json show no personal name; --reveal shows the rejected records as read', async () => {
    const validate = (...extra: string[]) => runCliCaptured(['validate', join(fixture, 'export'), '--config', join(fixture, 'config.json'), ...extra]);
    for (const run of [await validate(), await validate('--json')]) {
      expect(run.code).toBe(0);
      expect(findNames(everything(run), personal)).toEqual([]);
    }
    const hidden = JSON.parse((await validate('--json')).stdout);
    expect(hidden.rejects.length).toBeGreaterThan(0);
    const shown = (await validate('--json', '--reveal')).stdout;
    expect(findNames(new Map([['validate --json --reveal', shown]]), personal).length).toBeGreaterThan(0);
  });
});
