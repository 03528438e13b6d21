/**
 * Why a text is not JSON: a truncated file (it ends in the middle of a value) told apart from one
 * that is not JSON at all, with the line and column of the problem. Iterative (an explicit stack),
 * so 100,000 nested brackets cannot overflow the call stack.
 */

/** Why a text could not be parsed as JSON. */
export interface JsonProblem {
  /** `truncated`: the text stops inside a value; `not_json`: a syntax error before the end. */
  code: 'truncated' | 'not_json';
  /** 1-based line and column of the problem (the end of the text when truncated). */
  line: number;
  column: number;
  /** What is wrong, without quoting the text. */
  message: string;
}

/**
 * Line and column (1-based) of a code-unit offset.
 * @example lineColumn('ab\ncd', 4) // { line: 2, column: 2 }
 */
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

const HEX = /^[0-9a-fA-F]$/;

/**
 * Find the first syntax problem of a text that `JSON.parse` refused. Run only on failure, so the
 * fast path stays `JSON.parse`; reaching the end inside a value means the file was cut short.
 * @example diagnoseJson('{"a": [1, 2', null) // { code: 'truncated', line: 1, column: 12, … }
 * @example diagnoseJson('{"a" 1}', null).code // 'not_json'
 */
export function diagnoseJson(text: string): JsonProblem {
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
    throw new Syntax(pos, what);
  };
  const literal = (word: string): void => {
    for (let i = 0; i < word.length; i += 1) {
      if (pos >= n) throw new Eof();
      if (text[pos] !== word[i]) fail('unexpected character');
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
            if (!HEX.test(String.fromCharCode(peek()))) fail('bad \\u escape');
            pos += 1;
          }
        } else if ('"\\/bfnrt'.includes(String.fromCharCode(e))) pos += 1;
        else fail('bad escape');
      } else if (c < 0x20) fail('control character in a string');
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
    if (digits() === 0) fail('bad number');
    if (pos < n && text[pos] === '.') {
      pos += 1;
      if (pos >= n) throw new Eof();
      if (digits() === 0) fail('bad number');
    }
    if (pos < n && (text[pos] === 'e' || text[pos] === 'E')) {
      pos += 1;
      if (pos < n && (text[pos] === '+' || text[pos] === '-')) pos += 1;
      if (pos >= n) throw new Eof();
      if (digits() === 0) fail('bad number');
    }
  };
  /** An object member's name and colon; its value follows. */
  const member = (): void => {
    ws();
    if (peek() !== 0x22) fail('expected a property name');
    string();
    ws();
    if (peek() !== 0x3a) fail("expected ':'");
    pos += 1;
  };
  const stack: number[] = []; // the open containers: 0x7b '{' or 0x5b '['
  try {
    let expectValue = true;
    for (;;) {
      if (expectValue) {
        ws();
        const c = peek();
        if (c === 0x7b || c === 0x5b) {
          pos += 1;
          ws();
          if (peek() === (c === 0x7b ? 0x7d : 0x5d)) {
            pos += 1;
            expectValue = false;
          } else {
            stack.push(c);
            if (c === 0x7b) member();
          }
          continue;
        }
        if (c === 0x22) string();
        else if (c === 0x74) literal('true');
        else if (c === 0x66) literal('false');
        else if (c === 0x6e) literal('null');
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) number();
        else fail('unexpected character');
        expectValue = false;
        continue;
      }
      if (stack.length === 0) break;
      const top = stack[stack.length - 1];
      ws();
      const d = peek();
      if (d === (top === 0x7b ? 0x7d : 0x5d)) {
        pos += 1;
        stack.pop();
      } else if (d === 0x2c) {
        pos += 1;
        if (top === 0x7b) member();
        expectValue = true;
      } else fail(top === 0x7b ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    ws();
    if (pos < n) fail('unexpected content after the JSON value');
  } catch (error) {
    if (error instanceof Eof) {
      const { line, column } = lineColumn(text, n);
      return { code: 'truncated', line, column, message: 'the text ends inside a JSON value' };
    }
    if (!(error instanceof Syntax)) throw error;
    const { line, column } = lineColumn(text, error.pos);
    return { code: 'not_json', line, column, message: error.message };
  }
  // JSON.parse refused what this checker accepts (should not happen): say so without a position.
  return { code: 'not_json', line: 1, column: 1, message: 'not JSON' };
}
