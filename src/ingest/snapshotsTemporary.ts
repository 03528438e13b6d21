/**
 * TEMPORARY (helper h5, issue 12) — the lead replaces this file at merge by the ingest branch's own
 * `IngestResult.snapshots` and `report.conflicts` (SPEC 2.1), and the CLI goes back to `loadExport`.
 *
 * Until then, so that the snapshot fixture can be checked end to end, this reads each file alone
 * with the existing ingest, builds the snapshot index from those per-file reads, and applies
 * SPEC 2.1's "the copy from the file that sorts last by path wins" to messages and reaction types
 * (today's merge keeps the first copy). Files are taken sorted by name, so the result does not
 * depend on the order they were given in. Every file is ingested twice: fine for fixtures and
 * weekly exports, not a design.
 */
import type { IngestResult, InputFile, ReactionType } from '../model/types';
import type { IngestConflict, PostCopy, SnapshotIndex } from '../metrics/quality/snapshots';
import { ingestFiles } from './index';

/** An ingest result with the snapshot index and conflicts the ingest branch will provide. */
export type IngestWithSnapshots = IngestResult & {
  snapshots: SnapshotIndex;
  report: IngestResult['report'] & { conflicts: IngestConflict[] };
};

const byName = (a: InputFile, b: InputFile) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

interface Seen<T> {
  value: T;
  file: string;
  location: string;
}

/**
 * TEMPORARY: ingest files (sorted by name) with a snapshot index, last-copy-wins messages and
 * reaction types, and the message/type conflicts.
 * @example const input = ingestWithSnapshots(await readInputFiles(['export/'])); analyze(input, config);
 */
export function ingestWithSnapshots(files: readonly InputFile[]): IngestWithSnapshots {
  const sorted = [...files].sort(byName);
  const merged = ingestFiles(sorted);
  const postCopies = new Map<string, PostCopy[]>();
  const messages = new Map<string, Seen<string>[]>(); // `post\0id` / `comment\0id` → copies
  const types = new Map<string, Seen<ReactionType>[]>(); // `target\0actor` → copies

  const note = <T>(map: Map<string, Seen<T>[]>, key: string, seen: Seen<T>) => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push(seen);
  };

  sorted.forEach((file, fileIndex) => {
    const { dataset } = ingestFiles([file]);
    const byPost = new Map<string, { ids: string[]; topLevel: number }>();
    for (const c of dataset.comments) { // (time order, not file order: only the set matters here)
      let entry = byPost.get(c.postId);
      if (!entry) byPost.set(c.postId, (entry = { ids: [], topLevel: 0 }));
      entry.ids.push(c.id);
      if (c.parentId === null) entry.topLevel += 1;
      note(messages, `comment\u0000${c.id}`, { value: c.message, file: file.name, location: c.source.location });
    }
    for (const p of dataset.posts) {
      const entry = byPost.get(p.id) ?? { ids: [], topLevel: 0 };
      let copies = postCopies.get(p.id);
      if (!copies) postCopies.set(p.id, (copies = []));
      copies.push({ file: fileIndex, commentIds: entry.ids, topLevelListed: entry.topLevel, commentsTotal: p.commentsTotal });
      note(messages, `post\u0000${p.id}`, { value: p.message, file: file.name, location: p.source.location });
    }
    for (const r of dataset.reactions) {
      if (r.actorId === null) continue; // anonymous reactions have no identity across files
      note(types, `${r.targetId}\u0000${r.actorId}`, { value: r.type, file: file.name, location: r.source.location });
    }
  });

  const conflicts: IngestConflict[] = [];
  const lastOf = <T>(copies: Seen<T>[], recordType: IngestConflict['recordType'], id: string, field: string): T => {
    const kept = copies[copies.length - 1];
    const other = copies.find((c) => c.value !== kept.value);
    if (other) {
      conflicts.push({
        recordType, id, field,
        kept: { file: kept.file, location: kept.location },
        other: { file: other.file, location: other.location },
      });
    }
    return kept.value;
  };
  for (const post of merged.dataset.posts) {
    const copies = messages.get(`post\u0000${post.id}`);
    if (copies) post.message = lastOf(copies, 'post', post.id, 'message');
  }
  for (const comment of merged.dataset.comments) {
    const copies = messages.get(`comment\u0000${comment.id}`);
    if (copies) comment.message = lastOf(copies, 'comment', comment.id, 'message');
  }
  for (const reaction of merged.dataset.reactions) {
    if (reaction.actorId === null) continue;
    const copies = types.get(`${reaction.targetId}\u0000${reaction.actorId}`);
    // The conflict names the reaction by its target only: the reactor's id is a person's (privacy).
    if (copies) reaction.type = lastOf(copies, 'reaction', reaction.targetId, 'type');
  }
  return {
    ...merged,
    snapshots: { files: sorted.map((f) => f.name), postCopies },
    report: { ...merged.report, conflicts },
  };
}
