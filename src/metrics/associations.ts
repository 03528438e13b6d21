/**
 * Associations (SPEC 4.5): the spread the province asks of them — how often each association
 * shared the units' posts (anywhere in their share cascades), for how many units, whom those
 * shares reached, how many questions it raised, and where it sits between businesses and agencies.
 */
import type { ResolvedData } from '../resolve/resolved';
import type { Petition } from './petitions';
import { forEachShareByNumber, type ReachIndex } from './unit/reach';

export interface AssociationActivity {
  id: string;
  sharesOfUnitPosts: number;
  unitsAmplified: number;
  reachGenerated: number;
  questionsRaised: number;
}

/**
 * Share activity and questions of every association node of the analysed data. Share trees are
 * walked by position in the {@link ReachIndex reach index} (`reachIndexOf(data)`), associations known by node number.
 */
export function associationActivity(
  data: ResolvedData,
  associationIds: readonly string[],
  petitions: readonly Petition[],
  index: ReachIndex,
): AssociationActivity[] {
  const shares = new Map<string, number>();
  const units = new Map<string, Set<string>>();
  const reached = new Map<string, Set<string>>();
  const isAssociation = new Set(associationIds);

  // Walk each unit post's share tree; every share in it is a share of that unit's post.
  const count = (sharer: string, unit: string) => {
    shares.set(sharer, (shares.get(sharer) ?? 0) + 1);
    if (!units.has(sharer)) units.set(sharer, new Set());
    units.get(sharer)!.add(unit);
    if (!reached.has(sharer)) reached.set(sharer, new Set());
    return reached.get(sharer)!;
  };
  // By number: post positions, resolve's node numbers (every post author is numbered there).
  const association = new Uint8Array(index.nodeKinds.length);
  for (const id of associationIds) {
    const node = data.nodeNumberOf(id);
    if (node >= 0 && node < association.length) association[node] = 1;
  }
  const marks = new Int32Array(association.length);
  let generation = 0;
  data.posts.forEach((root, q) => {
    const unit = data.postUnit.get(root.id);
    if (!unit) return;
    forEachShareByNumber(index, [index.canon[q]], (share, at) => {
      const sharer = data.postAuthorNodeIds[share];
      if (sharer < 0 || association[sharer] === 0) return;
      const engaged = count(data.nodeKeys[sharer], unit);
      // The share's engaged nodes (commenters, repliers, reactors), each once per share, but the sharer.
      const mark = ++generation;
      for (let e = index.engagedStart[at]; e < index.engagedStart[at + 1]; e++) {
        const node = index.engaged[e];
        if (marks[node] === mark || node === sharer) continue;
        marks[node] = mark;
        engaged.add(data.nodeKeys[node]);
      }
    });
  });

  const questions = new Map<string, number>();
  for (const petition of petitions) {
    const author = data.nodeOfActor(petition.comment.fromId);
    if (author !== null && isAssociation.has(author)) questions.set(author, (questions.get(author) ?? 0) + 1);
  }

  return associationIds.map((id) => ({
    id,
    sharesOfUnitPosts: shares.get(id) ?? 0,
    unitsAmplified: units.get(id)?.size ?? 0,
    reachGenerated: reached.get(id)?.size ?? 0,
    questionsRaised: questions.get(id) ?? 0,
  }));
}
