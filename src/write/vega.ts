/**
 * Vega-Lite specs → SVG strings, in Node or a browser, without a DOM or a canvas:
 * `vega-lite` compiles each spec to Vega, `vega` renders it headless (`renderer: 'none'`, `toSVG`).
 *
 * Bundling: vega and vega-lite are ESM-only, and vega's graph has a top-level `await` (its optional
 * node-canvas probe), so neither can be `require`d — not even by Node's `require(esm)` — nor
 * bundled into a CommonJS file. They are loaded here with a dynamic `import()`, which tsup/esbuild
 * keep as a real `import()` in both the ESM and the CJS build: the report works from both, and the
 * ~1 MB of vega is loaded only when a report is rendered, never on `import 'ddci-sna'`.
 *
 * Determinism (same specs → same bytes, on any machine):
 * - text widths are estimated from the character count (vega's own estimator) even when
 *   node-canvas happens to be installed, as it would make widths depend on the installed fonts;
 * - the ids vega gives to clip paths and gradients come from global counters: they are renumbered
 *   in order of appearance and prefixed per chart, so that charts inlined in one page never clash;
 * - charts of one shape share one View, put back before each chart to the state of a new View
 *   (./vegaViewReuse.ts): each chart is the bytes it would be if drawn on its own;
 * - renders are serialised, so that concurrent calls do not interleave the estimator switch or
 *   the use of a shared View.
 *
 * Size: {@link compactSvg} drops what a static chart does not need (default-valued attributes,
 * empty background paths, the font repeated on every text) and rounds coordinates to 0.01 px.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { View } from 'vega';
import { DdciError } from '../errors';
import { initialSize, resetForNextRender, type InitialSize } from './vegaViewReuse';

export interface RenderedCharts {
  svgs: string[];
  /** Warnings from vega-lite and vega (empty when the specs are clean). */
  warnings: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Compiled and parsed chart shapes (see {@link detachValues}), kept across renders so that a
 * second report in the same process (a service, the tests, the bench) compiles nothing it has
 * compiled before; the least recently used go beyond {@link PREPARED_LIMIT} (a report has ~15).
 */
interface Prepared { runtime: unknown; warnings: string[]; view: KeptView | null }
/** A shape's View, rendered again for each chart of that shape (see ./vegaViewReuse.ts). */
interface KeptView { view: View; size: InitialSize; buildWarnings: string[] }
const prepared = new Map<string, Prepared>();
const PREPARED_LIMIT = 64;

/** Render each spec to an SVG string; ids inside chart `i` are prefixed with `${idPrefix}${i}-`. */
export function renderVegaLite(specs: readonly TopLevelSpec[], idPrefix = 'chart'): Promise<RenderedCharts> {
  const run = queue.then(() => renderSerially(specs, idPrefix));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * vega and vega-lite, loaded on first use. They are optional dependencies (a service that only
 * analyses installs without them): when either is missing, `report_unavailable` says how to add them.
 */
async function loadVega(): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  try {
    return await Promise.all([import('vega'), import('vega-lite')]);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new DdciError({
      code: 'report_unavailable',
      path: [],
      message: 'the report needs vega and vega-lite, optional dependencies that are not installed: npm install vega vega-lite',
    });
  }
}

/**
 * Start loading vega and vega-lite now, so that a render later does not wait for them (the CLI's
 * report thread calls it while the main thread ingests). Never fails: a missing vega is reported
 * by the render, as `report_unavailable`.
 * @example void preloadVega(); // … later: await renderVegaLite(specs)
 */
export async function preloadVega(): Promise<void> {
  await loadVega().catch(() => undefined);
}

/** Where vega's and vega-lite's warnings go: the list of the render under way (renders are serialised). */
let warningSink: string[] = [];
let logLevel = 2; // vega's Warn, what every View sets
/** One logger for every View, as a View kept for later renders keeps the logger it was built with. */
const logger = {
  level(value?: number) {
    if (value === undefined) return logLevel;
    logLevel = value;
    return logger;
  },
  error(...args: readonly unknown[]) { warningSink.push(`error: ${args.map(String).join(' ')}`); return logger; },
  warn(...args: readonly unknown[]) { warningSink.push(`warn: ${args.map(String).join(' ')}`); return logger; },
  info() { return logger; },
  debug() { return logger; },
};

