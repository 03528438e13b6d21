/**
 * The record sink every adapter writes into (src/ingest/adapter.ts): what the next adapters
 * (minimaxir, Netvizz, CrowdTangle, Facepager, DYI, canonical NDJSON) rely on. Values are worked
 * out by hand from SPEC 2.2 and 2.4.
 */
import { describe, expect, test } from 'vitest';
import type { IdentityKind } from '../../src/model/types';
import { DatasetBuilder, FORMATS, INGEST_LIMITS } from '../../src/ingest/index';
import { AS_OF, expectReconciled, ingest } from './helpers';
import { toyFile, toyFormat } from './toyFormat';

const formats = [...FORMATS, toyFormat];
const at = (index: number) => ({ path: 'line ', index, raw: { line: index } });
const T = Date.parse('2025-03-04T02:15:00Z');

describe('identities per file (SPEC 2.2)', () => {
  test('name: the id is `name:` + the NFC name; the report says so; `-` (nobody) is anonymous', () => {
    const { dataset, report } = ingest([
      toyFile('t.toy', 'post|t1|1741054500|Nguye\u0302\u0303n An|Hi||', 'comment|c1|t1|-|1741054600|-|ẩn danh', 'like|t1|post|Nguyễn An', 'like|t1|post|-'),
    ], { formats });
    expect(report.perFile[0].identities).toBe('name');
    expect(dataset.posts[0].fromId).toBe('name:Nguyễn An');
    expect(dataset.actors).toEqual([{ id: 'name:Nguyễn An', name: 'Nguyễn An' }]);
    expect(dataset.comments[0].fromId).toBeNull();
    expect(dataset.reactions.map((r) => [r.actorId, r.type])).toEqual([['name:Nguyễn An', 'LIKE'], [null, 'LIKE']]);
  });

  test.each([
    ['platform', ['p-1', 'x-9']],
    ['hashed', ['p-1', 'x-9']],
    ['none', []],
  ] as [IdentityKind, string[]][])('%s: ids %j', (kind, actorIds) => {
    const b = new DatasetBuilder({ asOf: AS_OF, limits: INGEST_LIMITS });
    const sink = b.beginFile('f', 'test');
    sink.identities(kind);
    sink.post({ id: 'p', time: T, from: { id: 'p-1', name: 'A' } }, at(1));
    sink.reaction({ targetId: 'p', targetType: 'post', actor: { id: 'x-9', name: null }, type: 'LOVE' }, at(2));
    const { dataset, report } = b.finish();
    expect(report.perFile[0].identities).toBe(kind);
    expect(dataset.actors.map((a) => a.id)).toEqual(actorIds);
    expect(dataset.posts[0].fromId).toBe(actorIds[0] ?? null);
    // No identities: the reaction still counts (an anonymous one).
    expect(dataset.reactions).toMatchObject([{ actorId: actorIds[1] ?? null, type: 'LOVE' }]);
  });
});

describe('post-level counts fill the totals as summary.total_count does (SPEC 2.2)', () => {
  test('per type, with unknown type names as OTHER; comments total; an invalid count is a field reject', () => {
    const result = ingest([
      toyFile('t.toy',
        'post|a|1741054500|-|x|40|LIKE=3,wow=2,SPECIAL=1,HAHA=0',
        'post|b|1741054500|-|y|2.5|LIKE=-1,LOVE=1.7e308'),
    ], { formats });
    const [a, b] = [...result.dataset.posts].sort((x, y) => x.id.localeCompare(y.id));
    expect(a).toMatchObject({ commentsTotal: 40, reactionsByType: { LIKE: 3, WOW: 2, OTHER: 1, HAHA: 0 } });
    expect(b).toMatchObject({ commentsTotal: null, reactionsByType: null });
    expect(result.report.rejects.map((r) => [r.location, r.field, r.code, r.kept])).toEqual([
      ['line 3', 'reactionsByType.LIKE', 'invalid_count', true],
      ['line 3', 'reactionsByType.LOVE', 'invalid_count', true],
      ['line 3', 'comments total', 'invalid_count', true],
    ]);
    expect(result.report).toMatchObject({ posts: 2, rejected: 0, fieldRejects: 3 });
  });
});

describe('replies and their parents', () => {
  test('a reply whose parent the format does not name is placed top-level and flagged parentUnknown', () => {
    const { dataset } = ingest([
      toyFile('t.toy', 'post|p|1741054500|-|x||', 'comment|c|p|-|1741054600|An|a', 'comment|r|p|?|1741054700|Bình|b', 'comment|s|p|c|1741054800|Chi|c'),
    ], { formats });
    expect(dataset.comments.map((c) => [c.id, c.parentId, c.parentUnknown])).toEqual([
      ['c', null, false],
      ['r', null, true],
      ['s', 'c', false],
    ]);
  });
});

describe('every record read is accounted for', () => {
  test('read = accepted + merged + rejected per file; positions number the records read', () => {
    const result = ingest([
      toyFile('a.toy', 'post|p|1741054500|-|x||', 'post|p|1741054500|-|x||', 'garbage', 'like|p|post|An', 'comment|c|p|-|1741054600|An|a'),
    ], { formats });
    expectReconciled(result.report);
    expect(result.report.perFile[0]).toMatchObject({ read: 5, posts: 1, duplicates: 1, rejected: 1, reactions: 1, comments: 1 });
    expect(result.report.rejects[0]).toMatchObject({ code: 'not_a_toy_record', location: 'line 4', position: 2 });
    expect(result.dataset.comments[0]).toMatchObject({ file: 0, position: 4 });
    expect(result.locations.locate(0, 4)).toBe('line 6');
  });
});
