/**
 * A JSON document's top-level list read item by item (src/ingest/jsonList.ts). Oracles: `JSON.parse`
 * of the whole text (the items are its list's elements, and no text it refuses is accepted), and
 * the same document read by the whole parse (the same page with `data` not its first member, which
 * the item-by-item reading leaves to the whole parse): the same dataset and report, byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JsonListItems, NOT_JSON, scanJsonList } from '../../src/ingest/jsonList';
import { diagnoseJson } from '../../src/ingest/json';
import type { InputFile } from '../../src/model/types';
import { comment, ingest, post, reactors } from './helpers';
import { REAL_EXPORTS, realExportsPresent } from '../helpers/shared';

/** Every item of a scanned text parsed, and the rest; null when any is not JSON. */
function itemsOf(text: string): { items: unknown[]; rest: unknown } | null {
  const layout = scanJsonList(text);
  if (layout === null) return null;
  const list = new JsonListItems(text, layout);
  const items = Array.from({ length: list.length }, (_, i) => list.parse(i));
  if (items.includes(NOT_JSON)) return null;
  let rest: unknown = null;
  try {
    if (layout.kind === 'page') rest = JSON.parse(layout.rest);
  } catch {
    return null;
  }
  return { items, rest };
}

const blank = fc.constantFrom('', ' ', '\n', '\r\n  ', '\t');

/** A page or a bare array of JSON values, spaced at random, and its value. */
const arbDocument = fc.tuple(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.boolean(), fc.array(blank, { minLength: 8, maxLength: 8 }))
  .map(([values, asPage, s]) => {
    const list = `[${s[0]}${values.map((v) => JSON.stringify(v, null, s[1] === '' ? undefined : 1)).join(`${s[2]},${s[3]}`)}${s[4]}]`;
    const text = asPage ? `${s[5]}{${s[6]}"data"${s[7]}:${list},"paging":{"next":"x"}}` : `${s[5]}${list}${s[6]}`;
    return { text, values, asPage };
  });

describe('scanJsonList: the items are the elements JSON.parse finds', () => {
  test('any page or list of JSON values: its items, in order (fast-check)', () => {
    fc.assert(fc.property(arbDocument, ({ text, values, asPage }) => {
      const read = itemsOf(text);
      expect(read).not.toBeNull();
      expect(read!.items).toEqual(JSON.parse(text) instanceof Array ? JSON.parse(text) : JSON.parse(text).data);
      expect(read!.items).toEqual(JSON.parse(JSON.stringify(values))); // -0 is written 0
      if (asPage) expect(read!.rest).toEqual({ paging: { next: 'x' } });
    }), { numRuns: 500 });
  });

  test('never accepts what JSON.parse refuses: any text cut, or with a character changed (fast-check)', () => {
    const arbBroken = fc.tuple(arbDocument, fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', 'x', '\u0001', '\u00a0', '[', '{'), fc.boolean())
      .map(([{ text }, at, char, cut]) => {
        const i = at % (text.length + 1);
        return cut ? text.slice(0, i) : text.slice(0, i) + char + text.slice(i + 1);
      });
    fc.assert(fc.property(arbBroken, (text) => {
      let whole: unknown;
      try {
        whole = JSON.parse(text);
      } catch {
        whole = NOT_JSON;
      }
      const read = itemsOf(text);
      if (whole === NOT_JSON) {
        expect(read).toBeNull();
        return;
      }
      // A text that is JSON: read whole (null), or read item by item to the same elements.
      if (read !== null) expect(read.items).toEqual(Array.isArray(whole) ? whole : (whole as { data: unknown[] }).data);
    }), { numRuns: 3000 });
  });

  test.each([
    ['another first member', '{"paging": {}, "data": [1]}'],
    ['a list cut short', '{"data": [{"id": "1"}, {"id": "2"'],
    ['a string cut short', '["abc'],
    ['two items without a comma', '[{"a": 1}\n {"b": 2}]'],
    ['an empty item', '[1,,2]'],
    ['a trailing comma', '[1, 2,]'],
    ['a leading comma', '[, 1]'],
    ['text after the list', '[1] x'],
    ['a page not closed', '{"data": [1]'],
    ['U+00A0 before the list (not a JSON blank)', '\u00a0[1]'],
    ['a post whose first member is its id', '{"id": "1", "data": []}'],
  ])('left to the whole parse: %s', (_label, text) => {
    expect(scanJsonList(text)).toBeNull();
  });

  test('strings with escaped quotes and brackets do not end an item', () => {
    const text = '[{"a": "x\\"]},{"}, {"b": "\\\\"}, "[", "\\\\\\"]"]';
    expect(itemsOf(text)!.items).toEqual(JSON.parse(text));
  });

  test('an item that is not JSON: NOT_JSON, and its problem located in the whole text', () => {
    const text = '{"data": [\n  {"id": "a"},\n  {"id": "b", "n": x},\n  {"id": "c"}\n]}';
    const list = new JsonListItems(text, scanJsonList(text)!);
    expect(list.parse(0)).toEqual({ id: 'a' });
    expect(list.parse(1)).toBe(NOT_JSON);
    expect(list.parse(2)).toEqual({ id: 'c' });
    const whole = diagnoseJson(text); // the first problem of the whole text is this item's
    expect(whole).toMatchObject({ code: 'not_json', line: 3 });
    expect(list.problem(1)).toMatchObject({ line: whole.line, column: whole.column, excerpt: '{"id": "b", "n": x}' });
  });

  test('linear: 200,000 items, and a 1 MB string full of escapes, scanned in one pass', () => {
    const many = `{"data": [${Array.from({ length: 200_000 }, (_, i) => `{"id":"${i}"}`).join(',')}]}`;
    expect(scanJsonList(many)!.starts).toHaveLength(200_000);
    const escapes = `["${'\\"'.repeat(500_000)}"]`;
    expect(itemsOf(escapes)!.items).toEqual(JSON.parse(escapes));
  });
});

/** The same page with `data` after its other members: read by the whole parse. */
function wholeParsed(name: string, value: unknown): InputFile {
  const { data, ...rest } = value as { data: unknown[] };
  return { name, content: JSON.stringify({ _: 0, ...rest, data }) };
}

/** The page with `data` first: read item by item. */
function byItem(name: string, value: unknown): InputFile {
  const { data, ...rest } = value as { data: unknown[] };
  return { name, content: JSON.stringify({ data, ...rest }) };
}

describe('a page read item by item gives what the whole parse gives', () => {
  const here = join(__dirname, '..', '..');
  const pages = [
    // The real exports only where they are (absent on a clean clone: helpers/shared.ts).
    ...[join(here, 'fixtures/ddci-page/export'), join(here, 'fixtures/edge-cases/export'), ...(realExportsPresent ? [`${REAL_EXPORTS}graph-api-v2`] : [])]
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))),
  ].map((path) => ({ path, value: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as unknown }))
    .filter(({ value }) => !Array.isArray(value));

  test('the fixtures and the real Graph API files (comments edges included): the same dataset and report', () => {
    expect(pages.length).toBeGreaterThanOrEqual(realExportsPresent ? 7 : 4);
    for (const { path, value } of pages) {
      const a = ingest([byItem('f.json', value)]);
      const b = ingest([wholeParsed('f.json', value)]);
      expect(JSON.stringify(a), path).toBe(JSON.stringify(b));
    }
  });

  test('a post with a `data` member first (an id among the other members): read as one post, as the whole parse reads it', () => {
    const value = { data: [post('inner')], ...post('outer') };
    const a = ingest([byItem('f.json', value)]);
    expect(a.dataset.posts.map((p) => p.id)).toEqual(['outer']);
    expect(JSON.stringify(a)).toBe(JSON.stringify(ingest([wholeParsed('f.json', value)])));
  });

  test('random pages of posts, comments, replies and reactions, bad records among them (fast-check)', () => {
    const arbItem = fc.oneof(
      fc.record({ id: fc.constantFrom('p1', 'p2', '__proto__'), n: fc.nat({ max: 3 }), time: fc.constantFrom('2025-03-04T09:15:00+0700', 'never', 1_741_000_000) })
        .map(({ id, n, time }) => post(id, {
          created_time: time,
          comments: { data: Array.from({ length: n }, (_, i) => comment(`${id}_c${i}`, { comments: { data: [comment(`${id}_c${i}_r`)] } })) },
          reactions: reactors(...Array.from({ length: n }, (_, i) => `u${i}`)),
        })),
      fc.constantFrom(null, 7, 'text', [], { message: 'no id' }, { data: [post('nested')] }),
    );
    fc.assert(fc.property(fc.array(arbItem, { maxLength: 6 }), (items) => {
      const value = { data: items, paging: { next: 'https://graph.facebook.com/next' } };
      expect(JSON.stringify(ingest([byItem('f.json', value)]))).toBe(JSON.stringify(ingest([wholeParsed('f.json', value)])));
    }), { numRuns: 300 });
  });
});

