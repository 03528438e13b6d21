/**
 * What the delimited-text adapters (CSV and TSV: minimaxir, Netvizz, Facepager) share
 * (docs/formats.md §1.1): bytes to text (UTF-8, else Windows-1252 as Excel writes it), rows parsed
 * by csv-parse with their row numbers and the malformed ones kept apart, CR and CRLF inside a field
 * made LF before SPEC 7.1's control-character cleanup, the header read for detection, columns
 * looked up by name, and cells turned into counts.
 */
import { parse } from 'csv-parse/sync';
import type { FileCapabilities } from '../model/types';
import type { At, DecodedFile, FileHead, FormatAdapter, PostInput, ReadOptions, RecordSink, RejectInput } from './adapter';
import { startsAsJson } from './sniff';
import { detach } from './text';

/** The encodings a delimited file is read in. */
export type DelimitedEncoding = 'utf-8' | 'windows-1252';

/**
 * Windows-1252's bytes 0x80–0x9F (the WHATWG mapping: the five it leaves undefined — 0x81, 0x8D,
 * 0x8F, 0x90, 0x9D — are the C1 code points of the same value). Every other byte is its Latin-1
 * code point. Node 20's `TextDecoder('windows-1252')` decodes ISO-8859-1 instead (0x93 → U+0093).
 */
const CP1252_C1 = Object.freeze([
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
]);

const CHUNK = 8192;

/**
 * Bytes decoded as Windows-1252 (a leading UTF-8 byte-order mark dropped).
 * @example decodeWindows1252(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])) // '“Café”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  const units = new Uint16Array(CHUNK);
  for (let i = start; i < bytes.length; i += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - i);
    for (let k = 0; k < n; k += 1) {
      const b = bytes[i + k];
      units[k] = b >= 0x80 && b <= 0x9f ? CP1252_C1[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return parts.join('');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A delimited file's text: the ingest's UTF-8 decoding when the bytes are UTF-8, else the bytes
 * decoded as Windows-1252 (docs/formats.md §1.1: Excel's "CSV" save on a Western Windows). A file
 * given as a string is taken as it is.
 * @example decodeDelimited({ name: 'a.csv', text: 'x\uFFFD', bytes: new Uint8Array([0x78, 0x92]) }) // { text: 'x’', encoding: 'windows-1252' }
 */
export function decodeDelimited(file: DecodedFile): { text: string; encoding: DelimitedEncoding } {
  // Lenient UTF-8 decoding put U+FFFD where the bytes were invalid; a file may also hold real ones.
  if (file.bytes === undefined || !file.text.includes('\uFFFD') || isUtf8(file.bytes)) return { text: file.text, encoding: 'utf-8' };
  return { text: decodeWindows1252(file.bytes), encoding: 'windows-1252' };
}

/**
 * {@link decodeDelimited}, and a warning on the sink when the file was not UTF-8.
 * @example const text = delimitedText(file, sink);
 */
export function delimitedText(file: DecodedFile, sink: RecordSink): string {
  const { text, encoding } = decodeDelimited(file);
  if (encoding === 'windows-1252') {
    sink.warn(
      'encoding_windows_1252',
      '$',
      'not UTF-8: decoded as Windows-1252, as Excel saves a CSV on a Western Windows (letters Windows-1252 lacks, such as most Vietnamese ones, are not in such a file: Excel wrote "?")',
    );
  }
  return text;
}

/** A row of a delimited file: its fields, or why csv-parse could not read it. */
export type Row =
  | { readonly row: number; readonly fields: string[]; readonly error?: undefined }
  | { readonly row: number; readonly fields?: undefined; readonly error: string; readonly raw: string | undefined };

/** How a file is delimited. */
export interface Dialect {
  readonly delimiter: ',' | ';' | '\t';
  /** `"` quotes fields (CSV); false: no quoting at all, a `"` is a character (Netvizz). */
  readonly quote: boolean;
}

/** CR and CRLF inside a field → LF (Excel for Mac writes a lone CR for a line break in a cell). */
const lineBreaks = (v: string): string => (v.includes('\r') ? v.replace(/\r\n?/g, '\n') : v);

