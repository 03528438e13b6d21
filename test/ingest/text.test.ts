/**
 * The pieces under the sink: text normalisation, UTF-8 decoding with the offset of the first bad
 * byte, the iterative JSON checker, bounded copies of rejected records, locations.
 */
import { describe, expect, test } from 'vitest';
import { boundedCopy, TOO_DEEP_MARKER } from '../../src/ingest/bounded';
import fc from 'fast-check';
import { cleanText, decodeFile, formatLocation, isCleanText, normalizeText } from '../../src/ingest/index';
import { diagnoseJson, lineColumn } from '../../src/ingest/json';
import { ListPath } from '../../src/ingest/locations';

describe('cleanText (SPEC 7.1)', () => {
  test.each([
    ['NFD → NFC', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['C0 controls but tab and line feed', 'a\u0000b\u0001c\td\ne\rf\u001Fg', 'abc\td\nefg'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'abc'],
    ['a lone high surrogate', 'a\uD83Db', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDE00b', 'a\uFFFDb'],
    ['an emoji pair is kept', 'a😀b', 'a😀b'],
    ['RTL marks and zero-width characters are text, kept', '\u200F\u202Eabc\u200B', '\u200F\u202Eabc\u200B'],
  ])('%s', (_label, input, output) => {
    expect(cleanText(input, 100)).toEqual({ text: output, cut: false });
  });

  test('a text beyond the limit is cut, never between the two halves of a surrogate pair', () => {
    expect(cleanText('abcdef', 4)).toEqual({ text: 'abcd', cut: true });
    expect(cleanText('abc😀', 4)).toEqual({ text: 'abc', cut: true });
    // The limit counts the text as the export gives it: cut first, then normalised.
    expect(cleanText('e\u0301e\u0301e\u0301', 3)).toEqual({ text: 'ée', cut: true });
    expect(cleanText('e\u0301e\u0301e\u0301', 6)).toEqual({ text: 'ééé', cut: false });
    // NFC may lengthen a text (U+0958 is excluded from composition: 1 unit → 2): cut again after.
    expect(cleanText('\u0958\u0958', 2)).toEqual({ text: '\u0915\u093C', cut: true });
  });

  test('the fast path (isCleanText) only passes texts that the whole treatment leaves as they are', () => {
    // The oracle is String.prototype.normalize (ICU): every character of the three blocks, and
    // every pair of them, is already NFC — so any text made of them is (composition joins a
    // character to the one before it only; none of these is a combining mark, Hangul, or a
    // second character of a composition).
    const blocks: number[] = [0x09, 0x0a];
    for (let c = 0x20; c < 0x300; c += 1) blocks.push(c);
    for (let c = 0x1e00; c <= 0x1eff; c += 1) blocks.push(c);
    for (let c = 0x2010; c <= 0x205f; c += 1) blocks.push(c);
    const chars = blocks.map((c) => String.fromCharCode(c));
    for (const a of chars) {
      expect(isCleanText(a)).toBe(true);
      for (const b of chars) if ((a + b).normalize('NFC') !== a + b) expect.fail(`${a}${b} is not NFC`);
    }
    expect(isCleanText('Xin hỏi thủ tục cấp giấy phép – “một cửa” …')).toBe(true);
    expect(isCleanText('Cảm ơn ❤️ 👍😀')).toBe(true);
    // What the fast path must send the whole way: NFD, controls, non-characters, lone surrogates,
    // U+2000, the Ångström sign, a supplementary character outside the emoji planes (𝅗𝅥: decomposes).
    for (const t of ['Nguye\u0302\u0303n', 'a\u0000b', 'a\u000Bb', 'a\uFFFEb', 'a\uD83Db', 'a\uD83D', '\uDE00a', '\u2000', '\u212B', '\u{1D15E}', '\u{2F800}']) {
      expect(isCleanText(t)).toBe(false);
    }
  });

  test('the fast path: symbols, variation selectors and emoji: NFC alone, before and after the other clean characters', () => {
    // The oracle is again String.prototype.normalize: each character alone is unchanged by NFD and
    // NFC and is no mark (but the variation selectors, whose combining class 0 — no reordering
    // across them — is checked too); and every pair with the Latin blocks' characters is NFC.
    const symbols: string[] = [];
    for (let c = 0x2600; c <= 0x27bf; c += 1) symbols.push(String.fromCharCode(c));
    const selectors: string[] = [];
    for (let c = 0xfe00; c <= 0xfe0f; c += 1) selectors.push(String.fromCharCode(c));
    const emoji: string[] = [];
    for (let c = 0x1f000; c <= 0x1fbff; c += 1) emoji.push(String.fromCodePoint(c));
    const latin: string[] = [];
    for (let c = 0x20; c < 0x300; c += 1) latin.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c += 1) latin.push(String.fromCharCode(c));
    for (const x of [...symbols, ...selectors, ...emoji]) {
      expect(isCleanText(x)).toBe(true);
      if (x.normalize('NFD') !== x || x.normalize('NFC') !== x) expect.fail(`${x} is not NFC`);
      if (!selectors.includes(x) && /\p{M}/u.test(x)) expect.fail(`${x} is a mark`);
    }
    for (const v of selectors) {
      // combining class 0: a mark after it is not moved before it
      expect(`a\u0301${v}\u0323`.normalize('NFD')).toBe(`a\u0301${v}\u0323`);
      expect(`a${v}\u0301`.normalize('NFC')).toBe(`a${v}\u0301`);
    }
    for (const x of [...symbols, ...selectors, ...emoji.filter((_, i) => i % 7 === 0)]) {
      for (const y of latin) {
        if ((x + y).normalize('NFC') !== x + y || (y + x).normalize('NFC') !== y + x) expect.fail(`${x} with ${y} is not NFC`);
      }
    }
  });

  test('property: cleanText with the fast path equals the whole treatment (regular expressions, NFC)', () => {
    const alphabet = fc.constantFrom('a', 'ệ', 'e\u0302\u0323', 'Đ', '\t', '\n', '\u0007', '\uFFFF', '😀', '❤\uFE0F', '\uFE0F', '\uD83D', '\uDC4D', '“', '\u00A0', '\u0301', '한', '\u1100\u1161');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      const whole = text
        .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .normalize('NFC');
      expect(cleanText(text, 1000)).toEqual({ text: whole, cut: false });
      if (isCleanText(text)) expect(whole).toBe(text);
    }), { numRuns: 500 });
  });

  test('normalizeText is cleanText without a limit', () => {
    expect(normalizeText('Ho\u0300ng\u0007')).toBe('Hòng');
  });
});

