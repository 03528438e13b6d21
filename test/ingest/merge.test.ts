import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ingestGraphApi } from '../../src/ingest/index';
import type { InputFile } from '../../src/model/types';
import { comment, jsonFile, ndjsonFile, page, post, reactors } from './helpers';

describe('overlapping exports are merged by id (docs/decisions.md "Duplicates")', () => {
  // Two exports of the same page that overlap on post p2.
  const march = jsonFile('2025-03.json', page(
    post('p1', { reactions: reactors('a', 'b') }),
    post('p2', {
      message: 'first copy',
      shares: { count: 3 },
      reactions: { data: [{ id: 'a', type: 'LIKE' }], summary: { total_count: 10 } },
      comments: { data: [comment('c1'), comment('c2', { comments: { data: [comment('r1')] } })], summary: { total_count: 5 } },
    }),
  ));
  const overlap = ndjsonFile('2025-03-b.ndjson', [
    post('p2', {
      message: 'second copy',
      shares: { count: 9 },
      reactions: { data: [{ id: 'a', type: 'LIKE' }, { id: 'c', type: 'WOW' }], summary: { total_count: 8 } },
      comments: { data: [comment('c2', { comments: { data: [comment('r1'), comment('r2')] } }), comment('c3')], summary: { total_count: 12 } },
    }),
    post('p3'),
  ]);

  test('each post, comment and reaction is counted once; duplicates count every record seen again', () => {
    const { dataset, report } = ingestGraphApi([march, overlap]);
    expect(report).toMatchObject({ files: 2, posts: 3, comments: 5, reactions: 4, rejected: 0 });
    // Seen again in the second file: post p2, comment c2, reply r1, reaction (p2, a) = 4.
    expect(report.duplicates).toBe(4);
    expect(report.perFile.map((f) => [f.posts, f.comments, f.reactions, f.duplicates])).toEqual([
      [2, 3, 3, 0],
      [1, 2, 1, 4],
    ]);
    expect(dataset.comments.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'r1', 'r2']);
    expect(dataset.reactions.filter((r) => r.targetId === 'p2').map((r) => r.actorId)).toEqual(['a', 'c']);
  });

  test("the first copy's fields are kept; shares.count and the summaries take the larger value", () => {
    const { dataset } = ingestGraphApi([march, overlap]);
    const p2 = dataset.posts.find((p) => p.id === 'p2')!;
    expect(p2).toMatchObject({ message: 'first copy', sharesCount: 9, reactionsTotal: 10, commentsTotal: 12 });
    expect(p2.source).toEqual({ file: '2025-03.json', location: 'data[1]' });
    const reversed = ingestGraphApi([overlap, march]).dataset.posts.find((p) => p.id === 'p2')!;
    expect(reversed).toMatchObject({ message: 'second copy', sharesCount: 9, reactionsTotal: 10, commentsTotal: 12 });
  });

  test('the same post twice in one file is counted once, with its children as duplicates', () => {
    const p = post('p', { comments: { data: [comment('c')] }, reactions: reactors('a', 'b') });
    const { report } = ingestGraphApi([jsonFile('twice.json', [p, p])]);
    expect(report).toMatchObject({ posts: 1, comments: 1, reactions: 2, duplicates: 4 });
  });

  test('the same file given twice: everything in the second is a duplicate, and no share is counted twice', () => {
    const f = jsonFile('a.json', page(post('o'), post('s', { parent_id: 'o', comments: { data: [comment('c')] }, reactions: reactors('x') })));
    const { report } = ingestGraphApi([f, f]);
    expect(report).toMatchObject({ posts: 2, comments: 1, reactions: 1, shares: 1, duplicates: 4 });
  });

  test('a post rejected in one file and valid in another: the valid copy is the post, the rejection is still reported', () => {
    const { report, dataset } = ingestGraphApi([
      jsonFile('a.json', [post('p', { created_time: 'bad', comments: { data: [comment('c1')] } })]),
      jsonFile('b.json', [post('p', { comments: { data: [comment('c1'), comment('c2')] } })]),
    ]);
    expect(report).toMatchObject({ posts: 1, comments: 2, duplicates: 1, rejected: 1 });
    expect(dataset.posts[0].source.file).toBe('b.json');
  });

  test('ingest is O(records): 200 000 reactions, half of them duplicates, merge in seconds', () => {
    const big = (name: string, offset: number): InputFile =>
      jsonFile(name, page(...Array.from({ length: 100 }, (_, i) =>
        post(`p${i}`, { reactions: { data: Array.from({ length: 1000 }, (_, j) => ({ id: `u${(j + offset) % 1500}`, type: 'LIKE' })) } }))));
    const started = performance.now();
    const { report } = ingestGraphApi([big('a.json', 0), big('b.json', 500)]);
    const elapsed = performance.now() - started;
    expect(report.reactions).toBe(100 * 1500);
    expect(report.duplicates).toBe(100 + 100 * 500); // the 100 posts and their shared reactors
    // A quadratic merge would take minutes here; linear work takes well under a second.
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('determinism', () => {
  // A small universe of overlapping records, so random files collide often.
  const arbPost = fc.record({
    id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    // Copies of a post may differ (first copy wins) in everything but the fields compared below.
    message: fc.constantFrom('a', 'b'),
    shares: fc.integer({ min: 0, max: 5 }),
    comments: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), { maxLength: 3 }),
    reactors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
    anonymous: fc.nat({ max: 2 }),
  });
  const arbFile = fc.array(arbPost, { maxLength: 4 });
  type ArbPost = typeof arbPost extends fc.Arbitrary<infer T> ? T : never;
  const toFile = (posts: ArbPost[], i: number): InputFile =>
    jsonFile(`f${i}.json`, page(...posts.map((p) => post(p.id, {
      created_time: 1_600_000_000 + Number(p.id.slice(1)) * (p.id === 'p4' ? 0 : 60),
      message: p.message,
      shares: { count: p.shares },
      comments: { data: p.comments.map((c) => comment(`${p.id}_${c}`, { created_time: 1_600_000_000 + Number(c.slice(1)) })) },
      reactions: { data: [...p.reactors.map((id) => ({ id, type: 'LIKE' })), ...Array.from({ length: p.anonymous }, () => ({ type: 'WOW' }))] },
    }))));
  const counts = (files: InputFile[]) => {
    const { report } = ingestGraphApi(files);
    const { perFile: _perFile, rejects: _rejects, ...totals } = report;
    return totals;
  };

  /** Some files and a permutation of them. */
  const arbFilesAndOrder = fc.array(arbFile, { minLength: 1, maxLength: 5 }).chain((files) =>
    fc.tuple(fc.constant(files), fc.shuffledSubarray(files.map((_, i) => i), { minLength: files.length, maxLength: files.length })));

  test('the counts do not depend on the order of the files (fast-check)', () => {
    fc.assert(
      fc.property(arbFilesAndOrder, ([files, order]) => {
        const inputs = files.map(toFile);
        expect(counts(order.map((i) => inputs[i]))).toEqual(counts(inputs));
      }),
      { numRuns: 200 },
    );
  });

  test('the records, their order, share counts and actors do not depend on file order (fast-check)', () => {
    fc.assert(
      fc.property(arbFilesAndOrder, ([files, order]) => {
        const inputs = files.map(toFile);
        const a = ingestGraphApi(inputs).dataset;
        const b = ingestGraphApi(order.map((i) => inputs[i])).dataset;
        // Everything but the fields of "first copy wins" (message, source).
        const keys = (d: typeof a) => ({
          posts: d.posts.map((p) => [p.id, p.time, p.sharesCount, p.reactionsTotal, p.commentsTotal]),
          comments: d.comments.map((c) => [c.id, c.postId, c.parentId, c.time]),
          reactions: d.reactions.map((r) => `${r.targetId}/${r.actorId}/${r.type}`),
          actors: d.actors,
          shares: d.shares.map((s) => s.postId),
        });
        expect(keys(b)).toEqual(keys(a));
      }),
      { numRuns: 200 },
    );
  });

  test('the same input gives the same result, byte for byte', () => {
    const files = [jsonFile('a.json', page(post('x', { reactions: reactors('b', 'a') }), post('y')))];
    expect(JSON.stringify(ingestGraphApi(files))).toBe(JSON.stringify(ingestGraphApi(files)));
  });
});
