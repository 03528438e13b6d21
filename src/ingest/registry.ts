/**
 * The export formats ingest reads: one module each (src/ingest/formats/), one line each here.
 * Detection asks every adapter in this order; exactly one must claim a file (none: the file is
 * refused as `unknown_format`; two or more: `ambiguous_format`, naming them). The `format` option
 * skips detection and reads every file with the named adapter.
 */
import type { FileHead, FormatAdapter } from './adapter';
import { graphApiJson } from './formats/graphApiJson';
import { graphApiNdjson } from './formats/graphApiNdjson';
import { canonicalNdjson } from './formats/canonical';
import { crowdtangle } from './formats/crowdtangle';
import { dyi } from './formats/dyi';
import { facepager } from './formats/facepager';
import { minimaxir } from './formats/minimaxir';
import { netvizz } from './formats/netvizz';
import { firstCharacter, hasJsonKey, isLineFormatName, looksDelimited } from './sniff';

/** Every format ingest reads, in detection order. Adding a format: one module, one line here. */
export const FORMATS: readonly FormatAdapter[] = Object.freeze([
  graphApiJson,
  graphApiNdjson,
  canonicalNdjson,
  dyi,
  crowdtangle,
  minimaxir,
  netvizz,
  facepager,
]);

/** The outcome of detection: the adapter, or why there is none. */
export type Detection =
  | { ok: true; adapter: FormatAdapter }
  | { ok: false; code: 'unknown_format' | 'ambiguous_format'; detail: string };

/** What an unrecognised file looks like, for the reject's reason (no content quoted). */
function describeUnknown(head: FileHead): string {
  const first = firstCharacter(head.text);
  if (isLineFormatName(head.name) && first !== '{') return 'named as NDJSON, but its first line is no JSON object';
  if (first === '{' || first === '[') {
    if (hasJsonKey(head.text, ['timestamp'])) return 'JSON with Unix "timestamp" entries, like a Facebook "Download your information" file';
    return 'JSON without the keys of any known export';
  }
  if (looksDelimited(head.text)) return 'a delimited text (CSV/TSV) whose header no adapter recognises';
  return 'neither JSON nor a delimited export';
}

/**
 * The adapter that reads a file, from its head.
 * @example detectFormat({ name: 'feed.json', text: '{"data":[]}', complete: true }, FORMATS) // { ok: true, adapter: graphApiJson }
 */
export function detectFormat(head: FileHead, formats: readonly FormatAdapter[] = FORMATS): Detection {
  const claimed = formats.filter((f) => f.detect(head));
  if (claimed.length === 1) return { ok: true, adapter: claimed[0] };
  if (claimed.length === 0) {
    return {
      ok: false,
      code: 'unknown_format',
      detail: `${describeUnknown(head)}; it matches none of the formats read (${formats.map((f) => f.format).join(', ')})`,
    };
  }
  return {
    ok: false,
    code: 'ambiguous_format',
    detail: `it matches several formats (${claimed.map((f) => f.format).join(', ')}); give the format option to choose one`,
  };
}
