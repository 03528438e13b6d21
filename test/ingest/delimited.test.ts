/**
 * What the delimited adapters share (src/ingest/delimited.ts): Windows-1252 against Python's cp1252
 * codec, the choice of encoding, csv-parse rows with their numbers and line breaks, count cells.
 */
import { describe, expect, test } from 'vitest';
import { countCell, decodeDelimited, decodeWindows1252, parseRows } from '../../src/ingest/delimited';

describe('Windows-1252 (docs/formats.md §1.1)', () => {
  // Python 3.11: bytes(range(0x80, 0xa0)).decode('cp1252', errors='ignore') — the 27 bytes it defines.
  const PYTHON_CP1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

  test('0x80–0x9F as Python\'s cp1252 codec; its five undefined bytes as the C1 code points (WHATWG); every other byte its Latin-1 code point', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all).toHaveLength(256);
    const c1 = [...all.slice(0x80, 0xa0)];
    expect(c1.filter((_, i) => !UNDEFINED.includes(0x80 + i)).join('')).toBe(PYTHON_CP1252);
    expect(UNDEFINED.map((b) => all.charCodeAt(b))).toEqual(UNDEFINED);
    for (let b = 0; b < 256; b += 1) if (b < 0x80 || b > 0x9f) expect(all.charCodeAt(b)).toBe(b);
  });

  test('longer than one chunk, and a UTF-8 byte-order mark in front dropped', () => {
    const bytes = new Uint8Array(20_003).fill(0x93);
    bytes.set([0xef, 0xbb, 0xbf]);
    expect(decodeWindows1252(bytes)).toBe('“'.repeat(20_000));
  });

  test('a file is UTF-8 when its bytes are (real U+FFFD characters included); else Windows-1252; a string as it is', () => {
    const valid = new TextEncoder().encode('a\uFFFDb');
    expect(decodeDelimited({ name: 'a.csv', text: 'a\uFFFDb', bytes: valid })).toEqual({ text: 'a\uFFFDb', encoding: 'utf-8' });
    expect(decodeDelimited({ name: 'b.csv', text: 'x\uFFFD', bytes: new Uint8Array([0x78, 0x92]) })).toEqual({ text: 'x’', encoding: 'windows-1252' });
    expect(decodeDelimited({ name: 'c.csv', text: 'x\uFFFD' })).toEqual({ text: 'x\uFFFD', encoding: 'utf-8' });
  });
});

describe('rows (csv-parse)', () => {
  const CSV = { delimiter: ',', quote: true } as const;

  test('CRLF rows; a lone CR, CRLF and LF inside a quoted field all become LF; doubled quotes', () => {
    expect(parseRows('a,b\r\n1,"x\ry\r\nz\nw ""q"""\r\n', CSV)).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', 'x\ny\nz\nw "q"'] },
    ]);
  });

  test('LF rows and Mac CR rows are rows too; blank lines are no rows', () => {
    expect(parseRows('a,b\n\n1,2\n', CSV).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseRows('a,b\r1,2\r', CSV).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  test('rows of any length are returned (the adapter judges them); a quote never closed is an error row numbered in order', () => {
    const rows = parseRows('a,b\r\n1\r\n1,2,3\r\n"open,1\r\n', CSV);
    expect(rows.map((r) => [r.row, r.fields ?? r.error])).toEqual([[1, ['a', 'b']], [2, ['1']], [3, ['1', '2', '3']], [4, 'CSV_QUOTE_NOT_CLOSED']]);
  });

  test('without quoting (Netvizz) a quote is a character and only tabs split', () => {
    expect(parseRows('a\tb\r\n"x\ty, "z"\r\n', { delimiter: '\t', quote: false }).map((r) => r.fields)).toEqual([['a', 'b'], ['"x', 'y, "z"']]);
  });
});

describe('count cells', () => {
  test.each([
    ['12', 12], [' 7 ', 7], ['0', 0], ['', null], ['  ', null], ['-1', -1], ['1.5', Number.NaN], ['1e3', Number.NaN], ['=SUM(A1)', Number.NaN], ['1,234', Number.NaN],
  ])('%j → %s (the sink refuses what is not a non-negative whole number)', (cell, value) => {
    expect(countCell(cell)).toEqual(value);
  });
});
