import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DirectedGraph } from 'graphology';
import {
  buildInteractionGraph, collectInteractions, interactionEdgeKey, interactionGraph, type EdgeAttributes, type InteractionGraph,
  type NodeAttributes,
} from '../../src/graph/build';
import { buildGraphIndex, indexInteractions } from '../../src/graph/index';
import { comment, dataset, makeConfig, post, reaction, resolve, type DatasetInput } from '../helpers/dataset';
import { countMapSetOperations } from '../helpers/operations';

const graphOf = (input: DatasetInput) => buildInteractionGraph(resolve(input));

/** Edges as `source → target` with their attributes (weight and per-type counts, zeros left out). */
function edgesOf(graph: InteractionGraph): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  graph.forEachEdge((_edge, attributes: EdgeAttributes, source, target) => {
    out[`${source} → ${target}`] = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== 0));
  });
  return out;
}

describe('buildInteractionGraph: nodes (SPEC 3.5)', () => {
  it('has a `unit:<id>` node for every configured unit (even a silent one) and the page node', () => {
    const graph = graphOf({});
    expect(graph.nodes()).toEqual(['page', 'unit:cam-pha', 'unit:ha-long', 'unit:so-khdt', 'unit:so-tc']);
    expect(graph.getNodeAttributes('unit:so-khdt')).toEqual({ kind: 'agency', label: 'Sở Kế hoạch và Đầu tư', unitId: 'so-khdt' });
    expect(graph.getNodeAttributes('page')).toEqual({ kind: 'page', label: 'DDCI Quảng Ninh', unitId: null });
    expect(graph.size).toBe(0);
  });

  it('gives every other identified actor a node with its kind and label; accounts of units are not nodes', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-khdt' }), post('q', { from: 'acc-khdt-2' })],
      comments: [comment('c1', 'p', { from: 'biz' }), comment('c2', 'p', { from: 'hh' }), comment('c3', 'p', { from: 'ann' })],
      names: { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn Thị An' },
    });
    expect(graph.hasNode('acc-khdt')).toBe(false);
    expect(graph.hasNode('acc-khdt-2')).toBe(false);
    expect(graph.getNodeAttributes('biz')).toEqual({ kind: 'business', label: 'Công ty TNHH Hải Long', unitId: null });
    expect(graph.getNodeAttributes('hh')).toEqual({ kind: 'association', label: 'Hiệp hội Du lịch', unitId: null });
    expect(graph.getNodeAttributes('ann')).toEqual({ kind: 'individual', label: 'Nguyễn Thị An', unitId: null });
  });

  it('has no node for anonymous authors or reactors', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('c', 'p', { from: null }), comment('r', 'p', { from: 'u', parent: 'c' })],
      reactions: [reaction('p', null)],
    });
    expect(graph.nodes().filter((n) => !n.startsWith('unit:') && n !== 'page')).toEqual(['u']);
    expect(graph.size).toBe(0);
  });
});

