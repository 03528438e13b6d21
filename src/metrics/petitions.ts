/**
 * Petitions and responses (SPEC 3.4).
 * A question is a comment or reply by anyone but an agency or the page (anonymous authors
 * included) whose text holds `?` or a petition marker. Its responsible unit is the unit of the
 * post it is under; under a post with no unit, the unit an `assignments` entry forwards it to,
 * else the single unit whose alias it names. The response is the earliest comment belonging to
 * that unit in the same thread (top-level comment and its replies), strictly after the question.
 */
import type { Comment } from '../model/types';
import type { ResolvedData } from '../resolve/resolved';
import { foldText, makeFoldedPhraseMatcher } from '../text/fold';
import { groupPositions } from '../resolve/positions';

const HOUR_MS = 3_600_000;

export type RoutedBy = 'post' | 'assignment' | 'alias';
export type PetitionAuthorKind = 'association' | 'business' | 'individual' | 'anonymous';

export interface Petition {
  comment: Comment;
  /** Its comment's position in `data.comments` (set by {@link findPetitions}; absent in a petition made elsewhere). */
  commentAt?: number;
  /** Its response's position in `data.comments`, when answered (set by {@link findPetitions}). */
  responseAt?: number;
  unitId: string | null;
  routedBy: RoutedBy | null;
  authorKind: PetitionAuthorKind;
  response: Comment | null;
  responseHours: number | null;
  responseWorkingHours: number | null;
  /** Answered within the SLA (≤); false when unanswered; null when unrouted. */
  onTime: boolean | null;
}

export interface PetitionOptions {
  /** Working hours between two instants, in the configured calendar. */
  workingHoursBetween(startMs: number, endMs: number): number;
  slaWorkingHours: number;
}

/** Does this text ask or petition? `?` in the raw text, or a marker as whole words of the folded text. */
export function makeQuestionDetector(markers: readonly string[]): (text: string) => boolean {
  const matches = makeFoldedPhraseMatcher(markers);
  return (text: string) => text.includes('?') || text.includes('？') || matches(foldText(text));
}

/** The largest number of a list, -1 for none. */
export function maxOf(values: Int32Array): number {
  let max = -1;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The first of `sorted` (positions in `comments`, oldest first) strictly after `time`; -1 for none. */
function firstAfter(comments: readonly Comment[], sorted: readonly number[], time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comments[sorted[mid]].time > time) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? sorted[lo] : -1;
}

/** Every question of the period with its responsible unit and response. O(comments · log). */
export function findPetitions(data: ResolvedData, options: PetitionOptions): Petition[] {
  const isQuestion = makeQuestionDetector(data.config.petitionMarkers);
  const assigned = new Map(data.config.assignments.map((a) => [a.commentId, a.unitId]));

  // Each unit's comments per thread, oldest first: the candidates for a response (threads by
  // number; a thread's lists made when a question in it first asks). Comments of no unit: the only
  // ones that can be questions (content of a unit is never a question to it).
  const { comments, commentUnits, commentThreads, commentPosts, commentAuthorNodeIds } = data;
  const threadCount = maxOf(commentThreads) + 1;
  const unitComments = groupPositions(threadCount, comments.length, (i) => (commentUnits[i] ? commentThreads[i] : -1));
  const candidatesByThread: ({ unit: string; list: number[] }[] | undefined)[] = new Array(threadCount);
  const byTime = (x: number, y: number) => {
    const a = comments[x];
    const b = comments[y];
    return a.time - b.time || (a.id < b.id ? -1 : 1);
  };
  const candidates = (thread: number, unitId: string): number[] | undefined => {
    let units = candidatesByThread[thread];
    if (units === undefined) {
      units = [];
      for (let m = unitComments.start[thread]; m < unitComments.start[thread + 1]; m++) {
        const i = unitComments.members[m];
        let entry = units.find((u) => u.unit === commentUnits[i]);
        if (entry === undefined) units.push((entry = { unit: commentUnits[i]!, list: [] }));
        entry.list.push(i);
      }
      for (const { list } of units) list.sort(byTime);
      candidatesByThread[thread] = units;
    }
    return units.find((u) => u.unit === unitId)?.list;
  };
  const postUnits = data.posts.map((post) => data.postUnit.get(post.id) ?? null);

  const petitions: Petition[] = [];
  for (let i = 0; i < comments.length; i++) {
    if (commentUnits[i]) continue;
    const comment = comments[i];
    // The text first: most comments are no question, and their author is then not looked up.
    if (!isQuestion(comment.message)) continue;
    // Its author's actor, read at its node's number (a comment of no unit is by no unit account).
    // (Two comments sharing an id, made by hand, may give a unit account's comment no unit: then by id.)
    const author = comment.fromId === null ? undefined : data.actorOfNodeNumber(commentAuthorNodeIds[i]) ?? data.actors.get(comment.fromId);
    if (author && (author.kind === 'agency' || author.kind === 'page')) continue;

    let unitId: string | null = commentPosts[i] < 0 ? null : postUnits[commentPosts[i]];
    let routedBy: RoutedBy | null = unitId ? 'post' : null;
    if (!unitId) {
      const forwarded = assigned.get(comment.id);
      if (forwarded) {
        unitId = forwarded;
        routedBy = 'assignment';
      } else {
        const named = data.attribution.unitsNamedIn(comment.message);
        if (named.length === 1) {
          unitId = named[0];
          routedBy = 'alias';
        }
      }
    }

    const authorKind: PetitionAuthorKind = author ? (author.kind as PetitionAuthorKind) : 'anonymous';
    const petition: Petition = {
      comment, commentAt: i, unitId, routedBy, authorKind,
      response: null, responseHours: null, responseWorkingHours: null, onTime: null,
    };
    if (unitId) {
      const list = candidates(commentThreads[i], unitId);
      const at = list ? firstAfter(comments, list, comment.time) : -1;
      const response = at < 0 ? null : comments[at];
      petition.onTime = false;
      if (response) {
        petition.response = response;
        petition.responseAt = at;
        petition.responseHours = (response.time - comment.time) / HOUR_MS;
        petition.responseWorkingHours = options.workingHoursBetween(comment.time, response.time);
        petition.onTime = petition.responseWorkingHours <= options.slaWorkingHours;
      }
    }
    petitions.push(petition);
  }
  return petitions;
}
