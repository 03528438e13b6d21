import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeActorClassifier, unitAccountIndex } from '../../src/resolve/actors';
import { makeUnitAttribution } from '../../src/resolve/units';
import { unitNodeKey } from '../../src/resolve/resolved';
import { findPetitions } from '../../src/metrics/petitions';
import { at, comment, dataset, makeConfig, post, reaction, resolve } from '../helpers/dataset';
import { countMapSetOperations } from '../helpers/operations';
import { resolveData, type ResolvedData } from '../../src/resolve/resolved';

/** Each comment's thread root by its id (the comments' ids distinct). */
const rootsById = (data: ResolvedData) => Object.fromEntries(data.comments.map((c, i) => [c.id, data.commentThreadRoots[i]]));

describe('makeActorClassifier: who is who, in order of precedence (SPEC 3.2)', () => {
  const config = makeConfig({
    actors: [
      { id: 'dir-assoc', name: 'Nhóm Zalo', kind: 'association' },
      { id: 'dir-person', name: 'Công ty trong danh bạ', kind: 'individual' },
      { id: 'page', name: 'Directory page', kind: 'business' },
      { id: 'acc-tc', name: 'Directory says business', kind: 'business' },
    ],
  });
  const classify = makeActorClassifier(config);

  it('1. a unit\'s account is an agency with its unitId, whatever its name or directory entry', () => {
    expect(classify({ id: 'acc-khdt', name: 'Công ty TNHH giả' })).toEqual({ id: 'acc-khdt', name: 'Công ty TNHH giả', kind: 'agency', unitId: 'so-khdt' });
    expect(classify({ id: 'acc-khdt-2', name: null })).toMatchObject({ kind: 'agency', unitId: 'so-khdt' });
    expect(classify({ id: 'acc-tc', name: 'x' })).toMatchObject({ kind: 'agency', unitId: 'so-tc' });
  });

  it('2. the page id is the page (before the directory), named from the config when the export has no name', () => {
    expect(classify({ id: 'page', name: 'Hiệp hội trang' })).toEqual({ id: 'page', name: 'Hiệp hội trang', kind: 'page', unitId: null });
    expect(classify({ id: 'page', name: null })).toEqual({ id: 'page', name: 'DDCI Quảng Ninh', kind: 'page', unitId: null });
  });

  it('3. the actors directory gives the kind, over the markers in the name', () => {
    expect(classify({ id: 'dir-person', name: 'Công ty TNHH Hải Long' })).toMatchObject({ kind: 'individual', unitId: null });
    expect(classify({ id: 'dir-assoc', name: null })).toEqual({ id: 'dir-assoc', name: 'Nhóm Zalo', kind: 'association', unitId: null });
  });

  it('4. association markers come before business markers: "Hội Doanh nghiệp" is an association, not a business', () => {
    expect(classify({ id: 'x', name: 'Hội Doanh nghiệp trẻ Quảng Ninh' }).kind).toBe('association');
    expect(classify({ id: 'x', name: 'Hội doanh nghiệp tư nhân' }).kind).toBe('association');
    expect(classify({ id: 'x', name: 'Hiệp hội Du lịch – Công ty thành viên' }).kind).toBe('association');
  });

  it.each([
    ['Hiệp hội Du lịch Quảng Ninh'],
    ['Hội Doanh nghiệp TP Hạ Long'],
    ['Hội Doanh nhân trẻ'],
    ['Hội Nữ doanh nhân tỉnh'],
    ['Câu lạc bộ Doanh nghiệp Cẩm Phả'],
    ['CLB Doanh nghiệp Uông Bí'],
    ['HIEP HOI THUY SAN'],
  ])('each default association marker: %s → association', (name) => {
    expect(classify({ id: 'x', name }).kind).toBe('association');
  });

  it.each([
    ['Công ty Than Hạ Long'],
    ['Cty Minh Phát'],
    ['TNHH Hải Long'],
    ['Công ty Cổ phần Xi măng'],
    ['Cổ phần Vận tải'],
    ['Doanh nghiệp tư nhân Thành Đạt'],
    ['DNTN Hoàng Anh'],
    ['HTX Nông nghiệp Đầm Hà'],
    ['Hợp tác xã Rau sạch'],
    ['Tập đoàn Vingroup'],
    ['Quang Ninh Port JSC'],
    ['Hai Long Co., Ltd'],
    ['Ha Long Trading Company'],
  ])('each default business marker: %s → business', (name) => {
    expect(classify({ id: 'x', name }).kind).toBe('business');
  });

  it('folding makes `Cong ty TNHH` (no diacritics) and decomposed `Công ty` a business', () => {
    expect(classify({ id: 'x', name: 'Cong ty TNHH Hai Long' }).kind).toBe('business');
    expect(classify({ id: 'x', name: 'cong ty hai long' }).kind).toBe('business');
    expect(classify({ id: 'x', name: 'Công ty Hải Long'.normalize('NFD') }).kind).toBe('business');
  });

  it('5. otherwise an individual: no marker, a marker only inside a word, or no name', () => {
    expect(classify({ id: 'x', name: 'Nguyễn Văn Hội' }).kind).toBe('individual');
    expect(classify({ id: 'x', name: 'Phạm Doanh' }).kind).toBe('individual');
    expect(classify({ id: 'x', name: 'Hiệp Nguyễn' }).kind).toBe('individual');
    expect(classify({ id: 'x', name: 'Ctyxanh' }).kind).toBe('individual');
    expect(classify({ id: 'x', name: null })).toEqual({ id: 'x', name: null, kind: 'individual', unitId: null });
  });

  it('uses the config\'s markers instead of the defaults when given', () => {
    const custom = makeActorClassifier(makeConfig({ businessMarkers: ['nhà máy'], associationMarkers: ['liên minh'] }));
    expect(custom({ id: 'x', name: 'Công ty Hải Long' }).kind).toBe('individual');
    expect(custom({ id: 'x', name: 'Nha may Xi mang' }).kind).toBe('business');
    expect(custom({ id: 'x', name: 'Liên minh HTX' }).kind).toBe('association');
    expect(custom({ id: 'x', name: 'Hiệp hội Du lịch' }).kind).toBe('individual');
  });

  it('without a page in the config nothing is the page', () => {
    const noPage = makeActorClassifier(makeConfig({ page: undefined }));
    expect(noPage({ id: 'page', name: 'Trang' }).kind).toBe('individual');
  });

  it('unitAccountIndex maps every configured account to its unit', () => {
    expect([...unitAccountIndex(config)].sort()).toEqual([
      ['acc-cp', 'cam-pha'], ['acc-hl', 'ha-long'], ['acc-khdt', 'so-khdt'], ['acc-khdt-2', 'so-khdt'], ['acc-tc', 'so-tc'],
    ]);
  });
});