describe('buildInteractionGraph: edges from the actor to the author acted on (SPEC 3.5)', () => {
  it('comment: a top-level comment\'s author → the post\'s author', () => {
    const graph = graphOf({ posts: [post('p', { from: 'acc-tc' })], comments: [comment('c', 'p', { from: 'biz' })] });
    expect(edgesOf(graph)).toEqual({ 'biz → unit:so-tc': { weight: 1, comment: 1 } });
  });

  it('reply: a reply\'s author → the author of the comment it replies to (not the post\'s author)', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('c', 'p', { from: 'biz' }), comment('r', 'p', { from: 'acc-tc', parent: 'c' })],
    });
    expect(edgesOf(graph)).toEqual({
      'biz → unit:so-tc': { weight: 1, comment: 1 },
      'unit:so-tc → biz': { weight: 1, reply: 1 },
    });
  });

  it('reaction: a reactor → the author of the post, or of the comment reacted to', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('c', 'p', { from: 'biz' })],
      reactions: [reaction('p', 'ann'), reaction('c', 'ann', 'comment')],
    });
    expect(edgesOf(graph)).toEqual({
      'ann → unit:so-tc': { weight: 1, reaction: 1 },
      'ann → biz': { weight: 1, reaction: 1 },
      'biz → unit:so-tc': { weight: 1, comment: 1 },
    });
  });

  it('share: the author of a post with parent_id → the author of the shared post, if that post is in the data', () => {
    const graph = graphOf({
      posts: [
        post('orig', { from: 'acc-hl' }),
        post('s1', { from: 'hh', parent: 'orig' }),
        post('s2', { from: 'biz', parent: 's1' }),
        post('s3', { from: 'ann', parent: 'not-in-data' }),
      ],
    });
    expect(edgesOf(graph)).toEqual({
      'hh → unit:ha-long': { weight: 1, share: 1 },
      'biz → hh': { weight: 1, share: 1 },
    });
    expect(graph.hasNode('ann')).toBe(true); // an author, but of no edge
  });

  it('mention: the author of a post or comment → each actor in its message_tags (a unit account → its unit)', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'biz', tags: ['acc-khdt', 'hh'] })],
      comments: [comment('c', 'p', { from: 'ann', tags: ['acc-khdt-2', 'biz'] })],
    });
    expect(edgesOf(graph)).toEqual({
      'biz → unit:so-khdt': { weight: 1, mention: 1 },
      'biz → hh': { weight: 1, mention: 1 },
      'ann → unit:so-khdt': { weight: 1, mention: 1 },
      'ann → biz': { weight: 2, comment: 1, mention: 1 },
    });
    expect(graph.getNodeAttributes('hh').kind).toBe('individual'); // tagged, with no name to classify
  });

  it('weight = the number of interactions of every type, with per-type counts as attributes', () => {
    const graph = graphOf({
      posts: [post('p1', { from: 'acc-cp' }), post('p2', { from: 'acc-cp' }), post('s', { from: 'biz', parent: 'p1', tags: ['acc-cp'] })],
      comments: [
        comment('c1', 'p1', { from: 'biz' }),
        comment('c2', 'p1', { from: 'biz' }),
        comment('c3', 'p2', { from: 'biz', tags: ['acc-cp'] }),
        comment('a1', 'p2', { from: 'acc-cp' }),
        comment('r1', 'p2', { from: 'biz', parent: 'a1' }),
      ],
      reactions: [reaction('p1', 'biz'), reaction('p2', 'biz'), reaction('a1', 'biz', 'comment')],
    });
    expect(edgesOf(graph)['biz → unit:cam-pha']).toEqual({ weight: 10, comment: 3, reply: 1, reaction: 3, share: 1, mention: 2 });
    const attributes = graph.getEdgeAttributes('biz', 'unit:cam-pha');
    expect(attributes.weight).toBe(attributes.comment + attributes.reply + attributes.reaction + attributes.share + attributes.mention);
  });
});

