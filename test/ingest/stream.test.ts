/**
 * Files given piece by piece (issue 10: NDJSON streamed, never held whole). Oracles: the whole-file
 * path (`add`, `decodeFile`, `String.prototype.split`) for the same bytes cut anywhere, and
 * `TextDecoder` itself for where the first invalid UTF-8 byte is.
 */
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FormatAdapter, LineReader } from '../../src/ingest/adapter';
import { graphApiLineReader } from '../../src/ingest/graphApi';
import {
  createIngest, DatasetBuilder, decodeFile, FORMATS, HEAD_LENGTH, INGEST_LIMITS, LineSplitter, MAX_LINE_LENGTH, readLines, StreamDecoder,
  type IngestOptions,
} from '../../src/ingest/index';
import { loadExport } from '../../src/node/loadExport';
import type { InputFile } from '../../src/model/types';
import { AS_OF, bytes, comment, expectReconciled, post, reactors } from './helpers';

/** Cut `whole` into pieces at the given fractions of its length (any byte, mid-sequence too). */
function cut<T extends Uint8Array | string>(whole: T, fractions: readonly number[]): T[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * whole.length)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let at = 0;
  for (const p of [...points, whole.length]) {
    pieces.push(whole.slice(at, p) as T);
    at = p;
  }
  return pieces;
}

describe('StreamDecoder: the text and first invalid byte of decodeFile, for the bytes cut anywhere', () => {
  // Valid sequences of every length, a BOM, and bytes that break UTF-8 in each way.
  const unit = fc.constantFrom(
    [0x61], [0x0a], [0xc3, 0xa9], [0xe1, 0xbb, 0x87], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf],
    [0xff], [0x80], [0xc3], [0xe1, 0xbb], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80],
  );
  test('property', () => {
    fc.assert(fc.property(fc.array(unit, { maxLength: 14 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), (units, fractions) => {
      const all = new Uint8Array(units.flat());
      const whole = decodeFile(all);
      const d = new StreamDecoder();
      const text = cut(all, fractions).map((p) => d.decode(p)).join('') + d.end();
      expect(text).toBe(whole.text);
      expect(d.invalidAt).toBe(whole.invalidAt);
      // Independent oracle for the offset: the bytes of what TextDecoder read before its first U+FFFD.
      const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(all);
      const bad = lenient.indexOf('\uFFFD'); // (no unit is U+FFFD itself)
      expect(d.invalidAt).toBe(bad < 0 ? -1 : new TextEncoder().encode(lenient.slice(0, bad)).length);
    }), { numRuns: 3000 });
  });
});

describe('LineSplitter: lines as String.prototype.split gives them, whatever the pieces', () => {
  const recorder = () => {
    const seen: [string, number, boolean][] = [];
    const tooLong: [number, number, string][] = [];
    let ended = 0;
    const reader: LineReader = {
      line: (t, n, terminated) => seen.push([t, n, terminated]),
      tooLong: (n, length, head) => tooLong.push([n, length, head]),
      end: () => {
        ended += 1;
      },
    };
    return { reader, seen, tooLong, ended: () => ended };
  };

  test('property', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'ệ', '\n', '\r\n', ' ', '{}'), { maxLength: 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (parts, fractions) => {
      const text = parts.join('');
      const r = recorder();
      const splitter = new LineSplitter(r.reader);
      for (const piece of cut(text, fractions)) splitter.push(piece);
      splitter.end();
      const expected = text.split('\n').map((t, i, all) => [t, i + 1, i < all.length - 1]);
      expect(r.seen).toEqual(expected);
      expect(r.ended()).toBe(1);
    }), { numRuns: 1000 });
  });

  test('a line over the limit is never assembled: its number, length and first characters', () => {
    const r = recorder();
    const splitter = new LineSplitter(r.reader, 10);
    for (const piece of ['ok\nabcdef', 'ghijkl', 'mnop\nfine\n0123456789', 'X']) splitter.push(piece);
    splitter.end();
    expect(r.seen).toEqual([['ok', 1, true], ['fine', 3, true]]);
    expect(r.tooLong).toEqual([[2, 16, 'abcdef'], [4, 11, '0123456789']]);
    const whole = recorder();
    readLines('ok\nabcdefghijklmnop\nfine\n0123456789X', whole.reader, 10);
    expect(whole.seen).toEqual(r.seen);
    expect(whole.tooLong.map(([n, length]) => [n, length])).toEqual([[2, 16], [4, 11]]);
  });

  test('the Graph API line reader rejects such a line as line_too_long, with an excerpt', () => {
    // (the real limit is 2^28 characters, MAX_LINE_LENGTH; here 1,000)
    const builder = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    const sink = builder.beginFile('big.ndjson', 'graph-api-ndjson');
    readLines(`${JSON.stringify(post('a'))}\n${'x'.repeat(5000)}\n`, graphApiLineReader(sink, { limits: INGEST_LIMITS }), 1000);
    const result = builder.finish();
    expect(result.report.rejects.map((r) => [r.location, r.code, (r.record as string).length])).toEqual([['line 2', 'line_too_long', 400]]);
    expect(result.report.rejects[0].reason).toContain('a line of 5000 characters');
    expect(result.report.posts).toBe(1);
    expect(MAX_LINE_LENGTH).toBe(2 ** 28);
  });
});

