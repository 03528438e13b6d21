/**
 * Finding people's names and marker phrases in text (SPEC 3.1, 3.2, 7.2).
 *
 * - {@link foldCase}: like `foldText` (./fold) but keeping the diacritics (SPEC 3.2 compares a name
 *   written with diacritics against markers with theirs).
 * - {@link makePhraseFinder}: where phrases occur in a text, matched folded (case and diacritics
 *   ignored), with invisible format characters (zero-width spaces, joiners, direction marks, soft
 *   hyphens: Unicode category Cf) ignored and spacing ignored (`Nguyễn  Văn Bình`,
 *   `NGUYEN VAN\u200bBINH` and `NguyễnVănBình` all meet `Nguyễn Văn Bình`), but only as whole words:
 *   a match starts where a word starts and ends where a word ends. It returns the matches' positions
 *   in the original text, so a caller can replace exactly what was written.
 */
const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const INVISIBLE = /^\p{Cf}$/u;
const DIACRITIC = /\p{M}|[đĐ]/u;
const NON_WORD = /[^\p{L}\p{N}\p{M}\s]+/gu;

/**
 * Whether text carries diacritics (a combining mark once decomposed, or `đ`).
 * @example hasDiacritics('Công ty') // true
 * @example hasDiacritics('Cong ty') // false
 */
export function hasDiacritics(text: string): boolean {
  return DIACRITIC.test(text.normalize('NFD'));
}

/**
 * Fold for a comparison that keeps diacritics: NFC → lower case → punctuation to spaces → collapse
 * spaces (`ð` is read as `đ`, the look-alike some keyboards type).
 * @example foldCase('CÔNG TY, TNHH') // 'công ty tnhh'
 */
export function foldCase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ð/g, 'đ')
    .replace(NON_WORD, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

// Texts repeat a small alphabet: fold each distinct code point once (bounded, for hostile input).
const FOLDED = new Map<string, string | null>();
const FOLDED_MAX = 1 << 16;

/** One code point folded for matching: its letters and digits, or null for a word separator. */
function foldCodePoint(cp: string): string | null {
  const known = FOLDED.get(cp);
  if (known !== undefined) return known;
  const folded = foldUncached(cp);
  if (FOLDED.size < FOLDED_MAX) FOLDED.set(cp, folded);
  return folded;
}

function foldUncached(cp: string): string | null {
  if (INVISIBLE.test(cp)) return '';
  let out = '';
  let separator = true;
  for (const c of cp.toLowerCase().normalize('NFD').replace(MARKS, '')) {
    const letter = c === 'đ' || c === 'ð' ? 'd' : c;
    if (LETTER_OR_DIGIT.test(letter)) {
      out += letter;
      separator = false;
    }
  }
  // A lone combining mark folds to nothing: it neither adds a letter nor separates words.
  if (separator && cp.normalize('NFD').replace(MARKS, '') === '') return '';
  return separator ? null : out;
}

/** The folded letters of a text and, per folded code unit, where it came from. */
interface Skeleton {
  letters: string;
  /** Start (UTF-16 index in the original) of the code point each folded unit comes from. */
  from: number[];
  /** End (exclusive) of that code point. */
  to: number[];
  /** Whether a word starts at each folded unit. */
  wordStart: boolean[];
}

function skeleton(text: string): Skeleton {
  let letters = '';
  const from: number[] = [];
  const to: number[] = [];
  const wordStart: boolean[] = [];
  let atBoundary = true;
  let i = 0;
  for (const cp of text) {
    const folded = foldCodePoint(cp);
    if (folded === null) atBoundary = true;
    else {
      for (let k = 0; k < folded.length; k++) {
        from.push(i);
        to.push(i + cp.length);
        wordStart.push(atBoundary && k === 0);
      }
      if (folded.length > 0) atBoundary = false;
      letters += folded;
    }
    i += cp.length;
  }
  return { letters, from, to, wordStart };
}

/**
 * The folded letters of a phrase with spacing and invisible characters dropped, and its number of
 * words: what {@link makePhraseFinder} compares.
 * @example phraseKey('Nguyễn  Văn Bình') // { letters: 'nguyenvanbinh', words: 3 }
 */
export function phraseKey(phrase: string): { letters: string; words: number } {
  const s = skeleton(phrase);
  return { letters: s.letters, words: s.wordStart.filter(Boolean).length };
}

/** A phrase found in a text: `text.slice(start, end)` is what was written. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The value given with the phrase. */
  value: T;
}

