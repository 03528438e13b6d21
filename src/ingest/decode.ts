/**
 * File bytes → text: UTF-8, byte-order mark dropped. Invalid UTF-8 is not silent: the bytes become
 * U+FFFD and the file gets an `invalid_utf8` warning naming the first bad byte's offset.
 */

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8', { fatal: false });

/** A decoded file and where its UTF-8 was broken, if it was. */
export interface Decoded {
  text: string;
  /** Byte offset of the first invalid sequence, or -1. */
  invalidAt: number;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) n = 2;
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3;
    if (c === 0xe0) lo = 0xa0; // no overlong forms
    if (c === 0xed) hi = 0x9f; // no surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4;
    if (c === 0xf0) lo = 0x90;
    if (c === 0xf4) hi = 0x8f; // ≤ U+10FFFF
  } else return 0;
  if (i + n > b.length) return 0;
  if (b[i + 1] < lo || b[i + 1] > hi) return 0;
  for (let k = 2; k < n; k += 1) if (b[i + k] < 0x80 || b[i + k] > 0xbf) return 0;
  return n;
}

/** Offset of the first invalid sequence (a byte loop: only run when strict decoding failed). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/**
 * Decode file content (a string is taken as it is) and drop a leading byte-order mark.
 * @example decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).text // '{}'
 * @example decodeFile(new Uint8Array([0x61, 0xff])).invalidAt // 1
 */
export function decodeFile(content: string | Uint8Array): Decoded {
  let text: string;
  let invalidAt = -1;
  if (typeof content === 'string') text = content;
  else {
    try {
      // TextDecoder consumes the BOM itself (ignoreBOM: false).
      text = strict.decode(content);
    } catch {
      text = lenient.decode(content);
      invalidAt = firstInvalid(content);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, invalidAt };
}

/**
 * Decode file content as UTF-8 (invalid bytes become U+FFFD) and drop a leading byte-order mark.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // '{}'
 */
export function decodeText(content: string | Uint8Array): string {
  return decodeFile(content).text;
}

const LATIN1_HIGH = /[\u0080-\u00ff]/;
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * Repair text written as mojibake by Facebook's "Download your information" JSON: each UTF-8 byte
 * of the text escaped as the Latin-1 code point of the same value (`Qu\u00e1\u00ba\u00a3ng` for
 * `Quảng`). When every code point is ≤ U+00FF and those code points, taken as bytes, are valid UTF-8,
 * the text is those bytes decoded; otherwise (real Latin-1 text such as `café`, text already
 * correct) it is returned as it is. ASCII is returned at once.
 * @example repairMojibake('Qu\u00e1\u00ba\u00a3ng Ninh') // 'Quảng Ninh'
 * @example repairMojibake('publicaci\u00c3\u00b3n') // 'publicación'
 * @example repairMojibake('café') // 'café' (é alone is not UTF-8)
 */
export function repairMojibake(text: string): string {
  if (!LATIN1_HIGH.test(text) || ABOVE_LATIN1.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  try {
    return strict.decode(bytes);
  } catch {
    return text;
  }
}
