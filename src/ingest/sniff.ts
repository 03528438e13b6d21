/**
 * Small helpers for the adapters' `detect`: look at the beginning of a file (its first characters
 * and lines) without parsing the whole of it.
 */
import type { FileHead } from './adapter';

/** How much of a file detection looks at (UTF-16 units). */
export const HEAD_LENGTH = 65_536;

/** A line of the head and whether it is whole (a line longer than the head is not). */
export interface HeadLine {
  text: string;
  complete: boolean;
}

/**
 * The first `count` non-empty lines of the head (trimmed).
 * @example headLines({ name: 'a', text: '\n{"a":1}\n{"b"', complete: false }, 5)
 * // [{ text: '{"a":1}', complete: true }, { text: '{"b"', complete: false }]
 */
export function headLines(head: FileHead, count: number): HeadLine[] {
  const lines: HeadLine[] = [];
  const { text } = head;
  let start = 0;
  while (start < text.length && lines.length < count) {
    let end = text.indexOf('\n', start);
    const complete = end !== -1 || head.complete;
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '') lines.push({ text: line, complete });
    start = end + 1;
  }
  return lines;
}

/**
 * The first character that is not white space ('' for none).
 * @example firstCharacter('\n  {"data": []}') // '{'
 */
export function firstCharacter(text: string): string {
  const m = /\S/.exec(text);
  return m === null ? '' : m[0];
}

/**
 * Whether a text starts (after white space) as a JSON object or array does: no delimited export's
 * header does (their first columns are names), so the delimited detectors stop here instead of
 * parsing a JSON file's first line as CSV — csv-parse spends milliseconds on a long one.
 * @example startsAsJson('\n  {"data": []}') // true
 * @example startsAsJson('status_id,status_message') // false
 */
export function startsAsJson(text: string): boolean {
  const first = firstCharacter(text);
  return first === '{' || first === '[';
}

/**
 * Whether a complete line is a JSON object (or array, with `arrays`).
 * @example isJsonLine({ text: '{"id":"1"}', complete: true }) // true
 */
export function isJsonLine(line: HeadLine, arrays = false): boolean {
  if (!line.complete) return false;
  const value = parseHeadLine(line.text);
  return typeof value === 'object' && value !== null && (arrays || !Array.isArray(value));
}

/** What a line that is not JSON parses to in {@link parseHeadLine}. */
export const NOT_JSON: unique symbol = Symbol('not JSON');

// Every detector of the registry looks at the same few head lines: each is parsed once, not once
// per detector (a handful of lines per file; the cache is emptied when it grows).
const parsedLines = new Map<string, unknown>();

/**
 * A head line parsed as JSON ({@link NOT_JSON} when it is not), shared by the detectors.
 * @example parseHeadLine('{"type":"header"}') // { type: 'header' }
 */
export function parseHeadLine(text: string): unknown {
  if (parsedLines.has(text)) return parsedLines.get(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = NOT_JSON;
  }
  if (parsedLines.size >= 32) parsedLines.clear();
  parsedLines.set(text, value);
  return value;
}

/**
 * Whether a JSON text names one of `keys` as an object key (`"id":`).
 * @example hasJsonKey('{"created_time": 1}', ['id', 'created_time']) // true
 */
export function hasJsonKey(text: string, keys: readonly string[]): boolean {
  return new RegExp(`"(?:${keys.join('|')})"\\s*:`).test(text);
}

/**
 * `.ndjson` / `.jsonl`: the name says one JSON value per line.
 * @example isLineFormatName('export/feed.JSONL') // true
 */
export function isLineFormatName(name: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(name);
}

/**
 * The first line looks like a header of a delimited text: two or more fields separated by the
 * delimiter (`,`, `;` or tab), or any of them when none is given.
 * @example looksDelimited('status_id,status_message\n1,a') // true
 */
export function looksDelimited(text: string, delimiter?: ',' | ';' | '\t'): boolean {
  const end = text.indexOf('\n');
  const first = (end === -1 ? text : text.slice(0, end)).trim();
  return (delimiter === undefined ? [',', ';', '\t'] : [delimiter]).some((d) => first.split(d).length >= 2);
}
