/**
 * The result tables as flat, typed rows (SPEC 5): what the CSV and Parquet files hold and what a
 * notebook shows with `console.table` or turns into a dataframe. Columns are the schema's field
 * names, in the schema's order:
 * - a nested object becomes one column per field, named `parent.child` (`subIndices.activity` …);
 * - an array of strings is joined with `;` (`flags`, `amplifiers`);
 * - a map of names to texts becomes `name:text` pairs joined with `;` (`unavailable`:
 *   `reach:counts_only;cascadeReach:no_share_relations`), empty when it has none;
 * - numbers are kept as they are (no rounding), `-0` becomes `0`; null (and an absent optional
 *   field) is null.
 * Beside them, for people who read the tables without `analysis.json` at hand:
 * - every UTC instant (`createdTime`, `responseTime`) has its local wall-clock time in the
 *   analysis's time zone (`period.timezone`) right after it, `<name>Local`, written
 *   `YYYY-MM-DD HH:mm:ss` by `src/time`'s `formatLocalDateTime` (a form Excel reads as a date and
 *   time, and pandas/polars/DuckDB parse);
 * - every id of a unit or an actor has its name right after it (`unitName`, `authorName`,
 *   `amplifierNames`), taken from `analysis.units` and `analysis.actors` — so a name the privacy
 *   module removed (an individual's, SPEC 7.2) is null here too: the tables print what they are given.
 * The column lists come from the zod schema itself, and the row types from the same schema, so
 * neither can drift from `analysis.json`.
 */
import * as z from 'zod';
import {
  ActorResultSchema, AssociationResultSchema, PetitionSchema, TopicRowSchema, UnitResultSchema, WeeklyRowSchema,
  type ActorResult, type Analysis, type AssociationResult, type PetitionRow, type TopicRow, type UnitResult, type WeeklyRow,
} from '../analysis/schema';
import { localDateTimeOf } from '../time/local';
import { EDGE_COLUMNS, edgeCells } from './edges';
import type { GraphInput } from './graphInput';
import { rowsOfCells } from './rows';

/** A cell of a flat row. */
export type Cell = string | number | boolean | null;
/** A flat row of any table: column name → cell. Every typed row below is one. */
export type FlatRow = Record<string, Cell>;

/** The separator of array values inside one cell. */
export const LIST_SEPARATOR = ';';

/**
 * What a column holds, for writers that keep types (Parquet): text, a whole number, a number, a
 * boolean, or an instant (an ISO 8601 UTC time in the row; a timestamp in Parquet).
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'instant';

/** A column of a table: its name and what it holds. */
export interface TableColumn {
  readonly name: string;
  readonly type: ColumnType;
}

// ---- Row types, derived from the schema's types --------------------------------------------

/** A map of names to texts (`unavailable`): one column of `name:text` pairs. */
type TextMap<V> = [NonNullable<V>] extends [readonly unknown[]] ? false : [NonNullable<V>] extends [Readonly<Partial<Record<string, string>>>] ? true : false;
/** An object field that becomes `parent.child` columns (not an array, a map of texts or a scalar). */
type Nested<V> = [NonNullable<V>] extends [readonly unknown[]] ? false : TextMap<V> extends true ? false : [NonNullable<V>] extends [object] ? true : false;
/** The cell a value becomes: an array is joined into text, a map of texts too (null when empty), an absent optional field is null. */
type CellOf<V> = TextMap<V> extends true ? string | null : V extends readonly unknown[] ? string : V extends undefined ? null : V;
/** Every column path of an object type: `name`, `subIndices.activity` … */
type Paths<T, Prefix extends string> = {
  [K in keyof T & string]-?: Nested<T[K]> extends true ? Paths<NonNullable<T[K]>, `${Prefix}${K}.`> : `${Prefix}${K}`;
}[keyof T & string];
/** The cell at a column path (null when an object on the way may be absent). */
type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<NonNullable<T[Head]>, Rest> | (null extends T[Head] ? null : undefined extends T[Head] ? null : never)
    : never
  : Path extends keyof T ? CellOf<T[Path]> : never;
/** Spell out an intersection, so that editors show one object type. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The flat row of a record type: one key per column (`parent.child` for nested fields), each
 * with its cell type. `Flatten<UnitResult>['subIndices.activity']` is `number | null`.
 */
export type Flatten<T> = Simplify<{ [P in Paths<T, ''>]: At<T, P> }>;

