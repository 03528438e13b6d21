/**
 * Text normalised once, at ingest (SPEC 2.1, 7.1): Unicode NFC; C0 control characters other than
 * tab and line feed removed, and U+FFFE / U+FFFF; lone UTF-16 surrogates (possible in JSON `\ud800`
 * escapes) replaced by U+FFFD; cut at the length limit without splitting a surrogate pair.
 */

// C0 controls except \t (09) and \n (0A), plus the two non-characters.
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;
const HAS_UNWANTED = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/;
const NON_ASCII = /[^\u0000-\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `String.prototype.isWellFormed` (ES2024; Node 20) where the runtime has it, else a regular expression. */
const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !HAS_LONE_SURROGATE.test(s);

/** A normalised text and whether it was cut. */
export interface CleanText {
  text: string;
  cut: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A copy of `text` that shares no memory with it. V8 may keep a slice of a huge string as a view
 * on it (the whole 200 MB alive for 100 KB); a round trip through UTF-8 copies it (and turns a lone
 * surrogate into U+FFFD, as the rules want anyway). For every short piece kept of a big text.
 * @example detach(hugeText.slice(0, 400)) // the same 400 characters, without hugeText behind them
 */
export function detach(text: string): string {
  return decoder.decode(encoder.encode(text));
}

/** Cut at `max` UTF-16 units, stepping back over a high surrogate so no pair is split. */
function cutAt(text: string, max: number): string {
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * Whether a text is already clean, by one pass over its code units and no allocation: every unit
 * is a tab, a line feed, or a printable character from blocks in which no sequence changes under
 * NFC — U+0020–U+02FF (ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers: no combining
 * marks), U+1E00–U+1EFF (precomposed Latin: Vietnamese letters with their tone marks),
 * U+2010–U+205F (dashes, quotes, bullets), U+2600–U+27BF (symbols, dingbats: ❤ ✔) and the
 * variation selectors U+FE00–U+FE0F (combining class 0: they block nothing that would compose);
 * or a well-formed surrogate pair for U+1F000–U+1FBFF (emoji: 👍 😀), none of which decomposes or
 * combines. Vietnamese text in NFC, with or without emoji, passes; NFD text (combining marks
 * U+0300–…), control characters, lone surrogates and anything else go the whole way through
 * {@link cleanText}. `test/ingest/text.test.ts` checks these characters, alone and in pairs,
 * against `String.prototype.normalize`.
 * @example isCleanText('Xin hỏi thủ tục 👍') // true
 * @example isCleanText('Xin ho\u0309i') // false (a combining mark: NFD)
 */
export function isCleanText(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x300) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a) return false;
    } else if (c >= 0x1e00 && c <= 0x1eff) {
      // precomposed Latin
    } else if (c >= 0xd83c && c <= 0xd83e) {
      // U+1F000–U+1FBFF, when a low surrogate follows
      if (i + 1 === n || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false;
      i += 1;
    } else if (!((c >= 0x2010 && c <= 0x205f) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0xfe00 && c <= 0xfe0f))) return false;
  }
  return true;
}

/**
 * Normalise a text from an export. `max` is the length limit in UTF-16 code units: a longer text
 * (as the export gives it) is cut to it, then normalised, and cut again if that lengthened it.
 * @example cleanText('Xin ho\u0309i\u0000', 100) // { text: 'Xin hỏi', cut: false }
 */
export function cleanText(text: string, max: number): CleanText {
  if (text.length <= max && isCleanText(text)) return { text, cut: false };
  let s = text;
  let cut = false;
  if (s.length > max) {
    // Cut before the costly steps (a 200 MB comment is not normalised whole); again after, in
    // the rare case normalisation made it longer.
    s = detach(cutAt(s, max));
    cut = true;
  }
  if (HAS_UNWANTED.test(s)) s = s.replace(UNWANTED, '');
  if (NON_ASCII.test(s)) {
    if (!isWellFormed(s)) s = s.replace(LONE_SURROGATE, '\uFFFD');
    s = s.normalize('NFC');
  }
  if (s.length > max) {
    s = cutAt(s, max);
    cut = true;
  }
  return { text: s, cut };
}

/**
 * Normalise a short text (a name) with the same rules.
 * @example normalizeText('Ho\u0300ng\u0007') // 'Hòng'
 */
export function normalizeText(text: string, max = Number.MAX_SAFE_INTEGER): string {
  return cleanText(text, max).text;
}
