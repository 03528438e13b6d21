import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseGraphTime } from '../../src/ingest/time';
import { ingestGraphApi } from '../../src/ingest/index';
import { jsonFile, post } from './helpers';

const ISO = '2017-08-22T03:15:00.000Z';

describe('parseGraphTime accepts every timestamp form of SPEC 2.1', () => {
  test.each([
    ['Graph API +0000', '2017-08-22T03:15:00+0000', ISO],
    ['Z', '2017-08-22T03:15:00Z', ISO],
    ['+00:00', '2017-08-22T03:15:00+00:00', ISO],
    ['positive offset ±hh:mm', '2017-08-22T10:15:00+07:00', ISO],
    ['positive offset ±hhmm', '2017-08-22T10:15:00+0700', ISO],
    ['negative offset', '2017-08-21T22:15:00-05:00', ISO],
    ['half-hour offset', '2017-08-22T08:45:00+0530', ISO],
    ['fractional seconds', '2017-08-22T03:15:00.250Z', '2017-08-22T03:15:00.250Z'],
    ['Unix seconds as a number', 1503371700, ISO],
    ['Unix seconds as a digit string', '1503371700', ISO],
    ['Unix seconds with a fraction', 1503371700.5, '2017-08-22T03:15:00.500Z'],
    ['the Unix epoch', 0, '1970-01-01T00:00:00.000Z'],
  ])('%s', (_label, input, iso) => {
    const parsed = parseGraphTime(input);
    expect(parsed).not.toBeNull();
    expect(parsed!.iso).toBe(iso);
    expect(parsed!.time).toBe(Date.parse(iso));
  });
});

describe('parseGraphTime refuses anything else (→ invalid_time)', () => {
  test.each([
    ['no offset (ambiguous local time)', '2017-08-22T03:15:00'],
    ['a date only', '2017-08-22'],
    ['month 13', '2017-13-22T03:15:00Z'],
    ['30 February', '2017-02-30T03:15:00Z'],
    ['hour 24', '2017-08-22T24:00:00Z'],
    ['offset hours 24', '2017-08-22T03:15:00+2400'],
    ['free text', 'yesterday'],
    ['a negative Unix time', -5],
    ['Unix milliseconds where seconds are expected', 1503371700000],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a boolean', true],
    ['an object', { date: '2017-08-22' }],
    ['space instead of T', '2017-08-22 03:15:00+0000'],
  ])('%s', (_label, input) => {
    expect(parseGraphTime(input)).toBeNull();
  });
});

test('posts keep UTC epoch milliseconds and the ISO string of every accepted form', () => {
  const forms: unknown[] = ['2017-08-22T03:15:00+0000', '2017-08-22T03:15:00Z', '2017-08-22T10:15:00+07:00', 1503371700, '1503371700'];
  const { dataset, report } = ingestGraphApi([
    jsonFile('times.json', { data: forms.map((t, i) => post(`p${i}`, { created_time: t })) }),
  ]);
  expect(report.rejected).toBe(0);
  expect(dataset.posts.map((p) => p.createdTime)).toEqual(forms.map(() => ISO));
  expect(dataset.posts.every((p) => p.time === Date.parse(ISO))).toBe(true);
});

describe('the Graph API forms are read by character codes (a million timestamps); the same answers as the general reader', () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  /** Days in a month by JavaScript's own calendar (an oracle outside src/time). */
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  test('property: every field, valid or not, in the three forms (+hhmm, +hh:mm, Z)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1965, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('Z', '+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.boolean(),
      (y, mo, d, h, mi, s, sign, oh, om, colon) => {
        const local = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
        const offset = sign === 'Z' ? 'Z' : `${sign}${pad(oh)}${colon ? ':' : ''}${pad(om)}`;
        const text = `${local}${offset}`;
        const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h <= 23 && mi <= 59 && s <= 59
          && (sign === 'Z' || (oh <= 23 && om <= 59));
        // ECMAScript's Date.parse reads the ±hh:mm and Z forms (it rolls 30 February over: checked above).
        const iso = sign === 'Z' ? text : `${local}${sign}${pad(oh)}:${pad(om)}`;
        const expected = valid && y >= 1970 && Date.parse(iso) >= 0 ? Date.parse(iso) : null;
        expect(parseGraphTime(text)?.time ?? null).toBe(expected);
        // With white space around it, the general reader (regular expressions) reads it: the same answer.
        expect(parseGraphTime(` ${text} `)?.time ?? null).toBe(expected);
      },
    ), { numRuns: 2000 });
  });
});
