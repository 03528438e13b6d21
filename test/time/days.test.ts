import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  isoWeekday,
  tryParseClock,
  tryParseIsoDate,
} from '../../src/time/days';
import { getZone, isValidTimeZone } from '../../src/time/zone';

describe('epoch days (Hinnant civil-date algorithms)', () => {
  it('agree with Date.UTC for every day of 1800–2200', () => {
    const mismatches: number[] = [];
    for (let d = daysFromCivil(1800, 1, 1); d <= daysFromCivil(2200, 12, 31); d += 1) {
      const date = new Date(d * 86_400_000);
      const civil = civilFromDays(d);
      if (
        civil.year !== date.getUTCFullYear() ||
        civil.month !== date.getUTCMonth() + 1 ||
        civil.day !== date.getUTCDate() ||
        isoWeekday(d) !== ((date.getUTCDay() + 6) % 7) + 1
      ) {
        mismatches.push(d);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('round-trip through YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (d) => {
        expect(tryParseIsoDate(formatIsoDate(d))).toBe(d);
      }),
    );
  });

  it('reject impossible dates and loose formats', () => {
    for (const bad of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '2025-1-01', '25-01-01', ' 2025-01-01', 20250101]) {
      expect(tryParseIsoDate(bad), String(bad)).toBeUndefined();
    }
    expect(tryParseIsoDate('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
  });

  it('parse clock times HH:MM, 24:00 included', () => {
    expect(tryParseClock('00:00')).toBe(0);
    expect(tryParseClock('17:00')).toBe(1020);
    expect(tryParseClock('24:00')).toBe(1440);
    for (const bad of ['24:01', '7:30', '07:60', '25:00', '0730', 730]) expect(tryParseClock(bad), String(bad)).toBeUndefined();
  });
});

describe('zones', () => {
  it('know IANA names and reject others', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(7)).toBe(false);
  });

  it('give offsets to the second, historical ones included (Saigon +07:06:30 before 1906; +08:00 in 1960–1975)', () => {
    const hcm = getZone('Asia/Ho_Chi_Minh');
    expect(hcm.offsetAt(Date.UTC(1900, 0, 1))).toBe((7 * 3600 + 6 * 60 + 30) * 1000);
    expect(hcm.offsetAt(Date.UTC(1970, 0, 1))).toBe(8 * 3_600_000);
    expect(hcm.offsetAt(Date.UTC(2025, 0, 1))).toBe(7 * 3_600_000);
  });

  it('find the first instant of a wall time: the transition in a gap, the first occurrence in an overlap', () => {
    const paris = getZone('Europe/Paris');
    expect(paris.startOfWall(Date.UTC(2025, 2, 30, 2, 30))).toBe(Date.UTC(2025, 2, 30, 1, 0)); // gap → 03:00 CEST
    expect(paris.startOfWall(Date.UTC(2025, 9, 26, 2, 30))).toBe(Date.UTC(2025, 9, 26, 0, 30)); // first 02:30 (CEST)
    expect(paris.startOfWall(Date.UTC(2025, 0, 15, 9, 0))).toBe(Date.UTC(2025, 0, 15, 8, 0));
  });

  it('agree with Intl on the offset of random instants in several zones, 1900–2040 (sub-hour and west-of-Greenwich offsets included)', () => {
    // Africa/Monrovia (−00:44:30 until 1972) and Europe/Dublin (−00:25:21 before 1916) are the
    // offsets whose sign @date-fns/tz 1.5.0's tzOffset drops; Paris Mean Time (+00:09:21, until 1911)
    // the positive counterpart.
    const zones = [
      'Asia/Ho_Chi_Minh', 'Europe/Paris', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu',
      'Africa/Monrovia', 'Europe/Dublin',
    ];
    const formats = new Map(
      zones.map((tz) => [
        tz,
        new Intl.DateTimeFormat('en-US', {
          timeZone: tz,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      ]),
    );
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }), (tz, s) => {
        const ms = s * 1000;
        const parts = Object.fromEntries(
          formats
            .get(tz)!
            .formatToParts(ms)
            .map((p) => [p.type, Number(p.value)]),
        );
        const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
        expect(getZone(tz).offsetAt(ms)).toBe(wall - ms);
      }),
      { numRuns: 1000 },
    );
  });
});
