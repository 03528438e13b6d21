import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { foldText, makeFoldedPhraseMatcher, makePhraseMatcher, nfc } from '../../src/text/fold';
import {
  DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS, DEFAULT_TTHC_MARKERS,
} from '../../src/text/lexicons';

// Vietnamese letters in NFC, both cases, for generated text.
const VIET = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const LETTERS = [...VIET, ...VIET.toUpperCase()];
const vietText = fc
  .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(' ', ',', '.', '?', '!', '-', '  ', '\t', '0', '7')), { maxLength: 40 })
  .map((chars) => chars.join(''));

describe('foldText: each distinct text folded once (a cache; several passes fold the same texts)', () => {
  // The oracle: the SPEC 3.1 steps written out, no cache.
  const reference = (text: string) => text.normalize('NFC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();

  it('gives the uncached result every time, short and long texts alike (fast-check)', () => {
    const long = vietText.map((t) => `${t} `.repeat(200));
    fc.assert(fc.property(fc.oneof(vietText, long, fc.string({ unit: 'grapheme' })), (text) => {
      expect(foldText(text)).toBe(reference(text));
      expect(foldText(text)).toBe(reference(text));
    }), { numRuns: 300 });
  });

  it('folds a repeated text once, and a text longer than the cache keeps each time', () => {
    const text = `Kiến nghị số ${Math.random()} về thủ tục`;
    const expected = reference(text);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      for (let i = 0; i < 5; i++) expect(foldText(text)).toBe(expected);
      const folds = normalize.mock.calls.length;
      expect(folds).toBe(2); // NFC, then NFD: one folding
      normalize.mockClear();
      const long = 'Kiến nghị '.repeat(1000);
      for (let i = 0; i < 3; i++) foldText(long);
      expect(normalize.mock.calls.length).toBe(3 * folds);
    } finally {
      normalize.mockRestore();
    }
  });
});

describe('foldText (SPEC 3.1)', () => {
  it('folds the documented example: NFC, lower case, marks stripped, đ→d, punctuation to spaces', () => {
    expect(foldText('Xin hỏi: thủ tục ĐĂNG KÝ?')).toBe('xin hoi thu tuc dang ky');
  });

  it('maps đ and Đ to d', () => {
    expect(foldText('Đề nghị đăng ký')).toBe('de nghi dang ky');
    expect(foldText('ĐĐđđ')).toBe('dddd');
  });

  it('gives the same folding for NFC and NFD spellings (exports mix both)', () => {
    const text = 'Kiến nghị về hồ sơ cấp phép của Công ty Cổ phần Hạ Long';
    expect(text.normalize('NFD')).not.toBe(text);
    expect(foldText(text.normalize('NFD'))).toBe(foldText(text));
    expect(foldText(text)).toBe('kien nghi ve ho so cap phep cua cong ty co phan ha long');
  });

  it('turns punctuation into spaces, collapses runs of spaces and trims', () => {
    expect(foldText('  Co.,Ltd!!  (JSC)\n\t-- Hải   Long ')).toBe('co ltd jsc hai long');
    expect(foldText('kiến-nghị/đề_xuất')).toBe('kien nghi de xuat');
  });

  it('keeps digits', () => {
    expect(foldText('Nghị định 01/2021/NĐ-CP')).toBe('nghi dinh 01 2021 nd cp');
  });

  it('folds the empty string and pure punctuation to the empty string', () => {
    expect(foldText('')).toBe('');
    expect(foldText(' ?!... ')).toBe('');
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(vietText, (s) => foldText(foldText(s)) === foldText(s)));
  });

  it('ignores case, normal form and diacritics (property)', () => {
    fc.assert(
      fc.property(vietText, (s) => {
        const folded = foldText(s);
        return (
          foldText(s.normalize('NFD')) === folded &&
          foldText(s.toUpperCase()) === folded &&
          /^[a-z0-9 ]*$/.test(folded) &&
          !folded.includes('  ') &&
          folded === folded.trim()
        );
      }),
    );
  });

  it('nfc() composes decomposed text', () => {
    expect(nfc('Hồ sơ'.normalize('NFD'))).toBe('Hồ sơ'.normalize('NFC'));
  });
});

