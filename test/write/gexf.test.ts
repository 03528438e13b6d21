import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
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
