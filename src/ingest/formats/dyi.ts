/**
 * Facebook "Download your information" JSON (SPEC 2.2; docs/formats.md §6): one account's own
 * activity — `your_posts_*.json` (a list of entries), `comments.json` (`{"comments_v2": […]}`),
 * `likes_and_reactions_*.json` (a list) — in the 2020–2023 layout. Detected by content: JSON whose
 * entries carry a Unix `timestamp` and no `id` or `created_time` (not the Graph API).
 *
 * - Text: Facebook wrote every UTF-8 byte as a Latin-1 code point (mojibake); each string is
 *   repaired ({@link repairMojibake}) before anything else, so Vietnamese reads right.
 * - Times: `timestamp`, Unix seconds.
 * - Ids: the archive names nobody by id. A post's id is `dyi:` + the first 16 hex digits of SHA-1 of
 *   `<timestamp>|<title>|<text>` (repaired, NFC): stable across downloads, so two overlapping
 *   archives merge; two posts with the same second, title and text are one.
 * - Authors: the archive's owner has no id. A post whose title starts with the configured page's
 *   name, or that has no title, is the page's (a page's archive, SPEC 2.2); otherwise (a person's
 *   or a business's archive, or no configuration) its author is unknown. Tagged people are names
 *   only (`name:` ids: identities `name`).
 * - Comments and reactions name no post (only a title such as "… commented on X's post."): each is
 *   rejected, `orphan_comment` / `orphan_reaction`, so it is counted and reported, never dropped.
 * - No counts of any kind. Capabilities: none (`no_counts`, `no_comments`, `no_share_relations`).
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AccountInput, At, FileHead, FormatAdapter, PageIdentity, RecordSink } from '../adapter';
import { repairMojibake } from '../decode';
import { parseJsonDocument } from '../jsonRead';
import { firstCharacter, hasJsonKey } from '../sniff';
import { detach, normalizeText } from '../text';
import { isCanonicalHead } from './canonical';
import { looksLikeGraphApiLines } from './graphApiNdjson';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a DYI file can tell: its owner's posts (text, time), nothing else. */
export const DYI_CAPABILITIES = Object.freeze({
  comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: false,
});

/**
 * Whether a head looks like a "Download your information" JSON file: JSON (not one object per
 * line, not the canonical NDJSON) with a `timestamp` key and neither `id` nor `created_time`.
 * The Graph API JSON adapter claims exactly the JSON this refuses.
 * @example looksLikeDyi({ name: 'a.json', text: '[{"timestamp": 1, "title": "x"}]', complete: true }) // true
 */
export function looksLikeDyi(head: FileHead): boolean {
  const first = firstCharacter(head.text);
  if (first !== '{' && first !== '[') return false;
  if (isCanonicalHead(head) || looksLikeGraphApiLines(head)) return false;
  return hasJsonKey(head.text, ['timestamp']) && !hasJsonKey(head.text, ['id', 'created_time']);
}

/**
 * The id of a DYI post: `dyi:` + 16 hex digits of SHA-1 of `timestamp|title|text` (repaired, NFC).
 * @example dyiPostId(1743339600, 'DDCI Quảng Ninh updated their status.', 'Tổng kết') // 'dyi:' + 16 hex digits
 */
export function dyiPostId(timestamp: number, title: string, text: string): string {
  return `dyi:${bytesToHex(sha1(utf8ToBytes(`${timestamp}|${title}|${text}`))).slice(0, 16)}`;
}

/** A string of the archive, repaired and normalised ('' for anything else). */
function text(v: unknown): string {
  return typeof v === 'string' ? normalizeText(repairMojibake(v)) : '';
}

type EntryKind = 'post' | 'comment' | 'reaction' | 'unknown';

function kindOf(entry: Obj): EntryKind {
  const data = Array.isArray(entry.data) ? entry.data : [];
  for (const item of data) {
    if (!isObj(item)) continue;
    if ('comment' in item) return 'comment';
    if ('reaction' in item) return 'reaction';
  }
  if ('data' in entry || typeof entry.title === 'string' || 'attachments' in entry) return 'post';
  return 'unknown';
}