describe('decodeFile: invalid UTF-8 names its first byte (offsets as Python\'s UnicodeDecodeError.start)', () => {
  const enc = (s: string) => [...new TextEncoder().encode(s)];
  test.each([
    ['valid, with a BOM', [0xef, 0xbb, 0xbf, ...enc('{"a":"ồ"}')], -1, '{"a":"ồ"}'],
    ['a lone continuation byte', [...enc('ab'), 0x80, ...enc('c')], 2, 'ab\uFFFDc'],
    ['a Latin-1 byte (Excel)', [...enc('it'), 0xd5, ...enc('s')], 2, 'it\uFFFDs'],
    ['an overlong encoding', [...enc('x'), 0xc0, 0xaf], 1, 'x\uFFFD\uFFFD'],
    ['an encoded surrogate', [...enc('x'), 0xed, 0xa0, 0x80], 1, 'x\uFFFD\uFFFD\uFFFD'],
    ['a sequence cut at the end', [...enc('x'), 0xe2, 0x82], 1, 'x\uFFFD'],
    ['beyond U+10FFFF', [0xf5, 0x80, 0x80, 0x80], 0, '\uFFFD\uFFFD\uFFFD\uFFFD'],
  ])('%s', (_label, bytes, at, text) => {
    expect(decodeFile(new Uint8Array(bytes))).toEqual({ text, invalidAt: at });
  });

  test('a string is taken as it is (a BOM dropped)', () => {
    expect(decodeFile('\uFEFF{}')).toEqual({ text: '{}', invalidAt: -1 });
  });
});

