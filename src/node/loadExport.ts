/**
 * The thin I/O layer over ingest: read export files and directories from disk and hand their bytes
 * to the pure core (`src/ingest`). Every input file — directories expanded — is read in path order,
 * so a run depends neither on how the file system lists a directory nor on the order the paths
 * are given, and files named by date are read as successive snapshots (SPEC 2.1, 4.6).
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { DdciError } from '../errors';
import { createIngest, isLineFormatName, type IngestOptions, type IngestSession } from '../ingest/index';
import type { IngestResult, InputFile } from '../model/types';

/** Input that cannot be read at all (a missing or unreadable path): exit code 2 in the CLI. */
export class InputError extends DdciError {
  constructor(
    /** Stable machine code, e.g. `unreadable_input`. */
    code: string,
    /** The file concerned ('' when none). */
    file: string,
    message: string,
  ) {
    super({ code, path: file === '' ? [] : [file], message }, message);
    this.name = 'InputError';
  }
}

/** The file extensions a directory contributes (SPEC 2.1). */
const EXPORT_FILE = /\.(json|ndjson|jsonl|csv|tsv|tab)$/i;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'error';
  const why = code === 'ENOENT' ? 'no such file or directory' : code;
  return new InputError('unreadable_input', path, `input ${path}: cannot read (${why})`);
}

/** Every export file under a directory, recursively. */
async function listDirectory(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw unreadable(dir, error);
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!EXPORT_FILE.test(entry.name)) continue;
    // Node 20 names the entry's folder `path` (later versions `parentPath`).
    const folder = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir;
    const full = join(folder, entry.name);
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        isFile = (await stat(full)).isFile();
      } catch (error) {
        throw unreadable(full, error);
      }
    }
    if (isFile) files.push(full);
  }
  return files;
}

/** The key files are read in: the path with '/' separators on every platform, compared by code units. */
const sortKey = (path: string): string => path.split(sep).join('/');

/**
 * Expand the given paths into the list of files to read, sorted by path: a file as given
 * (whatever its name: the format is detected from content), a directory as all its `.json`,
 * `.ndjson`, `.jsonl`, `.csv`, `.tsv` and `.tab` files, recursively. Throws an `InputError`
 * (`unreadable_input`) for a missing path.
 * @example await listInputFiles(['export/', 'extra.json']) // ['export/01.json', 'export/02.ndjson', 'extra.json']
 */
export async function listInputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw unreadable(path, error);
    }
    if (info.isDirectory()) files.push(...(await listDirectory(path)));
    else files.push(path);
  }
  const keyed = files.map((full) => ({ full, key: sortKey(full) }));
  keyed.sort((a, b) => byCodeUnits(a.key, b.key));
  return keyed.map((k) => k.full);
}

async function readOne(path: string): Promise<InputFile> {
  try {
    return { name: path, content: await readFile(path) };
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * Read files and directories into `InputFile`s (bytes; decoding is the core's job).
 * @example const files = await readInputFiles(['export/']); // [{ name: 'export/a.json', content: Uint8Array }, …]
 */
export async function readInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of await listInputFiles(paths)) files.push(await readOne(path));
  return files;
}

/** How much of a streamed file is read at a time (bytes). */
const PIECE = 1 << 20;

/** Files at least this big are streamed whatever their name (an NDJSON export named `.json`, say). */
const STREAM_FROM = 64 << 20;

/**
 * Stream one file into the session, a megabyte at a time: an NDJSON file is read line by line as it
 * comes and never held whole (issue 10); the session keeps any other file and reads it at the end.
 */
async function streamOne(session: IngestSession, path: string): Promise<void> {
  const writer = session.begin(path);
  try {
    for await (const piece of createReadStream(path, { highWaterMark: PIECE })) writer.write(piece as Uint8Array);
  } catch (error) {
    throw unreadable(path, error);
  }
  writer.end();
}

/** Options of {@link loadExport}: those of the ingest (`format`, `asOf`, `formats`, `page`, `timezone`). */
export type LoadExportOptions = IngestOptions;

/**
 * Read and ingest an export: files and directories, every file in path order (whatever the order
 * of `paths`). Files go to the core one at a time, so only one file's bytes are held at once; a
 * `.ndjson`/`.jsonl` file (or any file of 64 MiB or more) is streamed, and of an NDJSON file only
 * the lines being read are held (a 10 M-interaction export in constant memory besides the dataset). Bad files and records are in the report; only an unreadable path
 * (`InputError`) or a bad option (`DdciError` `invalid_option`) throws.
 * @example const { dataset, report } = await loadExport(['export/'], { asOf: Date.parse('2025-04-01T00:00:00Z') });
 */
export async function loadExport(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const session = createIngest(options);
  for (const path of await listInputFiles(paths)) {
    // A file named as NDJSON, or too big to be read whole, is streamed; any other is read in one
    // piece (no copy of its bytes). Either way the format comes from the content.
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch (error) {
      throw unreadable(path, error);
    }
    if (isLineFormatName(path) || size >= STREAM_FROM) await streamOne(session, path);
    else session.add(await readOne(path));
  }
  return session.finish();
}