/** Tagged accounts: `[{ name }]` (or plain names in older archives), by name only. */
function tags(v: unknown): AccountInput[] {
  if (!Array.isArray(v)) return [];
  const out: AccountInput[] = [];
  for (const t of v) {
    const name = text(isObj(t) ? t.name : t);
    if (name !== '') out.push({ id: null, name });
  }
  return out;
}

function isPageTitle(title: string, page: PageIdentity | null): boolean {
  if (page === null) return false;
  if (title === '') return true;
  const name = page.name === null ? '' : normalizeText(page.name);
  return name !== '' && title.startsWith(name);
}

function readPost(entry: Obj, at: At, sink: RecordSink, page: PageIdentity | null): void {
  const seconds = entry.timestamp;
  if (seconds === undefined || seconds === null) {
    sink.reject({ recordType: 'post', field: 'timestamp', code: 'missing_time', detail: 'no timestamp' }, at);
    return;
  }
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds)) {
    sink.reject({ recordType: 'post', field: 'timestamp', code: 'invalid_time', detail: `expected Unix seconds, got a ${typeof seconds}` }, at);
    return;
  }
  const title = text(entry.title);
  const parts: string[] = [];
  if (Array.isArray(entry.data)) for (const item of entry.data) if (isObj(item) && typeof item.post === 'string') parts.push(text(item.post));
  const message = parts.join('\n');
  sink.post({
    id: dyiPostId(seconds, title, message),
    time: seconds * 1000,
    message,
    from: isPageTitle(title, page) ? { id: page!.id, name: page!.name } : null,
    messageTags: tags(entry.tags),
    fieldNames: { time: 'timestamp', message: 'data[].post', messageTags: 'tags' },
  }, at);
}

function readEntries(entries: readonly unknown[], path: string, sink: RecordSink, page: PageIdentity | null): void {
  entries.forEach((entry, i) => {
    const at = { path, index: i, raw: entry };
    if (!isObj(entry)) {
      sink.reject({ recordType: 'post', field: '', code: 'invalid_type', detail: 'an entry that is not an object' }, at);
      return;
    }
    switch (kindOf(entry)) {
      case 'post':
        readPost(entry, at, sink, page);
        return;
      case 'comment':
        sink.reject({ recordType: 'comment', field: '', code: 'orphan_comment',
          detail: 'a "Download your information" comment names no post (only a title): it cannot be placed' }, at);
        return;
      case 'reaction':
        sink.reject({ recordType: 'reaction', field: '', code: 'orphan_reaction',
          detail: 'a "Download your information" reaction names nothing it reacts to (only a title): it cannot be placed' }, at);
        return;
      default:
        sink.reject({ recordType: 'post', field: '', code: 'invalid_type', detail: 'an entry that is no post, comment or reaction' }, at);
    }
  });
}

/** The lists of entries of a DYI document: a top-level list, or the lists of objects under an object's keys. */
function entryLists(value: unknown): { path: string; entries: unknown[] }[] {
  if (Array.isArray(value)) return [{ path: '', entries: value }];
  if (!isObj(value)) return [];
  const lists: { path: string; entries: unknown[] }[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.every(isObj)) lists.push({ path: key, entries: v });
  }
  return lists;
}

function read(textOfFile: string, sink: RecordSink, page: PageIdentity | null): void {
  sink.identities('name');
  sink.capabilities(DYI_CAPABILITIES);
  const value = parseJsonDocument(textOfFile, sink);
  if (value === undefined) return;
  const lists = entryLists(value);
  const known = lists.some((l) => l.entries.some((e) => isObj(e) && kindOf(e) !== 'unknown'));
  if (!known) {
    if (lists.length > 0 && lists.every((l) => l.entries.length === 0)) return; // an archive file with nothing in it
    sink.fileError('unsupported_format', '$',
      'a "Download your information" file of a kind not read (only posts, comments and reactions are: not friends, messages, profile …)',
      detach(textOfFile.slice(0, 400)));
    return;
  }
  for (const { path, entries } of lists) readEntries(entries, path, sink, page);
}

export const dyi: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'dyi-json',
  description: 'Facebook "Download your information" JSON: your posts, comments and reactions (mojibake repaired)',
  detect: looksLikeDyi,
  read(file, sink, options) {
    read(file.text, sink, options.page ?? null);
  },
});
