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
import type { AbstractGraph } from 'graphology-types';
import type { ActorKind } from '../model/types';
import { type ResolvedData, unitNodeKey } from '../resolve/resolved';
import type { ResolvedActor } from '../resolve/actors';
import { countingSortOrder } from '../util/countingSort';

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
 * The interaction graph as plain lists, no graph object: what the analysis indexes (graph/index.ts
 * `indexInteractions`), what privacy pseudonymises (privacy/pseudonyms.ts
 * `pseudonymizeInteractionList`) and what the writers read (`AnalysisRun.interactions`). A
 * graphology graph is made of it only when asked for ({@link interactionGraph}).
 */
export interface InteractionList {
  /**
   * Nodes in the graph's order: sorted by key (UTF-16 code-unit order) in the list
   * `collectInteractions` makes; a pseudonymised list keeps that order under its new keys.
   */
  readonly nodes: readonly InteractionNode[];
  /** Edges by (source, target) in the nodes' order; edge i is keyed {@link interactionListEdgeKey}(list, i) in the graph. */
  readonly edges: readonly InteractionEdge[];
  /**
   * Where each edge's endpoints are in `nodes` (edge i: `nodes[source[i]]` → `nodes[target[i]]`),
   * when the list carries them (`collectInteractions` does), so that its readers need no look-up
   * by key; a list made by hand may leave them out ({@link interactionPositions} works them out).
   */
  readonly positions?: { readonly source: Int32Array; readonly target: Int32Array };
  /**
   * The edges whose key is not {@link interactionEdgeKey}(i), by position: privacy's neutral keys
   * `anon-edge:<n>` for the keys that would contain a pseudonymised node's id. Absent: none.
   */
  readonly edgeKeys?: ReadonlyMap<number, string>;
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
 * The key of the i-th edge of an interaction list in its graph: {@link interactionEdgeKey}(i) unless
 * the list says otherwise (`edgeKeys`).
 * @example interactionListEdgeKey({ nodes: [], edges: [], edgeKeys: new Map([[1, 'anon-edge:1']]) }, 1) // 'anon-edge:1'
 */
export function interactionListEdgeKey(list: InteractionList, i: number): string {
  return list.edgeKeys?.get(i) ?? interactionEdgeKey(i);
}

/**
 * Where each edge's endpoints are in an interaction list's nodes: the list's own `positions`, else
 * worked out by key (one look-up per endpoint).
 * @example
 * const { source, target } = interactionPositions(list);
 * list.nodes[source[0]].key === list.edges[0].source // true
 */
export function interactionPositions(list: InteractionList): { readonly source: Int32Array; readonly target: Int32Array } {
  if (list.positions !== undefined) return list.positions;
  const position = new Map<string, number>();
  list.nodes.forEach(({ key }, i) => position.set(key, i));
  const source = new Int32Array(list.edges.length);
  const target = new Int32Array(list.edges.length);
  list.edges.forEach((edge, e) => {
    source[e] = position.get(edge.source)!;
    target[e] = position.get(edge.target)!;
  });
  return { source, target };
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
 * {@link interactionListEdgeKey}(list, i). The list's attribute objects become the graph's (not copied).
 * @example
 * const graph = interactionGraph(collectInteractions(data));
 */
export function interactionGraph(list: InteractionList): InteractionGraph {
  const graph: InteractionGraph = new DirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { key, attributes } of list.nodes) graph.addNode(key, attributes);
  useDictionaryAdjacency(graph);
  list.edges.forEach(({ source, target, attributes }, i) => graph.addDirectedEdgeWithKey(interactionListEdgeKey(list, i), source, target, attributes));
  return graph;
}

/**
 * Make a graph's node adjacency records dictionaries before its edges are added: same graph, faster
 * to fill. graphology 0.26 keeps each node's neighbours in a plain object keyed by neighbour key
 * (`in`/`out`); V8 gives every object a hidden class per set of keys added in order, so each
 * node's object walks its own chain of hidden classes — one new class per edge, half the time of
 * `addEdge` and its memory at 2 M interactions. An object made from `Object.create(null)` is a
 * dictionary from the start (given back its usual prototype, so graphology's `hasOwnProperty`
 * calls work): keys, values and their order (creation order, by the language's rules) are those of
 * `{}`. Only empty adjacency objects are replaced, and nothing is done when graphology's
 * internals are not as expected (another version): the graph is then filled as usual.
 * @example
 * const graph = new DirectedGraph();
 * graph.addNode('a'); graph.addNode('b');
 * useDictionaryAdjacency(graph);
 * graph.addEdge('a', 'b');
 */
export function useDictionaryAdjacency(graph: AbstractGraph): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  for (const data of nodes.values() as IterableIterator<Record<string, unknown>>) {
    for (const name of ADJACENCY_NAMES) {
      const adjacency = data[name];
      if (isEmptyPlainObject(adjacency)) data[name] = dictionaryObject();
    }
  }
}

