/**
 * analyze(): the one place that runs the steps in order —
 * resolve → graph (one index) → metrics → scorecard and windows → privacy → the Analysis object.
 * Pure: it works on an ingested dataset and a configuration, and returns plain data.
 */
import { type Config, type ConfigInput } from '../config/schema';
import { resolveConfig } from '../config/parse';
import { checkOptionKeys } from '../errors';
import type { IngestResult, Post, RejectedRecord } from '../model/types';
import { commentPostAt, resolveData, unitNodeKey, type ResolvedData } from '../resolve/resolved';
import { collectInteractions, type InteractionGraph, type InteractionList } from '../graph/build';
import { indexInteractions, type GraphArrays } from '../graph/index';
import {
  associationIdsOf, networkMetrics, planShortestPathStep, type NetworkMetrics, type NetworkSamplingOptions, type ShortestPathFigures,
  type ShortestPathStep,
} from './network';
import { runPlan, runPlanSync, type PathPlan, type ShortestPathPool } from '../metrics/network/pathPool';
import { startStructure, structureFigures, type StructureFigures } from '../metrics/network/structure';
import { resolveThreads } from '../metrics/network/shortestPaths';
import { activity, isTthcText } from '../metrics/unit/activity';
import { interactionsPerPost, postEngagement, sumEngagement, type PostEngagement } from '../metrics/unit/engagement';
import { findPetitions, type Petition } from '../metrics/petitions';
import { responsiveness } from '../metrics/unit/responsiveness';
import { reach, reachIndexOf, type ReachIndex } from '../metrics/unit/reach';
import { associationActivity } from '../metrics/associations';
import { assessQuality, type QualityAssessment } from '../metrics/quality/index';
import { topicRows } from '../metrics/topics';
import { qualityIndicators, scorecard, type Indicators } from '../scorecard/scorecard';
import { buildWorkingCalendar, weekStart, weeksInPeriod } from '../time/index';
import { analysedPeriod, localDateOf, periodBounds } from './period';
import {
  inputCapabilities, networkAvailability, reasonsOf, unitAvailability, withNulls, type InputCapabilities, type UnitAvailability,
} from './availability';
import { weeklyRows } from './weekly';
import { privacyOf } from './privacy/index';
import {
  SCHEMA_VERSION, type Analysis, type PetitionRow, type UnitResult,
} from './schema';

export interface AnalyzeOptions {
  /** First local date analysed (YYYY-MM-DD, inclusive), by post time. */
  from?: string;
  /** Last local date analysed (YYYY-MM-DD, inclusive). */
  to?: string;
  /** Write individuals' ids and names as they are (privacy off). Default false. */
  reveal?: boolean;
  /** Pseudonymisation key; overrides `config.privacy.key` (the CLI passes `DDCI_SNA_KEY`). */
  privacyKey?: string;
  /**
   * Threads for betweenness and harmonic centrality, ≥ 1 (default: every thread of `pool`).
   * `analyze()` runs on the calling thread whatever this says; `analyzeAsync()` uses the pool.
   */
  threads?: number;
  /** Where the threads come from: `createWorkerPool()` of `ddci-sna/node`. Only `analyzeAsync()` uses it. */
  pool?: ShortestPathPool;
  /** Exact betweenness and harmonic at any size (default false: sampled from `sampling.minNodes` nodes up). */
  exact?: boolean;
  /** Error bounds of the sampled figures and the size from which they are sampled (recorded in `network.sampling`). */
  sampling?: NetworkSamplingOptions;
}

/** Everything an analysis produced, privacy applied (privacy/index.ts): what the writers print. */
export interface AnalysisRun {
  analysis: Analysis;
  /**
   * The interaction graph's nodes and edges, pseudonymised like the analysis (names as labels when
   * revealed): what the writers read (`writeOutputs(analysis, { interactions })`).
   */
  interactions: InteractionList;
  /**
   * The same graph as a graphology `DirectedGraph` (nodes and edges in the list's order, edge keys
   * `interactionListEdgeKey`: `e<i>`), made from `interactions` when first read, once.
   */
  readonly graph: InteractionGraph;
  /** The ingest's rejected records, redacted like the analysis (for rejects.ndjson). */
  rejects: RejectedRecord[];
}

