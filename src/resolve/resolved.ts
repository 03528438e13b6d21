/**
 * The resolved dataset: the canonical records of the analysed period with who-is-who and unit
 * attribution applied once, each record's answers by position and the records by id
 * (ResolvedData). Built once per analysis in O(records).
 */
import type { Config } from '../config/schema';
import type { Actor, Comment, Dataset, Post, Reaction } from '../model/types';
import { makeActorClassifier, type ResolvedActor } from './actors';
import { makeUnitAttribution, type UnitAttribution } from './units';
import { actorNodeKey, parseNodeKey, unitNodeKey } from './nodeKey';

export { actorNodeKey, parseNodeKey, unitNodeKey } from './nodeKey';

export interface ResolvedData {
  config: Config;
  posts: Post[];
  /** Comments under the period's posts, and (open period only) those kept under a rejected post. */
  comments: Comment[];
  /** Reactions on the period's posts and on their comments. */
  reactions: Reaction[];
  actors: Map<string, ResolvedActor>;
  /** By id: the post's position in `posts` (the last post with that id). */
  postAt: ReadonlyMap<string, number>;
  /** By id: the comment's position in `comments` (the last comment with that id). */
  commentAt: ReadonlyMap<string, number>;
  /**
   * Records by id, for notebooks and tests (`posts[postAt.get(id)]`, `comments[commentAt.get(id)]`),
   * and each post's comments (replies included) oldest first: views made when first read (no pass
   * of an analysis reads them).
   */
  postById: Map<string, Post>;
  commentById: Map<string, Comment>;
  commentsByPost: Map<string, Comment[]>;
  /** No two comments share an id (always, for data ingested here: ingest merges them). */
  commentIdsDistinct: boolean;
  postUnit: Map<string, string | null>;
  /**
   * Per record, by position (`comments[i]`, `reactions[i]`), what the passes over every record ask
   * for: worked out once here, read by index there (no look-up by id per pass). By id, read them at
   * `commentAt.get(id)`: two comments sharing an id (made by hand) both have the last one's unit, and one root.
   * A comment's unit, its thread root, its author node (as `commentAuthorNode`), a reaction's actor
   * node (as `nodeOfActor(reaction.actorId)`; the keys of the node numbers are `nodeKeys[n]`).
   */
  commentUnits: readonly (string | null)[];
  /** Each comment's thread root: the top-level comment that heads its thread (itself for a top-level comment), by position in `comments`; worked out when first read (the passes read `commentThreads`). */
  commentThreadRoots: readonly string[];
  /**
   * Each comment's thread as a number, by position in `comments`: the root comment's position
   * when the root is a comment of the data (the last one with that id), else `comments.length + k`
   * for the k-th distinct root id outside it. Two comments are in one thread iff their roots are equal.
   */
  commentThreads: Int32Array;
  /**
   * The same nodes as numbers, for passes that count or mark per node without a look-up by key:
   * `nodeKeys[n]` is node n's key (the very string `nodeOfActor` returns), -1 is anonymous. Every
   * comment author's and reactor's node is numbered here; `nodeKeys` grows when `nodeOfActor`
   * later meets an actor no record's author or reactor is.
   */
  nodeKeys: readonly string[];
  commentAuthorNodeIds: Int32Array;
  reactionNodeIds: Int32Array;
  /** Each post's author node number by position in `posts` (as `postAuthorNode`; -1 anonymous). */
  postAuthorNodeIds: Int32Array;
  /**
   * Each reaction's target by position: `posts[t]` when t < posts.length, else
   * `comments[t - posts.length]` (two records sharing an id: the last one, as `postById` has it).
   */
  reactionTargets: Int32Array;
  /** Each comment's post by position in `posts` (-1: not in the data), as `postById` has it. */
  commentPosts: Int32Array;
  /** Each reply's parent comment by position in `comments` (-1: a top-level comment, or its parent is not in the data). */
  commentParents: Int32Array;
  /**
   * By position in `posts`: the comment with the same id (the last one, by position in `comments`),
   * -1 for none — a post and a comment sharing an id, which only a dataset made by hand has.
   */
  postIdComments: Int32Array;
  attribution: UnitAttribution;
  /** The node that acts for an actor id: `unit:<id>` for a unit account, else its key (nodeKey.ts). */
  nodeOfActor(actorId: string | null): string | null;
  /** The number of `nodeOfActor(actorId)`'s key in `nodeKeys` (numbered now if new); -1 for null. */
  actorNodeId(actorId: string | null): number;
  /** The actor behind node number n (as `actorOfNode(nodeKeys[n])`): its id kept when numbered, its actor read on the first ask. */
  actorOfNodeNumber(n: number): ResolvedActor | undefined;
  /** A node key's number in `nodeKeys`; -1 when no record or look-up has numbered it. */
  nodeNumberOf(key: string): number;
  /** The actor behind a node key; undefined for a unit's node or an unknown key. */
  actorOfNode(key: string): ResolvedActor | undefined;
  /** The author node of a post: its unit when it belongs to one, else its `from`. */
  postAuthorNode(post: Post): string | null;
  /** The author node of a comment: its unit when it belongs to one, else its `from`. */
  commentAuthorNode(comment: Comment): string | null;
}

