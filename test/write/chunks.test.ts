/**
 * The writers in bounded chunks (issue 10): the oracle of every file is its whole-string writer
 * (for analysis.json, `JSON.stringify(…, null, 2)` itself), and the guard against a writer that
 * holds a whole file again is the size of its chunks — bounded, and the same bound whatever the
 * size of the data (an analysis and a graph 40 times larger give more chunks, none larger).
 */
import { DirectedGraph } from 'graphology';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { ChunkBuffer, CHUNK_SIZE, joinChunks, textChunks } from '../../src/write/chunks';
import { csvChunks, csvTableChunks, toCsv, writeCsvTables } from '../../src/write/csv';
import { gexfChunks, writeGexf } from '../../src/write/gexf';
import * as write from '../../src/write/index';
import { analysisJsonChunks, jsonChunks, writeAnalysisJson } from '../../src/write/json';
import type { Cell, FlatRow } from '../../src/write/tables';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);

/** The sample `times` over: every actor and petition copied with its own id, the graph's nodes and edges with them. */
function scaled(times: number): { analysis: Analysis; graph: DirectedGraph } {
  const big = structuredClone(analysis);
  const g = graph.copy() as DirectedGraph;
  for (let t = 1; t < times; t++) {
    const rename = (id: string) => (id.startsWith('unit:') || id === '100000' ? id : `${id}~${t}`);
    for (const a of analysis.actors) if (rename(a.id) !== a.id) big.actors.push({ ...a, id: rename(a.id) });
    for (const p of analysis.petitions) big.petitions.push({ ...p, commentId: `${p.commentId}~${t}`, authorId: p.authorId === null ? null : rename(p.authorId) });
    graph.forEachNode((key, attributes) => { if (!g.hasNode(rename(key))) g.addNode(rename(key), attributes); });
    graph.forEachEdge((_key, attributes, source, target) => {
      if (!g.hasEdge(rename(source), rename(target))) g.addDirectedEdge(rename(source), rename(target), attributes);
    });
  }
  return { analysis: big, graph: g };
}

/** The longest chunk, and the chunks joined. */
function read(chunks: Iterable<string>): { longest: number; count: number; text: string } {
  const all = [...chunks];
  return { longest: all.reduce((m, c) => Math.max(m, c.length), 0), count: all.length, text: all.join('') };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

describe('ChunkBuffer', () => {
  it('cuts any pieces into chunks of at most the limit, never inside a surrogate pair, joined back to the text (fast-check)', () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('😀'.repeat(30)));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 16, max: 100 }), (pieces, limit) => {
      const out = new ChunkBuffer(limit);
      const chunks: string[] = [];
      for (const p of pieces) {
        out.push(p);
        if (out.full) chunks.push(...out.take());
      }
      chunks.push(...out.flush());
      expect(chunks.join('')).toBe(pieces.join(''));
      for (const [k, chunk] of chunks.entries()) {
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(limit);
        // A pair of the text is never split between two chunks.
        if (k + 1 < chunks.length) expect(isHigh(chunk.charCodeAt(chunk.length - 1)) && isLow(chunks[k + 1]!.charCodeAt(0))).toBe(false);
      }
    }));
  });

  it('chunks of a text with emoji encode, one by one, to the bytes of the whole text', () => {
    const text = 'Hạ Long 😀'.repeat(1000);
    const bytes = Buffer.concat([...textChunks(text, 17)].map((c) => Buffer.from(c, 'utf8')));
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(joinChunks(textChunks(text, 17))).toBe(text);
  });

  it('a chunk size below 16 or not an integer is refused (invalid_option)', () => {
    expect(() => jsonChunks({}, { chunkSize: 8 })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => gexfChunks(graph, analysis, { chunkSize: 100.5 })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => csvChunks([], ['a'], { chunkSize: Number.NaN })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => analysisJsonChunks(analysis, { size: 1 } as never)).toThrow(expect.objectContaining({ code: 'unknown_option' }));
  });
});

