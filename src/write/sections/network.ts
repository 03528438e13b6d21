/**
 * The network map (`layout.ts`: aggregated, seeded): coloured by community with an HTML legend
 * naming each community's largest units and associations, shaped by kind, edges weighted; a wide
 * map and a narrow one (phones) from the same layout, labels placed so that they do not overlap.
 */
import type { TopLevelSpec } from 'vega-lite';
import { communityColor, networkChartSpec, nodeArea, NETWORK_LABEL_SIZE, type Variant } from '../charts';
import { formatCount, formatNumber, formatPercent, html } from '../format';
import { fitLayout, placeLabels, type NetworkLayout } from '../layout';
import { glossaryLink, wideChart } from './common';
import type { ReportContext } from './context';
import type { ReportSection } from './types';

/** Map sizes (px) by variant, and the most edges the narrow map draws. */
export const NETWORK_MAP_SIZE: Readonly<Record<Variant, { width: number; height: number; padding: number }>> = Object.freeze({
  wide: { width: 1100, height: 640, padding: 40 },
  narrow: { width: 332, height: 520, padding: 18 },
});
const NARROW_MAX_EDGES = 120;
/** Organisations other than units, the page and associations labelled when there is room. */
const EXTRA_LABELS: Readonly<Record<Variant, number>> = Object.freeze({ wide: 10, narrow: 0 });

/**
 * The map's spec for a variant: the layout fitted to its box, labels placed.
 * @example const spec = networkMapSpec(ctx.networkLayout()!, ctx, 'wide');
 */
export function networkMapSpec(layout: NetworkLayout, ctx: ReportContext, variant: Variant): TopLevelSpec {
  const size = NETWORK_MAP_SIZE[variant];
  const nodes = fitLayout(layout, size);
  const maxStrength = nodes.reduce((m, n) => Math.max(m, n.strength), 0);
  const labels = placeLabels(nodes, {
    radius: (n) => Math.sqrt(nodeArea(n, maxStrength, variant) / Math.PI),
    mustLabel: (n) => variant === 'wide' && (n.kind === 'agency' || n.kind === 'page'),
    extra: variant === 'wide' ? EXTRA_LABELS.wide + layout.nodes.filter((n) => n.kind === 'association').length : 40,
    fontSize: NETWORK_LABEL_SIZE[variant],
    width: size.width,
    height: size.height,
  });
  return networkChartSpec(layout, nodes, labels, ctx, size, variant, variant === 'narrow' ? NARROW_MAX_EDGES : Infinity);
}

export const networkSection: ReportSection = {
  id: 'network',
  title: (ctx) => ctx.labels.network.title,
  charts(ctx) {
    const layout = ctx.networkLayout();
    if (layout === null) return [];
    return [wideChart('network', 'network', ctx.labels.network.caption, (variant) => networkMapSpec(layout, ctx, variant))];
  },
  render(ctx, figures) {
    const { lang, labels } = ctx;
    const w = labels.network;
    const n = ctx.analysis.network;
    const stats = w.stats(
      formatCount(n.nodes, lang), formatCount(n.edges, lang), formatNumber(n.density, lang, 4),
      formatPercent(n.reciprocity, lang, 1), formatCount(n.communities, lang), formatNumber(n.modularity, lang, 3),
    );
    const terms = html`${glossaryLink('louvain', 'Louvain')} · ${glossaryLink('modularity', 'modularity')} · ${glossaryLink('forceatlas2', 'ForceAtlas2')} · ${glossaryLink('density', lang === 'en' ? 'density' : 'mật độ')} · ${glossaryLink('reciprocity', lang === 'en' ? 'reciprocity' : 'tương hỗ')}`;
    const layout = ctx.networkLayout();
    if (layout === null) return html`<p class="note">${stats}</p><p class="empty">${w.none}</p>`;
    const legend = layout.communities.map((c) => html`<li><span class="swatch" style="background:${communityColor(c.community)}"></span><strong>${w.community(c.community)}</strong> <span class="muted">(${w.communityNodes(formatCount(c.size, lang))})</span>${c.leaders.length ? html`: ${c.leaders.join(', ')}` : null}</li>`);
    const other = layout.otherCommunityNodes > 0
      ? html`<li><span class="swatch" style="background:${communityColor(null)}"></span>${w.otherCommunities(formatCount(layout.otherCommunityNodes, lang))}</li>`
      : null;
    return html`<p class="note">${stats} ${terms}</p>
<p class="note">${w.note(formatCount(layout.businessesShown, lang), formatCount(layout.businessesTotal, lang), formatCount(layout.grouped, lang))}${layout.edgesDropped > 0 ? html` ${w.edgesDropped(formatCount(layout.edgesDropped, lang))}` : null}</p>
${figures.figure('network', 'network', { wide: true })}
<ul class="legend communities">${legend}${other}</ul>`;
  },
};
