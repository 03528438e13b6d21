/**
 * Run the CLI in-process and look for people's names in everything it wrote: every output file,
 * stdout and stderr. The search is the test's own (SPEC 3.1 folding of the whole output, once with
 * invisible characters read as spaces and once with them removed), not the library's redactor.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli';
import { foldText } from '../../src/text/fold';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Output files by name (empty when the command writes none). */
  files: Map<string, string>;
}

/** Run `ddci-sna <args>` in-process; `out` (when given) is read back after the run. */
export async function runCliCaptured(args: string[], out?: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTty: false, env });
  const files = new Map<string, string>();
  if (out !== undefined) {
    try {
      for (const name of await readdir(out)) files.set(name, await readFile(join(out, name), 'utf8'));
    } catch {
      // no output directory: nothing was written
    }
  }
  return { code, stdout, stderr, files };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'ddci-privacy-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

const INVISIBLE = /\p{Cf}/gu;
const entity = (text: string) => text
  .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The forms of an output text in which a name is looked for (words separated by single spaces). */
function searchable(text: string): string[] {
  const decoded = entity(text);
  return [` ${foldText(decoded)} `, ` ${foldText(decoded.replace(INVISIBLE, ''))} `];
}

/**
 * Every `where: name` such that the name (folded: any case, with or without diacritics, any
 * spacing) occurs as whole words in one of the texts.
 */
export function findNames(texts: ReadonlyMap<string, string>, names: Iterable<string>): string[] {
  const forms = [...texts].map(([where, text]) => [where, searchable(text)] as const);
  const found: string[] = [];
  for (const name of new Set(names)) {
    const folded = foldText(name);
    if (folded === '') continue;
    for (const [where, variants] of forms) {
      if (variants.some((v) => v.includes(` ${folded} `))) found.push(`${where}: ${name}`);
    }
  }
  return found;
}

/** The files of a run plus its stdout and stderr, as one map for {@link findNames}. */
export function everything(run: CliRun): Map<string, string> {
  return new Map([...run.files, ['(stdout)', run.stdout], ['(stderr)', run.stderr]]);
}
