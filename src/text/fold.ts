/**
 * Text normalisation and folding (SPEC 3.1).
 * Exports mix NFC and NFD Vietnamese, and users type without diacritics: we store NFC and
 * match on folded text so that `Kiến nghị`, `kien nghi` and `KIẾN  NGHỊ!` all meet.
 */

/** NFC-normalise a string (what ingest does to every text field). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Anything that is not a letter, a digit or whitespace becomes a space. `?` is kept apart by
// callers that need it (petition detection looks at the raw text for `?`).
const NON_WORD = /[^\p{L}\p{N}\s]+/gu;
const SPACES = /\s+/g;

// Several passes fold the same texts (unit attribution, petitions, topics, answers, TTHC posts):
// each distinct text is folded once, in a bounded cache. Long texts are not kept (V8 hashes a
// string of more than 16 383 characters by its length alone: a hostile export of many such texts
// would make every look-up a comparison), and the cache is emptied when it holds too much text.
const FOLDED = new Map<string, string>();
/** Texts longer than this are folded each time. */
const FOLDED_MAX_LENGTH = 4096;
/** Characters (texts and their folds) the cache may hold before it is emptied. */
const FOLDED_MAX_CHARS = 1 << 21;
let foldedChars = 0;

/**
 * Fold text for matching: NFC → lower case → strip combining marks → đ→d → punctuation to
 * spaces → collapse spaces (trimmed).
 * @example foldText('Xin hỏi: thủ tục ĐĂNG KÝ?') // 'xin hoi thu tuc dang ky'
 */
export function foldText(text: string): string {
  if (text.length > FOLDED_MAX_LENGTH) return fold(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldedChars + text.length + folded.length > FOLDED_MAX_CHARS) {
      FOLDED.clear();
      foldedChars = 0;
    }
    FOLDED.set(text, folded);
    foldedChars += text.length + folded.length;
  }
  return folded;
}

function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd') // ð: the look-alike some keyboards type for đ
    .replace(NON_WORD, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * A matcher for whole words or phrases of folded text. Markers are folded too, so they may be
 * given with or without diacritics.
 * @example makePhraseMatcher(['kiến nghị'])('Tôi KIEN NGHI việc này') // true
 */
export function makePhraseMatcher(markers: readonly string[]): (text: string) => boolean {
  const matchFolded = makeFoldedPhraseMatcher(markers);
  return (text: string) => matchFolded(foldText(text));
}

/** Same as {@link makePhraseMatcher} but for text that is already folded (hot loops fold once). */
export function makeFoldedPhraseMatcher(markers: readonly string[]): (folded: string) => boolean {
  const phrases = [...new Set(markers.map(foldText).filter((m) => m.length > 0))];
  if (phrases.length === 0) return () => false;
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?:^| )(?:${escaped.join('|')})(?= |$)`);
  return (folded: string) => re.test(folded);
}
