/**
 * The host page where a format leaves it implicit (SPEC 2.2, docs/formats.md §1.2–1.3): a page
 * scraper's statuses are the page's own — the page whose id prefixes the status id, or the
 * configured page —, and in a file that names people only by display name, a name equal (after
 * NFC) to the configured page's name is the page.
 */
import type { AccountInput, PageIdentity } from './adapter';
import { normalizeText } from './text';

/**
 * The page account of id `id`, named as the configured page when the ids agree.
 * @example pageById('1048', { id: '1048', name: 'DDCI Quảng Ninh' }) // { id: '1048', name: 'DDCI Quảng Ninh' }
 */
export function pageById(id: string, page: PageIdentity | null | undefined): AccountInput {
  return { id, name: page !== null && page !== undefined && page.id === id ? page.name : null };
}

/**
 * The page a post id names (`{pageId}_{postId}`), else the configured page, else null.
 * @example pageOfPost('104827365019283_1221', { id: '104827365019283', name: 'DDCI Quảng Ninh' }) // { id: '104827365019283', name: 'DDCI Quảng Ninh' }
 * @example pageOfPost('5281959998_1015', null) // { id: '5281959998', name: null }
 */
export function pageOfPost(postId: string, page: PageIdentity | null | undefined): AccountInput | null {
  const cut = postId.indexOf('_');
  const id = cut > 0 ? postId.slice(0, cut) : (page?.id ?? null);
  return id === null ? null : pageById(id, page);
}

/**
 * An author known by display name only: nobody for an empty cell or a placeholder (minimaxir's
 * `undiscoverable`), the configured page for the page's name (after NFC), else the name (the
 * sink makes its id `name:` + the name).
 * @example accountByName('undiscoverable', null, ['undiscoverable']) // null
 * @example accountByName('DDCI Qua\u0309ng Ninh', { id: '1048', name: 'DDCI Quảng Ninh' }) // { id: '1048', name: 'DDCI Quảng Ninh' }
 * @example accountByName('Lương Thu Hà', null) // { id: null, name: 'Lương Thu Hà' }
 */
export function accountByName(name: string, page: PageIdentity | null | undefined, placeholders: readonly string[] = []): AccountInput | null {
  const trimmed = name.trim();
  if (trimmed === '' || placeholders.includes(trimmed.toLowerCase())) return null;
  if (page !== null && page !== undefined && page.name !== null && normalizeText(trimmed) === page.name) return { id: page.id, name: page.name };
  return { id: null, name };
}
