/**
 * The resolved dataset: the canonical records of the analysed period with who-is-who and unit
 * attribution applied once, and the lookups every metric shares (posts by id, comments by post,
 * thread roots). Built once per analysis in O(records).
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
  postById: Map<string, Post>;
  commentById: Map<string, Comment>;
  /** Comments (replies included) under each post, oldest first. */
  commentsByPost: Map<string, Comment[]>;
  /** The top-level comment that heads each comment's thread (itself for a top-level comment). */
  threadRoot: Map<string, string>;
  postUnit: Map<string, string | null>;
  commentUnit: Map<string, string | null>;
  /**
   * Per record, by position (`comments[i]`, `reactions[i]`), what the passes over every record ask
   * for: worked out once here, read by index there (no look-up by id per pass). A comment's unit
   * (as `commentUnit`), its thread root, its author node (as `commentAuthorNode`), a reaction's actor node (as
   * `nodeOfActor(reaction.actorId)`).
   */
  commentUnits: readonly (string | null)[];
  commentAuthorNodes: readonly (string | null)[];
  /** Each comment's thread root (as `threadRoot`), by position in `comments`. */
  commentThreadRoots: readonly string[];
  reactionNodes: readonly (string | null)[];
  attribution: UnitAttribution;
  /** The node that acts for an actor id: `unit:<id>` for a unit account, else its key (nodeKey.ts). */
  nodeOfActor(actorId: string | null): string | null;
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
  const postById = new Map(posts.map((p) => [p.id, p]));
  // Comments kept under a rejected post (it had an id, decisions.md) still count: their authors,
  // replies and questions are data. Without the post's time they follow only an open period.
  const openPeriod = bounds.fromMs === null && bounds.toMs === null;
  const ingestedPosts = openPeriod ? new Set(dataset.posts.map((p) => p.id)) : null;
  const comments = dataset.comments.filter((c) => postById.has(c.postId) || (ingestedPosts !== null && !ingestedPosts.has(c.postId)));
  const commentById = new Map(comments.map((c) => [c.id, c]));
  const reactions = dataset.reactions.filter((r) =>
    r.targetType === 'post' ? postById.has(r.targetId) : commentById.has(r.targetId),
  );

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

  const commentsByPost = new Map<string, Comment[]>();
  for (const comment of comments) {
    let list = commentsByPost.get(comment.postId);
    if (!list) commentsByPost.set(comment.postId, (list = []));
    list.push(comment);
  }
  for (const list of commentsByPost.values()) list.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

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
      const parent = commentById.get(current.parentId);
      if (!parent || chain.includes(parent.id)) { root = current.parentId; break; }
      current = parent;
    }
    for (const id of chain) threadRoot.set(id, root);
    return root;
  };
  const commentThreadRoots: string[] = new Array(comments.length);
  for (let i = 0; i < comments.length; i++) commentThreadRoots[i] = rootOf(comments[i]);

  // Asked for every record's actors by several passes: each actor's node worked out once.
  const unitNodes = new Map(config.units.map((u) => [u.id, unitNodeKey(u.id)]));
  const nodeKeys = new Map<string, string>();
  const nodeOfActor = (actorId: string | null): string | null => {
    if (actorId === null) return null;
    let key = nodeKeys.get(actorId);
    if (key === undefined) {
      const actor = actors.get(actorId);
      key = actor?.unitId ? unitNodes.get(actor.unitId) ?? unitNodeKey(actor.unitId) : actorNodeKey(actorId);
      nodeKeys.set(actorId, key);
    }
    return key;
  };
  // A post's or comment's author node: the unit it is attributed to, else its author's node.
  const authorNode = (unit: string | null | undefined, fromId: string | null) =>
    (unit ? unitNodes.get(unit) ?? unitNodeKey(unit) : nodeOfActor(fromId));
  const commentUnit = new Map<string, string | null>();
  const commentUnits: (string | null)[] = new Array(comments.length);
  const commentAuthorNodes: (string | null)[] = new Array(comments.length);
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    const unit = attribution.commentUnit(comment);
    commentUnit.set(comment.id, unit);
    commentUnits[i] = unit;
    commentAuthorNodes[i] = authorNode(unit, comment.fromId);
  }
  // Two comments sharing an id (a dataset made by hand: ingest merges them): by id, the last one's unit.
  if (commentUnit.size < comments.length) {
    comments.forEach((comment, i) => {
      const unit = commentUnit.get(comment.id)!;
      commentUnits[i] = unit;
      commentAuthorNodes[i] = authorNode(unit, comment.fromId);
    });
  }
  const reactionNodes: (string | null)[] = new Array(reactions.length);
  for (let i = 0; i < reactions.length; i++) reactionNodes[i] = nodeOfActor(reactions[i].actorId);

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
    config, posts, comments, reactions, actors, postById, commentById, commentsByPost, threadRoot,
    postUnit, commentUnit, commentUnits, commentAuthorNodes, commentThreadRoots, reactionNodes, attribution, nodeOfActor, actorOfNode,
    postAuthorNode(post) {
      return authorNode(postUnit.get(post.id), post.fromId);
    },
    commentAuthorNode(comment) {
      return authorNode(commentUnit.get(comment.id), comment.fromId);
    },
  };
}
