/**
 * The report in a real browser: headless Chromium (the Debian `chromium` package) driven by
 * playwright-core, as its readers meet it — a 1440 px desktop, a 390 px phone, and printed on A4.
 * Fails on console errors, page errors, failed or external requests, horizontal overflow of the
 * page or of a ranking, a score column out of sight, a chart missing from its section, and a
 * first printed page that does not hold both rankings. Two reports: the sample (with a previous
 * period) and the ddci-page fixture's (16 units, the 2-week window of the issue, against the whole
 * export). Skipped, with a notice, where no Chromium is installed (`.ci/run` installs it).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { renderReport, reportCharts, type ReportOptions } from '../../src/write/report';
import { DEPARTMENTS, LOCALITIES, makeSampleAnalysis, makeSampleGraph } from './sample';
import type { Analysis } from '../../src/analysis/schema';

// Browser globals, used only inside page.evaluate callbacks (they run in Chromium; the project's
// TypeScript has no DOM library).
declare const document: any, window: any, scrollY: number, getComputedStyle: (element: unknown) => any;
type HTMLDetailsElement = { open: boolean };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`report.browser.test: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
/** A4 portrait inside the report's @page margins (9 mm sides, 10 + 11 mm top and bottom), in CSS px. */
const A4_CONTENT = { width: Math.floor(192 / 25.4 * 96), height: Math.floor(276 / 25.4 * 96) };

