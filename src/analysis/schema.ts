/**
 * The `Analysis` object (SPEC 5): what `analyze()` returns and `analysis.json` holds.
 * The zod schema is the source of truth; the TypeScript types and the JSON Schema derive from it.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const count = z.number().int().nonnegative();
const ratio = z.number().nullable();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const IngestCountsSchema = z.object({
  files: count,
  posts: count,
  comments: count,
  reactions: count,
  shares: count,
  duplicates: count,
  rejected: count,
});

export const PeriodSchema = z.object({
  /** First local date analysed (inclusive), null when there are no posts. */
  from: localDate.nullable(),
  /** Last local date analysed (inclusive). */
  to: localDate.nullable(),
  timezone: z.string(),
  /** Monday-started weeks from the week of `from` to the week of `to`. */
  weeks: count,
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
  nodes: count,
  edges: count,
  density: z.number(),
  reciprocity: ratio,
  communities: count,
  modularity: ratio,
  // Defaults to null when absent, so an Analysis written before this field still parses.
  sampling: NetworkSamplingSchema.nullable().default(null),
  /** Questions no unit is responsible for (SPEC 3.4): counted, listed, not attributed. */
  unroutedPetitions: count,
});

export const SubIndicesSchema = z.object({
  activity: ratio,
  engagement: ratio,
  responsiveness: ratio,
  spread: ratio,
});

export const UnitResultSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  kind: z.enum(['department', 'locality']),
  // activity
  posts: count,
  activeWeeks: count,
  weeks: count,
  longestGapDays: ratio,
  tthcPosts: count,
  tthcShare: ratio,
  // engagement
  commentsReceived: count,
  reactionsReceived: count,
  sharesReceived: count,
  /** Comments the export announces (`comments.summary.total_count`) but does not contain. */
  commentsTruncated: count,
  interactionsPerPost: ratio,
  tthcInteractionsPerPost: ratio,
  // responsiveness
  petitions: count,
  answered: count,
  unanswered: count,
  responseRate: ratio,
  medianResponseHours: ratio,
  medianResponseWorkingHours: ratio,
  p90ResponseWorkingHours: ratio,
  withinSlaRate: ratio,
  // reach and spread
  reach: ratio,
  businessReach: ratio,
  associationReach: ratio,
  cascadeReach: ratio,
  cascadeDepth: ratio,
  amplifiers: z.array(z.string()),
  // network position
  inWeight: z.number(),
  outWeight: z.number(),
  pagerank: ratio,
  betweenness: ratio,
  community: z.number().int().nullable(),
  // scorecard
  subIndices: SubIndicesSchema,
  score: ratio,
  rank: z.number().int().nullable(),
  /** Why a figure is null or partial, e.g. `no_petitions`, `comments_truncated`. */
  flags: z.array(z.string()),
});

export const ActorResultSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  kind: z.enum(['agency', 'page', 'association', 'business', 'individual']),
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
  commentsReceived: count,
  reactionsReceived: count,
  petitions: count,
  answered: count,
  onTime: count,
  medianResponseWorkingHours: ratio,
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
export type Analysis = z.infer<typeof AnalysisSchema>;

/** The JSON Schema of `analysis.json` (draft 2020-12), for services that don't use zod. */
export function analysisJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnalysisSchema) as Record<string, unknown>;
}
