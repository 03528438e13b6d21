/**
 * Delimited exports (CSV/TSV) read row by row with csv-parse (RFC 4180 quoting, `""` for a quote,
 * line breaks inside quoted fields), for the adapters of CSV formats. The text is already decoded
 * (src/ingest/decode.ts: UTF-8, byte-order mark dropped); a row csv-parse cannot read (a quote out
 * of place) is handed back as a bad row with its line, and the rest of the file is still read.
 */
import { parse } from 'csv-parse/sync';

/** One row of a delimited file: its fields, the line it starts on (1-based) and its raw text. */
export interface CsvRow {
  fields: string[];
  line: number;
  raw: string;
}

/** A row that is not valid CSV: where, why (a csv-parse code) and its raw text. */
export interface BadCsvRow {
  line: number;
  /** `truncated` when the file ends inside a quoted field; `invalid_csv` otherwise. */
  code: 'truncated' | 'invalid_csv';
  /** What is wrong, in words that do not quote the row. */
  detail: string;
  raw: string;
}

const DETAILS: Readonly<Record<string, string>> = Object.freeze({
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote followed by more text in the field',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field that is never closed',
});

/**
 * Every row of a delimited text, the header included, in file order, with the line each starts on;
 * a row that is not valid CSV comes as a {@link BadCsvRow} (`bad: true`) in its place.
 * @example readCsvRows('a,b\n1,"x\ny"\n', ',') // [{ fields: ['a','b'], line: 1, … }, { fields: ['1','x\ny'], line: 2, … }]
 */
export function readCsvRows(text: string, delimiter: string): (CsvRow | (BadCsvRow & { bad: true }))[] {
  const skipped = new Set<number>();
  const badRows: (BadCsvRow & { bad: true })[] = [];
  let lastEnd = 0;
  const records = parse(text, {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error, raw) => {
      const line = typeof error?.lines === 'number' ? error.lines : lastEnd + 1;
      if (skipped.has(line)) return; // csv-parse may report one bad row twice
      skipped.add(line);
      const code = error?.code ?? '';
      badRows.push({
        bad: true,
        line,
        code: code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'invalid_csv',
        detail: DETAILS[code] ?? 'a row that is not valid CSV',
        raw: raw ?? '',
      });
    },
  }) as unknown as { info: { lines: number }; raw: string; record: string[] }[];
  const rows: (CsvRow | (BadCsvRow & { bad: true }))[] = [];
  let next = 0;
  for (const r of records) {
    // The row starts where its raw text's line breaks say, counted back from where it ends.
    let breaks = 0;
    for (let i = r.raw.indexOf('\n'); i !== -1 && i < r.raw.length - 1; i = r.raw.indexOf('\n', i + 1)) breaks += 1;
    const line = r.info.lines - breaks;
    while (next < badRows.length && badRows[next]!.line < line) rows.push(badRows[next++]!);
    rows.push({ fields: r.record, line, raw: r.raw });
    lastEnd = r.info.lines;
  }
  while (next < badRows.length) rows.push(badRows[next++]!);
  return rows;
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
