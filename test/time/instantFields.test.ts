/**
 * The allocation-free time helpers ingest uses per record (issue 10): an instant from fields at a
 * fixed offset, and the ISO 8601 UTC string of an instant. Oracles: ECMAScript's `Date` (UTC
 * fields and `toISOString`), and `instantFromLocal`, the helper they stand in for.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatIsoInstant, instantAtOffset, instantFromLocal } from '../../src/time/index';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

describe('instantAtOffset', () => {
  test('property: equals Date.UTC minus the offset for real dates, and instantFromLocal at that offset', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
      (y, mo, d, h, mi, s, ms, offset) => {
        const utc = new Date(0);
        utc.setUTCFullYear(y, mo - 1, d);
        utc.setUTCHours(h, mi, s, ms);
        const real = utc.getUTCDate() === d; // not 31 April
        const got = instantAtOffset(y, mo, d, h, mi, s, ms, offset);
        if (!real) {
          expect(got).toBeNaN();
          return;
        }
        expect(got).toBe(utc.getTime() - offset * 60_000);
        const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
        expect(got).toBe(instantFromLocal(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(ms, 3)}`, zone));
      },
    ), { numRuns: 2000 });
  });

  test.each([
    ['month 13', [2025, 13, 1, 0, 0, 0, 0, 0]],
    ['29 February of a common year', [2025, 2, 29, 0, 0, 0, 0, 0]],
    ['hour 24', [2025, 1, 1, 24, 0, 0, 0, 0]],
    ['second 60', [2025, 1, 1, 0, 0, 60, 0, 0]],
    ['millisecond 1000', [2025, 1, 1, 0, 0, 0, 1000, 0]],
    ['an offset of 24 hours', [2025, 1, 1, 0, 0, 0, 0, 24 * 60]],
  ])('%s: NaN', (_label, fields) => {
    const [y, mo, d, h, mi, s, ms, offset] = fields;
    expect(instantAtOffset(y, mo, d, h, mi, s, ms, offset)).toBeNaN();
  });
});

describe('formatIsoInstant', () => {
  test('property: exactly Date.prototype.toISOString, years 0000–9999 and beyond', () => {
    fc.assert(fc.property(fc.integer({ min: -62_167_219_200_000 - 1e12, max: 253_402_300_799_999 + 1e12 }), (ms) => {
      expect(formatIsoInstant(ms)).toBe(new Date(ms).toISOString());
    }), { numRuns: 5000 });
    for (const ms of [0, -1, 1, -62_167_219_200_000, 253_402_300_799_999, Date.UTC(2024, 1, 29, 23, 59, 59, 999)]) {
      expect(formatIsoInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });

  test('an invalid instant throws as toISOString does', () => {
    expect(() => formatIsoInstant(Number.NaN)).toThrow(RangeError);
  });
});
