/**
 * A set of ordered pairs of strings, kept as a set of seconds per first: checking a pair makes no
 * key string (a `${a}\u0000${b}` per record is a new string to build and hash each time).
 */
export class PairSet {
  private readonly seconds = new Map<string, Set<string>>();

  /**
   * Add the pair; true when it was not there yet.
   * @example
   * const seen = new PairSet();
   * seen.add('actor', 'post-1'); // true
   * seen.add('actor', 'post-1'); // false
   */
  add(first: string, second: string): boolean {
    let set = this.seconds.get(first);
    if (!set) this.seconds.set(first, (set = new Set()));
    if (set.has(second)) return false;
    set.add(second);
    return true;
  }
}

/** Values by ordered pairs of strings, as a map per first string (no key string per pair). */
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
