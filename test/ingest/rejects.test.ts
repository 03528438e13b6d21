import { describe, expect, test } from 'vitest';
import type { IngestResult, RejectedRecord } from '../../src/model/types';
import { comment, ingest, jsonFile, ndjsonFile, page, post, reactors } from './helpers';

/** The single reject with this code (fails if there is not exactly one). */
function only(result: IngestResult, code: string): RejectedRecord {
  const found = result.report.rejects.filter((r) => r.code === code);
  expect(found, `rejects with code ${code}`).toHaveLength(1);
  return found[0];
}

/** A reject names its file, location and field in its human reason. */
function expectReasonNames(r: RejectedRecord): void {
  expect(r.reason).toContain(r.file);
  expect(r.reason).toContain(r.location);
  if (r.field !== '') expect(r.reason).toContain(r.field);
}

const good = (): ReturnType<typeof jsonFile> =>
  jsonFile('good.json', page(post('g1', { comments: { data: [comment('g1_c')] }, reactions: reactors('x') })));

describe('bad records are rejected one by one; the rest is read', () => {
  test('a post with no id: missing_id, and its children cannot be placed (each rejected)', () => {
    const result = ingest([
      jsonFile('feed.json', page(
        post('a'),
        { created_time: 1503371700, message: 'no id', comments: { data: [comment('lost', { comments: { data: [comment('lost_r')] } })] }, reactions: reactors('r1') },
        post('b'),
      )),
      good(),
    ]);
    const r = only(result, 'missing_id');
    expect(r).toMatchObject({ file: 'feed.json', location: 'data[1]', field: 'id', recordType: 'post' });
    expectReasonNames(r);
    expect(result.report.rejects.filter((x) => x.code === 'parent_rejected').map((x) => [x.recordType, x.location])).toEqual([
      ['reaction', 'data[1].reactions.data[0]'],
      ['comment', 'data[1].comments.data[0]'],
      ['comment', 'data[1].comments.data[0].comments.data[0]'],
    ]);
    expect(result.report).toMatchObject({ posts: 3, comments: 1, reactions: 1, rejected: 4 });
  });

  test('a post with no created_time: missing_time; with an id its comments and reactions are kept', () => {
    const result = ingest([
      jsonFile('feed.json', page(post('a'), { id: 'notime', message: 'x', comments: { data: [comment('notime_1')] }, reactions: reactors('r1', 'r2') })),
      good(),
    ]);
    const r = only(result, 'missing_time');
    expect(r).toMatchObject({ file: 'feed.json', location: 'data[1]', field: 'created_time', recordType: 'post' });
    expectReasonNames(r);
    expect(result.report).toMatchObject({ posts: 2, comments: 2, reactions: 3, rejected: 1 });
    expect(result.dataset.comments.find((c) => c.id === 'notime_1')!.postId).toBe('notime');
    expect(result.dataset.posts.some((p) => p.id === 'notime')).toBe(false);
  });

  test('an unparseable created_time: invalid_time', () => {
    const result = ingest([jsonFile('feed.json', page(post('a'), post('b', { created_time: '22/08/2017 03:15' }))), good()]);
    const r = only(result, 'invalid_time');
    expect(r).toMatchObject({ file: 'feed.json', location: 'data[1]', field: 'created_time', recordType: 'post' });
    // SPEC 7.2: a reason never quotes the record (it says what type the value had).
    expect(r.reason).not.toContain('22/08/2017');
    expect(r.reason).toContain('a string of 16 characters');
    expectReasonNames(r);
    expect(result.report).toMatchObject({ posts: 2, rejected: 1 });
  });

  test.each([
    ['message not a string', { message: 42 }, 'message'],
    ['from not an object', { from: 'Nguyễn Văn An' }, 'from'],
    ['from.id not a string', { from: { id: 1234567890123456789, name: 'x' } }, 'from.id'],
    ['reactions not an object', { reactions: 'lots' }, 'reactions'],
    ['comments.data not an array', { comments: { data: {} } }, 'comments.data'],
    ['message_tags a string', { message_tags: 'x' }, 'message_tags'],
    ['a tag id a number', { message_tags: [{ id: 5, name: 'x' }] }, 'message_tags[0].id'],
    ['parent_id a number', { parent_id: 12 }, 'parent_id'],
    ['created_time a boolean', { created_time: true }, 'created_time'],
  ])('wrong type (%s): invalid_type with the field', (_label, extra, field) => {
    const result = ingest([jsonFile('feed.json', page(post('a'), post('bad', extra))), good()]);
    const r = only(result, 'invalid_type');
    expect(r).toMatchObject({ file: 'feed.json', location: 'data[1]', field, recordType: 'post' });
    expect(r.record).toMatchObject({ id: 'bad' });
    expectReasonNames(r);
    expect(r.reason).not.toContain('Nguyễn');
    expect(result.report).toMatchObject({ posts: 2, comments: 1, reactions: 1, rejected: 1 });
  });

  test('a non-string post id: invalid_type, and its children cannot be placed', () => {
    const result = ingest([jsonFile('feed.json', [post('a'), { ...post('x'), id: 42, comments: { data: [comment('c')] } }])]);
    expect(only(result, 'invalid_type')).toMatchObject({ location: '[1]', field: 'id' });
    expect(only(result, 'parent_rejected')).toMatchObject({ location: '[1].comments.data[0]', recordType: 'comment' });
    expect(result.report).toMatchObject({ posts: 1, comments: 0, rejected: 2 });
  });

  test('a comment with no id under a valid post: missing_id at its JSON path; its replies are rejected, its siblings kept', () => {
    const comments = [comment('c0'), comment('c1'), comment('c2'), { created_time: 5, message: 'no id', comments: { data: [comment('r')] } }, comment('c4')];
    const result = ingest([jsonFile('feed.json', page(post('a'), post('b', { comments: { data: comments } })))]);
    const r = only(result, 'missing_id');
    expect(r).toMatchObject({ file: 'feed.json', location: 'data[1].comments.data[3]', field: 'id', recordType: 'comment' });
    expectReasonNames(r);
    expect(only(result, 'parent_rejected')).toMatchObject({ location: 'data[1].comments.data[3].comments.data[0]', recordType: 'comment' });
    expect(result.report).toMatchObject({ posts: 2, comments: 4, rejected: 2 });
  });

  test('a comment with a bad time but an id keeps its replies in the thread', () => {
    const result = ingest([jsonFile('feed.json', [post('p', { comments: { data: [comment('c', { created_time: 'soon', comments: { data: [comment('r')] } })] } })])]);
    expect(only(result, 'invalid_time')).toMatchObject({ location: '[0].comments.data[0]', field: 'created_time', recordType: 'comment' });
    expect(result.dataset.comments).toMatchObject([{ id: 'r', postId: 'p', parentId: 'c' }]);
  });

  test('a bad reaction entry: invalid_type for that reaction alone', () => {
    const result = ingest([jsonFile('feed.json', [post('p', { reactions: { data: [{ id: 'a', type: 'LIKE' }, 'oops', { id: 7, type: 'LIKE' }, { id: 'b', type: 9 }, { id: 'c' }] } })])]);
    expect(result.report.rejects.map((r) => [r.recordType, r.location, r.field, r.code])).toEqual([
      ['reaction', '[0].reactions.data[1]', '', 'invalid_type'],
      ['reaction', '[0].reactions.data[2]', 'id', 'invalid_type'],
      ['reaction', '[0].reactions.data[3]', 'type', 'invalid_type'],
    ]);
    expect(result.report).toMatchObject({ posts: 1, reactions: 2, rejected: 3 });
  });
});