/** A row of `units.csv` ({@link unitsTable}): the unit's fields, and its amplifiers' names. */
export type UnitsTableRow = Simplify<Flatten<UnitResult> & {
  /** The names of `amplifiers`, in the same order, joined with `;` (an empty entry: no name known or shown); null when the input cannot tell amplifiers. */
  amplifierNames: string | null;
}>;
/** A row of `actors.csv` ({@link actorsTable}). */
export type ActorsTableRow = Flatten<ActorResult>;
/** A row of `associations.csv` ({@link associationsTable}). */
export type AssociationsTableRow = Flatten<AssociationResult>;
/** A row of `petitions.csv` ({@link petitionsTable}): the petition, its local times and the names of its unit and author. */
export type PetitionsTableRow = Simplify<Flatten<PetitionRow> & {
  /** `createdTime` on the wall clock of `period.timezone`: `YYYY-MM-DD HH:mm:ss`. */
  createdTimeLocal: string | null;
  /** `responseTime` on the wall clock of `period.timezone`; null when unanswered. */
  responseTimeLocal: string | null;
  /** The responsible unit's name; null when unrouted. */
  unitName: string | null;
  /** The author's name as `analysis.actors` has it: null for an individual unless revealed. */
  authorName: string | null;
}>;
/** A row of `weekly.csv` ({@link weeklyTable}). */
export type WeeklyTableRow = Simplify<Flatten<WeeklyRow> & {
  /** The unit's name. */
  unitName: string | null;
}>;
/** A row of `topics.csv` ({@link topicsTable}). */
export type TopicsTableRow = Simplify<Flatten<TopicRow> & {
  /** The responsible unit's name; null for unrouted questions. */
  unitName: string | null;
}>;

// ---- Columns, derived from the zod schemas -------------------------------------------------

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function typeOf(schema: z.ZodType): ColumnType {
  if (schema instanceof z.ZodNumber) return schema.format === 'safeint' || schema.format === 'int32' ? 'integer' : 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  return 'string'; // strings, enums, literals and arrays (joined)
}

/** The columns of an object schema, nested objects expanded as `parent.child`. */
function columnsOf(schema: z.ZodObject, prefix = ''): TableColumn[] {
  const columns: TableColumn[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject) columns.push(...columnsOf(inner, `${prefix}${name}.`));
    else columns.push({ name: `${prefix}${name}`, type: typeOf(inner) });
  }
  return columns;
}

/** Names and lookups a derived column needs. */
interface Lookups {
  timezone: string;
  unitName(unitId: string | null): string | null;
  actorName(id: string | null): string | null;
}

/** A column computed from the record beside the schema's columns, placed right after `after`. */
interface Derived<R> {
  name: string;
  after: string;
  type: ColumnType;
  value(record: R, lookups: Lookups): Cell;
}

/** The pattern of the `…Local` columns (date-fns tokens): ISO order, 24-hour clock, no zone. */
export const LOCAL_TIME_PATTERN = 'yyyy-MM-dd HH:mm:ss';

/** An instant of the analysis on the wall clock of the analysis's zone (LOCAL_TIME_PATTERN), through `src/time`. */
function localTime(instant: unknown, timezone: string): string | null {
  if (typeof instant !== 'string') return null;
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? localDateTimeOf(ms, timezone) : null;
}

/** A table's definition: its schema, its instants (each gets a `…Local` twin) and derived columns. */
interface TableDefinition<R> {
  schema: z.ZodObject;
  instants: readonly string[];
  derived: readonly Derived<R>[];
}

/** A column and how to read its cell from a record. */
interface ColumnReader<R> extends TableColumn {
  read(record: R, lookups: Lookups): Cell;
}

/** The readers of a table's columns, in order: the schema's, each instant's local twin, the derived. */
function defineTable<R>(definition: TableDefinition<R>): readonly ColumnReader<R>[] {
  const readers: ColumnReader<R>[] = [];
  for (const column of columnsOf(definition.schema)) {
    const path = column.name.split('.');
    const [key] = path;
    // A top-level field (most columns) is read directly; a nested one along its path.
    const read = path.length === 1
      ? (record: R) => cell(Object.hasOwn(record as object, key!) ? (record as Record<string, unknown>)[key!] : undefined)
      : (record: R) => cell(lookupPath(record, path));
    if (definition.instants.includes(column.name)) {
      readers.push({ name: column.name, type: 'instant', read });
      readers.push({ name: `${column.name}Local`, type: 'string', read: (record, l) => localTime(lookupPath(record, path), l.timezone) });
    } else readers.push({ ...column, read });
    for (const d of definition.derived) if (d.after === column.name) readers.push({ name: d.name, type: d.type, read: d.value });
  }
  return Object.freeze(readers);
}

const unitNameAfter = <R extends { unitId: string | null }>(): Derived<R> => ({
  name: 'unitName', after: 'unitId', type: 'string', value: (r, l) => l.unitName(r.unitId),
});

