/**
 * Graph API JSON (SPEC 2.1): a response page `{ data: [post…], paging }`, a bare array of posts or
 * of pages, or one post object. Detected by content: a JSON text with Graph API keys (`id`,
 * `created_time`, `data`, `paging`, `error`) that is not one JSON object per line (that is
 * `graph-api-ndjson`) and not shaped like a "Download your information" file (entries with a
 * `timestamp` and no `id`).
 */
import type { FormatAdapter, FileHead } from '../adapter';
import { readGraphApiJson } from '../graphApi';
import { firstCharacter, hasJsonKey } from '../sniff';
import { isCanonicalHead } from './canonical';
import { looksLikeDyi } from './dyi';
import { looksLikeGraphApiLines } from './graphApiNdjson';

const GRAPH_KEYS = ['id', 'created_time', 'data', 'paging', 'error'];

function detect(head: FileHead): boolean {
  const first = firstCharacter(head.text);
  if (first !== '{' && first !== '[') return false;
  if (looksLikeGraphApiLines(head) || isCanonicalHead(head)) return false;
  if (/^\s*(\[\s*\]|\{\s*\})\s*$/.test(head.text)) return true; // an empty export
  if (!hasJsonKey(head.text, GRAPH_KEYS)) return false;
  // "Download your information" entries: a Unix `timestamp`, no id, no created_time (formats/dyi.ts).
  return !looksLikeDyi(head);
}

export const graphApiJson: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'graph-api-json',
  description: 'Facebook Graph API JSON: a response page {data, paging}, a list of posts, or one post',
  detect,
  read(file, sink, options) {
    readGraphApiJson(file.text, sink, options);
  },
});
