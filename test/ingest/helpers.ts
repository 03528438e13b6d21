/** Small builders for Graph API records used by the ingest tests, and the ingest they all run. */
import { expect } from 'vitest';
import { createIngest, ingestFiles, type IngestOptions } from '../../src/ingest/index';
import type { IngestReport, IngestResult, InputFile } from '../../src/model/types';

export type Json = Record<string, unknown>;

export const T0 = '2025-03-04T09:15:00+0700';
/** The run's instant for every test ingest: times after 2025-04-02 are in the future. */
export const AS_OF = Date.parse('2025-04-01T00:00:00Z');

export function post(id: string, extra: Json = {}): Json {
  return { id, created_time: T0, message: `post ${id}`, from: { id: 'page', name: 'Trang DDCI' }, ...extra };
}

export function comment(id: string, extra: Json = {}): Json {
  return { id, created_time: '2025-03-04T10:00:00+0700', message: `comment ${id}`, from: { id: `u-${id}`, name: `User ${id}` }, ...extra };
}

export function reactors(...ids: string[]): Json {
  return { data: ids.map((id) => ({ id, name: `Person ${id}`, type: 'LIKE' })) };
}

export const page = (...posts: unknown[]): Json => ({ data: posts, paging: { next: 'https://graph.facebook.com/next' } });

export function jsonFile(name: string, value: unknown): InputFile {
  return { name, content: JSON.stringify(value, null, 2) };
}

export function ndjsonFile(name: string, lines: unknown[]): InputFile {
  return { name, content: lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n' };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Every file reconciles (records read = accepted + merged + rejected) and the totals are the sums
 * of the per-file counts.
 */
export function expectReconciled(report: IngestReport): void {
  for (const f of report.perFile) {
    expect(f.read, `${f.file}: read = posts + comments + reactions + duplicates + rejected`).toBe(
      f.posts + f.comments + f.reactions + f.duplicates + f.rejected,
    );
  }
  const sum = (k: 'posts' | 'comments' | 'reactions' | 'duplicates' | 'rejected' | 'fieldRejects' | 'conflicts') =>
    report.perFile.reduce((s, f) => s + f[k], 0);
  expect(report).toMatchObject({
    posts: sum('posts'), comments: sum('comments'), reactions: sum('reactions'), duplicates: sum('duplicates'),
    rejected: sum('rejected'), fieldRejects: sum('fieldRejects'), files: report.perFile.length,
  });
  expect(report.conflicts).toHaveLength(sum('conflicts'));
  expect(report.rejects.filter((r) => !r.kept)).toHaveLength(report.rejected);
  expect(report.rejects.filter((r) => r.kept)).toHaveLength(report.fieldRejects);
}

/** `ingestFiles` pinned to {@link AS_OF}, with every file's counts checked to reconcile. */
export function ingest(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  const result = ingestFiles(files, { asOf: AS_OF, ...options });
  expectReconciled(result.report);
  return result;
}

/** The same through an incremental session, files added in the order given. */
export function ingestInOrder(files: readonly InputFile[], options: IngestOptions = {}): IngestResult {
  const session = createIngest({ asOf: AS_OF, ...options });
  for (const f of files) session.add(f);
  const result = session.finish();
  expectReconciled(result.report);
  return result;
}

/** Where a record was read: its file name and human location. */
export function sourceOf(result: IngestResult, record: { file: number; position: number }): { file: string; location: string } {
  return { file: result.dataset.files[record.file], location: result.locations.locate(record.file, record.position) };
}
