import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { TopLevelSpec } from 'vega-lite';
import { detachValues, renderVegaLite, reusesViews, vegaViewsBuilt } from '../../src/write/vega';
import { makeSampleAnalysis, makeSampleGraph } from './sample';
import { renderAlone, reportSpecs } from './vegaOracle';

/** One spec of each shape of the sample report (both languages), with the rows it was drawn with. */
function reportShapes(): TopLevelSpec[] {
  const byShape = new Map<string, TopLevelSpec>();
  for (const spec of [...reportSpecs('vi'), ...reportSpecs('en')]) {
    const key = JSON.stringify(detachValues(spec).shape);
    if (!byShape.has(key)) byShape.set(key, spec);
  }
  return [...byShape.values()];
}

/** How to redraw one data set: which template row each new row copies, and its new numbers. */
type RowsRecipe = { template: number; numbers: number[] }[];

/**
 * `spec` with every inline data set redrawn by `recipes` (one per data set, in order): rows copied
 * from the spec's own rows (so categories, dates and labels stay the chart's kind), their numbers
 * replaced — more rows, fewer, none, other magnitudes.
 */
function redraw(spec: TopLevelSpec, recipes: readonly RowsRecipe[]): TopLevelSpec {
  let dataSet = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const rows = key === 'data' ? (value as { values?: unknown } | null)?.values : undefined;
      if (!Array.isArray(rows) || rows.length === 0) {
        out[key] = walk(value);
        continue;
      }
      const recipe = recipes[dataSet++ % recipes.length]!;
      out[key] = {
        ...(value as object),
        values: recipe.map(({ template, numbers }) => renumber(rows[template % rows.length], numbers)),
      };
    }
    return out;
  };
  return walk(spec) as TopLevelSpec;
}

/** A row with its finite numbers scaled by `numbers` (integers stay integers), the rest kept. */
function renumber(row: unknown, numbers: readonly number[]): unknown {
  if (row === null || typeof row !== 'object') return row;
  let n = 0;
  return Object.fromEntries(Object.entries(row).map(([key, value]) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [key, value];
    const factor = numbers[n++ % numbers.length]! / 100;
    const scaled = (value === 0 ? 1 : value) * factor;
    return [key, Number.isInteger(value) ? Math.round(scaled) : Math.round(scaled * 1000) / 1000];
  }));
}

const rowsRecipe = fc.array(
  fc.record({ template: fc.nat({ max: 1000 }), numbers: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 }) }),
  { maxLength: 24 },
);

/** Render `specs` as the report does (shared Views) and each on its own; both must give the same. */
async function expectSameAsAlone(specs: readonly TopLevelSpec[]): Promise<void> {
  const { svgs, warnings } = await renderVegaLite(specs, 'r');
  const alone: { svg: string; warnings: string[] }[] = [];
  for (const [i, spec] of specs.entries()) alone.push(await renderAlone(spec, `r${i}-`));
  // The first difference, short: a whole chart's SVG is too long to read in a failure.
  const first = alone.findIndex((a, i) => a.svg !== svgs[i]);
  if (first >= 0) {
    const [got, want] = [svgs[first]!, alone[first]!.svg];
    let at = 0;
    while (got[at] === want[at]) at++;
    expect(`chart ${first}: …${got.slice(Math.max(0, at - 300), at + 200)}`).toBe(`chart ${first}: …${want.slice(Math.max(0, at - 300), at + 200)}`);
  }
  expect(svgs).toEqual(alone.map((a) => a.svg));
  expect(warnings).toEqual(alone.flatMap((a) => a.warnings));
}

describe('one vega View per chart shape', () => {
  it('draws, for each shape of the report and random rows, render after render, what a new View draws', async () => {
    const shapes = reportShapes();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(rowsRecipe, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 4 }), async (draws) => {
        // Shape by shape, several charts in sequence: each reuses the View the one before left.
        const specs = shapes.flatMap((spec) => draws.map((recipes) => redraw(spec, recipes)));
        await expectSameAsAlone(specs);
      }),
      { numRuns: 6 },
    );
  }, 180_000);

  it('draws what a new View draws when a shape’s data shrink, empty and grow again', async () => {
    const shapes = reportShapes();
    const rows = (count: number, scale: number): RowsRecipe => Array.from({ length: count }, (_, i) => ({ template: i, numbers: [scale, 37 + i] }));
    const sizes: RowsRecipe[] = [rows(20, 100), rows(3, 250), [], rows(1, 5), rows(24, 400), [], rows(8, 60)];
    // Interleaved (a, b, a, b, …) as well as in a row: a View kept for a shape is not the last one used.
    await expectSameAsAlone(sizes.flatMap((recipe) => shapes.map((spec) => redraw(spec, [recipe]))));
  }, 120_000);

  it('builds one View per distinct shape of a report, and none for the same report again', async () => {
    // A fresh module: no shape of an earlier test kept.
    vi.resetModules();
    const fresh = await import('../../src/write/vega');
    const specs = reportSpecs('vi');
    const shapes = new Set(specs.map((s) => JSON.stringify(detachValues(s).shape))).size;
    expect(shapes).toBeLessThan(specs.length / 2);
    await fresh.renderVegaLite(specs, 'c');
    expect(fresh.vegaViewsBuilt()).toBe(shapes);
    await fresh.renderVegaLite(specs, 'c');
    expect(fresh.vegaViewsBuilt()).toBe(shapes);
  }, 60_000);

  it('builds, for a whole report, one View per distinct shape of its charts', async () => {
    vi.resetModules();
    const vega = await import('../../src/write/vega');
    const { renderReport } = await import('../../src/write/report');
    const analysis = makeSampleAnalysis();
    const options = { lang: 'vi' as const, slaWorkingHours: 8, previous: makeSampleAnalysis(1), graph: makeSampleGraph(analysis) };
    await renderReport(analysis, options);
    // The same charts reportSpecs lists (the report's sections, with the same options).
    expect(vega.vegaViewsBuilt()).toBe(new Set(reportSpecs('vi').map((s) => JSON.stringify(detachValues(s).shape))).size);
  }, 60_000);

  it('reuses Views only under the vega release they are checked on; under another, each chart builds its own', async () => {
    const installed = ((await import('vega')) as { version: string }).version;
    // This file's checks ran on the installed release: a vega update fails here until they are run on it.
    expect(reusesViews(installed), `vega ${installed}`).toBe(true);
    for (const other of ['6.5.0', '7.0.0', '5.33.0']) expect(reusesViews(other), other).toBe(false);
    vi.resetModules();
    vi.doMock('vega', async (importOriginal) => ({ ...(await importOriginal<typeof import('vega')>()), version: '6.5.0' }));
    try {
      const fresh = await import('../../src/write/vega');
      const specs = reportSpecs('vi');
      const { svgs } = await fresh.renderVegaLite(specs, 'c');
      expect(fresh.vegaViewsBuilt()).toBe(specs.length);
      expect(svgs).toEqual((await renderVegaLite(specs, 'c')).svgs);
    } finally {
      vi.doUnmock('vega');
      vi.resetModules();
    }
  }, 60_000);
});
