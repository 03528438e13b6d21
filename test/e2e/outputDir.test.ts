/**
 * `writeOutputDir` with files in chunks (issue 10): each chunk written as it comes, the bytes those
 * of the whole text (the oracle: `Buffer.from` of the chunks joined), a producer's error passing
 * through unchanged with `out` left as it was.
 */
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DdciError } from '../../src/errors';
import { messagesFor } from '../../src/node/messages';
import { writeOutputDir } from '../../src/node/outputDir';
import { textChunks } from '../../src/write/chunks';

const m = messagesFor('en');

describe('writeOutputDir, files in chunks', () => {
  it('writes text, bytes and chunked text alike; a file of many chunks is the UTF-8 of the whole text', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ddci-chunks-'));
    const out = join(parent, 'out');
    const text = 'Sở Xây dựng 😀 "a,b"\r\n'.repeat(20_000); // 460 k code units, many small and large chunks
    const lines = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"t":"Hạ Long"}\n`);
    const names = await writeOutputDir(out, [
      ['big.txt', textChunks(text, 17)],
      ['lines.ndjson', lines],
      ['empty.csv', []],
      ['plain.csv', 'x'],
      ['bytes.parquet', new Uint8Array([1, 2, 3])],
    ], [], m);
    expect(names).toEqual(['big.txt', 'lines.ndjson', 'empty.csv', 'plain.csv', 'bytes.parquet']);
    expect((await readFile(join(out, 'big.txt'))).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(await readFile(join(out, 'lines.ndjson'), 'utf8')).toBe(lines.join(''));
    expect(await readFile(join(out, 'empty.csv'), 'utf8')).toBe('');
    expect([...await readFile(join(out, 'bytes.parquet'))]).toEqual([1, 2, 3]);
  });

  it('encodes chunks into 1 MiB writes: chunks larger than a buffer, multi-byte text, the same bytes; one write per MiB, not per chunk (an operation count)', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ddci-chunks-'));
    const out = join(parent, 'out');
    // 64 Ki chunks of 2- and 4-byte UTF-8 (≈ 4.5 MB), and a chunk of 400 k code units (≈ 1.2 MB, more than a buffer) in the middle.
    const small = Array.from({ length: 40 }, (_, i) => `${i % 2 === 0 ? 'Hạ Long ' : '😀 '}`.repeat(9000).slice(0, 1 << 16).replace(/[\ud800-\udbff]$/, 'x'));
    const large = 'Quảng Ninh '.repeat(40_000).slice(0, 400_000);
    const chunks = [...small.slice(0, 20), large, ...small.slice(20)];
    const handle = await open(join(parent, 'probe'), 'w');
    const prototype = Object.getPrototypeOf(handle) as { write: (...args: unknown[]) => unknown };
    await handle.close();
    const spy = vi.spyOn(prototype, 'write');
    let writes = 0;
    try {
      await writeOutputDir(out, [['big.csv', chunks]], [], m);
      writes = spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
    const expected = Buffer.from(chunks.join(''), 'utf8');
    expect((await readFile(join(out, 'big.csv'))).equals(expected)).toBe(true);
    // Full buffers, the large chunk alone, the rest: about one write per MiB (a write may take part of its bytes: at most a few more).
    expect(writes).toBeGreaterThanOrEqual(Math.ceil(expected.length / (1 << 20)));
    expect(writes).toBeLessThanOrEqual(Math.ceil(expected.length / (1 << 20)) + 4);
    await rm(parent, { recursive: true, force: true });
  });

  it('a producer that fails inside a file\'s chunks: its error unchanged, out as it was, no temporary directory left', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ddci-chunks-'));
    const out = join(parent, 'out');
    await mkdir(out);
    await writeFile(join(out, 'graph.gexf'), 'before');
    function* failing() {
      yield 'x'.repeat(200_000);
      yield 'y'.repeat(200_000);
      throw new DdciError({ code: 'report_unavailable', path: [], message: 'no vega' });
    }
    await expect(writeOutputDir(out, [['graph.gexf', failing()]], [], m)).rejects.toMatchObject({ code: 'report_unavailable' });
    expect(await readFile(join(out, 'graph.gexf'), 'utf8')).toBe('before');
    expect(await readdir(parent)).toEqual(['out']);
  });
});