const ADJACENCY_NAMES = ['in', 'out', 'undirected'] as const;

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const _ in value) return false;
  return true;
}

/** An empty object with the usual prototype, in V8's dictionary mode. */
function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * The nodes and edges of the interaction graph of the resolved data, sorted (see the module's notes).
 * @example
 * const { nodes, edges } = collectInteractions(resolveData(dataset, config));
 */
export function collectInteractions(data: ResolvedData): InteractionList {
  // Nodes get integer ids in order of first sight: each actor's, post's and comment's author node
  // is worked out once (one look-up per record after that). Interactions are kept as (source,
  // target, type) numbers in typed arrays — no object per interaction — and become edges once all
  // are in: sorted by the nodes' sorted positions without comparisons, equal pairs merged.
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
  const nodeId = (key: string | null, actorOf: (key: string) => ResolvedActor | undefined = data.actorOfNode): number => {
    if (key === null) return -1;
    let id = ids.get(key);
    if (id === undefined) {
      const actor = actorOf(key);
      id = keys.length;
      setNode(key, { kind: actor?.kind ?? 'individual', label: actor?.name ?? null, unitId: actor?.unitId ?? null });
    }
    return id;
  };
  const actorNodes = new Map<string, number>();
  const actorNode = (actorId: string): number => {
    let id = actorNodes.get(actorId);
    if (id === undefined) actorNodes.set(actorId, (id = nodeId(data.nodeOfActor(actorId))));
    return id;
  };
  if (data.config.page) actorNode(data.config.page.id);

  const interactions = new InteractionBuffer();
  // Each actor a message tags counts once, however often the text names it.
  const mentions = (author: number, tags: readonly { id: string }[]) => {
    const tagged: number[] = [];
    for (const tag of tags) {
      const node = actorNode(tag.id);
      if (!tagged.includes(node)) tagged.push(node);
    }
    for (const node of tagged) interactions.add(author, node, MENTION);
  };

  // Resolve's node numbers (comment authors, reactors) → ids here, each worked out once.
  const idOfNode = new Int32Array(data.nodeKeys.length).fill(-1);
  const idOfNumber = (n: number): number => {
    if (n < 0) return -1;
    const id = idOfNode[n];
    return id >= 0 ? id : (idOfNode[n] = nodeId(data.nodeKeys[n], () => data.actorOfNodeNumber(n)));
  };

  // Author nodes of the analysed posts and comments by position in data.posts / data.comments
  // (-1: anonymous). A record's author is the one at its position, unless two records share an
  // id (a dataset made by hand: ingest merges them): then, as by id, the last one's. Every other
  // record is found by position too (resolve's commentPosts, commentParents, reactionTargets:
  // the last record with that id, whose author is the one by id).
  const { posts, comments, commentPosts, commentParents } = data;
  const postAuthorAt = new Int32Array(posts.length);
  for (let i = 0; i < posts.length; i++) postAuthorAt[i] = idOfNumber(data.postAuthorNodeIds[i]);
  const commentAuthorAt = new Int32Array(comments.length);
  for (let i = 0; i < comments.length; i++) commentAuthorAt[i] = idOfNumber(data.commentAuthorNodeIds[i]);
  const postAuthors = new Map(posts.map((post, i) => [post.id, postAuthorAt[i]])); // for shares (few)
  const postsUnique = postAuthors.size === posts.length;
  const commentAuthors = data.commentIdsDistinct ? null : new Map(comments.map((c, i) => [c.id, commentAuthorAt[i]]));

  for (let i = 0; i < posts.length; i++) {
    const post = posts[i];
    const author = postsUnique ? postAuthorAt[i] : postAuthors.get(post.id)!;
    if (post.messageTags.length > 0) mentions(author, post.messageTags);
    if (post.parentId !== null) {
      const shared = postAuthors.get(post.parentId);
      if (shared !== undefined) interactions.add(author, shared, SHARE);
    }
  }
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    const author = commentAuthors === null ? commentAuthorAt[i] : commentAuthors.get(comment.id)!;
    if (comment.messageTags.length > 0) mentions(author, comment.messageTags);
    if (comment.parentId === null) {
      if (commentPosts[i] >= 0) interactions.add(author, postAuthorAt[commentPosts[i]], COMMENT);
    } else if (commentParents[i] >= 0) interactions.add(author, commentAuthorAt[commentParents[i]], REPLY);
  }
  // One reaction per node and target (a unit's accounts are one node). Each reaction's node and
  // target are numbers (resolve); visited by target, a node's earlier reaction on the same target
  // is the last one it made, so one number per node tells a repeat.
  const { reactionNodeIds, reactionTargets } = data;
  const m = reactionNodeIds.length;
  const reactorAt = new Int32Array(m);
  for (let i = 0; i < m; i++) reactorAt[i] = idOfNumber(reactionNodeIds[i]);
  const targetAuthorAt = new Int32Array(posts.length + comments.length);
  targetAuthorAt.set(postAuthorAt);
  targetAuthorAt.set(commentAuthorAt, posts.length);
  // Ingest hands reactions over grouped by target already; only a list that is not (made by hand)
  // is visited in a counting-sort order (the edges do not depend on the order interactions come in).
  const lastTarget = new Int32Array(keys.length).fill(-1);
  const visit = (i: number) => {
    const reactor = reactorAt[i];
    const target = reactionTargets[i];
    if (reactor < 0 || lastTarget[reactor] === target) return;
    lastTarget[reactor] = target;
    interactions.add(reactor, targetAuthorAt[target], REACTION);
  };
  if (groupedByTarget(reactionTargets, m, targetAuthorAt.length)) for (let i = 0; i < m; i++) visit(i);
  else for (const i of countingSortOrder(reactionTargets, m, targetAuthorAt.length, null)) visit(i);
  return interactions.list(keys, attributes, ids);
}

