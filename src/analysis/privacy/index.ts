/**
 * Privacy: the one owner of what is hidden (SPEC 5, 7.2).
 *
 * Applied once, by `analyzeWithGraph`, to the Analysis, the interaction list (the graph's nodes and
 * edges) and the rejected records, before any writer runs; writers print what they are given (and
 * follow `analysis.privacy` for the report's banner). The pseudonymised interaction list is the
 * only graph data a run hands out: the writers read it, and the graphology graph of a run is made
 * from it when asked for. With privacy on (the default):
 * - individuals get pseudonyms (`anon:<n>` by first appearance, or `anon:` + keyed HMAC): in every
 *   field declared in {@link PERSONAL_FIELDS}, as graph node keys, and in rejected records; their
 *   names are written nowhere (null in the Analysis, no label in the graph);
 * - their names inside texts become their pseudonyms (names.ts);
 * - rejected records keep their shape, ids and times, and every other string becomes `[n chars]`
 *   (records.ts).
 * Off (`--reveal`, or `privacy.pseudonymize: false`), every output shows the same real ids and
 * names: the Analysis, the interaction list handed to the writers (labels carry the names), and the rejected
 * records as read. Organisations, agencies and the page keep their names either way.
 *
 * Pseudonyms live in their own namespace (`anon:`): a real id `anon:1` is written `actor:anon:1`
 * (resolve/nodeKey.ts), so no pseudonym can be taken for a real id or collide with one.
 */
import { interactionGraph, type InteractionGraph, type InteractionList } from '../../graph/build';
import type { RejectedRecord } from '../../model/types';
import { makeActorClassifier } from '../../resolve/actors';
import { parseNodeKey, type ResolvedData } from '../../resolve/resolved';
import type { Analysis } from '../schema';
import { PERSONAL_FIELDS, rewritePersonalFields, type FieldRewriter } from './fields';
import { makeNameRedactor } from './names';
import { makePseudonymizer, pseudonymizeInteractionList } from './pseudonyms';
import { individualsInOrder } from './order';
import { makeRecordRedactor } from './records';

export { PERSONAL_FIELDS, rewritePersonalFields, type PersonalField, type PersonalFieldKind, type FieldRewriter } from './fields';
export { makeNameRedactor } from './names';
export { individualsInOrder } from './order';
export { makeRecordRedactor, redactedString, MAX_RECORD_DEPTH, type ActorIdWriter, type RecordRedactorOptions } from './records';
export { makePseudonymizer, pseudonymizeGraph, pseudonymizeInteractions, pseudonymizeInteractionList, KEYED_PSEUDONYM_HEX_LENGTH, type Pseudonymizer, type PseudonymizerOptions } from './pseudonyms';

export interface PrivacySettings {
  /** Pseudonymise individuals (the default); false shows real ids and names everywhere. */
  pseudonymize: boolean;
  /** Key of the keyed pseudonyms; absent or '' numbers them by first appearance. */
  key?: string;
}

/** What privacy decided for one run: how each kind of value is written. */
export interface Privacy {
  /** Whether individuals are pseudonymised. */
  readonly pseudonymized: boolean;
  /** Whether pseudonyms are keyed (stable across runs). */
  readonly keyed: boolean;
  /** The id to write for a graph node key. */
  nodeId(key: string): string;
  /** The id to write for a platform actor id (its node's id). */
  actorId(actorId: string): string;
  /** A text with individuals' names replaced by their pseudonyms. */
  text(text: string): string;
  /** The Analysis with every declared field handled. */
  analysis(analysis: Analysis): Analysis;
  /** A run's interaction list as writers may show it (the list itself when revealed). */
  interactions(interactions: InteractionList): InteractionList;
  /** The interaction graph of a run's interaction list, as writers may show it: `interactionGraph(interactions(list))`. */
  graph(interactions: InteractionList): InteractionGraph;
  /**
   * Whether `interactions(list)` gives the same list before `analysis()` as after it: true when
   * every individual in it already has a pseudonym (always, for data ingested here: the actor table
   * knows everyone), since pseudonyms numbered by first appearance are otherwise handed out in
   * the order privacy meets people. The analysis pseudonymises the list early (while the all-pairs
   * metrics run) only then.
   */
  graphFirst(interactions: InteractionList): boolean;
  /** The rejected records given to {@link makePrivacy}, as they may be written. */
  readonly rejects: RejectedRecord[];
}

