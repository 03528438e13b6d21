/**
 * ddci-sna: social-network analysis of government–business dialogue on a Facebook fanpage.
 * The core is pure (no I/O, no side effects on import); file reading lives in `ddci-sna/node`.
 */

// The canonical dataset
export type * from './model/types';
export { REACTION_TYPES } from './model/types';

// Configuration
export { ConfigSchema, type Config, type ConfigInput, type UnitConfig } from './config/schema';
export { parseConfig, resolveConfig, ConfigError, formatPath, type ConfigProblem, type ConfigResult } from './config/parse';
export { parseUnitsCsv } from './config/unitsCsv';

// Ingest
export { ingestGraphApi, ingestFiles, createIngest } from './ingest/index';

// Text and resolution
export { foldText, nfc, makePhraseMatcher } from './text/fold';
export * from './text/lexicons';
export { makeActorClassifier, type ResolvedActor } from './resolve/actors';
export { makeUnitAttribution, type UnitAttribution } from './resolve/units';
export { resolveData, unitNodeKey, type ResolvedData } from './resolve/resolved';

// Time
export * from './time/index';

// Graph and metrics
export { buildInteractionGraph, INTERACTION_TYPES, type InteractionGraph, type NodeAttributes, type EdgeAttributes } from './graph/build';
export * from './metrics/network/index';
export { findPetitions, makeQuestionDetector, type Petition } from './metrics/petitions';
export { responsiveness } from './metrics/responsiveness';
export { quantile, median } from './metrics/stats';
export { scorecard, competitionRanks } from './scorecard/scorecard';

// Analysis
export { analyze, analyzeWithGraph, type AnalyzeOptions, type AnalysisRun } from './analysis/analyze';
export * from './analysis/schema';
export { compareWithExpected, DEFAULT_TOLERANCES, type Difference } from './analysis/compare';
export { makePseudonymizer, pseudonymizeGraph } from './analysis/privacy';

// Writers
export * from './write/index';
