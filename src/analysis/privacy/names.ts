/**
 * Individuals' names inside texts (SPEC 7.2): each becomes its owner's pseudonym wherever it occurs
 * as whole words, matched folded (SPEC 3.1) with invisible characters and spacing ignored
 * (text/phrases.ts), so `NGUYỄN VĂN BÌNH`, `nguyen van binh`, `Nguyễn  Văn Bình` and
 * `Nguyễn\u200bVăn Bình` are all found.
 *
 * Not searched: names of one word (`An` would destroy `An toàn` and `Quảng An`), and names equal
 * (folded, spacing ignored) to a unit's name or alias or to an organisation's name: those are not
 * personal names, and a person called `Sở Xây dựng` must not erase the unit from every text.
 */
import { foldText } from '../../text/fold';
import { makePhraseFinder, phraseKey, replacePhrases } from '../../text/phrases';

/**
 * A redactor of individuals' names in texts.
 * @param people `[name, pseudonym]` of every individual; the first pseudonym given for a name wins.
 * @param notPersonal names that are not personal names (units' names and aliases, organisations).
 * @example
 * const redact = makeNameRedactor([['Nguyễn Văn Bình', 'anon:1'], ['An', 'anon:2']], ['Sở Xây dựng']);
 * redact('Anh NGUYEN VAN BINH hỏi về An toàn PCCC'); // 'Anh anon:1 hỏi về An toàn PCCC'
 */
export function makeNameRedactor(
  people: Iterable<readonly [string, string]>,
  notPersonal: Iterable<string>,
): (text: string) => string {
  const reserved = new Set<string>();
  for (const name of notPersonal) reserved.add(phraseKey(name).letters);
  const searched: (readonly [string, string])[] = [];
  for (const [name, pseudonym] of people) {
    if (foldText(name).split(' ').length < 2) continue;
    if (reserved.has(phraseKey(name).letters)) continue;
    searched.push([name, pseudonym]);
  }
  const find = makePhraseFinder(searched);
  return (text: string) => replacePhrases(text, find);
}