/** Names that are not personal names: units' names and aliases, organisations' names. */
function notPersonalNames(data: ResolvedData): string[] {
  const names: string[] = [];
  for (const unit of data.config.units) names.push(unit.name, ...unit.aliases);
  if (data.config.page) names.push(data.config.page.name);
  for (const actor of data.config.actors) if (actor.kind !== 'individual' && actor.name) names.push(actor.name);
  for (const actor of data.actors.values()) if (actor.kind !== 'individual' && actor.name) names.push(actor.name);
  return names;
}

const REVEALED: Omit<FieldRewriter, 'actor'> = {
  node: (id) => id,
  name: (name) => name,
  text: (text) => text,
};

/**
 * Decide, once per run, how individuals are written. The rejected records are redacted here, first,
 * so that people met only in them are hidden in texts too.
 * @example
 * const privacy = makePrivacy(resolveData(dataset, config), { pseudonymize: true }, report.rejects);
 * privacy.actorId('100012345678901'); // 'anon:1' for an individual, the id for an organisation
 */
export function makePrivacy(data: ResolvedData, settings: PrivacySettings, rejects: readonly RejectedRecord[] = []): Privacy {
  const nodeOfActor = (id: string) => data.nodeOfActor(id)!;
  if (!settings.pseudonymize) {
    const rewrite: FieldRewriter = { ...REVEALED, actor: nodeOfActor };
    const asRead = makeRecordRedactor({ reveal: true });
    return {
      pseudonymized: false,
      keyed: false,
      nodeId: (key) => key,
      actorId: nodeOfActor,
      text: (text) => text,
      analysis: (analysis) => ({ ...rewritePersonalFields(analysis, PERSONAL_FIELDS, rewrite), privacy: { pseudonymized: false, keyed: false } }),
      interactions: (interactions) => interactions,
      graph: (interactions) => interactionGraph(interactions),
      graphFirst: () => true,
      rejects: rejects.map((r) => ({ ...r, record: asRead(r.record) })),
    };
  }

  const keyed = settings.key !== undefined && settings.key !== '';
  const pseudonym = makePseudonymizer(keyed ? { key: settings.key } : {});
  const alias = new Map<string, string>();
  const pseudonymOf = (actorId: string) => {
    let p = alias.get(actorId);
    if (p === undefined) alias.set(actorId, (p = pseudonym(actorId)));
    return p;
  };
  for (const id of individualsInOrder(data)) pseudonymOf(id);

  const isIndividual = (actorId: string) => (data.actors.get(actorId)?.kind ?? 'individual') === 'individual';
  const nodeId = (key: string) => {
    const ref = parseNodeKey(key);
    return ref.type === 'actor' && isIndividual(ref.actorId) ? pseudonymOf(ref.actorId) : key;
  };
  const actorId = (id: string) => {
    const key = nodeOfActor(id);
    return parseNodeKey(key).type === 'actor' && isIndividual(id) ? pseudonymOf(id) : key;
  };

  // People seen only in rejected records: classified by the name found beside their id.
  const classify = makeActorClassifier(data.config);
  const namesFromRejects: [string, string][] = [];
  const recordActorId = (id: string, name: string | null) => {
    const known = data.actors.get(id);
    const individual = known ? known.kind === 'individual' : classify({ id, name }).kind === 'individual';
    if (!individual) return nodeOfActor(id);
    const p = pseudonymOf(id);
    if (name !== null) namesFromRejects.push([name, p]); // the name as written there, searched too
    return p;
  };
  const redactRecord = makeRecordRedactor({ actorId: recordActorId });
  const redactedRejects = rejects.map((r) => ({ ...r, record: redactRecord(r.record, r.recordType) }));

  let redactNames: ((text: string) => string) | null = null;
  const text = (value: string) => {
    if (redactNames === null) {
      const people: [string, string][] = [];
      for (const [id, p] of alias) {
        const name = data.actors.get(id)?.name;
        if (name) people.push([name, p]);
      }
      redactNames = makeNameRedactor([...people, ...namesFromRejects], notPersonalNames(data));
    }
    return redactNames(value);
  };

  const rewrite: FieldRewriter = {
    node: nodeId,
    actor: actorId,
    name: (name, id, idKind) => {
      if (id === null) return null;
      const ref = idKind === 'node' ? parseNodeKey(id) : parseNodeKey(nodeOfActor(id));
      if (ref.type === 'unit') return name;
      if (ref.type === 'pseudonym') return null;
      return isIndividual(ref.actorId) ? null : name;
    },
    text,
  };

  const pseudonymized = (interactions: InteractionList) => pseudonymizeInteractionList(
    interactions,
    (key) => parseNodeKey(key).type === 'actor' && nodeId(key) !== key,
    nodeId,
  );

  return {
    pseudonymized: true,
    keyed,
    nodeId,
    actorId,
    text,
    analysis: (analysis) => ({ ...rewritePersonalFields(analysis, PERSONAL_FIELDS, rewrite), privacy: { pseudonymized: true, keyed } }),
    interactions: pseudonymized,
    graph: (interactions) => interactionGraph(pseudonymized(interactions)),
    graphFirst: (interactions) => interactions.nodes.every(({ key }) => {
      const ref = parseNodeKey(key);
      return ref.type !== 'actor' || !isIndividual(ref.actorId) || alias.has(ref.actorId);
    }),
    rejects: redactedRejects,
  };
}