describe('makeActorClassifier: a name classified once for every actor who bears it', () => {
  it('gives each actor what a classifier made for it alone gives, however many actors share a name (fast-check)', () => {
    const config = makeConfig({ actors: [{ id: 'dir', name: 'Công ty trong danh bạ', kind: 'individual' }] });
    const names = ['Công ty TNHH Hải Long', 'Cong ty Hai Long', 'Hội Doanh nghiệp trẻ', 'Nguyễn Công Tỷ', 'Nguyễn An', '', null];
    const ids = ['a', 'b', 'c', 'dir', 'page', 'acc-tc', 'acc-khdt'];
    const actor = fc.record({ id: fc.constantFrom(...ids), name: fc.constantFrom(...names) });
    fc.assert(fc.property(fc.array(actor, { maxLength: 20 }), (actors) => {
      const shared = makeActorClassifier(config);
      for (const a of actors) expect(shared(a)).toEqual(makeActorClassifier(config)(a));
    }), { numRuns: 200 });
  });
});

describe('makeUnitAttribution: which unit a post belongs to (SPEC 3.3)', () => {
  const attribution = makeUnitAttribution(makeConfig());

  it('1. its from.id is one of the unit\'s accounts (either account of a unit)', () => {
    expect(attribution.postUnit(post('p', { from: 'acc-khdt' }))).toBe('so-khdt');
    expect(attribution.postUnit(post('p', { from: 'acc-khdt-2' }))).toBe('so-khdt');
  });

  it('2. else its admin_creator.id is (the page posting through a unit\'s admin)', () => {
    expect(attribution.postUnit(post('p', { from: 'page', admin: 'acc-hl', message: 'Sở Tài chính thông báo' }))).toBe('ha-long');
  });

  it('from.id wins over admin_creator.id', () => {
    expect(attribution.postUnit(post('p', { from: 'acc-tc', admin: 'acc-hl' }))).toBe('so-tc');
  });

  it('3. else, when posted by the page, the unit whose alias the message names (folded match)', () => {
    expect(attribution.postUnit(post('p', { message: 'Sở Tài chính thông báo lịch tiếp doanh nghiệp' }))).toBe('so-tc');
    expect(attribution.postUnit(post('p', { message: 'SO TAI CHINH thong bao' }))).toBe('so-tc');
    expect(attribution.postUnit(post('p', { message: 'Tin từ UBND Hạ Long.' }))).toBe('ha-long');
  });

  it('the first unit in config order wins when the page names several', () => {
    expect(attribution.postUnit(post('p', { message: 'Cẩm Phả phối hợp với Sở Tài chính và Sở KHĐT' }))).toBe('so-khdt');
    expect(attribution.postUnit(post('p', { message: 'Cẩm Phả phối hợp với Sở Tài chính' }))).toBe('so-tc');
  });

  it('an alias must be whole words: `Sở Tài chính` is not named in `Sở Tài chínhx`', () => {
    expect(attribution.postUnit(post('p', { message: 'Sở Tài chínhx' }))).toBeNull();
  });

  it('a page post naming no unit, a post by someone else naming a unit, and an anonymous post belong to no unit', () => {
    expect(attribution.postUnit(post('p', { message: 'Chúc mừng năm mới' }))).toBeNull();
    expect(attribution.postUnit(post('p', { from: 'biz', message: 'Gửi Sở Tài chính' }))).toBeNull();
    expect(attribution.postUnit(post('p', { from: null, message: 'Gửi Sở Tài chính' }))).toBeNull();
  });

  it('without a page in the config, aliases attribute nothing', () => {
    const noPage = makeUnitAttribution(makeConfig({ page: undefined }));
    expect(noPage.postUnit(post('p', { message: 'Sở Tài chính' }))).toBeNull();
    expect(noPage.postUnit(post('p', { from: 'acc-tc' }))).toBe('so-tc');
  });
});

