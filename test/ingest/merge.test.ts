import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { InputFile } from '../../src/model/types';
import { comment, ingest, jsonFile, ndjsonFile, page, post, reactors, sourceOf } from './helpers';

describe('overlapping exports are merged by id (SPEC 2.1; docs/decisions.md "Duplicates")', () => {
  // Two snapshots of the same page, named by date, that overlap on post p2.
  const march = jsonFile('2025-03-01.json', page(
    post('p1', { reactions: reactors('a', 'b') }),
    post('p2', {
      message: 'first copy',
      shares: { count: 3 },
      reactions: { data: [{ id: 'a', type: 'LIKE' }], summary: { total_count: 10 } },
      comments: { data: [comment('c1'), comment('c2', { comments: { data: [comment('r1')] } })], summary: { total_count: 5 } },
    }),
  ));
  const overlap = ndjsonFile('2025-03-15.ndjson', [
    post('p2', {
      message: 'second copy',
      shares: { count: 9 },
      reactions: { data: [{ id: 'a', type: 'LIKE' }, { id: 'c', type: 'WOW' }], summary: { total_count: 8 } },
      comments: { data: [comment('c2', { comments: { data: [comment('r1'), comment('r2')] } }), comment('c3')], summary: { total_count: 12 } },
    }),
    post('p3'),
  ]);

  test('each post, comment and reaction is counted once; duplicates count every record seen again', () => {
    const { dataset, report } = ingest([march, overlap]);
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

  test('the copy in the file that sorts last wins every single value, whatever the order the files are given in', () => {
    for (const files of [[march, overlap], [overlap, march]]) {
      const result = ingest(files);
      const p2 = result.dataset.posts.find((p) => p.id === 'p2')!;
      // The later snapshot's values, the summaries included (8 < 10: the later total, not the larger).
      expect(p2).toMatchObject({ message: 'second copy', sharesCount: 9, reactionsTotal: 8, commentsTotal: 12 });
      expect(sourceOf(result, p2)).toEqual({ file: '2025-03-15.ndjson', location: 'line 1' });
      // Each disagreement is one conflict, with both locations and no values.
      expect(result.report.conflicts).toEqual(['message', 'sharesCount', 'reactionsTotal', 'commentsTotal'].map((field) => ({
        recordType: 'post', id: 'p2', field,
        earlier: { file: '2025-03-01.json', location: 'data[1]', position: 3 },
        later: { file: '2025-03-15.ndjson', location: 'line 1', position: 0 },
      })));
      expect(result.report.perFile.map((f) => f.conflicts)).toEqual([0, 4]);
    }
  });

  test('a copy without a value (no message, hidden author, no count) changes nothing and is no conflict', () => {
    const result = ingest([
      jsonFile('a.json', [post('p', { message: 'kept', shares: { count: 3 }, comments: { data: [comment('c', { message: 'hỏi' })] } })]),
      jsonFile('b.json', [post('p', { message: '', from: null, shares: null, comments: { data: [comment('c', { message: null, from: { name: 'x' } })] } })]),
    ]);
    expect(result.dataset.posts[0]).toMatchObject({ message: 'kept', fromId: 'page', sharesCount: 3 });
    expect(result.dataset.comments[0]).toMatchObject({ message: 'hỏi', fromId: 'u-c' });
    expect(result.report.conflicts).toEqual([]);
  });

  test('the same post twice in one file is counted once, with its children as duplicates', () => {
    const p = post('p', { comments: { data: [comment('c')] }, reactions: reactors('a', 'b') });
    const { report } = ingest([jsonFile('twice.json', [p, p])]);
    expect(report).toMatchObject({ posts: 1, comments: 1, reactions: 2, duplicates: 4 });
  });

  test('the same file given twice: everything in the second is a duplicate, and no share is counted twice', () => {
    const f = jsonFile('a.json', page(post('o'), post('s', { parent_id: 'o', comments: { data: [comment('c')] }, reactions: reactors('x') })));
    const { report } = ingest([f, f]);
    expect(report).toMatchObject({ posts: 2, comments: 1, reactions: 1, shares: 1, duplicates: 4 });
  });

  test('a post rejected in one file and valid in another: the valid copy is the post, the rejection is still reported', () => {
    const { report, dataset } = ingest([
      jsonFile('a.json', [post('p', { created_time: 'bad', comments: { data: [comment('c1')] } })]),
      jsonFile('b.json', [post('p', { comments: { data: [comment('c1'), comment('c2')] } })]),
    ]);
    expect(report).toMatchObject({ posts: 1, comments: 2, duplicates: 1, rejected: 1 });
    expect(dataset.files[dataset.posts[0].file]).toBe('b.json');
  });

  test('ingest is O(records): 200 000 reactions, half of them duplicates, merge in seconds', () => {
    const big = (name: string, offset: number): InputFile =>
      jsonFile(name, page(...Array.from({ length: 100 }, (_, i) =>
        post(`p${i}`, { reactions: { data: Array.from({ length: 1000 }, (_, j) => ({ id: `u${(j + offset) % 1500}`, type: 'LIKE' })) } }))));
    const started = performance.now();
    const { report } = ingest([big('a.json', 0), big('b.json', 500)]);
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
    message: fc.constantFrom('a', 'b', ''),
    author: fc.constantFrom('u1', 'u2'),
    shares: fc.integer({ min: 0, max: 5 }),
    comments: fc.uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), { maxLength: 3 }),
    reactors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
    reaction: fc.constantFrom('LIKE', 'LOVE'),
    anonymous: fc.nat({ max: 2 }),
  });
  const arbFile = fc.array(arbPost, { maxLength: 4 });
  type ArbPost = typeof arbPost extends fc.Arbitrary<infer T> ? T : never;
  const toFile = (posts: ArbPost[], i: number): InputFile =>
    jsonFile(`f${i}.json`, page(...posts.map((p) => post(p.id, {
      created_time: 1_600_000_000 + Number(p.id.slice(1)) * (p.id === 'p4' ? 0 : 60),
      message: p.message,
      from: { id: p.author, name: p.author },
      shares: { count: p.shares },
      comments: { data: p.comments.map((c) => comment(`${p.id}_${c}`, { created_time: 1_600_000_000 + Number(c.slice(1)) })) },
      reactions: { data: [...p.reactors.map((id) => ({ id, type: p.reaction })), ...Array.from({ length: p.anonymous }, () => ({ type: 'WOW' }))] },
    }))));

  /** Some files and a permutation of them. */
  const arbFilesAndOrder = fc.array(arbFile, { minLength: 1, maxLength: 5 }).chain((files) =>
    fc.tuple(fc.constant(files), fc.shuffledSubarray(files.map((_, i) => i), { minLength: files.length, maxLength: files.length })));

  test('the dataset, the report and the snapshots do not depend on the order the files are given in (fast-check)', () => {
    fc.assert(
      fc.property(arbFilesAndOrder, ([files, order]) => {
        const inputs = files.map(toFile);
        const a = ingest(inputs);
        const b = ingest(order.map((i) => inputs[i]));
        expect(JSON.stringify(b.dataset)).toBe(JSON.stringify(a.dataset));
        expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
        expect([...b.snapshots.postCopies]).toEqual([...a.snapshots.postCopies]);
      }),
      { numRuns: 200 },
    );
  });

  test('every single value comes from the last file (by path) that has one; each change is a conflict (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(arbFile, { minLength: 1, maxLength: 5 }), (files) => {
        const { dataset, report } = ingest(files.map(toFile));
        for (const p of dataset.posts) {
          // Oracle: walk the copies in path order (f0 < f1 < …: fewer than 10 files) and keep the last value given.
          const copies = files.flatMap((f) => f.filter((c) => c.id === p.id));
          const lastOf = (pick: (c: ArbPost) => string | number) => copies.map(pick).filter((v) => v !== '').at(-1);
          expect(p.message).toBe(lastOf((c) => c.message) ?? '');
          expect(p.fromId).toBe(lastOf((c) => c.author));
          expect(p.sharesCount).toBe(lastOf((c) => c.shares));
          // A conflict for every change between a kept value and a later different one.
          let kept: string | undefined;
          let changes = 0;
          for (const c of copies) {
            if (c.message === '') continue;
            if (kept !== undefined && c.message !== kept) changes += 1;
            kept = c.message;
          }
          expect(report.conflicts.filter((x) => x.id === p.id && x.field === 'message')).toHaveLength(changes);
        }
        for (const r of dataset.reactions.filter((x) => x.actorId !== null)) {
          const last = files.flatMap((f) => f.filter((c) => c.id === r.targetId && (c.reactors as string[]).includes(r.actorId!))).at(-1)!;
          expect(r.type).toBe(last.reaction);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the same input gives the same result, byte for byte', () => {
    const files = [jsonFile('a.json', page(post('x', { reactions: reactors('b', 'a') }), post('y')))];
    expect(JSON.stringify(ingest(files))).toBe(JSON.stringify(ingest(files)));
  });
});
