/**
 * Text in bounded chunks (issue 10): how the writers hand over a file that may be hundreds of
 * megabytes (`analysis.json`, `graph.gexf`, `edges.csv` at 2 M interactions) without ever
 * holding it as one string. A writer appends its pieces to a {@link ChunkBuffer} and yields the
 * chunks the buffer cuts: each at most `chunkSize` UTF-16 code units (default {@link CHUNK_SIZE}),
 * never cut between the two halves of a surrogate pair (so each chunk encodes to UTF-8 on its own
 * and the bytes are those of the whole text). The file is the chunks joined, in order.
 */
import { fail } from '../errors';

/** The default bound of a chunk, in UTF-16 code units (64 Ki: at most 192 KiB of UTF-8). */
export const CHUNK_SIZE = 1 << 16;

/** The least chunk size a writer accepts (a chunk must hold a surrogate pair and some text). */
const MIN_CHUNK_SIZE = 16;

/** Options every chunked writer takes. */
export interface ChunkOptions {
  /** The bound of a chunk in UTF-16 code units: an integer ≥ 16. Default {@link CHUNK_SIZE}. */
  chunkSize?: number;
}

/** The checked chunk size of a writer's options (`invalid_option` when it is not an integer ≥ 16). */
export function chunkSizeOf(options: ChunkOptions, owner: string): number {
  const size = options.chunkSize;
  if (size === undefined) return CHUNK_SIZE;
  if (!Number.isSafeInteger(size) || size < MIN_CHUNK_SIZE) {
    fail('invalid_option', ['chunkSize'], `${owner}: chunkSize must be an integer ≥ ${MIN_CHUNK_SIZE}`);
  }
  return size;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Text collected piece by piece and taken out in chunks of at most `limit` code units. The
 * writer pushes its pieces and, when `out.full`, yields `out.take()`; at the end `out.flush()`.
 * @example
 * function* lines(rows: string[]) {
 *   const out = new ChunkBuffer(1024);
 *   for (const row of rows) {
 *     out.push(`${row}\n`);
 *     if (out.full) yield* out.take();
 *   }
 *   yield* out.flush();
 * }
 */
export class ChunkBuffer {
  private parts: string[] = [];
  /** Code units pushed and not yet taken. */
  size = 0;
  constructor(readonly limit: number = CHUNK_SIZE) {}

  /** Append a piece of text. */
  push(piece: string): void {
    this.parts.push(piece);
    this.size += piece.length;
  }

  /** Whether a whole chunk is ready. */
  get full(): boolean {
    return this.size >= this.limit;
  }

  /** The whole chunks ready, each `limit` code units (one less where a surrogate pair would be cut). */
  *take(): Generator<string, void, undefined> {
    if (this.size < this.limit) return;
    let text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    while (text.length >= this.limit) {
      const cut = isHighSurrogate(text.charCodeAt(this.limit - 1)) ? this.limit - 1 : this.limit;
      const chunk = text.slice(0, cut);
      text = text.slice(cut);
      yield chunk;
    }
    this.parts = text === '' ? [] : [text];
    this.size = text.length;
  }

  /** Every chunk left, the last one shorter; the buffer is empty afterwards. */
  *flush(): Generator<string, void, undefined> {
    yield* this.take();
    if (this.size > 0) {
      const rest = this.parts.join('');
      this.parts = [];
      this.size = 0;
      yield rest;
    }
  }
}

/**
 * A text that is already whole, cut into chunks of at most `limit` code units.
 * @example [...textChunks('abcdef', 16)] // ['abcdef']
 */
export function* textChunks(text: string, limit: number = CHUNK_SIZE): Generator<string, void, undefined> {
  const out = new ChunkBuffer(limit);
  out.push(text);
  yield* out.flush();
}

/**
 * The chunks of a text joined into the text (what the string-returning writers return).
 * @example joinChunks(['{', '}\n']) // '{}\n'
 */
export function joinChunks(chunks: Iterable<string>): string {
  return Array.from(chunks).join('');
}
