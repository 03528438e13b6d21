/**
 * Which unit a post or comment belongs to (SPEC 3.3). Content that belongs to a unit has that
 * unit as its author everywhere: metrics, graph, petitions.
 */
import type { Config } from '../config/schema';
import type { Comment, Post } from '../model/types';
import { foldText, makeFoldedPhraseMatcher } from '../text/fold';
import { unitAccountIndex } from './actors';

export interface UnitAttribution {
  /** Unit of a post: own account, then `admin_creator`, then the page naming a unit's alias. */
  postUnit(post: Post): string | null;
  /** Unit of a comment: written by a unit account, or by the page naming a unit's alias. */
  commentUnit(comment: Comment): string | null;
  /** Every unit whose alias the text names (config order). */
  unitsNamedIn(text: string): string[];
}

/** Build the attribution rules once from the config. */
export function makeUnitAttribution(config: Config): UnitAttribution {
  const accounts = unitAccountIndex(config);
  const pageId = config.page?.id ?? null;
  const aliasMatchers = config.units.map((unit) => ({
    unitId: unit.id,
    matches: makeFoldedPhraseMatcher(unit.aliases),
  }));

  function unitsNamedIn(text: string): string[] {
    if (text === '') return [];
    const folded = foldText(text);
    return aliasMatchers.filter((m) => m.matches(folded)).map((m) => m.unitId);
  }

  function firstUnitNamedIn(text: string): string | null {
    if (text === '') return null;
    const folded = foldText(text);
    return aliasMatchers.find((m) => m.matches(folded))?.unitId ?? null;
  }

  return {
    postUnit(post) {
      const own = post.fromId === null ? undefined : accounts.get(post.fromId);
      if (own !== undefined) return own;
      const admin = post.adminCreatorId === null ? undefined : accounts.get(post.adminCreatorId);
      if (admin !== undefined) return admin;
      if (pageId !== null && post.fromId === pageId) return firstUnitNamedIn(post.message);
      return null;
    },
    commentUnit(comment) {
      if (comment.fromId === null) return null;
      const own = accounts.get(comment.fromId);
      if (own !== undefined) return own;
      if (pageId !== null && comment.fromId === pageId) return firstUnitNamedIn(comment.message);
      return null;
    },
    unitsNamedIn,
  };
}
