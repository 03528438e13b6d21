import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestFiles } from '../../src/ingest/index';
import { InputError, loadExport, readInputFiles } from '../../src/node/loadExport';
import { AS_OF, expectReconciled, page, post } from './helpers';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ddci-ingest-'));
  await mkdir(join(dir, 'export', 'b-sub', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'export', 'z.json'), JSON.stringify(page(post('z'))));
  await writeFile(join(dir, 'export', 'a.ndjson'), `${JSON.stringify(post('a'))}\n`);
  await writeFile(join(dir, 'export', 'b-sub', 'm.jsonl'), `${JSON.stringify(post('m'))}\n`);
  await writeFile(join(dir, 'export', 'b-sub', 'deeper', 'n.JSON'), JSON.stringify([post('n')]));
  await writeFile(join(dir, 'export', 'notes.txt'), 'not an export');
  await writeFile(join(dir, 'export', 'table.csv'), 'a,b\n1,2\n');
  await writeFile(join(dir, 'export', 'b-sub', 'comments.TSV'), 'a\tb\n1\t2\n');
  await writeFile(join(dir, 'export', 'page.tab'), 'a\tb\n1\t2\n');
  await writeFile(join(dir, 'single.data'), JSON.stringify(post('s')));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputFiles', () => {
  test('a directory contributes its .json, .ndjson, .jsonl, .csv, .tsv and .tab files, recursively, sorted by path', async () => {
    const files = await readInputFiles([join(dir, 'export')]);
    expect(files.map((f) => f.name.slice(dir.length + 1).split('\\').join('/'))).toEqual([
      'export/a.ndjson',
      'export/b-sub/comments.TSV',
      'export/b-sub/deeper/n.JSON',
      'export/b-sub/m.jsonl',
      'export/page.tab',
      'export/table.csv',
      'export/z.json',
    ]);
    expect(files[0].content).toBeInstanceOf(Uint8Array);
  });

  test('a file is taken as given, whatever its extension (the format comes from content); all in path order', async () => {
    const files = await readInputFiles([join(dir, 'single.data'), join(dir, 'export', 'z.json')]);
    expect(files.map((f) => f.name)).toEqual([join(dir, 'export', 'z.json'), join(dir, 'single.data')]);
    expect((await loadExport([join(dir, 'single.data')])).report.posts).toBe(1);
  });

  test('a missing path throws InputError unreadable_input naming the path', async () => {
    const missing = join(dir, 'nope');
    const error = await readInputFiles([join(dir, 'export'), missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'unreadable_input', path: [missing] });
    expect((error as Error).message).toContain(missing);
    await expect(loadExport([missing])).rejects.toMatchObject({ code: 'unreadable_input', path: [missing] });
  });
});

describe('loadExport', () => {
  test('reads and ingests the files in path order; the result equals ingestFiles over readInputFiles', async () => {
    const paths = [join(dir, 'single.data'), join(dir, 'export')];
    const loaded = await loadExport(paths, { asOf: AS_OF });
    expectReconciled(loaded.report);
    // The 5 exports, and the 3 delimited files no adapter reads yet (one file reject each).
    expect(loaded.report).toMatchObject({ files: 8, posts: 5, rejected: 3 });
    expect(loaded.report.rejects.map((r) => r.code)).toEqual(['unknown_format', 'unknown_format', 'unknown_format']);
    expect(loaded).toEqual(ingestFiles(await readInputFiles(paths), { asOf: AS_OF }));
    expect(await loadExport([...paths].reverse(), { asOf: AS_OF })).toEqual(loaded);
  });

  test('options: format forces an adapter, asOf pins the time limit; a bad option throws invalid_option', async () => {
    const forced = await loadExport([join(dir, 'export', 'z.json')], { format: 'graph-api-ndjson', asOf: AS_OF });
    expect(forced.report.perFile[0].format).toBe('graph-api-ndjson');
    expect(forced.report.asOf).toBe('2025-04-01T00:00:00.000Z');
    await expect(loadExport([dir], { format: 'excel' })).rejects.toMatchObject({ code: 'invalid_option', path: ['format'] });
    await expect(loadExport([dir], { asOf: Number.NaN })).rejects.toMatchObject({ code: 'invalid_option', path: ['asOf'] });
  });
});
