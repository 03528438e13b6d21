#!/usr/bin/env node
/**
 * Look at a rendered report as its readers will, in headless Chromium:
 *   node scripts/screenshot.mjs <report.html> <out-prefix> [--widths 1440,390] [--no-pdf]
 * writes `<out-prefix>-1440.png` and `<out-prefix>-390.png` (full-page screenshots, desktop and
 * phone) and `<out-prefix>.pdf` (printed on A4 portrait), and prints, per width, the page's size
 * and any horizontal overflow, and the PDF's page count.
 * Uses the system Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium) through playwright-core,
 * with the same launch flags as the browser test, a fresh profile, and the network switched off.
 * Exits 1 on a console error, a failed request or a page wider than the screen.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
  options: { widths: { type: 'string', default: '1440,390' }, 'no-pdf': { type: 'boolean', default: false } },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: node scripts/screenshot.mjs <report.html> <out-prefix> [--widths 1440,390] [--no-pdf]\n');
  process.exit(2);
}
const [input, prefix] = positionals.map((p) => resolve(p));
const widths = values.widths.split(',').map(Number).filter((w) => Number.isInteger(w) && w > 0);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const profile = await mkdtemp(join(tmpdir(), 'ddci-sna-chromium-'));
const problems = [];
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, args: CHROMIUM_ARGS, viewport: { width: widths[0] ?? 1440, height: 900 }, offline: true,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  for (const width of widths) {
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    await page.goto(pathToFileURL(input).href, { waitUntil: 'load' });
    const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    if (size.width > width) problems.push(`${width} px: the page is ${size.width} px wide (horizontal scrolling)`);
    const file = `${prefix}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    process.stdout.write(`${file}  (${size.width} × ${size.height} px)\n`);
  }
  if (!values['no-pdf']) {
    const file = `${prefix}.pdf`;
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = ((await readFile(file, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    process.stdout.write(`${file}  (A4, ${pages} pages)\n`);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.exit(problems.length > 0 ? 1 : 0);
