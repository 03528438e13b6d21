/**
 * Formatting for people: numbers, dates and HTML text. Deterministic: fixed locales through
 * `Intl`, explicit time zones, never the machine's zone or language.
 */

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
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = numberFormat(lang, digits).format(value);
  // -0.001 rounds to "-0,00": write it as zero.
  return /^-?[0.,\s]*$/.test(text) ? numberFormat(lang, digits).format(0) : text;
}

/** A signed difference (`+1,25`, `−0,50`, `±0,00`); `–` for null. */
export function formatDelta(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), lang, digits);
  if (text === formatNumber(0, lang, digits)) return `±${text}`;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A ratio as a percentage (`87,5 %` / `87.5%`); `–` for null. */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const number = formatNumber(value * 100, lang, digits);
  return lang === 'vi' ? `${number} %` : `${number}%`;
}

/** An integer count with grouping (`1.234` / `1,234`). */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, time: number): Record<string, string> {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    dateTimeFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(time)) parts[part.type] = part.value;
  return parts;
}

/** An ISO instant as local `dd/mm/yyyy hh:mm` in the given zone; the input itself if unparseable. */
export function formatDateTime(iso: string, timeZone: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const p = partsIn(timeZone, time);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The local date (YYYY-MM-DD) of an ISO instant in the given zone; null if unparseable. */
export function localDate(iso: string, timeZone: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const p = partsIn(timeZone, time);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `YYYY-MM-DD` as `dd/mm/yyyy`; `–` for null. */
export function formatDate(date: string | null): string {
  if (date === null) return '–';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Whole days from local date `a` to local date `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Shorten text to at most `max` characters (whole code points), with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** An http(s) URL, or null for anything else (no `javascript:` links in the report). */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
