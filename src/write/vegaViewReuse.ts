/**
 * One vega View rendered again and again, each render the bytes a new View of the same runtime
 * would give: building a View rebuilds the whole dataflow of its runtime (~3 ms a chart), while
 * its data can be replaced by name. A View keeps three kinds of state from one render to the next,
 * and {@link resetForNextRender} puts them back as a new View has them (vega-view 6, vega-encode,
 * vega-transforms and vega-dataflow behaviour, named where it is relied on;
 * test/write/vegaViewReuse.test.ts checks the result against new Views on random data):
 *
 * 1. Its data operators' memory. Aggregate keeps a cell (and its output tuple, whose id breaks ties
 *    in sorted domains) per group while the group has rows, and Facet a subflow per facet. Removing
 *    every row through vega's own changeset (`view.data(name, [])`, a predicate removal, which
 *    marks the pulse `clean`) empties them, and Aggregate then drops its emptied cells: the next
 *    rows make new cells, in row order, as in a new View. (Facet keeps its emptied subflows below
 *    10,000 of them, and activates them again in row order.)
 * 2. Its size. With `autosize` fit or pad, vega-view's `resizeView` (size.js) writes the fitted
 *    size into the `width`/`height` signals after the first layout pass and clears the View's
 *    `_autosize` flag, so a new View lays out twice (the spec's size, then the fitted one) and a
 *    reused one would lay out once, from the previous chart's fitted size.
 * 3. Its marks' items. vega-encode's DataJoin keeps one item per key across pulses (axis ticks and
 *    grid lines are keyed by their value, and an empty scale still has ticks), and Collect keeps the
 *    items it keeps in place and appends new ones: the item order, hence the SVG's element order
 *    and which labels overlap, would depend on the previous chart.
 *
 * Group marks (the chart's frame, axes, legends, facets) keep their items: those carry the nested
 * dataflows of their content, and are removed and re-added with their data by the clearing run.
 */
import type { View } from 'vega';

/** What a View is before its first render and must be again before the next. */
export interface InitialSize { width: number; height: number }

/** Call right after `new View(...)`, before any render. */
export function initialSize(view: View): InitialSize {
  return { width: view.width(), height: view.height() };
}

/** The parts of vega's dataflow this module reaches into (not in vega's typings). */
interface Operator { value: unknown; source: Operator | null }
interface RuntimeContext { nodes: Record<string, Operator>; subcontext?: RuntimeContext[] }
interface SceneMark { marktype: string; bounds: { clear(): unknown } }
interface ViewInternals { _runtime: RuntimeContext; _autosize: number; touch(op: Operator): unknown }

/**
 * Make the next render of `view` give what a new View would, once the data sets `dataNames` (every
 * data set a chart of this shape sets) are set. `markOperator` is vega's `transforms.mark` (the
 * operator that binds a mark's items to the scenegraph). Its clearing run may warn about empty data.
 * @example await resetForNextRender(view, size, ['ddci_values_0'], vega.transforms.mark); view.data('ddci_values_0', rows); await view.toSVG();
 */
export async function resetForNextRender(view: View, size: InitialSize, dataNames: Iterable<string>, markOperator: abstract new (...args: never[]) => unknown): Promise<void> {
  const internals = view as unknown as ViewInternals;
  // 1. A run with no rows (Aggregate drops its emptied cells right after it: runAfter).
  for (const name of dataNames) view.data(name, []);
  await view.runAsync();
  // 2. Through the signals, so that the View's resize handlers (size.js) run as for a new View.
  view.width(size.width);
  view.height(size.height);
  // A new View starts with it set: the first layout pass fits the size (ViewLayout's viewSizeLayout).
  internals._autosize = 1;
  // 3. Every item of a non-group mark made anew by the next run.
  for (const context of contexts(internals._runtime)) {
    for (const key of Object.keys(context.nodes)) {
      const op = context.nodes[key]!;
      if (!(op instanceof markOperator)) continue;
      const mark = op.value as SceneMark | null;
      if (mark === null || mark.marktype === 'group') continue;
      // The mark's pipeline (vega-parser's mark.js): DataJoin → Collect → Mark. A DataJoin without
      // its map takes the whole input as new items, in input order, as on a View's first run.
      const collect = op.source!;
      const join = collect.source!;
      join.value = null;
      collect.value = [];
      // Bound grows a mark's bounds by the items it adds; here every item is new.
      mark.bounds.clear();
      internals.touch(join);
    }
  }
}

/** A runtime context and the contexts nested in it (one per group item with content of its own). */
function* contexts(context: RuntimeContext): Generator<RuntimeContext> {
  yield context;
  for (const sub of context.subcontext ?? []) yield* contexts(sub);
}
