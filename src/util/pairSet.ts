/**
 * Values by ordered pairs of strings, kept as a map per first string: looking a pair up makes no
 * key string (a `${a}\u0000${b}` per record is a new string to build and hash each time).
 */
export class PairMap<V> {
  private readonly rows = new Map<string, Map<string, V>>();

  /** The value of the pair, if any. */
  get(first: string, second: string): V | undefined {
    return this.rows.get(first)?.get(second);
  }

  /**
   * The value of the pair, made by `make` the first time.
   * @example
   * const byThreadAndUnit = new PairMap<string[]>();
   * byThreadAndUnit.upsert('c1', 'so-khdt', () => []).push('c7');
   */
  upsert(first: string, second: string, make: () => V): V {
    let row = this.rows.get(first);
    if (!row) this.rows.set(first, (row = new Map()));
    let value = row.get(second);
    if (value === undefined) row.set(second, (value = make()));
    return value;
  }

  /** Every value, by first string then second, in insertion order. */
  *values(): IterableIterator<V> {
    for (const row of this.rows.values()) yield* row.values();
  }
}
