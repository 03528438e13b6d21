/**
 * A file given to the ingest piece by piece (issue 10: a 10 M-interaction NDJSON export streamed,
 * never held whole). The first pieces are held until the head is known (the first
 * {@link HEAD_LENGTH} characters); then, if the format the head is detected as reads lines
 * (`FormatAdapter.lines`), the rest is decoded and read line by line as it comes and nothing is
 * kept; any other file (another format, no format, a file shorter than the head, a head of white
 * space only) is kept and read whole at the end, exactly as `IngestSession.add` reads it.
 */
import type { FileHead, FormatAdapter, LineReader } from './adapter';
import { StreamDecoder } from './decode';
import { LineSplitter } from './lines';
import type { Detection } from './registry';
import { HEAD_LENGTH } from './sniff';

/** Where the pieces of a file are written; see `IngestSession.begin`. */
export interface FileWriter {
  /** The next piece: bytes as read from the file (UTF-8), or text. All pieces of a file are of one kind. */
  write(piece: Uint8Array | string): void;
  /** The file is complete: what is still held is read now. */
  end(): void;
}

/** What a streamed file needs from its session. */
export interface StreamTarget {
  /** The format of a file from its head (detection, or the forced format). */
  detect(head: FileHead): Detection;
  /** Start reading the file line by line with `adapter`: the reader its lines go to. */
  beginLines(name: string, adapter: FormatAdapter): LineReader;
  /** The file streamed had invalid UTF-8 from this byte: its warning, first of the file's (as `add` puts it). */
  invalidUtf8(offset: number): void;
  /** Read a file kept whole, as `add` does. */
  whole(name: string, content: Uint8Array | string): void;
  /** The file is done (the session may take the next one). */
  closed(): void;
}

const NON_SPACE = /\S/;

function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One file being written: held (head), streamed by lines, or held whole. */
export class StreamedFile implements FileWriter {
  private mode: 'head' | 'lines' | 'whole' | 'done' = 'head';
  /** The pieces as given, until the file is known to be streamed. */
  private pieces: (Uint8Array | string)[] = [];
  private kind: 'bytes' | 'text' | null = null;
  private readonly decoder = new StreamDecoder();
  /** Text decoded so far while the head is read. */
  private headParts: string[] = [];
  private headLength = 0;
  private atStart = true;
  private splitter: LineSplitter | null = null;

  constructor(
    private readonly name: string,
    private readonly target: StreamTarget,
  ) {}

  write(piece: Uint8Array | string): void {
    if (this.mode === 'done') throw new Error(`FileWriter ${this.name}: write() after end()`);
    const kind = typeof piece === 'string' ? 'text' : 'bytes';
    if (this.kind !== null && this.kind !== kind) throw new Error(`FileWriter ${this.name}: pieces of one file must all be bytes or all text`);
    this.kind = kind;
    if (this.mode === 'whole') {
      this.pieces.push(piece);
      return;
    }
    const text = this.text(piece);
    if (this.mode === 'lines') {
      this.splitter!.push(text);
      return;
    }
    this.pieces.push(piece);
    this.headParts.push(text);
    this.headLength += text.length;
    if (this.headLength > HEAD_LENGTH) this.decide();
  }

  end(): void {
    if (this.mode === 'done') return;
    if (this.mode === 'lines') {
      if (this.kind === 'bytes') this.splitter!.push(this.decoder.end());
      this.splitter!.end();
      if (this.decoder.invalidAt >= 0) this.target.invalidUtf8(this.decoder.invalidAt);
    } else {
      const content = this.kind === 'text' ? (this.pieces as string[]).join('') : joinBytes(this.pieces as Uint8Array[]);
      this.pieces = [];
      this.target.whole(this.name, content);
    }
    this.mode = 'done';
    this.target.closed();
  }

  /** The text of a piece (bytes decoded as they come; the file's leading U+FEFF dropped). */
  private text(piece: Uint8Array | string): string {
    if (typeof piece !== 'string') return this.decoder.decode(piece);
    if (this.atStart && piece !== '') {
      this.atStart = false;
      if (piece.charCodeAt(0) === 0xfeff) return piece.slice(1);
    }
    return piece;
  }

  /** The head is known: stream the file by lines if its format reads lines, else keep it whole. */
  private decide(): void {
    const decoded = this.headParts.join('');
    this.headParts = [];
    const head: FileHead = { name: this.name, text: decoded.slice(0, HEAD_LENGTH), complete: false };
    const found = NON_SPACE.test(head.text) ? this.target.detect(head) : null;
    if (found === null || !found.ok || found.adapter.lines === undefined) {
      this.mode = 'whole';
      return;
    }
    this.splitter = new LineSplitter(this.target.beginLines(this.name, found.adapter));
    this.pieces = [];
    this.mode = 'lines';
    this.splitter.push(decoded);
  }
}