/**
 * The vega releases whose Views are reused (./vegaViewReuse.ts reaches into their internals, and
 * test/write/vegaViewReuse.test.ts checks the result on them): vega pins its own packages to a
 * patch range, so a minor release names them all. Any other vega (a library user's install may
 * have a later one) gets a View per chart, the bytes of which need no internals.
 */
const VIEW_REUSE_VEGA = /^6\.4\./;

/** Whether charts of one shape share a View under this vega release (see {@link VIEW_REUSE_VEGA}). */
export function reusesViews(vegaVersion: string): boolean {
  return VIEW_REUSE_VEGA.test(vegaVersion);
}

let viewsBuilt = 0;
/** How many vega Views this process has built (what a test counts: one per chart shape, not per chart). */
export function vegaViewsBuilt(): number {
  return viewsBuilt;
}

async function renderSerially(specs: readonly TopLevelSpec[], idPrefix: string): Promise<RenderedCharts> {
  const [vega, vegaLite] = await loadVega();
  const warnings: string[] = [];
  warningSink = warnings;
  const reuseViews = reusesViews(vega.version);
  // Not in vega's typings: the operator that binds a mark's items to the scenegraph.
  const markOperator = (vega as unknown as { transforms: Record<string, never> }).transforms['mark']!;

  // Not in vega's typings, but exported: the text-width function vega lays out with.
  const metrics = (vega as unknown as { textMetrics: { width: unknown; estimateWidth: unknown } }).textMetrics;
  const measure = metrics.width;
  metrics.width = metrics.estimateWidth;
  try {
    // Specs that differ only in their inline data (a unit's weekly chart and the next unit's) share
    // one vega-lite compile, one vega parse and one View, their values bound by name.
    const svgs: string[] = [];
    for (let i = 0; i < specs.length; i++) {
      const { shape, values } = detachValues(specs[i]!);
      const key = JSON.stringify(shape);
      let entry = prepared.get(key);
      if (entry === undefined) {
        const before = warnings.length;
        const { spec } = vegaLite.compile(shape, { logger: logger as never });
        entry = { runtime: vega.parse(spec), warnings: warnings.slice(before), view: null };
        if (prepared.size >= PREPARED_LIMIT) dispose(prepared.keys().next().value!);
      } else {
        // The same warnings as a compile of this spec of its own would give.
        warnings.push(...entry.warnings);
        prepared.delete(key);
      }
      prepared.set(key, entry);
      const reused = entry.view !== null;
      const kept = entry.view ?? buildView(vega, entry.runtime, warnings);
      if (reuseViews) entry.view = kept;
      try {
        if (reused) {
          // The same warnings as building a View of its own would give.
          warnings.push(...kept.buildWarnings);
          // Its clearing run warns about empty data: not this chart's warnings.
          warningSink = [];
          try {
            await resetForNextRender(kept.view, kept.size, values.keys(), markOperator);
          } finally {
            warningSink = warnings;
          }
        }
        for (const [name, rows] of values) kept.view.data(name, rows as object[]);
        svgs.push(compactSvg(renumberIds(await kept.view.toSVG(), `${idPrefix}${i}-`)));
        if (!reuseViews) kept.view.finalize();
      } catch (error) {
        // A View a render failed in is in no known state: the next chart of this shape builds its own.
        kept.view.finalize();
        entry.view = null;
        throw error;
      }
    }
    return { svgs, warnings };
  } finally {
    metrics.width = measure;
  }
}

