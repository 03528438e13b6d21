/**
 * ddci-sna: social-network analysis of government–business dialogue on a Facebook fanpage.
 * The core is pure (no I/O, no side effects on import); file reading lives in `ddci-sna/node`.
 */

// The one error shape
export { DdciError, isDdciError, formatErrorPath, formatProblem, type Problem, type ErrorPath } from './errors';

// The canonical dataset
export type * from './model/types';
export { REACTION_TYPES } from './model/types';

// Configuration
export { ConfigSchema, type Config, type ConfigInput, type UnitConfig } from './config/schema';
export { parseConfig, resolveConfig, ConfigError, formatPath, type ConfigProblem, type ConfigResult } from './config/parse';
export { parseUnitsCsv, type UnitRow } from './config/unitsCsv';

// Ingest
export { ingestGraphApi, ingestFiles, createIngest, type IngestSession } from './ingest/index';

// Text and resolution
export { foldText, nfc, makePhraseMatcher } from './text/fold';
export * from './text/lexicons';
export { makeActorClassifier, type ResolvedActor } from './resolve/actors';
export { makeUnitAttribution, type UnitAttribution } from './resolve/units';
export { resolveData, unitNodeKey, type ResolvedData, type PeriodBounds } from './resolve/resolved';

// Time
export * from './time/index';

// Graph and metrics
export { buildInteractionGraph, INTERACTION_TYPES, type InteractionGraph, type InteractionType, type NodeAttributes, type EdgeAttributes } from './graph/build';
export * from './metrics/network/index';
export { findPetitions, makeQuestionDetector, type Petition, type PetitionOptions, type PetitionAuthorKind, type RoutedBy } from './metrics/petitions';
export { responsiveness, type ResponsivenessFigures } from './metrics/responsiveness';
export { quantile, median } from './metrics/stats';
export { scorecard, competitionRanks, SUB_INDEX_NAMES, type ScorecardInput, type ScorecardRow, type Weights, type Indicators, type SubIndexName } from './scorecard/scorecard';

// Analysis
export { analyze, analyzeWithGraph, analyzeAsync, analyzeWithGraphAsync, type AnalyzeOptions, type AnalysisRun } from './analysis/analyze';
export { NETWORK_SAMPLING_DEFAULTS, EXACT_HARMONIC_KINDS, type NetworkSamplingOptions } from './analysis/network';
export * from './analysis/schema';
export { compareWithExpected, DEFAULT_TOLERANCES, type Difference } from './analysis/compare';
export { makePseudonymizer, pseudonymizeGraph, type Pseudonymizer, type PseudonymizerOptions } from './analysis/privacy';

// Writers
export * from './write/index';
