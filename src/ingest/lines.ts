/**
 * Lines of a text given whole or piece by piece (issue 10: a 10 M-interaction NDJSON export is
 * read as a stream, never held whole). One splitter serves both, so a line format reads a file the
 * same way whichever way it comes: `readLines(text, reader)` for a whole text, {@link LineSplitter}
 * for the pieces of a stream.
 *
 * A line is what lies between two line feeds (`\n`); its carriage return and other white space are
 * the reader's to trim. Lines are numbered from 1, empty ones included. The text after the last
 * line feed is the last line (empty when the text ends with one), given as not `terminated`.
 */
import type { LineReader } from './adapter';

/**
 * The longest line passed on (UTF-16 code units): 2^28, half of what a V8 string can hold. A longer
 * line is never assembled: the reader's `tooLong` is told its number, its length and its first
 * 400 characters instead.
 */
export const MAX_LINE_LENGTH = 2 ** 28;

/** How much of a line too long to read is kept for its reject (characters). */
const EXCERPT = 400;

/**
 * Cuts pieces of text into lines for a {@link LineReader}. Work is linear in the text: each piece is
 * searched once, and a line spanning pieces is joined once, when its end arrives.
 * @example
 * const seen: string[] = [];
 * const s = new LineSplitter({ line: (t) => seen.push(t), end() {} });
 * s.push('{"a":'); s.push('1}\n{"b":2}'); s.end(); // seen: ['{"a":1}', '{"b":2}']
 */
export class LineSplitter {
  private number = 0;
  /** The pieces of the line being assembled (it started in an earlier piece). */
  private parts: string[] = [];
  private partsLength = 0;
  /** The line being read is longer than the limit: only its length and first characters are kept. */
  private over = false;
  private overLength = 0;
  private overHead = '';
  private ended = false;

  constructor(
    private readonly reader: LineReader,
    private readonly maxLineLength: number = MAX_LINE_LENGTH,
  ) {}

  /** The next piece of the text. */
  push(piece: string): void {
    if (this.ended) throw new Error('LineSplitter: push() after end()');
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', start)) {
      this.complete(piece, start, nl, true);
      start = nl + 1;
    }
    if (start < piece.length) this.keep(start === 0 ? piece : piece.slice(start));
  }

  /** The text is over: its last line (the text after the last line feed) is passed on. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.complete('', 0, 0, false);
    this.reader.end();
  }

  /** The line made of the kept parts and `piece[start, end)`. */
  private complete(piece: string, start: number, end: number, terminated: boolean): void {
    this.number += 1;
    const length = end - start;
    if (this.over) {
      this.reader.tooLong(this.number, this.overLength + length, this.overHead);
    } else if (this.partsLength + length > this.maxLineLength) {
      const first = this.parts.length > 0 ? this.parts[0] : piece.slice(start, end);
      this.reader.tooLong(this.number, this.partsLength + length, first.slice(0, EXCERPT));
    } else if (this.parts.length === 0) {
      this.reader.line(start === 0 && end === piece.length ? piece : piece.slice(start, end), this.number, terminated);
    } else {
      this.parts.push(piece.slice(start, end));
      this.reader.line(this.parts.join(''), this.number, terminated);
    }
    this.parts = [];
    this.partsLength = 0;
    this.over = false;
  }

  /** A line goes on into the next piece: keep this part of it (or only count it, when too long). */
  private keep(part: string): void {
    if (this.over) {
      this.overLength += part.length;
    } else if (this.partsLength + part.length > this.maxLineLength) {
      this.over = true;
      this.overHead = (this.parts.length > 0 ? this.parts[0] : part).slice(0, EXCERPT);
      this.overLength = this.partsLength + part.length;
      this.parts = [];
      this.partsLength = 0;
    } else {
      this.parts.push(part);
      this.partsLength += part.length;
    }
  }
}

/**
 * Give a whole text to a line reader, line by line, then end it.
 * @example readLines('{"id":"1"}\n{"id":"2"}\n', reader) // reader.line('{"id":"1"}', 1, true), …('{"id":"2"}', 2, true), …('', 3, false), reader.end()
 */
export function readLines(text: string, reader: LineReader, maxLineLength: number = MAX_LINE_LENGTH): void {
  const splitter = new LineSplitter(reader, maxLineLength);
  splitter.push(text);
  splitter.end();
}