/** What a run produced, before privacy: the Analysis, the interactions of its graph, the rejected records. */
export interface PrivacyInputs {
  analysis: Analysis;
  interactions: InteractionList;
  rejects: RejectedRecord[];
}

/**
 * What a run writes, privacy applied. `graph` is made from `interactions` when first read (once;
 * `interactionGraph`): writers read the list, so a run that only writes files never makes it.
 */
export interface PrivateOutputs {
  analysis: Analysis;
  /** The interaction list, pseudonymised like the analysis: what the writers read. */
  interactions: InteractionList;
  /** The graphology graph of `interactions` (same keys, attributes, edge keys and order), made on first access. */
  readonly graph: InteractionGraph;
  rejects: RejectedRecord[];
}

/**
 * Apply the privacy settings once to everything a run writes.
 * @example
 * const out = applyPrivacy({ analysis, interactions: collectInteractions(data), rejects: input.report.rejects }, data, { pseudonymize: true });
 */
export function applyPrivacy(outputs: PrivacyInputs, data: ResolvedData, settings: PrivacySettings): PrivateOutputs {
  return privacyOf(data, settings, outputs.rejects, outputs.interactions).apply(outputs.analysis);
}

/**
 * {@link applyPrivacy} in two steps: the interaction list pseudonymised (and the rejected records
 * redacted) now when that cannot change a pseudonym (`Privacy.graphFirst`), the Analysis handled in
 * `apply` — so that the list is ready while the all-pairs metrics run. The same outputs as applyPrivacy.
 * @example
 * const pending = privacyOf(data, { pseudonymize: true }, input.report.rejects, collectInteractions(data));
 * const { analysis, interactions, rejects } = pending.apply(analysis);
 */
export function privacyOf(
  data: ResolvedData, settings: PrivacySettings, rejects: readonly RejectedRecord[], interactions: InteractionList,
): { apply(analysis: Analysis): PrivateOutputs } {
  const privacy = makePrivacy(data, settings, rejects);
  // Once pseudonymised, the list given is not kept (what is not shared can go before the analysis ends).
  let list: InteractionList | null = interactions;
  const early = privacy.graphFirst(list) ? privacy.interactions(list) : null;
  if (early !== null) list = null;
  return {
    apply(analysis) {
      const safe = privacy.analysis(analysis);
      return privateOutputs(safe, early ?? privacy.interactions(list!), privacy.rejects);
    },
  };
}

/** The outputs of a run, its graph made from the list on first access. */
function privateOutputs(analysis: Analysis, interactions: InteractionList, rejects: RejectedRecord[]): PrivateOutputs {
  let graph: InteractionGraph | undefined;
  return {
    analysis,
    interactions,
    get graph() {
      return (graph ??= interactionGraph(interactions));
    },
    rejects,
  };
}

/**
 * Rejected records as `validate` may print them, with the same pseudonyms an analysis of the same
 * data and settings would give.
 * @example
 * const shown = redactRejects(report.rejects, resolveData(dataset, config), { pseudonymize: true });
 */
export function redactRejects(rejects: readonly RejectedRecord[], data: ResolvedData, settings: PrivacySettings): RejectedRecord[] {
  return makePrivacy(data, settings, rejects).rejects;
}
