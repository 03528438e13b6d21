/**
 * Pseudonyms for individuals (SPEC 5): individuals are written as `anon:…` in every output.
 *
 * - With a key: `anon:` + the first 16 hex digits (64 bits) of HMAC-SHA256(key, id). The same key
 *   gives the same pseudonym in every run, so reports of different periods can be joined; without
 *   the key the id cannot be recovered or confirmed by hashing candidate ids.
 * - Without a key: `anon:<n>`, numbered 1, 2, 3 … in the order of the first call for each id. Stable
 *   only as long as the caller visits the ids in a stable order.
 *
 * HMAC comes from `@noble/hashes` (audited, pure JS, synchronous): the same code runs in Node,
 * Deno and browsers, with no `node:crypto`.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import {
  interactionEdgeKey, interactionGraph, interactionPositions,
  type InteractionEdge, type InteractionGraph, type InteractionList, type InteractionNode, type NodeAttributes,
} from '../../graph/build';

export interface PseudonymizerOptions {
  /** Secret key for keyed, run-independent pseudonyms. An empty string counts as no key. */
  key?: string;
}

/** A function from an actor id to its pseudonym; the same id always gets the same pseudonym. */
export type Pseudonymizer = (actorId: string) => string;

const PSEUDONYMIZER_OPTION_KEYS = new Set(['key']);

/** Characters of the hex digest kept in a keyed pseudonym (16 hex = 64 bits). */
export const KEYED_PSEUDONYM_HEX_LENGTH = 16;

/**
 * Make a pseudonymiser.
 * @example
 * const keyed = makePseudonymizer({ key: 'secret' });
 * keyed('100012345678901'); // 'anon:' + 16 hex digits, the same in every run
 * const numbered = makePseudonymizer();
 * numbered('b'); // 'anon:1'
 * numbered('a'); // 'anon:2'
 * numbered('b'); // 'anon:1'
 */
export function makePseudonymizer(options: PseudonymizerOptions = {}): Pseudonymizer {
  for (const name of Object.keys(options)) {
    if (!PSEUDONYMIZER_OPTION_KEYS.has(name)) throw new TypeError(`makePseudonymizer: unknown option "${name}"`);
  }
  const { key } = options;
  if (key !== undefined && typeof key !== 'string') throw new TypeError('makePseudonymizer: key must be a string');

  if (key !== undefined && key !== '') {
    const keyBytes = utf8ToBytes(key);
    const cache = new Map<string, string>();
    return (actorId: string) => {
      let pseudonym = cache.get(actorId);
      if (pseudonym === undefined) {
        const digest = bytesToHex(hmac(sha256, keyBytes, utf8ToBytes(actorId)));
        pseudonym = `anon:${digest.slice(0, KEYED_PSEUDONYM_HEX_LENGTH)}`;
        cache.set(actorId, pseudonym);
      }
      return pseudonym;
    };
  }

  const numbers = new Map<string, string>();
  return (actorId: string) => {
    let pseudonym = numbers.get(actorId);
    if (pseudonym === undefined) {
      pseudonym = `anon:${numbers.size + 1}`;
      numbers.set(actorId, pseudonym);
    }
    return pseudonym;
  };
}

/** Node attributes that carry a person's name: set to null on pseudonymised nodes. */
const NAME_ATTRIBUTES = ['label', 'name'] as const;

/**
 * A copy of `graph` in which every node for which `isIndividual(key, attributes)` holds is renamed
 * to `pseudonym(key)` and loses its name (`label` and `name` set to null). Other nodes, all edges,
 * their attributes, the graph's type and options are kept. Edges keep their keys, except a key
 * that contains a renamed node's id (`900001->unit:x`): it would give the id away, so it becomes
 * `anon-edge:<n>`. Nodes are visited in the graph's order, so an order-based pseudonymiser numbers
 * them in that order unless it has seen them before.
 *
 * Throws a TypeError when a pseudonym collides with another node's key (two ids would merge).
 * @example
 * const pseudonym = makePseudonymizer({ key });
 * const safe = pseudonymizeGraph(graph, (_key, a) => a.kind === 'individual', pseudonym);
 */
export function pseudonymizeGraph<G extends Graph>(
  graph: G,
  isIndividual: (key: string, attributes: Attributes) => boolean,
  pseudonym: (key: string) => string,
): G {
  const copy = graph.nullCopy() as G; // nullCopy: no nodes (emptyCopy keeps them)
  const renamed = new Map<string, string>();

  graph.forEachNode((key, attributes) => {
    if (!isIndividual(key, attributes)) return;
    renamed.set(key, pseudonym(key));
  });

  const taken = new Set<string>();
  graph.forEachNode((key, attributes) => {
    const newKey = renamed.get(key);
    if (newKey === undefined) {
      if (taken.has(key)) throw new TypeError(`pseudonymizeGraph: pseudonym collides with node "${key}"`);
      taken.add(key);
      copy.addNode(key, { ...attributes });
      return;
    }
    if (taken.has(newKey) || (graph.hasNode(newKey) && !renamed.has(newKey))) {
      throw new TypeError(`pseudonymizeGraph: pseudonym "${newKey}" collides with another node`);
    }
    taken.add(newKey);
    copy.addNode(newKey, hiddenName(attributes));
  });

  const rename = (key: string) => renamed.get(key) ?? key;
  let fresh = 0;
  const freshKey = () => {
    let key: string;
    do key = `anon-edge:${++fresh}`; while (graph.hasEdge(key) || copy.hasEdge(key));
    return key;
  };
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const givesAway = (renamed.has(source) && edge.includes(source)) || (renamed.has(target) && edge.includes(target));
    const edgeKey = givesAway ? freshKey() : edge;
    if (undirected) copy.addUndirectedEdgeWithKey(edgeKey, rename(source), rename(target), { ...attributes });
    else copy.addDirectedEdgeWithKey(edgeKey, rename(source), rename(target), { ...attributes });
  });
  return copy;
}

