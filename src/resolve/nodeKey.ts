/**
 * Graph node keys (SPEC 3.5, 7.1): any string is a safe id.
 *
 * A node key is also the id a node has in every output (`actors[].id`, `graph.gexf`, the report).
 * Keys live in three namespaces that cannot meet:
 *
 *   unit:<unitId>   a configured unit (its accounts and attributed content collapse into it)
 *   anon:<…>        a pseudonymised individual (given by the privacy module, never built here)
 *   actor:<id>      an actor whose id could not be a key as it is
 *
 * and every other actor keeps its own id as its key (Facebook's digits, Netvizz hashes, `name:…`),
 * so real exports keep the ids people know. An actor id goes into the `actor:` namespace when it
 * begins with one of the three prefixes (a real id `anon:1` must not pass for a pseudonym, nor
 * `unit:x` for the unit x), when it is the name of a property of JavaScript's plain objects
 * (`__proto__`, `toString`, `constructor` …: graphology 0.26 keeps each node's neighbours in a
 * plain object), or when it holds a character that cannot travel everywhere (controls, lone
 * surrogates: escaped there by {@link escapeUnsafeChars}). So distinct actors and units always get
 * distinct keys, every key is safe as an object key and as XML text, and {@link parseNodeKey}
 * gives the id back.
 */
import { escapeUnsafeChars, hasUnsafeChars, unescapeUnsafeChars } from '../text/safe';

export const UNIT_KEY_PREFIX = 'unit:';
export const ACTOR_KEY_PREFIX = 'actor:';
/** The prefix of every pseudonym (SPEC 5). */
export const PSEUDONYM_PREFIX = 'anon:';

const PREFIXES = [UNIT_KEY_PREFIX, ACTOR_KEY_PREFIX, PSEUDONYM_PREFIX] as const;
const OBJECT_PROPERTY_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * The node of a unit.
 * @example unitNodeKey('so-khdt') // 'unit:so-khdt'
 */
export function unitNodeKey(unitId: string): string {
  return UNIT_KEY_PREFIX + escapeUnsafeChars(unitId);
}

/**
 * The node key of an actor that is not a unit's account.
 * @example actorNodeKey('100012345678901') // '100012345678901'
 * @example actorNodeKey('__proto__') // 'actor:__proto__'
 * @example actorNodeKey('anon:1') // 'actor:anon:1'
 */
export function actorNodeKey(actorId: string): string {
  const namespaced = OBJECT_PROPERTY_NAMES.has(actorId) || hasUnsafeChars(actorId)
    || PREFIXES.some((prefix) => actorId.startsWith(prefix));
  return namespaced ? ACTOR_KEY_PREFIX + escapeUnsafeChars(actorId) : actorId;
}

/** What a node key stands for. */
export type NodeRef =
  | { type: 'unit'; unitId: string }
  | { type: 'actor'; actorId: string }
  | { type: 'pseudonym' };

/**
 * The unit, actor or pseudonym behind a node key (the inverse of {@link unitNodeKey} and
 * {@link actorNodeKey}).
 * @example parseNodeKey('actor:unit:x') // { type: 'actor', actorId: 'unit:x' }
 */
export function parseNodeKey(key: string): NodeRef {
  if (key.startsWith(UNIT_KEY_PREFIX)) return { type: 'unit', unitId: unescapeUnsafeChars(key.slice(UNIT_KEY_PREFIX.length)) };
  if (key.startsWith(PSEUDONYM_PREFIX)) return { type: 'pseudonym' };
  if (key.startsWith(ACTOR_KEY_PREFIX)) return { type: 'actor', actorId: unescapeUnsafeChars(key.slice(ACTOR_KEY_PREFIX.length)) };
  return { type: 'actor', actorId: key };
}