describe('makeUnitAttribution: which unit a comment belongs to (SPEC 3.3)', () => {
  const attribution = makeUnitAttribution(makeConfig());

  it('written by one of the unit\'s accounts', () => {
    expect(attribution.commentUnit(comment('c', 'p', { from: 'acc-khdt-2' }))).toBe('so-khdt');
  });

  it('written by the page and naming the unit\'s alias: the page answering on the unit\'s behalf', () => {
    expect(attribution.commentUnit(comment('c', 'p', { from: 'page', message: 'Sở KHĐT trả lời: ...' }))).toBe('so-khdt');
    expect(attribution.commentUnit(comment('c', 'p', { from: 'page', message: 'So KHDT tra loi' }))).toBe('so-khdt');
  });

  it('the page naming no alias, anyone else naming one, and an anonymous comment belong to no unit', () => {
    expect(attribution.commentUnit(comment('c', 'p', { from: 'page', message: 'Cảm ơn bạn' }))).toBeNull();
    expect(attribution.commentUnit(comment('c', 'p', { from: 'biz', message: 'Sở KHĐT ơi?' }))).toBeNull();
    expect(attribution.commentUnit(comment('c', 'p', { from: null, message: 'Sở KHĐT ơi?' }))).toBeNull();
  });

  it('unitsNamedIn lists every unit named, in config order', () => {
    expect(attribution.unitsNamedIn('Cẩm Phả, TP Hạ Long và Sở Tài chính')).toEqual(['so-tc', 'ha-long', 'cam-pha']);
    expect(attribution.unitsNamedIn('')).toEqual([]);
    expect(attribution.unitsNamedIn('không ai')).toEqual([]);
  });
});