export interface PeriodBounds {
  /** Inclusive lower bound, UTC ms; null for open. */
  fromMs: number | null;
  /** Exclusive upper bound, UTC ms; null for open. */
  toMs: number | null;
}

/** Resolve the dataset for the analysed period (posts filtered by time, the rest following them). */
export function resolveData(dataset: Dataset, config: Config, bounds: PeriodBounds = { fromMs: null, toMs: null }): ResolvedData {
  const inPeriod = (t: number) => (bounds.fromMs === null || t >= bounds.fromMs) && (bounds.toMs === null || t < bounds.toMs);
  const posts = dataset.posts.filter((p) => inPeriod(p.time));
  // Maps filled in loops, not made of [key, value] pairs: no pair array per record.
  const postAt = new Map<string, number>(); // by id, the last one
  for (let i = 0; i < posts.length; i++) postAt.set(posts[i].id, i);
  const postById = lazy(() => {
    const byId = new Map<string, Post>();
    for (const post of posts) byId.set(post.id, post);
    return byId;
  });
  // Comments kept under a rejected post (it had an id, decisions.md) still count: their authors,
  // replies and questions are data. Without the post's time they follow only an open period.
  const openPeriod = bounds.fromMs === null && bounds.toMs === null;
  let ingestedPosts: Set<string> | null = null;
  if (openPeriod) {
    ingestedPosts = new Set();
    for (const post of dataset.posts) ingestedPosts.add(post.id);
  }
  // Each comment's post looked up once: whether the comment is kept and, when it is, its post's position.
  const comments: Comment[] = [];
  let commentPosts = new Int32Array(dataset.comments.length);
  for (const comment of dataset.comments) {
    const p = postAt.get(comment.postId);
    if (p !== undefined || (ingestedPosts !== null && !ingestedPosts.has(comment.postId))) commentPosts[comments.push(comment) - 1] = p ?? -1;
  }
  commentPosts = commentPosts.slice(0, comments.length);
  const commentAt = new Map<string, number>(); // by id, the last one
  for (let i = 0; i < comments.length; i++) commentAt.set(comments[i].id, i);
  const commentIdsDistinct = commentAt.size === comments.length;
  const commentById = lazy(() => {
    const byId = new Map<string, Comment>();
    for (const comment of comments) byId.set(comment.id, comment);
    return byId;
  });
  const commentParents = new Int32Array(comments.length);
  const isReply = new Uint8Array(comments.length); // has a parent id (in the data or not)
  for (let i = 0; i < comments.length; i++) {
    const { parentId } = comments[i];
    if (parentId === null) commentParents[i] = -1;
    else {
      isReply[i] = 1;
      commentParents[i] = commentAt.get(parentId) ?? -1;
    }
  }
  const postIdComments = new Int32Array(posts.length);
  for (let p = 0; p < posts.length; p++) postIdComments[p] = commentAt.get(posts[p].id) ?? -1;
  // Ingest hands reactions over by target: a reaction with the previous one's target is placed
  // without a look-up (any order gives the same targets, only more look-ups).
  const reactions: Reaction[] = [];
  let reactionTargets = new Int32Array(dataset.reactions.length);
  let lastId: string | null = null;
  let lastType: Reaction['targetType'] | null = null;
  let lastTarget: number | undefined;
  for (const reaction of dataset.reactions) {
    const { targetId, targetType } = reaction;
    if (targetId !== lastId || targetType !== lastType) {
      lastId = targetId;
      lastType = targetType;
      if (targetType === 'post') lastTarget = postAt.get(targetId);
      else {
        const i = commentAt.get(targetId);
        lastTarget = i === undefined ? undefined : posts.length + i;
      }
    }
    if (lastTarget !== undefined) reactionTargets[reactions.push(reaction) - 1] = lastTarget;
  }
  reactionTargets = reactionTargets.slice(0, reactions.length);

  const classify = makeActorClassifier(config);
  const actors = new Map<string, ResolvedActor>();
  for (const actor of dataset.actors) actors.set(actor.id, classify(actor));
  // Accounts seen only in the config (a unit that never acted) still resolve.
  const ensure = (id: string) => {
    if (!actors.has(id)) actors.set(id, classify({ id, name: null } satisfies Actor));
  };
  if (config.page) ensure(config.page.id);
  for (const unit of config.units) for (const account of unit.accounts) ensure(account);

  const attribution = makeUnitAttribution(config);
  const postUnit = new Map<string, string | null>();
  for (const post of posts) postUnit.set(post.id, attribution.postUnit(post));

  const commentsByPost = lazy(() => {
    const byPost = new Map<string, Comment[]>();
    for (const comment of comments) {
      let list = byPost.get(comment.postId);
      if (!list) byPost.set(comment.postId, (list = []));
      list.push(comment);
    }
    for (const list of byPost.values()) list.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return byPost;
  });

  const { commentThreads, commentThreadRoots } = commentIdsDistinct
    ? threadsByPosition(comments, commentParents, isReply)
    : threadsById(comments, commentAt);

  // Asked for every record's actors by several passes: each actor's node worked out once, and
  // numbered (nodeKeys) so that per-record arrays can hold numbers.
  const nodeKeys: string[] = [];
  const nodeNumbers = new Map<string, number>();
  // The actor id behind each node number (null: a unit's node); its actor is read from the actor
  // table on the first ask, as actorOfNode reads it by key.
  const nodeActorIds: (string | null)[] = [];
  const nodeActorAt: (ResolvedActor | null | undefined)[] = [];
  const numberOf = (key: string, actorId: string | null): number => {
    let n = nodeNumbers.get(key);
    if (n === undefined) {
      nodeNumbers.set(key, (n = nodeKeys.push(key) - 1));
      nodeActorIds.push(actorId);
      nodeActorAt.push(undefined);
    }
    return n;
  };
  const actorOfNodeNumber = (n: number): ResolvedActor | undefined => {
    let actor = nodeActorAt[n];
    if (actor === undefined) {
      const id = nodeActorIds[n];
      nodeActorAt[n] = actor = id === null || id === undefined ? null : actors.get(id) ?? null;
    }
    return actor ?? undefined;
  };
  const unitNodes = new Map(config.units.map((u) => [u.id, numberOf(unitNodeKey(u.id), null)]));
  const unitNode = (unitId: string) => unitNodes.get(unitId) ?? numberOf(unitNodeKey(unitId), null);
  const actorNodes = new Map<string, number>();
  const actorNode = (actorId: string | null): number => {
    if (actorId === null) return -1;
    let n = actorNodes.get(actorId);
    if (n === undefined) {
      const actor = actors.get(actorId);
      actorNodes.set(actorId, (n = actor?.unitId ? unitNode(actor.unitId) : numberOf(actorNodeKey(actorId), actorId)));
    }
    return n;
  };
  const keyOf = (n: number) => (n < 0 ? null : nodeKeys[n]);
  const nodeOfActor = (actorId: string | null): string | null => keyOf(actorNode(actorId));
  // A post's or comment's author node: the unit it is attributed to, else its author's node.
  const authorNode = (unit: string | null | undefined, fromId: string | null) => (unit ? unitNode(unit) : actorNode(fromId));
  const commentUnits: (string | null)[] = new Array(comments.length);
  const commentAuthorNodeIds = new Int32Array(comments.length);
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    const unit = attribution.commentUnit(comment);
    commentUnits[i] = unit;
    commentAuthorNodeIds[i] = authorNode(unit, comment.fromId);
  }
  // Two comments sharing an id (a dataset made by hand: ingest merges them): by id, the last one's unit.
  if (!commentIdsDistinct) {
    const own = commentUnits.slice();
    comments.forEach((comment, i) => {
      const unit = own[commentAt.get(comment.id)!];
      commentUnits[i] = unit;
      commentAuthorNodeIds[i] = authorNode(unit, comment.fromId);
    });
  }
  const reactionNodeIds = new Int32Array(reactions.length);
  for (let i = 0; i < reactions.length; i++) reactionNodeIds[i] = actorNode(reactions[i].actorId);
  // Numbered after the comments' and reactions' nodes: a post author no record's author or reactor is gets the next numbers.
  const postAuthorNodeIds = new Int32Array(posts.length);
  for (let i = 0; i < posts.length; i++) postAuthorNodeIds[i] = authorNode(postUnit.get(posts[i].id), posts[i].fromId);

  const nodeActors = new Map<string, ResolvedActor | null>(); // null: no actor behind the key
  const actorOfNode = (key: string): ResolvedActor | undefined => {
    let actor = nodeActors.get(key);
    if (actor === undefined) {
      const ref = parseNodeKey(key);
      actor = (ref.type === 'actor' ? actors.get(ref.actorId) : undefined) ?? null;
      nodeActors.set(key, actor);
    }
    return actor ?? undefined;
  };

  return {
    config, posts, comments, reactions, actors, postAt, commentAt, commentIdsDistinct,
    // The record views by id, made when first read: the passes over every record read by position.
    get postById() { return postById(); },
    get commentById() { return commentById(); },
    get commentsByPost() { return commentsByPost(); },
    commentThreads,
    postUnit, commentUnits,
    // By id, for notebooks and tests: the passes read the numbers (commentThreads).
    get commentThreadRoots() { return commentThreadRoots(); },
    nodeKeys, commentAuthorNodeIds, reactionNodeIds, postAuthorNodeIds, reactionTargets, commentPosts, commentParents, postIdComments,
    attribution, nodeOfActor, actorOfNode, actorNodeId: actorNode, actorOfNodeNumber, nodeNumberOf: (key) => nodeNumbers.get(key) ?? -1,
    postAuthorNode(post) {
      return keyOf(authorNode(postUnit.get(post.id), post.fromId));
    },
    commentAuthorNode(comment) {
      const at = commentAt.get(comment.id);
      return keyOf(authorNode(at === undefined ? null : commentUnits[at], comment.fromId));
    },
  };
}