describe('an item that is not JSON is one rejected record; the others are read', () => {
  test('not_json at data[i], with its line and column in the file, and its text bounded', () => {
    const content = `{"data": [\n${JSON.stringify(post('a'))},\n{"id": "b", "created_time": tru},\n${JSON.stringify(post('c'))}\n]}`;
    const result = ingest([{ name: 'feed.json', content }]);
    expect(result.dataset.posts.map((p) => p.id)).toEqual(['a', 'c']);
    expect(result.report.rejects).toHaveLength(1);
    expect(result.report.rejects[0]).toMatchObject({
      file: 'feed.json', location: 'data[1]', recordType: 'post', code: 'not_json', kept: false,
    });
    const whole = diagnoseJson(content);
    expect(result.report.rejects[0].reason).toContain(`line ${whole.line}, column ${whole.column}`);
    expect(result.report.perFile[0]).toMatchObject({ read: 3, posts: 2, rejected: 1, error: null });
  });

  test('in a comments edge: a rejected comment, the other comments placed under the page\'s post', () => {
    const content = `{"data": [${JSON.stringify({ ...comment('c1'), like_count: 1 })}, {"id": "c2", "like_count": x}], "paging": {"next": "https://graph.facebook.com/v2.5/p1/comments?after=Q"}}`;
    const result = ingest([{ name: 'p.json', content: JSON.stringify({ data: [post('p1')] }) }, { name: 'q.json', content }]);
    expect(result.dataset.comments.map((c) => [c.id, c.postId])).toEqual([['c1', 'p1']]);
    expect(result.report.rejects.map((r) => [r.location, r.recordType, r.code])).toEqual([['data[1]', 'comment', 'not_json']]);
  });

  test('a file cut short is still refused whole (truncated), as before', () => {
    const content = `{"data": [${JSON.stringify(post('a'))}, ${JSON.stringify(post('b')).slice(0, 20)}`;
    const result = ingest([{ name: 'cut.json', content }]);
    expect(result.dataset.posts).toHaveLength(0);
    expect(result.report.rejects.map((r) => [r.recordType, r.code])).toEqual([['file', 'truncated']]);
  });
});