const ANALYZE_OPTION_KEYS = new Set(['from', 'to', 'reveal', 'privacyKey', 'threads', 'pool', 'exact', 'sampling']);

function checkOptions(options: AnalyzeOptions): void {
  checkOptionKeys(options, ANALYZE_OPTION_KEYS, 'analyze');
}

/**
 * Analyse an ingested export.
 * @example
 * const { dataset, report } = ingestFiles(files);
 * const analysis = analyze({ dataset, report }, config);
 * console.table(analysis.units.map((u) => ({ unit: u.name, score: u.score, rank: u.rank })));
 */
export function analyze(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithGraph(input, config, options).analysis;
}

/** {@link analyze}, also returning the interaction graph (its list for the writers; `graph`, made on first access, for notebooks). */
export function analyzeWithGraph(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): AnalysisRun {
  const steps = analysisSteps(input, config, options);
  let plan: PathPlan<ShortestPathFigures> | null = null;
  let structure: StructureFigures | null = null;
  let step = steps.next();
  while (!step.done) {
    const request = step.value;
    if (request.type === 'start') {
      plan = request.plan;
      structure = structureFigures(request.graph);
    }
    step = steps.next(request.type === 'figures' ? { paths: runPlanSync(plan!), structure: structure! } : undefined);
  }
  return step.value;
}

/**
 * {@link analyze} with betweenness and harmonic centrality on `options.pool`'s threads, and the
 * other network metrics on one of them (the numbers are the same to the last bit as on one
 * thread).
 * @example
 * import { createWorkerPool } from 'ddci-sna/node';
 * const pool = createWorkerPool(); // every core
 * const analysis = await analyzeAsync(input, config, { pool });
 * await pool.close();
 */
export async function analyzeAsync(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  return (await analyzeWithGraphAsync(input, config, options)).analysis;
}

/** {@link analyzeWithGraph} with the network metrics on `options.pool`'s threads. */
export async function analyzeWithGraphAsync(
  input: IngestResult,
  config: Config | ConfigInput,
  options: AnalyzeOptions = {},
): Promise<AnalysisRun> {
  const threads = resolveThreads(options.threads, options.pool);
  const steps = analysisSteps(input, config, options);
  let running: Promise<ShortestPathFigures> | null = null;
  let structure: Promise<StructureFigures> | StructureFigures | null = null;
  let step = steps.next();
  while (!step.done) {
    const request = step.value;
    if (request.type === 'start') {
      // The structure job goes to the pool beside a sampled all-pairs step only: that step's cost
      // is bounded by its samples while the rest of the analysis grows with the data (at 2 M
      // interactions the threads would idle for half of it), whereas an exact step, Θ(n·m), is
      // the critical path itself from a few thousand nodes on and would only be delayed by the
      // job (docs/decisions.md). It is posted first, so that the thread taking it has it before
      // the run. The promises' failures are handled here so that one before the figures are
      // asked for is not an unhandled rejection (it is reported when they are awaited; if a step
      // throws first, that error is).
      const remote = request.plan.sampled ? startStructure(request.graph, options.pool, threads) : null;
      remote?.catch(() => undefined);
      running = runPlan(request.plan, options.pool, threads);
      running.catch(() => undefined);
      structure = remote ?? structureFigures(request.graph);
      step = steps.next(undefined);
    } else if (request.type === 'pause') {
      // A turn of the event loop: the pool's results waiting as messages are summed (and freed).
      await new Promise((resolve) => setTimeout(resolve, 0));
      step = steps.next(undefined);
    } else step = steps.next({ paths: await running!, structure: await structure! });
  }
  return step.value;
}

/**
 * What the analysis asks its driver for: start the network jobs — the all-pairs plan and the
 * structure job on `graph` (on a pool, or on this thread) —, a turn of the event loop between
 * long steps, or the jobs' figures (the one wait).
 */
type AnalysisRequest =
  | { type: 'start'; plan: ShortestPathStep; graph: GraphArrays }
  | { type: 'pause' }
  | { type: 'figures' };

/** The figures of the network jobs, the answer to a `figures` request. */
interface NetworkFigures {
  paths: ShortestPathFigures;
  structure: StructureFigures;
}

