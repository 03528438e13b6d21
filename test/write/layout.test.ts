import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/schema';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { CHAR_WIDTH, fitLayout, isNetworkData, isNetworkSelection, layoutNetwork, mulberry32, networkData, placeLabels, selectNetwork, type NetworkLayout, type PlacedLabel } from '../../src/write/layout';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const graph = makeSampleGraph(analysis);

/**
 * A big graph: 16 units, the page, 40 associations, 300 businesses and 900 individuals in 12
 * communities (community = i mod 12), each other node tied to one unit with weight 1 + (i mod 4);
 * a business's strength grows with its index.
 */
function bigGraph(): { graph: DirectedGraph; analysis: Analysis } {
  const big = new DirectedGraph();
  const actors: Analysis['actors'] = [];
  const base = analysis.actors.find((a) => a.kind === 'business')!;
  analysis.units.forEach((u, i) => {
    big.addNode(`unit:${u.unitId}`, { kind: 'agency', label: u.name, unitId: u.unitId });
    actors.push({ ...base, id: `unit:${u.unitId}`, kind: 'agency', unitId: u.unitId, community: i % 12 });
  });
  big.addNode('page', { kind: 'page', label: 'DDCI Quảng Ninh', unitId: null });
  actors.push({ ...base, id: 'page', kind: 'page', community: 0 });
  const random = mulberry32(3);
  const kinds = [...Array(40).fill('association'), ...Array(300).fill('business'), ...Array(900).fill('individual')] as const;
  kinds.forEach((kind, i) => {
    const key = `n${String(i).padStart(4, '0')}`;
    big.addNode(key, { kind, label: kind === 'individual' ? null : `${kind} ${i}`, unitId: null });
    actors.push({ ...base, id: key, kind, community: i % 12 });
    big.addDirectedEdge(key, `unit:${analysis.units[Math.floor(random() * 16)]!.unitId}`, { weight: kind === 'business' ? i : 1 + (i % 4) });
  });
  return { graph: big, analysis: { ...analysis, actors } };
}

const totalWeight = (g: DirectedGraph) => g.reduceEdges((sum, _e, a) => sum + a.weight, 0);

