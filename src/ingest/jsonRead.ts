/**
 * Reading JSON files into a sink, for the JSON formats (Graph API, "Download your information",
 * the canonical NDJSON): a whole document that does not parse is one file error with its line and
 * column; in a one-value-per-line file, a line that does not parse is one rejected record (`not_json`,
 * or `truncated` for a last line cut short) and the other lines are read.
 */
import type { RecordSink } from './adapter';
import { diagnoseJson, type JsonProblem } from './json';
import { detach } from './text';

/**
 * A few lines around a problem, for rejects.ndjson (the file itself may be huge).
 * @example excerpt('a\nb\nc\nd', 3) // 'b\nc\nd'
 */
export function excerpt(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < Math.max(1, line - 1) && start !== -1; l += 1) start = text.indexOf('\n', start) + 1;
  return detach(text.slice(start, start + 400));
}

/**
 * A whole JSON file that cannot be parsed, reported as one file error with its line and column.
 * @example fileProblem(sink, diagnoseJson(text), text)
 */
export function fileProblem(sink: RecordSink, problem: JsonProblem, text: string): void {
  const location = `line ${problem.line}, column ${problem.column}`;
  const what = problem.code === 'truncated' ? 'truncated JSON' : 'not JSON';
  sink.fileError(problem.code, location, `${what} (${problem.message}); nothing read from this file`, excerpt(text, problem.line));
}

/**
 * Parse a whole JSON document; on failure, report the file error and return `undefined`.
 * @example const value = parseJsonDocument(text, sink); if (value === undefined) return;
 */
export function parseJsonDocument(text: string, sink: RecordSink): unknown {
  try {
    return JSON.parse(text);
  } catch {
    fileProblem(sink, diagnoseJson(text), text);
    return undefined;
  }
}

const NON_SPACE = /\S/g;

/**
 * Visit each non-blank line of a one-value-per-line text as parsed JSON, with its 1-based line
 * number; a line that is not JSON is rejected (as a `post`: the line's kind is unknown) and skipped.
 * `visit` returns `false` to stop reading.
 * @example eachJsonLine('{"a":1}\n\n{"b":2}\n', sink, (value, line) => { console.log(line, value); })
 */
export function eachJsonLine(text: string, sink: RecordSink, visit: (value: unknown, line: number) => boolean | void): void {
  const endsWithNewline = /\n\s*$/.test(text.slice(-64));
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo += 1;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const problem = diagnoseJson(line);
      NON_SPACE.lastIndex = start;
      const isLast = start > text.length || !NON_SPACE.test(text);
      const truncated = problem.code === 'truncated' && isLast && !endsWithNewline;
      sink.reject({
        recordType: 'post',
        field: '',
        code: truncated ? 'truncated' : 'not_json',
        detail: truncated ? 'the last line is cut short (truncated file)' : `not JSON (${problem.message}, column ${problem.column})`,
      }, { path: 'line ', index: lineNo, raw: detach(line.length > 400 ? line.slice(0, 400) : line) });
      continue;
    }
    if (visit(value, lineNo) === false) return;
  }
}