describe('resolveData', () => {
  it('keeps posts in [from, to) and lets comments and reactions follow their post, whatever their own time', () => {
    const data = resolve(
      {
        posts: [post('early', { h: -1 }), post('first', { h: 0 }), post('last', { h: 9.99 }), post('out', { h: 10 })],
        comments: [
          comment('c-first', 'first', { from: 'u1', h: 500 }),
          comment('c-out', 'out', { from: 'u1', h: 5 }),
        ],
        reactions: [reaction('first', 'u2'), reaction('out', 'u2'), reaction('c-first', 'u3', 'comment'), reaction('c-out', 'u3', 'comment')],
      },
      makeConfig(),
      { fromMs: at(0), toMs: at(10) },
    );
    expect(data.posts.map((p) => p.id)).toEqual(['first', 'last']);
    expect(data.comments.map((c) => c.id)).toEqual(['c-first']);
    expect(data.reactions.map((r) => r.targetId)).toEqual(['first', 'c-first']);
    expect(data.postById.has('out')).toBe(false);
    expect(data.commentById.has('c-out')).toBe(false);
  });

  it('resolves thread roots: a top-level comment heads its thread, replies at any depth point to it', () => {
    const data = resolve({
      posts: [post('p')],
      comments: [
        comment('top', 'p', { from: 'a' }),
        comment('r1', 'p', { from: 'b', parent: 'top' }),
        comment('r2', 'p', { from: 'c', parent: 'r1' }),
        comment('top2', 'p', { from: 'd' }),
        comment('orphan', 'p', { from: 'e', parent: 'missing' }),
        comment('orphan-reply', 'p', { from: 'e', parent: 'orphan' }),
      ],
    });
    expect(rootsById(data)).toEqual({
      top: 'top', r1: 'top', r2: 'top', top2: 'top2', orphan: 'missing', 'orphan-reply': 'missing',
    });
  });

  it('gives the same thread roots whatever the order of the comments (replies before their parents)', () => {
    const comments = [
      comment('r2', 'p', { from: 'c', parent: 'r1' }),
      comment('r1', 'p', { from: 'b', parent: 'top' }),
      comment('top', 'p', { from: 'a' }),
    ];
    expect(rootsById(resolve({ posts: [post('p')], comments }))).toEqual({ top: 'top', r1: 'top', r2: 'top' });
  });

  it('terminates on a cycle of parents in malformed data', () => {
    const data = resolve({
      posts: [post('p')],
      comments: [comment('x', 'p', { from: 'a', parent: 'y' }), comment('y', 'p', { from: 'b', parent: 'x' })],
    });
    expect(data.commentThreadRoots[0]).toBe(data.commentThreadRoots[1]);
  });

  it('lists each post\'s comments oldest first, ties by id', () => {
    const data = resolve({
      posts: [post('p')],
      comments: [comment('c3', 'p', { from: 'a', h: 3 }), comment('c2b', 'p', { from: 'a', h: 2 }), comment('c2a', 'p', { from: 'a', h: 2 }), comment('c1', 'p', { from: 'a', h: 1 })],
    });
    expect(data.commentsByPost.get('p')!.map((c) => c.id)).toEqual(['c1', 'c2a', 'c2b', 'c3']);
  });

  it('collapses a unit\'s accounts into `unit:<id>`; other actors keep their id; anonymous is null', () => {
    const data = resolve({ posts: [post('p', { from: 'acc-khdt' })], reactions: [reaction('p', 'acc-khdt-2'), reaction('p', 'u1')] });
    expect(unitNodeKey('so-khdt')).toBe('unit:so-khdt');
    expect(data.nodeOfActor('acc-khdt')).toBe('unit:so-khdt');
    expect(data.nodeOfActor('acc-khdt-2')).toBe('unit:so-khdt');
    expect(data.nodeOfActor('u1')).toBe('u1');
    expect(data.nodeOfActor('page')).toBe('page');
    expect(data.nodeOfActor(null)).toBeNull();
  });

  it('collapses a unit account into its unit even when the dataset\'s actor list omits it (SPEC 3.5)', () => {
    const ds = { ...dataset({ posts: [post('p', { from: 'biz' })], reactions: [reaction('p', 'acc-khdt-2')] }), actors: [] };
    const data = resolve(ds);
    expect(data.nodeOfActor('acc-khdt-2')).toBe('unit:so-khdt');
    expect(data.actors.get('acc-khdt-2')).toMatchObject({ kind: 'agency', unitId: 'so-khdt' });
  });

  it('gives content that belongs to a unit that unit as its author (page posts and answers included)', () => {
    const data = resolve({
      posts: [post('p1', { message: 'Sở Tài chính thông báo' }), post('p2', { message: 'Tin chung' }), post('p3', { from: 'biz' })],
      comments: [
        comment('c1', 'p2', { from: 'page', message: 'Cẩm Phả trả lời' }),
        comment('c2', 'p2', { from: 'page', message: 'Cảm ơn' }),
        comment('c3', 'p2', { from: null }),
      ],
    });
    expect(data.postUnit.get('p1')).toBe('so-tc');
    expect(data.postAuthorNode(data.postById.get('p1')!)).toBe('unit:so-tc');
    expect(data.postAuthorNode(data.postById.get('p2')!)).toBe('page');
    expect(data.postAuthorNode(data.postById.get('p3')!)).toBe('biz');
    expect(data.commentAuthorNode(data.commentById.get('c1')!)).toBe('unit:cam-pha');
    expect(data.commentAuthorNode(data.commentById.get('c2')!)).toBe('page');
    expect(data.commentAuthorNode(data.commentById.get('c3')!)).toBeNull();
  });

  it('the per-record arrays are the by-id answers, record by record (commentUnits, commentAuthorNodeIds, reactionNodeIds)', () => {
    const data = resolve({
      posts: [post('p1', { from: 'acc-tc' }), post('p2', { from: 'page' })],
      comments: [
        comment('c1', 'p2', { from: 'page', message: 'Cẩm Phả trả lời' }),
        comment('c2', 'p1', { from: 'biz' }),
        comment('c3', 'p2', { from: null }),
        comment('c4', 'p1', { from: 'acc-tc', parent: 'c2' }),
      ],
      reactions: [reaction('p1', 'acc-tc'), reaction('p1', 'biz'), reaction('c2', 'ann', 'comment'), reaction('p2', 'anon:1')],
    });
    const keyOf = (n: number) => (n < 0 ? null : data.nodeKeys[n]);
    expect(data.commentUnits).toEqual(data.comments.map((c) => data.attribution.commentUnit(c)));
    expect(Array.from(data.commentAuthorNodeIds, keyOf)).toEqual(data.comments.map((c) => data.commentAuthorNode(c)));
    expect(Array.from(data.commentAuthorNodeIds, keyOf)).toEqual(['unit:cam-pha', 'biz', null, 'unit:so-tc']);
    expect(data.commentThreadRoots).toEqual(['c1', 'c2', 'c3', 'c2']);
    expect(Array.from(data.reactionNodeIds, keyOf)).toEqual(data.reactions.map((r) => data.nodeOfActor(r.actorId)));
    expect(Array.from(data.reactionNodeIds, keyOf)).toEqual(['unit:so-tc', 'biz', 'ann', 'actor:anon:1']);
  });

  it('two comments with one id (a dataset made by hand): the arrays give both the last one\'s unit, as by id', () => {
    const data = resolve({
      posts: [post('p1', { from: 'acc-tc' }), post('p2', { from: 'page' })],
      comments: [comment('c1', 'p1', { from: 'biz' }), comment('c1', 'p2', { from: 'page', message: 'Cẩm Phả trả lời' })],
    });
    expect(data.comments.length).toBe(2);
    const last = data.commentById.get('c1')!;
    expect(last).toBe(data.comments[1]);
    expect(data.commentUnits).toEqual([data.attribution.commentUnit(last), data.attribution.commentUnit(last)]);
    expect(data.commentUnits).toEqual(['cam-pha', 'cam-pha']);
    expect(Array.from(data.commentAuthorNodeIds, (n) => data.nodeKeys[n])).toEqual(data.comments.map((c) => data.commentAuthorNode(c)));
    expect(data.commentThreadRoots).toEqual(['c1', 'c1']);
  });

  it('the numbered nodes and positions are the by-id answers, on any dataset, duplicate ids and dangling parents included (fast-check)', () => {
    const ids = ['p1', 'p2', 'p3', 'c1', 'c2', 'c3', 'c4', 'gone'];
    const actorIds = ['acc-tc', 'acc-khdt', 'acc-khdt-2', 'page', 'biz', 'ann', null];
    const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
    const records = fc.record({
      posts: fc.array(fc.record({ id: pick(ids.slice(0, 3)), from: pick(actorIds) }), { maxLength: 5 }),
      comments: fc.array(fc.record({ id: pick(ids.slice(3, 7)), post: pick(ids), parent: pick([null, ...ids.slice(3)]), from: pick(actorIds) }), { maxLength: 8 }),
      reactions: fc.array(fc.record({ target: pick(ids), type: pick(['post', 'comment'] as const), from: pick(actorIds) }), { maxLength: 12 }),
    });
    fc.assert(fc.property(records, (r) => {
      const data = resolve({
        posts: r.posts.map((p, i) => post(p.id, { from: p.from, h: i })),
        comments: r.comments.map((c, i) => comment(c.id, c.post, { from: c.from, parent: c.parent, h: i })),
        reactions: r.reactions.map((x) => reaction(x.target, x.from, x.type)),
      });
      const keyOf = (n: number) => (n < 0 ? null : data.nodeKeys[n]);
      expect(Array.from(data.reactionNodeIds, keyOf)).toEqual(data.reactions.map((x) => data.nodeOfActor(x.actorId)));
      expect(Array.from(data.commentAuthorNodeIds, keyOf)).toEqual(data.comments.map((c) => data.commentAuthorNode(c)));
      expect(new Set(data.nodeKeys).size).toBe(data.nodeKeys.length); // one number per node
      // Positions point at the record `postById` / `commentById` holds (the last with that id).
      const recordAt = (t: number) => (t < data.posts.length ? data.posts[t] : data.comments[t - data.posts.length]);
      data.reactions.forEach((x, i) => {
        expect(recordAt(data.reactionTargets[i])).toBe(x.targetType === 'post' ? data.postById.get(x.targetId) : data.commentById.get(x.targetId));
      });
      data.comments.forEach((c, i) => {
        expect(data.commentPosts[i] < 0 ? undefined : data.posts[data.commentPosts[i]]).toBe(data.postById.get(c.postId));
        const parent = c.parentId === null ? undefined : data.commentById.get(c.parentId);
        expect(data.commentParents[i] < 0 ? undefined : data.comments[data.commentParents[i]]).toBe(parent);
      });
    }), { numRuns: 300 });
  });

  it('resolves the page even when it never appears in the records', () => {
    const data = resolve({});
    expect(data.actors.get('page')).toEqual({ id: 'page', name: 'DDCI Quảng Ninh', kind: 'page', unitId: null });
  });

  it('classifies every actor of the dataset', () => {
    const data = resolve({
      posts: [post('p')],
      comments: [comment('c1', 'p', { from: 'biz' }), comment('c2', 'p', { from: 'hh' }), comment('c3', 'p', { from: 'acc-hl' })],
      names: { biz: 'Công ty TNHH Hải Long', hh: 'Hội Doanh nghiệp Hạ Long' },
    });
    expect(data.actors.get('biz')?.kind).toBe('business');
    expect(data.actors.get('hh')?.kind).toBe('association');
    expect(data.actors.get('acc-hl')).toMatchObject({ kind: 'agency', unitId: 'ha-long' });
  });
});

