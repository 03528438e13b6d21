import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNameMarkerMatcher, makeActorClassifier } from '../../src/resolve/actors';
import { foldCase, hasDiacritics, makePhraseFinder, phraseKey, replacePhrases } from '../../src/text/phrases';
import { foldText } from '../../src/text/fold';
import { DEFAULT_BUSINESS_MARKERS } from '../../src/text/lexicons';
import { makeConfig } from '../helpers/dataset';

describe('makePhraseFinder: folded, spacing- and invisible-insensitive, whole words (SPEC 3.1, 7.2)', () => {
  const find = makePhraseFinder([['Nguyễn Văn Bình', 'anon:1'], ['Trần Thị Cúc', 'anon:2'], ['Văn Bình', 'anon:3']]);

  it.each([
    ['Anh NGUYỄN VĂN BÌNH hỏi', 'Anh anon:1 hỏi'], // upper case
    ['anh nguyen van binh hoi', 'anh anon:1 hoi'], // no diacritics
    ['Anh Nguyễn  Văn   Bình hỏi', 'Anh anon:1 hỏi'], // repeated spaces
    ['Anh Nguyễn\u200bVăn Bình hỏi', 'Anh anon:1 hỏi'], // a zero-width space for a space
    ['Anh Ngu\u200byễn Văn Bì\u200dnh hỏi', 'Anh anon:1 hỏi'], // zero-width characters inside words
    ['Anh Nguye\u0302\u0303n Văn Bình hỏi', 'Anh anon:1 hỏi'], // decomposed (NFD) text
    ['(Nguyễn Văn Bình), xin hỏi', '(anon:1), xin hỏi'], // punctuation around it
    ['Chị trần thị cúc và anh Văn Bình', 'Chị anon:2 và anh anon:3'],
  ])('%j → %j', (text, expected) => {
    expect(replacePhrases(text, find)).toBe(expected);
  });

  it('only whole words: a name inside a longer word is left alone', () => {
    expect(replacePhrases('xNguyễn Văn Bìnhx', find)).toBe('xNguyễn Văn Bìnhx');
    expect(replacePhrases('Nguyễn Văn Bìnhh', find)).toBe('Nguyễn Văn Bìnhh');
  });

  it('the longest phrase wins at a position; positions point into the original text', () => {
    const text = 'Ông NGUYỄN  VĂN BÌNH.';
    const [match] = find(text);
    expect(text.slice(match!.start, match!.end)).toBe('NGUYỄN  VĂN BÌNH');
    expect(match!.value).toBe('anon:1');
  });

  it('fast-check: many names sharing their first letters — the same replacements as a greedy scan over whole words (oracle)', () => {
    const syllables = ['Nguyễn', 'Nguyên', 'Ngô', 'Văn', 'Vân', 'Thị', 'Bình', 'Bích', 'An', 'Anh', 'hỏi', 'về', 'thuế'];
    const syllable = fc.constantFrom(...syllables);
    const name = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 40 }), fc.array(syllable, { maxLength: 30 }), (names, words) => {
      const phrases = names.map((n, i) => [n, `anon:${i + 1}`] as const);
      // The oracle: at each word, the longest run of whole words whose folded letters are a name's
      // (first given wins among equal keys; one-letter keys are never names), left to right.
      const byKey = new Map<string, string>();
      for (const [n, value] of phrases) {
        const key = phraseKey(n).letters;
        if (key.length >= 2 && !byKey.has(key)) byKey.set(key, value);
      }
      const folded = words.map((w) => phraseKey(w).letters);
      const out: string[] = [];
      for (let i = 0; i < words.length;) {
        let best = 0;
        for (let k = 1, key = folded[i]!; i + k <= words.length; k++, key += folded[i + k - 1] ?? '') {
          if (byKey.has(key)) best = k;
        }
        out.push(best === 0 ? words[i]! : byKey.get(folded.slice(i, i + best).join(''))!);
        i += Math.max(best, 1);
      }
      expect(replacePhrases(words.join(' '), makePhraseFinder(phrases))).toBe(out.join(' '));
    }), { numRuns: 500 });
  });

  it('fast-check: a name written in any case, without diacritics or with doubled spaces is found in any text around it', () => {
    const syllable = fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Văn', 'Thị', 'Đức', 'Bình', 'Cúc', 'Đạt', 'Hương');
    const variant = fc.constantFrom(
      (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => foldText(s),
      (s: string) => s.replace(/ /g, '  '), (s: string) => s.replace(/ /g, '\u200b'), (s: string) => s.normalize('NFD'),
    );
    fc.assert(fc.property(fc.array(syllable, { minLength: 2, maxLength: 4 }), variant, fc.string(), fc.string(), (words, write, before, after) => {
      const name = words.join(' ');
      const text = `${before} ${write(name)} ${after}`;
      const out = replacePhrases(text, makePhraseFinder([[name, '\u0000']]));
      expect(out).toContain('\u0000');
      expect(out.startsWith(before)).toBe(true);
    }));
  });
});

describe('SPEC 3.2 (amended): name markers and diacritics', () => {
  it('hasDiacritics / foldCase', () => {
    expect(hasDiacritics('Công ty')).toBe(true);
    expect(hasDiacritics('Đông')).toBe(true);
    expect(hasDiacritics('Cong ty')).toBe(false);
    expect(foldCase('CÔNG TY, TNHH  Hải-Long')).toBe('công ty tnhh hải long');
  });

  const business = makeNameMarkerMatcher(DEFAULT_BUSINESS_MARKERS);
  it.each([
    ['Công ty TNHH Hải Long', true], ['CÔNG TY Hải Long', true], ['Cong ty TNHH ABC', true], ['CONG TY ABC', true],
    ['Nguyễn Công Tỷ', false], ['NGUYỄN CÔNG TỶ', false], ['Trần Cổ Phấn', false],
    ['Nguyen Cong Ty', true], // no diacritics: matched folded, cannot be told apart
  ])('default business markers: %s → %s', (name, expected) => {
    expect(business(name)).toBe(expected);
  });

  it('a configured marker written without diacritics matches folded, both spellings (decisions.md)', () => {
    const folded = makeNameMarkerMatcher(['cong ty']);
    expect(folded('Công ty Hải Long')).toBe(true);
    expect(folded('Nguyễn Công Tỷ')).toBe(true);
    const marked = makeNameMarkerMatcher(['công ty']);
    expect(marked('Nguyễn Công Tỷ')).toBe(false);
    expect(marked('Cong ty Hai Long')).toBe(true);
  });

  it('the classifier: Nguyễn Công Tỷ is an individual, Công ty Công Tỷ a business', () => {
    const classify = makeActorClassifier(makeConfig());
    expect(classify({ id: 'p', name: 'Nguyễn Công Tỷ' }).kind).toBe('individual');
    expect(classify({ id: 'b', name: 'Công ty TNHH Công Tỷ' }).kind).toBe('business');
    expect(classify({ id: 'a', name: 'HIỆP HỘI Du lịch' }).kind).toBe('association');
    expect(classify({ id: 'h', name: 'Hiệp Nguyễn' }).kind).toBe('individual');
  });
});
