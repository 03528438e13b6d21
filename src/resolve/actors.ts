/**
 * Who is who (SPEC 3.2): every actor's kind, in order of authority —
 * a unit's account → agency; the page → page; the `actors` directory; then markers in the folded name.
 */
import type { Config } from '../config/schema';
import type { Actor, ActorKind } from '../model/types';
import { makePhraseMatcher } from '../text/fold';

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

/**
 * A classifier of actors by id and name, built once from the config.
 * @example makeActorClassifier(config)({ id: '42', name: 'Công ty TNHH Hải Long' }).kind // 'business'
 */
export function makeActorClassifier(config: Config): (actor: Actor) => ResolvedActor {
  const accounts = unitAccountIndex(config);
  const directory = new Map(config.actors.map((a) => [a.id, a]));
  const isAssociation = makePhraseMatcher(config.associationMarkers);
  const isBusiness = makePhraseMatcher(config.businessMarkers);
  const pageId = config.page?.id ?? null;

  return (actor: Actor): ResolvedActor => {
    const unitId = accounts.get(actor.id);
    if (unitId !== undefined) return { id: actor.id, name: actor.name, kind: 'agency', unitId };
    if (actor.id === pageId) return { id: actor.id, name: actor.name ?? config.page!.name, kind: 'page', unitId: null };
    const known = directory.get(actor.id);
    if (known) return { id: actor.id, name: actor.name ?? known.name, kind: known.kind, unitId: null };
    const name = actor.name ?? '';
    // Associations first: "Hội doanh nghiệp …" also contains the business word "doanh nghiệp".
    const kind: ActorKind = isAssociation(name) ? 'association' : isBusiness(name) ? 'business' : 'individual';
    return { id: actor.id, name: actor.name, kind, unitId: null };
  };
}
