/**
 * A JSON document's top-level list read item by item (issue 10, goal 2). A Graph API export file is
 * one response page `{"data": [post, …], "paging": …}` (or a bare array of posts) of tens of
 * megabytes. `JSON.parse` of the whole text builds every post's tree at once, and the whole tree
 * then lives, copied out of V8's young generation, while it is walked; parsed item by item, each
 * post's tree dies young, right after it is read (at 2 M interactions: ~3 s of a 13 s ingest, and
 * ~110 MB of peak memory).
 *
 * {@link scanJsonList} only finds where the items are: it follows strings and brackets, nothing
 * else. Whether an item is JSON is `JSON.parse`'s to say ({@link JsonListItems.parse}); a text
 * the scan does not recognise (another shape, a file cut short, brackets that do not add up) is
 * left to the whole parse, which reports it as before.
 */
import { diagnoseJson } from './json';
import { detach } from './text';

/** Where a document's top-level list and its items are. */
export interface JsonListLayout {
  /** `page`: `{"data": [...] …}` (`data` its first member); `array`: a bare `[...]`. */
  readonly kind: 'page' | 'array';
  /** Item `i` is the text from `starts[i]` to `ends[i]` (blanks around it excluded). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** A page's other members as a JSON object text (`{"paging": …}`; `{}` when none); `''` for an array. */
  readonly rest: string;
}

// JSON's blanks only (`\s` would also take U+00A0 or U+FEFF, which JSON.parse refuses).
const PAGE_HEAD = /[ \t\n\r]*\{[ \t\n\r]*"data"[ \t\n\r]*:[ \t\n\r]*\[/y;
const ARRAY_HEAD = /[ \t\n\r]*\[/y;


const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The index after the closing quote of the string opened at `open`; -1 when the text ends inside it. */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return -1;
    let backslashes = 0;
    for (let b = quote - 1; text.charCodeAt(b) === 0x5c; b -= 1) backslashes += 1;
    if ((backslashes & 1) === 0) return quote + 1;
    from = quote + 1;
  }
}

/** `text` without JSON blanks at either end. */
function trimBlanks(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from += 1;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
  return text.slice(from, to);
}

/** The end of an item whose separator is at `pos`: before the blanks that precede the separator. */
function trimEnd(text: string, pos: number): number {
  let end = pos;
  while (isSpace(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/**
 * Find the items of a text that is a response page whose first member is `data`, or a bare array.
 * Null for any other shape, and when the list's strings and brackets do not add up, or an item is
 * not followed by `,` or `]` (the whole parse then says where). Linear in the text; parses nothing.
 * @example
 * scanJsonList('{"data": [{"id": "1"}, {"id": "2"}], "paging": {}}')
 * // { kind: 'page', starts: [10, 23], ends: [21, 34], rest: '{"paging": {}}' }
 */
export function scanJsonList(text: string): JsonListLayout | null {
  let kind: JsonListLayout['kind'];
  let pos: number;
  PAGE_HEAD.lastIndex = 0;
  ARRAY_HEAD.lastIndex = 0;
  if (PAGE_HEAD.test(text)) {
    kind = 'page';
    pos = PAGE_HEAD.lastIndex;
  } else if (ARRAY_HEAD.test(text)) {
    kind = 'array';
    pos = ARRAY_HEAD.lastIndex;
  } else return null;
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  let depth = 0;
  let start = -1; // where the current item starts (-1: between items)
  let closed = false; // the current item is a string, object or array that has ended
  for (;;) {
    if (pos >= n) return null;
    const c = text.charCodeAt(pos);
    if (depth === 0 && !isSpace(c) && c !== 0x2c && c !== 0x5d) {
      if (closed) return null; // `[{} {}]`
      if (start === -1) start = pos;
    }
    if (c === 0x22) {
      pos = stringEnd(text, pos);
      if (pos === -1) return null;
      if (depth === 0) closed = true;
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth += 1;
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) {
        if (c !== 0x5d) return null;
        if (start !== -1) {
          starts.push(start);
          ends.push(trimEnd(text, pos));
        } else if (starts.length > 0) return null; // `[1,]`
        pos += 1;
        break;
      }
      depth -= 1;
      if (depth === 0) closed = true;
    } else if (c === 0x2c && depth === 0) {
      if (start === -1) return null; // `[,1]`, `[1,,2]`
      starts.push(start);
      ends.push(trimEnd(text, pos));
      start = -1;
      closed = false;
    }
    pos += 1;
  }
  // After the list: nothing for an array; a page's other members, then its `}`.
  const tail = trimBlanks(text.slice(pos));
  if (kind === 'array') return tail === '' ? { kind, starts, ends, rest: '' } : null;
  if (!tail.endsWith('}')) return null;
  const members = trimBlanks(tail.slice(0, -1));
  if (members === '') return { kind, starts, ends, rest: '{}' };
  return members.startsWith(',') ? { kind, starts, ends, rest: `{${members.slice(1)}}` } : null;
}

/** What {@link JsonListItems.parse} gives for an item that is not JSON. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

/** Why an item is not JSON, with its place in the whole text (1-based line and column). */
export interface ItemProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The item's first 400 characters (for rejects.ndjson). */
  readonly excerpt: string;
}

/**
 * The items of a scanned list, each parsed when it is asked for (once: the caller keeps it).
 * @example
 * const text = '[{"id": "1"}, {"id": 2,}]';
 * const items = new JsonListItems(text, scanJsonList(text)!);
 * items.parse(0) // { id: '1' }
 * items.parse(1) === NOT_JSON // true; items.problem(1).column === 23
 */
export class JsonListItems {
  readonly length: number;
  /** Where line counting stopped: problems are asked for in text order, so counting is linear. */
  private countedTo = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly layout: JsonListLayout,
  ) {
    this.length = layout.starts.length;
  }

  /** Item `i` parsed, or {@link NOT_JSON}. */
  parse(i: number): unknown {
    try {
      return JSON.parse(this.text.slice(this.layout.starts[i], this.layout.ends[i]));
    } catch {
      return NOT_JSON;
    }
  }

  /** Why item `i` is not JSON, located in the whole text. */
  problem(i: number): ItemProblem {
    const start = this.layout.starts[i];
    const item = this.text.slice(start, this.layout.ends[i]);
    const found = diagnoseJson(item);
    const at = this.lineColumn(start);
    return {
      message: found.message,
      line: at.line + found.line - 1,
      column: found.line === 1 ? at.column + found.column - 1 : found.column,
      excerpt: detach(item.slice(0, 400)),
    };
  }

  private lineColumn(pos: number): { line: number; column: number } {
    if (pos < this.countedTo) {
      this.countedTo = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let nl = this.text.indexOf('\n', this.countedTo); nl !== -1 && nl < pos; nl = this.text.indexOf('\n', nl + 1)) {
      this.line += 1;
      this.lineStart = nl + 1;
    }
    this.countedTo = pos;
    return { line: this.line, column: pos - this.lineStart + 1 };
  }
}