describe('layoutNetwork (the aggregated map)', () => {
  it('is deterministic (seeded): same graph, same coordinates; another seed, others', () => {
    expect(layoutNetwork(graph, analysis)).toEqual(layoutNetwork(graph, analysis));
    const a = layoutNetwork(graph, analysis, { seed: 1 });
    const b = layoutNetwork(graph, analysis, { seed: 2 });
    expect(a.nodes.map((n) => [n.x, n.y])).not.toEqual(b.nodes.map((n) => [n.x, n.y]));
  });

  it('draws units, the page, associations and businesses on their own, individuals summed per community', () => {
    const map = layoutNetwork(graph, analysis);
    const own = map.nodes.filter((n) => n.kind !== 'group');
    expect(own.map((n) => n.key).sort()).toEqual(analysis.actors.filter((a) => a.kind !== 'individual').map((a) => a.id).sort());
    const groups = map.nodes.filter((n) => n.kind === 'group');
    expect(groups.reduce((sum, g) => sum + g.members, 0)).toBe(analysis.actors.filter((a) => a.kind === 'individual').length);
    expect(map.grouped).toBe(12);
    // Every interaction between two different map nodes is drawn (no cap reached here).
    let between = 0;
    const mapOf = (key: string) => (own.some((n) => n.key === key) ? key : `group:${analysis.actors.find((a) => a.id === key)!.community}`);
    graph.forEachEdge((_e, a, s, t) => { if (mapOf(s) !== mapOf(t)) between += a.weight; });
    expect(map.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(between);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(Math.max(n.x, n.y)).toBeLessThanOrEqual(1);
    }
  });

  it('stays small at any size: units + page + associations + top businesses + communities', () => {
    const big = bigGraph();
    const map = layoutNetwork(big.graph, big.analysis);
    expect(map.totalNodes).toBe(16 + 1 + 1240);
    const kinds = (k: string) => map.nodes.filter((n) => n.kind === k).length;
    expect(kinds('agency')).toBe(16);
    expect(kinds('page')).toBe(1);
    expect(kinds('association')).toBe(30);
    expect(kinds('business')).toBe(20);
    expect(kinds('group')).toBe(9); // 8 coloured communities + "other communities"
    expect(map.nodes.length).toBe(76);
    expect(map.edges.length).toBeLessThanOrEqual(300);
    expect(map.businessesShown).toBe(20);
    expect(map.businessesTotal).toBe(300);
    // The 20 businesses with the most interactions: the last 20 by index (weight = index).
    const shown = map.nodes.filter((n) => n.kind === 'business').map((n) => Number(n.key.slice(1))).sort((a, b) => a - b);
    expect(shown).toEqual(Array.from({ length: 20 }, (_, i) => 320 + i));
    // Weight is conserved: drawn + within a group + not drawn (beyond maxEdges) = the whole graph.
    expect(map.edgesDropped).toBeGreaterThanOrEqual(0);
    expect(map.edges.reduce((s, e) => s + e.weight, 0)).toBeLessThanOrEqual(totalWeight(big.graph));
  });

  it('numbers communities by size, each with its largest units and associations', () => {
    const big = bigGraph();
    const map = layoutNetwork(big.graph, big.analysis);
    expect(map.communities.map((c) => c.community)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const sizes = map.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(map.otherCommunityNodes).toBe(big.graph.order - sizes.reduce((a, b) => a + b, 0));
    for (const c of map.communities) {
      expect(c.leaders.length).toBeGreaterThan(0);
      expect(c.leaders.length).toBeLessThanOrEqual(3);
    }
  });

  it('lays out the same map from networkData(graph) as from the graph: self-loops, odd weights and attributes included', () => {
    const { graph: big, analysis: bigAnalysis } = bigGraph();
    // What a hand-made graph may hold: a self-loop (not drawn, but counted in totalEdges), weights
    // that are not positive finite numbers (counted once), fractional weights (summed in edge order),
    // a node without attributes, a community given on the node only.
    big.addEdge('n0000', 'n0000', { weight: 5 });
    big.addEdge('n0001', 'n0002', { weight: 'heavy' });
    big.addEdge('n0002', 'n0003', { weight: -2 });
    big.addEdge('n0003', 'n0004', { weight: 0.1 });
    big.addEdge('n0004', 'n0003', { weight: 0.2 });
    big.addNode('loner', { community: 4 });
    big.addEdge('loner', 'n0005');
    for (const g of [[graph, analysis], [big, bigAnalysis]] as const) {
      const data = networkData(g[0]);
      expect(data.sources.length).toBe(g[0].size - (g[0] === big ? 1 : 0));
      expect(data.order).toBe(g[0].order);
      expect(layoutNetwork(data, g[1], { iterations: 50 })).toEqual(layoutNetwork(g[0], g[1], { iterations: 50 }));
    }
  });

  it('places a selection (selectNetwork) as it lays out the graph, after a structured copy too, and leaves the selection as it was', () => {
    const { graph: big, analysis: bigAnalysis } = bigGraph();
    for (const [g, a] of [[graph, analysis], [big, bigAnalysis]] as const) {
      for (const options of [{}, { topBusinesses: 3, maxAssociations: 2, maxCommunities: 2, maxEdges: 10, iterations: 40, seed: 7 }]) {
        const selection = selectNetwork(g, a, options);
        expect(isNetworkSelection(selection)).toBe(true);
        expect(isNetworkData(selection)).toBe(false);
        const before = structuredClone(selection);
        const direct = layoutNetwork(g, a, options);
        expect(layoutNetwork(selection, a, options)).toEqual(direct);
        expect(layoutNetwork(structuredClone(selection), a, options)).toEqual(direct);
        expect(layoutNetwork(selectNetwork(networkData(g), a, options), a, options)).toEqual(direct);
        expect(selection).toEqual(before);
        expect(selection.mapNodes.every((n) => n.x === 0 && n.y === 0)).toBe(true);
      }
    }
  });

  it('reads each node\'s actor by position when the actors are in the graph\'s node order, by id otherwise: the same selection', () => {
    const { graph: big, analysis: bigAnalysis } = bigGraph();
    const inOrder = big.mapNodes((key) => bigAnalysis.actors.find((a) => a.id === key)!);
    expect(inOrder.map((a) => a.id)).toEqual(big.nodes());
    const aligned = selectNetwork(big, { ...bigAnalysis, actors: inOrder });
    expect(selectNetwork(big, { ...bigAnalysis, actors: [...inOrder].reverse() })).toEqual(aligned);
    expect(selectNetwork(big, { ...bigAnalysis, actors: inOrder.slice(1) })).toEqual(selectNetwork(big, { ...bigAnalysis, actors: [...inOrder.slice(1)].reverse() }));
  });

  it('a selection is bounded by its options, not by the graph (units + page + associations + businesses + communities + 1 nodes, maxEdges + units edges)', () => {
    const { graph: big, analysis: bigAnalysis } = bigGraph();
    const o = { topBusinesses: 5, maxAssociations: 4, maxCommunities: 3, maxEdges: 12 };
    const selection = selectNetwork(big, bigAnalysis, o);
    const units = bigAnalysis.units.length;
    expect(big.order).toBeGreaterThan(1200);
    expect(selection.mapNodes.length).toBeLessThanOrEqual(units + 1 + o.maxAssociations + o.topBusinesses + o.maxCommunities + 1);
    expect(selection.mapEdges.length).toBeLessThanOrEqual(o.maxEdges + units);
    expect(selection.totalNodes).toBe(big.order);
    expect(selection.grouped).toBe(big.order - selection.mapNodes.filter((n) => n.kind !== 'group').length);
  });

  it('places a selection only with the options it was selected with (iterations and seed may differ)', () => {
    const selection = selectNetwork(graph, analysis, { maxEdges: 5 });
    expect(() => layoutNetwork(selection, analysis, { maxEdges: 6 })).toThrow(/maxEdges must be the selection's own \(5\)/);
    expect(layoutNetwork(selection, analysis, { maxEdges: 5, seed: 3 })).toEqual(layoutNetwork(graph, analysis, { maxEdges: 5, seed: 3 }));
    expect(layoutNetwork(selection, analysis, { seed: 3 })).toEqual(layoutNetwork(graph, analysis, { maxEdges: 5, seed: 3 }));
  });

  it('rejects unknown and invalid options', () => {
    expect(() => layoutNetwork(graph, analysis, { maxNodes: 3 } as never)).toThrow(/unknown option "maxNodes"/);
    expect(() => layoutNetwork(graph, analysis, { maxEdges: 0 })).toThrow(/maxEdges/);
    expect(() => layoutNetwork(graph, analysis, { topBusinesses: 1.5 })).toThrow(/topBusinesses/);
  });
});

describe('fitLayout', () => {
  const map = layoutNetwork(graph, analysis);

  it('fits every node inside the box, margins kept', () => {
    for (const box of [{ width: 1100, height: 640, padding: 40 }, { width: 332, height: 520, padding: 18 }]) {
      for (const n of fitLayout(map, box)) {
        expect(n.px).toBeGreaterThanOrEqual(box.padding);
        expect(n.px).toBeLessThanOrEqual(box.width - box.padding);
        expect(n.py).toBeGreaterThanOrEqual(box.padding);
        expect(n.py).toBeLessThanOrEqual(box.height - box.padding);
      }
    }
  });

  it('turns a wide layout for a tall box (x and y swapped)', () => {
    const wide: NetworkLayout = { ...map, nodes: [{ ...map.nodes[0]!, x: 0, y: 0 }, { ...map.nodes[1]!, x: 1, y: 0.2 }] };
    const [a, b] = fitLayout(wide, { width: 300, height: 600, padding: 0 });
    expect(b!.py - a!.py).toBeGreaterThan(b!.px - a!.px);
  });
});

describe('placeLabels', () => {
  const overlaps = (labels: readonly PlacedLabel[], fontSize: number) => {
    let n = 0;
    const box = (l: PlacedLabel) => [l.x - l.width / 2, l.y - (fontSize + 2) / 2, l.x + l.width / 2, l.y + (fontSize + 2) / 2] as const;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = box(labels[i]!);
        const b = box(labels[j]!);
        if (a[0] < b[2] - 0.2 && a[2] > b[0] + 0.2 && a[1] < b[3] - 0.2 && a[3] > b[1] + 0.2) n += 1;
      }
    }
    return n;
  };

  it('labels every unit, and no two labels overlap (sample and big graph)', () => {
    for (const { graph: g, analysis: a } of [{ graph, analysis }, bigGraph()]) {
      const map = layoutNetwork(g, a);
      const nodes = fitLayout(map, { width: 1100, height: 640 });
      const labels = placeLabels(nodes, { radius: () => 6, mustLabel: (n) => n.kind === 'agency', extra: 10, fontSize: 12, width: 1100, height: 640 });
      for (const unit of nodes.filter((n) => n.kind === 'agency')) expect(labels.some((l) => l.key === unit.key)).toBe(true);
      expect(overlaps(labels, 12)).toBe(0);
      for (const l of labels) {
        expect(l.width).toBeCloseTo(Array.from(l.text).length * CHAR_WIDTH * 12, 0);
        expect(l.x - l.width / 2).toBeGreaterThanOrEqual(-0.05);
        expect(l.x + l.width / 2).toBeLessThanOrEqual(1100.05);
      }
    }
  });

  it('on the ddci-page fixture, wide and narrow: every unit labelled on the wide map, no overlaps on either', async () => {
    const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
    const run = analyzeWithGraph(await loadExport([join(fixture, 'export')]), await loadConfig(join(fixture, 'config.json')));
    const map = layoutNetwork(run.graph as unknown as DirectedGraph, run.analysis);
    for (const [box, font, must] of [[{ width: 1100, height: 640, padding: 40 }, 12, true], [{ width: 332, height: 520, padding: 18 }, 10, false]] as const) {
      const nodes = fitLayout(map, box);
      const labels = placeLabels(nodes, { radius: () => 8, mustLabel: (n) => must && n.kind === 'agency', extra: 40, fontSize: font, width: box.width, height: box.height });
      if (must) expect(labels.filter((l) => l.key.startsWith('unit:'))).toHaveLength(16);
      expect(overlaps(labels, font)).toBe(0);
    }
  }, 30_000);

  it('drops labels that find no room rather than overlap, unless they must be placed', () => {
    const map = layoutNetwork(graph, analysis);
    const nodes = fitLayout(map, { width: 200, height: 120, padding: 10 });
    const labels = placeLabels(nodes, { radius: () => 3, mustLabel: () => false, extra: 100, fontSize: 12, width: 200, height: 120 });
    expect(labels.length).toBeLessThan(nodes.filter((n) => n.label !== null).length);
    expect(overlaps(labels, 12)).toBe(0);
  });
});
