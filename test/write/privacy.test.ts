import { createHmac } from 'node:crypto';
import { DirectedGraph, MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { comment, dataset, ingested, makeConfig, post, reaction, resolve } from '../helpers/dataset';
import { interactionListArbitrary } from '../helpers/interactions';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { collectInteractions, interactionGraph, type NodeAttributes } from '../../src/graph/build';
import { parseNodeKey } from '../../src/resolve/nodeKey';
import type { Analysis } from '../../src/analysis/schema';
import {
  makeNameRedactor, makePrivacy, makePseudonymizer, makeRecordRedactor, MAX_RECORD_DEPTH, PERSONAL_FIELDS, privacyOf, pseudonymizeGraph, pseudonymizeInteractionList, pseudonymizeInteractions, rewritePersonalFields,
} from '../../src/analysis/privacy';

describe('makePseudonymizer with a key', () => {
  it('is anon: + the first 16 hex digits of HMAC-SHA256(key, id) (oracle: node:crypto)', () => {
    const pseudonym = makePseudonymizer({ key: 'khóa bí mật' });
    for (const id of ['100012345678901', '42', 'Nguyễn Văn A', '']) {
      const expected = createHmac('sha256', 'khóa bí mật').update(id, 'utf8').digest('hex').slice(0, 16);
      expect(pseudonym(id)).toBe(`anon:${expected}`);
    }
  });

  it('is stable across pseudonymisers and runs, whatever the order of calls', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 20 }), fc.string({ minLength: 1 }), (ids, key) => {
      const a = makePseudonymizer({ key });
      const b = makePseudonymizer({ key });
      const forward = ids.map(a);
      const backward = [...ids].reverse().map(b).reverse();
      expect(backward).toEqual(forward);
      for (const p of forward) expect(p).toMatch(/^anon:[0-9a-f]{16}$/);
    }));
  });

  it('differs between keys and between ids', () => {
    const a = makePseudonymizer({ key: 'one' });
    const b = makePseudonymizer({ key: 'two' });
    expect(a('100')).not.toBe(b('100'));
    expect(a('100')).not.toBe(a('101'));
  });
});

describe('makePseudonymizer without a key', () => {
  it('numbers ids 1, 2, 3 … by order of first call', () => {
    const pseudonym = makePseudonymizer();
    expect(['b', 'a', 'b', 'c', 'a'].map(pseudonym)).toEqual(['anon:1', 'anon:2', 'anon:1', 'anon:3', 'anon:2']);
  });

  it('starts again at 1 for a new pseudonymiser; an empty key counts as none', () => {
    expect(makePseudonymizer()('x')).toBe('anon:1');
    expect(makePseudonymizer({ key: '' })('y')).toBe('anon:1');
  });

  it('rejects unknown options and non-string keys', () => {
    expect(() => makePseudonymizer({ salt: 'x' } as never)).toThrow(/unknown option "salt"/);
    expect(() => makePseudonymizer({ key: 42 } as never)).toThrow(/key must be a string/);
  });
});

function sampleGraph(): DirectedGraph {
  const graph = new DirectedGraph();
  graph.addNode('unit:so-khdt', { kind: 'agency', label: 'Sở Kế hoạch và Đầu tư', unitId: 'so-khdt' });
  graph.addNode('200001', { kind: 'association', label: 'Hiệp hội Doanh nghiệp tỉnh Quảng Ninh', unitId: null });
  graph.addNode('300001', { kind: 'business', label: 'Công ty TNHH Than Hòn Gai', unitId: null });
  graph.addNode('900002', { kind: 'individual', label: 'Trần Thị B', unitId: null });
  graph.addNode('900001', { kind: 'individual', label: 'Nguyễn Văn A', unitId: null });
  graph.addDirectedEdge('900001', 'unit:so-khdt', { weight: 3, comment: 1, reply: 0, reaction: 2, share: 0, mention: 0 });
  graph.addDirectedEdge('900002', '900001', { weight: 1, comment: 0, reply: 1, reaction: 0, share: 0, mention: 0 });
  graph.addDirectedEdgeWithKey('300001->900002', '300001', '900002', { weight: 2, comment: 0, reply: 0, reaction: 0, share: 0, mention: 2 });
  graph.addDirectedEdge('200001', 'unit:so-khdt', { weight: 5, comment: 0, reply: 0, reaction: 0, share: 5, mention: 0 });
  return graph;
}

