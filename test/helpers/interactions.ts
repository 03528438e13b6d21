/**
 * Random interaction lists for property tests (fast-check), shaped as `collectInteractions` makes
 * them: node keys through `actorNodeKey` (any id), sorted; distinct (source, target) pairs in that
 * order, each with per-type counts and their sum as weight. Unlike collectInteractions' lists, a
 * drawn list may leave out `positions`, carry neutral edge keys (`edgeKeys`) and hold self-loops, as
 * a hand-made list may.
 */
import fc from 'fast-check';
import { INTERACTION_TYPES, type InteractionEdge, type InteractionList, type InteractionNode } from '../../src/graph/build';
import { ACTOR_KINDS } from '../../src/model/types';
import { actorNodeKey } from '../../src/resolve/nodeKey';

/** A random interaction list: any keys (through actorNodeKey, as the library makes them), kinds, labels and counts. */
export const interactionListArbitrary: fc.Arbitrary<InteractionList> = fc.record({
  ids: fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 12 }),
  kinds: fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 12, maxLength: 12 }),
  labels: fc.array(fc.option(fc.string({ maxLength: 8 })), { minLength: 12, maxLength: 12 }),
  pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(fc.nat({ max: 3 }), { minLength: 5, maxLength: 5 })), { maxLength: 30 }),
  renamed: fc.array(fc.nat(), { maxLength: 3 }),
  positions: fc.boolean(),
}).map(({ ids, kinds, labels, pairs, renamed, positions }): InteractionList => {
  const keys = [...new Set(ids.map(actorNodeKey))].sort();
  const nodes: InteractionNode[] = keys.map((key, i) => ({ key, attributes: { kind: kinds[i]!, label: labels[i]!, unitId: null } }));
  // Distinct pairs in (source, target) order, as collectInteractions gives them (self-loops kept: a hand-made list may have one).
  const seen = new Set<string>();
  const ends: [number, number, number[]][] = [];
  for (const [s, t, counts] of pairs) {
    const pair: [number, number] = [s % keys.length, t % keys.length];
    if (seen.has(pair.join())) continue;
    seen.add(pair.join());
    ends.push([...pair, counts]);
  }
  ends.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const edges: InteractionEdge[] = ends.map(([s, t, counts]) => {
    const attributes = Object.fromEntries(INTERACTION_TYPES.map((type, i) => [type, counts[i]!])) as InteractionEdge['attributes'];
    attributes.weight = counts.reduce((a, b) => a + b, 0);
    return { source: keys[s]!, target: keys[t]!, attributes };
  });
  const edgeKeys = new Map(renamed.filter((e) => e < edges.length).map((e, i) => [e, `anon-edge:${i + 1}`]));
  return {
    nodes,
    edges,
    ...(positions ? { positions: { source: Int32Array.from(ends, (e) => e[0]), target: Int32Array.from(ends, (e) => e[1]) } } : {}),
    ...(edgeKeys.size > 0 ? { edgeKeys } : {}),
  };
});

