/**
 * Rows of cells (what the table readers give, one array refilled per row) as flat rows keyed by
 * their columns' names: shared by the Analysis tables (./tables.ts) and `edges.csv` (./edges.ts).
 */
import type { Cell, FlatRow } from './tables';

/**
 * Each row of cells as a flat row, keyed by the columns' names in order.
 * @example rowsOfCells([['u1', 3]], [{ name: 'unitId' }, { name: 'posts' }]) // [{ unitId: 'u1', posts: 3 }]
 */
export function rowsOfCells<Row>(rows: Iterable<readonly Cell[]>, columns: readonly { readonly name: string }[]): Row[] {
  const out: Row[] = [];
  for (const cells of rows) {
    const row: FlatRow = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!.name] = cells[i]!;
    out.push(row as Row);
  }
  return out;
}
