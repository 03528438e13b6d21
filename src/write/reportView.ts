/**
 * What the report reads of an analysis (issue 10): {@link reportView} and {@link previousView}
 * give the report's input bounded by what a person reads, not by the number of actors, so that the
 * CLI can copy it to the report's thread at any size. In a module of its own (no report code, no
 * vega) so that the CLI's main thread imports it without loading the report.
 */
import type { Analysis } from '../analysis/schema';

/**
 * What the report reads of an analysis, as an analysis: every field as it is, but of the actors
 * only those whose name the report can print (named actors who wrote a petition or amplify a unit:
 * every other actor is printed by its id, or not at all). The network map reads the actors'
 * communities, so a graph given with a view goes as its selection, made from the whole analysis
 * (`selectNetwork`). `renderReport(reportView(analysis), { graph: selectNetwork(interactions, analysis) })`
 * is `renderReport(analysis, { interactions })` byte for byte; the view holds a few hundred actors
 * where the analysis holds every actor of the graph, so it is cheap to copy to another thread.
 * @example
 * worker.postMessage({ analysis: reportView(analysis), network: selectNetwork(run.interactions, analysis) });
 */
export function reportView(analysis: Analysis): Analysis {
  const printed = new Set<string>();
  for (const p of analysis.petitions) if (p.authorId !== null) printed.add(p.authorId);
  for (const u of analysis.units) for (const id of u.amplifiers ?? []) printed.add(id);
  return { ...analysis, actors: analysis.actors.filter((a) => a.name !== null && printed.has(a.id)) };
}

/**
 * What the report reads of the earlier analysis it compares with (`previous`): its period and its
 * units; its rows (actors, petitions, weeks, topics) are left empty.
 * @example renderReport(analysis, { previous: previousView(lastWeek) }) // the same bytes as with lastWeek
 */
export function previousView(previous: Analysis): Analysis {
  return { ...previous, actors: [], petitions: [], weekly: [], topics: [], associations: [] };
}
