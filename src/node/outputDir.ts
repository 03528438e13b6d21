/**
 * The output directory (SPEC 7.1): checked before any work, written all at once. Files go to a
 * temporary directory beside `--out` and are moved into place only when every one is complete;
 * outputs of an earlier run that this run does not write (a stale `rejects.ndjson`) are removed;
 * a run that fails before the move leaves the previous outputs as they were. Other files in the
 * directory are never touched (`--out .` is safe).
 */
import { constants } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { access, mkdir, mkdtemp, open, rename, rm, rmdir, stat, writeFile, type FileHandle } from 'node:fs/promises';
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

/**
 * A file's content: text, bytes, or text in chunks (what the writers' chunked forms give:
 * `outputFileChunks`), each chunk written as it comes and dropped. Chunks are encoded to UTF-8 one
 * by one, so a producer must not cut a surrogate pair between two of them — the
 * writers' chunks never do (`src/write/chunks.ts`).
 */
export type OutputContent = string | Uint8Array | Iterable<string>;

/** Files to write: name/content pairs, as they are produced (each released once written). */
export type OutputEntries =
  | Iterable<readonly [string, OutputContent]>
  | AsyncIterable<readonly [string, OutputContent]>;

/**
 * Write `files` into `out` at once: to a temporary directory beside it first, then moved into
 * place; each name of `optional` that this run does not write is removed from `out`. Each file
 * is written as it comes, and a file given in chunks chunk by chunk (encoded into 1 MiB buffers,
 * the next one filled while the last is written), so a file's whole text is never held. On
 * failure nothing in `out` has changed (unless the failure is in the final moves) and the
 * temporary directory is removed. A file system failure throws `unwritable_output`; an error of
 * whatever produces the files (or their chunks) goes through as it is. Returns the names written, in order.
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
      if (typeof content === 'string' || content instanceof Uint8Array) await io(() => writeFile(join(made, name), content));
      else await writeChunks(join(made, name), content, io);
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

/** Bytes a file's chunks are encoded into before each write (two such buffers: one filled while the other is written). */
const WRITE_BUFFER_SIZE = 1 << 20;

/**
 * Write text chunks to a new file: each chunk encoded to UTF-8 straight into a 1 MiB buffer (no
 * string joined first), the buffer written when full while the next one fills (two buffers, one
 * write in flight); a chunk too large for a buffer is encoded alone. File system failures go
 * through `io`; an error of the chunks' producer goes through as it is (after the write in flight
 * has settled).
 */
async function writeChunks(path: string, chunks: Iterable<string>, io: <T>(op: () => Promise<T>) => Promise<T>): Promise<void> {
  const handle = await io(() => open(path, 'wx'));
  let pending: Promise<void> | null = null;
  let current = Buffer.allocUnsafe(WRITE_BUFFER_SIZE);
  let spare = Buffer.allocUnsafe(WRITE_BUFFER_SIZE);
  let filled = 0;
  const send = async (bytes: Uint8Array) => {
    if (pending !== null) await pending;
    pending = io(() => writeAll(handle, bytes));
  };
  // The buffer goes to the file; the other one, whose write has settled by then, fills next.
  const flush = async () => {
    await send(current.subarray(0, filled));
    [current, spare] = [spare, current];
    filled = 0;
  };
  try {
    for (const chunk of chunks) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair, two units, is 4).
      if (filled + 3 * chunk.length > WRITE_BUFFER_SIZE && filled > 0) await flush();
      if (3 * chunk.length > WRITE_BUFFER_SIZE) await send(Buffer.from(chunk, 'utf8'));
      else filled += current.write(chunk, filled, 'utf8');
    }
    if (filled > 0) await flush();
    await pending;
    pending = null;
  } finally {
    // A producer's error while a write is in flight: let the write settle, keep the producer's error.
    // (`pending` is set inside `send`: read it as the closure left it.)
    const inFlight = pending as Promise<void> | null;
    if (inFlight !== null) await inFlight.catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}

/** All of `bytes` at the file's position (a write may take part of them). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await handle.write(bytes, offset)).bytesWritten;
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
    // Every failure, the producer's too, is this file's `unwritable_output` (the catch below).
    await writeChunks(temporary, chunks, (op) => op());
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(m.outNotWritable(out, reasonOf(error)));
  }
}
