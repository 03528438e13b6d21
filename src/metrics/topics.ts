/**
 * Petitions by topic (issue 11): which procedure fields businesses ask about, and how well each
 * field is answered.
 *
 * A petition's topics are those of the configured lexicon (`topicMarkers`, defaults in
 * `src/text/lexicons.ts`) whose markers occur as whole words of its folded text (SPEC 3.1), in
 * lexicon order; a petition may have several topics, or none ("other"). Rows per topic and
 * responsible unit (unrouted questions under unit `null`) give petitions, answered, on time, the
 * response and on-time rates (null with no petition, like SPEC 4.1) and the median response in
 * working hours over the answered ones. A petition under two topics counts in both rows.
 *
 * Pure, O(petitions × topics); rows in lexicon order ("other" last), units in first-seen order of
 * the given unit ids (the configuration's), unrouted last.
 */
import { foldText, makeFoldedPhraseMatcher } from '../text/fold';
import type { TopicMarkers } from '../text/lexicons';
import type { Petition } from './petitions';
import { responsiveness } from './unit/responsiveness';

export interface TopicRow {
  /** The topic's name; null for petitions under no topic ("other"). */
  topic: string | null;
  /** The responsible unit; null for unrouted questions. */
  unitId: string | null;
  petitions: number;
  answered: number;
  onTime: number;
  responseRate: number | null;
  withinSlaRate: number | null;
  medianResponseWorkingHours: number | null;
}

/**
 * A classifier: folded-text matchers built once, then the topic names of any text.
 * @example
 * const topicsOf = makeTopicClassifier([{ name: 'Thuế', markers: ['hoa don'] }]);
 * topicsOf('Xin hỏi về HÓA ĐƠN điện tử?'); // ['Thuế']
 */
export function makeTopicClassifier(topics: readonly TopicMarkers[]): (text: string) => string[] {
  const matchers = topics.map((t) => ({ name: t.name.normalize('NFC'), matches: makeFoldedPhraseMatcher(t.markers) }));
  return (text: string) => {
    const folded = foldText(text);
    const found: string[] = [];
    for (const m of matchers) if (m.matches(folded) && !found.includes(m.name)) found.push(m.name);
    return found;
  };
}

/**
 * Topic × unit rows of the given petitions, with the topics of each petition (same order as
 * `petitions`).
 * @example
 * const { rows, topicsOf } = topicRows(petitions, config.topicMarkers, config.units.map((u) => u.id));
 */
export function topicRows(
  petitions: readonly Petition[], topics: readonly TopicMarkers[], unitOrder: readonly string[],
): { rows: TopicRow[]; petitionTopics: string[][] } {
  const classify = makeTopicClassifier(topics);
  const petitionTopics = petitions.map((p) => classify(p.comment.message));
  const names = [...new Set(topics.map((t) => t.name.normalize('NFC')))];
  const topicIndex = new Map<string | null, number>(names.map((n, i) => [n, i]));
  topicIndex.set(null, names.length);
  const unitIndex = new Map<string | null, number>(unitOrder.map((u, i) => [u, i]));

  const groups = new Map<string, { topic: string | null; unitId: string | null; petitions: Petition[] }>();
  const add = (topic: string | null, p: Petition) => {
    const key = `${topicIndex.get(topic)}\u0000${p.unitId ?? ''}\u0000${p.unitId === null ? 0 : 1}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topic, unitId: p.unitId, petitions: [] }));
    group.petitions.push(p);
  };
  petitions.forEach((p, i) => {
    const found = petitionTopics[i]!;
    if (found.length === 0) add(null, p);
    for (const topic of found) add(topic, p);
  });

  const unitRank = (u: string | null) => (u === null ? Infinity : unitIndex.get(u) ?? unitOrder.length);
  const rows = [...groups.values()]
    .sort((a, b) => topicIndex.get(a.topic)! - topicIndex.get(b.topic)!
      || unitRank(a.unitId) - unitRank(b.unitId)
      || ((a.unitId ?? '') < (b.unitId ?? '') ? -1 : (a.unitId ?? '') > (b.unitId ?? '') ? 1 : 0))
    .map((g): TopicRow => {
      const r = responsiveness(g.petitions);
      return {
        topic: g.topic,
        unitId: g.unitId,
        petitions: r.petitions,
        answered: r.answered,
        onTime: r.onTime,
        responseRate: r.responseRate,
        withinSlaRate: r.withinSlaRate,
        medianResponseWorkingHours: r.medianResponseWorkingHours,
      };
    });
  return { rows, petitionTopics };
}
