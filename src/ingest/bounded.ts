/**
 * A rejected record is kept as read (rejects.ndjson), but bounded so that nothing downstream — the
 * privacy redactor, `JSON.stringify`, a test's deep equality — has to walk what an attacker built:
 * nesting beyond the limit becomes a marker, texts beyond the text limit are cut, and the copy is
 * made iteratively (3,000 nested arrays cannot overflow the stack). Values are copied, never quoted.
 */

import { detach } from './text';

/** What replaces a value nested beyond the limit. */
export const TOO_DEEP_MARKER = '[nested too deep]';

type Container = Record<string, unknown> | unknown[];

/**
 * A copy of `value` nested at most `maxDepth` containers deep, strings cut at `maxText` units.
 * Objects get no prototype-sensitive keys (`__proto__` is copied as an own property).
 * @example boundedCopy([[[1]]], 2, 10) // [['[nested too deep]']]
 */
export function boundedCopy(value: unknown, maxDepth: number, maxText: number): unknown {
  // A cut text is detached: a slice would keep the whole (a 200 MB message) alive.
  const copyScalar = (v: unknown): unknown => (typeof v === 'string' && v.length > maxText ? detach(v.slice(0, maxText)) : v);
  if (typeof value !== 'object' || value === null) return copyScalar(value);
  const root: Container = Array.isArray(value) ? [] : {};
  // Work items: (source container, target container, depth of the source).
  const work: [Container, Container, number][] = [[value as Container, root, 1]];
  while (work.length > 0) {
    const [source, target, depth] = work.pop()!;
    const put = (key: string | number, v: unknown): void => {
      let out: unknown;
      if (typeof v !== 'object' || v === null) out = copyScalar(v);
      else if (depth >= maxDepth) out = TOO_DEEP_MARKER;
      else {
        const child: Container = Array.isArray(v) ? [] : {};
        work.push([v as Container, child, depth + 1]);
        out = child;
      }
      if (Array.isArray(target)) target.push(out);
      else Object.defineProperty(target, key, { value: out, enumerable: true, writable: true, configurable: true });
    };
    if (Array.isArray(source)) for (let i = 0; i < source.length; i += 1) put(i, source[i]);
    else for (const key of Object.keys(source)) put(key, source[key]);
  }
  return root;
}
