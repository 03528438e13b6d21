/**
 * The unit metrics (SPEC 4.1), one module each, with the network family's conventions: frozen
 * defaults where there are options (checked: `unknown_option` / `invalid_option`), a JSDoc example,
 * and a neutral result on empty input (counts 0, rates and times null — never a made-up 0).
 * - `activity`: posts, active weeks, longest gap, TTHC share;
 * - `engagement`: comments, reactions and shares received per post, summed per unit or week;
 * - `reach`: distinct actors reached, by kind, and the share cascade with its amplifiers;
 * - `responsiveness`: petitions answered, how fast (clock and working hours), how many on time.
 */
export { activity, isTthcText, ACTIVITY_DEFAULTS, type ActivityFigures, type ActivityOptions } from './activity';
export { postEngagement, sumEngagement, interactionsPerPost, type PostEngagement, type EngagementTotals } from './engagement';
export { reach, reachIndexOf, forEachShareByNumber, type ReachFigures, type ReachIndex } from './reach';
export { responsiveness, type ResponsivenessFigures } from './responsiveness';
