/**
 * Graph API NDJSON (SPEC 2.1): one post (or one response page) per line, in a `.ndjson` / `.jsonl`
 * file or in any file whose first line is a whole JSON object followed by another line starting
 * with `{`. A line that is not JSON is one rejected record; the rest of the file is read.
 */
import type { FileHead, FormatAdapter } from '../adapter';
import { graphApiLineReader } from '../graphApi';
import { readLines } from '../lines';
import { firstCharacter, hasJsonKey, headLines, isJsonLine, isLineFormatName } from '../sniff';
import { isCanonicalHead } from './canonical';

const GRAPH_KEYS = ['id', 'created_time', 'data'];

/** Whether the head is Graph API records one per line. */
export function looksLikeGraphApiLines(head: FileHead): boolean {
  if (!hasJsonKey(head.text, GRAPH_KEYS) || isCanonicalHead(head)) return false;
  const lines = headLines(head, 5);
  if (isLineFormatName(head.name)) {
    // One line of JSON among the first five is enough (the bad ones are rejected one by one); a
    // line longer than the head cannot be judged: the name decides.
    return lines.some((l) => isJsonLine(l, true) || (!l.complete && l.text.startsWith('{')));
  }
  return firstCharacter(head.text) === '{' && lines.length >= 2 && isJsonLine(lines[0]) && lines[1].text.startsWith('{');
}

export const graphApiNdjson: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'graph-api-ndjson',
  description: 'Facebook Graph API NDJSON: one post or response page per line',
  detect: looksLikeGraphApiLines,
  read(file, sink, options) {
    readLines(file.text, graphApiLineReader(sink, options));
  },
  lines: graphApiLineReader,
});
