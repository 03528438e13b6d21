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
import type { ResolvedData } from '../../resolve/resolved';
import { foldText, makeFoldedPhraseMatcher } from '../../text/fold';
import { PairMap } from '../../util/pairSet';
import { makeQuestionDetector, type Petition } from '../petitions';
import { ratioOrNull } from '../stats';

export const OUTCOMES = ['acknowledged', 'reasked', 'silent'] as const;
export type Outcome = (typeof OUTCOMES)[number];

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

  // Each identified author's comments per thread: the only ones an outcome looks at. Only the
  // authors of answered petitions are kept (the others' comments are never read): no thread look-up
  // or list for most comments.
  const petitioners = new Set<string>();
  for (const { comment, response } of petitions) if (response !== null && comment.fromId !== null) petitioners.add(comment.fromId);
  const byThreadAndAuthor = new PairMap<Comment[]>();
  const newList = (): Comment[] => [];
  const { comments, commentThreadRoots } = data;
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i];
    if (comment.fromId === null || !petitioners.has(comment.fromId)) continue;
    byThreadAndAuthor.upsert(commentThreadRoots[i], comment.fromId, newList).push(comment);
  }

  const outcomes = new Map<string, Outcome | null>();
  for (const petition of petitions) {
    const { comment, response } = petition;
    if (response === null || comment.fromId === null) {
      outcomes.set(comment.id, null);
      continue;
    }
    const own = byThreadAndAuthor.get(data.threadRoot.get(comment.id)!, comment.fromId) ?? [];
    const later = own.filter((c) => c.time > response.time);
    let outcome: Outcome = 'silent';
    if (later.some((c) => isQuestion(c.message))) outcome = 'reasked';
    else if (later.some((c) => thanks(foldText(c.message)))) outcome = 'acknowledged';
    outcomes.set(comment.id, outcome);
  }
  return outcomes;
}

/**
 * `acknowledgedRate` and `reaskRate` of one unit's petitions.
 * @example outcomeRates(['acknowledged', 'reasked', 'silent', null]) // { acknowledgedRate: 1/3, reaskRate: 1/3 }
 */
export function outcomeRates(outcomes: Iterable<Outcome | null>): OutcomeRates {
  let measured = 0;
  let acknowledged = 0;
  let reasked = 0;
  for (const outcome of outcomes) {
    if (outcome === null) continue;
    measured += 1;
    if (outcome === 'acknowledged') acknowledged += 1;
    else if (outcome === 'reasked') reasked += 1;
  }
  return { acknowledgedRate: ratioOrNull(acknowledged, measured), reaskRate: ratioOrNull(reasked, measured) };
}
