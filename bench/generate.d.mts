/** Types of bench/generate.mjs (a plain ESM script, so that it runs without a build). */
export declare const GENERATOR_VERSION: number;

export interface GenerateOptions {
  /** Comments, replies and reactions to write (exactly). */
  interactions: number;
  seed?: number;
  /** Folder to write into (created; earlier `export-NNNN.*` files removed). */
  dir: string;
  /** Upper bound of one file's size in bytes (default 50 MB). */
  maxFileBytes?: number;
}

export interface GeneratedExport {
  generatorVersion: number;
  seed: number;
  interactions: number;
  files: string[];
  bytes: number;
  /** The counts an ingest of the folder must report. */
  expected: {
    files: number;
    posts: number;
    comments: number;
    replies: number;
    reactions: number;
    shares: number;
    duplicates: number;
    rejected: number;
  };
  anonymousComments: number;
}

export declare function generateExport(options: GenerateOptions): Promise<GeneratedExport>;

/** The configuration of the generated export: the page and its 16 units (ConfigInput shape). */
export declare function benchConfig(): {
  page: { id: string; name: string };
  units: { id: string; name: string; kind: 'department' | 'locality'; accounts: string[]; aliases: string[] }[];
};
