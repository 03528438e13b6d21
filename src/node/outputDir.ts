/**
 * The output directory (SPEC 7.1): checked before any work, written all at once. Files go to a
 * temporary directory beside `--out` and are moved into place only when every one is complete;
 * outputs of an earlier run that this run does not write (a stale `rejects.ndjson`) are removed;
 * a run that fails before the move leaves the previous outputs as they were. Other files in the
 * directory are never touched (`--out .` is safe).
 */
import { constants, createWriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { access, mkdir, mkdtemp, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DdciError, isDdciError } from '../errors';
import type { CliMessages } from './messages';

function unwritable(message: string): DdciError {
  return new DdciError({ code: 'unwritable_output', path: ['--out'], message });
}

const reasonOf = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? String(error);

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Check `--out` before any work: not empty, not a file, inside a directory we may write to (the
 * nearest existing ancestor when the directory is still to be made). Throws `unwritable_output`.
 * Returns the absolute path.
 * @example await checkOutputDir('out', messagesFor('en')) // '/home/me/project/out'
 */
export async function checkOutputDir(out: string, m: CliMessages): Promise<string> {
  return checkOutput(out, 'directory', m);
}

/**
 * Check a single output file (`convert --out`) before any work: not empty, not a directory, inside
 * a directory we may write to. Throws `unwritable_output`. Returns the absolute path.
 * @example await checkOutputFile('export.ndjson', messagesFor('en')) // '/home/me/project/export.ndjson'
 */
export async function checkOutputFile(out: string, m: CliMessages): Promise<string> {
  return checkOutput(out, 'file', m);
}

async function checkOutput(out: string, kind: 'directory' | 'file', m: CliMessages): Promise<string> {
  if (out.trim() === '') throw unwritable(kind === 'directory' ? m.outEmpty : m.outFileEmpty);
  const target = resolve(out);
  try {
    const info = await statOrNull(target);
    if (kind === 'directory' && info !== null && !info.isDirectory()) throw unwritable(m.outIsFile(out));
    if (kind === 'file' && info !== null && info.isDirectory()) throw unwritable(m.outIsDirectory(out));
    // The temporary directory is made beside the target: its parent (or the nearest ancestor that
    // exists, when it is still to be made) must be a directory we may write to.
    let ancestor = dirname(target);
    let found = await statOrNull(ancestor);
    while (found === null && dirname(ancestor) !== ancestor) {
      ancestor = dirname(ancestor);
      found = await statOrNull(ancestor);
    }
    if (found !== null && !found.isDirectory()) throw unwritable(m.outParentNotDirectory(ancestor));
    // A real probe, not access(): root passes access() everywhere, and /proc or a read-only mount
    // only refuse when something is made there.
    await rmdir(await mkdtemp(join(ancestor, '.ddci-sna-probe-')));
    if (info !== null) await access(target, kind === 'directory' ? constants.W_OK | constants.X_OK : constants.W_OK);
  } catch (error) {
    if (isDdciError(error)) throw error;
    throw unwritable(m.outNotWritable(out, reasonOf(error)));
  }
  return target;
}

/** Files to write: name/content pairs, as they are produced (each released once written). */
export type OutputEntries =
  | Iterable<readonly [string, string | Uint8Array]>
  | AsyncIterable<readonly [string, string | Uint8Array]>;

/**
 * Write `files` into `out` at once: to a temporary directory beside it first, then moved into
 * place; each name of `optional` that this run does not write is removed from `out`. Each file
 * is written as it comes, so only one file's content need be held at a time. On
 * failure nothing in `out` has changed (unless the failure is in the final moves) and the
 * temporary directory is removed. A file system failure throws `unwritable_output`; an error of
 * whatever produces the files goes through as it is. Returns the names written, in order.
 * @example await writeOutputDir('out', [['units.csv', '…']], ['rejects.ndjson'], messagesFor('en')) // ['units.csv']
 */
export async function writeOutputDir(
  out: string, files: OutputEntries, optional: readonly string[], m: CliMessages,
): Promise<string[]> {
  const target = resolve(out);
  const parent = dirname(target);
  const io = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (error) {
      throw unwritable(m.outNotWritable(out, reasonOf(error)));
    }
  };
  const names: string[] = [];
  let temporary: string | null = null;
  try {
    await io(() => mkdir(parent, { recursive: true }));
    // mkdir (not mkdtemp, which makes it 0700): the directory that may become `out` gets the
    // permissions any directory the user makes gets (0777 less the umask).
    const made = join(parent, `.${basename(target)}.tmp-${randomUUID()}`);
    await io(() => mkdir(made));
    temporary = made;
    for await (const [name, content] of files) {
      await io(() => writeFile(join(made, name), content));
      names.push(name);
    }
    if ((await statOrNull(target)) === null) {
      // Nothing there yet: the whole directory moves in one step.
      await io(() => rename(made, target));
      temporary = null;
      return names;
    }
    await io(async () => {
      for (const name of names) await rename(join(made, name), join(target, name));
      for (const name of optional) if (!names.includes(name)) await rm(join(target, name), { force: true });
    });
    return names;
  } finally {
    if (temporary !== null) await rm(temporary, { recursive: true, force: true });
  }
}

/**
 * Write one file atomically: its chunks to a temporary file beside `out`, then moved into place, so
 * `out` holds either its previous content or the whole new one (a failed write leaves it as it
 * was, and no temporary file behind). The chunks are streamed: a large file is never one string.
 * Throws `unwritable_output`.
 * @example await writeOutputFile('export.ndjson', lines, messagesFor('en'))
 */
export async function writeOutputFile(out: string, chunks: Iterable<string>, m: CliMessages): Promise<void> {
  const target = resolve(out);
  const temporary = join(dirname(target), `.${basename(target)}.tmp-${randomUUID()}`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await pipeline(Readable.from(batches(chunks)), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(m.outNotWritable(out, reasonOf(error)));
  }
}

/** Chunks joined into pieces of about 1 MB (one write per piece, not per line). */
function* batches(chunks: Iterable<string>): Generator<string> {
  let piece: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    piece.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      yield piece.join('');
      piece = [];
      size = 0;
    }
  }
  if (piece.length > 0) yield piece.join('');
}