/**
 * {@link pseudonymizeGraph} of the graph an interaction list makes (graph/build.ts
 * `interactionGraph`), without making that graph first: the same nodes, edges, keys and order.
 * The list's attribute objects are handed to the new graph (a pseudonymised node's are copied).
 * @example
 * const safe = pseudonymizeInteractions(collectInteractions(data), (_key, a) => a.kind === 'individual', makePseudonymizer());
 */
export function pseudonymizeInteractions(
  list: InteractionList,
  isIndividual: (key: string, attributes: Attributes) => boolean,
  pseudonym: (key: string) => string,
): InteractionGraph {
  return interactionGraph(pseudonymizeInteractionList(list, isIndividual, pseudonym));
}

/**
 * An interaction list with every node for which `isIndividual(key, attributes)` holds renamed to
 * `pseudonym(key)` and stripped of its name, as {@link pseudonymizeGraph} does to a graph:
 * `interactionGraph` of the result is {@link pseudonymizeInteractions}' graph (same keys,
 * attributes, edge keys and order). Nodes keep their positions (so the list's node order is the
 * input's, not sorted by pseudonym), and what holds no renamed node's id is shared with the input,
 * not copied: the other nodes' objects, every edge's attributes, the position arrays, and the edges
 * between two nodes that keep their keys. An edge with a renamed end is a new object (its `source`
 * and `target` are keys); an edge key that would contain a renamed node's id is listed in
 * `edgeKeys` as `anon-edge:<n>`. Individuals are visited in the list's order, so an order-based
 * pseudonymiser numbers them in that order unless it has seen them before.
 *
 * Throws a TypeError when a pseudonym collides with another node's key (two ids would merge).
 * @example
 * const safe = pseudonymizeInteractionList(collectInteractions(data), (_key, a) => a.kind === 'individual', makePseudonymizer());
 * safe.nodes.map((n) => n.key); // ['anon:1', 'unit:so-khdt', …] in the input's order
 */
export function pseudonymizeInteractionList(
  list: InteractionList,
  isIndividual: (key: string, attributes: Attributes) => boolean,
  pseudonym: (key: string) => string,
): InteractionList {
  const { nodes, edges } = list;
  // The nodes' keys in the copy, by position in the list (as pseudonymizeGraph: pseudonyms, collisions checked).
  const keys = new Set<string>();
  for (const node of nodes) keys.add(node.key);
  const renamed: (string | undefined)[] = nodes.map(({ key, attributes }) => (isIndividual(key, attributes) ? pseudonym(key) : undefined));
  const renamedKeys = new Set<string>();
  nodes.forEach(({ key }, i) => renamed[i] !== undefined && renamedKeys.add(key));
  const taken = new Set<string>();
  const safeNodes = nodes.map((node, i): InteractionNode => {
    const newKey = renamed[i];
    const { key, attributes } = node;
    if (newKey === undefined) {
      if (taken.has(key)) throw new TypeError(`pseudonymizeGraph: pseudonym collides with node "${key}"`);
      taken.add(key);
      return node;
    }
    if (taken.has(newKey) || (keys.has(newKey) && !renamedKeys.has(newKey))) {
      throw new TypeError(`pseudonymizeGraph: pseudonym "${newKey}" collides with another node`);
    }
    taken.add(newKey);
    return { key: newKey, attributes: hiddenName(attributes) as NodeAttributes };
  });

  const at = interactionPositions(list);
  // Fresh keys `anon-edge:<n>` can equal no `e<i>`, nor each other, nor a key the list gives.
  const edgeKeys = new Map<number, string>();
  const given = new Set(list.edgeKeys?.values() ?? []);
  let fresh = 0;
  const freshKey = () => {
    let key: string;
    do key = `anon-edge:${++fresh}`; while (given.has(key));
    return key;
  };
  const safeEdges = edges.map((edge, e): InteractionEdge => {
    const s = at.source[e];
    const t = at.target[e];
    const givenKey = list.edgeKeys?.get(e);
    if (renamed[s] === undefined && renamed[t] === undefined) {
      if (givenKey !== undefined) edgeKeys.set(e, givenKey);
      return edge;
    }
    const edgeKey = givenKey ?? interactionEdgeKey(e);
    if ((renamed[s] !== undefined && edgeKey.includes(edge.source)) || (renamed[t] !== undefined && edgeKey.includes(edge.target))) {
      edgeKeys.set(e, freshKey());
    } else if (givenKey !== undefined) edgeKeys.set(e, givenKey);
    return { source: safeNodes[s].key, target: safeNodes[t].key, attributes: edge.attributes };
  });
  return { nodes: safeNodes, edges: safeEdges, positions: at, ...(edgeKeys.size === 0 ? {} : { edgeKeys }) };
}

/** A pseudonymised node's attributes: a copy with its name attributes set to null. */
function hiddenName(attributes: Attributes): Attributes {
  const hidden: Attributes = { ...attributes };
  for (const name of NAME_ATTRIBUTES) if (name in hidden) hidden[name] = null;
  return hidden;
}

