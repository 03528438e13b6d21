/**
 * The `Analysis` object (SPEC 5): what `analyze()` returns and `analysis.json` holds.
 * The zod schema is the source of truth; the TypeScript types and the JSON Schema derive from it.
 */
import * as z from 'zod';
import { ACTOR_KINDS, REACTION_TYPES, UNIT_KINDS } from '../model/types';
import { FIGURE_NEEDS, UNAVAILABLE_REASONS } from './availability';

export const SCHEMA_VERSION = '2.0.0';

const count = z.number().int().nonnegative();
const ratio = z.number().nullable();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A count a format may be unable to give (null, with the reason in `unavailable`; SPEC 2.2). */
const countOrNull = count.nullable();

/** Why a figure is null because the input cannot give it (src/analysis/availability.ts). */
export const UnavailableReasonSchema = z.enum(UNAVAILABLE_REASONS);
const unavailableOf = (figures: Record<string, unknown>) =>
  z.partialRecord(z.enum(Object.keys(figures) as [string, ...string[]]), UnavailableReasonSchema);

export const IngestCountsSchema = z.object({
  files: count,
  posts: count,
  comments: count,
  reactions: count,
  shares: count,
  duplicates: count,
  rejected: count,
  /**
   * The instant the ingest checked times against (ISO 8601 UTC; the `asOf` option, default the
   * run's clock): a time more than a day after it was rejected. Pin it for a reproducible run.
   */
  asOf: z.string(),
});

export const PeriodSchema = z.object({
  /** First local date analysed (inclusive), null when there are no posts. */
  from: localDate.nullable(),
  /** Last local date analysed (inclusive). */
  to: localDate.nullable(),
  timezone: z.string(),
  /** Monday-started weeks from the week of `from` to the week of `to`. */
  weeks: count,
  // What the period holds (the export's totals are `ingest`): records in the sense of `ingest`.
  /** Posts of the period. */
  posts: count,
  /** Comments and replies under the period's posts. */
  comments: count,
  /** Reaction records on the period's posts and their comments. */
  reactions: count,
  /** Share records whose sharing post is in the period. */
  shares: count,
  /** Questions of the period (SPEC 3.4), routed to a unit or not. */
  petitions: count,
});

/**
 * How betweenness and harmonic centrality were sampled (graphs from `sampling.minNodes` nodes up,
 * unless `exact`); null when every figure is exact. Each bound holds for every node at once with
 * probability ≥ 1 − delta.
 */
export const NetworkSamplingSchema = z.object({
  seed: count,
  delta: z.number(),
  betweenness: z.object({
    /** Sampled shortest paths (Riondato–Kornaropoulos): |estimate − exact| ≤ epsilon. */
    method: z.literal('riondato-kornaropoulos'),
    epsilon: z.number(),
    samples: count,
    /** Upper bound on the nodes of a shortest path, which sets the sample size. */
    vertexDiameterBound: count,
  }),
  harmonic: z.object({
    /** Sampled sources (Eppstein–Wang): |estimate − exact| / nodes ≤ epsilon. */
    method: z.literal('eppstein-wang'),
    epsilon: z.number(),
    samples: count,
    /** Kinds of node whose harmonic centrality is exact all the same (one search each). */
    exactKinds: z.array(z.enum(['agency', 'page', 'association'])),
  }),
});

export const NetworkSchema = z.object({
  nodes: countOrNull,
  edges: countOrNull,
  density: ratio,
  reciprocity: ratio,
  communities: countOrNull,
  modularity: ratio,
  // Defaults to null when absent, so an Analysis written before this field still parses.
  sampling: NetworkSamplingSchema.nullable().default(null),
  /** Questions no unit is responsible for (SPEC 3.4): counted, listed, not attributed. */
  unroutedPetitions: countOrNull,
  /** Figures null because no input carries what they need: field → reason (`counts_only` …). */
  unavailable: unavailableOf(FIGURE_NEEDS.network),
});

