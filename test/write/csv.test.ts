import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ActorResultSchema, AssociationResultSchema, PetitionSchema, TopicRowSchema, UnitResultSchema, WeeklyRowSchema,
} from '../../src/analysis/schema';
import { excelText, toCsv, writeCsvTables } from '../../src/write/csv';
import {
  actorsTable, associationsTable, petitionsTable, TABLE_COLUMNS, topicsTable, unitsTable, weeklyTable,
} from '../../src/write/tables';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);
const files = writeCsvTables(analysis, { graph });
const raw = writeCsvTables(analysis, { raw: true, graph });

/** The columns the tables add beside the schema's fields (local times, names), by table. */
const DERIVED = {
  units: ['amplifierNames'],
  petitions: ['createdTimeLocal', 'responseTimeLocal', 'unitName', 'authorName'],
  weekly: ['unitName'],
  topics: ['unitName'],
} as Record<string, readonly string[]>;

const TABLES = [
  ['units.csv', analysis.units, TABLE_COLUMNS.units],
  ['actors.csv', analysis.actors, TABLE_COLUMNS.actors],
  ['associations.csv', analysis.associations, TABLE_COLUMNS.associations],
  ['petitions.csv', analysis.petitions, TABLE_COLUMNS.petitions],
  ['weekly.csv', analysis.weekly, TABLE_COLUMNS.weekly],
  ['topics.csv', analysis.topics, TABLE_COLUMNS.topics],
] as const;

/** The columns of a table that are the schema's own fields (the others are derived). */
const schemaColumns = (name: string, columns: readonly string[]) =>
  columns.filter((c) => !(DERIVED[name.replace('.csv', '')] ?? []).includes(c));

/** The value at a dotted column path of a record. */
function valueAt(record: object, column: string): unknown {
  return column.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], record);
}