describe('diagnoseJson: truncated or not JSON, with line and column', () => {
  test.each([
    ['{"a": [1, 2', 'truncated', 1, 12],
    ['{"a" 1}', 'not_json', 1, 6],
    ['[1,2]x', 'not_json', 1, 6],
    ['{\n  "data": [\n    {"id": "a"}\n    {"id": "b"}\n  ]\n}', 'not_json', 4, 5],
    ['[1,]', 'not_json', 1, 4],
    ['{"a":1,}', 'not_json', 1, 8],
    ['"abc', 'truncated', 1, 5],
    ['nul', 'truncated', 1, 4],
    ['{"a":"\\x"}', 'not_json', 1, 8],
  ])('%j → %s at %i:%i', (text, code, line, column) => {
    expect(diagnoseJson(text)).toMatchObject({ code, line, column });
  });

  test('is iterative: 200,000 open brackets are a truncated text, not a stack overflow', () => {
    expect(diagnoseJson('['.repeat(200_000)).code).toBe('truncated');
    expect(diagnoseJson(`${'['.repeat(200_000)}1${']'.repeat(199_999)}}`).code).toBe('not_json');
  });

  test('never quotes the text', () => {
    expect(diagnoseJson('{"secret" 1}').message).not.toContain('secret');
  });

  test('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('boundedCopy: rejected records kept bounded', () => {
  test('nesting beyond the limit becomes a marker; long strings are cut; the copy is iterative', () => {
    expect(boundedCopy([[[1]]], 2, 10)).toEqual([[TOO_DEEP_MARKER]]);
    expect(boundedCopy({ a: 'x'.repeat(20), b: [1, { c: 'yy' }] }, 5, 10)).toEqual({ a: 'x'.repeat(10), b: [1, { c: 'yy' }] });
    const deep = JSON.parse('['.repeat(50_000) + ']'.repeat(50_000));
    expect(JSON.stringify(boundedCopy(deep, 64, 10))).toContain(TOO_DEEP_MARKER);
  });

  test('a "__proto__" key is copied as data, not as a prototype', () => {
    const copy = boundedCopy(JSON.parse('{"__proto__":{"x":1},"id":"p"}'), 5, 10) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'id']);
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"id":"p"}');
  });
});

test('formatLocation', () => {
  expect([formatLocation('data[3].comments.data', 2), formatLocation('line ', 7), formatLocation('$', -1), formatLocation('', 4)])
    .toEqual(['data[3].comments.data[2]', 'line 7', '$', '[4]']);
});

test('ListPath: a nested list\'s path written out when asked, as the strings it replaces were written', () => {
  const comments = new ListPath('data', 3, 'comments.data');
  const replies = new ListPath(comments, 0, 'comments.data');
  expect([String(comments), String(replies), String(new ListPath('line ', 7, 'reactions.data')), String(new ListPath('$', -1, 'likes.data'))])
    .toEqual(['data[3].comments.data', 'data[3].comments.data[0].comments.data', 'line 7: reactions.data', '$.likes.data']);
  // A chain of 100 000 replies is written without recursion (and each link once).
  let deep: string | ListPath = 'data';
  for (let i = 0; i < 100_000; i += 1) deep = new ListPath(deep, 0, 'c');
  const text = String(deep);
  expect(text.length).toBe('data'.length + 100_000 * '[0].c'.length);
  expect(text.endsWith('[0].c[0].c')).toBe(true);
});
