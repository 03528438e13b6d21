/**
 * Responsiveness of a unit (SPEC 4.1): how many petitions it answered, how fast, how many on time.
 * Null, never 0, where there is nothing to measure (no petitions, or none answered).
 */
import type { Petition } from '../petitions';
import { median, quantile, ratioOrNull } from '../stats';

export interface ResponsivenessFigures {
  petitions: number;
  answered: number;
  unanswered: number;
  onTime: number;
  responseRate: number | null;
  medianResponseHours: number | null;
  medianResponseWorkingHours: number | null;
  p90ResponseWorkingHours: number | null;
  withinSlaRate: number | null;
}

/**
 * Aggregate the petitions of one unit (or one unit-week). Neutral result: no petitions → counts 0,
 * every rate and time null.
 * @example responsiveness(analysisPetitionsOfUnit) // { petitions: 12, answered: 10, unanswered: 2, onTime: 8, responseRate: 0.833…, … }
 */
export function responsiveness(petitions: readonly Petition[]): ResponsivenessFigures {
  const hours: number[] = [];
  const workingHours: number[] = [];
  let onTime = 0;
  for (const p of petitions) {
    if (p.response === null) continue;
    hours.push(p.responseHours!);
    workingHours.push(p.responseWorkingHours!);
    if (p.onTime) onTime += 1;
  }
  return {
    petitions: petitions.length,
    answered: hours.length,
    unanswered: petitions.length - hours.length,
    onTime,
    responseRate: ratioOrNull(hours.length, petitions.length),
    medianResponseHours: median(hours),
    medianResponseWorkingHours: median(workingHours),
    p90ResponseWorkingHours: quantile(workingHours, 0.9),
    withinSlaRate: ratioOrNull(onTime, petitions.length),
  };
}
