/**
 * Was the business helped? (SPEC 4.6) — the fields one unit and one petition get from the four
 * quality modules: outcomes, substance, reactions to answers, and snapshots (what disappeared).
 * Each module computes its part once per analysis; this file only gathers them per unit and per
 * petition in the shape of the Analysis schema.
 */
import type { Post } from '../../model/types';
import type { ResolvedData } from '../../resolve/resolved';
import type { Petition } from '../petitions';
import { answerReactionFigures, reactionsByTarget, type ReactionCounts } from './answerReactions';
import { outcomeRates, petitionOutcomes, type Outcome } from './outcomes';
import type { IngestConflict, SnapshotIndex } from '../../model/types';
import { snapshotFates } from './snapshots';
import { answerSubstance, substanceRates, type AnswerSubstance } from './substance';

export * from './answerReactions';
export * from './outcomes';
export * from './snapshots';
export * from './substance';

/** The SPEC 4.6 fields of `units[]`. */
export interface UnitQuality {
  acknowledgedRate: number | null;
  reaskRate: number | null;
  substantiveRate: number | null;
  templatedRate: number | null;
  answerReactions: ReactionCounts;
  negativeShare: number | null;
  /** Petitions that disappeared before any answer; null when none of its petitions could be followed. */
  petitionsDisappeared: number | null;
  /** Their comment ids, oldest first. */
  disappearedPetitions: string[];
  /** The unit's posts where a later, incomplete list leaves a comment's fate unknown; null when none was followed. */
  unverifiablePosts: number | null;
}

/** The SPEC 4.6 fields of `petitions[]`. */
export interface PetitionQuality {
  outcome: Outcome | null;
  answerSubstantive: boolean | null;
  answerTemplated: boolean | null;
  /** True: deleted or hidden; false: the latest snapshot of its post holds it; null: not followed or unverifiable. */
  disappeared: boolean | null;
  /** The last snapshot that held it, when the latest one of its post does not. */
  lastSeenIn: string | null;
  edited: boolean | null;
}

/** What the ingest knows of snapshots; absent when the input came without an index. */
export interface SnapshotInput {
  index: SnapshotIndex;
  conflicts: readonly IngestConflict[];
}

export interface QualityAssessment {
  unit(unitId: string, posts: readonly Post[], petitions: readonly Petition[]): UnitQuality;
  petition(petition: Petition): PetitionQuality;
}

const byTimeThenId = (a: Petition, b: Petition) =>
  a.comment.time - b.comment.time || (a.comment.id < b.comment.id ? -1 : a.comment.id > b.comment.id ? 1 : 0);

/**
 * Assess every petition and answer once; read the figures per unit and per petition.
 * @param snapshots the ingest's snapshot index and conflicts; null → every snapshot field is null
 * @example
 * const quality = assessQuality(data, petitions, { index: input.snapshots, conflicts: input.report.conflicts });
 * quality.unit('so-tc', postsOfUnit, petitionsOfUnit).acknowledgedRate // 0.5
 */
export function assessQuality(data: ResolvedData, petitions: readonly Petition[], snapshots: SnapshotInput | null): QualityAssessment {
  const outcomes = petitionOutcomes(data, petitions);
  const substance = answerSubstance(petitions);
  // The answers: by position when every answer knows its own and no two comments share an id.
  const answered = petitions.filter((p) => p.response !== null);
  let answers: Set<string> | Uint8Array;
  if (data.commentIdsDistinct && answered.every((p) => p.responseAt !== undefined)) {
    answers = new Uint8Array(data.comments.length);
    for (const p of answered) answers[p.responseAt!] = 1;
  } else answers = new Set(answered.map((p) => p.response!.id));
  const reactions = reactionsByTarget(data, answers);
  const fates = snapshots === null ? null : snapshotFates(snapshots.index, snapshots.conflicts);

  const substanceOf = (p: Petition): AnswerSubstance | null => (p.response === null ? null : substance.get(p.response.id) ?? null);

  const petition = (p: Petition): PetitionQuality => {
    const answer = substanceOf(p);
    const fate = fates?.fate(p.comment.id) ?? null;
    return {
      outcome: outcomes.get(p.comment.id) ?? null,
      answerSubstantive: answer?.substantive ?? null,
      answerTemplated: answer?.templated ?? null,
      disappeared: fate === null ? null : fate.status === 'disappeared' ? true : fate.status === 'held' ? false : null,
      lastSeenIn: fate?.lastSeenIn ?? null,
      edited: fate?.edited ?? null,
    };
  };

  const unit = (unitId: string, posts: readonly Post[], own: readonly Petition[]): UnitQuality => {
    const answered = own.filter((p) => p.response !== null);
    let petitionsDisappeared: number | null = null;
    const disappeared: Petition[] = [];
    let unverifiablePosts: number | null = null;
    if (fates !== null) {
      for (const p of own) {
        const status = fates.fate(p.comment.id).status;
        if (status === 'held' || status === 'disappeared') petitionsDisappeared ??= 0;
        if (status === 'disappeared' && p.response === null) disappeared.push(p);
      }
      if (petitionsDisappeared !== null) petitionsDisappeared = disappeared.length;
      if (posts.some((post) => fates.followedPosts.has(post.id))) {
        unverifiablePosts = posts.filter((post) => fates.unverifiablePosts.has(post.id)).length;
      }
    }
    return {
      ...outcomeRates(own.map((p) => outcomes.get(p.comment.id) ?? null)),
      ...substanceRates(answered.map((p) => substanceOf(p)!)),
      ...answerReactionFigures(data, unitId, own, reactions),
      petitionsDisappeared,
      disappearedPetitions: disappeared.sort(byTimeThenId).map((p) => p.comment.id),
      unverifiablePosts,
    };
  };

  return { unit, petition };
}
