import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { layoutNetwork, mulberry32, placeLabels } from '../../src/write/layout';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);

/** A big graph: 16 units, the page and 600 others, with PageRank 1/(i+1) for other i. */
function bigGraph(): { graph: DirectedGraph; analysis: Analysis } {
  const big = new DirectedGraph();
  const actors: Analysis['actors'] = [];
  const base = analysis.actors.find((a) => a.kind === 'business')!;
  for (const u of analysis.units) {
    big.addNode(`unit:${u.unitId}`, { kind: 'agency', label: u.name, unitId: u.unitId });
    actors.push({ ...base, id: `unit:${u.unitId}`, kind: 'agency', unitId: u.unitId, pagerank: 1e-6 });
  }
  big.addNode('page', { kind: 'page', label: 'DDCI Quảng Ninh', unitId: null });
  actors.push({ ...base, id: 'page', kind: 'page', pagerank: 0.2 });
  const random = mulberry32(3);
  for (let i = 0; i < 600; i++) {
    const key = `n${String(i).padStart(3, '0')}`;
    big.addNode(key, { kind: i % 3 === 0 ? 'business' : 'individual', label: null, unitId: null });
    actors.push({ ...base, id: key, kind: i % 3 === 0 ? 'business' : 'individual', pagerank: 1 / (i + 1) });
    big.addDirectedEdge(key, `unit:${analysis.units[Math.floor(random() * 16)]!.unitId}`, { weight: 1 + (i % 4) });
  }
  return { graph: big, analysis: { ...analysis, actors } };
}

describe('layoutNetwork', () => {
  it('is deterministic (seeded): same graph, same coordinates', () => {
    expect(layoutNetwork(graph, analysis)).toEqual(layoutNetwork(graph, analysis));
  });

  it('depends on the seed', () => {
    const a = layoutNetwork(graph, analysis, { seed: 1 });
    const b = layoutNetwork(graph, analysis, { seed: 2 });
    expect(a.nodes.map((n) => [n.x, n.y])).not.toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it('draws every node of a small graph, inside the box, merging both directions of an edge', () => {
    const layout = layoutNetwork(graph, analysis, { width: 800, height: 500, padding: 20 });
    expect(layout.nodes).toHaveLength(graph.order);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(20);
      expect(n.x).toBeLessThanOrEqual(780);
      expect(n.y).toBeGreaterThanOrEqual(20);
      expect(n.y).toBeLessThanOrEqual(480);
    }
    const pairs = new Set<string>();
    graph.forEachEdge((_e, _a, s, t) => pairs.add([s, t].sort().join('|')));
    expect(layout.edges).toHaveLength(pairs.size);
    expect(layout.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(graph.reduceEdges((sum, _e, a) => sum + a.weight, 0));
  });

  it('caps big graphs at maxNodes: every unit and the page, then the highest PageRank', () => {
    const big = bigGraph();
    const layout = layoutNetwork(big.graph, big.analysis);
    expect(layout.totalNodes).toBe(617);
    expect(layout.nodes).toHaveLength(300);
    const keys = new Set(layout.nodes.map((n) => n.key));
    for (const u of analysis.units) expect(keys.has(`unit:${u.unitId}`)).toBe(true);
    expect(keys.has('page')).toBe(true);
    // 300 − 17 always-drawn nodes = the 283 highest-PageRank others: n000 … n282.
    expect(keys.has('n282')).toBe(true);
    expect(keys.has('n283')).toBe(false);
    for (const e of layout.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
  });

  it('gives individuals no label and units their unit name', () => {
    const layout = layoutNetwork(graph, analysis);
    for (const n of layout.nodes) {
      if (n.kind === 'individual') expect(n.label).toBeNull();
      if (n.kind === 'agency') expect(n.label).toBe(analysis.units.find((u) => u.unitId === n.unitId)!.name);
    }
  });

  it('rejects unknown and invalid options', () => {
    expect(() => layoutNetwork(graph, analysis, { size: 3 } as never)).toThrow(/unknown option "size"/);
    expect(() => layoutNetwork(graph, analysis, { maxNodes: 0 })).toThrow(/maxNodes/);
  });
});

describe('placeLabels', () => {
  it('labels every unit, and the labels it places do not overlap each other', () => {
    const layout = layoutNetwork(graph, analysis);
    const fontSize = 12;
    const labels = placeLabels(layout, {
      radius: () => 6, mustLabel: (n) => n.kind === 'agency', extra: 5, fontSize, width: 1100, height: 640,
    });
    const agencies = layout.nodes.filter((n) => n.kind === 'agency');
    for (const a of agencies) expect(labels.some((l) => l.key === a.key)).toBe(true);
    expect(labels.length).toBeLessThanOrEqual(agencies.length + 1 + 5);
    const box = (l: { text: string; x: number; y: number }) => {
      const w = Array.from(l.text).length * 0.6 * fontSize;
      return [l.x - w / 2, l.y - (fontSize + 2) / 2, l.x + w / 2, l.y + (fontSize + 2) / 2] as const;
    };
    // Overlaps only where a unit had no free position at all (forced above its node).
    let overlaps = 0;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = box(labels[i]!);
        const b = box(labels[j]!);
        if (a[0] < b[2] - 0.2 && a[2] > b[0] + 0.2 && a[1] < b[3] - 0.2 && a[3] > b[1] + 0.2) overlaps += 1;
      }
    }
    expect(overlaps).toBe(0);
  });
});
