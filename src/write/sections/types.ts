/**
 * The report's extension point (STYLE habit 9): a section is one module exporting a
 * {@link ReportSection}, and one line in the registry (`sections/index.ts`). The body, the table of
 * contents and the list of charts (`reportCharts`) all come from that registry.
 *
 * A section declares its charts as Vega-Lite specs (`charts`); the report renders every chart of
 * every section in one batch, then calls `render` with the rendered figures. Nothing is spliced
 * into a string afterwards: a section's HTML is built with the escaping `html` template.
 */
import type { Analysis } from '../../analysis/schema';
import { trustedHtml, type Html, type Lang } from '../format';
import type { ReportContext } from './context';

/**
 * A Vega-Lite specification: vega-lite's `TopLevelSpec` (the chart builders of `charts.ts` are
 * typed with it; a section of your own can be too, with `import type { TopLevelSpec } from
 * 'vega-lite'`). Opaque in the package's types, so that they need neither vega-lite's typings (an
 * optional dependency) nor the DOM library those reference.
 */
export type ChartSpec = object;

/** A chart a section draws. */
export interface SectionChart {
  /** What it shows: `score`, `weekly`, `network` … (the figure's `data-chart`). */
  chart: string;
  /** The id of the element (section or article) it appears in (the figure's `data-section`). */
  anchor: string;
  /** Caption, and the SVG's accessible name. */
  title: string;
  spec: ChartSpec;
  /** A variant for narrow screens (≤ 480 px wide), shown there instead of `spec`. */
  narrow?: ChartSpec;
}

/** The rendered charts of a section, as figures ready to place. */
export interface Figures {
  /**
   * The figure of a chart the section declared (by anchor and chart name).
   * Throws if the section did not declare it (a bug in the section).
   */
  figure(anchor: string, chart: string, options?: { wide?: boolean }): Html;
  /** Whether the section declared this chart. */
  has(anchor: string, chart: string): boolean;
}

export interface ReportSection {
  /** The section's element id (unique in the report; the table of contents links to it). */
  readonly id: string;
  /** The heading, and the entry in the table of contents. */
  title(ctx: ReportContext): string;
  /** A figure shown beside the heading (a count), or null. */
  badge?(ctx: ReportContext): string | null;
  /** Whether the section appears for this analysis (default: always). */
  when?(ctx: ReportContext): boolean;
  /** Listed in the table of contents (default true). */
  readonly toc?: boolean;
  /** Extra classes of the `<section>` element (`print-break`: starts a new page in print). */
  readonly className?: string;
  /** The charts it draws (default none). */
  charts?(ctx: ReportContext): readonly SectionChart[];
  /** The section's content, below its heading. */
  render(ctx: ReportContext, figures: Figures): Html;
}

/**
 * A section from a standalone renderer `(analysis, lang) → HTML` (its content, without the
 * `<section>` element and heading, which the report adds). The renderer owns its escaping: every
 * user or file text it writes must go through `escapeHtml` (or the `html` template).
 * @example
 * // one line in the registry (sections/index.ts):
 * htmlSection('quality', { vi: 'Chất lượng trả lời', en: 'Answer quality' }, renderQualitySection),
 */
export function htmlSection(
  id: string, title: Readonly<Record<Lang, string>>, render: (analysis: Analysis, lang: Lang) => string,
  options: { className?: string; when?: (analysis: Analysis) => boolean } = {},
): ReportSection {
  return {
    id,
    title: (ctx) => title[ctx.lang],
    ...(options.className !== undefined ? { className: options.className } : {}),
    ...(options.when !== undefined ? { when: (ctx: ReportContext) => options.when!(ctx.analysis) } : {}),
    render: (ctx) => trustedHtml(render(ctx.analysis, ctx.lang)),
  };
}
