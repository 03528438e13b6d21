/**
 * Parquet files of the tables (issue 11 item 8): read back with hyparquet (a reader apart from the
 * writer: its own package, its own version) to the same rows as the table helpers, with the column
 * types of the schema; the same analysis gives the same bytes.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { writeParquetTables } from '../../src/write/parquet';
import { analysisTables, type ColumnType, type FlatRow } from '../../src/write/tables';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);
const tables = analysisTables(analysis, graph);

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/** A cell read back by hyparquet, as the table helpers give it (timestamps → ISO text, INT64 → number). */
function asCell(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'instant') return (value as Date).toISOString();
  if (type === 'integer') return Number(value as bigint);
  return value;
}

describe('writeParquetTables', async () => {
  const files = await writeParquetTables(analysis, { graph });

  it('writes one file per table, edges.parquet with the graph', async () => {
    expect(Object.keys(files)).toEqual(tables.map((t) => `${t.name}.parquet`));
    expect(Object.keys(await writeParquetTables(analysis))).not.toContain('edges.parquet');
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s.parquet reads back (hyparquet) to the rows of the table helper', async (name, table) => {
    const file = buffer(files[`${name}.parquet` as keyof typeof files]!);
    const read = await parquetReadObjects({ file });
    expect(read).toHaveLength(table.rows.length);
    const back = read.map((row) => Object.fromEntries(table.columns.map(({ name: column, type }) => [column, asCell(row[column], type)])));
    expect(back).toEqual(table.rows as FlatRow[]);
    expect(Object.keys(read[0] ?? {})).toEqual(table.columns.map((c) => c.name));
  });

  it('types each column from the schema: STRING, INT64, DOUBLE, BOOLEAN, TIMESTAMP (UTC, ms)', () => {
    const expectedType: Record<ColumnType, object> = {
      string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
      integer: { type: 'INT64' },
      number: { type: 'DOUBLE' },
      boolean: { type: 'BOOLEAN' },
      instant: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } },
    };
    for (const table of tables) {
      const metadata = parquetMetadata(buffer(files[`${table.name}.parquet` as keyof typeof files]!));
      const columns = parquetSchema(metadata).children.map((c) => c.element);
      expect(columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.name));
      table.columns.forEach((column, i) => {
        expect(columns[i], `${table.name}.${column.name}`).toMatchObject({ ...expectedType[column.type], repetition_type: 'OPTIONAL' });
      });
      expect(metadata.key_value_metadata).toEqual(expect.arrayContaining([
        { key: 'ddci-sna.table', value: table.name }, { key: 'ddci-sna.timezone', value: 'Asia/Ho_Chi_Minh' },
      ]));
      expect(metadata.created_by).toBe('ddci-sna');
    }
    const petitions = tables.find((t) => t.name === 'petitions')!;
    expect(petitions.columns.filter((c) => c.type === 'instant').map((c) => c.name)).toEqual(['createdTime', 'responseTime']);
    expect(tables.find((t) => t.name === 'units')!.columns.find((c) => c.name === 'posts')!.type).toBe('integer');
    expect(tables.find((t) => t.name === 'units')!.columns.find((c) => c.name === 'score')!.type).toBe('number');
  });

  it('writes text verbatim (no Excel quote mark) and keeps Vietnamese text (UTF-8, NFC)', async () => {
    const petitions = await parquetReadObjects({ file: buffer(files['petitions.parquet']) });
    expect(petitions.some((p) => String(p.message).startsWith('=SUM(A1:A2)'))).toBe(true);
    const units = await parquetReadObjects({ file: buffer(files['units.parquet']) });
    expect(units.map((u) => u.name)).toContain('Sở Lao động – Thương binh và Xã hội');
  });

  it('gives the same bytes for the same analysis, and valid files for empty tables', async () => {
    const again = await writeParquetTables(makeSampleAnalysis(), { graph: makeSampleGraph(makeSampleAnalysis()) });
    for (const name of Object.keys(files) as (keyof typeof files)[]) expect(Buffer.from(again[name]!).equals(Buffer.from(files[name]!)), name).toBe(true);
    const empty: Analysis = { ...analysis, petitions: [], topics: [], weekly: [], associations: [] };
    const written = await writeParquetTables(empty);
    for (const name of ['petitions.parquet', 'topics.parquet', 'weekly.parquet', 'associations.parquet'] as const) {
      const file = buffer(written[name]);
      expect(await parquetReadObjects({ file }), name).toEqual([]);
      expect(parquetSchema(parquetMetadata(file)).children.length).toBeGreaterThan(3);
    }
  });

  it('rejects unknown options', async () => {
    await expect(writeParquetTables(analysis, { raw: true } as never)).rejects.toThrow(/unknown option "raw"/);
  });
});