/**
 * Every row of a delimited text, the header first, numbered from 1 as a spreadsheet numbers them
 * (blank lines are no rows). Rows of any length are returned (the adapter compares them with the
 * header); a row csv-parse cannot read (a quote never closed) is returned with its error code.
 * @example parseRows('a,b\r\n1,"x\ry"\r\n', { delimiter: ',', quote: true }) // [{ row: 1, fields: ['a', 'b'] }, { row: 2, fields: ['1', 'x\ny'] }]
 */
export function parseRows(text: string, dialect: Dialect): Row[] {
  const rows: Row[] = [];
  parse(text, {
    delimiter: dialect.delimiter,
    quote: dialect.quote ? '"' : false,
    bom: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      for (let i = 0; i < record.length; i += 1) record[i] = lineBreaks(record[i]);
      rows.push({ row: rows.length + 1, fields: record });
      return null; // kept here, not in csv-parse's result
    },
    on_skip: (error, raw) => {
      rows.push({ row: rows.length + 1, error: error?.code ?? 'CSV_INVALID', raw });
      return undefined;
    },
  });
  return rows;
}

/**
 * The header row of a file's head split by `dialect` (null when the head has no complete first line).
 * @example headerFields({ name: 'a.csv', text: 'status_id,status_message\r\n1,x', complete: true }, { delimiter: ',', quote: true }) // ['status_id', 'status_message']
 */
export function headerFields(head: FileHead, dialect: Dialect): string[] | null {
  const end = head.text.search(/[\r\n]/);
  if (end === -1 && !head.complete) return null;
  const line = end === -1 ? head.text : head.text.slice(0, end);
  if (line === '') return null;
  try {
    const [first] = parse(line, { delimiter: dialect.delimiter, quote: dialect.quote ? '"' : false, relax_quotes: true, relax_column_count: true });
    return first === undefined ? null : first.map((f) => f.trim());
  } catch {
    return null;
  }
}

/** A header's columns by name (the first column of a name wins). */
export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly names: readonly string[], from = 0) {
    for (let i = names.length - 1; i >= from; i -= 1) this.index.set(names[i].trim(), i);
  }

  /** The position of a column, or -1. */
  at(name: string): number {
    return this.index.get(name) ?? -1;
  }

  /** The columns of `names` the header lacks. */
  missing(names: readonly string[]): string[] {
    return names.filter((n) => !this.index.has(n));
  }
}

/**
 * A cell of a row by column position ('' when the column is absent).
 * @example cell(['a', 'b'], 1) // 'b'
 */
export function cell(fields: readonly string[], at: number): string {
  return at < 0 ? '' : (fields[at] ?? '');
}

/**
 * A count cell: '' → null (the export says nothing), digits → the number, anything else NaN (the
 * sink then drops it with an `invalid_count` field reject; a negative number too).
 * @example countCell(' 12 ') // 12
 * @example countCell('') // null
 * @example countCell('=SUM(A1)') // NaN
 */
export function countCell(value: string): number | null {
  const v = value.trim();
  if (v === '') return null;
  return /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
}

/**
 * What a cell is, never what it says (SPEC 7.2: a reason does not quote the record).
 * @example describeCell('Xin hỏi') // 'a text of 7 characters'
 */
export function describeCell(value: string): string {
  return `a text of ${value.length} characters`;
}

/**
 * A row as a record keyed by its header (`{ comment_id: '1_2', comment_author: 'An', … }`): what a
 * reject keeps, so that the privacy rules see which values are ids and times (SPEC 7.2). A repeated
 * column name gets ` (2)`; fields beyond the header are `column N`.
 * @example keyedRow(['id', 'id', 'message'], ['1', '2', 'x', 'y']) // { id: '1', 'id (2)': '2', message: 'x', 'column 4': 'y' }
 */
export function keyedRow(names: readonly string[], fields: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < fields.length; i += 1) {
    let key = i < names.length ? names[i] : `column ${i + 1}`;
    for (let n = 2; Object.hasOwn(record, key); n += 1) key = `${names[i]} (${n})`;
    // A header may name a column `__proto__`: an own property, never the prototype.
    Object.defineProperty(record, key, { value: fields[i], enumerable: true, writable: true, configurable: true });
  }
  return record;
}

/**
 * The location of a row (`row 12`) and the row as read: keyed by the header when one is given
 * (see {@link keyedRow}), else the list of fields; a row csv-parse could not read, its raw text.
 */
