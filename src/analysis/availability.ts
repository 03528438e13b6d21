/**
 * Which figures the input can support (SPEC 2.2, issue 9): a figure that needs what the input's
 * formats cannot tell is null — never 0 — and the Analysis says why, with a reason code.
 *
 * Each file says what its format can tell (`FileIngestReport.capabilities`, set by its adapter);
 * a post can tell what the union of its copies' files can (a canonical file may mark a post
 * itself). From those:
 * - **reasons** ({@link UNAVAILABLE_REASONS}): `counts_only` (post counts, no comment or reaction
 *   records: CrowdTangle), `no_counts` (not even counts), `no_comments` (no comment records),
 *   `no_reaction_identities` (reactions only as counts), `no_reply_parents` (replies without the
 *   comment they answer), `no_share_relations` (a shared post does not name what it shares);
 * - **needs** ({@link FIGURE_NEEDS}): each figure's rule from capabilities to a reason or null;
 * - **scope**: figures about a unit's own posts (counts, comments received, reach, cascade) are
 *   decided by the unit's posts; figures measured over the whole run (petitions and answers, which
 *   routing and threads reach from anywhere; the interaction graph) by the run.
 *
 * The rule for mixed inputs (a Graph API file beside a CrowdTangle file; docs/decisions.md):
 * - run scope: a figure is available when any readable file of the run carries what it needs;
 * - post scope: a unit's figure is available when at least one of its posts in the period carries
 *   it (a unit without posts follows the run), and null with the reason when none does;
 * - either way, when only some of the unit's posts carry it, the figure is computed on what there
 *   is and the unit is flagged `partial_<reason>`;
 * - weekly rows follow their unit for post-scope figures and the run for the others.
 */
import { FULL_CAPABILITIES, type FileCapabilities, type IngestResult, type Post } from '../model/types';

/** Why a figure is null: what the input's format cannot tell. */
export const UNAVAILABLE_REASONS = Object.freeze([
  'counts_only', 'no_counts', 'no_comments', 'no_reaction_identities', 'no_reply_parents', 'no_share_relations',
] as const);
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/** A rule: what is missing for a figure under some capabilities (null: nothing). */
export type Need = (c: FileCapabilities) => UnavailableReason | null;

/** Comments are missing: as counts only (CrowdTangle) or altogether. */
const commentsMissing = (c: FileCapabilities): UnavailableReason => (c.postCounts && !c.reactionActors ? 'counts_only' : 'no_comments');

/** The needs figures share, by name. */
export const NEEDS = Object.freeze({
  /** Post-level reaction and share counts (or reaction records). */
  counts: ((c) => (c.postCounts ? null : 'no_counts')) as Need,
  /** How many comments a post received: its records, or its comments total (SPEC 2.2). */
  commentVolume: ((c) => (c.comments || c.postCounts ? null : 'no_comments')) as Need,
  /** Comments, reactions and shares received. */
  interactions: ((c) => NEEDS.commentVolume(c) ?? NEEDS.counts(c)) as Need,
  /** Comment records (their text, authors, count against the announced total). */
  commentRecords: ((c) => (c.comments ? null : commentsMissing(c))) as Need,
  /** Petitions' threads: comment records and the comment each reply answers. */
  answers: ((c) => NEEDS.commentRecords(c) ?? (c.replyParents ? null : 'no_reply_parents')) as Need,
  /** Who engaged: identified commenters and reactors. */
  reach: ((c) => NEEDS.commentRecords(c) ?? (c.reactionActors ? null : 'no_reaction_identities')) as Need,
  /** Share cascades: share relations, and who engaged with the shares. */
  cascade: ((c) => (c.shareRelations ? NEEDS.reach(c) : 'no_share_relations')) as Need,
  /** The interaction graph: comments, replies and reactions with their actors. */
  graph: ((c) => NEEDS.reach(c)) as Need,
});

/** How a figure is decided: by the unit's own posts, or by the whole run. */
export type Scope = 'posts' | 'run';

export interface FigureNeed {
  need: Need;
  scope: Scope;
}

const posts = (need: Need): FigureNeed => Object.freeze({ need, scope: 'posts' as const });
const run = (need: Need): FigureNeed => Object.freeze({ need, scope: 'run' as const });

