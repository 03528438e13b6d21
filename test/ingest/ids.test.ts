/**
 * IdMap (src/ingest/ids.ts), the map ingest keeps accounts, posts and comments in: it must answer as
 * a `Map` keyed by the same strings does (the oracle), whatever the ids — digits, `digits_digits`,
 * leading zeros, numbers beyond 2^53, `toString`, `__proto__`, empty.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { IdMap } from '../../src/ingest/ids';

const id = fc.oneof(
  fc.bigInt({ min: 0n, max: 99_999_999_999_999_999n }).map(String), // up to 17 digits: some beyond 2^53
  fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 })).map(([a, b]) => `${a}_${b}`),
  fc.constantFrom('0', '00', '01', '1_01', '1__2', '_1', '1_', '9007199254740991', '9007199254740992', '9007199254740993',
    '9007199254740993_1', 'toString', '__proto__', 'constructor', '', 'anon:1', 'name:Nguyễn An', '١٢٣'),
  fc.nat({ max: 3000 }).map(String),
);

test('property: get and getOrAdd answer as a Map does; values come in insertion order, numeric ids first', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.boolean(), id), { maxLength: 3000, size: 'max' }), (ops) => {
    const map = new IdMap<number>();
    const oracle = new Map<string, number>();
    ops.forEach(([add, key], n) => {
      if (add) {
        const kept = oracle.get(key);
        if (kept === undefined) oracle.set(key, n);
        expect(map.getOrAdd(key, n)).toBe(kept);
      } else expect(map.get(key)).toBe(oracle.get(key));
    });
    expect(map.size).toBe(oracle.size);
    expect(map.values().sort((a, b) => a - b)).toEqual([...oracle.values()].sort((a, b) => a - b));
  }), { numRuns: 30 });
});

test('ids that read as the same number are still different ids', () => {
  const map = new IdMap<string>();
  for (const key of ['1', '01', '1_1', '1_01', '9007199254740992', '9007199254740993', '1.0', '1e0']) map.getOrAdd(key, key);
  for (const key of ['1', '01', '1_1', '1_01', '9007199254740992', '9007199254740993', '1.0', '1e0']) expect(map.get(key)).toBe(key);
  expect(map.get('001')).toBeUndefined();
  expect(map.size).toBe(8);
});