export const rowAt = (row: Row, header?: readonly string[]): At => ({
  path: 'row ',
  index: row.row,
  raw: row.fields === undefined ? (row.raw ?? null) : header === undefined ? row.fields : keyedRow(header, row.fields),
});

/**
 * The reject of a row csv-parse could not read or whose length differs from the header's, or null
 * for a row that can be read. The record is given whole (`field` '').
 * @example rowProblem({ row: 3, fields: ['a'] }, 2) // { code: 'invalid_type', detail: 'a row of 1 fields where the header has 2' }
 */
export function rowProblem(row: Row, width: number): { code: string; detail: string } | null {
  if (row.error !== undefined) return { code: 'invalid_csv', detail: `a row that is not well-formed delimited text (${row.error})` };
  if (row.fields.length !== width) return { code: 'invalid_type', detail: `a row of ${row.fields.length} fields where the header has ${width}` };
  return null;
}

/** A delimited file opened: its header and its other rows. */
export interface Table {
  readonly header: Columns;
  readonly rows: readonly Row[];
}

/**
 * Decode and parse a delimited file; null (with a file error on the sink) when it has no readable
 * header row. A header without rows is read (nothing in it) with a `no_rows` warning.
 * @example const table = openTable(file, sink, { delimiter: ',', quote: true });
 */
export function openTable(file: DecodedFile, sink: RecordSink, dialect: Dialect): Table | null {
  const text = delimitedText(file, sink);
  const rows = parseRows(text, dialect);
  const first = rows[0];
  if (first === undefined || first.fields === undefined) {
    sink.fileError('missing_header', 'row 1', 'no readable header row', detach(text.slice(0, 400)));
    return null;
  }
  if (rows.length === 1) sink.warn('no_rows', 'row 1', 'a header and no rows: nothing to read');
  return { header: new Columns(first.fields), rows: rows.slice(1) };
}

/**
 * A file error for a header that lacks columns a format needs (none: false, nothing said).
 * @example if (lacksColumns(table, ['status_id'], sink, text)) return;
 */