function buildView(vega: typeof import('vega'), runtime: unknown, warnings: string[]): KeptView {
  const before = warnings.length;
  const view = new vega.View(runtime as ReturnType<typeof vega.parse>, { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
  viewsBuilt++;
  return { view, size: initialSize(view), buildWarnings: warnings.slice(before) };
}

/** Forget a shape, and free its View's dataflow (timers, listeners): it leaves the cache. */
function dispose(key: string): void {
  prepared.get(key)?.view?.view.finalize();
  prepared.delete(key);
}

/** The prefix of the names {@link detachValues} gives to inline data (vega-lite's own are `source_…`/`data_…`). */
const VALUES_PREFIX = 'ddci_values_';

/**
 * A spec with each inline `data: { values }` replaced by a named source, and the values by name:
 * the shape is what vega-lite compiles and vega parses, the values are bound to each View.
 * Equal values get one name, as vega-lite merges equal inline sources.
 * @example detachValues({ data: { values: [{ a: 1 }] }, mark: 'bar' }) // { shape: { data: { name: 'ddci_values_0' }, mark: 'bar' }, values: Map { 'ddci_values_0' => [{ a: 1 }] } }
 */
export function detachValues(spec: TopLevelSpec): { shape: TopLevelSpec; values: Map<string, readonly unknown[]> } {
  const names = new Map<string, string>();
  const values = new Map<string, readonly unknown[]>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const rows = key === 'data' ? inlineValues(value) : null;
      if (rows === null) {
        out[key] = walk(value);
        continue;
      }
      const content = JSON.stringify(rows);
      let name = names.get(content);
      if (name === undefined) {
        name = `${VALUES_PREFIX}${names.size}`;
        names.set(content, name);
        values.set(name, rows);
      }
      out[key] = { name };
    }
    return out;
  };
  return { shape: walk(spec) as TopLevelSpec, values };
}

/** The rows of a `{ values: [...] }` data definition with nothing else, else null. */
function inlineValues(data: unknown): readonly unknown[] | null {
  if (data === null || typeof data !== 'object') return null;
  const keys = Object.keys(data);
  const rows = (data as { values?: unknown }).values;
  return keys.length === 1 && Array.isArray(rows) ? rows : null;
}

const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

/** Rename every `id` of an SVG string (and its `url(#…)`/`href="#…"` references) to `prefix` + n. */
export function renumberIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  for (const match of svg.matchAll(ID_ATTRIBUTE)) {
    if (!renamed.has(match[1]!)) renamed.set(match[1]!, `${prefix}${renamed.size + 1}`);
  }
  if (renamed.size === 0) return svg;
  return svg
    .replace(ID_ATTRIBUTE, (_m, id: string) => ` id="${renamed.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : m))
    .replace(/href="#([^"]+)"/g, (m, id: string) => (renamed.has(id) ? `href="#${renamed.get(id)}"` : m));
}

/** Geometric attributes whose numbers may be rounded (never text content or labels). */
const GEOMETRY_ATTRIBUTE = /\s(d|transform|x|y|x1|x2|y1|y2|width|height|r|cx|cy|points)="([^"]*)"/g;
const LONG_DECIMAL = /-?\d+\.\d{3,}(?:e-?\d+)?/g;
const FONT_ATTRIBUTE = /\sfont-family="([^"]*)"/g;

function round2(text: string): string {
  const value = Math.round(Number(text) * 100) / 100;
  return Object.is(value, -0) ? '0' : String(value);
}

/**
 * A smaller, equivalent SVG: numbers of geometric attributes rounded to 0.01 px; `opacity="1"`,
 * `pointer-events`, classes and ARIA roles (the report labels the whole chart), and empty or hidden
 * background/foreground paths dropped; a font family that
 * every text shares set once on the root (SVG inherits it). Text content and labels are untouched.
 * @example compactSvg('<svg><text font-family="A" opacity="1">x</text></svg>') // '<svg font-family="A"><text>x</text></svg>'
 */
export function compactSvg(svg: string): string {
  // Tag by tag: text content (between tags, where vega escapes `<`) is never touched.
  let out = svg.replace(/<[^<>]+>/g, (tag) => tag
    .replace(GEOMETRY_ATTRIBUTE, (_m, name: string, value: string) => ` ${name}="${value.replace(LONG_DECIMAL, round2)}"`)
    .replace(/\s(?:opacity="1"|pointer-events="none"|aria-hidden="true"|class="[^"]*"|role="[^"]*"|aria-roledescription="[^"]*")/g, ''))
    .replace(/<path(?: d="(?:M0,0h0v0h0Z)?")?(?: display="none")?\/>/g, '');
  const fonts = new Set([...out.matchAll(FONT_ATTRIBUTE)].map((m) => m[1]));
  if (fonts.size === 1) {
    const [font] = fonts;
    out = out.replace(/<[^<>]+>/g, (tag) => tag.replace(FONT_ATTRIBUTE, '')).replace(/^<svg\b/, `<svg font-family="${font}"`);
  }
  return out;
}
