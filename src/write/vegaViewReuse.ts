/**
 * One vega View rendered again and again, each render the bytes a new View of the same runtime
 * would give: building a View rebuilds the whole dataflow of its runtime (~3 ms a chart), while
 * its data can be replaced by name. A View keeps two kinds of state from one render to the next,
 * and {@link resetForNextRender} puts both back as a new View has them (vega-view 6 and vega-encode
 * 5/6 behaviour, named where it is relied on; test/write/vegaViewReuse.test.ts checks it against
 * new Views on random data):
 *
 * 1. Its size. With `autosize` fit or pad, vega-view's `resizeView` (size.js) writes the fitted
 *    size into the `width`/`height` signals after the first layout pass and clears the View's
 *    `_autosize` flag, so a new View lays out twice (the spec's size, then the fitted one) and a
 *    reused one would lay out once, from the previous chart's fitted size.
 * 2. Its marks' items. vega-encode's DataJoin keeps one item per key across pulses (axis ticks and
 *    grid lines are keyed by their value), and vega-transforms' Collect keeps the items it keeps in
 *    place and appends new ones: the item order, hence the SVG's element order and which labels
 *    overlap, would depend on the previous chart.
 *
 * Group marks (the chart's frame, axes, legends) are left alone: their items carry the nested
 * dataflows of their content, and each is one item keyed by a constant.
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
 * Make the next render of `view` (once its data is set) give what a new View would. `markOperator`
 * is vega's `transforms.mark` (the operator that binds a mark's items to the scenegraph).
 * @example resetForNextRender(view, size, vega.transforms.mark); view.data('values', rows); await view.toSVG();
 */
export function resetForNextRender(view: View, size: InitialSize, markOperator: abstract new (...args: never[]) => unknown): void {
  const internals = view as unknown as ViewInternals;
  // Through the signals, so that the View's resize handlers (size.js) run as for a new View.
  view.width(size.width);
  view.height(size.height);
  // A new View starts with it set: the first layout pass fits the size (ViewLayout's viewSizeLayout).
  internals._autosize = 1;
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
