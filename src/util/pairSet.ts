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
