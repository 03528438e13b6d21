/**
 * Who is who (SPEC 3.2): every actor's kind, in order of authority —
 * a unit's account → agency; the page → page; the `actors` directory; then markers in the name.
 *
 * Markers and diacritics (SPEC 3.2, docs/decisions.md "Who is who"): a name written with diacritics
 * is compared with diacritics against the markers written with theirs (`công ty` meets `Công ty` and
 * `CÔNG TY`, not the personal name `Nguyễn Công Tỷ`), and folded against the markers written without
 * any (`tnhh`, `jsc`, or a configured `cong ty`); a name with no diacritics at all is compared folded
 * against every marker (`Cong ty TNHH ABC`). The default markers carry their Vietnamese diacritics.
 */
import type { Config } from '../config/schema';
import type { Actor, ActorKind } from '../model/types';
import { foldText, makeFoldedPhraseMatcher } from '../text/fold';
import { foldCase, hasDiacritics } from '../text/phrases';

export interface ResolvedActor {
  id: string;
  name: string | null;
  kind: ActorKind;
  /** The unit an agency account belongs to; null otherwise. */
  unitId: string | null;
}

/** Account id → unit id, for every account listed in the config. */
export function unitAccountIndex(config: Config): Map<string, string> {
  const index = new Map<string, string>();
  for (const unit of config.units) for (const account of unit.accounts) index.set(account, unit.id);
  return index;
}

/** Whole-word/phrase match against phrases already folded as the text will be (no folding here). */
function wholePhraseMatcher(phrases: readonly string[]): (text: string) => boolean {
  const distinct = [...new Set(phrases.filter((p) => p.length > 0))];
  if (distinct.length === 0) return () => false;
  const re = new RegExp(`(?:^| )(?:${distinct.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?= |$)`);
  return (text: string) => re.test(text);
}

/**
 * Whether a name carries one of the markers, by the rule of SPEC 3.2 (see the file's banner).
 * @example makeNameMarkerMatcher(['công ty'])('CÔNG TY TNHH Hải Long') // true
 * @example makeNameMarkerMatcher(['công ty'])('Nguyễn Công Tỷ') // false
 * @example makeNameMarkerMatcher(['công ty'])('Cong ty Hai Long') // true
 */
export function makeNameMarkerMatcher(markers: readonly string[]): (name: string) => boolean {
  const matches = makeFoldedNameMatcher(markers);
  return (name: string) => matches(foldName(name));
}

/** A name folded both ways SPEC 3.2 compares it: with its diacritics (when it has any) and without. */
interface FoldedName {
  /** `foldCase(name)` when the name has diacritics, else null. */
  cased: string | null;
  folded: string;
}

function foldName(name: string): FoldedName {
  return { cased: hasDiacritics(name) ? foldCase(name) : null, folded: foldText(name) };
}

/** {@link makeNameMarkerMatcher} for a name folded once (a classifier tries two marker lists on it). */
function makeFoldedNameMatcher(markers: readonly string[]): (name: FoldedName) => boolean {
  const withDiacritics = wholePhraseMatcher(markers.filter(hasDiacritics).map(foldCase));
  const without = makeFoldedPhraseMatcher(markers.filter((m) => !hasDiacritics(m)));
  const all = makeFoldedPhraseMatcher(markers);
  return ({ cased, folded }: FoldedName) => {
    if (cased === null) return all(folded);
    return withDiacritics(cased) || without(folded);
  };
}

/**
 * A classifier of actors by id and name, built once from the config.
 * @example makeActorClassifier(config)({ id: '42', name: 'Công ty TNHH Hải Long' }).kind // 'business'
 */
export function makeActorClassifier(config: Config): (actor: Actor) => ResolvedActor {
  const accounts = unitAccountIndex(config);
  const directory = new Map(config.actors.map((a) => [a.id, a]));
  const isAssociation = makeFoldedNameMatcher(config.associationMarkers);
  const isBusiness = makeFoldedNameMatcher(config.businessMarkers);
  const pageId = config.page?.id ?? null;
  // The kind a name gives, worked out once per distinct name (people share names: the folding
  // and the marker matching are most of the classifier's time).
  const kindOfName = new Map<string, ActorKind>();

  return (actor: Actor): ResolvedActor => {
    const unitId = accounts.get(actor.id);
    if (unitId !== undefined) return { id: actor.id, name: actor.name, kind: 'agency', unitId };
    if (actor.id === pageId) return { id: actor.id, name: actor.name ?? config.page!.name, kind: 'page', unitId: null };
    const known = directory.get(actor.id);
    if (known) return { id: actor.id, name: actor.name ?? known.name, kind: known.kind, unitId: null };
    const raw = actor.name ?? '';
    let kind = kindOfName.get(raw);
    if (kind === undefined) {
      const name = foldName(raw);
      // Associations first: "Hội doanh nghiệp …" also contains the business word "doanh nghiệp".
      kind = isAssociation(name) ? 'association' : isBusiness(name) ? 'business' : 'individual';
      kindOfName.set(raw, kind);
    }
    return { id: actor.id, name: actor.name, kind, unitId: null };
  };
}
