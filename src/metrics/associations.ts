/**
 * Associations (SPEC 4.5): the spread the province asks of them — how often each association
 * shared the units' posts (anywhere in their share cascades), for how many units, whom those
 * shares reached, how many questions it raised, and where it sits between businesses and agencies.
 */
import type { ResolvedData } from '../resolve/resolved';
import type { Petition } from './petitions';
import { engagedNodes, forEachShareInCascade, type ReachIndex } from './unit/reach';

export interface AssociationActivity {
  id: string;
  sharesOfUnitPosts: number;
  unitsAmplified: number;
  reachGenerated: number;
  questionsRaised: number;
}

/** Share activity and questions of every association node of the analysed data. */
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
  const marks = index.numbered === undefined ? null : new Int32Array(index.numbered.nodeKinds.length);
  let generation = 0;

  // Walk each unit post's share tree; every share in it is a share of that unit's post.
  for (const root of data.posts) {
    const unit = data.postUnit.get(root.id);
    if (!unit) continue;
    forEachShareInCascade(index.shares, [root], (share) => {
      const sharer = data.postAuthorNode(share);
      if (sharer === null || !isAssociation.has(sharer)) return;
      shares.set(sharer, (shares.get(sharer) ?? 0) + 1);
      if (!units.has(sharer)) units.set(sharer, new Set());
      units.get(sharer)!.add(unit);
      if (!reached.has(sharer)) reached.set(sharer, new Set());
      const engaged = reached.get(sharer)!;
      const numbered = index.numbered;
      const at = numbered?.postAt.get(share.id);
      if (numbered !== undefined && at !== undefined) {
        // Its engaged nodes by number (those engagedNodes gives by key), each once per share.
        const mark = ++generation;
        for (let e = numbered.engagedStart[at]; e < numbered.engagedStart[at + 1]; e++) {
          const node = numbered.engaged[e];
          if (marks![node] === mark) continue;
          marks![node] = mark;
          engaged.add(data.nodeKeys[node]);
        }
      } else engagedNodes(data, share, index.reactors, engaged, index.commenters);
      engaged.delete(sharer);
    });
  }

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
