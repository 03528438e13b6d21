/**
 * Small canonical datasets for the unit tests: builders for `Post`, `Comment` and `Reaction`
 * records (SPEC 2.4, `src/model/types.ts`), a dataset whose `actors` are gathered from the records
 * the way ingest does (authors, admin creators, tagged accounts, reactors), and a minimal
 * configuration validated through `resolveConfig`.
 *
 * Times are given in hours after T0 (Monday 2025-03-03 08:00 in Asia/Ho_Chi_Minh, 01:00 UTC).
 */
import type { Config, ConfigInput } from '../../src/config/schema';
import { resolveConfig } from '../../src/config/parse';
import type { Actor, Comment, Dataset, IngestResult, Post, Reaction, ReactionType, Tag } from '../../src/model/types';
import { resolveData, type PeriodBounds, type ResolvedData } from '../../src/resolve/resolved';

/** Monday 2025-03-03 01:00 UTC = 08:00 local time in Viet Nam. */
export const T0 = Date.UTC(2025, 2, 3, 1, 0, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The instant `hours` after T0 (UTC ms). */
export const at = (hours: number): number => T0 + hours * HOUR;

/** Every test record comes from one file, position 0 (its place in the file is not under test). */
const source = { file: 0, position: 0 };

export interface PostInput {
  /** Hours after T0 (default 0). */
  h?: number;
  message?: string;
  from?: string | null;
  admin?: string | null;
  parent?: string | null;
  shares?: number;
  reactionsTotal?: number | null;
  commentsTotal?: number | null;
  tags?: string[];
}

export function post(id: string, o: PostInput = {}): Post {
  const time = at(o.h ?? 0);
  return {
    id,
    time,
    createdTime: new Date(time).toISOString(),
    message: o.message ?? '',
    fromId: o.from === undefined ? 'page' : o.from,
    adminCreatorId: o.admin ?? null,
    parentId: o.parent ?? null,
    permalinkUrl: null,
    statusType: null,
    sharesCount: o.shares ?? 0,
    reactionsTotal: o.reactionsTotal ?? null,
    reactionsByType: null,
    commentsTotal: o.commentsTotal ?? null,
    messageTags: (o.tags ?? []).map((t): Tag => ({ id: t, name: null })),
    ...source,
  };
}

export interface CommentInput {
  h?: number;
  message?: string;
  /** Author id; null for an anonymous comment (default 'anon-less' is not assumed: give it). */
  from: string | null;
  /** The comment this one replies to. */
  parent?: string | null;
  tags?: string[];
}

export function comment(id: string, postId: string, o: CommentInput): Comment {
  const time = at(o.h ?? 1);
  return {
    id,
    postId,
    parentId: o.parent ?? null,
    parentUnknown: false,
    time,
    createdTime: new Date(time).toISOString(),
    message: o.message ?? '',
    fromId: o.from,
    messageTags: (o.tags ?? []).map((t): Tag => ({ id: t, name: null })),
    hasAttachment: false,
    ...source,
  };
}

/** A reaction by `actorId` (null: anonymous) on a post (default) or a comment. */
export function reaction(
  targetId: string,
  actorId: string | null,
  targetType: 'post' | 'comment' = 'post',
  type: ReactionType = 'LIKE',
): Reaction {
  return { targetId, targetType, actorId, type, ...source };
}

export interface DatasetInput {
  posts?: Post[];
  comments?: Comment[];
  reactions?: Reaction[];
  /** Display names by actor id (what decides the kind of actors outside the config). */
  names?: Record<string, string>;
}

/**
 * A canonical dataset; `actors` are every id seen in the records (sorted), named from `names`,
 * and `shares` are the posts that carry a parent, as ingest builds them.
 */
export function dataset(input: DatasetInput = {}): Dataset {
  const posts = input.posts ?? [];
  const comments = input.comments ?? [];
  const reactions = input.reactions ?? [];
  const names = input.names ?? {};
  const ids = new Set<string>(Object.keys(names));
  const note = (id: string | null) => {
    if (id !== null) ids.add(id);
  };
  for (const p of posts) {
    note(p.fromId);
    note(p.adminCreatorId);
    p.messageTags.forEach((t) => note(t.id));
  }
  for (const c of comments) {
    note(c.fromId);
    c.messageTags.forEach((t) => note(t.id));
  }
  for (const r of reactions) note(r.actorId);
  const actors: Actor[] = [...ids].sort().map((id) => ({ id, name: names[id] ?? null }));
  const shares = posts
    .filter((p) => p.parentId !== null)
    .map((p) => ({ postId: p.id, sharedPostId: p.parentId!, fromId: p.fromId, time: p.time, file: p.file, position: p.position }));
  return { files: ['test.json'], actors, posts, comments, reactions, shares };
}

/**
 * The units of the test province: two departments (with two accounts for `so-khdt`) and two
 * localities. Aliases are written with diacritics; folding lets them match without.
 */
export const UNITS = [
  { id: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', accounts: ['acc-khdt', 'acc-khdt-2'], aliases: ['Sở KHĐT', 'Sở Kế hoạch và Đầu tư'] },
  { id: 'so-tc', name: 'Sở Tài chính', kind: 'department', accounts: ['acc-tc'], aliases: ['Sở Tài chính'] },
  { id: 'ha-long', name: 'UBND TP Hạ Long', kind: 'locality', accounts: ['acc-hl'], aliases: ['UBND Hạ Long', 'TP Hạ Long'] },
  { id: 'cam-pha', name: 'UBND TP Cẩm Phả', kind: 'locality', accounts: ['acc-cp'], aliases: ['Cẩm Phả'] },
] as const satisfies ConfigInput['units'];

/** A validated configuration: the test page and units, overridden by `overrides`. */
export function makeConfig(overrides: ConfigInput = {}): Config {
  return resolveConfig({
    page: { id: 'page', name: 'DDCI Quảng Ninh' },
    units: UNITS.map((u) => ({ ...u, accounts: [...u.accounts], aliases: [...u.aliases] })),
    ...overrides,
  });
}

/** Resolve a dataset against a configuration (the whole period by default). */
export function resolve(input: DatasetInput | Dataset, config: Config = makeConfig(), bounds?: PeriodBounds): ResolvedData {
  const ds = 'actors' in input && 'shares' in input ? (input as Dataset) : dataset(input as DatasetInput);
  return resolveData(ds, config, bounds);
}

/** A hand-built dataset as a complete ingest result (one file, nothing rejected, no snapshots). */
export function ingested(data: Dataset, asOf = '2026-01-01T00:00:00.000Z'): IngestResult {
  return {
    dataset: data,
    report: {
      files: 1, posts: data.posts.length, comments: data.comments.length, reactions: data.reactions.length,
      shares: data.shares.length, duplicates: 0, rejected: 0, fieldRejects: 0, asOf, perFile: [], rejects: [], conflicts: [],
    },
    snapshots: { files: [], postCopies: new Map() },
    locations: { locate: (file, position) => `file ${file}, record ${position}` },
  };
}
