/**
 * `analysis.json`: the analysis as it is (no rounding), two-space indentation, `-0` written as `0`,
 * a final newline, keys in the object's own order (the schema's order when built by `analyze()`).
 *
 * Streamed (issue 10): {@link analysisJsonChunks} gives the text in bounded chunks, the bytes of
 * `JSON.stringify(analysis, null, 2)` and a newline. Containers too large to write at once (the
 * analysis, its long arrays, any object or array whose text would exceed a quarter of a chunk)
 * are written here, key by key and element by element; everything smaller is given to
 * `JSON.stringify` whole (fast, native; a run of small array elements in one call), inside as many
 * one-element arrays as its depth so that it comes out indented for its place and is cut out
 * without another copy. `JSON.stringify` writes `-0` as `0` by itself. A value with a `toJSON`
 * method (a `Date`) is written by `JSON.stringify` as a whole (its `toJSON` called with the key
 * `''`, which `Date` ignores).
 */
import type { Analysis } from '../analysis/schema';
import { checkOptionKeys } from '../errors';
import { ChunkBuffer, chunkSizeOf, type ChunkOptions } from './chunks';

const OPTION_KEYS = new Set(['chunkSize']);

/**
 * What the text of a value would cost, subtracted from `budget` (about one unit per character,
 * indentation left out); stops as soon as the budget is spent (a negative result).
 */
function cost(value: unknown, budget: number): number {
  if (typeof value === 'string') return budget - value.length - 2;
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') return budget - 8;
  let left = budget - 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && left >= 0; i++) left = cost(value[i], left - 2);
    return left;
  }
  // Own enumerable keys, as JSON.stringify reads them (Object.keys: no look-up of the prototype per key).
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length && left >= 0; i++) {
    const key = keys[i]!;
    left = cost((value as Record<string, unknown>)[key], left - key.length - 4);
  }
  return left;
}

const INDENT: string[] = [];
/** The indentation of a line at `depth`. */
const indentOf = (depth: number): string => (INDENT[depth] ??= '  '.repeat(depth));

/** `value` inside `depth` one-element arrays: JSON.stringify then indents its lines as at `depth`. */
function nested(value: unknown, depth: number): unknown {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  return wrapped;
}

/**
 * The text of a value written whole by JSON.stringify, as it goes after a key at `depth` (its
 * lines indented for that depth: stringified inside `depth` arrays and cut out, so that the text
 * is copied once); undefined when JSON has no text for it (undefined, a function: no key).
 */
function leaf(value: unknown, depth: number): string | undefined {
  if (value === null || typeof value !== 'object' || depth === 0) return JSON.stringify(value, null, 2) as string | undefined;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // What toJSON gives may be nothing: the text alone tells, then indented line by line.
    const text = JSON.stringify(value, null, 2) as string | undefined;
    return text?.replaceAll('\n', `\n${indentOf(depth)}`);
  }
  // "[\n  [\n    VALUE\n  ]\n]": the wrappers' lines and the value's first indentation before, their closings after.
  const text = JSON.stringify(nested(value, depth), null, 2);
  return text.slice(depth * (depth + 3), text.length - depth * (depth + 1));
}

/**
 * Elements `from`…`to` of an array at `depth`, written by one JSON.stringify: each on its line,
 * indented for `depth + 1`, separated by ",\n" (undefined and functions as null, as JSON.stringify).
 */
function run(array: readonly unknown[], from: number, to: number, depth: number): string {
  const text = JSON.stringify(nested(from === 0 && to === array.length ? array : array.slice(from, to), depth), null, 2);
  // The wrappers' lines and the run's "[" line before, their closing lines after.
  const around = (depth + 1) * (depth + 2);
  return text.slice(around, text.length - around);
}