describe('buildInteractionGraph: collapse, the page answering, exclusions (SPEC 3.3, 3.5)', () => {
  it('collapses every account of a unit, and its page-attributed content, into one node', () => {
    const graph = graphOf({
      posts: [
        post('p1', { from: 'acc-khdt' }),
        post('p2', { from: 'acc-khdt-2' }),
        post('p3', { from: 'page', admin: 'acc-khdt' }),
        post('p4', { from: 'page', message: 'Sở KHĐT thông báo' }),
      ],
      comments: ['p1', 'p2', 'p3', 'p4'].map((p) => comment(`c-${p}`, p, { from: 'biz' })),
    });
    expect(edgesOf(graph)).toEqual({ 'biz → unit:so-khdt': { weight: 4, comment: 4 } });
  });

  it('collapses a unit account the dataset\'s actor list omits (reactor or tagged account)', () => {
    const ds = { ...dataset({ posts: [post('p', { from: 'biz', tags: ['acc-tc'] })], reactions: [reaction('p', 'acc-khdt-2')] }), actors: [] };
    const graph = buildInteractionGraph(resolve(ds, makeConfig()));
    expect(edgesOf(graph)).toEqual({
      'biz → unit:so-tc': { weight: 1, mention: 1 },
      'unit:so-khdt → biz': { weight: 1, reaction: 1 },
    });
    expect(graph.hasNode('acc-khdt-2')).toBe(false);
    expect(graph.hasNode('acc-tc')).toBe(false);
  });

  it('a page comment naming a unit\'s alias acts for that unit; without one it acts for the page', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [
        comment('q', 'p', { from: 'biz', message: 'Xin hỏi?' }),
        comment('a1', 'p', { from: 'page', parent: 'q', message: 'Sở Tài chính trả lời: ...' }),
        comment('a2', 'p', { from: 'page', parent: 'q', message: 'Trang đã chuyển câu hỏi' }),
      ],
    });
    expect(edgesOf(graph)).toEqual({
      'biz → unit:so-tc': { weight: 1, comment: 1 },
      'unit:so-tc → biz': { weight: 1, reply: 1 },
      'page → biz': { weight: 1, reply: 1 },
    });
  });

  it('leaves out self-loops: a unit replying, reacting, sharing or tagging itself, from any of its accounts', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-khdt', tags: ['acc-khdt-2'] }), post('s', { from: 'acc-khdt-2', parent: 'p' })],
      comments: [comment('c', 'p', { from: 'acc-khdt-2' }), comment('r', 'p', { from: 'acc-khdt', parent: 'c' })],
      reactions: [reaction('p', 'acc-khdt'), reaction('c', 'acc-khdt-2', 'comment')],
    });
    expect(graph.size).toBe(0);
    expect(graph.hasEdge('unit:so-khdt', 'unit:so-khdt')).toBe(false);
  });

  it('leaves out an individual commenting on their own post', () => {
    const graph = graphOf({ posts: [post('p', { from: 'ann' })], comments: [comment('c', 'p', { from: 'ann' })], reactions: [reaction('p', 'ann')] });
    expect(graph.size).toBe(0);
  });

  it('leaves out anonymous endpoints: anonymous comments, replies to them, anonymous reactions, posts without author', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'acc-tc' }), post('nobody', { from: null })],
      comments: [
        comment('anon', 'p', { from: null }),
        comment('r', 'p', { from: 'biz', parent: 'anon' }),
        comment('r2', 'p', { from: null, parent: 'r' }),
        comment('c', 'nobody', { from: 'biz' }),
      ],
      reactions: [reaction('p', null), reaction('p', null), reaction('anon', 'ann', 'comment')],
    });
    expect(graph.size).toBe(0);
  });

  it('counts one reaction per actor and target: duplicates and two accounts of one unit count once', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'biz' }), post('q', { from: 'biz' })],
      reactions: [
        reaction('p', 'ann'), reaction('p', 'ann', 'post', 'LOVE'), reaction('q', 'ann'),
        reaction('p', 'acc-khdt'), reaction('p', 'acc-khdt-2'),
      ],
    });
    expect(edgesOf(graph)).toEqual({
      'ann → biz': { weight: 2, reaction: 2 },
      'unit:so-khdt → biz': { weight: 1, reaction: 1 },
    });
  });

  it('inserts nodes and edges in sorted order', () => {
    const graph = graphOf({
      posts: [post('p', { from: 'zed' })],
      comments: [comment('c1', 'p', { from: 'yan' }), comment('c2', 'p', { from: 'abe' })],
    });
    const nodes = graph.nodes();
    expect(nodes).toEqual([...nodes].sort());
    expect(graph.mapEdges((_e, _a, s, t) => `${s}>${t}`)).toEqual(['abe>zed', 'yan>zed']);
  });
});