const PAUSE: AnalysisRequest = Object.freeze({ type: 'pause' });
const FIGURES: AnalysisRequest = Object.freeze({ type: 'figures' });

/**
 * The analysis, written once for both drivers: it hands over the network jobs (the steps that may
 * run on other threads) as soon as the graph is indexed, computes everything that does not need
 * their figures while they run, and only then asks for them.
 */
function* analysisSteps(
  input: IngestResult,
  configInput: Config | ConfigInput,
  options: AnalyzeOptions,
): Generator<AnalysisRequest, AnalysisRun, NetworkFigures | undefined> {
  checkOptions(options);
  resolveThreads(options.threads, options.pool);
  const config = resolveConfig(configInput);
  const tz = config.timezone;

  const bounds = periodBounds(options, tz);
  const data = resolveData(input.dataset, config, bounds);

  const calendar = buildWorkingCalendar({
    timezone: tz,
    workingDays: config.workingDays,
    workingHours: config.workingHours as [string, string][],
    ...(config.holidays ? { holidays: config.holidays } : {}),
    extraHolidays: config.extraHolidays,
    workingSaturdays: config.workingSaturdays,
  });
  const weekOf = (ms: number) => weekStart(ms, tz);

  // The period: the options' bounds, else the first and last post.
  // (A loop, not Math.min(...times): spreading a large export's posts would overflow the stack.)
  let earliest: number | null = null;
  let latest: number | null = null;
  for (const post of data.posts) {
    if (earliest === null || post.time < earliest) earliest = post.time;
    if (latest === null || post.time > latest) latest = post.time;
  }
  const { firstMs, lastMs } = analysedPeriod(bounds, earliest, latest, tz);
  const weeks = firstMs === null || lastMs === null ? [] : weeksInPeriod(firstMs, lastMs, tz);

  // The interactions are pseudonymised once, by privacy; a graph object is made of them only if asked for.
  let interactions: InteractionList | null = collectInteractions(data);
  const index = indexInteractions(interactions);
  yield { type: 'start', plan: planShortestPathStep(index, { exact: options.exact, sampling: options.sampling }), graph: index };
  const associationIds = associationIdsOf(index);
  yield PAUSE;

  const petitions = findPetitions(data, {
    workingHoursBetween: (a, b) => calendar.workingHoursBetween(a, b),
    slaWorkingHours: config.slaWorkingHours,
  });
  const capabilities = inputCapabilities(input);
  const reachIndex = reachIndexOf(data);
  const perPost = postEngagement(data, capabilities.post, reachIndex);
  const quality = assessQuality(data, petitions, { index: input.snapshots, conflicts: input.report.conflicts });
  const availability = unitAvailabilities(data, config, capabilities);
  yield PAUSE;
  const unitsOf = unitResults(data, config, { petitions, weekOf, weeks: weeks.length, perPost, reachIndex, quality, availability });
  const networkUnavailable = networkAvailability(capabilities);
  // With no graph to describe (no file carries who interacted), there are no actor or association rows.
  const noGraph = networkUnavailable.nodes !== undefined;
  const topics = topicRows(petitions, config.topicMarkers, config.units.map((u) => u.id));
  // An unanswered petition waits until the end of the period's last local day.
  const periodEndMs = bounds.toMs ?? (latest === null ? null : periodBounds({ to: localDateOf(latest, tz) }, tz).toMs);
  const waiting = (p: Petition) => (p.unitId === null || p.response !== null || periodEndMs === null ? null
    : calendar.workingHoursBetween(p.comment.time, Math.max(p.comment.time, periodEndMs)));
  const associationRows = noGraph ? null : associationActivity(data, associationIds, petitions, reachIndex);
  const weekly = weeklyRows(data, { petitions, weeks, weekOf, perPost, unavailable: (unitId) => availability.get(unitId)!.weekly });
  const petitionTable = petitionRows(data, petitions, quality, topics.petitionTopics, waiting);
  yield PAUSE;
  const privacy = privacyOf(data, {
    pseudonymize: !options.reveal && config.privacy.pseudonymize,
    key: options.privacyKey ?? config.privacy.key,
  }, input.report.rejects, interactions);
  interactions = null; // privacy keeps it only while it still needs it
  yield PAUSE;

  // The network figures, now: everything above ran while they were computed.
  const { paths, structure } = (yield FIGURES)!;
  const network = networkMetrics(index, structure, paths);

  const analysis: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    period: {
      from: firstMs === null ? null : localDateOf(firstMs, tz),
      to: lastMs === null ? null : localDateOf(lastMs, tz),
      timezone: tz,
      weeks: weeks.length,
      posts: data.posts.length,
      comments: data.comments.length,
      reactions: data.reactions.length,
      shares: input.dataset.shares.filter((s) => data.postAt.has(s.postId)).length,
      petitions: petitions.length,
    },
    ingest: {
      files: input.report.files,
      posts: input.report.posts,
      comments: input.report.comments,
      reactions: input.report.reactions,
      shares: input.report.shares,
      duplicates: input.report.duplicates,
      rejected: input.report.rejected,
      asOf: input.report.asOf,
    },
    network: withNulls({
      ...network.summary,
      unroutedPetitions: petitions.filter((p) => p.unitId === null).length,
      unavailable: networkUnavailable,
    }, networkUnavailable),
    units: unitsOf(network),
    actors: noGraph ? [] : network.actors(data),
    associations: associationRows === null ? [] : network.associations(data, associationRows),
    weekly,
    petitions: petitionTable,
    topics: topics.rows,
    privacy: { pseudonymized: true, keyed: false },
  };
  return privacy.apply(analysis);
}

