/** Small builders for Graph API records used by the ingest tests. */
import type { InputFile } from '../../src/model/types';

export type Json = Record<string, unknown>;

export const T0 = '2025-03-04T09:15:00+0700';

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