export const SubIndicesSchema = z.object({
  activity: ratio,
  engagement: ratio,
  responsiveness: ratio,
  spread: ratio,
  /** SPEC 4.6: present only when `weights` names `quality`. */
  quality: ratio.optional(),
});

/** SPEC 4.6: reactions on a unit's answers, `{ type: count }` without zeros. */
export const AnswerReactionsSchema = z.object(
  Object.fromEntries(REACTION_TYPES.map((type) => [type, count.optional()])) as Record<(typeof REACTION_TYPES)[number], z.ZodOptional<typeof count>>,
);

export const UnitResultSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  // activity
  posts: count,
  activeWeeks: count,
  weeks: count,
  longestGapDays: ratio,
  tthcPosts: count,
  tthcShare: ratio,
  // engagement
  /** Comments by others under the unit's posts; a count-only post (CrowdTangle) adds its comments total. */
  commentsReceived: countOrNull,
  reactionsReceived: countOrNull,
  sharesReceived: countOrNull,
  /** Comments the export announces (`comments.summary.total_count`) but does not contain. */
  commentsTruncated: countOrNull,
  interactionsPerPost: ratio,
  tthcInteractionsPerPost: ratio,
  // responsiveness
  petitions: countOrNull,
  answered: countOrNull,
  unanswered: countOrNull,
  responseRate: ratio,
  medianResponseHours: ratio,
  medianResponseWorkingHours: ratio,
  p90ResponseWorkingHours: ratio,
  withinSlaRate: ratio,
  // answer quality and what disappeared (SPEC 4.6)
  acknowledgedRate: ratio,
  reaskRate: ratio,
  substantiveRate: ratio,
  templatedRate: ratio,
  answerReactions: AnswerReactionsSchema,
  negativeShare: ratio,
  /** Petitions deleted or hidden before any answer; null when no petition could be followed across snapshots. */
  petitionsDisappeared: count.nullable(),
  /** Their comment ids, oldest first (details in `petitions[]`). */
  disappearedPetitions: z.array(z.string()),
  /** Posts whose later comment lists are incomplete where a comment went missing; null when no post was followed. */
  unverifiablePosts: count.nullable(),
  // reach and spread
  reach: ratio,
  businessReach: ratio,
  associationReach: ratio,
  cascadeReach: ratio,
  cascadeDepth: ratio,
  amplifiers: z.array(z.string()).nullable(),
  // network position
  inWeight: z.number().nullable(),
  outWeight: z.number().nullable(),
  pagerank: ratio,
  betweenness: ratio,
  community: z.number().int().nullable(),
  // scorecard
  subIndices: SubIndicesSchema,
  score: ratio,
  rank: z.number().int().nullable(),
  /** Why a figure is null or partial, e.g. `no_petitions`, `comments_truncated`, `counts_only`, `partial_counts_only`. */
  flags: z.array(z.string()),
  /** Figures null because the input's format cannot give them: field → reason (SPEC 2.2). */
  unavailable: unavailableOf(FIGURE_NEEDS.units),
});

export const ActorResultSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  kind: z.enum(ACTOR_KINDS),
  unitId: z.string().nullable(),
  inWeight: z.number(),
  outWeight: z.number(),
  pagerank: z.number(),
  betweenness: z.number(),
  community: z.number().int(),
  harmonic: z.number(),
  eigenvector: z.number().nullable(),
  hub: z.number(),
  authority: z.number(),
  coreNumber: count,
  constraint: z.number().nullable(),
  effectiveSize: z.number().nullable(),
});

/** Per association (SPEC 4.5): the spread the province asks of them. */
export const AssociationResultSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  /** Shares by the association anywhere in the share cascades of units' posts. */
  sharesOfUnitPosts: count,
  /** Distinct units whose posts those shares spread. */
  unitsAmplified: count,
  /** Distinct identified actors (not the association) who engaged with those shares. */
  reachGenerated: count,
  /** Questions (comments asking or petitioning) the association wrote, routed or not. */
  questionsRaised: count,
  betweenness: z.number(),
  constraint: z.number().nullable(),
  /** Gould–Fernandez roles over open two-paths, groups = actor kinds. */
  brokerage: z.object({
    coordinator: count, gatekeeper: count, representative: count, itinerant: count, liaison: count,
  }),
  /** Open two-paths business → association → agency (no direct business → agency edge). */
  businessToAgencyPaths: count,
});