/**
 * The position in `data.posts` of a comment's post (the last post with that id), -1 when its post
 * is not in the data: read at the comment's position when it is known (`commentAt`, as
 * `findPetitions` gives it), else looked up by the comment's post id.
 * @example commentPostAt(data, petition.comment, petition.commentAt) // 12
 */
export function commentPostAt(data: ResolvedData, comment: Comment, commentAt?: number): number {
  return commentAt === undefined ? data.postAt.get(comment.postId) ?? -1 : data.commentPosts[commentAt];
}

interface Threads {
  commentThreads: Int32Array;
  commentThreadRoots: () => readonly string[];
}

/**
 * Each comment's thread root, following `commentParents` and `isReply` (ids all distinct; a reply's
 * parent in the data or not, so that the walk reads no comment but those whose parent is outside): up the parents to a
 * top-level comment; a parent outside the data heads the thread; in a cycle of replies (malformed
 * data), the comment whose parent is already on the walk. A walk stops at a comment whose root is
 * known, so each comment is walked once.
 */
function threadsByPosition(comments: readonly Comment[], commentParents: Int32Array, isReply: Uint8Array): Threads {
  const c = comments.length;
  const commentThreads = new Int32Array(c).fill(-1);
  const onWalk = new Int32Array(c); // the walk (i + 1) a comment was last met on
  const outside = new Map<string, number>(); // root ids outside the data, numbered from c
  const outsideIds: string[] = [];
  const walk: number[] = [];
  for (let i = 0; i < c; i++) {
    if (commentThreads[i] >= 0) continue;
    walk.length = 0;
    let current = i;
    let root = i;
    for (;;) {
      walk.push(current);
      onWalk[current] = i + 1;
      root = current;
      if (isReply[current] === 0) break;
      const parent = commentParents[current];
      if (parent >= 0 && commentThreads[parent] >= 0) { root = commentThreads[parent]; break; }
      if (parent < 0) {
        const parentId = comments[current].parentId!;
        let k = outside.get(parentId);
        if (k === undefined) outside.set(parentId, (k = c + outsideIds.push(parentId) - 1));
        root = k;
        break;
      }
      if (onWalk[parent] === i + 1) { root = parent; break; }
      current = parent;
    }
    for (const w of walk) commentThreads[w] = root;
  }
  const commentThreadRoots = lazy(() => {
    const roots: string[] = new Array(c);
    for (let i = 0; i < c; i++) {
      const t = commentThreads[i];
      roots[i] = t < c ? comments[t].id : outsideIds[t - c];
    }
    return roots;
  });
  return { commentThreads, commentThreadRoots };
}