describe('NDJSON: a bad line is one rejected record', () => {
  test('a line that is not JSON: not_json at `line N`, the other lines read', () => {
    const result = ingest([ndjsonFile('feed.ndjson', [post('a'), '{"id": "b", oops}', post('c')]), good()]);
    const r = only(result, 'not_json');
    expect(r).toMatchObject({ file: 'feed.ndjson', location: 'line 2', field: '', recordType: 'post', record: '{"id": "b", oops}' });
    expectReasonNames(r);
    expect(result.report).toMatchObject({ posts: 3, rejected: 1 });
    expect(result.report.perFile[0]).toMatchObject({ posts: 2, rejected: 1, error: null });
  });

  test('a nested bad record on a line: `line N: comments.data[i]`', () => {
    const result = ingest([ndjsonFile('feed.ndjson', [post('a'), '', post('b', { comments: { data: [comment('c0'), comment('c1'), { ...comment('c2'), created_time: 'never' }] } })])]);
    const r = only(result, 'invalid_time');
    expect(r).toMatchObject({ file: 'feed.ndjson', location: 'line 3: comments.data[2]', field: 'created_time', recordType: 'comment' });
    expectReasonNames(r);
    expect(result.report).toMatchObject({ posts: 2, comments: 2, rejected: 1 });
  });

  test('a line that is JSON but not an object: invalid_type', () => {
    const result = ingest([ndjsonFile('feed.ndjson', [post('a'), '[1, 2]', '"text"'])]);
    expect(result.report.rejects.map((r) => [r.location, r.code])).toEqual([['line 2', 'invalid_type'], ['line 3', 'invalid_type']]);
    expect(result.report.posts).toBe(1);
  });

  test('a last line cut short: truncated, the earlier lines read', () => {
    const content = `${JSON.stringify(post('a'))}\n${JSON.stringify(post('b'))}\n{"id":"c","created_time":"2025-03`;
    const result = ingest([{ name: 'cut.ndjson', content }, good()]);
    expect(only(result, 'truncated')).toMatchObject({ file: 'cut.ndjson', location: 'line 3', recordType: 'post' });
    expect(result.report).toMatchObject({ posts: 3, rejected: 1 });
  });
});

