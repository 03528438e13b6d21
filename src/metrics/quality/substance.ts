/**
 * Substance of answers (SPEC 4.6): did the unit say something, or paste a formula?
 *
 * - `substantive`: the answer has at least 15 words, or a link, or a procedure term (SPEC 4.1's
 *   TTHC list, folded whole words).
 * - `templated`: the same unit wrote the same folded text as an answer three or more times in the
 *   period (distinct answer comments; an answer serving two petitions is written once).
 * Words are the whitespace-separated pieces of the text holding a letter or a digit (`3-5` is one
 * word, a lone `–` or emoji none). A link is `http(s)://…`, `www.…`, or a host name ending in
 * `.vn`, `.com`, `.net`, `.org`, `.gov`, `.edu`, `.info` (`dichvucong.quangninh.gov.vn`); an
 * e-mail address is not a link (docs/decisions.md).
 *
 * Rates per unit: over answered petitions (an answer serving two petitions counts twice); null
 * when none is answered.
 */
import { foldText } from '../../text/fold';
import { isTthcText } from '../unit/activity';
import type { Petition } from '../petitions';
import { ratioOrNull } from '../stats';

/** Words for {@link isSubstantiveText}. */
export const SUBSTANCE_MIN_WORDS = 15;
/** Distinct answers with one folded text that make it a template. */
export const TEMPLATE_MIN_REPEATS = 3;

const WORD = /[\p{L}\p{N}]/u;
const SCHEME_OR_WWW = /(?:https?:\/\/|www\.)\S/i;
const HOST = /(?<![\p{L}\p{N}_@.-])(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info)(?![\p{L}\p{N}_-])/iu;

/**
 * Words of a text: whitespace-separated pieces holding at least one letter or digit.
 * @example countWords('Sở đã nhận hồ sơ – trả lời trong 3-5 ngày.') // 10
 */
export function countWords(text: string): number {
  let words = 0;
  for (const piece of text.split(/\s+/)) if (WORD.test(piece)) words += 1;
  return words;
}

/**
 * Does the text hold a link?
 * @example hasLink('Nộp tại dichvucong.quangninh.gov.vn') // true
 * @example hasLink('Liên hệ hotro@gmail.com') // false
 */
export function hasLink(text: string): boolean {
  return SCHEME_OR_WWW.test(text) || HOST.test(text);
}

/**
 * An answer of substance: ≥ 15 words, a link, or a procedure (TTHC) term.
 * @example isSubstantiveText('Mời bạn bổ sung hồ sơ.') // true (a procedure term)
 * @example isSubstantiveText('Cảm ơn bạn đã quan tâm!') // false
 */
export function isSubstantiveText(text: string): boolean {
  return countWords(text) >= SUBSTANCE_MIN_WORDS || hasLink(text) || isTthcText(text);
}

/** Substance of one answer. */
export interface AnswerSubstance {
  substantive: boolean;
  templated: boolean;
}

export interface SubstanceRates {
  substantiveRate: number | null;
  templatedRate: number | null;
}

/**
 * The substance of every answer, keyed by the answer's comment id.
 * @example
 * const substance = answerSubstance(petitions);
 * substance.get(petition.response.id) // { substantive: true, templated: false }
 */
export function answerSubstance(petitions: readonly Petition[]): Map<string, AnswerSubstance> {
  // Distinct answers per unit and folded text. A text is read once however many answers repeat
  // it (templates do): its folded form and its substance are the text's alone.
  const byText = new Map<string, { folded: string; substantive: boolean }>();
  const answers = new Map<string, { unitId: string; text: { folded: string; substantive: boolean } }>();
  for (const p of petitions) {
    if (p.response === null || p.unitId === null || answers.has(p.response.id)) continue;
    const message = p.response.message;
    let text = byText.get(message);
    if (text === undefined) byText.set(message, (text = { folded: foldText(message), substantive: isSubstantiveText(message) }));
    answers.set(p.response.id, { unitId: p.unitId, text });
  }
  const repeats = new Map<string, number>();
  const keyOf = (a: { unitId: string; text: { folded: string } }) => `${a.unitId}\u0000${a.text.folded}`;
  for (const answer of answers.values()) repeats.set(keyOf(answer), (repeats.get(keyOf(answer)) ?? 0) + 1);
  const result = new Map<string, AnswerSubstance>();
  for (const [id, answer] of answers) {
    result.set(id, {
      substantive: answer.text.substantive,
      templated: repeats.get(keyOf(answer))! >= TEMPLATE_MIN_REPEATS,
    });
  }
  return result;
}

/**
 * `substantiveRate` and `templatedRate` over one unit's answered petitions.
 * @example substanceRates([{ substantive: true, templated: false }, { substantive: false, templated: true }])
 * // { substantiveRate: 0.5, templatedRate: 0.5 }
 */
export function substanceRates(answered: Iterable<AnswerSubstance>): SubstanceRates {
  let n = 0;
  let substantive = 0;
  let templated = 0;
  for (const s of answered) {
    n += 1;
    if (s.substantive) substantive += 1;
    if (s.templated) templated += 1;
  }
  return { substantiveRate: ratioOrNull(substantive, n), templatedRate: ratioOrNull(templated, n) };
}
