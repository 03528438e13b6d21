/**
 * Hostile input at the ingest boundary (SPEC 7.1, issue 8): one case per item. Every case ends
 * without a crash and with counts that reconcile (records read = accepted + merged + rejected, per
 * file: `ingest` below checks it on every call).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { IngestResult, InputFile } from '../../src/model/types';
import { TOO_DEEP_MARKER } from '../../src/ingest/bounded';
import { AS_OF, comment, ingest, jsonFile, page, post, reactors, type Json } from '../ingest/helpers';

/** Every number anywhere in a value (walked iteratively) is finite. */
function expectFiniteNumbers(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') expect(Number.isFinite(v), `a number that is ${v}`).toBe(true);
    else if (v instanceof Map) stack.push(...v.values());
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
}

/** JSON of the dataset and report, as writers would print them (must not throw). */
const printable = (r: IngestResult): string => JSON.stringify({ dataset: r.dataset, report: r.report });

describe('ids are opaque strings (SPEC 7.1)', () => {
  const ids = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

  test('as post, comment, author, reactor and tag ids they are records like any other', () => {
    const result = ingest([
      jsonFile('feed.json', page(
        ...ids.map((id) => post(id, { from: { id, name: `Name ${id}` }, message_tags: [{ id, name: id }], reactions: reactors(...ids) })),
        post('host', {
          comments: { data: ids.map((id) => comment(id, { from: { id }, comments: { data: [comment(`r-${id}`, { from: { id }, parent: { id } })] } })) },
        }),
      )),
    ]);
    const { dataset, report } = result;
    expect(report).toMatchObject({ posts: 6, comments: 10, reactions: 25, duplicates: 0, rejected: 0 });
    expect(dataset.posts.map((p) => p.id).sort()).toEqual([...ids, 'host'].sort());
    expect(dataset.actors.map((a) => a.id).sort()).toEqual([...ids, 'page'].sort());
    expect(dataset.comments.filter((c) => c.parentId !== null).map((c) => c.parentId).sort()).toEqual([...ids].sort());
    expect(dataset.reactions.filter((r) => r.targetId === '__proto__').map((r) => r.actorId)).toEqual([...ids].sort());
    expect(result.snapshots.postCopies.get('host')![0].commentIds).toContain('__proto__');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a JSON "__proto__" key in a record does not pollute anything, and the record is read', () => {
    const text = '{"data":[{"id":"p","created_time":"2025-03-04T09:15:00+0700","__proto__":{"polluted":true},"message":"x"}]}';
    const result = ingest([{ name: 'proto.json', content: text }]);
    expect(result.report.posts).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('text is normalised at ingest (SPEC 7.1)', () => {
  test('NUL, other C0 controls, U+FFFE/U+FFFF removed (tab and line feed kept); NFC; a template marker loses its NULs', () => {
    const { dataset } = ingest([
      jsonFile('feed.json', [post('p', {
        message: 'a\u0000chart:3\u0000b\u0007\tc\nd\r\u001Fe\uFFFEf\uFFFF',
        from: { id: 'u', name: 'Nguye\u0302\u0303n\u0000 An\u001B' },
        comments: { data: [comment('c', { message: '\u0000\u0000' })] },
      })]),
    ]);
    expect(dataset.posts[0].message).toBe('achart:3b\tc\nde' + 'f');
    expect(dataset.actors.find((a) => a.id === 'u')!.name).toBe('Nguyễn An');
    expect(dataset.comments[0].message).toBe('');
  });

  test('a lone surrogate (a JSON \\ud800 escape) becomes U+FFFD; a pair is kept', () => {
    const { dataset } = ingest([{ name: 'f.json', content: '[{"id":"p","created_time":1741054500,"message":"x\\ud800y\\ud83d\\ude00"}]' }]);
    expect(dataset.posts[0].message).toBe('x\uFFFDy😀');
  });
});

describe('nesting beyond the limit is a reject, and no walk overflows the stack (SPEC 7.1)', () => {
  test('replies nested 2,000 deep: 64 levels read, the reply at level 65 rejected as too_deep with what is under it', () => {
    // Built as text: JSON.stringify itself cannot nest 6,000 containers deep.
    const open = (level: number) => `${JSON.stringify(comment(`c${level}`)).slice(0, -1)},"comments":{"data":[`;
    let text = '';
    for (let level = 1; level < 2000; level += 1) text += open(level);
    text += JSON.stringify(comment('c2000')) + ']}}'.repeat(1999);
    const wrap = JSON.stringify([post('p', { comments: { data: ['HERE'] } })]);
    const result = ingest([{ name: 'deep.json', content: wrap.replace('"HERE"', text) }]);
    expect(result.report).toMatchObject({ posts: 1, comments: 64, rejected: 1 });
    const r = result.report.rejects[0];
    expect(r).toMatchObject({ code: 'too_deep', recordType: 'comment', kept: false });
    expect(r.location.split('comments.data').length - 1).toBe(65);
    // The rejected record is kept bounded: 64 levels, then a marker.
    let node = r.record as Json;
    let depth = 1;
    while (typeof node === 'object' && node !== null && Array.isArray((node.comments as Json | undefined)?.data)) {
      node = ((node.comments as Json).data as Json[])[0];
      depth += 1;
    }
    expect(JSON.stringify(r.record)).toContain(TOO_DEEP_MARKER);
    expect(depth).toBeLessThanOrEqual(64);
    expect(() => printable(result)).not.toThrow();
  });

  test('10,000 nested data pages: 64 pages read, the 65th rejected as too_deep', () => {
    const depth = 10_000;
    const text = '{"data":['.repeat(depth) + JSON.stringify(post('inner')) + ']}'.repeat(depth);
    const result = ingest([{ name: 'pages.json', content: text }]);
    expect(result.report).toMatchObject({ posts: 0, rejected: 1 });
    expect(result.report.rejects[0]).toMatchObject({ code: 'too_deep', recordType: 'post' });
    expect(result.report.rejects[0].location).toBe(`data${'[0].data'.repeat(63)}[0]`);
  });

  test('a rejected field of 3,000 nested arrays: invalid_type, the record bounded, nothing overflows', () => {
    const nested = JSON.parse('['.repeat(3000) + ']'.repeat(3000));
    const result = ingest([jsonFile('arrays.json', [post('p', { message: nested }), post('q')])]);
    expect(result.report).toMatchObject({ posts: 1, rejected: 1 });
    expect(result.report.rejects[0]).toMatchObject({ code: 'invalid_type', field: 'message' });
    expect(result.report.rejects[0].reason).toContain('got an array');
    expect(JSON.stringify(result.report.rejects[0].record)).toContain(TOO_DEEP_MARKER);
    expect(() => printable(result)).not.toThrow();
  });

  test('a truncated 100,000-deep JSON file: a file reject found by the iterative JSON checker', () => {
    const result = ingest([{ name: 'cut.json', content: `{"data":${'['.repeat(100_000)}` }]);
    expect(result.report.rejects).toMatchObject([{ recordType: 'file', code: 'truncated' }]);
  });
});

describe('times: from 2004-02-04 to one day after asOf (SPEC 7.1)', () => {
  test('posts dated 9999, 2200 and 2003 are rejected (no 9,144-week period); a comment from the future too', () => {
    const result = ingest([jsonFile('feed.json', [
      post('y9999', { created_time: '9999-12-31T00:00:00+0000' }),
      post('y2200', { created_time: '2200-01-01T00:00:00+0000', comments: { data: [comment('kept')] } }),
      post('y2003', { created_time: 1_060_000_000 }),
      post('ok', { comments: { data: [comment('late', { created_time: '2025-04-03T00:00:00Z' })] } }),
    ])]);
    expect(result.dataset.posts.map((p) => p.id)).toEqual(['ok']);
    expect(result.report.rejects.map((r) => [r.location, r.field, r.code])).toEqual([
      ['[0]', 'created_time', 'time_out_of_range'],
      ['[1]', 'created_time', 'time_out_of_range'],
      ['[2]', 'created_time', 'time_out_of_range'],
      ['[3].comments.data[0]', 'created_time', 'time_out_of_range'],
    ]);
    // The rejected post had an id: its comment is still placed under it (SPEC 2.4).
    expect(result.dataset.comments).toMatchObject([{ id: 'kept', postId: 'y2200' }]);
    expect(result.report.rejects[1].reason).toContain('2025-04-01T00:00:00.000Z');
  });

  test('the bound is asOf + 1 day exactly; asOf is an option', () => {
    const day = 86_400_000;
    const file = jsonFile('f.json', [post('edge', { created_time: (AS_OF + day) / 1000 }), post('over', { created_time: (AS_OF + day) / 1000 + 1 })]);
    expect(ingest([file]).dataset.posts.map((p) => p.id)).toEqual(['edge']);
    expect(ingest([file], { asOf: AS_OF + day }).dataset.posts.map((p) => p.id)).toEqual(['edge', 'over']);
    expect(ingest([file]).report.asOf).toBe('2025-04-01T00:00:00.000Z');
  });
});

describe('counts must be non-negative safe integers (SPEC 7.1)', () => {
  test('total_count 1.7e308 twice, fractions and -1: field rejects, the posts kept without them, no Infinity/NaN anywhere', () => {
    const huge = { data: [], summary: { total_count: 1.7e308 } };
    const result = ingest([jsonFile('counts.json', [
      post('a', { reactions: huge, comments: huge }),
      post('b', { reactions: huge, shares: { count: 2.5 } }),
      post('c', { comments: { data: [], summary: { total_count: -1 } }, shares: { count: 'many' } }),
    ])]);
    expect(result.report).toMatchObject({ posts: 3, rejected: 0, fieldRejects: 6 });
    expect(result.report.rejects.map((r) => [r.location, r.field, r.code, r.kept]).sort()).toEqual([
      ['[0]', 'comments.summary.total_count', 'invalid_count', true],
      ['[0]', 'reactions.summary.total_count', 'invalid_count', true],
      ['[1]', 'reactions.summary.total_count', 'invalid_count', true],
      ['[1]', 'shares.count', 'invalid_count', true],
      ['[2]', 'comments.summary.total_count', 'invalid_count', true],
      ['[2]', 'shares.count', 'invalid_count', true],
    ].sort());
    // (sorted on both sides: the order of a record's field rejects is not part of the contract)
    for (const p of result.dataset.posts) expect(p).toMatchObject({ reactionsTotal: null, commentsTotal: null, sharesCount: 0 });
    expectFiniteNumbers(result);
  });
});

describe('conflicting copies do not depend on file order (SPEC 2.1)', () => {
  const a = jsonFile('2025-03-01.json', [post('p', { from: { id: 'unit-a', name: 'Sở A' } })]);
  const b = jsonFile('2025-03-08.json', [post('p', { from: { id: 'unit-b', name: 'Sở B' } })]);

  test('two copies with different authors, in either order: the same dataset, one conflict', () => {
    const ab = ingest([a, b]);
    const ba = ingest([b, a]);
    expect(printable(ba)).toBe(printable(ab));
    expect(ab.dataset.posts[0].fromId).toBe('unit-b');
    expect(ab.report.conflicts).toEqual([{
      recordType: 'post', id: 'p', field: 'fromId',
      earlier: { file: '2025-03-01.json', location: '[0]', position: 0 },
      later: { file: '2025-03-08.json', location: '[0]', position: 0 },
    }]);
  });
});

describe('bytes and sizes', () => {
  test('invalid UTF-8 is a file warning naming the byte offset; the file is still read', () => {
    const head = new TextEncoder().encode('[{"id":"p","created_time":1741054500,"message":"ab');
    const tail = new TextEncoder().encode('cd"}]');
    const content = new Uint8Array([...head, 0xc3, 0x28, ...tail]); // 0xC3 then a non-continuation byte
    const result = ingest([{ name: 'bad.json', content }]);
    expect(result.report.perFile[0].warnings).toEqual([
      { code: 'invalid_utf8', location: `byte ${head.length}`, message: expect.stringContaining(`byte ${head.length}`) },
    ]);
    expect(result.dataset.posts[0].message).toBe('ab\uFFFD(cd');
  });

  test('a 50 MB comment is kept with its text cut at 100,000 characters and flagged text_too_long', () => {
    const long = 'Xin hỏi '.repeat(6_250_000); // 50,000,000 characters
    const result = ingest([jsonFile('big.json', [post('p', { comments: { data: [comment('c', { message: long })] } })])]);
    expect(result.report).toMatchObject({ comments: 1, rejected: 0, fieldRejects: 1 });
    expect(result.dataset.comments[0].message).toHaveLength(100_000);
    expect(long.startsWith(result.dataset.comments[0].message)).toBe(true);
    const flag = result.report.rejects[0];
    expect(flag).toMatchObject({ code: 'text_too_long', field: 'message', kept: true, location: '[0].comments.data[0]' });
    expect((flag.record as Json).message).toHaveLength(100_000);
    expect(flag.reason).not.toContain('Xin');
  });
});

describe('arbitrary strings as ids, names and texts never crash ingest (fast-check)', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme-composite' }),
    fc.constantFrom('__proto__', 'constructor', 'toString', '\u0000', '\u200F\u202E', '\uD800', '\uDFFF', 'name:x', 'anon:1', ''),
  );
  const record = fc.record({ id: hostile, author: hostile, name: hostile, text: hostile, reply: hostile, reactor: hostile });

  test('the counts reconcile, every text is normalised, and no reason quotes a text', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.boolean(), (records, asLines) => {
        const posts = records.map((r) => ({
          id: r.id, created_time: 1741054500, message: `SECRET${r.text}`, from: { id: r.author, name: r.name },
          comments: { data: [{ id: r.reply, created_time: 1741054600, message: `SECRET${r.text}`, from: { id: r.author } }] },
          reactions: { data: [{ id: r.reactor, name: r.name, type: r.text }] },
        }));
        const file: InputFile = asLines
          ? { name: 'f.ndjson', content: posts.map((p) => JSON.stringify(p)).join('\n') }
          : jsonFile('f.json', page(...posts));
        const result = ingest([file]);
        for (const text of [...result.dataset.posts, ...result.dataset.comments].map((x) => x.message)) {
          expect(text).toBe(text.normalize('NFC'));
          expect(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/.test(text)).toBe(false);
        }
        for (const r of result.report.rejects) expect(r.reason).not.toContain('SECRET');
        expect(() => printable(result)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
