/**
 * The canonical NDJSON (SPEC 2.4; docs/formats.md §8): its reader on hand-written lines, and the
 * writer + reader round trip, whose oracle is the dataset ingest built from the original export
 * (every record, field by field, must come back).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveData } from '../../src/resolve/resolved';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import type { Dataset, IngestResult } from '../../src/model/types';
import { writeCanonical } from '../../src/write/canonical';
import { AS_OF, ingest } from './helpers';

const header = (extra: object = {}) => JSON.stringify({ type: 'header', format: 'ddci-sna-canonical', version: 1, ...extra });
const file = (name: string, ...lines: (string | object)[]) => ({ name, content: `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n` });
const post = (id: string, extra: object = {}) => ({ type: 'post', id, createdTime: '2025-03-04T02:15:00.000Z', message: `post ${id}`, fromId: 'page', ...extra });

/** A dataset without where its records were read (files differ after a conversion). */
function records(dataset: Dataset) {
  const strip = <T extends { file: number; position: number }>(list: T[]) => list.map(({ file: _f, position: _p, ...rest }) => rest);
  return { actors: dataset.actors, posts: strip(dataset.posts), comments: strip(dataset.comments), reactions: strip(dataset.reactions), shares: strip(dataset.shares) };
}

function reread(input: IngestResult, asOf = AS_OF) {
  const text = writeCanonical(input, null, { reveal: true }).join('');
  return ingest([{ name: 'converted.ndjson', content: text }], { asOf });
}

describe('writer and reader: every record comes back (the oracle: the original ingest)', () => {
  test.each(['ddci-page', 'edge-cases'])('%s', async (fixture) => {
    const dir = join(import.meta.dirname, '../../fixtures', fixture);
    const asOf = Date.parse('2026-01-01T00:00:00Z');
    const original = await loadExport([join(dir, 'export')], { asOf });
    const back = reread(original, asOf);
    expect(records(back.dataset)).toEqual(records(original.dataset));
    // What ingest rejected is rejected again, with its code and field (never dropped).
    const whole = (r: IngestResult) => r.report.rejects.filter((x) => !x.kept && x.recordType !== 'file').map((x) => [x.recordType, x.field, x.code]);
    expect(whole(back)).toEqual(whole(original));
    expect(back.report.perFile[0]).toMatchObject({ format: 'canonical-ndjson', identities: 'platform', error: null });
  });

  test('pseudonymised (the default): no individual\'s id or name is written; units, the page and organisations keep theirs', async () => {
    const dir = join(import.meta.dirname, '../../fixtures/ddci-page');
    const input = await loadExport([join(dir, 'export')], { asOf: AS_OF + 400 * 86_400_000 });
    const config = await loadConfig(join(dir, 'config.json'));
    const text = writeCanonical(input, config).join('');
    // Who is a person is SPEC 3.2's (resolve/actors.ts, tested on its own); here: none of them is written.
    const kinds = resolveData(input.dataset, config).actors;
    const individuals = input.dataset.actors.filter((a) => a.name !== null && kinds.get(a.id)!.kind === 'individual');
    expect(individuals.length).toBeGreaterThan(50);
    // Records carry no person's id or name; rejected records are redacted by the privacy module
    // (its rule: shapes, ids and times kept, strings `[n chars]`), so they carry no name either.
    const records = text.split('\n').filter((l) => !l.startsWith('{"type":"rejected"')).join('\n');
    for (const person of individuals) {
      expect(records).not.toContain(`"${person.id}"`);
      expect(text).not.toContain(person.name!);
    }
    for (const unit of config.units) for (const account of unit.accounts) expect(text).toContain(`"fromId":"${account}"`);
    expect(text).toContain('"name":"DDCI Quảng Ninh"');
    expect(text.split('\n')[0]).toContain('"pseudonymized":true');
    expect(() => writeCanonical(input, null)).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });

  test('what each source could tell survives: a CrowdTangle post beside a Graph API one keeps its own capabilities', () => {
    const ct = [
      'Page Name,User Name,Facebook Id,Post Created,Type,Total Interactions,Likes,Comments,Shares,Love,Wow,Haha,Sad,Angry,Care,URL,Message',
      'Sở Tài chính,sotc,acc-tc,2025-03-04 09:00:00 ICT,Status,12,5,4,3,0,0,0,0,0,0,https://www.facebook.com/acc-tc/posts/9,Thông báo',
    ].join('\n');
    const graph = { name: 'feed.json', content: JSON.stringify({ data: [{ id: 'p_1', created_time: '2025-03-04T09:15:00+0700', from: { id: 'page', name: 'DDCI' } }] }) };
    const original = ingest([{ name: 'ct.csv', content: `${ct}\n` }, graph]);
    const lines = writeCanonical(original, null, { reveal: true });
    expect(JSON.parse(lines[0]!).capabilities).toEqual({ comments: true, reactionActors: true, replyParents: true, shareRelations: true, postCounts: true });
    const ctLine = lines.map((l) => JSON.parse(l)).find((l) => l.id === 'acc-tc_9');
    expect(ctLine.capabilities).toEqual({ comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: true });
    const back = reread(original);
    expect(back.snapshots.postCopies.get('acc-tc_9')![0]!.capabilities).toEqual(ctLine.capabilities);
    expect(back.snapshots.postCopies.get('p_1')![0]!.capabilities).toBeUndefined();
  });
});