const COMMENT = INTERACTION_TYPES.indexOf('comment');
const REPLY = INTERACTION_TYPES.indexOf('reply');
const REACTION = INTERACTION_TYPES.indexOf('reaction');
const SHARE = INTERACTION_TYPES.indexOf('share');
const MENTION = INTERACTION_TYPES.indexOf('mention');
/** Room for every interaction type in a packed (target, type) number: a power of two above their count. */
const TYPE_SLOTS = 8;

/**
 * Whether the items' targets come in runs, each target in one run (ingest's order: reactions by
 * target). One pass, a mark per target.
 */
function groupedByTarget(targets: Int32Array, m: number, targetCount: number): boolean {
  const closed = new Uint8Array(targetCount); // a run of this target has ended
  for (let i = 0; i < m; i++) {
    const t = targets[i];
    if (closed[t] === 1) return false;
    if (i + 1 < m && targets[i + 1] !== t) closed[t] = 1;
  }
  return true;
}

/** Sort `a[from .. to)` ascending in place: insertion for a short run, the typed array's own sort for a long one. */
function sortRun(a: Int32Array | Float64Array, from: number, to: number): void {
  if (to - from > 16) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    for (; j >= from && a[j] > v; j--) a[j + 1] = a[j];
    a[j + 1] = v;
  }
}