const isIndividual = (_key: string, attributes: Record<string, unknown>) => attributes.kind === 'individual';

describe('pseudonymizeGraph', () => {
  it('renames individuals, removes their labels, and leaves organisations untouched', () => {
    const graph = sampleGraph();
    const safe = pseudonymizeGraph(graph, isIndividual, makePseudonymizer());
    expect(safe.nodes()).toEqual(['unit:so-khdt', '200001', '300001', 'anon:1', 'anon:2']);
    expect(safe.getNodeAttributes('anon:1')).toEqual({ kind: 'individual', label: null, unitId: null });
    expect(safe.getNodeAttributes('anon:2')).toEqual({ kind: 'individual', label: null, unitId: null });
    for (const key of ['unit:so-khdt', '200001', '300001']) {
      expect(safe.getNodeAttributes(key)).toEqual(graph.getNodeAttributes(key));
    }
    const text = JSON.stringify(safe.export());
    for (const secret of ['900001', '900002', 'Nguyễn Văn A', 'Trần Thị B']) expect(text).not.toContain(secret);
  });

  it('keeps every edge, its direction and attributes; an edge key that holds an individual\'s id gets a neutral key', () => {
    const graph = sampleGraph();
    const pseudonym = makePseudonymizer({ key: 'k' });
    const safe = pseudonymizeGraph(graph, isIndividual, pseudonym);
    expect(safe.size).toBe(graph.size);
    expect(safe.type).toBe('directed');
    const a = pseudonym('900001');
    const b = pseudonym('900002');
    expect(safe.getEdgeAttributes(safe.edge(a, 'unit:so-khdt')!)).toEqual({ weight: 3, comment: 1, reply: 0, reaction: 2, share: 0, mention: 0 });
    expect(safe.hasDirectedEdge(b, a)).toBe(true);
    expect(safe.hasDirectedEdge(a, b)).toBe(false);
    expect(safe.hasEdge('300001->900002')).toBe(false);
    const mention = safe.edge('300001', b)!;
    expect(mention).toMatch(/^anon-edge:\d+$/);
    expect(safe.getEdgeAttribute(mention, 'mention')).toBe(2);
    safe.forEachEdge((key) => { for (const id of ['900001', '900002']) expect(key).not.toContain(id); });
  });

  it('keeps edge keys that hold no individual\'s id, even when an id is a digit they contain', () => {
    const graph = new DirectedGraph();
    graph.addNode('1', { kind: 'individual', label: 'Lê Văn Một' });
    graph.addNode('2', { kind: 'business', label: 'Công ty Hai' });
    graph.addNode('3', { kind: 'business', label: 'Công ty Ba' });
    graph.addDirectedEdgeWithKey('e0', '2', '3', { weight: 1 });
    graph.addDirectedEdgeWithKey('e1', '1', '2', { weight: 1 });
    graph.addDirectedEdgeWithKey('e11', '1', '3', { weight: 1 });
    const safe = pseudonymizeGraph(graph, isIndividual, makePseudonymizer());
    expect(safe.hasEdge('e0')).toBe(true);
    expect(safe.edges().sort()).toEqual(['anon-edge:1', 'anon-edge:2', 'e0']);
    expect(safe.size).toBe(3);
  });

  it('pseudonymizeInteractions gives the graph pseudonymizeGraph gives of the list\'s graph (oracle), keys and order included', () => {
    const node = (key: string, kind: NodeAttributes['kind'], label: string) => ({ key, attributes: { kind, label, unitId: null } });
    const edge = (source: string, target: string, weight: number) => ({
      source, target, attributes: { weight, comment: weight, reply: 0, reaction: 0, share: 0, mention: 0 },
    });
    // Edge keys e0, e1, … contain the digit keys of individuals '1' and '0': those edges get neutral keys.
    const list = {
      nodes: [node('0', 'individual', 'Lê Văn Không'), node('1', 'individual', 'Lê Văn Một'), node('2', 'business', 'Công ty Hai'), node('3', 'business', 'Công ty Ba')],
      edges: [edge('0', '2', 1), edge('1', '2', 2), edge('1', '3', 1), edge('2', '3', 4), edge('3', '0', 5), edge('3', '1', 6)],
    };
    const expected = pseudonymizeGraph(interactionGraph(list), isIndividual, makePseudonymizer()).export();
    const safe = pseudonymizeInteractions(list, isIndividual, makePseudonymizer()).export();
    expect(safe).toEqual(expected);
    expect(safe.edges.some((e) => e.key!.startsWith('anon-edge:'))).toBe(true);
  });

  it('pseudonymizeInteractions reads a list\'s edge positions when it has them: the same graph as by keys', () => {
    const node = (key: string, kind: NodeAttributes['kind']) => ({ key, attributes: { kind, label: key, unitId: null } });
    const edge = (source: string, target: string) => ({ source, target, attributes: { weight: 1, comment: 1, reply: 0, reaction: 0, share: 0, mention: 0 } });
    const nodes = [node('1', 'individual'), node('a', 'business'), node('b', 'individual')];
    const edges = [edge('a', 'b'), edge('1', 'a'), edge('b', '1')];
    const positions = { source: Int32Array.from([1, 0, 2]), target: Int32Array.from([2, 1, 0]) };
    const byKeys = pseudonymizeInteractions({ nodes, edges }, isIndividual, makePseudonymizer()).export();
    expect(pseudonymizeInteractions({ nodes, edges, positions }, isIndividual, makePseudonymizer()).export()).toEqual(byKeys);
    // Only the key of the edge from the individual '1' contains its id ('e1'): that one is replaced.
    expect(byKeys.edges.map((e) => e.key)).toEqual(['e0', 'anon-edge:1', 'e2']);
  });

  it('does not modify the input graph', () => {
    const graph = sampleGraph();
    const before = JSON.stringify(graph.export());
    pseudonymizeGraph(graph, isIndividual, makePseudonymizer());
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('keeps the graph type and options (multi, undirected)', () => {
    const graph = new MultiGraph({ type: 'undirected' });
    graph.addNode('p1', { kind: 'individual', label: 'X' });
    graph.addNode('o1', { kind: 'business', label: 'Công ty Y' });
    graph.addEdge('p1', 'o1', { weight: 1 });
    graph.addEdge('p1', 'o1', { weight: 2 });
    const safe = pseudonymizeGraph(graph, isIndividual, makePseudonymizer());
    expect(safe.multi).toBe(true);
    expect(safe.type).toBe('undirected');
    expect(safe.size).toBe(2);
    expect(safe.hasNode('anon:1')).toBe(true);
  });

  it('throws when a pseudonym collides with an organisation key', () => {
    const graph = new DirectedGraph();
    graph.addNode('anon:1', { kind: 'business', label: 'Công ty anon' });
    graph.addNode('p', { kind: 'individual', label: 'P' });
    expect(() => pseudonymizeGraph(graph, isIndividual, makePseudonymizer())).toThrow(/collides/);
  });
});

describe('PERSONAL_FIELDS: the one list of fields that carry people', () => {
  it('declares the ids, names and texts of the Analysis', () => {
    expect(PERSONAL_FIELDS.map((f) => `${f.path}:${f.carries}`)).toEqual([
      'actors[].id:node', 'actors[].name:name', 'associations[].id:node', 'associations[].name:name',
      'units[].amplifiers[]:node', 'petitions[].authorId:actor', 'petitions[].message:text',
    ]);
    expect(Object.isFrozen(PERSONAL_FIELDS)).toBe(true);
  });

  const rewrite = {
    node: (id: string) => (id.startsWith('p') ? `anon:${id}` : id),
    actor: (id: string) => `actor(${id})`,
    name: (name: string, id: string | null) => (id !== null && id.startsWith('p') ? null : name),
    text: (text: string) => text.replace(/Bình/g, 'anon:p1'),
  };

  it('rewrites every declared field and nothing else, reading ids before they change (hand-built object)', () => {
    const root = {
      actors: [{ id: 'p1', name: 'Nguyễn Văn Bình', x: 1 }, { id: 'o1', name: 'Công ty A' }],
      petitions: [{ authorId: 'p1', message: 'Tôi là Bình', other: 'Bình' }, { authorId: null, message: 'x' }],
      units: [{ amplifiers: ['p1', 'o1'] }],
      untouched: { name: 'Bình' },
    };
    const out = rewritePersonalFields(root, PERSONAL_FIELDS, rewrite);
    expect(out).toEqual({
      actors: [{ id: 'anon:p1', name: null, x: 1 }, { id: 'o1', name: 'Công ty A' }],
      petitions: [{ authorId: 'actor(p1)', message: 'Tôi là anon:p1', other: 'Bình' }, { authorId: null, message: 'x' }],
      units: [{ amplifiers: ['anon:p1', 'o1'] }],
      untouched: { name: 'Bình' },
    });
    expect(root.actors[0]!.name).toBe('Nguyễn Văn Bình'); // the input is not modified
  });

  it('a new field is one more line: a nested object in a list', () => {
    const fields = [...PERSONAL_FIELDS,
      { path: 'petitions[].answer.authorId', carries: 'actor' as const },
      { path: 'petitions[].answer.authorName', carries: 'name' as const, idField: 'authorId' },
      { path: 'petitions[].answer.text', carries: 'text' as const }];
    const out = rewritePersonalFields({ petitions: [{ answer: { authorId: 'p2', authorName: 'Lê Bình', text: 'Chào Bình' } }] }, fields, rewrite);
    expect(out.petitions[0]!.answer).toEqual({ authorId: 'actor(p2)', authorName: null, text: 'Chào anon:p1' });
  });

  it('refuses a name whose id field is not declared', () => {
    expect(() => rewritePersonalFields({}, [{ path: 'a[].name', carries: 'name', idField: 'id' }], rewrite)).toThrow(/not declared/);
  });
});

describe('makeNameRedactor (SPEC 7.2)', () => {
  const redact = makeNameRedactor(
    [['Nguyễn Văn Bình', 'anon:1'], ['An', 'anon:2'], ['Quảng An', 'anon:3'], ['Hải Long', 'anon:4'], ['Lê  Thị\u200bHoa', 'anon:5']],
    ['Sở Xây dựng', 'Quảng An', 'Công ty Hải Long', 'Hải Long'],
  );

  it('a one-word name is not searched: "An toàn PCCC ở Quảng An" stays as it is', () => {
    expect(redact('An toàn PCCC ở Quảng An')).toBe('An toàn PCCC ở Quảng An');
  });

  it('a person named like a unit alias or an organisation does not erase it', () => {
    expect(redact('Sở Xây dựng trả lời về Quảng An và Công ty Hải Long')).toBe('Sở Xây dựng trả lời về Quảng An và Công ty Hải Long');
  });

  it('case, missing diacritics, spacing and zero-width characters do not defeat it', () => {
    expect(redact('NGUYEN VAN  BINH và lê thị hoa hỏi')).toBe('anon:1 và anon:5 hỏi');
  });
});

describe('makeRecordRedactor (SPEC 7.2): shape, ids and times kept, other strings [n chars]', () => {
  const pseudonyms = new Map<string, string>();
  const redact = makeRecordRedactor({ actorId: (id, name) => {
    if (name !== null && name.startsWith('Công ty')) return id;
    if (!pseudonyms.has(id)) pseudonyms.set(id, `anon:${pseudonyms.size + 1}`);
    return pseudonyms.get(id)!;
  } });

  it('a post with a string `from`, a numeric actor id and a string `message_tags` (hand-computed)', () => {
    const record = {
      id: '1_2', created_time: '2025-03-03T02:00:00+0000', message: 'Xin hỏi', from: 'Nguyễn Văn Bình',
      comments: { data: [{ id: 'c1', parent_id: 'x', from: { id: 1000123, name: 'Trần Thị Cúc' }, likes: 3, ok: true }] },
      reactions: { data: [{ id: '42', name: 'Công ty A', type: 'LIKE' }, { id: '43', name: 'Lê Đạt', type: 'LOVE' }] },
      message_tags: 'Lê Văn Đạt',
      updated_time: 'Nguyễn Văn Bình', // a time field that holds no time is content
    };
    expect(redact(record)).toEqual({
      id: '1_2', created_time: '2025-03-03T02:00:00+0000', message: '[7 chars]', from: '[15 chars]',
      comments: { data: [{ id: 'c1', parent_id: 'x', from: { id: 'anon:1', name: '[12 chars]' }, likes: 3, ok: true }] },
      reactions: { data: [{ id: '42', name: '[9 chars]', type: '[4 chars]' }, { id: 'anon:2', name: '[6 chars]', type: '[4 chars]' }] },
      message_tags: '[10 chars]',
      updated_time: '[15 chars]',
    });
  });

  it('a broken line or a file excerpt (a string record) keeps only its length; keys such as __proto__ stay own keys', () => {
    expect(redact('{"id":"1","message":"Phạm Thị Em')).toBe('[32 chars]'); // 10 + 10 + 12 code points
    const out = redact(JSON.parse('{"__proto__": {"name": "x"}, "fromId": "p9"}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'fromId']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.fromId).toMatch(/^anon:\d+$/);
  });

  it('3,000 nested arrays do not overflow, and JSON can write the result; deeper than 1,000 levels is cut', () => {
    let deep: unknown = 'Nguyễn Văn Bình';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const out = redact({ id: 'x', message: deep });
    const text = JSON.stringify(out);
    expect(text).not.toContain('Nguyễn');
    expect(text).toContain(`[nested deeper than ${MAX_RECORD_DEPTH} levels]`);
    let huge: unknown = 'x';
    for (let i = 0; i < 100_000; i++) huge = [huge];
    expect(() => JSON.stringify(makeRecordRedactor({ reveal: true })(huge))).not.toThrow();
  });

  it('with reveal, a record is kept as read', () => {
    const record = { id: '1', from: { id: '9', name: 'Nguyễn Văn Bình' }, message: 'x' };
    expect(makeRecordRedactor({ reveal: true })(record)).toEqual(record);
  });
});

describe('makePrivacy / applyPrivacy on a hand-built dataset', () => {
  const data = resolve({
    posts: [post('p1', { from: 'acc-tc', message: 'Thông báo' })],
    comments: [
      comment('c1', 'p1', { from: 'v2', h: 1, message: 'Xin hỏi?' }),
      comment('c2', 'p1', { from: 'v1', h: 2, message: 'Anh BÙI VĂN KHÁNH và chị Đỗ Thị Lan hỏi giúp Công ty TNHH Hải Long?' }),
    ],
    reactions: [reaction('p1', 'v1'), reaction('p1', 'b1')],
    names: { v1: 'Bùi Văn Khánh', v2: 'Vũ Thị Mai', b1: 'Công ty TNHH Hải Long' },
  });
  const rejects = [{
    file: 'x.json', location: 'data[3]', position: 3, kept: false, recordType: 'comment' as const, field: 'created_time', code: 'invalid_time',
    reason: 'x.json at data[3], field created_time: not a time', record: { id: 'c9', from: { id: 'v9', name: 'Đỗ Thị Lan' }, created_time: 'hôm qua' },
  }];

  it('numbers individuals by first appearance (a post\'s author, tags and reactions, then its comments oldest first) and keeps organisations', () => {
    const privacy = makePrivacy(data, { pseudonymize: true }, rejects);
    expect(['v1', 'v2', 'b1', 'acc-tc'].map(privacy.actorId)).toEqual(['anon:1', 'anon:2', 'b1', 'unit:so-tc']);
    expect(privacy.keyed).toBe(false);
    expect(makePrivacy(data, { pseudonymize: true, key: '' }).keyed).toBe(false);
    expect(makePrivacy(data, { pseudonymize: true, key: 'k' }).actorId('v1')).toMatch(/^anon:[0-9a-f]{16}$/);
  });

  it('a person met only in a rejected record gets the next pseudonym there, and is hidden in texts too', () => {
    const privacy = makePrivacy(data, { pseudonymize: true }, rejects);
    expect(privacy.rejects[0]!.record).toEqual({ id: 'c9', from: { id: 'anon:3', name: '[10 chars]' }, created_time: '[7 chars]' });
    expect(privacy.text('Anh BÙI VĂN KHÁNH và chị Đỗ Thị Lan hỏi giúp Công ty TNHH Hải Long?'))
      .toBe('Anh anon:1 và chị anon:3 hỏi giúp Công ty TNHH Hải Long?');
  });

  it('a rejected reaction: its own id is the reactor\'s, written as their pseudonym', () => {
    const reaction = {
      file: 'x.json', location: 'data[0].reactions.data[4]', position: 9, kept: false, recordType: 'reaction' as const, field: 'type',
      code: 'invalid_type', reason: 'x.json at data[0].reactions.data[4], field type: expected a string, got a number',
      record: { id: 'v8', name: 'Phan Thị Hoa', type: 7 },
    };
    const privacy = makePrivacy(data, { pseudonymize: true }, [reaction]);
    expect(privacy.rejects[0]!.record).toEqual({ id: 'anon:3', name: '[12 chars]', type: 7 });
    expect(privacy.text('Chị Phan Thị Hoa hỏi?')).toBe('Chị anon:3 hỏi?');
  });

  it('revealed: ids and names as they are, records as read, and analysis.privacy says so', () => {
    const privacy = makePrivacy(data, { pseudonymize: false }, rejects);
    expect(privacy.actorId('v1')).toBe('v1');
    expect(privacy.text('Bùi Văn Khánh')).toBe('Bùi Văn Khánh');
    expect(privacy.rejects[0]!.record).toEqual(rejects[0]!.record);
  });
});

describe('privacyOf: the graph made before the Analysis is handled, only when no pseudonym can change', () => {
  // Oracle: makePrivacy used in the order analyze() used before (the Analysis first, then the graph).
  const analysisFirst = (data: ReturnType<typeof resolve>, analysis: Analysis) => {
    const privacy = makePrivacy(data, { pseudonymize: true });
    const safe = privacy.analysis(analysis);
    return { analysis: safe, graph: privacy.graph(collectInteractions(data)).export() };
  };
  const input = {
    posts: [post('p1', { from: 'u1' }), post('p2', { from: 'u2' })],
    reactions: [reaction('p1', 'u2'), reaction('p2', 'u1'), reaction('p1', 'v9'), reaction('p2', 'v8')],
  };
  // An Analysis that meets people in the reverse of the graph's order.
  const analysisOf = (data: ReturnType<typeof resolve>) => ({
    actors: collectInteractions(data).nodes.map((n) => ({ id: n.key, name: n.attributes.label })).reverse(),
  }) as unknown as Analysis;

  it('everyone in the actor table: the graph is made first, the outputs are the analysis-first ones', () => {
    const data = resolve(input);
    const list = collectInteractions(data);
    expect(makePrivacy(data, { pseudonymize: true }).graphFirst(list)).toBe(true);
    const out = privacyOf(data, { pseudonymize: true }, [], list).apply(analysisOf(data));
    expect({ analysis: out.analysis, graph: out.graph.export() }).toEqual(analysisFirst(data, analysisOf(data)));
  });

  it('individuals missing from the actor table: the graph waits for the Analysis (their numbers follow it)', () => {
    const data = resolve(input);
    data.actors.delete('v8');
    data.actors.delete('v9');
    const list = collectInteractions(data);
    expect(makePrivacy(data, { pseudonymize: true }).graphFirst(list)).toBe(false);
    const out = privacyOf(data, { pseudonymize: true }, [], list).apply(analysisOf(data));
    const expected = analysisFirst(data, analysisOf(data));
    expect({ analysis: out.analysis, graph: out.graph.export() }).toEqual(expected);
    // The case matters: made first, the graph would number v8 and v9 the other way round.
    const graphFirst = makePrivacy(data, { pseudonymize: true }).graph(list).export();
    expect(graphFirst).not.toEqual(expected.graph);
  });
});

describe('pseudonymizeInteractionList: the list the writers get', () => {
  const isPerson = (_key: string, attributes: { kind?: unknown }) => attributes.kind === 'individual';

  it('its graph is pseudonymizeGraph of the list\'s graph (oracle): nodes, attributes, edges, edge keys and order (fast-check)', () => {
    fc.assert(fc.property(interactionListArbitrary, fc.option(fc.string({ minLength: 1, maxLength: 4 })), (list, key) => {
      const pseudonym = () => makePseudonymizer(key === null ? {} : { key });
      const safe = pseudonymizeInteractionList(list, isPerson, pseudonym());
      const expected = pseudonymizeGraph(interactionGraph(list), isPerson, pseudonym()).export();
      expect(interactionGraph(safe).export()).toEqual(expected);
      expect(pseudonymizeInteractions(list, isPerson, pseudonym()).export()).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('holds no renamed node\'s key or name, and shares with the input only what holds none (fast-check)', () => {
    fc.assert(fc.property(interactionListArbitrary, (list) => {
      const safe = pseudonymizeInteractionList(list, isPerson, makePseudonymizer());
      const people = list.nodes.filter((n) => isPerson(n.key, n.attributes));
      const secretKeys = new Set(people.map((n) => n.key));
      for (const node of safe.nodes) {
        expect(secretKeys.has(node.key)).toBe(false);
        if (node.attributes.kind === 'individual') expect(node.attributes.label).toBeNull();
      }
      for (const edge of safe.edges) {
        expect(secretKeys.has(edge.source) || secretKeys.has(edge.target)).toBe(false);
      }
      // What is shared: the positions, every attribute object of an edge, the nodes and edges that keep their keys.
      expect(safe.positions!.source).toBe((list.positions ?? safe.positions)!.source);
      safe.edges.forEach((edge, e) => {
        expect(edge.attributes).toBe(list.edges[e]!.attributes);
        const kept = !secretKeys.has(list.edges[e]!.source) && !secretKeys.has(list.edges[e]!.target);
        expect(edge === list.edges[e]).toBe(kept);
      });
      safe.nodes.forEach((node, i) => expect(node === list.nodes[i]).toBe(!secretKeys.has(list.nodes[i]!.key)));
    }), { numRuns: 200 });
  });
});

describe('analyzeWithGraph: the run\'s interaction list, and its graph made on first access', () => {
  // Individuals with ids of one digit: the keys e1, e2 … of the edges from or to them contain those ids.
  const ds = dataset({
    posts: [post('p1', { from: 'acc-tc', message: 'Thông báo' }), post('p2', { from: '2' })],
    comments: [
      comment('c1', 'p1', { from: '1', h: 1, message: 'Chị Trần Thị Hai hỏi?' }),
      comment('c2', 'p1', { from: '2', h: 2, parent: 'c1' }),
      comment('c3', 'p2', { from: 'b1', h: 3, tags: ['1'] }),
    ],
    reactions: [reaction('p1', '1'), reaction('p1', 'b1'), reaction('p2', '3'), reaction('c1', '2', 'comment')],
    names: { 1: 'Nguyễn Văn Một', 2: 'Trần Thị Hai', 3: 'Lê Văn Ba', b1: 'Công ty TNHH Hải Long' },
  });
  const people = [['1', 'Nguyễn Văn Một'], ['2', 'Trần Thị Hai'], ['3', 'Lê Văn Ba']] as const;

  it.each([[{}], [{ privacyKey: 'k' }]] as [{ privacyKey?: string }][])('%o: run.graph is the eager graph privacy made before (oracle: pseudonymizeGraph), made once', (options) => {
    const run = analyzeWithGraph(ingested(ds), makeConfig(), options);
    const data = resolve(ds);
    const privacy = makePrivacy(data, { pseudonymize: true, ...(options.privacyKey ? { key: options.privacyKey } : {}) });
    const oracle = pseudonymizeGraph(
      interactionGraph(collectInteractions(data)),
      (key) => parseNodeKey(key).type === 'actor' && privacy.nodeId(key) !== key,
      privacy.nodeId,
    ).export();
    expect(oracle.edges.some((e) => e.key!.startsWith('anon-edge:'))).toBe(true);
    const graph = run.graph;
    expect(graph.export()).toEqual(oracle);
    expect(run.graph).toBe(graph);
    expect(interactionGraph(run.interactions).export()).toEqual(oracle);
  });

  it('no individual\'s real id or name is in the list handed to the writers; revealed, the list is the one collected', () => {
    for (const options of [{}, { privacyKey: 'k' }]) {
      const { interactions } = analyzeWithGraph(ingested(ds), makeConfig(), options);
      const keys = new Set([...interactions.nodes.map((n) => n.key), ...interactions.edges.flatMap((e) => [e.source, e.target])]);
      const labels = interactions.nodes.map((n) => n.attributes.label);
      for (const [id, name] of people) {
        expect(keys.has(id)).toBe(false);
        expect(labels).not.toContain(name);
      }
      for (const key of interactions.edgeKeys?.values() ?? []) expect(key).toMatch(/^anon-edge:\d+$/);
      expect(JSON.stringify(interactions)).not.toMatch(/Nguyễn Văn Một|Trần Thị Hai|Lê Văn Ba/);
    }
    const revealed = analyzeWithGraph(ingested(ds), makeConfig(), { reveal: true }).interactions;
    expect(revealed).toEqual(collectInteractions(resolve(ds)));
  });
});
