#!/usr/bin/env node
/**
 * A full-page screenshot of a rendered report, in headless Chromium:
 *   node scripts/screenshot.mjs <report.html> <out.png> [--width 1366] [--lang vi]
 * Uses the system Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium) through playwright-core,
 * with the same launch flags as the browser test, a fresh profile, and the network switched off.
 * Prints console errors and failed requests, and exits 1 if there were any.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1366' }, height: { type: 'string', default: '900' } },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: node scripts/screenshot.mjs <report.html> <out.png> [--width 1366] [--height 900]\n');
  process.exit(2);
}
const [input, output] = positionals.map((p) => resolve(p));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const profile = await mkdtemp(join(tmpdir(), 'ddci-sna-chromium-'));
const problems = [];
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: Number(values.width), height: Number(values.height) },
  offline: true,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
  await page.screenshot({ path: output, fullPage: true });
  process.stdout.write(`${output}\n`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.exit(problems.length > 0 ? 1 : 0);
