import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { compactSvg, detachValues, renderVegaLite, renumberIds } from '../../src/write/vega';
import { warmUpCharts, warmUpSpecs } from '../../src/write/warmUp';
import { labelsFor } from '../../src/write/i18n';
import { renderAlone, reportSpecs } from './vegaOracle';

describe('detachValues', () => {
  it('names each inline data set (equal values one name), leaves everything else as it is', () => {
    const rows = [{ a: 1 }];
    const spec = {
      mark: 'bar',
      data: { values: rows },
      layer: [{ data: { values: [{ a: 1 }] } }, { data: { values: [{ a: 2 }] } }, { data: { url: 'x.json' } }, { data: { values: [], format: { type: 'json' } } }],
    } as unknown as TopLevelSpec;
    const { shape, values } = detachValues(spec);
    expect(shape).toEqual({
      mark: 'bar',
      data: { name: 'ddci_values_0' },
      layer: [{ data: { name: 'ddci_values_0' } }, { data: { name: 'ddci_values_1' } }, { data: { url: 'x.json' } }, { data: { values: [], format: { type: 'json' } } }],
    });
    expect([...values]).toEqual([['ddci_values_0', rows], ['ddci_values_1', [{ a: 2 }]]]);
    expect(spec.data).toEqual({ values: rows });
  });
});

/** The same marks and encoded fields in the same places (data, sizes and scales aside). */
function sameKind(a: TopLevelSpec, b: TopLevelSpec): boolean {
  const skeleton = (spec: TopLevelSpec) => JSON.stringify(spec, (key, value: unknown) => (['values', 'domain', 'height', 'width', 'point', 'scale'].includes(key) ? undefined : value));
  return skeleton(a) === skeleton(b);
}

describe('warmUpCharts', () => {
  it('changes no byte: after a warm-up, every chart of the report is still the chart rendered on its own', async () => {
    expect(await warmUpCharts()).toBe(warmUpSpecs({ lang: 'vi', labels: labelsFor('vi'), slaWorkingHours: 8 }).length);
    const specs = reportSpecs('vi');
    const { svgs } = await renderVegaLite(specs, 'c');
    const alone: string[] = [];
    for (const [i, spec] of specs.entries()) alone.push((await renderAlone(spec, `c${i}-`)).svg);
    expect(svgs).toEqual(alone);
  }, 60_000);

  it('draws one chart of each kind a unit card draws, each its own shape, as the report draws them', () => {
    for (const lang of ['vi', 'en'] as const) {
      const specs = warmUpSpecs({ lang, labels: labelsFor(lang), slaWorkingHours: 8 });
      const report = reportSpecs(lang);
      expect(new Set(specs.map((s) => JSON.stringify(detachValues(s).shape))).size).toBe(specs.length);
      // Each warm-up chart has a chart of the report with the same marks and encodings.
      for (const spec of specs) expect(report.some((s) => sameKind(spec, s))).toBe(true);
    }
  });

  it('renders no chart once stopped, and none after the one under way when stopped during it', async () => {
    expect(await warmUpCharts(() => true)).toBe(0);
    let asked = 0;
    // stop() is asked before each chart: false before the first, true from the second on.
    expect(await warmUpCharts(() => asked++ > 0)).toBe(1);
  });
});

describe('renderVegaLite', () => {
  it('gives, for every chart of the report, the bytes and warnings of that chart rendered on its own', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const specs = reportSpecs(lang);
      // Many charts share a shape (one per unit): the batch must reuse compiles, not results.
      expect(new Set(specs.map((s) => JSON.stringify(detachValues(s).shape))).size).toBeLessThan(specs.length / 2);
      const { svgs, warnings } = await renderVegaLite(specs, 'c');
      const alone: { svg: string; warnings: string[] }[] = [];
      // One after another: renderAlone switches vega's text measure for the time of a render.
      for (const [i, spec] of specs.entries()) alone.push(await renderAlone(spec, `c${i}-`));
      expect(svgs).toEqual(alone.map((a) => a.svg));
      expect(warnings).toEqual(alone.flatMap((a) => a.warnings));
      // A second render finds every shape compiled already: the same again.
      expect(await renderVegaLite(specs, 'c')).toEqual({ svgs, warnings });
    }
  }, 60_000);

  it('repeats a shared shape’s compile warnings for every chart of that shape', async () => {
    // `shape` is not a channel of bars: vega-lite warns while compiling (and drops it).
    const spec = (v: number) => ({
      data: { values: [{ x: 'a', y: v }] },
      mark: 'bar',
      encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative' }, shape: { field: 'x', type: 'nominal' } },
    }) as TopLevelSpec;
    const batch = await renderVegaLite([spec(1), spec(2)], 'w');
    const one = await renderAlone(spec(2), 'w1-');
    expect(one.warnings.length).toBeGreaterThan(0);
    expect(batch.warnings).toEqual([...one.warnings, ...one.warnings]);
    expect(batch.svgs[1]).toBe(one.svg);
    // And in a later render, from the shapes kept across renders.
    expect((await renderVegaLite([spec(3)], 'w')).warnings).toEqual(one.warnings);
  });
});