/** A Graph API NDJSON file longer than the head (so that begin() streams it): posts with children, odd lines. */
const arbLines = fc.array(
  fc.oneof(
    fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), n: fc.nat({ max: 3 }) }).map(({ id, n }) => JSON.stringify(post(id, {
      message: n === 0 ? 'Xin ho\u0309i thu\u0309 tu\u0323c' : `tin ${n}`,
      comments: { data: Array.from({ length: n }, (_, i) => comment(`${id}_c${i}`, { reactions: reactors(`u${i}`) })) },
      reactions: reactors(...Array.from({ length: n }, (_, i) => `r${i}`)),
    }))),
    fc.constantFrom('', '   ', '{"id": "bad", oops', '[1, 2]', '\r', `{"data": [${JSON.stringify(post('p4'))}]}`),
  ),
  { minLength: 1, maxLength: 12 },
);

/** The lines, padded past the head with long posts, in bytes (BOM, CRLF, a bad byte, a cut end as asked). */
function ndjsonBytes(lines: readonly string[], o: { bom: boolean; crlf: boolean; badByte: boolean; cutEnd: boolean }): Uint8Array {
  const filler = Array.from({ length: 1 + Math.ceil(HEAD_LENGTH / 2000) }, (_, i) => JSON.stringify(post(`f${i}`, { message: `Thông báo ${'ệ'.repeat(1900)}` })));
  const eol = o.crlf ? '\r\n' : '\n';
  let text = [...filler, ...lines].join(eol);
  text = o.cutEnd ? `${text}${eol}{"id": "cut", "created_time": "2025-03-0` : `${text}${eol}`;
  const encoded = bytes(`${o.bom ? '\uFEFF' : ''}${text}`);
  if (!o.badByte) return encoded;
  const out = new Uint8Array(encoded.length + 1);
  const at = Math.floor(encoded.length * 0.7);
  out.set(encoded.subarray(0, at));
  out[at] = 0xff;
  out.set(encoded.subarray(at), at + 1);
  return out;
}

function viaAdd(files: readonly InputFile[], options: IngestOptions = {}) {
  const session = createIngest({ asOf: AS_OF, ...options });
  for (const f of files) session.add(f);
  return session.finish();
}

function viaBegin(files: readonly { name: string; pieces: (Uint8Array | string)[] }[], options: IngestOptions = {}) {
  const session = createIngest({ asOf: AS_OF, ...options });
  for (const f of files) {
    const w = session.begin(f.name);
    for (const p of f.pieces) w.write(p);
    w.end();
  }
  return session.finish();
}

