/**
 * analyze(): the one place that runs the steps in order —
 * resolve → graph (one index) → metrics → scorecard and windows → privacy → the Analysis object.
 * Pure: it works on an ingested dataset and a configuration, and returns plain data.
 */
import { type Config, type ConfigInput } from '../config/schema';
import { resolveConfig } from '../config/parse';
import type { IngestResult, Post } from '../model/types';
import { resolveData, unitNodeKey, type ResolvedData } from '../resolve/resolved';
import { buildInteractionGraph, type InteractionGraph } from '../graph/build';
import { buildGraphIndex } from '../graph/index';
import {
  computeNetworkMetrics, planShortestPathStep, type NetworkMetrics, type NetworkSamplingOptions, type ShortestPathFigures,
} from './network';
import { runPlan, runPlanSync, type PathPlan, type ShortestPathPool } from '../metrics/network/pathPool';
import { resolveThreads } from '../metrics/network/shortestPaths';
import { activity, isTthcText } from '../metrics/activity';
import { interactionsPerPost, postEngagement, sumEngagement, type PostEngagement } from '../metrics/engagement';
import { findPetitions, type Petition } from '../metrics/petitions';
import { responsiveness } from '../metrics/responsiveness';
import { reach, reactorsByPost, sharesByParent, type ReachIndex } from '../metrics/reach';
import { associationActivity } from '../metrics/associations';
import { scorecard, type Indicators } from '../scorecard/scorecard';
import { buildWorkingCalendar, weekStart, weeksInPeriod } from '../time/index';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './period';
import { weeklyRows } from './weekly';
import { applyPrivacy } from './applyPrivacy';
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

/** Everything an analysis produced: the plain result and the graph behind it. */
export interface AnalysisRun {
  analysis: Analysis;
  /** The interaction graph, pseudonymised like the analysis. */
  graph: InteractionGraph;
  /** Pseudonymise a raw record (for rejects.ndjson) like the analysis; identity when revealed. */
  redact(record: unknown): unknown;
}

const ANALYZE_OPTION_KEYS = new Set(['from', 'to', 'reveal', 'privacyKey', 'threads', 'pool', 'exact', 'sampling']);

function checkOptions(options: AnalyzeOptions): void {
  for (const key of Object.keys(options)) {
    if (!ANALYZE_OPTION_KEYS.has(key)) throw new TypeError(`analyze: unknown option "${key}"`);
  }
}

/**
 * Analyse an ingested export.
 * @example
 * const { dataset, report } = ingestGraphApi(files);
 * const analysis = analyze({ dataset, report }, config);
 * console.table(analysis.units.map((u) => ({ unit: u.name, score: u.score, rank: u.rank })));
 */
export function analyze(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithGraph(input, config, options).analysis;
}

/** {@link analyze}, also returning the interaction graph (for GEXF, the report's map, notebooks). */
export function analyzeWithGraph(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): AnalysisRun {
  const steps = analysisSteps(input, config, options);
  let step = steps.next();
  while (!step.done) step = steps.next(runPlanSync(step.value));
  return step.value;
}

/**
 * {@link analyze} with betweenness and harmonic centrality on `options.pool`'s threads (the
 * numbers are the same to the last bit as on one thread).
 * @example
 * import { createWorkerPool } from 'ddci-sna/node';
 * const pool = createWorkerPool(); // every core
 * const analysis = await analyzeAsync(input, config, { pool });
 * await pool.close();
 */
export async function analyzeAsync(input: IngestResult, config: Config | ConfigInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  return (await analyzeWithGraphAsync(input, config, options)).analysis;
}

/** {@link analyzeWithGraph} with the all-pairs metrics on `options.pool`'s threads. */
export async function analyzeWithGraphAsync(
  input: IngestResult,
  config: Config | ConfigInput,
  options: AnalyzeOptions = {},
): Promise<AnalysisRun> {
  const threads = resolveThreads(options.threads, options.pool);
  const steps = analysisSteps(input, config, options);
  let step = steps.next();
  while (!step.done) step = steps.next(await runPlan(step.value, options.pool, threads));
  return step.value;
}

/**
 * The analysis, written once for both drivers: it yields the all-pairs plan (the one step that
 * may run on other threads) and resumes with its result.
 */
