/**
 * Text that must survive being a key or a piece of XML (SPEC 7.1).
 *
 * - {@link escapeUnsafeChars} / {@link unescapeUnsafeChars}: an injective, reversible escape of the
 *   characters that cannot travel everywhere unchanged — C0 controls (tab, line feed and carriage
 *   return included: XML attributes fold them into spaces), DEL, U+FFFE, U+FFFF and lone surrogates
 *   (JSON writes them as `\udxxx`, UTF-8 cannot encode them) — each as `\u{hex}`, and the backslash
 *   itself as `\\`. Used for ids that must stay distinct (graph node keys).
 * - {@link xmlSafeText}: a lossy clean-up for text shown to people (labels): every character XML 1.0
 *   does not allow becomes U+FFFD.
 */

// C0 controls, DEL, U+FFFE/U+FFFF, and surrogates that are not part of a pair (no `u` flag: the
// pattern sees UTF-16 code units).
const UNSAFE = /[\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_OR_BACKSLASH = new RegExp(`\\\\|${UNSAFE.source}`, 'g');
const ESCAPE = /\\(\\|u\{([0-9a-f]{1,4})\})/g;

// Characters XML 1.0 forbids (tab, line feed and carriage return are allowed).
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Whether a string holds a character that {@link escapeUnsafeChars} would escape (not counting `\`).
 * @example hasUnsafeChars('a\u0001b') // true
 */
export function hasUnsafeChars(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * Escape unsafe characters as `\u{hex}` and `\` as `\\`: distinct inputs give distinct outputs, and
 * the output is plain, well-formed, XML-safe text without controls.
 * @example escapeUnsafeChars('a\tb\\c') // 'a\\u{9}b\\\\c'
 */
export function escapeUnsafeChars(text: string): string {
  return text.replace(UNSAFE_OR_BACKSLASH, (c) => (c === '\\' ? '\\\\' : `\\u{${c.charCodeAt(0).toString(16)}}`));
}

/**
 * The inverse of {@link escapeUnsafeChars}.
 * @example unescapeUnsafeChars(escapeUnsafeChars('x\u0000')) // 'x\u0000'
 */
export function unescapeUnsafeChars(text: string): string {
  return text.replace(ESCAPE, (_m, what: string, hex: string | undefined) =>
    (hex === undefined ? '\\' : String.fromCharCode(Number.parseInt(hex, 16))));
}

/**
 * Text with every character XML 1.0 forbids (controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD.
 * @example xmlSafeText('Công ty\u0007 ABC') // 'Công ty\uFFFD ABC'
 */
export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD');
}