/** Turn a CSV cell back into the analysis value it stands for, guided by the original's type. */
function readBack(cell: string, original: unknown): unknown {
  // An absent optional field (a reaction type without reactions, an unweighted sub-index) is an empty cell too.
  if (original === null || original === undefined) return cell === '' ? original : cell;
  if (typeof original === 'number') return Number(cell);
  if (typeof original === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  if (Array.isArray(original)) return cell === '' ? [] : cell.split(';');
  // A map of names to reasons (`unavailable`): `name:reason` pairs.
  if (typeof original === 'object') return Object.fromEntries(cell === '' ? [] : cell.split(';').map((pair) => pair.split(':')));
  return cell;
}

describe('writeCsvTables', () => {
  it('writes the six analysis tables, and edges.csv when given the graph', () => {
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'associations.csv', 'edges.csv', 'petitions.csv', 'topics.csv', 'units.csv', 'weekly.csv']);
    expect(Object.keys(writeCsvTables(analysis)).sort()).toEqual(['actors.csv', 'associations.csv', 'petitions.csv', 'topics.csv', 'units.csv', 'weekly.csv']);
  });

  it.each(TABLES)('%s starts with a BOM and a header of the schema field names', (name, _rows, columns) => {
    const text = files[name];
    expect(text.startsWith('\uFEFF')).toBe(true);
    const header = text.slice(1, text.indexOf('\r\n'));
    expect(header).toBe(columns.join(','));
  });

  it('names nested fields parent.child, in the schema order', () => {
    expect(TABLE_COLUMNS.units.slice(0, 4)).toEqual(['unitId', 'name', 'kind', 'posts']);
    expect(TABLE_COLUMNS.units).toContain('subIndices.activity');
    expect(TABLE_COLUMNS.units.filter((c) => c.startsWith('subIndices.'))).toEqual([
      'subIndices.activity', 'subIndices.engagement', 'subIndices.responsiveness', 'subIndices.spread', 'subIndices.quality',
    ]);
    expect(TABLE_COLUMNS.units).not.toContain('subIndices');
    expect(TABLE_COLUMNS.units).toContain('answerReactions.ANGRY');
    const unitFields = Object.keys(UnitResultSchema.shape).filter((k) => k !== 'subIndices' && k !== 'answerReactions');
    expect(schemaColumns('units', TABLE_COLUMNS.units).filter((c) => !c.includes('.'))).toEqual(unitFields);
    expect(TABLE_COLUMNS.actors).toEqual(Object.keys(ActorResultSchema.shape));
    expect(schemaColumns('petitions', TABLE_COLUMNS.petitions)).toEqual(Object.keys(PetitionSchema.shape));
    expect(schemaColumns('weekly', TABLE_COLUMNS.weekly)).toEqual(Object.keys(WeeklyRowSchema.shape));
    expect(schemaColumns('topics', TABLE_COLUMNS.topics)).toEqual(Object.keys(TopicRowSchema.shape));
    expect(TABLE_COLUMNS.associations.filter((c) => !c.includes('.'))).toEqual(
      Object.keys(AssociationResultSchema.shape).filter((k) => k !== 'brokerage'),
    );
  });

  it('puts each local time right after its UTC time, and each name right after its id', () => {
    const after = (columns: readonly string[], column: string) => columns[columns.indexOf(column) + 1];
    expect(after(TABLE_COLUMNS.petitions, 'createdTime')).toBe('createdTimeLocal');
    expect(after(TABLE_COLUMNS.petitions, 'responseTime')).toBe('responseTimeLocal');
    expect(after(TABLE_COLUMNS.petitions, 'unitId')).toBe('unitName');
    expect(after(TABLE_COLUMNS.petitions, 'authorId')).toBe('authorName');
    expect(after(TABLE_COLUMNS.units, 'amplifiers')).toBe('amplifierNames');
    expect(after(TABLE_COLUMNS.weekly, 'unitId')).toBe('unitName');
    expect(after(TABLE_COLUMNS.topics, 'unitId')).toBe('unitName');
  });

  it.each(TABLES)('%s with { raw: true } round-trips through csv-parse to the values of the analysis', (name, rows, columns) => {
    const parsed = parse(raw[name], { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    expect(Object.keys(parsed[0]!)).toEqual([...columns]);
    rows.forEach((record, i) => {
      for (const column of schemaColumns(name, columns)) {
        const original = valueAt(record, column);
        const back = readBack(parsed[i]![column]!, original);
        const expected = typeof original === 'number' && Object.is(original, -0) ? 0 : original;
        expect(back, `${name} row ${i} ${column}`).toEqual(expected);
      }
    });
  });

  it('ends records with CRLF and quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const text = files['petitions.csv'];
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(analysis.petitions.length + 2);
    expect(text).toContain('"Xin hỏi thủ tục cấp phép xây dựng ""nhà ở riêng lẻ"" cần những giấy tờ gì?"');
    expect(text).toContain('"Cho hỏi bao giờ có kết quả hồ sơ đất đai của công ty tôi?\nĐã nộp từ tháng trước."');
  });

  it('writes numbers unrounded, -0 as 0, null as an empty cell, arrays joined with ;', () => {
    const units = parse(files['units.csv'], { bom: true, columns: true }) as Record<string, string>[];
    const first = analysis.units[0]!;
    expect(Object.is(first.betweenness, -0)).toBe(true);
    expect(units[0]!.betweenness).toBe('0');
    expect(units[0]!.interactionsPerPost).toBe(String(first.interactionsPerPost));
    const silent = analysis.units.findIndex((u) => u.posts === 0);
    expect(units[silent]!.interactionsPerPost).toBe('');
    const amplifying = analysis.units.findIndex((u) => u.amplifiers?.length === 2);
    expect(units[amplifying]!.amplifiers).toBe(analysis.units[amplifying]!.amplifiers!.join(';'));
    const actors = parse(files['actors.csv'], { bom: true, columns: true }) as Record<string, string>[];
    expect(actors[0]!.hub).toBe('1.5e-7');
  });

  it('writes the figures a format cannot give as empty cells and names them with their reasons', () => {
    const counted = { ...analysis.units[0]!, reach: null, cascadeReach: null, unavailable: { reach: 'counts_only' as const, cascadeReach: 'no_share_relations' as const } };
    const [row] = parse(writeCsvTables({ ...analysis, units: [counted] })['units.csv'], { bom: true, columns: true }) as Record<string, string>[];
    expect([row!.reach, row!.cascadeReach, row!.unavailable]).toEqual(['', '', 'reach:counts_only;cascadeReach:no_share_relations']);
  });

  it('for Excel, differs from the raw tables only by a leading \' on text cells that would start a formula', () => {
    for (const [name, rows, columns] of TABLES) {
      const excel = parse(files[name], { bom: true, columns: true }) as Record<string, string>[];
      const verbatim = parse(raw[name], { bom: true, columns: true }) as Record<string, string>[];
      rows.forEach((record, i) => {
        for (const column of schemaColumns(name, columns)) {
          const original = valueAt(record, column);
          const cell = verbatim[i]![column]!;
          const formula = typeof original === 'string' && /^[=+\-@\t\r]/.test(original);
          expect(excel[i]![column], `${name} row ${i} ${column}`).toBe(formula ? `'${cell}` : cell);
        }
      });
    }
    // The sample holds a petition that starts with `=SUM(…)`.
    expect(files['petitions.csv']).toContain(`'=SUM(A1:A2)`);
    expect(raw['petitions.csv']).not.toContain(`'=SUM(A1:A2)`);
  });

  it('keeps Vietnamese text intact (NFC, UTF-8 through TextEncoder)', () => {
    const bytes = new TextEncoder().encode(files['units.csv']);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(files['units.csv']).toContain('Sở Lao động – Thương binh và Xã hội');
    expect(files['units.csv']).toContain('UBND huyện Vân Đồn');
  });
});