function* analysisSteps(
  input: IngestResult,
  configInput: Config | ConfigInput,
  options: AnalyzeOptions,
): Generator<PathPlan<ShortestPathFigures>, AnalysisRun, ShortestPathFigures> {
  checkOptions(options);
  resolveThreads(options.threads, options.pool);
  const config = resolveConfig(configInput);
  const tz = config.timezone;

  const fromMs = options.from === undefined ? null : startOfLocalDay(options.from, tz, 'from');
  const toMs = options.to === undefined ? null : endOfLocalDay(options.to, tz, 'to');
  const data = resolveData(input.dataset, config, { fromMs, toMs });

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
  const firstMs = fromMs ?? earliest;
  const lastMs = toMs !== null ? toMs - 1 : latest;
  const weeks = firstMs === null || lastMs === null ? [] : weeksInPeriod(firstMs, lastMs, tz);

  const graph = buildInteractionGraph(data);
  const index = buildGraphIndex(graph);
  const paths = yield planShortestPathStep(index, { exact: options.exact, sampling: options.sampling });
  const network = computeNetworkMetrics(index, paths);

  const petitions = findPetitions(data, {
    workingHoursBetween: (a, b) => calendar.workingHoursBetween(a, b),
    slaWorkingHours: config.slaWorkingHours,
  });
  const perPost = postEngagement(data);
  const reachIndex = { shares: sharesByParent(data), reactors: reactorsByPost(data) };
  const units = unitResults(data, config, { petitions, weekOf, weeks: weeks.length, network, perPost, reachIndex });

  const analysis: Analysis = {
    schemaVersion: SCHEMA_VERSION,
    period: {
      from: firstMs === null ? null : localDateOf(firstMs, tz),
      to: lastMs === null ? null : localDateOf(lastMs, tz),
      timezone: tz,
      weeks: weeks.length,
    },
    ingest: {
      files: input.report.files,
      posts: input.report.posts,
      comments: input.report.comments,
      reactions: input.report.reactions,
      shares: input.report.shares,
      duplicates: input.report.duplicates,
      rejected: input.report.rejected,
    },
    network: {
      ...network.summary,
      unroutedPetitions: petitions.filter((p) => p.unitId === null).length,
    },
    units,
    actors: network.actors(data),
    associations: network.associations(data, associationActivity(data, network.associationIds, petitions, reachIndex)),
    weekly: weeklyRows(data, { petitions, weeks, weekOf, perPost }),
    petitions: petitionRows(data, petitions),
    privacy: { pseudonymized: true, keyed: false },
  };
  return applyPrivacy(analysis, graph, data, {
    pseudonymize: !options.reveal && config.privacy.pseudonymize,
    key: options.privacyKey ?? config.privacy.key,
  });
}

interface UnitContext {
  petitions: Petition[];
  weekOf: (ms: number) => string;
  weeks: number;
  network: NetworkMetrics;
  perPost: Map<string, PostEngagement>;
  reachIndex: ReachIndex;
}

function unitResults(data: ResolvedData, config: Config, ctx: UnitContext): UnitResult[] {
  const postsByUnit = new Map<string, Post[]>(config.units.map((u) => [u.id, []]));
  for (const post of data.posts) {
    const unit = data.postUnit.get(post.id);
    if (unit) postsByUnit.get(unit)!.push(post);
  }
  const petitionsByUnit = new Map<string, Petition[]>(config.units.map((u) => [u.id, []]));
  for (const petition of ctx.petitions) if (petition.unitId) petitionsByUnit.get(petition.unitId)!.push(petition);

  const { perPost, reachIndex } = ctx;

  const partial = config.units.map((unit) => {
    const posts = postsByUnit.get(unit.id)!;
    const act = activity(posts, ctx.weekOf);
    const engagement = sumEngagement(posts, perPost);
    const tthc = posts.filter((p) => isTthcText(p.message));
    const resp = responsiveness(petitionsByUnit.get(unit.id)!);
    const spread = reach(data, unit.id, posts, reachIndex);
    const node = ctx.network.node(unitNodeKey(unit.id));
    const flags: string[] = [];
    if (act.posts === 0) flags.push('no_posts');
    else if (act.posts === 1) flags.push('single_post'); // longestGapDays needs two posts
    if (resp.petitions === 0) flags.push('no_petitions');
    else if (resp.answered === 0) flags.push('no_answered_petitions');
    if (act.posts > 0 && act.tthcPosts === 0) flags.push('no_tthc_posts'); // tthcInteractionsPerPost is null
    if (engagement.commentsTruncated > 0) flags.push('comments_truncated');
    const { onTime: _onTime, ...respFields } = resp;
    return {
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
      tthcInteractionsPerPost: interactionsPerPost(sumEngagement(tthc, perPost), tthc.length),
      ...respFields,
      ...spread,
      inWeight: node.inWeight,
      outWeight: node.outWeight,
      pagerank: node.pagerank,
      betweenness: node.betweenness,
      community: node.community,
      flags,
    };
  });

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
function petitionRows(data: ResolvedData, petitions: Petition[]): PetitionRow[] {
  const rows = petitions.map((p): PetitionRow => ({
    commentId: p.comment.id,
    postId: p.comment.postId,
    permalinkUrl: data.postById.get(p.comment.postId)?.permalinkUrl ?? null,
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
  }));
  const answeredRank = (r: PetitionRow) => (r.responseCommentId === null ? 0 : 1);
  return rows.sort((a, b) =>
    answeredRank(a) - answeredRank(b)
    || (a.createdTime < b.createdTime ? -1 : a.createdTime > b.createdTime ? 1 : 0)
    || (a.commentId < b.commentId ? -1 : 1));
}