describe('makePhraseMatcher (SPEC 3.1: whole words or phrases of folded text)', () => {
  it('matches typed with or without diacritics and in any case', () => {
    const m = makePhraseMatcher(['kiến nghị']);
    expect(m('Tôi KIEN NGHI việc này')).toBe(true);
    expect(m('xin kiến nghị')).toBe(true);
    expect(m('KIẾN  NGHỊ!')).toBe(true);
    expect(m('Kiến nghị'.normalize('NFD'))).toBe(true);
  });

  it('folds the markers too: a marker without diacritics matches text with them', () => {
    expect(makePhraseMatcher(['xin hoi'])('Xin hỏi ạ')).toBe(true);
  });

  it('matches whole words only, not inside a word', () => {
    const m = makePhraseMatcher(['cty', 'hoi']);
    expect(m('ctyabc')).toBe(false);
    expect(m('xcty')).toBe(false);
    expect(m('Hội An')).toBe(true);
    expect(m('Hội')).toBe(true);
    expect(m('hoian')).toBe(false);
  });

  it('matches a phrase across punctuation but not with a word between', () => {
    const m = makePhraseMatcher(['co ltd']);
    expect(m('Hai Long Co.,Ltd')).toBe(true);
    expect(m('Co. Hai Ltd')).toBe(false);
  });

  it('matches at the start, the middle and the end of the text', () => {
    const m = makePhraseMatcher(['vuong mac']);
    expect(m('Vướng mắc về thuế')).toBe(true);
    expect(m('có vướng mắc về thuế')).toBe(true);
    expect(m('thuế vướng mắc')).toBe(true);
  });

  it('never matches with no markers, or markers that fold to nothing', () => {
    expect(makePhraseMatcher([])('anything at all')).toBe(false);
    expect(makePhraseMatcher(['', '?!'])('anything ? at all')).toBe(false);
  });

  it('treats regular-expression characters in markers literally', () => {
    // `c++` folds to `c`; `a.b` to `a b`: no pattern characters survive folding.
    const m = makePhraseMatcher(['a.b', '(x)']);
    expect(m('a b')).toBe(true);
    expect(m('axb')).toBe(false);
    expect(m('x')).toBe(true);
  });

  it('the folded variant expects text already folded', () => {
    const m = makeFoldedPhraseMatcher(['Thủ tục']);
    expect(m('thu tuc hanh chinh')).toBe(true);
    expect(m(foldText('THỦ TỤC'))).toBe(true);
  });

  it('agrees with a naive word-sequence search (property)', () => {
    const words = fc.constantFrom('xin', 'hoi', 'cho', 'kien', 'nghi', 'thu', 'tuc', 'de');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 3 }), fc.array(words, { maxLength: 12 }), (marker, text) => {
        const naive = text.some((_, i) => marker.every((w, j) => text[i + j] === w));
        return makePhraseMatcher([marker.join(' ')])(text.join(' ')) === naive;
      }),
    );
  });
});

describe('default lexicons', () => {
  // SPEC 3.2 names the markers folded; the defaults carry their Vietnamese diacritics, so that a
  // name written with diacritics is compared with them (resolve/actors.ts).
  it('association markers are those of SPEC 3.2, with their diacritics', () => {
    expect(DEFAULT_ASSOCIATION_MARKERS.map(foldText)).toEqual([
      'hiep hoi', 'hoi doanh nghiep', 'hoi doanh nhan', 'hoi nu doanh nhan', 'cau lac bo doanh nghiep', 'clb doanh nghiep',
    ]);
    expect(DEFAULT_ASSOCIATION_MARKERS).toContain('hiệp hội');
  });

  it('business markers are those of SPEC 3.2, with their diacritics', () => {
    expect(DEFAULT_BUSINESS_MARKERS.map(foldText)).toEqual([
      'cong ty', 'cty', 'tnhh', 'co phan', 'doanh nghiep tu nhan', 'dntn', 'htx', 'hop tac xa', 'tap doan', 'jsc', 'co ltd', 'company',
    ]);
    expect(DEFAULT_BUSINESS_MARKERS).toContain('công ty');
  });

  it('petition markers are those of SPEC 3.4', () => {
    expect([...DEFAULT_PETITION_MARKERS]).toEqual([
      'xin hoi', 'cho hoi', 'de nghi', 'kien nghi', 'de xuat', 'vuong mac', 'kho khan', 'giai dap', 'tai sao', 'vi sao',
      'bao gio', 'khi nao', 'nhu the nao', 'lam sao', 'thac mac', 'bao lau',
    ]);
  });

  it('TTHC markers are those of SPEC 4.1', () => {
    expect([...DEFAULT_TTHC_MARKERS]).toEqual([
      'thu tuc', 'ho so', 'cap phep', 'giay phep', 'giay chung nhan', 'dang ky', 'dich vu cong', 'mot cua', 'hanh chinh', 'tthc',
    ]);
  });

  it('every default text marker is already folded and the lists are frozen', () => {
    for (const list of [DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS, DEFAULT_TTHC_MARKERS]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
    for (const list of [DEFAULT_PETITION_MARKERS, DEFAULT_TTHC_MARKERS]) {
      for (const marker of list) expect(foldText(marker)).toBe(marker);
    }
  });
});
