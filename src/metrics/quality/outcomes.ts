/**
 * Outcomes of answered petitions (SPEC 4.6): did the petitioner come back satisfied?
 *
 * From the petitioner's own later comments in the same thread (same author id, created strictly
 * after the answer):
 * - `reasked` when any of them is a question (SPEC 3.4: `?` or a petition marker);
 * - else `acknowledged` when any holds a thanks marker (`thanksMarkers`, folded whole words);
 * - else `silent`.
 * Null when the petition is unanswered or its petitioner anonymous. A comment that thanks and asks
 * again ("Cảm ơn Sở, nhưng cho hỏi thêm…") is a re-ask: the question wins.
 *
 * Rates per unit: over answered petitions with an identified petitioner; null when there are none.
 */
import type { Comment } from '../../model/types';
import { type ResolvedData, unitNodeKey } from '../../resolve/resolved';
import { foldText, makeFoldedPhraseMatcher } from '../../text/fold';
import { countingSortOrder } from '../../util/countingSort';
import { makeQuestionDetector, maxOf, type Petition } from '../petitions';
import { ratioOrNull } from '../stats';
import { countOutcomes, type Outcome } from './outcomeCounts';

export { OUTCOMES, type Outcome } from './outcomeCounts';

export interface OutcomeRates {
  acknowledgedRate: number | null;
  reaskRate: number | null;
}

/**
 * The outcome of every petition (null where it does not apply), keyed by the petition's comment id.
 * Markers come from the validated config (`petitionMarkers`, `thanksMarkers`).
 * @example
 * const outcomes = petitionOutcomes(data, petitions);
 * outcomes.get('p1_c3') // 'acknowledged'
 */
export function petitionOutcomes(data: ResolvedData, petitions: readonly Petition[]): Map<string, Outcome | null> {
  const isQuestion = makeQuestionDetector(data.config.petitionMarkers);
  const thanks = makeFoldedPhraseMatcher(data.config.thanksMarkers);
  const outcomeOf = (later: readonly Comment[]): Outcome => {
    if (later.some((c) => isQuestion(c.message))) return 'reasked';
    if (later.some((c) => thanks(foldText(c.message)))) return 'acknowledged';
    return 'silent';
  };
  const outcomes = new Map<string, Outcome | null>();
  const own = ownComments(data, petitions);
  petitions.forEach((petition, k) => {
    const { comment, response } = petition;
    outcomes.set(comment.id, response === null || comment.fromId === null ? null : outcomeOf(own(k).filter((c) => c.time > response.time)));
  });
  return outcomes;
}

/**
 * The comments of answered petitions' authors (same author id), sorted by thread then author's node
 * (two counting passes); petition k's own comments in its thread are a range found by binary
 * search. A comment's author node is read at its position; only a unit's comment (whose node is its
 * unit's) has its account's node looked up, and only when a petitioner may have written one: a
 * petition made elsewhere by a unit account or the page, or comments sharing an id (made by hand).
 * A petition without its comment's position (made elsewhere) finds its thread by its comment's id.
 */
function ownComments(data: ResolvedData, petitions: readonly Petition[]): (k: number) => Comment[] {
  const { comments, commentUnits, commentAuthorNodeIds, commentThreads, commentAt } = data;
  const accountNode = (i: number) => (commentUnits[i] === null ? commentAuthorNodeIds[i] : data.actorNodeId(comments[i].fromId));
  // Each answered petition's thread and its author's node (-1: not measured, or its comment's thread unknown).
  const threadOf = new Int32Array(petitions.length).fill(-1);
  const authorOf = new Int32Array(petitions.length).fill(-1);
  petitions.forEach(({ comment, commentAt: at, response }, k) => {
    if (response === null || comment.fromId === null) return;
    const i = at ?? commentAt.get(comment.id);
    if (i === undefined) return; // its thread holds no comment of the data
    threadOf[k] = commentThreads[i];
    authorOf[k] = at === undefined ? data.actorNodeId(comment.fromId) : accountNode(at);
  });
  // The nodes a unit's comment can have its author's account at (ids distinct): the units' and the page's.
  const unitOrPage = [...data.config.units.map((u) => data.nodeNumberOf(unitNodeKey(u.id))), data.config.page ? data.actorNodeId(data.config.page.id) : -1];
  const petitioner = new Uint8Array(data.nodeKeys.length);
  for (const node of authorOf) if (node >= 0) petitioner[node] = 1;
  const lookUp = !data.commentIdsDistinct || unitOrPage.some((node) => node >= 0 && petitioner[node] === 1);
  const kept: number[] = [];
  const keptNodes: number[] = [];
  for (let i = 0; i < comments.length; i++) {
    const node = commentUnits[i] === null ? commentAuthorNodeIds[i] : lookUp ? accountNode(i) : -1;
    if (node >= 0 && node < petitioner.length && petitioner[node] === 1) {
      kept.push(i);
      keptNodes.push(node);
    }
  }
  const m = kept.length;
  const nodes = Int32Array.from(keptNodes);
  const threads = Int32Array.from(kept, (i) => commentThreads[i]);
  const threadCount = maxOf(commentThreads) + 1;
  const order = countingSortOrder(threads, m, threadCount, countingSortOrder(nodes, m, petitioner.length, null));
  const start = new Int32Array(threadCount + 1);
  for (let e = 0; e < m; e++) start[threads[e] + 1]++;
  for (let t = 0; t < threadCount; t++) start[t + 1] += start[t];
  return (k) => {
    const thread = threadOf[k];
    const node = authorOf[k];
    const result: Comment[] = [];
    if (thread < 0 || node < 0) return result;
    let lo = start[thread];
    let hi = start[thread + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nodes[order[mid]] < node) lo = mid + 1;
      else hi = mid;
    }
    // Two accounts of one unit share its node: the author's own comments are those of its id.
    const { fromId } = petitions[k].comment;
    for (let e = lo; e < start[thread + 1] && nodes[order[e]] === node; e++) {
      const comment = comments[kept[order[e]]];
      if (comment.fromId === fromId) result.push(comment);
    }
    return result;
  };
}

/**
 * `acknowledgedRate` and `reaskRate` of one unit's petitions.
 * @example outcomeRates(['acknowledged', 'reasked', 'silent', null]) // { acknowledgedRate: 1/3, reaskRate: 1/3 }
 */
export function outcomeRates(outcomes: Iterable<Outcome | null>): OutcomeRates {
  const { acknowledged, reasked, silent } = countOutcomes(outcomes, (outcome) => outcome);
  const measured = acknowledged + reasked + silent;
  return { acknowledgedRate: ratioOrNull(acknowledged, measured), reaskRate: ratioOrNull(reasked, measured) };
}
