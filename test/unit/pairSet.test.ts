import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PairMap } from '../../src/util/pairSet';

describe('PairMap', () => {
  it('keeps one value per pair, like a map by JSON.stringify([first, second]) (oracle), for any strings (fast-check)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 60 }), (entries) => {
      const pairs = new PairMap<number[]>();
      const oracle = new Map<string, number[]>();
      for (const [a, b, x] of entries) {
        pairs.upsert(a, b, () => []).push(x);
        const key = JSON.stringify([a, b]);
        if (!oracle.has(key)) oracle.set(key, []);
        oracle.get(key)!.push(x);
      }
      for (const [a, b] of entries) expect(pairs.get(a, b)).toEqual(oracle.get(JSON.stringify([a, b])));
      expect(pairs.get('\u0000', '\u0000')).toEqual(oracle.get(JSON.stringify(['\u0000', '\u0000'])));
      expect([...pairs.values()].flat().sort((x, y) => x - y)).toEqual(entries.map(([, , x]) => x).sort((x, y) => x - y));
    }));
  });
});
