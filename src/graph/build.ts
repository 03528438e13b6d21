/**
 * The interaction graph (SPEC 3.5): a directed graph whose edges run from the actor who acts to
 * the author of the content acted on, one edge per ordered pair, `weight` = number of interactions
 * (strength), with the count of each interaction type as attributes.
 *
 * Nodes: `unit:<id>` for every configured unit (its accounts and attributed content collapse into
 * it), the page, and every other identified actor seen in the analysed records as an author,
 * reactor or tagged account, each under its node key (`resolve/nodeKey.ts`: any id is a safe key,
 * and no actor's key can be a unit's or a pseudonym). Self-loops and anonymous endpoints are left out.
 * Nodes and edges are inserted in sorted order so that the graph, and everything computed on it,
 * is the same whatever the order of the input records.
 */
import { DirectedGraph } from 'graphology';
import type { ActorKind } from '../model/types';
import { type ResolvedData, unitNodeKey } from '../resolve/resolved';
import { countingSortOrder } from '../util/countingSort';
import { PairSet } from '../util/pairSet';

export const INTERACTION_TYPES = ['comment', 'reply', 'reaction', 'share', 'mention'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export interface NodeAttributes {
  kind: ActorKind;
  label: string | null;
  unitId: string | null;
}

export type EdgeAttributes = { weight: number } & Record<InteractionType, number>;

export type InteractionGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

/** One node of an {@link InteractionList}. */
export interface InteractionNode {
  key: string;
  attributes: NodeAttributes;
}

/** One edge of an {@link InteractionList}. */
export interface InteractionEdge {
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * The interaction graph as plain lists, before any graph object is made: what the analysis indexes
 * (graph/index.ts `indexInteractions`) and what privacy turns into the graph the writers get, so
 * the graph object is built once per run.
 */
export interface InteractionList {
  /** Nodes by key, sorted (UTF-16 code-unit order). */
  readonly nodes: readonly InteractionNode[];
  /** Edges by (source, target), sorted; edge i is keyed {@link interactionEdgeKey}(i) in the graph. */
  readonly edges: readonly InteractionEdge[];
}

/**
 * The key of the i-th edge of an interaction graph: its sorted position, stable across runs and
 * processes (graphology's generated keys carry a per-process instance counter), and free of actor
 * ids (nothing to pseudonymise).
 * @example interactionEdgeKey(0) // 'e0'
 */
export function interactionEdgeKey(i: number): string {
  return `e${i}`;
}

/**
 * Build the interaction graph of the resolved data.
 * @example
 * const graph = buildInteractionGraph(resolveData(dataset, config));
 * graph.getEdgeAttribute(graph.edge('100012345678901', 'unit:so-khdt')!, 'comment'); // 2
 */
export function buildInteractionGraph(data: ResolvedData): InteractionGraph {
  return interactionGraph(collectInteractions(data));
}

/**
 * The graph of an interaction list: nodes and edges inserted in list order, edge i keyed
 * {@link interactionEdgeKey}(i). The list's attribute objects become the graph's (not copied).
 * @example
 * const graph = interactionGraph(collectInteractions(data));
 */
export function interactionGraph(list: InteractionList): InteractionGraph {
  const graph: InteractionGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { key, attributes } of list.nodes) graph.addNode(key, attributes);
  list.edges.forEach(({ source, target, attributes }, i) => graph.addDirectedEdgeWithKey(interactionEdgeKey(i), source, target, attributes));
  return graph;
}

/**
 * The nodes and edges of the interaction graph of the resolved data, sorted (see the module's notes).
 * @example
 * const { nodes, edges } = collectInteractions(resolveData(dataset, config));
 */
export function collectInteractions(data: ResolvedData): InteractionList {
  // Nodes get ids in order of first sight (one look-up per endpoint); edges are kept by source id
  // (an array) and target id, then sorted by the nodes' sorted positions without comparisons.
  const keys: string[] = [];
  const attributes: NodeAttributes[] = [];
  const ids = new Map<string, number>();
  const setNode = (key: string, attrs: NodeAttributes) => {
    const id = ids.get(key);
    if (id !== undefined) attributes[id] = attrs;
    else {
      ids.set(key, keys.length);
      keys.push(key);
      attributes.push(attrs);
    }
  };
  for (const unit of data.config.units) setNode(unitNodeKey(unit.id), { kind: 'agency', label: unit.name, unitId: unit.id });
  const nodeId = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      const actor = data.actorOfNode(key);
      id = keys.length;
      setNode(key, { kind: actor?.kind ?? 'individual', label: actor?.name ?? null, unitId: actor?.unitId ?? null });
    }
    return id;
  };
  const addActorNode = (key: string | null) => {
    if (key !== null) nodeId(key);
  };
  if (data.config.page) addActorNode(data.nodeOfActor(data.config.page.id));

  const rows: (Map<number, EdgeAttributes> | undefined)[] = [];
  let edgeCount = 0;
  const addEdge = (source: string | null, target: string | null, type: InteractionType) => {
    const s = source === null ? -1 : nodeId(source);
    const t = target === null ? -1 : nodeId(target);
    if (s < 0 || t < 0 || s === t) return;
    let row = rows[s];
    if (row === undefined) rows[s] = row = new Map();
    let edge = row.get(t);
    if (!edge) {
      edge = { weight: 0, comment: 0, reply: 0, reaction: 0, share: 0, mention: 0 };
      row.set(t, edge);
      edgeCount++;
    }
    edge.weight += 1;
    edge[type] += 1;
  };
  // Each actor a message tags counts once, however often the text names it.
  const mentions = (author: string | null, tags: { id: string }[]) => {
    if (tags.length === 0) return;
    const tagged = new Set(tags.map((tag) => data.nodeOfActor(tag.id)));
    for (const node of tagged) addEdge(author, node, 'mention');
  };

  for (const post of data.posts) {
    const author = data.postAuthorNode(post);
    addActorNode(author);
    mentions(author, post.messageTags);
    if (post.parentId !== null) {
      const shared = data.postById.get(post.parentId);
      if (shared) addEdge(author, data.postAuthorNode(shared), 'share');
    }
  }
  for (const comment of data.comments) {
    const author = data.commentAuthorNode(comment);
    addActorNode(author);
    mentions(author, comment.messageTags);
    if (comment.parentId === null) {
      const post = data.postById.get(comment.postId);
      if (post) addEdge(author, data.postAuthorNode(post), 'comment');
    } else {
      const parent = data.commentById.get(comment.parentId);
      if (parent) addEdge(author, data.commentAuthorNode(parent), 'reply');
    }
  }
  // One reaction per actor and target, the actor being the node (a unit's accounts are one actor).
  const reacted = new PairSet();
  for (const reaction of data.reactions) {
    const reactor = data.nodeOfActor(reaction.actorId);
    if (reactor !== null && !reacted.add(reactor, reaction.targetId)) continue;
    let target: string | null = null;
    if (reaction.targetType === 'post') {
      const post = data.postById.get(reaction.targetId);
      if (post) target = data.postAuthorNode(post);
    } else {
      const comment = data.commentById.get(reaction.targetId);
      if (comment) target = data.commentAuthorNode(comment);
    }
    addEdge(reactor, target, 'reaction');
  }

  // Sorted by UTF-16 code units: the default order of sort() for strings (no comparator to call).
  const n = keys.length;
  const sortedKeys = [...keys].sort();
  const position = new Int32Array(n); // node id → sorted position
  const nodes = sortedKeys.map((key, p): InteractionNode => {
    const id = ids.get(key)!;
    position[id] = p;
    return { key, attributes: attributes[id] };
  });
  const source = new Int32Array(edgeCount);
  const target = new Int32Array(edgeCount);
  const edgeAttributes: EdgeAttributes[] = [];
  rows.forEach((row, s) => {
    for (const [t, a] of row!) {
      source[edgeAttributes.length] = position[s];
      target[edgeAttributes.length] = position[t];
      edgeAttributes.push(a);
    }
  });
  const order = countingSortOrder(source, edgeCount, n, countingSortOrder(target, edgeCount, n, null));
  const edges = Array.from(order, (e): InteractionEdge => ({
    source: sortedKeys[source[e]], target: sortedKeys[target[e]], attributes: edgeAttributes[e],
  }));
  return { nodes, edges };
}