/** Chunks of the JSON text of a large container at `depth` (its first character where the caller left off). */
function* container(
  value: object, depth: number, out: ChunkBuffer, budget: number, open: Set<object>,
): Generator<string, void, undefined> {
  if (open.has(value)) throw new TypeError('Converting circular structure to JSON');
  open.add(value);
  if (Array.isArray(value)) {
    // Runs of small elements go to JSON.stringify together (one call per run, not per element).
    out.push('[');
    let from = 0; // the first element not written yet
    let left = budget;
    const writeRun = (to: number) => {
      if (to === from) return;
      out.push(from === 0 ? '\n' : ',\n');
      out.push(run(value, from, to, depth));
      from = to;
      left = budget;
    };
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      left = cost(item, left - 2);
      if (left >= 0) continue;
      writeRun(i);
      if (large(item, budget)) {
        out.push(`${i === 0 ? '\n' : ',\n'}${indentOf(depth + 1)}`);
        yield* container(item as object, depth + 1, out, budget, open);
        from = i + 1;
      } else left = cost(item, budget - 2);
      if (out.full) yield* out.take();
    }
    writeRun(value.length);
    out.push(value.length === 0 ? ']' : `\n${indentOf(depth)}]`);
  } else {
    let first = true;
    const inner = indentOf(depth + 1);
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      const prefix = `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      if (large(item, budget)) {
        out.push(prefix);
        yield* container(item as object, depth + 1, out, budget, open);
      } else {
        const text = leaf(item, depth + 1);
        if (text === undefined) continue; // undefined, a function: no key (as JSON.stringify)
        out.push(prefix + text);
      }
      first = false;
      if (out.full) yield* out.take();
    }
    out.push(first ? '{}' : `\n${indentOf(depth)}}`);
  }
  open.delete(value);
}

/** Whether a value is a container to write here, piece by piece. */
function large(value: unknown, budget: number): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
    && cost(value, budget) < 0;
}

/** Chunks of the JSON text of `value`, left in `out` from the last whole chunk on. */
function* writeJson(value: unknown, out: ChunkBuffer): Generator<string, void, undefined> {
  const budget = out.limit >> 2;
  if (large(value, budget)) yield* container(value as object, 0, out, budget, new Set());
  else out.push(leaf(value, 0) ?? '');
}

/** The chunks of a JSON text and what follows it, options checked before the first chunk. */
function chunked(value: unknown, after: string, options: ChunkOptions, owner: string): Iterable<string> {
  checkOptionKeys(options, OPTION_KEYS, owner);
  const out = new ChunkBuffer(chunkSizeOf(options, owner));
  return (function* () {
    yield* writeJson(value, out);
    out.push(after);
    yield* out.flush();
  })();
}

/**
 * Any JSON value as the text of `JSON.stringify(value, null, 2)`, in chunks of at most
 * `chunkSize` code units; no chunk when JSON has no text for it (`undefined`).
 * @example [...jsonChunks({ a: [1, -0] })].join('') === JSON.stringify({ a: [1, -0] }, null, 2) // true
 */
export function jsonChunks(value: unknown, options: ChunkOptions = {}): Iterable<string> {
  return chunked(value, '', options, 'jsonChunks');
}

/**
 * The text of `analysis.json` in chunks of at most `chunkSize` code units (default 64 Ki), to
 * write as they come: joined, they are {@link writeAnalysisJson}'s text.
 * @example
 * const file = createWriteStream('analysis.json');
 * for (const chunk of analysisJsonChunks(analysis)) if (!file.write(chunk)) await once(file, 'drain');
 */
export function analysisJsonChunks(analysis: Analysis, options: ChunkOptions = {}): Iterable<string> {
  return chunked(analysis, '\n', options, 'analysisJsonChunks');
}

/**
 * The text of `analysis.json`, whole: `JSON.stringify` at once (the faster way to one string; the
 * tests hold {@link analysisJsonChunks} to the same bytes).
 * @example writeAnalysisJson(analysis).endsWith('}\n'); // true
 */
export function writeAnalysisJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