describe('analysis.json in chunks', () => {
  it('any JSON value: the chunks joined are JSON.stringify(value, null, 2) (fast-check, with -0 and nesting)', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.record({ a: fc.double(), b: fc.array(fc.oneof(fc.string(), fc.constant(-0), fc.constant(null))), c: fc.dictionary(fc.string(), fc.jsonValue()) }), { maxLength: 40 }),
    );
    fc.assert(fc.property(value, fc.integer({ min: 16, max: 400 }), (v, chunkSize) => {
      const { text, longest } = read(jsonChunks(v, { chunkSize }));
      expect(text).toBe(JSON.stringify(v, null, 2));
      expect(longest).toBeLessThanOrEqual(chunkSize);
    }));
  });

  it('what JSON.stringify leaves out or turns to null, left out or null alike; a cycle is a TypeError', () => {
    const odd = { a: undefined, f: () => 1, list: [undefined, () => 1, Symbol('s'), 1], when: new Date(0), nested: { empty: {}, none: [] } };
    const big = { ...odd, many: Array.from({ length: 300 }, (_, i) => ({ i, odd })) };
    for (const v of [odd, big, [odd, odd]]) expect(joinChunks(jsonChunks(v, { chunkSize: 64 }))).toBe(JSON.stringify(v, null, 2));
    const cycle: Record<string, unknown> = { many: Array.from({ length: 100 }, (_, i) => i) };
    cycle.self = cycle;
    expect(() => joinChunks(jsonChunks(cycle, { chunkSize: 64 }))).toThrow(TypeError);
  });

  it('the analysis: the chunks joined are writeAnalysisJson, at every chunk size', () => {
    for (const chunkSize of [16, 100, 4096, CHUNK_SIZE]) {
      expect(joinChunks(analysisJsonChunks(analysis, { chunkSize }))).toBe(writeAnalysisJson(analysis));
    }
  });
});

describe('CSV in chunks', () => {
  it('csvChunks of cell rows joined is toCsv of the same rows as objects, raw or not (fast-check)', () => {
    const cell: fc.Arbitrary<Cell> = fc.oneof(fc.string(), fc.constantFrom('=1+1', ' x', 'a,"b"', 'l\r\nm', '@SUM(A1)'), fc.double(), fc.boolean(), fc.constant(null));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), fc.boolean(), fc.integer({ min: 16, max: 200 }), (rows, raw, chunkSize) => {
      const columns = ['a', 'b', 'c'];
      const objects: FlatRow[] = rows.map((r) => ({ a: r[0]!, b: r[1]!, c: r[2]! }));
      const { text, longest } = read(csvChunks(rows, columns, { raw, chunkSize }));
      expect(text).toBe(toCsv(objects, columns, { raw }));
      expect(longest).toBeLessThanOrEqual(chunkSize);
    }));
  });

  it('csvTableChunks: the files of writeCsvTables, same names and order, each chunk bounded', () => {
    const files = writeCsvTables(analysis, { graph });
    const chunked = csvTableChunks(analysis, { graph, chunkSize: 256 });
    expect(chunked.map(([name]) => name)).toEqual(Object.keys(files));
    for (const [name, chunks] of chunked) {
      const { text, longest } = read(chunks);
      expect(text, name).toBe(files[name]);
      expect(longest, name).toBeLessThanOrEqual(256);
    }
  });
});

describe('GEXF in chunks', () => {
  it('gexfChunks joined is writeGexf, at every chunk size', () => {
    for (const chunkSize of [16, 1000, CHUNK_SIZE]) {
      const { text, longest } = read(gexfChunks(graph, analysis, { chunkSize }));
      expect(text).toBe(writeGexf(graph, analysis));
      expect(longest).toBeLessThanOrEqual(chunkSize);
    }
  });
});

describe('no writer holds a whole file (the guard)', () => {
  it('40 times the data: every file of outputFileChunks in more chunks, none longer than CHUNK_SIZE; joined, the files of outputFiles', async () => {
    const longest = new Map<string, number>();
    const counts = new Map<string, number[]>();
    for (const times of [1, 40]) {
      const data = scaled(times);
      const joined = new Map<string, string>();
      for await (const [name, content] of write.outputFileChunks(data.analysis, { graph: data.graph, report: false })) {
        if (content instanceof Uint8Array) continue;
        const { longest: max, count, text } = read(content);
        longest.set(name, Math.max(longest.get(name) ?? 0, max));
        counts.set(name, [...(counts.get(name) ?? []), count]);
        joined.set(name, text);
      }
      if (times === 40) {
        for await (const [name, content] of write.outputFiles(data.analysis, { graph: data.graph, report: false })) {
          expect(content, name).toBe(joined.get(name));
        }
      }
    }
    for (const [name, max] of longest) expect(max, name).toBeLessThanOrEqual(CHUNK_SIZE);
    // The files that grow with actors, petitions and edges are many chunks at 40×, not one larger string.
    for (const name of ['analysis.json', 'actors.csv', 'petitions.csv', 'edges.csv', 'graph.gexf']) {
      const [small, large] = counts.get(name)!;
      expect(large!, name).toBeGreaterThan(small!);
      expect(large!, name).toBeGreaterThan(1);
    }
  });
});
