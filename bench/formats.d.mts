/** Types of bench/formats.mjs (a plain ESM script, so that it runs without a build). */
export declare const FORMAT_SIZES: readonly number[];

export interface FormatsBenchOptions {
  /** The built `ddci-sna/node` entry (default dist/node.js). */
  lib?: string;
  /** The built CLI, for `convert --to canonical` (default dist/cli.js). */
  cli?: string;
  /** Where exports are generated and converted (default bench/data). */
  dataDir?: string;
  log?: (line: string) => void;
}

export interface FormatsBenchRow {
  interactions: number;
  /** The format the folder was converted into. */
  format: string;
  fileMb: number;
  /** Records read: posts, comments, reactions, duplicates and rejected. */
  records: number;
  ms: number;
  cpuMs: number;
  mbPerS: number;
  recordsPerS: number;
  peakRssMb: number;
  /** The adapters that read the folder's files. */
  formats: string[];
  /** File errors (none when every file was read). */
  errors: string[];
  ok: boolean;
}

export declare function ensureFormats(interactions: number, options?: FormatsBenchOptions): Promise<{ format: string; dir: string }[]>;
export declare function runFormatsBench(sizes?: readonly number[], options?: FormatsBenchOptions): Promise<FormatsBenchRow[]>;
