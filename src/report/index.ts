/**
 * The report entry (`ddci-sna/report`): the self-contained HTML report (SPEC 5) and its building
 * blocks — the section registry, the network map's layout, the colours, the escaping `html`
 * template. Charts are drawn by vega and vega-lite, optional dependencies of the package: they are
 * installed with it by default (`npm install ddci-sna`), left out by `npm install --omit=optional`
 * for a service that needs only the analysis (`ddci-sna`). Without them `renderReport` fails with
 * `report_unavailable`; importing this entry never loads them.
 *
 * @example
 * import { analyzeWithGraph } from 'ddci-sna';
 * import { renderReport } from 'ddci-sna/report';
 * const { analysis, interactions } = analyzeWithGraph(input, config);
 * const html = await renderReport(analysis, { interactions, lang: 'en' });
 */
export {
  renderReport, renderReportWithDiagnostics, reportCharts, REPORT_DEFAULTS, type ReportOptions, type ReportChart,
} from '../write/report';
export { reportView, previousView, type ReportView } from '../write/reportView';
export { petitionDigest, listedPetitions, type PetitionDigest, type UnitPetitions } from '../write/sections/petitions';
export {
  REPORT_SECTIONS, REPORT_THRESHOLDS, STANDOUT_RULES, GLOSSARY, htmlSection,
  type ReportSection, type SectionChart, type ChartSpec, type Figures, type ReportContext, type UnitFacts, type UnitGroup,
  type Standout, type StandoutRule, type GlossaryEntry,
} from '../write/sections/index';
export { renderQualitySection, qualitySectionTitle, QUALITY_SECTION_ID } from '../write/sections/quality';
export {
  layoutNetwork, selectNetwork, networkData, isNetworkSelection, fitLayout, placeLabels, mulberry32, NETWORK_LAYOUT_DEFAULTS,
  type NetworkData, type NetworkSelection, type NetworkLayout, type NetworkLayoutOptions, type LayoutNode, type LayoutEdge, type CommunitySummary, type PlacedNode,
  type PlacedLabel, type FitOptions, type LabelOptions, type MapNodeKind,
} from '../write/layout';
export { KIND_COLORS, COMMUNITY_COLORS } from '../write/charts';
export { html, escapeHtml, trustedHtml, Html, type HtmlValue, type Lang } from '../write/format';
