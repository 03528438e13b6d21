/**
 * What the report's charts are checked against: the chart specs of the sample report, and each spec
 * rendered on its own through vega-lite and vega with nothing shared (a new compile, a new parse,
 * a new View), then the same id renumbering and compaction as the report's renderer.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { reportContext } from '../../src/write/sections/context';
import { REPORT_SECTIONS } from '../../src/write/sections/index';
import { NETWORK_LAYOUT_DEFAULTS } from '../../src/write/layout';
import { compactSvg, renumberIds } from '../../src/write/vega';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

/** Every chart spec (wide and narrow) of the sample report, in page order. */
export function reportSpecs(lang: 'vi' | 'en'): TopLevelSpec[] {
  const analysis = makeSampleAnalysis();
  const ctx = reportContext(analysis, {
    lang, slaWorkingHours: 8, previous: makeSampleAnalysis(1), graph: makeSampleGraph(analysis), network: NETWORK_LAYOUT_DEFAULTS,
  });
  return REPORT_SECTIONS.filter((s) => (s.when ? s.when(ctx) : true))
    .flatMap((s) => (s.charts ? s.charts(ctx) : []))
    .flatMap((c) => [c.spec, ...(c.narrow ? [c.narrow] : [])]) as TopLevelSpec[];
}

/**
 * The oracle: `spec` on its own, its data inline (what the report did before specs of one shape
 * shared a compile and a View). Not concurrently: it switches vega's text measure for its time.
 */
export async function renderAlone(spec: TopLevelSpec, prefix: string): Promise<{ svg: string; warnings: string[] }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => { warnings.push(`error: ${args.map(String).join(' ')}`); return logger; },
    warn: (...args: unknown[]) => { warnings.push(`warn: ${args.map(String).join(' ')}`); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } }).textMetrics;
  const measure = metrics.width;
  metrics.width = metrics.estimateWidth;
  try {
    const view = new vega.View(vega.parse(vegaLite.compile(spec, { logger: logger as never }).spec), { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
    const svg = compactSvg(renumberIds(await view.toSVG(), prefix));
    view.finalize();
    return { svg, warnings };
  } finally {
    metrics.width = measure;
  }
}