interface Report { name: string; analysis: Analysis; options: ReportOptions; file: string }

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  let dir = '';
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  const reports: Report[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = await mkdtemp(join(tmpdir(), 'ddci-sna-report-'));
    const sample = makeSampleAnalysis();
    reports.push({ name: 'sample', analysis: sample, options: { graph: makeSampleGraph(sample), previous: makeSampleAnalysis(1) }, file: join(dir, 'sample.html') });
    const input = await loadExport([join(fixture, 'export')]);
    const config = await loadConfig(join(fixture, 'config.json'));
    const whole = analyzeWithGraph(input, config).analysis;
    const window = analyzeWithGraph(input, config, { from: '2025-03-17', to: '2025-03-30' });
    reports.push({ name: 'fixture', analysis: window.analysis, options: { graph: window.graph, previous: whole, slaWorkingHours: config.slaWorkingHours }, file: join(dir, 'fixture.html') });
    for (const r of reports) await writeFile(r.file, await renderReport(r.analysis, r.options));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`external request: ${r.url()}`); });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(report: Report, width: number, media: 'screen' | 'print' = 'screen'): Promise<void> {
    problems = [];
    await page.emulateMedia({ media });
    await page.setViewportSize({ width, height: media === 'print' ? A4_CONTENT.height : width > 600 ? 900 : 844 });
    const response = await page.goto(pathToFileURL(report.file).href, { waitUntil: 'load' });
    expect(response?.ok()).toBe(true);
  }

  for (const width of [1440, 390]) {
    for (const name of ['sample', 'fixture']) {
      describe(`${name} at ${width} px`, () => {
        const report = () => reports.find((r) => r.name === name)!;

        it('loads with no console error, page error, failed or external request, and never scrolls sideways', async () => {
          await open(report(), width);
          expect(problems).toEqual([]);
          const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          expect(size.scroll).toBeLessThanOrEqual(size.inner);
        });

        it('keeps every ranking table inside the page, with the score of every unit in sight', async () => {
          await open(report(), width);
          const tables = await page.$$eval('table.ranking', (all) => all.map((t) => {
            const box = t.getBoundingClientRect();
            const scores = [...t.querySelectorAll('tbody td.score')].map((td) => {
              const b = td.getBoundingClientRect();
              const style = getComputedStyle(td);
              return { left: b.left, right: b.right, width: b.width, visible: style.display !== 'none' && style.visibility !== 'hidden' && b.height > 0 };
            });
            return { left: box.left, right: box.right, scrollWidth: t.scrollWidth, clientWidth: t.clientWidth, rows: t.querySelectorAll('tbody tr').length, scores };
          }));
          expect(tables.length).toBeGreaterThanOrEqual(4);
          for (const t of tables) {
            expect(t.left).toBeGreaterThanOrEqual(0);
            expect(t.right).toBeLessThanOrEqual(width);
            expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth + 1);
          }
          const meeting = tables.slice(0, 2);
          expect(meeting.map((t) => t.rows)).toEqual([9, 7]);
          for (const score of meeting.flatMap((t) => t.scores)) {
            expect(score.visible).toBe(true);
            expect(score.width).toBeGreaterThan(20);
            expect(score.left).toBeGreaterThanOrEqual(0);
            expect(score.right).toBeLessThanOrEqual(width);
          }
        });

        it('shows every expected chart in its section at a readable scale, the narrow variant on a phone', async () => {
          await open(report(), width);
          const expected = reportCharts(report().analysis, report().options);
          const found = await page.$$eval('figure.chart', (figures) => figures
            .filter((f) => f.querySelector('svg') !== null)
            .map((f) => {
              const svg = [...f.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
              const box = svg.getBoundingClientRect();
              return {
                chart: f.getAttribute('data-chart'),
                section: f.closest('section, article, .group')!.id,
                width: box.width,
                height: box.height,
                scale: box.width / Number(svg.getAttribute('width')),
                visibleSvgs: [...f.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0).length,
                marks: svg.querySelectorAll('path, line, rect, circle, text').length,
              };
            }));
          expect(found.map(({ chart, section }) => ({ chart, section }))).toEqual(expected);
          for (const chart of found) {
            expect(chart.visibleSvgs, `${chart.chart} in ${chart.section}`).toBe(1);
            expect(chart.width, `${chart.chart} in ${chart.section}`).toBeGreaterThan(200);
            expect(chart.width).toBeLessThanOrEqual(width);
            expect(chart.height).toBeGreaterThan(80);
            expect(chart.marks).toBeGreaterThan(5);
            // Labels of 10–12 px stay at least 9 px: no chart shrinks below 80 % of its size.
            expect(chart.scale, `${chart.chart} in ${chart.section}`).toBeGreaterThan(0.8);
          }
        });

        it('folds the unanswered petitions per unit: summaries in sight, lists closed', async () => {
          await open(report(), width);
          const folds = await page.$$eval('#unanswered details', (all) => all.map((d) => ({
            open: (d as HTMLDetailsElement).open,
            summary: d.querySelector('summary')!.getBoundingClientRect().height,
            rows: [...d.querySelectorAll('tbody tr')].filter((tr) => tr.checkVisibility()).length,
          })));
          expect(folds.length).toBeGreaterThan(2);
          for (const f of folds) expect(f).toMatchObject({ open: false, rows: 0 });
          for (const f of folds) expect(f.summary).toBeGreaterThan(10);
          await page.click('#unanswered details summary');
          expect(await page.$$eval('#unanswered details[open] tbody tr', (rows) => rows.filter((r) => r.checkVisibility()).length)).toBeGreaterThan(0);
          // Every list open: still no sideways scrolling.
          const wide = await page.evaluate(() => {
            for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
            return document.documentElement.scrollWidth - window.innerWidth;
          });
          expect(wide).toBeLessThanOrEqual(0);
        });
      });
    }
  }

  it('has both rankings with every unit, in Vietnamese with intact diacritics (sample)', async () => {
    await open(reports[0]!, 1440);
    expect(await page.locator('#ranking-departments h3').textContent()).toBe('Xếp hạng các sở, ban, ngành');
    expect(await page.locator('#ranking-localities h3').textContent()).toBe('Xếp hạng các địa phương');
    const departments = await page.locator('#ranking-departments td.name a').allTextContents();
    const localities = await page.locator('#ranking-localities td.name a').allTextContents();
    expect(departments.sort()).toEqual(DEPARTMENTS.map(([, name]) => name).sort());
    expect(localities.sort()).toEqual(LOCALITIES.map(([, name]) => name).sort());
  });

  it('labels every unit on the wide network map; links resolve (sample)', async () => {
    await open(reports[0]!, 1440);
    const texts = await page.locator('#network .only-wide svg text').allTextContents();
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(texts).toContain(name);
    const anchors = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(anchors.length).toBeGreaterThan(40);
    for (const anchor of new Set(anchors)) expect(await page.locator(anchor).count(), anchor).toBe(1);
    const external = await page.locator('a[target=_blank]').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    for (const href of external) expect(href).toMatch(/^https:\/\/www\.facebook\.com\//);
  });

  for (const name of ['fixture', 'sample']) {
    it(`prints on A4: the first page holds both rankings, nothing is wider than the page (${name})`, async () => {
      const report = reports.find((r) => r.name === name)!;
      await open(report, A4_CONTENT.width, 'print');
      const layout = await page.evaluate(() => {
        const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom + scrollY;
        return {
          scroll: document.documentElement.scrollWidth,
          departments: bottom('#ranking-departments'),
          localities: bottom('#ranking-localities'),
          meeting: bottom('#meeting'),
          openDetails: document.querySelectorAll('details[open]').length,
        };
      });
      expect(layout.scroll).toBeLessThanOrEqual(A4_CONTENT.width);
      expect(layout.localities).toBeLessThanOrEqual(A4_CONTENT.height);
      expect(layout.departments).toBeLessThan(layout.localities);
      expect(layout.meeting).toBeLessThanOrEqual(A4_CONTENT.height);
      expect(layout.openDetails).toBe(0);
      const pdf = join(dir, `${name}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = ((await readFile(pdf, 'latin1')).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.info(`report.browser.test: the ${name} report prints on ${pages} A4 pages`);
      expect(pages).toBeGreaterThan(5);
      expect(pages).toBeLessThan(30);
      expect(problems).toEqual([]);
    });
  }
});

/**
 * Issue 12: the answer-quality section (SPEC 4.6) in the browser, on the snapshots fixture (three
 * weekly exports of the same posts: deleted, hidden, edited comments, lists cut by paging). Every
 * figure a reader sees in the section's table is read back from the rendered page and compared with
 * the analysis it came from (counts exactly, rates to the shown decimal), and each disappeared
 * petition is listed once.
 */
describe.skipIf(!hasChromium)('report.html in headless Chromium: the answer-quality section', () => {
  const snapshots = new URL('../../fixtures/snapshots/', import.meta.url).pathname;
  let dir = '';
  let context: BrowserContext;
  let analysis: Analysis;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = await mkdtemp(join(tmpdir(), 'ddci-sna-quality-'));
    const input = await loadExport([join(snapshots, 'export')]);
    const config = await loadConfig(join(snapshots, 'config.json'));
    const run = analyzeWithGraph(input, config);
    analysis = run.analysis;
    await writeFile(join(dir, 'quality.html'), await renderReport(analysis, { graph: run.graph, lang: 'en' }));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows, per unit, the figures of analysis.json: outcomes, rates, disappeared and unverifiable', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, 'quality.html')).href, { waitUntil: 'load' });
    const rows: string[][] = await page.$$eval('#quality table.quality tbody tr', (trs) =>
      trs.map((tr: any) => [...tr.querySelectorAll('td')].map((td: any) => td.textContent.trim())));
    const units = [...analysis.units.filter((u) => u.kind === 'department'), ...analysis.units.filter((u) => u.kind === 'locality')];
    expect(rows).toHaveLength(units.length);
    expect(units.some((u) => (u.petitionsDisappeared ?? 0) > 0)).toBe(true); // the fixture exercises the section
    const count = (text: string) => (text === '–' ? null : Number(text.replace(/,/g, '')));
    const percent = (text: string) => (text === '–' ? null : Number(text.replace('%', '')) / 100);
    units.forEach((u, i) => {
      const [name, answered, acknowledged, reasked, silent, ackRate, reaskRate, substantive, templated, , negative, disappeared, unverifiable] = rows[i]!;
      const own = analysis.petitions.filter((p) => p.unitId === u.unitId);
      const outcomes = (o: string) => own.filter((p) => p.outcome === o).length;
      expect(name).toBe(u.name);
      expect([count(answered!), count(acknowledged!), count(reasked!), count(silent!)]).toEqual(
        [u.answered, outcomes('acknowledged'), outcomes('reasked'), outcomes('silent')]);
      const rates: [string, number | null][] = [[ackRate!, u.acknowledgedRate], [reaskRate!, u.reaskRate], [substantive!, u.substantiveRate], [templated!, u.templatedRate], [negative!, u.negativeShare]];
      for (const [shown, value] of rates) {
        if (value === null) expect(shown, u.name).toBe('–');
        else expect(Math.abs(percent(shown)! - value), `${u.name}: ${shown} vs ${value}`).toBeLessThanOrEqual(0.005);
      }
      expect([count(disappeared!), count(unverifiable!)]).toEqual([u.petitionsDisappeared, u.unverifiablePosts]);
    });
    const listed = await page.$$eval('#quality table.disappeared tbody tr', (trs) => trs.length);
    expect(listed).toBe(units.reduce((n, u) => n + u.disappearedPetitions.length, 0));
    expect(errors).toEqual([]);
  });
});
