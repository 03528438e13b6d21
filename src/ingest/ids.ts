/**
 * A map keyed by record ids, faster than a `Map` for the ids exports are made of (issue 10). A
 * `Map` lookup with a string that `JSON.parse` has just made hashes it, then compares it with the
 * string kept as key: two reads of memory far apart, the cost of ingest's bulk (an account per
 * reaction, an id per comment). Facebook ids are digits (`100004567890123`), or two digit runs
 * joined by `_` (`{objectId}_{commentId}`): such an id is read into one or two exact numbers, kept
 * in typed arrays (open addressing), so a lookup reads the id once and compares numbers. Any other
 * id (`anon:1`, `name:…`, a hash, `toString`) goes to a plain `Map`; ids stay opaque strings.
 */

/** Digits of one number that are exact in a double (up to 2^53 − 1): 15 always, 16 when small enough. */
const MAX_DIGITS = 16;

/**
 * The id as one or two numbers, in `out` (`out[1]` is −1 for a single run), or false when it is not
 * digits (or `digits_digits`) without a leading zero, each run exact in a double.
 */
function numeric(id: string, out: Float64Array): boolean {
  const n = id.length;
  if (n === 0 || n > 2 * MAX_DIGITS + 1) return false;
  let value = 0;
  let digits = 0;
  let first = -1;
  for (let i = 0; i < n; i += 1) {
    const c = id.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 0 && c === 48 && i + 1 < n && id.charCodeAt(i + 1) !== 95) return false; // a leading zero
      value = value * 10 + (c - 48);
      digits += 1;
      if (digits > MAX_DIGITS) return false;
    } else if (c === 95 && first < 0 && digits > 0) {
      if (value > Number.MAX_SAFE_INTEGER) return false;
      first = value;
      value = 0;
      digits = 0;
    } else return false;
  }
  if (digits === 0 || value > Number.MAX_SAFE_INTEGER) return false;
  if (first < 0) {
    out[0] = value;
    out[1] = -1;
  } else {
    out[0] = first;
    out[1] = value;
  }
  return true;
}

/** The tables of a map not yet made (replaced in the constructor). */
const NO_KEYS = new Float64Array(0);
const NO_SLOTS = new Int32Array(0);

/** A hash of two numbers (each up to 2^53). */
function hash(a: number, b: number): number {
  const lo = (a % 0x100000000) | 0;
  const hi = (a / 0x100000000) | 0;
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(hi + 0x632be5ab, 0xc2b2ae35);
  if (b >= 0) h ^= Math.imul(((b % 0x100000000) | 0) ^ 0x27d4eb2f, 0x165667b1) ^ Math.imul((b / 0x100000000) | 0, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * A map from ids to values: numeric ids in typed arrays, others in a `Map`. A numeric id's two
 * numbers sit side by side in the slot the hash names (one cache line read per probe); the same
 * slot of a parallel Int32Array says where its value is in the insertion-order list (0: an empty
 * slot). Typed arrays start as zeros, so a new table needs no filling, and hold no references for
 * the garbage collector to scan or to record (a table of 2^17 slots is 2.5 MB, nothing to trace).
 * @example
 * const actors = new IdMap<string>();
 * actors.getOrAdd('100004567890123', 'Nguyễn An') // undefined (added)
 * actors.get('100004567890123') // 'Nguyễn An'
 * actors.get('toString') // undefined
 */
export class IdMap<V> {
  private readonly key = new Float64Array(2);
  private mask = 0;
  /** Per slot, the id's two numbers (meaningful where `slots` is not 0). */
  private keys = NO_KEYS;
  /** Per slot, 1 + the index of its value in `order`; 0: an empty slot. */
  private slots = NO_SLOTS;
  /** Values of numeric ids in insertion order. */
  private readonly order: V[] = [];
  private readonly others = new Map<string, V>();

  constructor() {
    // The table is made here, not where the fields are declared: a field V8 sees written only once
    // is compiled as a constant into the code that reads it, and the first grow() would throw all
    // that code away (recompiling the ingest's hottest functions in the middle of the first file).
    this.setTable(1023);
  }

  private setTable(mask: number): void {
    this.mask = mask;
    this.keys = new Float64Array(2 * (mask + 1));
    this.slots = new Int32Array(mask + 1);
  }

  /** How many ids are kept. */
  get size(): number {
    return this.order.length + this.others.size;
  }

  get(id: string): V | undefined {
    if (!numeric(id, this.key)) return this.others.get(id);
    const at = this.slots[this.slotOf(this.key[0], this.key[1])];
    return at === 0 ? undefined : this.order[at - 1];
  }

  /** The value kept for `id`, or, when there is none, `value` kept for it (and undefined returned). */
  getOrAdd(id: string, value: V): V | undefined {
    if (!numeric(id, this.key)) {
      const kept = this.others.get(id);
      if (kept === undefined) this.others.set(id, value);
      return kept;
    }
    const a = this.key[0];
    const b = this.key[1];
    const i = this.slotOf(a, b);
    const at = this.slots[i];
    if (at !== 0) return this.order[at - 1];
    this.keys[2 * i] = a;
    this.keys[2 * i + 1] = b;
    this.order.push(value);
    this.slots[i] = this.order.length;
    if (this.order.length * 2 > this.mask) this.grow();
    return undefined;
  }

  /**
   * The values in a new array, numeric ids first (in insertion order), then the others (in
   * insertion order): one copy, no iterator result per value.
   */
  values(): V[] {
    const out = this.order.slice();
    if (this.others.size !== 0) for (const v of this.others.values()) out.push(v);
    return out;
  }

  /** The slot of (a, b): where it is, or the empty slot where it would go (linear probing). */
  private slotOf(a: number, b: number): number {
    const keys = this.keys;
    const slots = this.slots;
    let i = hash(a, b) & this.mask;
    for (;;) {
      if (slots[i] === 0 || (keys[2 * i] === a && keys[2 * i + 1] === b)) return i;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.setTable(this.mask * 2 + 1);
    for (let j = 0; j < oldSlots.length; j += 1) {
      const at = oldSlots[j];
      if (at === 0) continue;
      const a = oldKeys[2 * j];
      const b = oldKeys[2 * j + 1];
      const i = this.slotOf(a, b);
      this.keys[2 * i] = a;
      this.keys[2 * i + 1] = b;
      this.slots[i] = at;
    }
  }
}
