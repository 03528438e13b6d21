/**
 * What a file holds, decided from its content (SPEC 2.2: "detected from content, not only from
 * the file name"). The file name only breaks ties: `.ndjson`/`.jsonl` are read line by line.
 */
import { diagnoseJson, type JsonProblem } from './json';

export type Sniffed =
  /** Nothing but whitespace (after the byte-order mark). */
  | { kind: 'empty' }
  /** One JSON document, parsed. */
  | { kind: 'json'; value: unknown }
  /** One JSON value per line. */
  | { kind: 'ndjson' }
  /** Not JSON: `delimited` when its first line looks like a CSV/TSV header. */
  | { kind: 'bad-json'; problem: JsonProblem; delimited: boolean };

const LINE_FORMATS = /\.(ndjson|jsonl)$/i;

/** True when the file name says one JSON value per line. */
export function isLineFormatName(name: string): boolean {
  return LINE_FORMATS.test(name);
}

function firstLine(text: string, from = 0): { line: string; end: number } | null {
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '') return { line, end };
    start = end + 1;
  }
  return null;
}

/** Two or more non-empty lines, the first of them a JSON object on its own. */
function looksLikeNdjson(text: string): boolean {
  const first = firstLine(text);
  if (first === null || !first.line.startsWith('{')) return false;
  if (firstLine(text, first.end + 1) === null) return false;
  try {
    const value: unknown = JSON.parse(first.line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** A header line of two or more fields separated by commas, semicolons or tabs. */
function looksDelimited(text: string): boolean {
  const first = firstLine(text);
  if (first === null) return false;
  return [',', ';', '\t'].some((sep) => first.line.split(sep).length >= 2);
}

function firstContentIndex(text: string): number {
  const m = /\S/.exec(text);
  return m === null ? -1 : m.index;
}

/**
 * Look at a decoded text: empty, one JSON document, NDJSON, or not JSON (with the problem).
 * @example sniff('feed.json', '{"data":[]}') // { kind: 'json', value: { data: [] } }
 */
export function sniff(name: string, text: string): Sniffed {
  const start = firstContentIndex(text);
  if (start === -1) return { kind: 'empty' };
  if (isLineFormatName(name)) return sniffLines(text);
  const structured = text[start] === '{' || text[start] === '[';
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    if (structured && looksLikeNdjson(text)) return { kind: 'ndjson' };
    return { kind: 'bad-json', problem: diagnoseJson(text, error), delimited: !structured && looksDelimited(text) };
  }
}

/**
 * A `.ndjson`/`.jsonl` file is read line by line (a bad line is one rejected record) unless none
 * of its first five non-empty lines is JSON: then it is no NDJSON at all (a CSV renamed, a log…)
 * and becomes one file error instead of a reject per line.
 */
function sniffLines(text: string): Sniffed {
  let from = 0;
  let first: { line: string; lineNo: number } | null = null;
  for (let tried = 0; tried < 5; tried += 1) {
    const next = firstLine(text, from);
    if (next === null) break;
    try {
      JSON.parse(next.line);
      return { kind: 'ndjson' };
    } catch {
      if (first === null) first = { line: next.line, lineNo: countLines(text, next.end) };
    }
    from = next.end + 1;
  }
  if (first === null) return { kind: 'ndjson' };
  const problem = diagnoseJson(first.line, null);
  return {
    kind: 'bad-json',
    problem: { ...problem, line: first.lineNo, message: `no line is JSON (line ${first.lineNo}: ${problem.message})` },
    delimited: looksDelimited(text),
  };
}

/** The 1-based number of the line that ends at offset `end`. */
function countLines(text: string, end: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/**
 * A Facebook "Download your information" JSON file (SPEC 2.2): entries with a Unix `timestamp`
 * and no ids, as a bare array or under one key (`status_updates`, `reactions_v2` …).
 */
export function looksLikeDyi(value: unknown): boolean {
  const entryList = (v: unknown): boolean =>
    Array.isArray(v) &&
    v.length > 0 &&
    v.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Record<string, unknown>).timestamp === 'number' &&
        !('id' in e) &&
        !('created_time' in e),
    );
  if (entryList(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if ('data' in value || 'id' in value) return false;
  const values = Object.values(value);
  return values.length > 0 && values.some(entryList);
}