describe('reading hand-written lines', () => {
  test('actors name the ids records use; tags, totals, per-type counts and replies are read', () => {
    const { dataset, report } = ingest([file('c.ndjson', header({ identities: 'name' }),
      { type: 'actor', id: 'name:Công ty TNHH An Phát', name: 'Công ty TNHH An Phát' },
      post('p1', { fromId: 'name:Công ty TNHH An Phát', reactionsTotal: 7, reactionsByType: { LIKE: 5, WOW: 2 }, commentsTotal: 3, sharesCount: 1, messageTags: [{ id: 't1', name: 'Tag' }] }),
      { type: 'comment', id: 'c1', postId: 'p1', createdTime: '2025-03-04T03:00:00Z', message: 'Xin hỏi?', fromId: 'u1' },
      { type: 'comment', id: 'c2', postId: 'p1', parentId: 'c1', createdTime: '2025-03-04T04:00:00+07:00', fromId: 'page', hasAttachment: true },
      { type: 'reaction', targetId: 'c1', targetType: 'comment', actorId: 'u2', reaction: 'love' },
      '',
    )]);
    expect(report.perFile[0]).toMatchObject({ format: 'canonical-ndjson', identities: 'name', posts: 1, comments: 2, reactions: 1, rejected: 0 });
    expect(dataset.posts[0]).toMatchObject({ fromId: 'name:Công ty TNHH An Phát', reactionsTotal: 7, reactionsByType: { LIKE: 5, WOW: 2 }, commentsTotal: 3, sharesCount: 1, messageTags: [{ id: 't1', name: 'Tag' }] });
    expect(dataset.comments.map((c) => [c.id, c.parentId, c.createdTime, c.hasAttachment])).toEqual([
      ['c2', 'c1', '2025-03-03T21:00:00.000Z', true],
      ['c1', null, '2025-03-04T03:00:00.000Z', false],
    ]);
    expect(dataset.reactions).toMatchObject([{ targetId: 'c1', actorId: 'u2', type: 'LOVE' }]);
    expect(dataset.actors.find((a) => a.id === 'name:Công ty TNHH An Phát')!.name).toBe('Công ty TNHH An Phát');
  });

  test('bad lines are rejected one by one with their line, field and code; the file goes on', () => {
    const { dataset, report } = ingest([file('c.ndjson', header(),
      post('ok'),
      '{"type":"post",',
      { type: 'share', postId: 'a', sharedPostId: 'b' },
      header(),
      post(''),
      post('p2', { createdTime: 'yesterday' }),
      post('p3', { createdTime: undefined }),
      post('p4', { message: 42 }),
      { type: 'comment', id: 'c', createdTime: '2025-03-04T03:00:00Z' },
      { type: 'reaction', targetId: 'ok', targetType: 'page' },
      { type: 'rejected', recordType: 'comment', file: 'a.json', location: 'data[1]', field: 'from', code: 'invalid_type', reason: 'r', record: { id: 'x' } },
      [1, 2],
    )]);
    expect(dataset.posts.map((p) => p.id)).toEqual(['ok']);
    expect(report.rejects.map((r) => [r.location, r.recordType, r.field, r.code])).toEqual([
      ['line 3', 'post', '', 'not_json'],
      ['line 4', 'post', 'type', 'invalid_type'],
      ['line 5', 'post', 'type', 'invalid_type'],
      ['line 6', 'post', 'id', 'missing_id'],
      ['line 7', 'post', 'createdTime', 'invalid_time'],
      ['line 8', 'post', 'createdTime', 'missing_time'],
      ['line 9', 'post', 'message', 'invalid_type'],
      ['line 10', 'comment', '', 'orphan_comment'],
      ['line 11', 'reaction', 'targetType', 'invalid_type'],
      ['line 12', 'comment', 'from', 'invalid_type'],
      ['line 13', 'post', '', 'invalid_type'],
    ]);
    // A rejected line keeps its record for rejects.ndjson, and its reason says it was its source's.
    expect(report.rejects[9]!.record).toEqual({ id: 'x' });
    expect(report.rejects[9]!.reason).toContain('rejected by its source');
  });

  test('a header of a later version refuses the file; a forced format on a file without a header too', () => {
    const later = ingest([file('v2.ndjson', header({ version: 2 }), post('p'))]);
    expect(later.report.rejects).toMatchObject([{ recordType: 'file', code: 'unsupported_format', location: 'line 1' }]);
    const forced = ingest([file('x.ndjson', post('p'))], { format: 'canonical-ndjson' });
    expect(forced.report.rejects).toMatchObject([{ recordType: 'file', code: 'unsupported_format' }]);
  });

  test('anonymous reactions are told apart by their slot: the same slot in two files is one reaction', () => {
    const anon = (slot?: string) => ({ type: 'reaction', targetId: 'p', targetType: 'post', actorId: null, reaction: 'LIKE', ...(slot ? { slot } : {}) });
    const a = file('a.ndjson', header(), post('p'), anon('1'), anon('2'));
    const b = file('b.ndjson', header(), post('p'), anon('1'), anon());
    const { report } = ingest([a, b]);
    expect(report).toMatchObject({ posts: 1, reactions: 3, duplicates: 2 });
  });

  test('the header\'s capabilities are the file\'s (absent keys: the format can tell it)', () => {
    const { report } = ingest([file('c.ndjson', header({ capabilities: { comments: false, reactionActors: false } }), post('p'))]);
    expect(report.perFile[0]!.capabilities).toEqual({ comments: false, reactionActors: false, replyParents: true, shareRelations: true, postCounts: true });
  });
});
