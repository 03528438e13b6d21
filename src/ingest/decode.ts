/**
 * File bytes → text: UTF-8, byte-order mark dropped. Invalid UTF-8 is not silent: the bytes become
 * U+FFFD and the file gets an `invalid_utf8` warning naming the first bad byte's offset. A file
 * is decoded whole ({@link decodeFile}) or piece by piece as it is read ({@link StreamDecoder}):
 * the same text, the same offset.
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

const NO_BYTES = new Uint8Array(0);

/**
 * The bytes at the end of `b` that begin a UTF-8 sequence not complete yet (0–3 bytes): what a
 * streaming decoder holds back after decoding `b`.
 */
function incompleteTail(b: Uint8Array): Uint8Array {
  let i = b.length - 1;
  while (i >= 0 && b.length - i <= 3 && (b[i] & 0xc0) === 0x80) i -= 1;
  if (i < 0) return NO_BYTES;
  const c = b[i];
  const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  return b.length - i < need ? b.subarray(i) : NO_BYTES;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * UTF-8 decoded piece by piece (a file read as a stream): the pieces' texts joined are the text
 * {@link decodeFile} gives for the whole, and `invalidAt` (once `end` is called) its offset of the
 * first invalid byte. Strict decoding until a piece fails; from that piece on, lenient decoding
 * (U+FFFD), restarted where the strict decoder stopped.
 * @example
 * const d = new StreamDecoder();
 * d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xe1])) + d.decode(new Uint8Array([0xbb, 0x87, 0x7d])) + d.end() // '{ệ}'
 */
export class StreamDecoder {
  private readonly strict = new TextDecoder('utf-8', { fatal: true });
  private lenient: InstanceType<typeof TextDecoder> | null = null;
  /** The last bytes decoded strictly (up to 3, across pieces): where a restart begins. */
  private recent: Uint8Array = NO_BYTES;
  /** Bytes given before the current piece. */
  private consumed = 0;
  /** No text returned yet: a leading U+FEFF is still to drop. */
  private atStart = true;
  /** Byte offset of the first invalid sequence, or -1. */
  invalidAt = -1;

  /** The text of the next piece (a sequence cut at its end waits for the next piece). */
  decode(piece: Uint8Array): string {
    let text: string;
    if (this.lenient !== null) text = this.lenient.decode(piece, { stream: true });
    else {
      try {
        text = this.strict.decode(piece, { stream: true });
        this.recent = piece.length >= 3 ? piece.subarray(piece.length - 3) : concatBytes(this.recent, piece).subarray(-3);
      } catch {
        text = this.restart(piece);
      }
    }
    this.consumed += piece.length;
    return this.start(text);
  }

  /** The text held back at the end (an incomplete last sequence is invalid). */
  end(): string {
    let text: string;
    if (this.lenient !== null) text = this.lenient.decode();
    else {
      try {
        text = this.strict.decode();
      } catch {
        text = this.restart(NO_BYTES) + this.lenient!.decode();
      }
    }
    return this.start(text);
  }

  /** The strict decoder refused `piece` (or the end): decode it again leniently from where it stopped. */
  private restart(piece: Uint8Array): string {
    const bytes = concatBytes(incompleteTail(this.recent), piece);
    const from = this.consumed + piece.length - bytes.length;
    const bad = firstInvalid(bytes);
    this.invalidAt = from + (bad < 0 ? 0 : bad);
    // A byte-order mark is only one at the start of the file.
    this.lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: from > 0 });
    return this.lenient.decode(bytes, { stream: true });
  }

  private start(text: string): string {
    if (!this.atStart || text === '') return text;
    this.atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}