describe('resolveData: look-ups per record (regression guards)', () => {
  const config = makeConfig();
  const posts = [post('p1', { from: 'acc-khdt' }), post('p2', { from: 'biz', h: 1 })];
  const comments = [comment('c1', 'p1', { from: 'ann', h: 2 }), comment('c2', 'p2', { from: 'biz', h: 3, parent: 'c1' })];
  const reactors = ['ann', 'biz', 'hh', 'acc-tc', null];
  const targets = [['p1', 'post'], ['c1', 'comment'], ['p2', 'post'], ['c2', 'comment'], ['gone', 'post']] as const;
  /** `times` reactions by each reactor on each target, grouped by target (ingest's order). */
  const reactionsOf = (times: number) => targets.flatMap(([id, type]) => Array.from({ length: times }, () => reactors.map((r) => reaction(id, r, type))).flat());

  it('places a reaction with its predecessor\'s target without a look-up: one Map operation per further reaction (its actor\'s node), none for an anonymous one', () => {
    const calls = (times: number) => {
      const ds = dataset({ posts, comments, reactions: reactionsOf(times) });
      return countMapSetOperations(() => resolveData(ds, config)).calls;
    };
    calls(1); // first run: whatever is made once per process
    const identified = reactors.filter((r) => r !== null).length;
    // Each further copy adds, per target, one reaction per reactor; the four identified ones cost a look-up each, but only on the four targets in the data.
    expect(calls(11) - calls(2)).toBe(9 * identified * (targets.length - 1));
  });

  it('reads each comment\'s parent id once to thread it (and again only for a parent outside the data, which heads its thread)', () => {
    const comments = [
      comment('t1', 'p1', { from: 'ann', h: 1 }),
      comment('r1', 'p1', { from: 'biz', h: 2, parent: 't1' }),
      comment('r2', 'p1', { from: 'hh', h: 3, parent: 'r1' }),
      comment('r3', 'p2', { from: 'ann', h: 4, parent: 'gone' }), // its parent is not in the data
      comment('r4', 'p2', { from: 'biz', h: 5, parent: 'r3' }),
      comment('t2', 'p2', { from: 'hh', h: 6 }),
    ];
    let reads = 0;
    const counted = comments.map((c) => new Proxy(c, { get: (target, key, receiver) => { if (key === 'parentId') reads++; return Reflect.get(target, key, receiver); } }));
    const ds = dataset({ posts, comments: counted });
    reads = 0;
    const data = resolveData(ds, config);
    expect(data.commentThreadRoots).toEqual(['t1', 't1', 't1', 'gone', 'gone', 't2']);
    expect(reads).toBe(comments.length + 1);
  });

  it('looks each comment\'s post up once: four Map operations per further comment (its post, its id, its unit account, its author\'s node)', () => {
    const calls = (extra: number) => {
      const more = Array.from({ length: extra }, (_, i) => comment(`x${i}`, 'p1', { from: 'ann', h: 10 + i }));
      const ds = dataset({ posts, comments: [...comments, ...more] });
      return countMapSetOperations(() => resolveData(ds, config)).calls;
    };
    calls(1); // first run: whatever is made once per process
    expect(calls(11) - calls(10)).toBe(4);
    expect(calls(30) - calls(10)).toBe(4 * 20);
  });
});

