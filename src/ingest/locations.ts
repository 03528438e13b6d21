/**
 * Where each record was read, kept compactly (issue 10): per file, one reference to a shared path
 * (a string, or a {@link ListPath} for a list nested in a record) and one integer per record position. A human location (`data[12].comments.data[3]`) is
 * built from them only when asked for — for a reject, a conflict, or a caller tracing a figure.
 */
import type { RecordLocator } from '../model/types';

/**
 * The location of `index` in the list at `path`: `path[index]`; `path` + index when the path
 * ends with a space (`line 7`); `path` alone for a negative index.
 * @example formatLocation('data[3].comments.data', 2) // 'data[3].comments.data[2]'
 * @example formatLocation('line ', 7) // 'line 7'
 * @example formatLocation('$', -1) // '$'
 */
export function formatLocation(path: string, index: number): string {
  if (index < 0) return path;
  if (path.endsWith(' ')) return `${path}${index}`;
  return `${path}[${index}]`;
}

/**
 * The path of a list nested in a record (`comments.data` of the record at `parent[index]`), kept
 * as the three pieces it is made of and written out only when a location is asked for: reading a
 * record with children costs one small object instead of the strings of its path (issue 10).
 * @example String(new ListPath('data', 3, 'comments.data')) // 'data[3].comments.data'
 * @example String(new ListPath('line ', 7, 'reactions.data')) // 'line 7: reactions.data'
 */
export class ListPath {
  /** The path written out, once asked for. */
  private text: string | null = null;

  constructor(
    /** The path of the list the record is in. */
    readonly parent: string | ListPath,
    /** The record's index in that list (negative: a whole document, `$`). */
    readonly index: number,
    /** The key of the nested list in the record, e.g. `comments.data`. */
    readonly list: string,
  ) {}

  toString(): string {
    if (this.text !== null) return this.text;
    // Up the chain without recursion (replies may nest deep) to a string or a path written out
    // already, then the pieces joined once: linear in the depth (only this path is kept written).
    const chain: ListPath[] = [];
    let up: string | ListPath = this;
    while (typeof up !== 'string' && up.text === null) {
      chain.push(up);
      up = up.parent;
    }
    const base = typeof up === 'string' ? up : (up.text as string);
    const pieces: string[] = [base];
    // Only a top-level path can end with a space (`line `): a written list path ends with its key.
    let spaced = base.endsWith(' ');
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const link = chain[i];
      if (link.index >= 0) pieces.push(spaced ? `${link.index}: ` : `[${link.index}].`);
      else pieces.push(spaced ? ': ' : '.');
      pieces.push(link.list);
      spaced = false;
    }
    this.text = pieces.join('');
    return this.text;
  }
}

/** A record's list path as a string. */
export const pathText = (path: string | ListPath): string => (typeof path === 'string' ? path : path.toString());

class FileLocations {
  paths: (string | ListPath)[] = [];
  indexes = new Int32Array(64);
  size = 0;

  add(path: string | ListPath, index: number): number {
    const position = this.size;
    if (position === this.indexes.length) {
      const grown = new Int32Array(this.indexes.length * 2);
      grown.set(this.indexes);
      this.indexes = grown;
    }
    this.paths.push(path);
    this.indexes[position] = index;
    this.size += 1;
    return position;
  }
}

/** Every record's location, by file and position. */
export class LocationTable implements RecordLocator {
  private readonly files: FileLocations[] = [];

  /** Start the next file (its index is the number of files started before). */
  beginFile(): void {
    this.files.push(new FileLocations());
  }

  /** Record the next position of file `file`; returns the position. */
  add(file: number, path: string | ListPath, index: number): number {
    return this.files[file].add(path, index);
  }

  /** The number of positions recorded for `file`. */
  size(file: number): number {
    return this.files[file]?.size ?? 0;
  }

  locate(file: number, position: number): string {
    const f = this.files[file];
    if (f === undefined || position < 0 || position >= f.size) return '';
    return formatLocation(pathText(f.paths[position]), f.indexes[position]);
  }
}