export const WeeklyRowSchema = z.object({
  weekStart: localDate,
  unitId: z.string(),
  posts: count,
  commentsReceived: countOrNull,
  reactionsReceived: countOrNull,
  petitions: countOrNull,
  answered: countOrNull,
  onTime: countOrNull,
  medianResponseWorkingHours: ratio,
  /** Figures null because the input's format cannot give them: field → reason (as the unit's). */
  unavailable: unavailableOf(FIGURE_NEEDS.weekly),
});

export const PetitionSchema = z.object({
  commentId: z.string(),
  postId: z.string(),
  permalinkUrl: z.string().nullable(),
  /** The responsible unit; null for an unrouted question. */
  unitId: z.string().nullable(),
  routedBy: z.enum(['post', 'assignment', 'alias']).nullable(),
  authorId: z.string().nullable(),
  authorKind: z.enum(['association', 'business', 'individual', 'anonymous']),
  createdTime: z.string(),
  message: z.string(),
  responseCommentId: z.string().nullable(),
  responseTime: z.string().nullable(),
  responseHours: z.number().nullable(),
  responseWorkingHours: z.number().nullable(),
  onTime: z.boolean().nullable(),
  // SPEC 4.6
  outcome: z.enum(['acknowledged', 'reasked', 'silent']).nullable(),
  answerSubstantive: z.boolean().nullable(),
  answerTemplated: z.boolean().nullable(),
  /** Deleted or hidden (true), held by the latest snapshot of its post (false), not followed or unverifiable (null). */
  disappeared: z.boolean().nullable(),
  /** The last snapshot (input file, relative to the inputs' common folder) that held it, when the latest does not. */
  lastSeenIn: z.string().nullable(),
  /** Its text changed between snapshots; null when fewer than two hold it. */
  edited: z.boolean().nullable(),
  /** Unanswered routed petition: working hours from it to the end of the period's last day; else null. */
  waitingWorkingHours: z.number().nullable(),
  /** Topics of the petition's text (`topicMarkers`), in lexicon order; empty for none. */
  topics: z.array(z.string()),
});

/** Petitions per topic and responsible unit (issue 11); `topic` null = no topic, `unitId` null = unrouted. */
export const TopicRowSchema = z.object({
  topic: z.string().nullable(),
  unitId: z.string().nullable(),
  petitions: count,
  answered: count,
  onTime: count,
  responseRate: ratio,
  withinSlaRate: ratio,
  medianResponseWorkingHours: ratio,
});

export const AnalysisSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  period: PeriodSchema,
  ingest: IngestCountsSchema,
  network: NetworkSchema,
  units: z.array(UnitResultSchema),
  actors: z.array(ActorResultSchema),
  associations: z.array(AssociationResultSchema),
  weekly: z.array(WeeklyRowSchema),
  petitions: z.array(PetitionSchema),
  topics: z.array(TopicRowSchema),
  privacy: z.object({ pseudonymized: z.boolean(), keyed: z.boolean() }),
});

export type Period = z.infer<typeof PeriodSchema>;
export type NetworkResult = z.infer<typeof NetworkSchema>;
export type NetworkSampling = z.infer<typeof NetworkSamplingSchema>;
export type SubIndices = z.infer<typeof SubIndicesSchema>;
export type UnitResult = z.infer<typeof UnitResultSchema>;
export type ActorResult = z.infer<typeof ActorResultSchema>;
export type AssociationResult = z.infer<typeof AssociationResultSchema>;
export type WeeklyRow = z.infer<typeof WeeklyRowSchema>;
export type PetitionRow = z.infer<typeof PetitionSchema>;
export type TopicRow = z.infer<typeof TopicRowSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The JSON Schema of `analysis.json` (draft 2020-12), for services that don't use zod. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysisSchema) as Record<string, unknown>;
}
