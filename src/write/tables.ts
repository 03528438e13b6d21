/**
 * The four result tables as flat rows (SPEC 5): what the CSV files hold and what a notebook shows
 * with `console.table`. Columns are exactly the schema's field names, in the schema's order:
 * - a nested object becomes one column per field, named `parent.child` (`subIndices.activity` …);
 * - an array of strings is joined with `;` (`flags`, `amplifiers`);
 * - a map of names to texts becomes `name:text` pairs joined with `;` (`unavailable`:
 *   `reach:counts_only;cascadeReach:no_share_relations`), empty when it has none;
 * - numbers are kept as they are (no rounding), `-0` becomes `0`; null stays null.
 * The column lists come from the zod schema itself, so they cannot drift from `analysis.json`.
 */
import { z } from 'zod';
import {
  ActorResultSchema, AssociationResultSchema, PetitionSchema, UnitResultSchema, WeeklyRowSchema,
  type Analysis,
} from '../analysis/schema';

/** A cell of a flat row. */
export type Cell = string | number | boolean | null;
/** A flat row: column name → cell. */
export type FlatRow = Record<string, Cell>;

/** The separator of array values inside one cell. */
export const LIST_SEPARATOR = ';';

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Column names of an object schema, nested objects expanded as `parent.child`. */
function columnsOf(schema: z.ZodObject, prefix = ''): string[] {
  const columns: string[] = [];
  for (const [name, field] of Object.entries(schema.shape)) {
    const inner = unwrap(field as z.ZodType);
    if (inner instanceof z.ZodObject) columns.push(...columnsOf(inner, `${prefix}${name}.`));
    else columns.push(`${prefix}${name}`);
  }
  return columns;
}

/** Column names of each table, in order (the CSV headers). */
export const TABLE_COLUMNS = Object.freeze({
  units: Object.freeze(columnsOf(UnitResultSchema)),
  actors: Object.freeze(columnsOf(ActorResultSchema)),
  associations: Object.freeze(columnsOf(AssociationResultSchema)),
  petitions: Object.freeze(columnsOf(PetitionSchema)),
  weekly: Object.freeze(columnsOf(WeeklyRowSchema)),
});

export type TableName = keyof typeof TABLE_COLUMNS;

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

function lookup(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Flatten records to rows with the given columns. */
export function flattenRows(records: readonly object[], columns: readonly string[]): FlatRow[] {
  return records.map((record) => {
    const row: FlatRow = {};
    for (const column of columns) row[column] = cell(lookup(record, column));
    return row;
  });
}

/**
 * Units as flat rows, in the order of `analysis.units`.
 * @example console.table(unitsTable(analysis).map((r) => ({ name: r.name, score: r.score, rank: r.rank })));
 */
export function unitsTable(analysis: Analysis): FlatRow[] {
  return flattenRows(analysis.units, TABLE_COLUMNS.units);
}

/** Actors (graph nodes with their network metrics) as flat rows. */
export function actorsTable(analysis: Analysis): FlatRow[] {
  return flattenRows(analysis.actors, TABLE_COLUMNS.actors);
}

/** Associations (SPEC 4.5: shares of unit posts, reach, questions, brokerage) as flat rows. */
export function associationsTable(analysis: Analysis): FlatRow[] {
  return flattenRows(analysis.associations, TABLE_COLUMNS.associations);
}

/** Petitions (answered or not, routed or not) as flat rows. */
export function petitionsTable(analysis: Analysis): FlatRow[] {
  return flattenRows(analysis.petitions, TABLE_COLUMNS.petitions);
}

/** Weekly rows per unit as flat rows. */
export function weeklyTable(analysis: Analysis): FlatRow[] {
  return flattenRows(analysis.weekly, TABLE_COLUMNS.weekly);
}
