/**
 * The report's sections, in page order (STYLE habit 9): the body, the table of contents and the
 * chart list (`reportCharts`) all come from this list. A new section is one module exporting a
 * `ReportSection` (see `types.ts`) and one line here; a standalone renderer
 * `(analysis, lang) → HTML` plugs in through `htmlSection(id, { vi, en }, render)`.
 */
import { associationsSection } from './associations';
import { backlogSection } from './backlog';
import { glossarySection } from './glossary';
import { meetingSection } from './meeting';
import { networkSection } from './network';
import { overviewSection } from './overview';
import { qualitySection } from './quality';
import { scoresSection } from './scores';
import { timingSection } from './timing';
import { topicsSection } from './topics';
import type { ReportSection } from './types';
import { unitsSection } from './units';

export const REPORT_SECTIONS: readonly ReportSection[] = Object.freeze([
  meetingSection,
  overviewSection,
  scoresSection,
  backlogSection,
  qualitySection,
  topicsSection,
  timingSection,
  networkSection,
  associationsSection,
  unitsSection,
  glossarySection,
]);

export { htmlSection, type ChartSpec, type Figures, type ReportSection, type SectionChart } from './types';
export { REPORT_THRESHOLDS, type ReportContext, type UnitFacts, type UnitGroup } from './context';
export { STANDOUT_RULES, type Standout, type StandoutRule } from './standouts';
export { GLOSSARY, type GlossaryEntry } from './glossary';
