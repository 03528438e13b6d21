/**
 * ddci-sna: social-network analysis of government–business dialogue on a Facebook fanpage.
 * The core is pure (no I/O, no side effects on import); file reading lives in `ddci-sna/node`, the
 * HTML report and its building blocks in `ddci-sna/report`.
 */

// The one error shape
export { DdciError, isDdciError, formatErrorPath, formatProblem, type Problem, type ErrorPath } from './errors';

// The canonical dataset
export type * from './model/types';
export { FULL_CAPABILITIES, REACTION_TYPES } from './model/types';

// Configuration
export { ConfigSchema, WEIGHT_RANGE, type Config, type ConfigInput, type UnitConfig } from './config/schema';
export { parseConfig, resolveConfig, ConfigError, type ConfigProblem, type ConfigResult, type ParseConfigOptions } from './config/parse';
export { parseUnitsCsv, type UnitRow } from './config/unitsCsv';

// Ingest: the format registry and the sink adapters write into (README "Adding an export format")
export {
  ingestGraphApi, ingestFiles, createIngest, FORMATS, detectFormat, INGEST_LIMITS, LIMIT_CODES, cleanText, normalizeText,
  formatLocation, readLines, MAX_LINE_LENGTH, type IngestSession, type IngestOptions, type Detection, type FileWriter,
} from './ingest/index';
export type {
  FormatAdapter, RecordSink, FileHead, DecodedFile, ReadOptions, IngestLimits, At, AccountInput, FieldNames,
  PostInput, CommentInput, ReactionInput, RejectInput, PageIdentity, LineReader,
} from './ingest/adapter';
export { CANONICAL_FORMAT, CANONICAL_VERSION } from './ingest/formats/canonical';
export { repairMojibake } from './ingest/decode';

// Text and resolution
export { foldText, nfc, makePhraseMatcher } from './text/fold';
export * from './text/lexicons';
export { makeActorClassifier, type ResolvedActor } from './resolve/actors';
export { makeUnitAttribution, type UnitAttribution } from './resolve/units';
export { resolveData, unitNodeKey, actorNodeKey, parseNodeKey, type ResolvedData, type PeriodBounds } from './resolve/resolved';
export type { NodeRef } from './resolve/nodeKey';

// Time
export * from './time/index';

// Graph and metrics
export {
  buildInteractionGraph, collectInteractions, interactionGraph, interactionEdgeKey, interactionListEdgeKey, interactionPositions, INTERACTION_TYPES,
  type InteractionGraph, type InteractionType, type NodeAttributes, type EdgeAttributes, type InteractionList, type InteractionNode, type InteractionEdge,
} from './graph/build';
export * from './metrics/network/index';
export { findPetitions, makeQuestionDetector, type Petition, type PetitionOptions, type PetitionAuthorKind, type RoutedBy } from './metrics/petitions';
export * from './metrics/unit/index';
export {
  assessQuality, petitionOutcomes, outcomeRates, answerSubstance, substanceRates, isSubstantiveText, countWords, hasLink,
  answerReactionFigures, snapshotFates, snapshotNames, commentsNoLongerHeld, formatCommentsNoLongerHeld, isCompleteCopy, OUTCOMES,
  type Outcome, type UnitQuality, type PetitionQuality, type QualityAssessment, type CommentFate, type SnapshotFates, type FileDrops,
} from './metrics/quality/index';
export { quantile, median } from './metrics/stats';
export { makeTopicClassifier, topicRows } from './metrics/topics';
export { scorecard, competitionRanks, SUB_INDEX_NAMES, qualityIndicators, type QualityIndicators, type ScorecardInput, type ScorecardRow, type Weights, type Indicators, type SubIndexName } from './scorecard/scorecard';

// Analysis
export { analyze, analyzeWithGraph, analyzeAsync, analyzeWithGraphAsync, type AnalyzeOptions, type AnalysisRun } from './analysis/analyze';
export { NETWORK_SAMPLING_DEFAULTS, EXACT_HARMONIC_KINDS, type NetworkSamplingOptions } from './analysis/network';
export * from './analysis/schema';
export { compareWithExpected, DEFAULT_TOLERANCES, type Difference } from './analysis/compare';
export {
  inputCapabilities, unitAvailability, networkAvailability, unionCapabilities, FIGURE_NEEDS, NEEDS, UNAVAILABLE_REASONS,
  type UnavailableReason, type Unavailable, type InputCapabilities, type UnitAvailability, type FigureNeed, type Need,
} from './analysis/availability';
export {
  makePseudonymizer, pseudonymizeGraph, pseudonymizeInteractions, pseudonymizeInteractionList, applyPrivacy, redactRejects, makePrivacy, makeNameRedactor, makeRecordRedactor,
  PERSONAL_FIELDS, type Pseudonymizer, type PseudonymizerOptions, type Privacy, type PrivacySettings, type PrivacyInputs, type PrivateOutputs,
  type PersonalField, type PersonalFieldKind,
} from './analysis/privacy/index';

// Writers: tables (CSV, Parquet, typed rows for notebooks), JSON, GEXF; `writeOutputs` for all of
// them and the report (whose own entry is `ddci-sna/report`)
export * from './write/index';
export { writeCanonical, type CanonicalOptions } from './write/canonical';
