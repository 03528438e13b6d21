/**
 * Formatting for people: numbers, dates and HTML. Deterministic: fixed locales through `Intl`
 * and date-fns, zone arithmetic through `src/time`, never the machine's zone or language.
 *
 * HTML is built with the {@link html} tagged template: every interpolated value is escaped unless
 * it is already {@link Html} (built by `html` itself, or an SVG rendered by vega through
 * {@link trustedHtml}). No string splicing, no markers: no user or file text reaches the page
 * unescaped, whatever it contains.
 */
import { tryParseIsoDate } from '../time/days';
import {
  formatLocalDate, formatLocalDateTime, localDateOf, localDaysBetween, localWeekdayHour as weekdayHourOf,
} from '../time/index';

export type Lang = 'vi' | 'en';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A number with a fixed count of decimals in the language's convention (`72,35` in Vietnamese,
 * `72.35` in English); `–` for null. Never prints `-0`.
 * @example formatNumber(72.345, 'vi') // '72,35'
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = numberFormat(lang, digits).format(value);
  // -0.001 rounds to "-0,00": write it as zero.
  return /^-?[0.,\s]*$/.test(text) ? numberFormat(lang, digits).format(0) : text;
}

/**
 * A signed difference (`+1,25`, `−0,50`, `±0,00`); `–` for null.
 * @example formatDelta(-0.5, 'vi') // '−0,50'
 */
export function formatDelta(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), lang, digits);
  if (text === formatNumber(0, lang, digits)) return `±${text}`;
  return value > 0 ? `+${text}` : `−${text}`;
}

/**
 * A change of a ratio in percentage points (`+12 điểm %` / `+12 pp`); `–` when either side is null.
 * @example formatPointsDelta(0.5, 0.62, 'en') // '+12 pp'
 */
export function formatPointsDelta(before: number | null | undefined, after: number | null | undefined, lang: Lang): string {
  if (before === null || before === undefined || after === null || after === undefined) return '–';
  const text = formatDelta((after - before) * 100, lang, 0);
  return text === '–' ? text : `${text}${lang === 'vi' ? ' điểm %' : ' pp'}`;
}

/**
 * A ratio as a percentage (`87,5 %` / `87.5%`); `–` for null.
 * @example formatPercent(0.875, 'vi', 1) // '87,5 %'
 */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const number = formatNumber(value * 100, lang, digits);
  return lang === 'vi' ? `${number} %` : `${number}%`;
}

/**
 * An integer count with grouping (`1.234` / `1,234`).
 * @example formatCount(2498, 'vi') // '2.498'
 */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

// Dates: every zone and calendar computation is src/time's; these only adapt its helpers to the
// report's inputs (ISO strings from the analysis) and its mark for a missing value.

/**
 * An ISO instant as local `dd/mm/yyyy hh:mm` in the given zone; `–` if unparseable.
 * @example formatDateTime('2025-03-17T02:15:00Z', 'Asia/Ho_Chi_Minh') // '17/03/2025 09:15'
 */
export function formatDateTime(iso: string, timeZone: string, lang: Lang = 'vi'): string {
  return formatLocalDateTime(iso, timeZone, lang);
}

/**
 * The local date (YYYY-MM-DD) of an ISO instant in the given zone; null if unparseable.
 * @example localDate('2025-03-16T18:00:00Z', 'Asia/Ho_Chi_Minh') // '2025-03-17'
 */
export function localDate(iso: string, timeZone: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : localDateOf(time, timeZone);
}

/**
 * The local ISO weekday (1 = Monday … 7 = Sunday) and hour (0–23) of an ISO instant; null if
 * unparseable.
 * @example localWeekdayHour('2025-03-17T02:15:00Z', 'Asia/Ho_Chi_Minh') // { weekday: 1, hour: 9 }
 */
export function localWeekdayHour(iso: string, timeZone: string): { weekday: number; hour: number } | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : weekdayHourOf(time, timeZone);
}

/**
 * `YYYY-MM-DD` as `dd/mm/yyyy`; `–` for null or anything that is not such a date.
 * @example formatDate('2025-03-17') // '17/03/2025'
 */
export function formatDate(date: string | null): string {
  return formatLocalDate(date);
}

/**
 * A date with its weekday, in the language (date-fns locales): `Thứ Hai 17/03/2025`,
 * `Monday 17/03/2025`; `–` for null or a malformed date.
 * @example formatLongDate('2025-03-17', 'vi') // 'Thứ Hai 17/03/2025'
 */
export function formatLongDate(date: string | null, lang: Lang): string {
  return formatLocalDate(date, lang, 'EEEE dd/MM/yyyy');
}

export { weekdayNames } from '../time/index';

/**
 * Whole days from local date `a` to local date `b` (both `YYYY-MM-DD`); NaN if either is malformed.
 * @example daysBetween('2025-03-01', '2025-03-17') // 16
 */
export function daysBetween(a: string, b: string): number {
  return tryParseIsoDate(a) === undefined || tryParseIsoDate(b) === undefined ? Number.NaN : localDaysBetween(a, b);
}

// ---------------------------------------------------------------------------------------------
// HTML

/** A piece of HTML that is safe to insert as it is. Build it with {@link html}. */
export class Html {
  /** @internal Use {@link html} or {@link trustedHtml}. */
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What {@link html} accepts between its literal parts. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for HTML content and (double- or single-quoted) attribute values.
 * @example escapeHtml('<b>"A" & B</b>') // '&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function append(out: string[], value: HtmlValue): void {
  if (value === null || value === undefined || value === false || value === true) return;
  if (value instanceof Html) out.push(value.value);
  else if (Array.isArray(value)) for (const item of value as readonly HtmlValue[]) append(out, item);
  else out.push(escapeHtml(String(value)));
}

/**
 * A tagged template that escapes every interpolated string or number; `Html` values (nested
 * `html` templates) go in as they are, arrays are concatenated, null/undefined/booleans vanish.
 * @example
 * html`<td class="name">${unit.name}</td>` // the name escaped, whatever it holds
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  const out: string[] = [strings[0]!];
  for (let i = 0; i < values.length; i++) {
    append(out, values[i]!);
    out.push(strings[i + 1]!);
  }
  return new Html(out.join(''));
}

/**
 * Markup from a trusted producer (an SVG rendered by vega from our own specs, whose text vega
 * escapes). Never call it on user or file text.
 */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * Shorten text to at most `max` characters (whole code points), with an ellipsis, cutting at a
 * space when one is near so that no word — and no pseudonym such as `anon:12` — is cut in two.
 * Reads only the first `max` code points (a 20 MB text costs what a short one costs) and leaves
 * the text as it is otherwise: spaces are not collapsed (HTML shows runs of spaces as one).
 * @example truncate('Xin hỏi thủ tục đăng ký', 12) // 'Xin hỏi thủ…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    count += 1;
  }
  if (end >= text.length) return text;
  // Room for the ellipsis: drop the last code point, then back off to a space within 24 chars.
  let cut = end - (text.charCodeAt(end - 1) >= 0xdc00 && text.charCodeAt(end - 1) <= 0xdfff ? 2 : 1);
  const space = text.slice(Math.max(0, cut - 24), cut + 1).search(/\s\S*$/);
  if (space >= 0) cut = Math.max(0, cut - 24) + space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * An http(s) URL, or null for anything else (no `javascript:`, `data:` or relative links).
 * @example safeUrl('javascript:alert(1)') // null
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed) || /[\s<>"']/.test(trimmed)) return null;
  return trimmed;
}
