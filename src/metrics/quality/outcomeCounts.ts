/**
 * The counting both readers of petition outcomes share: the per-unit rates (`outcomeRates`, the
 * analysis) and the report's per-unit counts (`petitionDigest`). Dependency-free, so that the
 * report thread can import it without loading the analysis modules.
 */
export const OUTCOMES = ['acknowledged', 'reasked', 'silent'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeCounts {
  acknowledged: number;
  reasked: number;
  silent: number;
}

/**
 * How many of `items` ended in each outcome, in one pass; an item whose outcome is null (not
 * measured: unanswered, or an anonymous petitioner) is not counted.
 * @example countOutcomes(['reasked', null, 'silent'], (o) => o) // { acknowledged: 0, reasked: 1, silent: 1 }
 */
export function countOutcomes<T>(items: Iterable<T>, outcomeOf: (item: T) => Outcome | null): OutcomeCounts {
  const counts: OutcomeCounts = { acknowledged: 0, reasked: 0, silent: 0 };
  for (const item of items) {
    const outcome = outcomeOf(item);
    if (outcome !== null) counts[outcome] += 1;
  }
  return counts;
}