/** Every figure of `units[]`, `network` and `weekly[]` that a format may be unable to give. */
export const FIGURE_NEEDS = Object.freeze({
  units: Object.freeze({
    reactionsReceived: posts(NEEDS.counts),
    sharesReceived: posts(NEEDS.counts),
    commentsReceived: posts(NEEDS.commentVolume),
    interactionsPerPost: posts(NEEDS.interactions),
    tthcInteractionsPerPost: posts(NEEDS.interactions),
    commentsTruncated: posts(NEEDS.commentRecords),
    petitions: run(NEEDS.commentRecords),
    answered: run(NEEDS.answers),
    unanswered: run(NEEDS.answers),
    responseRate: run(NEEDS.answers),
    medianResponseHours: run(NEEDS.answers),
    medianResponseWorkingHours: run(NEEDS.answers),
    p90ResponseWorkingHours: run(NEEDS.answers),
    withinSlaRate: run(NEEDS.answers),
    reach: posts(NEEDS.reach),
    businessReach: posts(NEEDS.reach),
    associationReach: posts(NEEDS.reach),
    cascadeReach: posts(NEEDS.cascade),
    cascadeDepth: posts(NEEDS.cascade),
    amplifiers: posts(NEEDS.cascade),
    inWeight: run(NEEDS.graph),
    outWeight: run(NEEDS.graph),
    pagerank: run(NEEDS.graph),
    betweenness: run(NEEDS.graph),
    community: run(NEEDS.graph),
  }),
  network: Object.freeze({
    nodes: run(NEEDS.graph),
    edges: run(NEEDS.graph),
    density: run(NEEDS.graph),
    reciprocity: run(NEEDS.graph),
    communities: run(NEEDS.graph),
    modularity: run(NEEDS.graph),
    unroutedPetitions: run(NEEDS.commentRecords),
  }),
  weekly: Object.freeze({
    commentsReceived: posts(NEEDS.commentVolume),
    reactionsReceived: posts(NEEDS.counts),
    petitions: run(NEEDS.commentRecords),
    answered: run(NEEDS.answers),
    onTime: run(NEEDS.answers),
    medianResponseWorkingHours: run(NEEDS.answers),
  }),
});

export type UnitFigure = keyof typeof FIGURE_NEEDS.units;
export type NetworkFigure = keyof typeof FIGURE_NEEDS.network;
export type WeeklyFigure = keyof typeof FIGURE_NEEDS.weekly;

/** Field → reason, for the figures that are null because the input cannot give them. */
export type Unavailable<F extends string> = Partial<Record<F, UnavailableReason>>;

const KEYS = Object.keys(FULL_CAPABILITIES) as (keyof FileCapabilities)[];

/**
 * The union of capabilities: what any of them can tell.
 * @example unionCapabilities([{ ...FULL_CAPABILITIES, comments: false }, FULL_CAPABILITIES]).comments // true
 */
export function unionCapabilities(list: readonly FileCapabilities[]): FileCapabilities {
  const out = { comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: false };
  for (const c of list) for (const k of KEYS) if (c[k] === true) out[k] = true;
  return out;
}

/**
 * Whether two sets of capabilities are the same.
 * @example sameCapabilities(FULL_CAPABILITIES, { ...FULL_CAPABILITIES }) // true
 */
export function sameCapabilities(a: FileCapabilities, b: FileCapabilities): boolean {
  return KEYS.every((k) => a[k] === b[k]);
}

/** What the input can tell: the run's capabilities and each post's. */
export interface InputCapabilities {
  /** What any readable file can tell (the Graph API's everything when the report lists no file). */
  run: FileCapabilities;
  /** What a post can tell: the union over the files (or marks) of its copies. */
  post(post: Post): FileCapabilities;
}

/**
 * The capabilities of an ingested input (from its report and snapshot index).
 * @example inputCapabilities(ingestFiles(files)).run.comments // false for a CrowdTangle file alone
 */
export function inputCapabilities(input: Pick<IngestResult, 'report' | 'snapshots'>): InputCapabilities {
  const perFile = input.report.perFile;
  const readable = perFile.filter((f) => f.error === null).map((f) => f.capabilities);
  const runCaps = readable.length === 0 ? { ...FULL_CAPABILITIES } : unionCapabilities(readable);
  const ofFile = (file: number): FileCapabilities => perFile[file]?.capabilities ?? FULL_CAPABILITIES;
  const cache = new Map<string, FileCapabilities>();
  return {
    run: runCaps,
    post(post) {
      let caps = cache.get(post.id);
      if (caps === undefined) {
        const copies = input.snapshots.postCopies.get(post.id);
        caps = copies === undefined || copies.length === 0
          ? ofFile(post.file)
          : copies.length === 1 ? copies[0].capabilities ?? ofFile(copies[0].file)
          : unionCapabilities(copies.map((c) => c.capabilities ?? ofFile(c.file)));
        cache.set(post.id, caps);
      }
      return caps;
    },
  };
}