/** Interactions as (source, target, type) numbers, growing by doubling; then the edges they make. */
class InteractionBuffer {
  private source = new Int32Array(1024);
  private target = new Int32Array(1024);
  private type = new Uint8Array(1024);
  private count = 0;

  /** One interaction of `source` with `target`; none when either is anonymous (-1) or they are one node. */
  add(source: number, target: number, type: number): void {
    if (source < 0 || target < 0 || source === target) return;
    if (this.count === this.source.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const bigger = new (a.constructor as new (n: number) => T)(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.source = grow(this.source);
      this.target = grow(this.target);
      this.type = grow(this.type);
    }
    this.source[this.count] = source;
    this.target[this.count] = target;
    this.type[this.count] = type;
    this.count++;
  }

  /**
   * The sorted nodes and edges (interactions of one ordered pair merged into one edge). The
   * interactions are grouped by their source's sorted position (one counting sort), each kept as
   * one number, its target's position and its type packed together (target × 8 + type), and each
   * group sorted by that number: the edges come out by (source, target), each one's interactions
   * side by side, read in order (no walk through 2 M interactions in a permuted order).
   */
  list(keys: string[], attributes: NodeAttributes[], ids: ReadonlyMap<string, number>): InteractionList {
    // Sorted by UTF-16 code units: the default order of sort() for strings (no comparator to call).
    const n = keys.length;
    const sortedKeys = [...keys].sort();
    const position = new Int32Array(n); // node id → sorted position
    const nodes = sortedKeys.map((key, p): InteractionNode => {
      const id = ids.get(key)!;
      position[id] = p;
      return { key, attributes: attributes[id] };
    });
    const m = this.count;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) start[position[this.source[i]] + 1]++;
    for (let s = 0; s < n; s++) start[s + 1] += start[s];
    // Int32 while target × 8 + 7 fits (below 2^28 nodes), else exact doubles.
    const packed = n * TYPE_SLOTS <= 0x7fffffff ? new Int32Array(m) : new Float64Array(m);
    const fill = start.slice(0, n);
    for (let i = 0; i < m; i++) packed[fill[position[this.source[i]]]++] = position[this.target[i]] * TYPE_SLOTS + this.type[i];
    for (let s = 0; s < n; s++) sortRun(packed, start[s], start[s + 1]);

    const edges: InteractionEdge[] = [];
    const edgeSource = new Int32Array(m);
    const edgeTarget = new Int32Array(m);
    const counts = new Int32Array(TYPE_SLOTS);
    for (let s = 0; s < n; s++) {
      const end = start[s + 1];
      for (let k = start[s]; k < end;) {
        const t = Math.floor(packed[k] / TYPE_SLOTS);
        const next = (t + 1) * TYPE_SLOTS;
        counts.fill(0);
        let weight = 0;
        for (; k < end && packed[k] < next; k++) {
          counts[packed[k] - t * TYPE_SLOTS]++;
          weight++;
        }
        edgeSource[edges.length] = s;
        edgeTarget[edges.length] = t;
        edges.push({
          source: sortedKeys[s],
          target: sortedKeys[t],
          attributes: { weight, comment: counts[COMMENT], reply: counts[REPLY], reaction: counts[REACTION], share: counts[SHARE], mention: counts[MENTION] },
        });
      }
    }
    const positions = { source: edgeSource.slice(0, edges.length), target: edgeTarget.slice(0, edges.length) };
    return { nodes, edges, positions };
  }
}
