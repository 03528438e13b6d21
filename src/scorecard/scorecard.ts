/**
 * The DDCI-style scorecard (SPEC 4.3).
 * Each indicator is scored 0–10 by min–max among the units of the same kind (inverted where
 * lower is better; 10 for all when max = min; null stays null). A sub-index is the mean of its
 * non-null indicator scores; `score` is the weighted mean of the non-null sub-indices × 10
 * (0–100); `rank` is competition ranking (1, 2, 2, 4) by score within the kind.
 * The fifth sub-index `quality` (SPEC 4.6: acknowledgedRate, substantiveRate, 1 − reaskRate) is
 * scored only when the weights name it; by default it is absent and weighs nothing.
 */
import type { SubIndices } from '../analysis/schema';

export type SubIndexName = keyof SubIndices;
/** The four sub-indices every scorecard has. */
export const SUB_INDEX_NAMES: readonly Exclude<SubIndexName, 'quality'>[] = ['activity', 'engagement', 'responsiveness', 'spread'];

/** The raw indicator values of one unit, by sub-index. */
export interface Indicators {
  activity: { posts: number; activeWeekShare: number | null };
  engagement: { interactionsPerPost: number | null; businessReach: number | null };
  responsiveness: { responseRate: number | null; withinSlaRate: number | null; medianResponseWorkingHours: number | null };
  spread: { cascadeReach: number | null; sharesReceived: number | null; pagerank: number | null };
  /** SPEC 4.6; used only when the weights name `quality`. */
  quality?: QualityIndicators;
}

export interface QualityIndicators {
  acknowledgedRate: number | null;
  substantiveRate: number | null;
  /** 1 − reaskRate: higher is better, like the other two. */
  notReaskedRate: number | null;
}

/**
 * The quality sub-index's indicators from a unit's SPEC 4.6 rates.
 * @example qualityIndicators({ acknowledgedRate: 0.5, substantiveRate: 1, reaskRate: 0.25 })
 * // { acknowledgedRate: 0.5, substantiveRate: 1, notReaskedRate: 0.75 }
 */
export function qualityIndicators(rates: { acknowledgedRate: number | null; substantiveRate: number | null; reaskRate: number | null }): QualityIndicators {
  return {
    acknowledgedRate: rates.acknowledgedRate,
    substantiveRate: rates.substantiveRate,
    notReaskedRate: rates.reaskRate === null ? null : 1 - rates.reaskRate,
  };
}

/** Indicators where a lower value is better. */
const LOWER_IS_BETTER = new Set(['medianResponseWorkingHours']);

export interface ScorecardInput {
  unitId: string;
  kind: string;
  indicators: Indicators;
}

export interface ScorecardRow {
  unitId: string;
  subIndices: SubIndices;
  score: number | null;
  rank: number | null;
  flags: string[];
}

/** Weights of the four sub-indices; `quality` scored only when present. */
export type Weights = Record<(typeof SUB_INDEX_NAMES)[number], number> & { quality?: number };

const EMPTY_QUALITY: QualityIndicators = Object.freeze({ acknowledgedRate: null, substantiveRate: null, notReaskedRate: null });

// Scores this close are ties: float noise must not split equal units.
const TIE_EPSILON = 1e-9;

function minMaxScores(values: (number | null)[], lowerIsBetter: boolean): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return values.map(() => null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values.map((v) => {
    if (v === null) return null;
    if (max === min) return 10;
    // Divide first: (v − min) / (max − min) is exactly 1 at the max, so scores stay within 0–10.
    const scaled = 10 * ((v - min) / (max - min));
    return lowerIsBetter ? 10 - scaled : scaled;
  });
}

function mean(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/** Competition ranking by score, descending; null scores get no rank. */
export function competitionRanks(scores: (number | null)[]): (number | null)[] {
  return scores.map((score) => {
    if (score === null) return null;
    let better = 0;
    for (const other of scores) if (other !== null && other > score + TIE_EPSILON) better += 1;
    return better + 1;
  });
}

/** Score and rank every unit within its kind. Rows come back in the input order. */
export function scorecard(units: readonly ScorecardInput[], weights: Weights): ScorecardRow[] {
  const rows = new Map<string, ScorecardRow>();
  const names: readonly SubIndexName[] = weights.quality === undefined ? SUB_INDEX_NAMES : [...SUB_INDEX_NAMES, 'quality'];
  const weightOf = (name: SubIndexName) => (name === 'quality' ? weights.quality ?? 0 : weights[name]);
  const kinds = [...new Set(units.map((u) => u.kind))];
  for (const kind of kinds) {
    const group = units.filter((u) => u.kind === kind);
    const subIndexValues = new Map<string, SubIndices>(group.map((u) => [u.unitId, {
      activity: null, engagement: null, responsiveness: null, spread: null, ...(names.length > SUB_INDEX_NAMES.length ? { quality: null } : {}),
    }]));
    const indicatorsOf = (u: ScorecardInput, name: SubIndexName): Record<string, number | null> =>
      (name === 'quality' ? u.indicators.quality ?? EMPTY_QUALITY : u.indicators[name]) as unknown as Record<string, number | null>;
    for (const name of names) {
      const indicatorNames = Object.keys(indicatorsOf(group[0], name));
      const scoresPerIndicator = indicatorNames.map((indicator) =>
        minMaxScores(group.map((u) => indicatorsOf(u, name)[indicator]), LOWER_IS_BETTER.has(indicator)),
      );
      group.forEach((unit, i) => {
        subIndexValues.get(unit.unitId)![name] = mean(scoresPerIndicator.map((scores) => scores[i]));
      });
    }
    const scores = group.map((unit) => {
      const sub = subIndexValues.get(unit.unitId)!;
      let weighted = 0;
      let totalWeight = 0;
      for (const name of names) {
        const value = sub[name];
        if (value === null || value === undefined || weightOf(name) === 0) continue;
        weighted += weightOf(name) * value;
        totalWeight += weightOf(name);
      }
      return totalWeight === 0 ? null : (weighted / totalWeight) * 10;
    });
    const ranks = competitionRanks(scores);
    group.forEach((unit, i) => {
      const sub = subIndexValues.get(unit.unitId)!;
      const flags = names.filter((name) => sub[name] === null).map((name) => `no_${name}_subindex`);
      rows.set(unit.unitId, { unitId: unit.unitId, subIndices: sub, score: scores[i], rank: ranks[i], flags });
    });
  }
  return units.map((u) => rows.get(u.unitId)!);
}