describe('buildInteractionGraph: deterministic under record order (fast-check)', () => {
  const posts = [
    post('p1', { from: 'acc-khdt', h: 0, tags: ['hh'] }),
    post('p2', { from: 'page', h: 1, message: 'UBND Hạ Long thông báo' }),
    post('p3', { from: 'page', h: 2, message: 'Tin chung' }),
    post('s1', { from: 'hh', h: 3, parent: 'p1' }),
    post('s2', { from: 'biz', h: 4, parent: 's1' }),
  ];
  const comments = [
    comment('c1', 'p1', { from: 'biz', h: 5 }),
    comment('c2', 'p1', { from: 'acc-khdt-2', h: 6, parent: 'c1', tags: ['biz'] }),
    comment('c3', 'p2', { from: 'ann', h: 5 }),
    comment('c4', 'p2', { from: 'page', h: 7, parent: 'c3', message: 'TP Hạ Long trả lời' }),
    comment('c5', 'p3', { from: null, h: 8 }),
    comment('c6', 'p3', { from: 'hh', h: 9, parent: 'c5' }),
    comment('c7', 's1', { from: 'ann', h: 9 }),
  ];
  const reactions = [
    reaction('p1', 'ann'), reaction('p1', 'biz'), reaction('p1', 'acc-tc'), reaction('p2', 'hh'), reaction('p2', null),
    reaction('c1', 'acc-khdt', 'comment'), reaction('c1', 'acc-khdt-2', 'comment'), reaction('c3', 'biz', 'comment'),
    reaction('s1', 'biz'), reaction('s2', 'ann'),
  ];
  const names = { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An' };
  // graphology's generated edge keys carry an instance counter: compare everything but them.
  const exported = (graph: InteractionGraph) => {
    const { edges, ...rest } = graph.export();
    return { ...rest, edges: edges.map(({ key: _key, ...edge }) => edge) };
  };
  const reference = exported(buildInteractionGraph(resolve({ posts, comments, reactions, names })));

  it('the graph (nodes, attributes, edges and their order) is the same for every permutation of the records', () => {
    const perm = <T,>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
    fc.assert(
      fc.property(perm(posts), perm(comments), perm(reactions), (p, c, r) => {
        const ds = dataset({ posts: p, comments: c, reactions: r, names });
        ds.actors.reverse();
        expect(exported(buildInteractionGraph(resolve(ds, makeConfig())))).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  });

  it('the reference graph is the hand-computed one', () => {
    const graph = buildInteractionGraph(resolve({ posts, comments, reactions, names }));
    expect(edgesOf(graph)).toEqual({
      'ann → unit:ha-long': { weight: 1, comment: 1 },
      'ann → unit:so-khdt': { weight: 1, reaction: 1 },
      'ann → hh': { weight: 1, comment: 1 },
      'ann → biz': { weight: 1, reaction: 1 },
      'biz → unit:so-khdt': { weight: 2, comment: 1, reaction: 1 },
      'biz → ann': { weight: 1, reaction: 1 },
      'biz → hh': { weight: 2, reaction: 1, share: 1 },
      'hh → unit:ha-long': { weight: 1, reaction: 1 },
      'hh → unit:so-khdt': { weight: 1, share: 1 },
      'unit:ha-long → ann': { weight: 1, reply: 1 },
      'unit:so-khdt → biz': { weight: 3, reply: 1, reaction: 1, mention: 1 },
      'unit:so-khdt → hh': { weight: 1, mention: 1 },
      'unit:so-tc → unit:so-khdt': { weight: 1, reaction: 1 },
    });
  });
});

describe('mentions (SPEC 3.5: "each actor in its message_tags")', () => {
  it('count each tagged actor once per message, however often it is tagged (a unit\'s two accounts are one actor)', () => {
    const graph = buildInteractionGraph(resolve({
      posts: [post('p1', { from: 'biz-1', message: 'Hỏi Sở KHĐT', tags: ['acc-khdt', 'acc-khdt', 'acc-khdt-2', 'biz-2'] })],
    }));
    expect(graph.getEdgeAttribute(graph.edge('biz-1', 'unit:so-khdt')!, 'mention')).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('biz-1', 'biz-2')!, 'mention')).toBe(1);
  });
});

describe('collectInteractions / indexInteractions: the graph and its index without a graph object first', () => {
  const input: DatasetInput = {
    posts: [post('p1', { from: 'acc-khdt', h: 0, tags: ['hh'] }), post('s1', { from: 'hh', h: 3, parent: 'p1' })],
    comments: [comment('c1', 'p1', { from: 'biz', h: 5 }), comment('c2', 'p1', { from: 'acc-khdt-2', h: 6, parent: 'c1', tags: ['biz'] })],
    reactions: [reaction('p1', 'ann'), reaction('p1', 'biz'), reaction('c1', 'acc-khdt', 'comment'), reaction('s1', 'biz')],
    names: { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An' },
  };

  it('interactionGraph(collectInteractions(data)) is buildInteractionGraph(data), edge keys e0, e1, … in sorted order', () => {
    const data = resolve(input);
    const graph = interactionGraph(collectInteractions(data));
    expect(graph.export()).toEqual(buildInteractionGraph(data).export());
    expect(graph.edges()).toEqual(graph.edges().map((_, i) => interactionEdgeKey(i)));
  });

  it('indexInteractions(list) equals buildGraphIndex of the graph made from the list (oracle: the graphology path)', () => {
    const list = collectInteractions(resolve(input));
    expect(indexInteractions(list)).toEqual(buildGraphIndex(interactionGraph(list)));
  });

  it('the list\'s edge positions point at its edges\' endpoints; without them (a list made by hand) the index is the same', () => {
    const list = collectInteractions(resolve(input));
    const { source, target } = list.positions!;
    expect(list.edges.map((e, i) => [list.nodes[source[i]].key, list.nodes[target[i]].key])).toEqual(list.edges.map((e) => [e.source, e.target]));
    expect(indexInteractions({ nodes: list.nodes, edges: list.edges })).toEqual(indexInteractions(list));
  });

  it('visits each record once: no author look-up per post or comment (read by position), one node look-up per distinct actor (regression guard)', () => {
    const data = resolve({
      ...input,
      reactions: [...input.reactions!, reaction('p1', 'biz'), reaction('c2', 'ann', 'comment'), reaction('c1', 'ann', 'comment'), reaction('s1', 'ann')],
    });
    const calls = { nodeOfActor: [] as (string | null)[], postAuthorNode: 0, commentAuthorNode: 0 };
    const counted = {
      ...data,
      nodeOfActor: (id: string | null) => (calls.nodeOfActor.push(id), data.nodeOfActor(id)),
      postAuthorNode: (p: Parameters<typeof data.postAuthorNode>[0]) => (calls.postAuthorNode++, data.postAuthorNode(p)),
      commentAuthorNode: (c: Parameters<typeof data.commentAuthorNode>[0]) => (calls.commentAuthorNode++, data.commentAuthorNode(c)),
    };
    const list = collectInteractions(counted);
    expect(list).toEqual(collectInteractions(data));
    expect(calls.postAuthorNode).toBe(0); // data.postAuthorNodeIds[i]
    expect(calls.commentAuthorNode).toBe(0); // data.commentAuthorNodeIds[i]
    expect(calls.nodeOfActor.length).toBe(new Set(calls.nodeOfActor).size); // each actor asked once
    expect(data.reactions.length).toBeGreaterThan(new Set(data.reactions.map((r) => r.actorId)).size); // some actors react several times
  });

  it('useDictionaryAdjacency: the graph is the one graphology builds alone — nodes, edges, attributes, neighbour order (oracle: plain graphology)', () => {
    const list = collectInteractions(resolve(input));
    const plain = new DirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const { key, attributes } of list.nodes) plain.addNode(key, attributes);
    list.edges.forEach(({ source, target, attributes }, i) => plain.addDirectedEdgeWithKey(interactionEdgeKey(i), source, target, attributes));
    const graph = interactionGraph(list);
    expect(graph.export()).toEqual(plain.export());
    for (const node of plain.nodes()) {
      expect(graph.outNeighbors(node)).toEqual(plain.outNeighbors(node));
      expect(graph.inNeighbors(node)).toEqual(plain.inNeighbors(node));
      expect(graph.outEdges(node)).toEqual(plain.outEdges(node));
      expect(graph.hasDirectedEdge(node, 'unit:so-khdt')).toBe(plain.hasDirectedEdge(node, 'unit:so-khdt'));
    }
  });

  it('useDictionaryAdjacency: every node\'s neighbour objects are dictionaries (V8), so adding an edge makes no hidden class (regression guard)', () => {
    // V8's own test of an object's mode, allowed for the code compiled from here on.
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
    const graph = interactionGraph(collectInteractions(resolve(input)));
    const nodes = (graph as unknown as { _nodes: Map<string, { in: object; out: object }> })._nodes;
    expect(nodes.size).toBeGreaterThan(3);
    for (const data of nodes.values()) {
      expect(hasFastProperties(data.in)).toBe(false);
      expect(hasFastProperties(data.out)).toBe(false);
    }
    // The oracle says what it says: a plain graphology graph's are fast (a hidden class per key set).
    const plain = new DirectedGraph();
    plain.addNode('a');
    plain.addNode('b');
    plain.addEdge('a', 'b');
    expect(hasFastProperties((plain as unknown as { _nodes: Map<string, { out: object }> })._nodes.get('a')!.out)).toBe(true);
  });

  it('the edges are those worked out record by record by id (oracle: a by-id reading of SPEC 3.5 written here), duplicate ids included (fast-check)', () => {
    const ids = ['p1', 'p2', 'x', 'c1', 'c2', 'gone']; // 'x': a post's and a comment's id (two targets)
    const actorIds = ['acc-tc', 'acc-khdt', 'acc-khdt-2', 'page', 'biz', 'ann', 'hh', null];
    const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items);
    const tags = fc.array(pick(['biz', 'acc-khdt', 'acc-khdt-2', 'ann']), { maxLength: 3 });
    const records = fc.record({
      posts: fc.array(fc.record({ id: pick(ids.slice(0, 3)), from: pick(actorIds), parent: pick([null, 'p1', 'p2', 'x']), tags }), { maxLength: 4 }),
      comments: fc.array(fc.record({ id: pick(ids.slice(2, 5)), post: pick(ids), parent: pick([null, ...ids.slice(2)]), from: pick(actorIds), tags }), { maxLength: 7 }),
      reactions: fc.array(fc.record({ target: pick(ids), type: pick(['post', 'comment'] as const), from: pick(actorIds) }), { maxLength: 12 }),
    });
    fc.assert(fc.property(records, (r) => {
      const data = resolve({
        posts: r.posts.map((p, i) => post(p.id, { from: p.from, parent: p.parent, tags: p.tags, h: i })),
        comments: r.comments.map((c, i) => comment(c.id, c.post, { from: c.from, parent: c.parent, tags: c.tags, h: i })),
        reactions: r.reactions.map((x) => reaction(x.target, x.from, x.type)),
      });
      const expected = new Map<string, Record<string, number>>();
      const add = (source: string | null, target: string | null, type: string) => {
        if (source === null || target === null || source === target) return;
        const edge = expected.get(`${source} → ${target}`) ?? { weight: 0 };
        edge.weight++;
        edge[type] = (edge[type] ?? 0) + 1;
        expected.set(`${source} → ${target}`, edge);
      };
      const postAuthor = (id: string) => (data.postById.has(id) ? data.postAuthorNode(data.postById.get(id)!) : null);
      const commentAuthor = (id: string) => (data.commentById.has(id) ? data.commentAuthorNode(data.commentById.get(id)!) : null);
      const mentions = (author: string | null, tagged: readonly { id: string }[]) =>
        new Set(tagged.map((t) => data.nodeOfActor(t.id))).forEach((node) => add(author, node, 'mention'));
      for (const p of data.posts) {
        mentions(postAuthor(p.id), p.messageTags);
        if (p.parentId !== null) add(postAuthor(p.id), postAuthor(p.parentId), 'share');
      }
      for (const c of data.comments) {
        mentions(commentAuthor(c.id), c.messageTags);
        if (c.parentId === null) add(commentAuthor(c.id), postAuthor(c.postId), 'comment');
        else add(commentAuthor(c.id), commentAuthor(c.parentId), 'reply');
      }
      const reacted = new Set<string>();
      for (const x of data.reactions) {
        const node = data.nodeOfActor(x.actorId);
        const once = `${node}|${x.targetType}|${x.targetId}`;
        if (node === null || reacted.has(once)) continue;
        reacted.add(once);
        add(node, x.targetType === 'post' ? postAuthor(x.targetId) : commentAuthor(x.targetId), 'reaction');
      }
      const list = collectInteractions(data);
      const got = Object.fromEntries(list.edges.map((e) => [`${e.source} → ${e.target}`, Object.fromEntries(Object.entries(e.attributes).filter(([, v]) => v !== 0))]));
      expect(got).toEqual(Object.fromEntries(expected));
    }), { numRuns: 300 });
  });

  it('looks nothing up per reaction: ten times the reactions (the same reactors and targets) make no more Map or Set look-ups (regression guard)', () => {
    const reactions = [reaction('p1', 'ann'), reaction('p1', 'biz'), reaction('c1', 'acc-khdt', 'comment'), reaction('s1', 'biz'), reaction('c2', 'ann', 'comment')];
    const lookUps = (times: number) => {
      const data = resolve({ ...input, reactions: Array.from({ length: times }, () => reactions).flat() });
      const { calls, value } = countMapSetOperations(() => collectInteractions(data));
      return { calls, reactions: value.edges.reduce((n, e) => n + e.attributes.reaction, 0) };
    };
    const once = lookUps(1);
    expect(once.reactions).toBe(5);
    expect(once.calls).toBeGreaterThan(0); // the spy sees the look-ups there are
    expect(lookUps(10)).toEqual(once); // repeats count once and cost no look-up
  });

  it('the same list whether the reactions come grouped by target (as ingest gives them: read in order) or in any order (read by target) (fast-check)', () => {
    const targets = [['p1', 'post'], ['s1', 'post'], ['c1', 'comment'], ['c2', 'comment'], ['gone', 'post']] as const;
    const actors = ['ann', 'biz', 'hh', 'acc-khdt', 'acc-khdt-2', 'page', null];
    const reactions = fc.array(fc.record({ target: fc.constantFrom<readonly [string, 'post' | 'comment']>(...targets), from: fc.constantFrom(...actors) }), { maxLength: 30 });
    fc.assert(fc.property(reactions, fc.infiniteStream(fc.nat()), (r, keys) => {
      const records = r.map(({ target: [id, type], from }) => reaction(id, from, type));
      const grouped = [...records].sort((a, b) => (a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0));
      const sortKey = new Map(records.map((x) => [x, keys.next().value as number]));
      const shuffled = [...records].sort((a, b) => sortKey.get(a)! - sortKey.get(b)!);
      const listOf = (rs: typeof records) => collectInteractions(resolve({ ...input, reactions: rs }));
      expect(listOf(shuffled)).toEqual(listOf(grouped));
    }), { numRuns: 200 });
  });

  it('merges a source\'s many interactions by target, in target order (more than the short-run sort takes: the long-run sort too)', () => {
    // One fan comments on and reacts to 40 posts of 40 authors; the page also comments on 3 of them.
    const authors = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const posts = authors.map((a, i) => post(`p${i}`, { from: a, h: i }));
    const comments = [...authors.map((_, i) => comment(`c${i}`, `p${(i * 7) % 40}`, { from: 'fan', h: 50 + i })),
      ...[5, 17, 33].map((i) => comment(`pc${i}`, `p${i}`, { from: 'page', h: 100 + i }))];
    const reactions = authors.map((_, i) => reaction(`p${(i * 13) % 40}`, 'fan'));
    const list = collectInteractions(resolve({ posts, comments, reactions }));
    const fan = list.edges.filter((e) => e.source === 'fan');
    expect(fan.map((e) => e.target)).toEqual(authors); // sorted by target key
    expect(fan.every((e) => e.attributes.weight === 2 && e.attributes.comment === 1 && e.attributes.reaction === 1)).toBe(true);
    expect(list.edges.filter((e) => e.source === 'page').map((e) => [e.target, e.attributes.comment])).toEqual([['a05', 1], ['a17', 1], ['a33', 1]]);
  });

  it('indexInteractions: a list\'s edges in any order (a list made by hand, positions with them) give the index of the sorted list (fast-check)', () => {
    const names = { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An' };
    const list = collectInteractions(resolve({
      ...input,
      comments: [...input.comments!, comment('c3', 's1', { from: 'ann', h: 7 }), comment('c4', 's1', { from: 'page', h: 8, parent: 'c3' })],
      reactions: [...input.reactions!, reaction('c3', 'biz', 'comment'), reaction('c4', 'hh', 'comment')],
      names,
    }));
    const m = list.edges.length;
    expect(m).toBeGreaterThan(4);
    const sorted = indexInteractions(list);
    fc.assert(fc.property(fc.shuffledSubarray(Array.from({ length: m }, (_, i) => i), { minLength: m, maxLength: m }), (order) => {
      const edges = order.map((i) => list.edges[i]);
      const positions = { source: Int32Array.from(order, (i) => list.positions!.source[i]), target: Int32Array.from(order, (i) => list.positions!.target[i]) };
      expect(indexInteractions({ nodes: list.nodes, edges, positions })).toEqual(sorted);
      expect(indexInteractions({ nodes: list.nodes, edges })).toEqual(sorted);
    }), { numRuns: 100 });
  });

  it('indexInteractions refuses unsorted nodes', () => {
    const { nodes, edges } = collectInteractions(resolve(input));
    expect(() => indexInteractions({ nodes: [...nodes].reverse(), edges })).toThrow(/sorted/);
  });
});
