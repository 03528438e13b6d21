/**
 * The report in a real browser: headless Chromium (the Debian `chromium` package) driven by
 * playwright-core. Fails on console errors, page errors, failed or external requests, and on a
 * chart missing from its section. Skipped, with a notice, where no Chromium is installed
 * (`.ci/run` installs it, so CI always runs this test).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { renderReport, reportCharts } from '../../src/write/report';
import { DEPARTMENTS, LOCALITIES, makeSampleAnalysis, makeSampleGraph } from './sample';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`report.browser.test: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

const analysis = makeSampleAnalysis();
const previous = makeSampleAnalysis(1);
const graph = makeSampleGraph(analysis);

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  let dir = '';
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = await mkdtemp(join(tmpdir(), 'ddci-sna-report-'));
    const file = join(dir, 'report.html');
    await writeFile(file, await renderReport(analysis, { graph, previous }));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`external request: ${r.url()}`); });
    const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(response?.ok()).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads with no console error, page error, failed or external request', () => {
    expect(problems).toEqual([]);
  });

  it('shows every expected chart in its section, each drawn with a visible size', async () => {
    const expected = reportCharts(analysis, { graph });
    const found = await page.$$eval('figure.chart', (figures) => figures
      .filter((f) => f.querySelector('svg') !== null)
      .map((f) => {
        const svg = f.querySelector('svg')!;
        const box = svg.getBoundingClientRect();
        return {
          chart: f.getAttribute('data-chart'),
          section: f.closest('section, article')!.id,
          width: box.width,
          height: box.height,
          marks: svg.querySelectorAll('path, line, rect, circle, text').length,
        };
      }));
    expect(found.map(({ chart, section }) => ({ chart, section }))).toEqual(expected);
    for (const chart of found) {
      expect(chart.width, `${chart.chart} in ${chart.section}`).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(80);
      expect(chart.marks).toBeGreaterThan(5);
    }
    expect(await page.locator('svg').count()).toBe(expected.length);
  });

  it('has both rankings with every unit, in Vietnamese with intact diacritics', async () => {
    expect(await page.locator('#ranking-departments h2').textContent()).toBe('Xếp hạng các sở, ban, ngành');
    expect(await page.locator('#ranking-localities h2').textContent()).toBe('Xếp hạng các địa phương');
    const departments = await page.locator('#ranking-departments td.name a').allTextContents();
    const localities = await page.locator('#ranking-localities td.name a').allTextContents();
    expect(departments.sort()).toEqual(DEPARTMENTS.map(([, name]) => name).sort());
    expect(localities.sort()).toEqual(LOCALITIES.map(([, name]) => name).sort());
  });

  it('renders the network map with a legend of the five kinds and a label for every unit', async () => {
    const texts = await page.locator('#network svg text').allTextContents();
    for (const kind of ['Cơ quan', 'Trang DDCI', 'Hiệp hội', 'Doanh nghiệp', 'Cá nhân']) expect(texts).toContain(kind);
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(texts).toContain(name);
  });

  it('links each unanswered petition to its post, and unit names to their cards', async () => {
    const links = await page.locator('#unanswered a[target=_blank]').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https:\/\/www\.facebook\.com\//);
    const anchors = await page.locator('#ranking-departments td.name a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const anchor of anchors) expect(await page.locator(anchor).count()).toBe(1);
  });
});
