import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PairSet } from '../../src/util/pairSet';

describe('PairSet', () => {
  it('answers like a set of "first\\u0000second" keys (oracle), for any strings (fast-check)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })), { maxLength: 60 }), (pairs) => {
      const seen = new PairSet();
      const oracle = new Set<string>();
      for (const [a, b] of pairs) {
        const key = JSON.stringify([a, b]);
        expect(seen.add(a, b)).toBe(!oracle.has(key));
        oracle.add(key);
      }
    }));
  });
});