describe('a whole file that cannot be read gets a file error; the other files go on', () => {
  const fileReject = (result: IngestResult, file: string): RejectedRecord => {
    const rejects = result.report.rejects.filter((r) => r.file === file);
    expect(rejects).toHaveLength(1);
    expect(rejects[0].recordType).toBe('file');
    const perFile = result.report.perFile.find((f) => f.file === file)!;
    expect(perFile.error).toContain(rejects[0].code);
    expect(perFile.rejected).toBe(1);
    expectReasonNames(rejects[0]);
    return rejects[0];
  };

  test('text that is no export at all: unknown_format, naming the formats tried', () => {
    const result = ingest([{ name: 'notes.json', content: 'Danh sách bài đăng tháng 3\n' }, good()]);
    const r = fileReject(result, 'notes.json');
    expect(r).toMatchObject({ code: 'unknown_format', location: '$' });
    expect(r.reason).toContain('graph-api-json, graph-api-ndjson');
    expect(r.reason).not.toContain('Danh');
    expect(result.report).toMatchObject({ files: 2, posts: 1, comments: 1, reactions: 1, rejected: 1 });
  });

  test('malformed JSON in the middle: not_json at its line and column', () => {
    const content = '{\n  "data": [\n    {"id": "a", "created_time": 1}\n    {"id": "b"}\n  ]\n}\n';
    const result = ingest([{ name: 'bad.json', content }, good()]);
    expect(fileReject(result, 'bad.json')).toMatchObject({ code: 'not_json', location: 'line 4, column 5' });
    expect(result.report.posts).toBe(1);
  });

  test.each([
    ['zero bytes', new Uint8Array(0)],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only whitespace', ' \r\n\t\n'],
  ])('empty (%s): empty_file', (_label, content) => {
    const result = ingest([{ name: 'empty.json', content }, good()]);
    expect(fileReject(result, 'empty.json')).toMatchObject({ code: 'empty_file', location: '$' });
    expect(result.report).toMatchObject({ files: 2, posts: 1 });
  });

  test('truncated JSON (the export was cut off): truncated, located at the end', () => {
    const full = JSON.stringify(page(post('a'), post('b')), null, 2);
    const cut = full.slice(0, full.indexOf('"b"') + 2);
    const lines = cut.split('\n');
    const result = ingest([{ name: 'cut.json', content: cut }, good()]);
    expect(fileReject(result, 'cut.json')).toMatchObject({
      code: 'truncated',
      location: `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`,
    });
    expect(result.report).toMatchObject({ files: 2, posts: 1 });
  });

  test.each([
    ['data not an array', { data: { id: 'x' } }, '"data"'],
    ['a Graph API error response', { error: { message: 'Invalid OAuth access token.', code: 190 } }, 'error response'],
  ])('Graph API JSON of an unexpected shape (%s): unsupported_shape', (_label, value, hint) => {
    const result = ingest([jsonFile('odd.json', value), good()]);
    const r = fileReject(result, 'odd.json');
    expect(r).toMatchObject({ code: 'unsupported_shape', location: '$' });
    expect(r.reason).toContain(hint);
    expect(r.reason).not.toContain('OAuth');
    expect(result.report.posts).toBe(1);
  });

  test.each([
    ['an object without Graph API keys', { foo: 1 }],
    ['a number', 42],
  ])('JSON that is no known export (%s): unknown_format', (_label, value) => {
    const result = ingest([jsonFile('odd.json', value), good()]);
    expect(fileReject(result, 'odd.json')).toMatchObject({ code: 'unknown_format', location: '$' });
    expect(result.report.perFile.find((f) => f.file === 'odd.json')!.format).toBe('unknown');
  });

  test('a CSV whose header no adapter knows is unknown_format; a "Download your information" file is read by its adapter', () => {
    const result = ingest([
      { name: 'scores.csv', content: 'unit,week,score\nso-khdt,2025-03-03,81.5\n' },
      jsonFile('your_posts_1.json', [{ timestamp: 1375662123, data: [], title: 'x' }]),
      good(),
    ]);
    expect(fileReject(result, 'scores.csv').reason).toContain('CSV');
    expect(result.report.perFile.map((f) => [f.file, f.format, f.error?.split(':')[0]])).toEqual([
      ['good.json', 'graph-api-json', undefined], ['scores.csv', 'unknown', 'unknown_format'], ['your_posts_1.json', 'dyi-json', undefined],
    ]);
    expect(result.report).toMatchObject({ files: 3, posts: 2, comments: 1, reactions: 1, rejected: 1 });
  });
});

