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
import { countingSortOrder } from '../../util/countingSort';
import { makeQuestionDetector, maxOf, type Petition } from '../petitions';
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
  const outcomeOf = (later: readonly Comment[]): Outcome => {
    if (later.some((c) => isQuestion(c.message))) return 'reasked';
    if (later.some((c) => thanks(foldText(c.message)))) return 'acknowledged';
    return 'silent';
  };
  const outcomes = new Map<string, Outcome | null>();
  // By number when every petition knows its comment's position and no two comments share an id
  // (a dataset made by hand: a unit account's comment may then be read with another's unit).
  const byNumber = data.commentIdsDistinct && petitions.every((p) => p.commentAt !== undefined);
  const own = byNumber ? ownCommentsByNumber(data, petitions) : ownCommentsById(data, petitions);
  for (const petition of petitions) {
    const { comment, response } = petition;
    outcomes.set(comment.id, response === null || comment.fromId === null ? null : outcomeOf(own(petition).filter((c) => c.time > response.time)));
  }
  return outcomes;
}

/** A petitioner's own comments in a petition's thread: the only ones an outcome looks at. */
type OwnComments = (petition: Petition) => Comment[];

/**
 * By number: the comments of answered petitions' authors (their nodes: a petitioner is no unit
 * account, so its node is its own id's, and its comments have no unit), sorted by thread then author node (two counting passes);
 * a petition's own comments are a range found by binary search. No look-up per comment.
 */
function ownCommentsByNumber(data: ResolvedData, petitions: readonly Petition[]): OwnComments {
  const { comments, commentUnits, commentAuthorNodeIds, commentThreads } = data;
  const nodeOf = (i: number) => (commentUnits[i] === null ? commentAuthorNodeIds[i] : -1);
  const petitioner = new Uint8Array(data.nodeKeys.length);
  for (const p of petitions) if (p.response !== null && p.comment.fromId !== null && nodeOf(p.commentAt!) >= 0) petitioner[nodeOf(p.commentAt!)] = 1;
  const kept: number[] = [];
  for (let i = 0; i < comments.length; i++) {
    const node = nodeOf(i);
    if (node >= 0 && petitioner[node] === 1) kept.push(i);
  }
  const m = kept.length;
  const nodes = Int32Array.from(kept, (i) => commentAuthorNodeIds[i]);
  const threads = Int32Array.from(kept, (i) => commentThreads[i]);
  const threadCount = maxOf(commentThreads) + 1;
  const order = countingSortOrder(threads, m, threadCount, countingSortOrder(nodes, m, petitioner.length, null));
  const start = new Int32Array(threadCount + 1);
  for (let e = 0; e < m; e++) start[threads[e] + 1]++;
  for (let t = 0; t < threadCount; t++) start[t + 1] += start[t];
  return (petition) => {
    const i = petition.commentAt!;
    const node = nodeOf(i);
    const result: Comment[] = [];
    if (node < 0) return result;
    const thread = commentThreads[i];
    let lo = start[thread];
    let hi = start[thread + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nodes[order[mid]] < node) lo = mid + 1;
      else hi = mid;
    }
    for (let e = lo; e < start[thread + 1] && nodes[order[e]] === node; e++) result.push(comments[kept[order[e]]]);
    return result;
  };
}

/** By id, for petitions made elsewhere (without their comment's position). */
function ownCommentsById(data: ResolvedData, petitions: readonly Petition[]): OwnComments {
  // Each identified author's comments per thread; only the authors of answered petitions are kept.
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
  return ({ comment }) => byThreadAndAuthor.get(data.threadRoot.get(comment.id)!, comment.fromId!) ?? [];
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
