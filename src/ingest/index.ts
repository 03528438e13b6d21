/**
 * Ingest (SPEC 2.1, 2.2, 2.4, 7.1): export files → one canonical dataset and an ingest report.
 * Pure: files are given as content, nothing touches the disk (see `src/node/loadExport.ts`).
 *
 * Each file is read by the one adapter of the registry (`src/ingest/registry.ts`) that recognises
 * its content, or by the adapter the `format` option names. Bad files and records are reported,
 * never thrown; only bad options throw (a DdciError `invalid_option`).
 */
import { fail } from '../errors';
import type { IngestResult, InputFile } from '../model/types';
import { DEFAULT_TIMEZONE, isValidTimeZone } from '../time/index';
import type { FileHead, FormatAdapter, PageIdentity, ReadOptions } from './adapter';
import { DatasetBuilder } from './builder';
import { decodeFile } from './decode';
import { INGEST_LIMITS } from './limits';
import { detectFormat, FORMATS, type Detection } from './registry';
import { HEAD_LENGTH } from './sniff';
import { StreamedFile, type FileWriter } from './stream';
import { detach, normalizeText } from './text';

export type * from './adapter';
export { DatasetBuilder, reactionTypeOf, type BuilderOptions } from './builder';
export { FORMATS, detectFormat, type Detection } from './registry';
export { INGEST_LIMITS, LIMIT_CODES, FACEBOOK_EPOCH } from './limits';
export { parseGraphTime, type ParsedTime } from './time';
export { decodeText, decodeFile, StreamDecoder, type Decoded } from './decode';
export { LineSplitter, readLines, MAX_LINE_LENGTH } from './lines';
export type { FileWriter } from './stream';
export { cleanText, isCleanText, normalizeText, type CleanText } from './text';
export { formatLocation, ListPath } from './locations';
export { headLines, firstCharacter, hasJsonKey, isJsonLine, isLineFormatName, looksDelimited, HEAD_LENGTH, type HeadLine } from './sniff';

/** Options of {@link createIngest}, {@link ingestFiles} and `loadExport`. */
export interface IngestOptions {
  /** Read every file with this adapter (its `format` name) instead of detecting each file's format. */
  format?: string;
  /** The run's instant (UTC epoch ms; default: now): times more than a day after it are refused. */
  asOf?: number;
  /** The formats to detect among (default {@link FORMATS}): a registry with one more adapter, say. */
  formats?: readonly FormatAdapter[];
  /**
   * The configured page (`config.page`): formats that leave a post's author implicit (a "Download
   * your information" archive of the page) or name the page only by its name need it (SPEC 2.2).
   */
  page?: { id: string; name?: string | null } | null;
  /** The configured time zone, for local times a format writes without naming their zone (default Asia/Ho_Chi_Minh). */
  timezone?: string;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['format', 'asOf', 'formats', 'page', 'timezone']);

/** Checked options with their defaults. */
interface Resolved {
  forced: FormatAdapter | null;
  asOf: number;
  formats: readonly FormatAdapter[];
  read: ReadOptions;
}

function resolvePage(page: IngestOptions['page']): PageIdentity | null {
  if (page === undefined || page === null) return null;
  if (typeof page !== 'object' || typeof page.id !== 'string' || page.id === '') fail('invalid_option', ['page'], 'ingest: page must be { id, name } with a non-empty id');
  const { name } = page;
  if (name !== undefined && name !== null && typeof name !== 'string') fail('invalid_option', ['page', 'name'], 'ingest: page.name must be a string');
  const normal = typeof name === 'string' ? normalizeText(name).trim() : '';
  return Object.freeze({ id: page.id, name: normal === '' ? null : normal });
}

function resolveOptions(options: IngestOptions): Resolved {
  if (typeof options !== 'object' || options === null) fail('invalid_option', [], 'ingest options must be an object');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) fail('invalid_option', [key], `ingest: unknown option "${key}" (known: ${[...OPTION_KEYS].join(', ')})`);
  }
  const formats = options.formats ?? FORMATS;
  if (!Array.isArray(formats) || formats.length === 0) fail('invalid_option', ['formats'], 'ingest: formats must be a non-empty list of adapters');
  const names = new Set<string>();
  for (const [i, f] of formats.entries()) {
    if (typeof f?.format !== 'string' || typeof f.detect !== 'function' || typeof f.read !== 'function') {
      fail('invalid_option', ['formats', i], 'ingest: an adapter needs a format name, detect() and read()');
    }
    if (names.has(f.format)) fail('invalid_option', ['formats', i], `ingest: two adapters are named "${f.format}"`);
    names.add(f.format);
  }
  let forced: FormatAdapter | null = null;
  if (options.format !== undefined) {
    forced = formats.find((f) => f.format === options.format) ?? null;
    if (forced === null) {
      fail('invalid_option', ['format'], `ingest: unknown format "${String(options.format)}" (known: ${[...names].join(', ')})`);
    }
  }
  const asOf = options.asOf ?? Date.now();
  if (typeof asOf !== 'number' || !Number.isFinite(asOf)) fail('invalid_option', ['asOf'], 'ingest: asOf must be a time in UTC epoch milliseconds');
  const timezone = options.timezone ?? DEFAULT_TIMEZONE;
  if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) fail('invalid_option', ['timezone'], 'ingest: timezone must be an IANA time zone name');
  return { forced, asOf, formats, read: Object.freeze({ limits: INGEST_LIMITS, page: resolvePage(options.page), timezone }) };
}

