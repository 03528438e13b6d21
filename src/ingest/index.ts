/**
 * Ingest (SPEC 2.1, 2.2, 2.4): export files → one canonical dataset and an ingest report.
 * Pure: files are given as content, nothing touches the disk (see `src/node/loadExport.ts`).
 *
 * The format of each file is detected from its content. Graph API JSON / NDJSON is read today;
 * other formats (CSV exports, "Download your information" JSON) get an `unsupported_format` file
 * error until their adapters land: the other files are still read.
 */
import type { IngestResult, InputFile } from '../model/types';
import { looksLikeDyi, sniff } from './detect';
import { readGraphApiFile, rejectReason } from './graphApi';
import { decodeText } from './json';
import { DatasetBuilder } from './merge';

export { ingestGraphApi, rejectReason } from './graphApi';
export { DatasetBuilder } from './merge';
export { parseGraphTime, type ParsedTime } from './time';
export { decodeText } from './json';

/** A format recognised by content; `supported` when an adapter reads it. */
export interface DetectedFormat {
  format: string;
  supported: boolean;
  /** Why it cannot be read yet (for the file error). */
  reason?: string;
}

/** An incremental ingest: add files one at a time (their content can be dropped after), then finish. */
export interface IngestSession {
  add(file: InputFile): void;
  finish(): IngestResult;
}

/**
 * Start an ingest that takes files one by one, so a caller reading from disk never holds every
 * file's bytes at once. `ingestFiles` is this over an array.
 * @example
 * const session = createIngest();
 * session.add({ name: 'a.json', content: bytes });
 * const { dataset, report } = session.finish();
 */
export function createIngest(): IngestSession {
  const builder = new DatasetBuilder();
  let finished = false;
  return {
    add(file: InputFile): void {
      if (finished) throw new Error('createIngest: add() after finish()');
      addFile(builder, file);
    },
    finish(): IngestResult {
      finished = true;
      return builder.finish();
    },
  };
}

function addFile(builder: DatasetBuilder, file: InputFile): void {
  const text = decodeText(file.content);
  const sniffed = sniff(file.name, text);
  let unsupported: DetectedFormat | null = null;
  if (sniffed.kind === 'bad-json' && sniffed.delimited) {
    unsupported = {
      format: 'csv',
      supported: false,
      reason: 'a delimited text (CSV/TSV) export; no adapter reads this format yet',
    };
  } else if (sniffed.kind === 'json' && looksLikeDyi(sniffed.value)) {
    unsupported = {
      format: 'facebook-dyi',
      supported: false,
      reason: 'a Facebook "Download your information" file; no adapter reads this format yet',
    };
  }
  if (unsupported === null) {
    readGraphApiFile(builder, file.name, text, sniffed);
    return;
  }
  builder.beginFile(file.name, unsupported.format);
  builder.fileError({
    file: file.name,
    location: '$',
    field: '',
    code: 'unsupported_format',
    reason: rejectReason(file.name, '$', '', unsupported.reason ?? 'unsupported format'),
    record: text.slice(0, 400),
  });
}

/**
 * Ingest export files of any supported format, detected from content, in the given order
 * (the first copy of a record wins). Bad files and records are reported, never thrown.
 * @example
 * const { report } = ingestFiles([{ name: 'feed.ndjson', content: '{"id":"1","created_time":0}\n' }]);
 * report.posts // 1
 */
export function ingestFiles(files: readonly InputFile[]): IngestResult {
  const session = createIngest();
  for (const f of files) session.add(f);
  return session.finish();
}
