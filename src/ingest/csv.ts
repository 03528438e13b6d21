/**
 * Delimited exports (CSV/TSV) read row by row with csv-parse (RFC 4180 quoting, `""` for a quote,
 * line breaks inside quoted fields), for the adapters of CSV formats. The text is already decoded
 * (src/ingest/decode.ts: UTF-8, byte-order mark dropped); a row csv-parse cannot read (a quote out
 * of place) comes back as a bad row with its line, and the rest of the file is still read.
 *
 * Rows carry the lines they span, not their text (csv-parse's `raw` option halves its speed): the
 * text of a row is cut from the file only when asked for — for a rejected row.
 */
import { parse } from 'csv-parse/sync';

/** One row of a delimited file: its fields and the lines it spans (1-based, inclusive). */
export interface CsvRow {
  fields: string[];
  line: number;
  endLine: number;
}

/** A row that is not valid CSV: where, and why. */
export interface BadCsvRow {
  bad: true;
  line: number;
  /** `truncated` when the file ends inside a quoted field; `invalid_csv` otherwise. */
  code: 'truncated' | 'invalid_csv';
  /** What is wrong, in words that do not quote the row. */
  detail: string;
}

/** The rows of a file, in file order, and the text of any span of its lines. */
export interface CsvRows {
  rows: (CsvRow | BadCsvRow)[];
  /** The text of lines `line`…`endLine` (for a rejected row's record). */
  text(line: number, endLine?: number): string;
}

const DETAILS: Readonly<Record<string, string>> = Object.freeze({
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote followed by more text in the field',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field that is never closed',
});

/** Line breaks inside a row's fields: how many lines before its last one it starts. */
function innerBreaks(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n += 1;
  }
  return n;
}

/**
 * Every row of a delimited text, the header included, in file order, with the lines it spans; a
 * row that is not valid CSV comes as a {@link BadCsvRow} in its place.
 * @example readCsvRows('a,b\n1,"x\ny"\n', ',').rows // [{ fields: ['a','b'], line: 1, endLine: 1 }, { fields: ['1','x\ny'], line: 2, endLine: 3 }]
 */
export function readCsvRows(source: string, delimiter: string): CsvRows {
  const bad: BadCsvRow[] = [];
  const seen = new Set<number>();
  let lastEnd = 0;
  const records = parse(source, {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : lastEnd + 1;
      if (seen.has(line)) return; // csv-parse may report one bad row twice
      seen.add(line);
      const code = error?.code ?? '';
      bad.push({ bad: true, line, code: code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'invalid_csv', detail: DETAILS[code] ?? 'a row that is not valid CSV' });
    },
  }) as unknown as { info: { lines: number }; record: string[] }[];
  const rows: (CsvRow | BadCsvRow)[] = [];
  let next = 0;
  for (const r of records) {
    const endLine = r.info.lines;
    const line = endLine - innerBreaks(r.record);
    while (next < bad.length && bad[next]!.line < line) rows.push(bad[next++]!);
    rows.push({ fields: r.record, line, endLine });
    lastEnd = endLine;
  }
  while (next < bad.length) rows.push(bad[next++]!);

  let starts: number[] | null = null;
  return {
    rows,
    text(line, endLine = line) {
      if (starts === null) {
        starts = [0];
        for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
      }
      const from = starts[line - 1] ?? source.length;
      return source.slice(from, starts[endLine] ?? source.length);
    },
  };
}

/**
 * The fields of a header line (the first line of the head), for detection: split with CSV quoting.
 * Returns [] when the first line is not a CSV row.
 * @example csvHeader('Page Name,"Facebook Id",URL\n…', ',') // ['Page Name', 'Facebook Id', 'URL']
 */
export function csvHeader(head: string, delimiter: string): string[] {
  const end = head.indexOf('\n');
  const first = (end === -1 ? head : head.slice(0, end)).replace(/\r$/, '');
  try {
    const rows = parse(first, { delimiter, bom: true, relax_column_count: true }) as string[][];
    return rows[0]?.map((f) => f.trim()) ?? [];
  } catch {
    return [];
  }
}