describe('comments kept under a rejected post (decisions.md: valid children are kept)', () => {
  const input = {
    posts: [post('p1', { from: 'acc-tc' })],
    // 'p-rejected' was rejected at ingest (it had an id): its comments stay in the dataset.
    comments: [
      comment('c1', 'p-rejected', { from: 'biz-1', message: 'Xin hỏi Sở Tài chính về hồ sơ?' }),
      comment('c2', 'p-rejected', { from: 'acc-tc', parent: 'c1', h: 2 }),
    ],
  };

  it('take part in an open-period analysis: their thread, unit and authors resolve', () => {
    const data = resolve(input);
    expect(data.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(data.commentThreadRoots[1]).toBe('c1');
    expect(data.commentUnits[1]).toBe('so-tc');
    expect(data.postById.has('p-rejected')).toBe(false);
  });

  it('their questions are routed like those under a unit-less post (here by alias) and answered in thread', () => {
    const [petition] = findPetitions(resolve(input), { workingHoursBetween: (a, b) => (b - a) / 3_600_000, slaWorkingHours: 8 });
    expect(petition).toMatchObject({ unitId: 'so-tc', routedBy: 'alias', onTime: true });
    expect(petition.response?.id).toBe('c2');
  });

  it('are left out when from/to bound the period (their post has no time to place them)', () => {
    const data = resolve(input, makeConfig(), { fromMs: at(-1), toMs: at(100) });
    expect(data.comments).toEqual([]);
  });
});
