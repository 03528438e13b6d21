import Graph, { DirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorNodeKey } from '../../src/resolve/nodeKey';
import { xmlError } from '../helpers/xml';
import { KIND_COLORS } from '../../src/write/charts';
import { writeGexf } from '../../src/write/gexf';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);
const gexf = writeGexf(graph, analysis);
const back = parse(Graph, gexf);

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('writeGexf', () => {
  it('writes GEXF 1.3 with the viz namespace', () => {
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(gexf).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
  });

  it('parses back with graphology-gexf: same nodes, edges and direction', () => {
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.type).toBe('directed');
    expect(back.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachEdge((_e, attributes, source, target) => {
      expect(back.hasDirectedEdge(source, target)).toBe(true);
      const edge = back.edge(source, target)!;
      const parsed = back.getEdgeAttributes(edge);
      expect(parsed.weight).toBe(attributes.weight);
      for (const type of ['comment', 'reply', 'reaction', 'share', 'mention']) expect(parsed[type]).toBe(attributes[type]);
    });
  });

  it('is lean: a zero count is left to the declared default 0 (read back as 0 above), one line per node and edge', () => {
    expect(graph.someEdge((_e, a) => a.comment === 0)).toBe(true);
    expect(gexf).toContain('<attribute id="comment" title="comment" type="integer"><default>0</default></attribute>');
    expect(gexf).not.toMatch(/<attvalue for="(comment|reply|reaction|share|mention)" value="0"\/>/);
    expect(gexf.split('\n').filter((line) => line.startsWith('<edge '))).toHaveLength(graph.size);
    expect(gexf.split('\n').filter((line) => line.startsWith('<node '))).toHaveLength(graph.order);
  });

  it('keeps kind, unitId, community and pagerank as node attributes, exactly', () => {
    for (const actor of analysis.actors) {
      const attributes = back.getNodeAttributes(actor.id);
      expect(attributes.kind).toBe(actor.kind);
      expect(attributes.community).toBe(actor.community);
      expect(attributes.pagerank).toBe(actor.pagerank);
      expect(attributes.unitId ?? null).toBe(actor.unitId);
    }
  });

  it('labels units with their Vietnamese names and individuals not at all; colours by kind', () => {
    expect(back.getNodeAttribute('unit:so-khdt', 'label')).toBe('Sở Kế hoạch và Đầu tư');
    expect(back.getNodeAttribute('unit:dong-trieu', 'label')).toBe('UBND TX Đông Triều');
    expect(back.getNodeAttribute('anon:1', 'label')).toBeUndefined();
    expect(gexf).not.toMatch(/<node id="anon:\d+" label=/);
    for (const actor of analysis.actors) {
      expect(back.getNodeAttribute(actor.id, 'color')).toBe(rgb(KIND_COLORS[actor.kind]));
    }
  });

  it('sizes nodes by PageRank (the largest PageRank gets the largest size)', () => {
    const top = [...analysis.actors].sort((a, b) => b.pagerank - a.pagerank)[0]!;
    const sizes = back.mapNodes((_k, a) => a.size as number);
    expect(back.getNodeAttribute(top.id, 'size')).toBe(Math.max(...sizes));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });

  it('is deterministic and does not modify the graph', () => {
    const before = JSON.stringify(graph.export());
    expect(writeGexf(graph, analysis)).toBe(gexf);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('writeGexf on hostile text (SPEC 7.1, 7.2): always valid XML', () => {
  const HOSTILE = ['Công ty\u0007 ABC', 'a\u0000b', '\ud800lone', 'lone\udfff', '<b>&"\'</b>', '\u202eRTL\u200f', 'x\ufffe\uffff', 'tab\there\nline\rcr'];
  const minimal = (ids: string[]) => ({
    ...analysis,
    actors: ids.map((id, i) => ({ ...analysis.actors[0]!, id, name: null, kind: 'business' as const, unitId: null, pagerank: i / 10 })),
    units: [],
  });

  it('labels with controls, lone surrogates and markup give a well-formed document (oracle: saxes, a strict XML 1.0 parser)', () => {
    const g = new DirectedGraph();
    HOSTILE.forEach((label, i) => g.addNode(`n${i}`, { kind: 'business', label, unitId: null }));
    g.addDirectedEdgeWithKey('e0', 'n0', 'n1', { weight: 2, comment: 2, reply: 0, reaction: 0, share: 0, mention: 0 });
    const text = writeGexf(g, minimal(g.nodes()));
    expect(xmlError(text)).toBeNull();
    const parsed = parse(Graph, text);
    expect(parsed.getNodeAttribute('n0', 'label')).toBe('Công ty\uFFFD ABC');
    expect(parsed.getNodeAttribute('n4', 'label')).toBe('<b>&"\'</b>');
    expect(parsed.getNodeAttribute('n7', 'label')).toBe('tab\there\nline\rcr');
  });

  it('ids made by the library are XML-safe and come back exactly', () => {
    const g = new DirectedGraph();
    const keys = HOSTILE.map(actorNodeKey);
    keys.forEach((key) => g.addNode(key, { kind: 'business', label: null, unitId: null }));
    const text = writeGexf(g, minimal(keys));
    expect(xmlError(text)).toBeNull();
    expect(parse(Graph, text).nodes().sort()).toEqual([...keys].sort());
  });

  it('a foreign graph with unsafe keys gets every key escaped, all still distinct', () => {
    const g = new DirectedGraph();
    g.addNode('a\u0001', { kind: 'business' });
    g.addNode('a\u0002', { kind: 'business' });
    g.addNode('a\\u{1}', { kind: 'business' });
    g.addDirectedEdgeWithKey('k\u0003', 'a\u0001', 'a\u0002', { weight: 1 });
    const text = writeGexf(g, minimal([]));
    expect(xmlError(text)).toBeNull();
    const back = parse(Graph, text);
    expect(back.order).toBe(3);
    expect(back.size).toBe(1);
  });

  it('prints the labels the graph carries: an individual\'s name in a revealed run', () => {
    const g = new DirectedGraph();
    g.addNode('100', { kind: 'individual', label: 'Nguyễn Văn Bình', unitId: null });
    expect(parse(Graph, writeGexf(g, minimal(['100']))).getNodeAttribute('100', 'label')).toBe('Nguyễn Văn Bình');
  });

  it('any strings as ids (through actorNodeKey) and labels: well-formed, one node per id (fast-check)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 8, maxLength: 8 }),
      (ids, labels) => {
        const g = new DirectedGraph();
        const keys = ids.map(actorNodeKey);
        keys.forEach((key, i) => g.addNode(key, { kind: 'business', label: labels[i], unitId: labels[7 - i] }));
        for (let i = 1; i < keys.length; i++) g.addDirectedEdge(keys[i - 1]!, keys[i]!, { weight: i });
        const text = writeGexf(g, minimal(keys));
        expect(xmlError(text)).toBeNull();
        const back = parse(Graph, text);
        expect(back.nodes().sort()).toEqual([...keys].sort());
        expect(back.size).toBe(keys.length - 1);
      },
    ), { numRuns: 100 });
  });
});