/** One unit's decisions: the figures it cannot give and why, and the partial ones. */
export interface UnitAvailability {
  unavailable: Unavailable<UnitFigure>;
  /** Reasons for which some, not all, of the unit's posts lack what a figure needs (`partial_<reason>` flags). */
  partial: UnavailableReason[];
  /** The weekly figures the unit's rows cannot give. */
  weekly: Unavailable<WeeklyFigure>;
}

function decide<F extends string>(
  needs: Readonly<Record<F, FigureNeed>>, caps: InputCapabilities, unitPosts: PostCapabilities, partial: Set<UnavailableReason>,
): Unavailable<F> {
  const out: Unavailable<F> = {};
  for (const field of Object.keys(needs) as F[]) {
    const { need, scope } = needs[field];
    // What the posts lack, as if post by post: a need reads the capabilities alone, so each
    // distinct object (in order of its first post) answers for all its posts.
    let firstLacking: UnavailableReason | null = null; // the first post's that lacks
    let allLack = true;
    for (const postCaps of unitPosts.distinct) {
      const lacks = need(postCaps);
      if (lacks === null) allLack = false;
      else firstLacking ??= lacks;
    }
    const runReason = need(caps.run);
    let reason: UnavailableReason | null;
    if (scope === 'run' || unitPosts.count === 0) reason = runReason;
    else reason = allLack ? firstLacking : null;
    if (reason !== null) out[field] = reason;
    else if (firstLacking !== null) partial.add(firstLacking);
  }
  return out;
}

/** A unit's posts as {@link decide} reads them: how many, and their distinct capabilities in order of first post. */
interface PostCapabilities {
  count: number;
  distinct: readonly FileCapabilities[];
}

const NO_POSTS: PostCapabilities = Object.freeze({ count: 0, distinct: Object.freeze([]) as readonly FileCapabilities[] });

function postCapabilities(caps: InputCapabilities, posts: readonly Post[]): PostCapabilities {
  const distinct = new Set<FileCapabilities>();
  for (const post of posts) distinct.add(caps.post(post));
  return { count: posts.length, distinct: [...distinct] };
}

/**
 * What a unit can give, from its posts in the period.
 * @example unitAvailability(caps, postsOfUnit).unavailable // { reach: 'counts_only', … } for CrowdTangle posts
 */
export function unitAvailability(caps: InputCapabilities, unitPosts: readonly Post[]): UnitAvailability {
  const partial = new Set<UnavailableReason>();
  const posts = postCapabilities(caps, unitPosts);
  const unavailable = decide(FIGURE_NEEDS.units, caps, posts, partial);
  const weekly = decide(FIGURE_NEEDS.weekly, caps, posts, new Set());
  return { unavailable, partial: UNAVAILABLE_REASONS.filter((r) => partial.has(r)), weekly };
}

/**
 * The network figures the run cannot give.
 * @example networkAvailability(caps) // { nodes: 'counts_only', … } for CrowdTangle alone
 */
export function networkAvailability(caps: InputCapabilities): Unavailable<NetworkFigure> {
  return decide(FIGURE_NEEDS.network, caps, NO_POSTS, new Set());
}

/**
 * The distinct reasons of a set of decisions, in {@link UNAVAILABLE_REASONS} order (for `flags`).
 * @example reasonsOf({ reach: 'counts_only', cascadeReach: 'no_share_relations' }) // ['counts_only', 'no_share_relations']
 */
export function reasonsOf(unavailable: Unavailable<string>): UnavailableReason[] {
  const seen = new Set(Object.values(unavailable) as UnavailableReason[]);
  return UNAVAILABLE_REASONS.filter((r) => seen.has(r));
}

/**
 * A copy of `record` with each unavailable field set to null.
 * @example withNulls({ reach: 3, posts: 2 }, { reach: 'counts_only' }) // { reach: null, posts: 2 }
 */
export function withNulls<T extends object>(record: T, unavailable: Unavailable<string>): T {
  const keys = Object.keys(unavailable);
  if (keys.length === 0) return record;
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of keys) out[key] = null;
  return out as T;
}