const TABLE_DEFINITIONS = {
  units: defineTable<UnitResult>({
    schema: UnitResultSchema,
    instants: [],
    derived: [{
      name: 'amplifierNames', after: 'amplifiers', type: 'string',
      value: (r, l) => (r.amplifiers === null ? null : r.amplifiers.map((id) => l.actorName(id) ?? '').join(LIST_SEPARATOR)),
    }],
  }),
  actors: defineTable<ActorResult>({ schema: ActorResultSchema, instants: [], derived: [] }),
  associations: defineTable<AssociationResult>({ schema: AssociationResultSchema, instants: [], derived: [] }),
  petitions: defineTable<PetitionRow>({
    schema: PetitionSchema,
    instants: ['createdTime', 'responseTime'],
    derived: [
      unitNameAfter<PetitionRow>(),
      { name: 'authorName', after: 'authorId', type: 'string', value: (r, l) => l.actorName(r.authorId) },
    ],
  }),
  weekly: defineTable<WeeklyRow>({ schema: WeeklyRowSchema, instants: [], derived: [unitNameAfter<WeeklyRow>()] }),
  topics: defineTable<TopicRow>({ schema: TopicRowSchema, instants: [], derived: [unitNameAfter<TopicRow>()] }),
};

/** The tables built from the Analysis alone (`edges` needs the graph: see `edgesTable`). */
export type AnalysisTableName = keyof typeof TABLE_DEFINITIONS;
/** Every table, in the order of the files: `units.csv` … `topics.csv`, `edges.csv`. */
export type TableName = AnalysisTableName | 'edges';

const publicColumns = (readers: readonly TableColumn[]): readonly TableColumn[] =>
  Object.freeze(readers.map(({ name, type }) => Object.freeze({ name, type })));

/** The columns of each table, in order, with what they hold (Parquet's column types). */
export const TABLE_COLUMN_TYPES: Readonly<Record<TableName, readonly TableColumn[]>> = Object.freeze({
  units: publicColumns(TABLE_DEFINITIONS.units),
  actors: publicColumns(TABLE_DEFINITIONS.actors),
  associations: publicColumns(TABLE_DEFINITIONS.associations),
  petitions: publicColumns(TABLE_DEFINITIONS.petitions),
  weekly: publicColumns(TABLE_DEFINITIONS.weekly),
  topics: publicColumns(TABLE_DEFINITIONS.topics),
  edges: EDGE_COLUMNS,
});

/** Column names of each table, in order (the CSV headers). */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(TABLE_COLUMN_TYPES).map(([table, columns]) => [table, Object.freeze(columns.map((c) => c.name))])) as Record<TableName, readonly string[]>,
);

// ---- Rows -----------------------------------------------------------------------------------

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => String(v)).join(LIST_SEPARATOR);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.every(([, v]) => typeof v === 'string')) {
    return entries.length === 0 ? null : entries.map(([k, v]) => `${k}:${v as string}`).join(LIST_SEPARATOR);
  }
  return JSON.stringify(value);
}