/**
 * The same reading by id, for comments sharing an id (a dataset made by hand: ingest merges them):
 * a parent id stands for the last comment with it, and an id's root is the one worked out first.
 */
function threadsById(comments: readonly Comment[], commentAt: ReadonlyMap<string, number>): Threads {
  const threadRoot = new Map<string, string>();
  const rootOf = (comment: Comment): string => {
    const known = threadRoot.get(comment.id);
    if (known !== undefined) return known;
    // Follow parents up to the top-level comment; a parent outside the data heads the thread.
    const chain: string[] = [];
    let current: Comment | undefined = comment;
    let root = comment.id;
    while (current) {
      chain.push(current.id);
      root = current.id;
      if (current.parentId === null) break;
      const cached = threadRoot.get(current.parentId);
      if (cached !== undefined) { root = cached; break; }
      const at = commentAt.get(current.parentId);
      const parent = at === undefined ? undefined : comments[at];
      if (!parent || chain.includes(parent.id)) { root = current.parentId; break; }
      current = parent;
    }
    for (const id of chain) threadRoot.set(id, root);
    return root;
  };
  const c = comments.length;
  const commentThreadRoots: string[] = new Array(c);
  for (let i = 0; i < c; i++) commentThreadRoots[i] = rootOf(comments[i]);
  const outside = new Map<string, number>();
  const commentThreads = new Int32Array(c);
  for (let i = 0; i < c; i++) {
    const root = commentThreadRoots[i];
    let t = commentAt.get(root);
    if (t === undefined) {
      t = outside.get(root);
      if (t === undefined) outside.set(root, (t = c + outside.size));
    }
    commentThreads[i] = t;
  }
  return { commentThreads, commentThreadRoots: () => commentThreadRoots };
}

/** A value made on its first read, then kept. */
function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