interface UnitContext {
  petitions: Petition[];
  weekOf: (ms: number) => string;
  weeks: number;
  perPost: Map<string, PostEngagement>;
  reachIndex: ReachIndex;
  quality: QualityAssessment;
  /** What each unit's figures can be given by the input (availability.ts). */
  availability: Map<string, UnitAvailability>;
}

/** Each unit's availability, from its posts in the period. */
function unitAvailabilities(data: ResolvedData, config: Config, caps: InputCapabilities): Map<string, UnitAvailability> {
  const postsOf = new Map<string, Post[]>(config.units.map((u) => [u.id, []]));
  for (const post of data.posts) {
    const unit = data.postUnit.get(post.id);
    if (unit) postsOf.get(unit)!.push(post);
  }
  return new Map(config.units.map((u) => [u.id, unitAvailability(caps, postsOf.get(u.id)!)]));
}

/**
 * The units' rows: their own figures computed now, their network figures and scorecard joined
 * when the network's metrics are complete (the returned function).
 */
function unitResults(data: ResolvedData, config: Config, ctx: UnitContext): (network: NetworkMetrics) => UnitResult[] {
  const postsByUnit = new Map<string, Post[]>(config.units.map((u) => [u.id, []]));
  for (const post of data.posts) {
    const unit = data.postUnit.get(post.id);
    if (unit) postsByUnit.get(unit)!.push(post);
  }
  const petitionsByUnit = new Map<string, Petition[]>(config.units.map((u) => [u.id, []]));
  for (const petition of ctx.petitions) if (petition.unitId) petitionsByUnit.get(petition.unitId)!.push(petition);

  const { perPost, reachIndex } = ctx;

  const own = config.units.map((unit) => {
    const posts = postsByUnit.get(unit.id)!;
    const act = activity(posts, { timezone: config.timezone });
    const engagement = sumEngagement(posts, perPost);
    const tthc = posts.filter((p) => isTthcText(p.message));
    const resp = responsiveness(petitionsByUnit.get(unit.id)!);
    const spread = reach(data, unit.id, posts, reachIndex);
    const { unavailable, partial } = ctx.availability.get(unit.id)!;
    const flags: string[] = [];
    if (act.posts === 0) flags.push('no_posts');
    else if (act.posts === 1) flags.push('single_post'); // longestGapDays needs two posts
    if (unavailable.petitions === undefined) {
      if (resp.petitions === 0) flags.push('no_petitions');
      else if (resp.answered === 0 && unavailable.answered === undefined) flags.push('no_answered_petitions');
    }
    if (act.posts > 0 && act.tthcPosts === 0) flags.push('no_tthc_posts'); // tthcInteractionsPerPost is null
    if (engagement.commentsTruncated > 0 && unavailable.commentsTruncated === undefined) flags.push('comments_truncated');
    // What the input cannot give (SPEC 2.2): the reasons of the null figures, then the partial ones.
    flags.push(...reasonsOf(unavailable), ...partial.map((r) => `partial_${r}`));
    const { onTime: _onTime, ...respFields } = resp;
    const qualityFields = ctx.quality.unit(unit.id, posts, petitionsByUnit.get(unit.id)!);
    const tthcInteractionsPerPost = interactionsPerPost(sumEngagement(tthc, perPost), tthc.length);
    return { unit, act, engagement, tthcInteractionsPerPost, respFields, qualityFields, spread, unavailable, flags };
  });

  return (network) => units(own.map(({ unit, act, engagement, tthcInteractionsPerPost, respFields, qualityFields, spread, unavailable, flags }) => {
    const node = network.node(unitNodeKey(unit.id));
    return withNulls({
      unitId: unit.id,
      name: unit.name,
      kind: unit.kind,
      posts: act.posts,
      activeWeeks: act.activeWeeks,
      weeks: ctx.weeks,
      longestGapDays: act.longestGapDays,
      tthcPosts: act.tthcPosts,
      tthcShare: act.tthcShare,
      ...engagement,
      interactionsPerPost: interactionsPerPost(engagement, act.posts),
      tthcInteractionsPerPost,
      ...respFields,
      ...qualityFields,
      ...spread,
      inWeight: node.inWeight,
      outWeight: node.outWeight,
      pagerank: node.pagerank,
      betweenness: node.betweenness,
      community: node.community,
      flags,
      unavailable,
    }, unavailable);
  }), config);
}