function lookupPath(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const part of path) {
    if (value === null || value === undefined || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Flatten records to rows with the given columns: `parent.child` read from nested objects,
 * arrays joined with `;`, `-0` as `0`, absent as null.
 * @example flattenRows([{ a: { b: -0 }, c: ['x', 'y'] }], ['a.b', 'c']) // [{ 'a.b': 0, c: 'x;y' }]
 */
export function flattenRows(records: readonly object[], columns: readonly string[]): FlatRow[] {
  const paths = columns.map((column) => column.split('.'));
  return records.map((record) => {
    const row: FlatRow = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = cell(lookupPath(record, paths[i]!));
    return row;
  });
}

function lookupsOf(analysis: Analysis): Lookups {
  const units = new Map(analysis.units.map((u) => [u.unitId, u.name]));
  const actors = new Map(analysis.actors.map((a) => [a.id, a.name]));
  for (const a of analysis.associations) if (!actors.has(a.id)) actors.set(a.id, a.name);
  return {
    timezone: analysis.period.timezone,
    unitName: (unitId) => (unitId === null ? null : units.get(unitId) ?? null),
    actorName: (id) => (id === null ? null : actors.get(id) ?? null),
  };
}

/** The cells of records' rows: one array refilled for each record (copy it to keep it). */
function* recordCells<R>(records: readonly R[], readers: readonly ColumnReader<R>[], lookups: Lookups): Generator<readonly Cell[], void, undefined> {
  const cells: Cell[] = new Array<Cell>(readers.length).fill(null);
  for (const record of records) {
    for (let i = 0; i < readers.length; i++) cells[i] = readers[i]!.read(record, lookups);
    yield cells;
  }
}

function rowsOf<R extends object, Row>(records: readonly R[], readers: readonly ColumnReader<R>[], analysis: Analysis): Row[] {
  return rowsOfCells(recordCells(records, readers, lookupsOf(analysis)), readers);
}

/**
 * Units as flat rows, in the order of `analysis.units` (rank order within each kind).
 * @example
 * const departments = unitsTable(analysis).filter((r) => r.kind === 'department');
 * console.table(departments.map(({ name, score, rank }) => ({ name, score, rank })));
 */
export function unitsTable(analysis: Analysis): UnitsTableRow[] {
  return rowsOf(analysis.units, TABLE_DEFINITIONS.units, analysis);
}

/**
 * Actors (graph nodes with their network metrics) as flat rows.
 * @example actorsTable(analysis).filter((r) => r.kind === 'business').sort((a, b) => b.pagerank - a.pagerank)
 */
export function actorsTable(analysis: Analysis): ActorsTableRow[] {
  return rowsOf(analysis.actors, TABLE_DEFINITIONS.actors, analysis);
}

/**
 * Associations (SPEC 4.5: shares of unit posts, reach, questions, brokerage) as flat rows.
 * @example associationsTable(analysis).map((r) => [r.name, r['brokerage.liaison']])
 */
export function associationsTable(analysis: Analysis): AssociationsTableRow[] {
  return rowsOf(analysis.associations, TABLE_DEFINITIONS.associations, analysis);
}

/**
 * Petitions (answered or not, routed or not) as flat rows, with local times and names.
 * @example petitionsTable(analysis).filter((r) => r.responseCommentId === null).map((r) => [r.unitName, r.createdTimeLocal])
 */
export function petitionsTable(analysis: Analysis): PetitionsTableRow[] {
  return rowsOf(analysis.petitions, TABLE_DEFINITIONS.petitions, analysis);
}

/**
 * Weekly rows per unit as flat rows.
 * @example weeklyTable(analysis).filter((r) => r.unitId === 'so-xd').map((r) => [r.weekStart, r.posts])
 */
export function weeklyTable(analysis: Analysis): WeeklyTableRow[] {
  return rowsOf(analysis.weekly, TABLE_DEFINITIONS.weekly, analysis);
}

/**
 * Petitions per topic and responsible unit as flat rows (`topic` null = no topic, `unitId` null = unrouted).
 * @example topicsTable(analysis).filter((r) => r.topic !== null).sort((a, b) => b.petitions - a.petitions)
 */
export function topicsTable(analysis: Analysis): TopicsTableRow[] {
  return rowsOf(analysis.topics, TABLE_DEFINITIONS.topics, analysis);
}

/** A table with its columns and rows, as the writers take it. */
export interface Table {
  readonly name: TableName;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly FlatRow[];
}

/**
 * A table as the streaming writers read it: its columns, and its rows as cells in the columns'
 * order, produced as they are read — one array refilled for each row (copy a row to keep it), no
 * object per row. What {@link analysisTables} holds, without holding it.
 */
export interface TableSource {
  readonly name: TableName;
  readonly columns: readonly TableColumn[];
  /** The rows, read afresh at each call. */
  rows(): Iterable<readonly Cell[]>;
}

/**
 * The tables of {@link analysisTables} as sources of rows (for writers that stream them: the CSV
 * and Parquet files), in the same order, with the same columns and cells.
 * `edges` comes from the interaction graph when given (its interaction list, or a graphology graph).
 * @example for (const table of tableSources(analysis, run.interactions)) for (const cells of table.rows()) count += 1;
 */
export function tableSources(analysis: Analysis, graph?: GraphInput): TableSource[] {
  const lookups = lookupsOf(analysis);
  const of = <R>(name: AnalysisTableName, records: readonly R[]): TableSource => {
    const readers = TABLE_DEFINITIONS[name] as unknown as readonly ColumnReader<R>[];
    return { name, columns: TABLE_COLUMN_TYPES[name], rows: () => recordCells(records, readers, lookups) };
  };
  const tables = [
    of('units', analysis.units),
    of('actors', analysis.actors),
    of('associations', analysis.associations),
    of('petitions', analysis.petitions),
    of('weekly', analysis.weekly),
    of('topics', analysis.topics),
  ];
  if (graph !== undefined) tables.push({ name: 'edges', columns: TABLE_COLUMN_TYPES.edges, rows: () => edgeCells(graph) });
  return tables;
}

/**
 * Every table of an analysis, in file order (units, actors, associations, petitions, weekly,
 * topics), and `edges` when the interaction graph is given: what the CSV and Parquet writers write.
 * @example for (const { name, rows } of analysisTables(analysis, run.interactions)) console.log(name, rows.length);
 */
export function analysisTables(analysis: Analysis, graph?: GraphInput): Table[] {
  return tableSources(analysis, graph).map(({ name, columns, rows }) => ({ name, columns, rows: rowsOfCells<FlatRow>(rows(), columns) }));
}
