/**
 * What the report reads of an analysis (issue 10): {@link reportView} and {@link previousView}
 * give the report's input bounded by what a person reads, not by the number of actors or
 * petitions, so that the CLI can copy it to the report's thread at any size. In a module of its
 * own (no report code, no vega) so that the CLI's main thread imports it without loading the report.
 */
import type { Analysis } from '../analysis/schema';
import { listedPetitions, petitionDigest, type PetitionDigest } from './sections/petitions';

/** The report's input, bounded (see {@link reportView}). */
export interface ReportView {
  /** The analysis without its petitions, and with only the actors whose names the report can print. */
  analysis: Analysis;
  /** What the report reads of the petitions: their sums and the few rows it lists (`petitionDigest`). */
  petitions: PetitionDigest;
}

/**
 * What the report reads of an analysis: every field as it is, but the petitions as their digest
 * (`petitionDigest`: the figures the report sums over them and the rows it lists, at most
 * `listedPerUnit` per unit and list), and of the actors only those whose name the report can print
 * (named actors who wrote a listed petition or amplify a unit: every other actor is printed by its
 * id, or not at all). The network map reads the actors' communities, so a graph given with a view
 * goes as its selection, made from the whole analysis (`selectNetwork`).
 * `renderReport(view.analysis, { petitions: view.petitions, graph: selectNetwork(interactions, analysis), slaWorkingHours })`
 * is `renderReport(analysis, { interactions, slaWorkingHours })` byte for byte; the view holds a
 * few hundred rows where the analysis holds every actor of the graph and every petition of the
 * period, so it is cheap to copy to another thread.
 * @example
 * const view = reportView(analysis, 8);
 * worker.postMessage({ analysis: view.analysis, petitions: view.petitions, network: selectNetwork(run.interactions, analysis) });
 */
export function reportView(analysis: Analysis, slaWorkingHours: number): ReportView {
  const petitions = petitionDigest(analysis, slaWorkingHours);
  const printed = new Set<string>();
  for (const p of listedPetitions(petitions)) if (p.authorId !== null) printed.add(p.authorId);
  for (const u of analysis.units) for (const id of u.amplifiers ?? []) printed.add(id);
  return {
    analysis: { ...analysis, petitions: [], actors: analysis.actors.filter((a) => a.name !== null && printed.has(a.id)) },
    petitions,
  };
}

/**
 * What the report reads of the earlier analysis it compares with (`previous`): its period and its
 * units; its rows (actors, petitions, weeks, topics) are left empty.
 * @example renderReport(analysis, { previous: previousView(lastWeek) }) // the same bytes as with lastWeek
 */
export function previousView(previous: Analysis): Analysis {
  return { ...previous, actors: [], petitions: [], weekly: [], topics: [], associations: [] };
}
