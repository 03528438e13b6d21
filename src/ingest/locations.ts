/**
 * Where each record was read, kept compactly (issue 10): per file, one reference to a shared path
 * string and one integer per record position. A human location (`data[12].comments.data[3]`) is
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

class FileLocations {
  paths: string[] = [];
  indexes = new Int32Array(64);
  size = 0;

  add(path: string, index: number): number {
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
  add(file: number, path: string, index: number): number {
    return this.files[file].add(path, index);
  }

  /** The number of positions recorded for `file`. */
  size(file: number): number {
    return this.files[file]?.size ?? 0;
  }

  locate(file: number, position: number): string {
    const f = this.files[file];
    if (f === undefined || position < 0 || position >= f.size) return '';
    return formatLocation(f.paths[position], f.indexes[position]);
  }
}