describe('a comments edge response (comments without their post)', () => {
  test('with no post of the input to go under, each comment is an orphan_comment; its replies parent_rejected', () => {
    const comments = {
      data: [
        { id: '99_1', created_time: '2015-07-05T20:29:44+0000', like_count: 1, from: { id: 'p1', name: 'A' } },
        { id: '99_2', created_time: '2015-07-05T20:30:44+0000', like_count: 0, from: { id: 'p2', name: 'B' }, comments: { data: [comment('99_3')] } },
      ],
      paging: { cursors: { after: 'x' } },
    };
    const result = ingest([jsonFile('post_comments.json', comments), good()]);
    expect(result.report.rejects.map((r) => [r.recordType, r.location, r.code])).toEqual([
      ['comment', 'data[0]', 'orphan_comment'],
      ['comment', 'data[1]', 'orphan_comment'],
      ['comment', 'data[1].comments.data[0]', 'parent_rejected'],
    ]);
    expect(result.report.perFile.find((f) => f.file === 'post_comments.json')).toMatchObject({ posts: 0, comments: 0, rejected: 3, error: null });
    expect(result.report).toMatchObject({ posts: 1, comments: 1 });
  });
});

test('every rejected record is counted: rejected = rejects.length = the sum over files', () => {
  const result = ingest([
    jsonFile('a.json', page(post('a'), { id: 'x' }, post('b', { message: 1 }))),
    ndjsonFile('b.ndjson', ['nope', post('c')]),
    { name: 'c.json', content: '' },
  ]);
  const { report } = result;
  expect(report.rejected).toBe(4);
  expect(report.rejects).toHaveLength(4);
  expect(report.perFile.reduce((s, f) => s + f.rejected, 0)).toBe(4);
});

describe('a .ndjson/.jsonl file in which no line is JSON is one file error, not a reject per line', () => {
  test('a CSV saved as .jsonl: unknown_format; forced to be read as NDJSON, each line not_json', () => {
    const csv = { name: 'renamed.jsonl', content: 'status_id,status_message\n1,a\n2,b\n3,c\n' };
    const detected = ingest([csv]);
    expect(detected.report.rejects.map((r) => [r.recordType, r.code])).toEqual([['file', 'unknown_format']]);
    const forced = ingest([csv], { format: 'graph-api-ndjson' });
    expect(forced.report.rejects.map((r) => [r.location, r.code])).toEqual([
      ['line 1', 'not_json'], ['line 2', 'not_json'], ['line 3', 'not_json'], ['line 4', 'not_json'],
    ]);
  });

  test('but one good line among bad ones is enough to read it line by line', () => {
    const result = ingest([ndjsonFile('mixed.ndjson', ['oops', '', 'still bad', post('a')])]);
    expect(result.report.rejects.map((r) => [r.location, r.code])).toEqual([['line 1', 'not_json'], ['line 3', 'not_json']]);
    expect(result.report.posts).toBe(1);
  });
});

test('many bad NDJSON lines in a big file are rejected in linear time', () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? JSON.stringify(post(`p${i}`)) : `{"id": "x${i}", oops`));
  const started = performance.now();
  const { report } = ingest([{ name: 'noisy.ndjson', content: `${lines.join('\n')}\n` }]);
  expect(report).toMatchObject({ posts: 25_000, rejected: 25_000 });
  expect(performance.now() - started).toBeLessThan(10_000);
});
