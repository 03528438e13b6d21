/**
 * Reading text and JSON for the ingest adapters: UTF-8 decoding with the byte-order mark removed,
 * and JSON parsing that tells a truncated file (it ends in the middle of a value) from one that is
 * not JSON at all, with the line and column of the problem.
 */

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Decode file content as UTF-8 (invalid bytes become U+FFFD) and drop a leading byte-order mark.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // '{}'
 */
export function decodeText(content: string | Uint8Array): string {
  // TextDecoder already consumes a BOM (ignoreBOM: false); a string may still carry one.
  const text = typeof content === 'string' ? content : decoder.decode(content);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a text could not be parsed as JSON. */
export interface JsonProblem {
  /** `truncated`: the text stops inside a value; `not_json`: a syntax error before the end. */
  code: 'truncated' | 'not_json';
  /** 1-based line and column of the problem (the end of the text when truncated). */
  line: number;
  column: number;
  message: string;
}

/** Line and column (1-based) of a code-unit offset. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: pos - lineStart + 1 };
}

class Eof extends Error {}
class Syntax extends Error {
  constructor(readonly pos: number, message: string) {
    super(message);
  }
}

/**
 * Find the first syntax problem of a text `JSON.parse` refused (`parseError`: its error). A small recursive-descent checker
 * (run only on failure, so the fast path stays JSON.parse): reaching the end inside a value means
 * the file was cut short.
 */
export function diagnoseJson(text: string, parseError: unknown): JsonProblem {
  let pos = 0;
  const n = text.length;
  const ws = (): void => {
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos += 1;
      else break;
    }
  };
  const peek = (): number => {
    if (pos >= n) throw new Eof();
    return text.charCodeAt(pos);
  };
  const fail = (what: string): never => {
    throw new Syntax(pos, `${what} ${JSON.stringify(text.slice(pos, pos + 12))}`);
  };
  const literal = (word: string): void => {
    for (let i = 0; i < word.length; i += 1) {
      if (pos >= n) throw new Eof();
      if (text[pos] !== word[i]) fail('unexpected');
      pos += 1;
    }
  };
  const string = (): void => {
    pos += 1; // opening quote
    for (;;) {
      const c = peek();
      if (c === 0x22) {
        pos += 1;
        return;
      }
      if (c === 0x5c) {
        pos += 1;
        const e = peek();
        if (e === 0x75) {
          pos += 1;
          for (let i = 0; i < 4; i += 1) {
            if (!/[0-9a-fA-F]/.test(String.fromCharCode(peek()))) fail('bad \\u escape at');
            pos += 1;
          }
        } else if ('"\\/bfnrt'.includes(String.fromCharCode(e))) pos += 1;
        else fail('bad escape at');
      } else if (c < 0x20) fail('control character in string at');
      else pos += 1;
    }
  };
  const digits = (): number => {
    const start = pos;
    while (pos < n && text.charCodeAt(pos) >= 0x30 && text.charCodeAt(pos) <= 0x39) pos += 1;
    return pos - start;
  };
  const number = (): void => {
    if (text[pos] === '-') pos += 1;
    if (pos >= n) throw new Eof();
    if (digits() === 0) fail('bad number at');
    if (pos < n && text[pos] === '.') {
      pos += 1;
      if (pos >= n) throw new Eof();
      if (digits() === 0) fail('bad number at');
    }
    if (pos < n && (text[pos] === 'e' || text[pos] === 'E')) {
      pos += 1;
      if (pos < n && (text[pos] === '+' || text[pos] === '-')) pos += 1;
      if (pos >= n) throw new Eof();
      if (digits() === 0) fail('bad number at');
    }
  };
  const value = (): void => {
    ws();
    const c = peek();
    if (c === 0x7b) {
      pos += 1;
      ws();
      if (peek() === 0x7d) {
        pos += 1;
        return;
      }
      for (;;) {
        ws();
        if (peek() !== 0x22) fail('expected a property name at');
        string();
        ws();
        if (peek() !== 0x3a) fail("expected ':' at");
        pos += 1;
        value();
        ws();
        const d = peek();
        pos += 1;
        if (d === 0x7d) return;
        if (d !== 0x2c) {
          pos -= 1;
          fail("expected ',' or '}' at");
        }
      }
    } else if (c === 0x5b) {
      pos += 1;
      ws();
      if (peek() === 0x5d) {
        pos += 1;
        return;
      }
      for (;;) {
        value();
        ws();
        const d = peek();
        pos += 1;
        if (d === 0x5d) return;
        if (d !== 0x2c) {
          pos -= 1;
          fail("expected ',' or ']' at");
        }
      }
    } else if (c === 0x22) string();
    else if (c === 0x74) literal('true');
    else if (c === 0x66) literal('false');
    else if (c === 0x6e) literal('null');
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) number();
    else fail('unexpected character at');
  };
  try {
    value();
    ws();
    if (pos < n) fail('unexpected content after the JSON value at');
  } catch (error) {
    if (error instanceof Eof) {
      const { line, column } = lineColumn(text, n);
      return { code: 'truncated', line, column, message: 'the text ends inside a JSON value' };
    }
    if (error instanceof Syntax) {
      const { line, column } = lineColumn(text, error.pos);
      return { code: 'not_json', line, column, message: error.message };
    }
    // Nesting too deep for the checker: fall through to JSON.parse's own message.
  }
  const message = parseError instanceof Error ? parseError.message : String(parseError);
  return { code: 'not_json', line: 1, column: 1, message };
}
