/**
 * Privacy by default (SPEC 5): individuals are pseudonymised in every output — their ids become
 * `anon:…` and their names are written nowhere (not even when tagged inside a petition's text);
 * organisations, agencies and the page keep their names.
 * Numbering without a key follows the order of first appearance: posts oldest first, each with
 * its author, tags, comments (oldest first) and reactions.
 */
import type { InteractionGraph } from '../graph/build';
import type { ResolvedData } from '../resolve/resolved';
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

/** Apply the privacy settings to an analysis and its graph. */
export function applyPrivacy(analysis: Analysis, graph: InteractionGraph, data: ResolvedData, settings: PrivacySettings): AnalysisRun {
  if (!settings.pseudonymize) {
    return { analysis: { ...analysis, privacy: { pseudonymized: false, keyed: false } }, graph };
  }
  const pseudonym = makePseudonymizer(settings.key === undefined ? {} : { key: settings.key });
  const alias = new Map<string, string>();
  for (const id of individualsInOrder(data)) alias.set(id, pseudonym(id));
  const hide = (id: string | null) => (id === null ? null : alias.get(id) ?? id);

  // Names of tagged individuals inside petition texts are replaced by their pseudonyms.
  const messageOf = new Map<string, string>();
  for (const comment of data.comments) {
    let text = comment.message;
    for (const tag of comment.messageTags) {
      const replacement = alias.get(tag.id);
      if (replacement && tag.name) text = text.split(tag.name).join(replacement);
    }
    if (text !== comment.message) messageOf.set(comment.id, text);
  }

  return {
    analysis: {
      ...analysis,
      actors: analysis.actors.map((a) =>
        alias.has(a.id) ? { ...a, id: alias.get(a.id)!, name: null } : a),
      petitions: analysis.petitions.map((p) => ({
        ...p,
        authorId: hide(p.authorId),
        message: messageOf.get(p.commentId) ?? p.message,
      })),
      privacy: { pseudonymized: true, keyed: settings.key !== undefined },
    },
    graph: pseudonymizeGraph(graph, (key) => alias.has(key), (key) => alias.get(key)!),
  };
}
