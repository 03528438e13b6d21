import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Time has one owner, `src/time` (STYLE.md, habit 8): no other module of `src/` reads a zone's
 * offset, builds dates from fields, formats dates with Intl, or does offset arithmetic. This test
 * greps the code (comments removed) for the constructs that do, outside `src/time`.
 *
 * `CALL_SITES` lists the places that still do it, each with the `src/time` function to switch
 * to. The list must be exact: a new construct fails the test, and so does an entry that no longer
 * matches (remove it when its call site is switched).
 */

const ROOT = join(import.meta.dirname, '../..');

const RULES = {
  'Intl.DateTimeFormat': /\bIntl\s*\.\s*DateTimeFormat\b/,
  getTimezoneOffset: /\.getTimezoneOffset\s*\(/,
  'toLocale*String': /\.toLocale(?:Date|Time)?String\s*\(/,
  'toISOString().slice': /\.toISOString\(\)\s*\.\s*(?:slice|substring|substr|split)\s*\(/,
  'UTC date fields': /\.(?:get|set)UTC(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\s*\(/,
  'local date fields': /\.(?:get(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds)\s*\(\s*\)|set(?:FullYear|Month|Date|Hours|Minutes|Seconds)\s*\()/,
  'Date.UTC': /\bDate\s*\.\s*UTC\s*\(/,
  'new Date(fields…)': /\bnew\s+Date\s*\(\s*[^(),]+,/,
  'dates as UTC midnights': /T00:00(?::00)?(?:\.000)?Z/,
  'offset arithmetic': /\b(?:25_?200_?000|7\s*\*\s*(?:60|3_?600)\b)|\boffset\w*\s*\*\s*60_?000\b|\b(?:tz|offset)\w*\s*[-+]\s*(?:7|8)\b/i,
  'date-fns outside src/time': /from\s+['"](?:date-fns|@date-fns\/tz)(?:\/[^'"]*)?['"]/,
  // The zone arithmetic behind src/time/index (day numbers, src/time/days, carry no zone: fine).
  'src/time/zone outside src/time': /from\s+['"](?:\.\.\/)+time\/zone['"]/,
} as const satisfies Record<string, RegExp>;

type Rule = keyof typeof RULES;

/** Known call sites outside src/time that may still do it (none: every one was switched). */
const CALL_SITES: readonly { file: string; rule: Rule; switchTo: string }[] = [];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|mts|cts|js|mjs)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The code without its comments (block comments, whole-line and trailing `// …` comments). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''))
    .join('\n');
}

function findings(): { file: string; rule: Rule; line: string }[] {
  const found: { file: string; rule: Rule; line: string }[] = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path).split('\\').join('/');
    if (file.startsWith('src/time/')) continue;
    const lines = code(readFileSync(path, 'utf8')).split('\n');
    for (const [rule, pattern] of Object.entries(RULES) as [Rule, RegExp][]) {
      const line = lines.find((l) => pattern.test(l));
      if (line !== undefined) found.push({ file, rule, line: line.trim() });
    }
  }
  return found;
}

const key = (f: { file: string; rule: string }) => `${f.file}: ${f.rule}`;

describe('time has one owner: src/time', () => {
  const found = findings();

  it('no module outside src/time formats dates with Intl, reads date fields, or does offset arithmetic (except the listed call sites)', () => {
    const listed = new Set(CALL_SITES.map(key));
    const unlisted = found.filter((f) => !listed.has(key(f))).map((f) => `${key(f)} — ${f.line}`);
    expect(unlisted, 'use the helpers of src/time (index.ts) instead').toEqual([]);
  });

  it('lists no call site that no longer needs it (remove the entry once it is switched)', () => {
    const present = new Set(found.map(key));
    expect(CALL_SITES.filter((c) => !present.has(key(c))).map(key)).toEqual([]);
  });

  it('recognises each construct it forbids (the patterns, checked on examples)', () => {
    const examples: Record<Rule, string> = {
      'Intl.DateTimeFormat': "const f = new Intl.DateTimeFormat('vi', { timeZone });",
      getTimezoneOffset: 'const o = date.getTimezoneOffset();',
      'toLocale*String': "d.toLocaleDateString('vi-VN')",
      'toISOString().slice': 'const day = new Date(ms).toISOString().slice(0, 10);',
      'UTC date fields': 'const weekday = new Date(ms).getUTCDay();',
      'local date fields': 'const h = d.getHours();',
      'Date.UTC': 'const ms = Date.UTC(y, m - 1, d);',
      'new Date(fields…)': 'const d = new Date(2025, 0, 1);',
      'dates as UTC midnights': 'Date.parse(`${day}T00:00:00Z`)',
      'offset arithmetic': 'const local = ms + 7 * 3600 * 1000;',
      'date-fns outside src/time': "import { format } from 'date-fns/format';",
      'src/time/zone outside src/time': "import { getZone } from '../time/zone';",
    };
    for (const [rule, example] of Object.entries(examples) as [Rule, string][]) expect(RULES[rule].test(example), rule).toBe(true);
    // …and leaves alone what is not time logic.
    for (const fine of ['const elapsed = Date.now() - started;', 'new Date(ms).toISOString()', 'map.get(id)', 'Date.parse(iso)', "import { weekStart } from '../time/index';", "import { formatIsoDate } from '../time/days';"]) {
      for (const [rule, pattern] of Object.entries(RULES)) expect(pattern.test(fine), `${rule} on ${fine}`).toBe(false);
    }
  });
});
