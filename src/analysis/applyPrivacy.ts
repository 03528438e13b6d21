/**
 * Privacy by default (SPEC 5): individuals are pseudonymised in every output — their ids become
 * `anon:…` and their names are written nowhere (not even when tagged inside a petition's text);
 * organisations, agencies and the page keep their names.
 * Numbering without a key follows the order of first appearance: posts oldest first, each with
 * its author, tags, comments (oldest first) and reactions.
 */
import type { InteractionGraph } from '../graph/build';
import type { ResolvedData } from '../resolve/resolved';
import { makeActorClassifier } from '../resolve/actors';
import { makePseudonymizer, pseudonymizeGraph } from './privacy';
import type { AnalysisRun } from './analyze';
import type { Analysis } from './schema';

export interface PrivacySettings {
  pseudonymize: boolean;
  key?: string;
}

/** Individuals' ids in order of first appearance in the analysed records. */
function individualsInOrder(data: ResolvedData): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string | null) => {
    if (id === null || seen.has(id)) return;
    seen.add(id);
    if (data.actors.get(id)?.kind === 'individual') order.push(id);
  };
  const reactionsOn = new Map<string, (string | null)[]>();
  for (const r of data.reactions) {
    let list = reactionsOn.get(r.targetId);
    if (!list) reactionsOn.set(r.targetId, (list = []));
    list.push(r.actorId);
  }
  for (const post of data.posts) {
    visit(post.fromId);
    post.messageTags.forEach((t) => visit(t.id));
    reactionsOn.get(post.id)?.forEach(visit);
    for (const comment of data.commentsByPost.get(post.id) ?? []) {
      visit(comment.fromId);
      comment.messageTags.forEach((t) => visit(t.id));
      reactionsOn.get(comment.id)?.forEach(visit);
    }
  }
  // Anyone else the actor table knows (tagged only in content outside the period, etc.).
  [...data.actors.keys()].sort().forEach(visit);
  return order;
}

/**
 * A redactor of raw records for outputs that carry no analysis (`validate --json`): the same
 * pseudonyms as an analysis of the same data with the same key.
 */
export function makeRecordRedactor(data: ResolvedData, key?: string): (record: unknown) => unknown {
  const pseudonym = makePseudonymizer(key === undefined ? {} : { key });
  const alias = new Map(individualsInOrder(data).map((id) => [id, pseudonym(id)]));
  return makeRedactor(data, alias, pseudonym).record;
}

/** Apply the privacy settings to an analysis and its graph. */
export function applyPrivacy(analysis: Analysis, graph: InteractionGraph, data: ResolvedData, settings: PrivacySettings): AnalysisRun {
  if (!settings.pseudonymize) {
    return { analysis: { ...analysis, privacy: { pseudonymized: false, keyed: false } }, graph, redact: (record) => record };
  }
  const pseudonym = makePseudonymizer(settings.key === undefined ? {} : { key: settings.key });
  const alias = new Map<string, string>();
  for (const id of individualsInOrder(data)) alias.set(id, pseudonym(id));
  const hide = (id: string | null) => (id === null ? null : alias.get(id) ?? id);

  const redactor = makeRedactor(data, alias, pseudonym);

  return {
    analysis: {
      ...analysis,
      actors: analysis.actors.map((a) =>
        alias.has(a.id) ? { ...a, id: alias.get(a.id)!, name: null } : a),
      petitions: analysis.petitions.map((p) => ({
        ...p,
        authorId: hide(p.authorId),
        message: redactor.text(p.message),
      })),
      privacy: { pseudonymized: true, keyed: settings.key !== undefined },
    },
    graph: pseudonymizeGraph(graph, (key) => alias.has(key), (key) => alias.get(key)!),
    redact: redactor.record,
  };
}

/**
 * Redact text and raw records. In text (a petition's message, a truncated line kept as read) every
 * known individual's name becomes their pseudonym, tagged or not. In a record (rejects.ndjson keeps
 * rejected records as read) every `{ id, name }` that is an individual also gets its pseudonym and
 * loses its name, however deep it sits.
 */
function makeRedactor(data: ResolvedData, alias: Map<string, string>, pseudonym: (id: string) => string) {
  const classify = makeActorClassifier(data.config);
  const isIndividual = (id: string, name: string | null) =>
    (data.actors.get(id) ?? classify({ id, name })).kind === 'individual';
  let namePattern: RegExp | null | undefined;
  const pseudonymByName = new Map<string, string>();
  const redactText = (text: string): string => {
    if (namePattern === undefined) {
      for (const [id, actor] of data.actors) {
        if (actor.kind === 'individual' && actor.name && alias.has(id)) pseudonymByName.set(actor.name, alias.get(id)!);
      }
      const names = [...pseudonymByName.keys()].sort((a, b) => b.length - a.length);
      namePattern = names.length === 0 ? null : new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    }
    return namePattern === null ? text : text.replace(namePattern, (name) => pseudonymByName.get(name)!);
  };
  const redact = (value: unknown): unknown => {
    if (typeof value === 'string') return redactText(value);
    if (Array.isArray(value)) return value.map(redact);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redact(v);
    const id = out.id;
    if (typeof id === 'string' && (typeof out.name === 'string' || alias.has(id))) {
      const name = typeof out.name === 'string' ? out.name : null;
      if (alias.has(id) || isIndividual(id, name)) {
        if (!alias.has(id)) alias.set(id, pseudonym(id));
        out.id = alias.get(id);
        if ('name' in out) out.name = null;
      }
    }
    return out;
  };
  return { text: redactText, record: redact };
}