describe('table helpers (notebooks)', () => {
  it('give flat rows with the CSV columns: scalars only, nulls kept as null', () => {
    const tables = [
      [unitsTable(analysis), TABLE_COLUMNS.units, analysis.units.length],
      [actorsTable(analysis), TABLE_COLUMNS.actors, analysis.actors.length],
      [associationsTable(analysis), TABLE_COLUMNS.associations, analysis.associations.length],
      [petitionsTable(analysis), TABLE_COLUMNS.petitions, analysis.petitions.length],
      [weeklyTable(analysis), TABLE_COLUMNS.weekly, analysis.weekly.length],
      [topicsTable(analysis), TABLE_COLUMNS.topics, analysis.topics.length],
    ] as const;
    for (const [rows, columns, length] of tables) {
      expect(rows).toHaveLength(length);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual([...columns]);
        for (const value of Object.values(row)) expect(value === null || typeof value !== 'object').toBe(true);
      }
    }
    const silent = unitsTable(analysis).find((r) => r.posts === 0)!;
    expect(silent.interactionsPerPost).toBeNull();
    expect(typeof unitsTable(analysis)[0]!['subIndices.activity']).toBe('number');
  });
});

describe('CSV for Excel (SPEC 7.2, OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Bấm vào")', `'=HYPERLINK("http://evil.example","Bấm vào")`],
    ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Xin hỏi = 2?', 'Xin hỏi = 2?'],
    ['', ''],
  ])('a text cell %j is written as %j', (text, written) => {
    expect(excelText(text)).toBe(written);
  });

  it('writes numbers as numbers (a negative number gets no quote mark), and text verbatim with { raw: true }', () => {
    const rows = [{ id: '=1+1', n: -2.5, t: '-x', b: true, z: null }];
    const excel = toCsv(rows, ['id', 'n', 't', 'b', 'z']);
    expect(excel).toBe(`\uFEFFid,n,t,b,z\r\n'=1+1,-2.5,'-x,true,\r\n`);
    expect(toCsv(rows, ['id', 'n', 't', 'b', 'z'], { raw: true })).toBe('\uFEFFid,n,t,b,z\r\n=1+1,-2.5,-x,true,\r\n');
    // A spreadsheet reads the escaped cell back as the text with its quote mark: csv-parse sees the same.
    const parsed = parse(excel, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed[0]).toEqual({ id: "'=1+1", n: '-2.5', t: "'-x", b: 'true', z: '' });
  });

  it('rejects unknown and ill-typed options', () => {
    expect(() => writeCsvTables(analysis, { rawr: true } as never)).toThrow(/unknown option "rawr"/);
    expect(() => writeCsvTables(analysis, { raw: 'yes' } as never)).toThrow(/raw must be a boolean/);
    expect(() => toCsv([], [], { graph } as never)).toThrow(/unknown option "graph"/);
  });
});