describe('begin/write/end reads a file exactly as add does', () => {
  test('property: NDJSON longer than the head, cut anywhere (the streamed path)', () => {
    fc.assert(fc.property(
      arbLines, fc.record({ bom: fc.boolean(), crlf: fc.boolean(), badByte: fc.boolean(), cutEnd: fc.boolean() }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
      (lines, o, fractions) => {
        const content = ndjsonBytes(lines, o);
        const whole = viaAdd([{ name: 'a.ndjson', content }]);
        expectReconciled(whole.report);
        const streamed = viaBegin([{ name: 'a.ndjson', pieces: cut(content, fractions) }]);
        expect(streamed.dataset).toEqual(whole.dataset);
        expect(streamed.report).toEqual(whole.report);
        expect(streamed.snapshots).toEqual(whole.snapshots);
        if (o.badByte) expect(whole.report.perFile[0].warnings[0].code).toBe('invalid_utf8');
        for (const r of whole.dataset.posts) expect(streamed.locations.locate(r.file, r.position)).toBe(whole.locations.locate(r.file, r.position));
      },
    ), { numRuns: 40 });
  });

  test('every other file — JSON, short, empty, white space, unknown — is kept and read whole at the end', () => {
    const json = JSON.stringify({ data: Array.from({ length: 40 }, (_, i) => post(`j${i}`, { message: 'x'.repeat(2000) })) });
    const files: InputFile[] = [
      { name: 'a.json', content: bytes(json) },
      { name: 'b.ndjson', content: bytes(`${JSON.stringify(post('s'))}\n`) },
      { name: 'c.ndjson', content: bytes('') },
      { name: 'd.ndjson', content: bytes(' '.repeat(HEAD_LENGTH + 10)) },
      { name: 'e.csv', content: bytes(`a,b\n${'1,2\n'.repeat(HEAD_LENGTH / 3)}`) },
      { name: 'f.ndjson', content: `\uFEFF${JSON.stringify(post('t'))}\n` },
    ];
    const whole = viaAdd(files);
    const streamed = viaBegin(files.map((f) => ({ name: f.name, pieces: cut(f.content, [0.1, 0.5, 0.9]) })));
    expect(streamed).toEqual(whole);
    expect(whole.report.perFile.map((f) => f.error?.split(':')[0] ?? null)).toEqual([null, null, 'empty_file', 'empty_file', 'unknown_format', null]);
  });

  test('the lines of a streamed file are read as its pieces come, before the end', () => {
    const seen: number[] = [];
    const ndjson = FORMATS.find((f) => f.format === 'graph-api-ndjson')!;
    const watching: FormatAdapter = {
      ...ndjson,
      lines(sink, options) {
        const inner = ndjson.lines!(sink, options);
        return { ...inner, line: (t, n, done) => { seen.push(n); inner.line(t, n, done); } };
      },
    };
    const session = createIngest({ asOf: AS_OF, formats: [watching] });
    const w = session.begin('a.ndjson');
    const line = `${JSON.stringify(post('p', { message: 'm'.repeat(1000) }))}\n`;
    for (let i = 0; i < 100; i += 1) w.write(line);
    // The head (64 Ki characters) is held; every line after it is read as soon as it is whole.
    expect(seen.length).toBe(100);
    expect(() => session.add({ name: 'b.json', content: '[]' })).toThrow('while a.ndjson is being written');
    w.end();
    expect(seen.length).toBe(101); // and the empty text after the last line feed
    expect(session.finish().report.duplicates).toBe(99);
  });

  test('pieces of one file are all bytes or all text', () => {
    const w = createIngest({ asOf: AS_OF }).begin('a.ndjson');
    w.write('{');
    expect(() => w.write(bytes('}'))).toThrow('must all be bytes or all text');
  });
});

describe('loadExport streams every file', () => {
  test('the same result as reading the files whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddci-stream-'));
    try {
      const content = ndjsonBytes([JSON.stringify(post('p1', { comments: { data: [comment('c1')] } })), 'oops'], { bom: true, crlf: true, badByte: true, cutEnd: true });
      await writeFile(join(dir, 'big.ndjson'), content);
      await writeFile(join(dir, 'small.json'), JSON.stringify({ data: [post('p2')] }));
      const loaded = await loadExport([dir], { asOf: AS_OF });
      expect(loaded).toEqual(viaAdd([{ name: join(dir, 'big.ndjson'), content }, { name: join(dir, 'small.json'), content: bytes(JSON.stringify({ data: [post('p2')] })) }]));
      expect(loaded.report.rejects.map((r) => r.code)).toEqual(['not_json', 'truncated']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
