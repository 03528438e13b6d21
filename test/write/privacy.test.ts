import { createHmac } from 'node:crypto';
import { DirectedGraph, MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makePseudonymizer, pseudonymizeGraph } from '../../src/analysis/privacy';

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
