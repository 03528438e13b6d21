/**
 * Hostile input through the whole command (issue 8: "a 50 MB comment and 10,000-deep nesting
 * analysed within the bench's memory"). Beside the bundled fixture's export, one file at a time:
 * - `comment-50mb.json`: a post whose one comment is 50,000,000 characters (kept, cut to 100,000,
 *   flagged `text_too_long`);
 * - `replies-10k.json`: replies nested 10,000 deep (64 levels read, the 65th rejected `too_deep`);
 * - `pages-10k.json`: 10,000 nested `data` pages (rejected `too_deep`).
 * Each runs `ddci-sna analyze` (the built CLI) in a child process of its own, which prints its exit
 * code, wall time and peak RSS; then all three together.
 *
 *   npm run build && node bench/hostile.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readArgs } from './args.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..');
const fixture = join(repo, 'fixtures', 'ddci-page');
const PAGE = '104827365019283';
const TIME = '2025-03-04T02:15:00+0000';

const post = (id) => ({ id: `${PAGE}_${id}`, created_time: TIME, message: 'Thông báo', from: { id: PAGE, name: 'DDCI Quảng Ninh' } });
const comment = (id, extra = {}) => ({ id: `${PAGE}_h_${id}`, created_time: TIME, message: 'Xin hỏi', from: { id: '999000000000001', name: 'Công ty TNHH Thử Nghiệm' }, ...extra });

/** The three hostile files, written as text (JSON.stringify cannot nest 10,000 containers). */
function writeHostileFiles(dir) {
  mkdirSync(dir, { recursive: true });
  const long = 'Xin hỏi '.repeat(6_250_000);
  writeFileSync(join(dir, 'comment-50mb.json'), JSON.stringify({ data: [{ ...post('h50'), comments: { data: [comment('big', { message: long })] } }] }));
  const depth = 10_000;
  const open = (level) => `${JSON.stringify(comment(`r${level}`)).slice(0, -1)},"comments":{"data":[`;
  let replies = '';
  for (let level = 1; level < depth; level += 1) replies += open(level);
  replies += JSON.stringify(comment(`r${depth}`)) + ']}}'.repeat(depth - 1);
  writeFileSync(join(dir, 'replies-10k.json'), JSON.stringify({ data: [{ ...post('h10k'), comments: { data: ['HERE'] } }] }).replace('"HERE"', replies));
  writeFileSync(join(dir, 'pages-10k.json'), '{"data":['.repeat(depth) + JSON.stringify(post('inner')) + ']}'.repeat(depth));
  return ['comment-50mb.json', 'replies-10k.json', 'pages-10k.json'].map((f) => join(dir, f));
}

/** In the child: run the CLI's own entry on the arguments, then print exit code, wall ms and peak RSS. */
async function child(args) {
  const { runCli } = await import(pathToFileURL(join(repo, 'dist', 'node.js')).href);
  const start = performance.now();
  const code = await runCli(args, { stdout: () => {}, stderr: () => {}, isTty: false, env: {} });
  console.log(JSON.stringify({ code, ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

export async function runHostileBench({ log = console.log } = {}) {
  const dir = join(here, 'data', 'hostile');
  const files = writeHostileFiles(dir);
  log(`${'input'.padEnd(38)} ${'exit'.padStart(4)} ${'wall ms'.padStart(8)} ${'peak RSS MB'.padStart(12)}`);
  const cases = [['fixture alone', []], ...files.map((f) => [`fixture + ${f.split('/').pop()}`, [f]]), ['fixture + all three', files]];
  for (const [label, extra] of cases) {
    const args = ['analyze', join(fixture, 'export'), ...extra, '--config', join(fixture, 'config.json'), '--out', join(dir, 'out'), '--quiet', '--as-of', '2025-06-01T00:00:00+07:00'];
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8' });
    const row = JSON.parse(out.trim().split('\n').pop());
    log(`${label.padEnd(38)} ${String(row.code).padStart(4)} ${row.ms.toFixed(0).padStart(8)} ${row.rssMb.toFixed(0).padStart(12)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--child');
  if (i !== -1) await child(process.argv.slice(i + 1));
  else await readArgs('node bench/hostile.mjs', {}, () => runHostileBench());
}
