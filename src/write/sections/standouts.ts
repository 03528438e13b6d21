/**
 * The one line per unit that stands out on the meeting page ("3 petitions over 5 days old"):
 * a list of rules in priority order (STYLE habit 9: a new rule is one entry); a unit's line is
 * the first rule that finds something. Thresholds are `REPORT_THRESHOLDS` (`context.ts`).
 */
import type { UnitResult } from '../../analysis/schema';
import { formatNumber, formatPointsDelta } from '../format';
import { REPORT_THRESHOLDS, type ReportContext, type UnitFacts } from './context';

/** `alert`: act now; `warn`: look at it; `info`: read the score with care; `good`: well done. */
export type StandoutTone = 'alert' | 'warn' | 'info' | 'good';

export interface Standout {
  /** The rule that found it. */
  rule: string;
  tone: StandoutTone;
  text: string;
}

export interface StandoutRule {
  id: string;
  tone: StandoutTone;
  /** The line's text, or null when the rule finds nothing for the unit. */
  test(unit: UnitResult, facts: Omit<UnitFacts, 'standout'>, ctx: ReportContext): string | null;
}

export const STANDOUT_RULES: readonly StandoutRule[] = Object.freeze([
  {
    id: 'long_wait', tone: 'alert',
    test: (_u, f, ctx) => (f.longWait > 0 ? ctx.labels.standout.longWait(f.longWait, REPORT_THRESHOLDS.longWaitDays, f.oldestDays ?? 0) : null),
  },
  {
    id: 'no_posts', tone: 'alert',
    test: (u, _f, ctx) => (u.posts === 0 ? ctx.labels.standout.noPosts : null),
  },
  {
    id: 'overdue', tone: 'warn',
    test: (_u, f, ctx) => (f.overdue > 0 ? ctx.labels.standout.overdue(f.overdue) : null),
  },
  {
    id: 'on_time_drop', tone: 'warn',
    test: (u, _f, ctx) => {
      const before = ctx.previousOf(u.unitId)?.withinSlaRate;
      if (before === null || before === undefined || u.withinSlaRate === null) return null;
      return (before - u.withinSlaRate) * 100 >= REPORT_THRESHOLDS.onTimeDropPoints
        ? ctx.labels.standout.onTimeDrop(formatPointsDelta(u.withinSlaRate, before, ctx.lang).replace(/^\+/, ''))
        : null;
    },
  },
  {
    id: 'small_sample', tone: 'info',
    test: (u, f, ctx) => (f.smallSample ? ctx.labels.standout.smallSample(u.posts, u.petitions) : null),
  },
  {
    id: 'all_on_time', tone: 'good',
    test: (u, _f, ctx) => (u.petitions !== null && u.petitions > 0 && u.withinSlaRate === 1 ? ctx.labels.standout.allOnTime(u.petitions) : null),
  },
  {
    id: 'top_engagement', tone: 'good',
    test: (u, _f, ctx) => {
      if (u.interactionsPerPost === null) return null;
      const group = ctx.units.filter((x) => x.kind === u.kind && x.interactionsPerPost !== null);
      const best = Math.max(...group.map((x) => x.interactionsPerPost!));
      return group.length > 1 && u.interactionsPerPost === best ? ctx.labels.standout.topEngagement(formatNumber(best, ctx.lang, 1)) : null;
    },
  },
] satisfies StandoutRule[]);

/**
 * The unit's stand-out line: the first rule of {@link STANDOUT_RULES} that finds something.
 * @example standoutOf(unit, facts, ctx) // { rule: 'long_wait', tone: 'alert', text: '3 kiến nghị chờ quá 5 ngày (lâu nhất 23 ngày)' }
 */
export function standoutOf(unit: UnitResult, facts: Omit<UnitFacts, 'standout'>, ctx: ReportContext): Standout | null {
  for (const rule of STANDOUT_RULES) {
    const text = rule.test(unit, facts, ctx);
    if (text !== null) return { rule: rule.id, tone: rule.tone, text };
  }
  return null;
}