/** An incremental ingest: add files one at a time (their content can be dropped after), then finish. */
export interface IngestSession {
  /** Read a whole file. */
  add(file: InputFile): void;
  /**
   * Start a file given piece by piece (a stream): write its pieces, then `end()` it. A file whose
   * format reads lines (NDJSON: `FormatAdapter.lines`) is read as the pieces come, never held
   * whole; any other file is kept and read at `end()`. The result is the same as `add` of the
   * whole file. One file at a time: end it before the next `add` or `begin`.
   */
  begin(name: string): FileWriter;
  finish(): IngestResult;
}

const invalidUtf8 = (at: number): [string, string, string] =>
  ['invalid_utf8', `byte ${at}`, `invalid UTF-8 from byte ${at}: the bad bytes were read as U+FFFD`];

/**
 * Start an ingest that takes files one by one, so a caller reading from disk never holds every
 * file's bytes at once — nor, for NDJSON, one file's (`begin`). Add the files in path order (as
 * `loadExport` and {@link ingestFiles} do): they are the snapshots of SPEC 2.1 and 4.6, and the
 * later one wins where copies disagree.
 * @example
 * const session = createIngest({ asOf: Date.parse('2025-04-01T00:00:00Z') });
 * session.add({ name: 'a.json', content: bytes });
 * const writer = session.begin('b.ndjson');
 * for await (const chunk of stream) writer.write(chunk);
 * writer.end();
 * const { dataset, report } = session.finish();
 */
export function createIngest(options: IngestOptions = {}): IngestSession {
  const { forced, asOf, formats, read } = resolveOptions(options);
  // Dropped at finish: a caller that keeps the session does not keep the builder's indexes.
  let builder: DatasetBuilder = new DatasetBuilder({ asOf, limits: INGEST_LIMITS });
  const readOptions = read;
  let finished = false;
  let open: string | null = null;
  let streamed = -1;
  const ready = (what: string): void => {
    if (finished) throw new Error(`createIngest: ${what} after finish()`);
    if (open !== null) throw new Error(`createIngest: ${what} while ${open} is being written (end() it first)`);
  };
  const detect = (head: FileHead): Detection => (forced === null ? detectFormat(head, formats) : { ok: true, adapter: forced });
  const addWhole = (name: string, content: Uint8Array | string): void => {
    const { text, invalidAt } = decodeFile(content);
    const head = { name, text: text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text, complete: text.length <= HEAD_LENGTH };
    if (!/\S/.test(head.text) && !/\S/.test(text)) {
      builder.beginFile(name, 'unknown').fileError('empty_file', '$', 'the file is empty', '');
      return;
    }
    const found = detect(head);
    const sink = builder.beginFile(name, found.ok ? found.adapter.format : 'unknown');
    if (invalidAt >= 0) sink.warn(...invalidUtf8(invalidAt));
    if (!found.ok) {
      sink.fileError(found.code, '$', found.detail, detach(text.slice(0, 400)));
      return;
    }
    found.adapter.read({ name, text, ...(typeof content === 'string' ? {} : { bytes: content }) }, sink, readOptions);
  };
  return {
    add(file: InputFile): void {
      ready('add()');
      addWhole(file.name, file.content);
    },
    begin(name: string): FileWriter {
      ready('begin()');
      open = name;
      return new StreamedFile(name, {
        detect,
        beginLines(fileName, adapter) {
          const sink = builder.beginFile(fileName, adapter.format);
          streamed = sink.file;
          return adapter.lines!(sink, readOptions);
        },
        invalidUtf8: (at) => builder.warnFirst(streamed, ...invalidUtf8(at)),
        whole: addWhole,
        closed: () => {
          open = null;
        },
      });
    },
    finish(): IngestResult {
      ready('finish()');
      finished = true;
      const result = builder.finish();
      builder = null as unknown as DatasetBuilder;
      return result;
    },
  };
}

const byName = (a: InputFile, b: InputFile): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Ingest export files of any registered format. Files are read in path order (sorted by name;
 * the given order does not matter): the later file wins where copies of a record disagree.
 * @example
 * const { report } = ingestFiles([{ name: 'feed.ndjson', content: '{"id":"1","created_time":"2025-03-04T09:15:00+0700"}\n' }]);
 * report.posts // 1
 */
export function ingestFiles(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  const session = createIngest(options);
  for (const f of [...files].sort(byName)) session.add(f);
  return session.finish();
}

/**
 * The same as {@link ingestFiles} (kept for code written when only the Graph API was read).
 * @deprecated use `ingestFiles`.
 * @example const { dataset } = ingestGraphApi([{ name: 'feed.json', content: '{"data":[]}' }]);
 */
export function ingestGraphApi(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  return ingestFiles(files, options);
}