/** The units' rows with their scorecard. */
function units(partial: Omit<UnitResult, 'subIndices' | 'score' | 'rank'>[], config: Config): UnitResult[] {
  const cards = scorecard(
    partial.map((u) => ({
      unitId: u.unitId,
      kind: u.kind,
      indicators: {
        activity: { posts: u.posts, activeWeekShare: u.weeks === 0 ? null : u.activeWeeks / u.weeks },
        engagement: { interactionsPerPost: u.interactionsPerPost, businessReach: u.businessReach },
        responsiveness: {
          responseRate: u.responseRate,
          withinSlaRate: u.withinSlaRate,
          medianResponseWorkingHours: u.medianResponseWorkingHours,
        },
        spread: { cascadeReach: u.cascadeReach, sharesReceived: u.sharesReceived, pagerank: u.pagerank },
        quality: qualityIndicators(u),
      } satisfies Indicators,
    })),
    config.weights,
  );
  return partial.map((u, i) => ({
    ...u,
    subIndices: cards[i].subIndices,
    score: cards[i].score,
    rank: cards[i].rank,
    flags: [...u.flags, ...cards[i].flags],
  }));
}

/** The backlog first: unanswered petitions oldest first, then answered ones oldest first. */
function petitionRows(
  data: ResolvedData, petitions: Petition[], quality: QualityAssessment, topics: readonly string[][],
  waiting: (p: Petition) => number | null,
): PetitionRow[] {
  const postOf = (p: Petition): Post | undefined => data.posts[commentPostAt(data, p.comment, p.commentAt)];
  const rows = petitions.map((p, i): PetitionRow => ({
    commentId: p.comment.id,
    postId: p.comment.postId,
    permalinkUrl: postOf(p)?.permalinkUrl ?? null,
    unitId: p.unitId,
    routedBy: p.routedBy,
    authorId: p.comment.fromId,
    authorKind: p.authorKind,
    createdTime: p.comment.createdTime,
    message: p.comment.message,
    responseCommentId: p.response?.id ?? null,
    responseTime: p.response?.createdTime ?? null,
    responseHours: p.responseHours,
    responseWorkingHours: p.responseWorkingHours,
    onTime: p.onTime,
    ...quality.petition(p),
    waitingWorkingHours: waiting(p),
    topics: topics[i]!,
  }));
  const answeredRank = (r: PetitionRow) => (r.responseCommentId === null ? 0 : 1);
  return rows.sort((a, b) =>
    answeredRank(a) - answeredRank(b)
    || (a.createdTime < b.createdTime ? -1 : a.createdTime > b.createdTime ? 1 : 0)
    || (a.commentId < b.commentId ? -1 : 1));
}