export function lacksColumns(table: Table, required: readonly string[], sink: RecordSink, format: string): boolean {
  const missing = table.header.missing(required);
  if (missing.length === 0) return false;
  sink.fileError('missing_column', 'row 1', `a ${format} header without the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, detach(table.header.names.join(',').slice(0, 400)));
  return true;
}

/**
 * The id of a row that can be a record, or the reject of one that cannot: a malformed row, a row
 * whose length differs from the header's, a row without an id.
 * @example rowId({ row: 2, fields: ['', 'x'] }, table, 0, 'post') // { recordType: 'post', field: 'status_id', code: 'missing_id', detail: 'no status_id' }
 */
export function rowId(row: Row, table: Table, idAt: number, recordType: 'post' | 'comment' | 'reaction'): string | RejectInput {
  const problem = rowProblem(row, table.header.names.length);
  if (problem !== null) return { recordType, field: '', ...problem };
  const id = cell(row.fields!, idAt).trim();
  const column = table.header.names[idAt] ?? 'id';
  if (id === '') return { recordType, field: column, code: 'missing_id', detail: `no ${column}` };
  return id;
}

/**
 * A time cell read by `parse` (UTC epoch ms, NaN or null when it is no time), or the reject that
 * says why there is none: `missing_time` for an empty cell, `invalid_time` naming the `expected` forms.
 * @example timeCell('', 'comment_published', 'comment', Date.parse, 'ISO 8601') // { recordType: 'comment', field: 'comment_published', code: 'missing_time', detail: 'no comment_published' }
 */
export function timeCell(
  value: string,
  field: string,
  recordType: 'post' | 'comment',
  parseTime: (value: string) => number | null,
  expected: string,
): number | RejectInput {
  if (value.trim() === '') return { recordType, field, code: 'missing_time', detail: `no ${field}` };
  const time = parseTime(value);
  if (time === null || Number.isNaN(time)) return { recordType, field, code: 'invalid_time', detail: `${describeCell(value)} that is not a time (${expected})` };
  return time;
}

/**
 * Visit every row of a table that can be a record (with its id and location); reject the others
 * on the sink (see {@link rowId}).
 * @example forEachRecord(table, sink, idAt, 'comment', (id, fields, at) => sink.comment({ id, … }, at));
 */
export function forEachRecord(
  table: Table,
  sink: RecordSink,
  idAt: number,
  recordType: 'post' | 'comment',
  visit: (id: string, fields: readonly string[], at: At) => void,
): void {
  for (const row of table.rows) {
    const at = rowAt(row, table.header.names);
    const id = rowId(row, table, idAt, recordType);
    if (typeof id === 'string') visit(id, row.fields!, at);
    else sink.reject(id, at);
  }
}

/** Where a file keeps a post's counts: column positions (-1: absent), and one per reaction type. */
export interface CountColumns {
  readonly total: number;
  readonly comments: number;
  readonly shares: number;
  readonly types: readonly (readonly [at: number, type: string])[];
}

/**
 * A post's counts from its row (SPEC 2.2: they fill the totals as `summary.total_count` does).
 * @example postCounts(['7', '2', '', '5'], { total: 0, comments: 1, shares: 2, types: [[3, 'LIKE']] })
 * // { reactionsTotal: 7, commentsTotal: 2, sharesCount: null, reactionsByType: { LIKE: 5 } }
 */
export function postCounts(fields: readonly string[], columns: CountColumns): Pick<PostInput, 'reactionsTotal' | 'commentsTotal' | 'sharesCount' | 'reactionsByType'> {
  const reactionsByType: Record<string, number | null> = {};
  for (const [at, type] of columns.types) reactionsByType[type] = countCell(cell(fields, at));
  return {
    reactionsTotal: countCell(cell(fields, columns.total)),
    commentsTotal: countCell(cell(fields, columns.comments)),
    sharesCount: countCell(cell(fields, columns.shares)),
    reactionsByType,
  };
}

/** One kind of file of a delimited format, recognised by its header. */
export interface TableKind {
  /** For people: `minimaxir statuses`. */
  readonly label: string;
  /** The header's first column is one of these. */
  readonly first: readonly string[];
  /** Columns the header must have. */
  readonly columns: readonly string[];
  /** Anything else the header must satisfy to be claimed (detection only: a forced format reads it anyway). */
  readonly accepts?: (header: readonly string[]) => boolean;
  read(table: Table, sink: RecordSink, options: ReadOptions): void;
}

/** A delimited format whose kinds of file are told apart by their header (minimaxir, Netvizz). */
export interface TableFormat {
  readonly format: string;
  readonly description: string;
  readonly dialect: Dialect;
  /** What the format cannot tell (the same for all its files). */
  readonly capabilities: Partial<FileCapabilities>;
  readonly kinds: readonly TableKind[];
}

/** The kind a header's first column names (detection also asks its columns and `accepts`). */
function kindOf(header: readonly string[], kinds: readonly TableKind[]): TableKind | undefined {
  return kinds.find((k) => k.first.includes(header[0]));
}

/**
 * The adapter of a {@link TableFormat}: it claims a file whose header is one of its kinds' (with
 * their columns), and reads each file by its kind. A file read with the format forced whose header
 * is none of them, or lacks a kind's columns, is a `missing_column` file error.
 * @example export const myFormat = tableFormat({ format: 'my-csv', description: '…', dialect: { delimiter: ',', quote: true }, capabilities: {}, kinds: [...] });
 */
export function tableFormat(spec: TableFormat): FormatAdapter {
  return Object.freeze<FormatAdapter>({
    format: spec.format,
    description: spec.description,
    detect(head) {
      if (startsAsJson(head.text)) return false;
      const header = headerFields(head, spec.dialect);
      if (header === null) return false;
      const kind = kindOf(header, spec.kinds);
      return kind !== undefined && kind.columns.every((c) => header.includes(c)) && (kind.accepts?.(header) ?? true);
    },
    read(file, sink, options) {
      sink.capabilities(spec.capabilities);
      const table = openTable(file, sink, spec.dialect);
      if (table === null) return;
      const kind = kindOf(table.header.names, spec.kinds);
      if (kind === undefined) {
        const kinds = spec.kinds.map((k) => `${k.label} (${k.first.join(' or ')}, …)`).join('; ');
        sink.fileError('missing_column', 'row 1', `a header that is none of: ${kinds}`, detach(table.header.names.join(',').slice(0, 400)));
        return;
      }
      if (!lacksColumns(table, kind.columns, sink, kind.label)) kind.read(table, sink, options);
    },
  });
}
