/**
 * The thin I/O layer over ingest: read export files and directories from disk and hand their bytes
 * to the pure core (`src/ingest`). Directory contents are taken in name order so that a run does
 * not depend on how the file system lists them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkOptionKeys, DdciError, fail } from '../errors';
import { createIngest } from '../ingest/index';
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
const EXPORT_FILE = /\.(json|ndjson|jsonl)$/i;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'error';
  const why = code === 'ENOENT' ? 'no such file or directory' : code;
  return new InputError('unreadable_input', path, `input ${path}: cannot read (${why})`);
}

/** Every export file under a directory, recursively, as paths sorted by their relative name. */
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
  // Sort by the path inside the directory, with '/' separators on every platform.
  const keyed = files.map((full) => ({ full, key: relative(dir, full).split(sep).join('/') }));
  keyed.sort((a, b) => byCodeUnits(a.key, b.key));
  return keyed.map((k) => k.full);
}

/**
 * Expand the given paths into the list of files to read: a file as given (whatever its name: the
 * format is detected from content), a directory as all its `.json`, `.ndjson` and `.jsonl` files,
 * recursively, sorted by name. Throws an `InputError` (`unreadable_input`) for a missing path.
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
  return files;
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

/** Options of {@link loadExport}. */
export interface LoadExportOptions {
  /**
   * The run's instant, epoch ms (default: now): a time more than a day after it is rejected
   * (SPEC 7.1). Pinning it makes a run reproducible.
   */
  asOf?: number;
}

const LOAD_EXPORT_OPTION_KEYS = new Set(['asOf']);

function checkLoadExportOptions(options: LoadExportOptions): void {
  checkOptionKeys(options, LOAD_EXPORT_OPTION_KEYS, 'loadExport');
  if (options.asOf !== undefined && !Number.isFinite(options.asOf)) {
    fail('invalid_option', ['asOf'], 'loadExport: asOf must be a finite number of epoch milliseconds');
  }
}

/**
 * Read and ingest an export: files and directories, in the order given (directory contents by
 * name). Files are read one at a time and handed to the core, so only one file's bytes are held
 * at once. Bad files and records are in the report; only an unreadable path throws.
 * @example const { dataset, report } = await loadExport(['export/'], { asOf: Date.parse('2025-05-08T00:00:00Z') });
 */
export async function loadExport(paths: readonly string[], options: LoadExportOptions = {}): Promise<IngestResult> {
  checkLoadExportOptions(options);
  const session = createIngest();
  for (const path of await listInputFiles(paths)) session.add(await readOne(path));
  return session.finish();
}