/**
 * A finder of phrases, built once for many texts. Phrases whose folded letters are equal are one
 * phrase (the first value given wins). At each word start the longest phrase that ends at a word end
 * wins; matches do not overlap.
 * @example
 * const find = makePhraseFinder([['Nguyễn Văn Bình', 'anon:1']]);
 * find('Anh NGUYEN  VAN BINH hỏi'); // [{ start: 4, end: 20, value: 'anon:1' }]
 */
export function makePhraseFinder<T>(phrases: Iterable<readonly [string, T]>): (text: string) => PhraseMatch<T>[] {
  // The phrases' folded letters, sorted (code units). At a word start the text's letters narrow the
  // range of phrases that begin with them, one letter at a time by binary search: the cost per
  // word start is the length of the longest phrase that fits (times log n), not the number of
  // phrases sharing a first letter or two — with a province's worth of names, thousands start "ng".
  const entries: { letters: string; value: T }[] = [];
  const seen = new Set<string>();
  for (const [phrase, value] of phrases) {
    const { letters } = phraseKey(phrase);
    if (letters.length < 2 || seen.has(letters)) continue;
    seen.add(letters);
    entries.push({ letters, value });
  }
  entries.sort((a, b) => (a.letters < b.letters ? -1 : a.letters > b.letters ? 1 : 0));
  const keys = entries.map((e) => e.letters);

  /** The first index in [lo, hi) whose key's code unit at `depth` is ≥ `unit` (a key that ends before `depth` counts as −1). */
  const firstAtLeast = (lo: number, hi: number, depth: number, unit: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const key = keys[mid]!;
      if ((depth < key.length ? key.charCodeAt(depth) : -1) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return (text: string) => {
    if (entries.length === 0 || text === '') return [];
    const s = skeleton(text);
    const n = s.letters.length;
    const matches: PhraseMatch<T>[] = [];
    for (let p = 0; p < n - 1; p++) {
      if (!s.wordStart[p]) continue;
      // Every key in [lo, hi) begins with the text's letters p … p + depth − 1.
      let lo = 0;
      let hi = entries.length;
      let longest = -1;
      for (let depth = 0; p + depth < n; depth++) {
        const unit = s.letters.charCodeAt(p + depth);
        lo = firstAtLeast(lo, hi, depth, unit);
        hi = firstAtLeast(lo, hi, depth, unit + 1);
        if (lo === hi) break;
        // A key that ends here sorts first in its range; it counts when a word ends here too.
        const end = p + depth + 1;
        if (keys[lo]!.length === depth + 1 && (end === n || s.wordStart[end])) longest = lo;
      }
      if (longest === -1) continue;
      const q = p + keys[longest]!.length;
      matches.push({ start: s.from[p]!, end: s.to[q - 1]!, value: entries[longest]!.value });
      p = q - 1;
    }
    return matches;
  };
}

/**
 * Replace every phrase found in a text by its value (see {@link makePhraseFinder}).
 * @example replacePhrases('Chị TRẦN THỊ CÚC hỏi', makePhraseFinder([['Trần Thị Cúc', 'anon:2']])) // 'Chị anon:2 hỏi'
 */
export function replacePhrases(text: string, find: (text: string) => PhraseMatch<string>[]): string {
  const matches = find(text);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + m.value;
    at = m.end;
  }
  return out + text.slice(at);
}

