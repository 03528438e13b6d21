/**
 * A units CSV (`id,name,kind,accounts,aliases`, lists separated by `;`) that may replace the
 * config's `units` (SPEC 2.3). Parsed with csv-parse (RFC 4180 quoting, BOM tolerated).
 */
import { parse } from 'csv-parse/sync';
import type { ConfigProblem } from './parse';

export interface UnitRow {
  id: string;
  name: string;
  kind: string;
  accounts: string[];
  aliases: string[];
}

const REQUIRED = ['id', 'name', 'kind'] as const;

function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split(';').map((s) => s.trim().normalize('NFC')).filter((s) => s.length > 0);
}

/**
 * Parse a units CSV into config `units` entries, with `rows[i]` the CSV line `units[i]` was read
 * from (1-based, the header being line 1); problems are reported per row and column
 * (`units.csv: row 3.kind: missing kind`) and the config schema validates the values afterwards.
 * @example parseUnitsCsv('id,name,kind,accounts,aliases\nso-khdt,Sở KH&ĐT,department,1001;1002,Sở KHĐT')
 */
export function parseUnitsCsv(text: string, fileName = 'units.csv'): { units: UnitRow[]; rows: number[]; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { units: [], rows: [], problems: [{ code: 'invalid_csv', file: fileName, path: [], message: (error as Error).message }] };
  }
  const units: UnitRow[] = [];
  const rows: number[] = [];
  records.forEach((record, i) => {
    const row = i + 2; // 1-based, after the header line
    const missing = REQUIRED.filter((column) => !record[column]);
    for (const column of missing) {
      problems.push({ code: 'missing_field', file: fileName, path: [`row ${row}`, column], message: `missing ${column}` });
    }
    if (missing.length > 0) return;
    rows.push(row);
    units.push({
      id: record.id,
      name: record.name.normalize('NFC'),
      kind: record.kind,
      accounts: splitList(record.accounts),
      aliases: splitList(record.aliases),
    });
  });
  return { units, rows, problems };
}
