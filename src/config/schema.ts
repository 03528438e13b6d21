/**
 * The configuration (SPEC 2.3, 7.1): validated with zod at the boundary, every problem reported by
 * its path, all at once, before any work. This schema holds every rule the code behind it needs —
 * the calendar's (by calling the calendar's own check, `workingCalendarIssues`), the scorecard's
 * and the resolver's — so that code trusts the validated `Config` and checks nothing again.
 *
 * Rules beyond each field's type are issues with a `rule` code (src/config/messages.ts words them
 * in English or Vietnamese):
 * - calendar: an IANA time zone; distinct ISO weekdays; ordered, non-overlapping working hours;
 *   real calendar dates; make-up days (`workingSaturdays`) on a weekday that is not worked;
 * - units: at least one; unique ids; each with at least one account, owned by one unit and not
 *   the page; aliases owned by one unit, compared folded (3.1); assignments to known units;
 * - phrases (aliases, markers) that fold to a non-empty phrase (a marker of only punctuation
 *   would match nothing, or everything);
 * - weights: 0 or within {@link WEIGHT_RANGE}, at least one positive, so that the weighted mean
 *   of the scorecard is a finite number.
 */
import * as z from 'zod';
import { ACTOR_KINDS, UNIT_KINDS } from '../model/types';
import {
  DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS, DEFAULT_THANKS_MARKERS, DEFAULT_TOPIC_MARKERS,
} from '../text/lexicons';
import { foldText } from '../text/fold';
import { WORKING_CALENDAR_DEFAULTS, workingCalendarIssues, type WorkingHoursBlock } from '../time/calendar';
import { WEIGHT_RANGE, type ConfigRule, type RuleParams } from './messages';

export { WEIGHT_RANGE } from './messages';

/** The params of an issue that breaks `rule` (worded by the per-parse error map). */
const rule = (name: ConfigRule, values: Record<string, unknown> = {}): { params: RuleParams } => ({ params: { rule: name, ...values } });

/**
 * A platform id. Written as a string; a JSON number is accepted while it is a safe integer
 * (larger ones have already lost digits in JSON parsing, so they are refused with the reason).
 */
const platformId = z.union([
  z.string().min(1),
  z.number().refine(Number.isSafeInteger, rule('inexact_id')),
]).transform(String);

/** Text matched folded (aliases, markers): it must fold to a non-empty phrase. */
const phrase = z.string().refine((text) => foldText(text) !== '', rule('empty_phrase'));

/** A composite weight: 0, or a relative weight within WEIGHT_RANGE. */
const weight = z.number().refine((w) => w === 0 || (w >= WEIGHT_RANGE.min && w <= WEIGHT_RANGE.max), rule('weight_out_of_range'));

export const UnitConfigSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(UNIT_KINDS),
  /** At least one (checked with the other units, so that a missing list reads "no account"). */
  accounts: z.array(platformId).default([]),
  aliases: z.array(phrase).default([]),
});

export const ActorConfigSchema = z.strictObject({
  id: platformId,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
});

/** The calendar's keys: their values are checked by the calendar's own rules, in the refinement. */
const CALENDAR_KEYS = ['timezone', 'workingDays', 'workingHours', 'holidays', 'extraHolidays', 'workingSaturdays'] as const;

/** Every field of the configuration with its own rules, before the rules across fields. */
const ConfigFieldsSchema = z.strictObject({
  /** Editors' JSON Schema pointer; ignored. */
  $schema: z.string().optional(),
  timezone: z.custom<string>().default(WORKING_CALENDAR_DEFAULTS.timezone),
  page: z.strictObject({ id: platformId, name: z.string().min(1) }).optional(),
  workingDays: z.custom<number[]>().default(() => [...WORKING_CALENDAR_DEFAULTS.workingDays]),
  workingHours: z.custom<[string, string][]>().default(() => WORKING_CALENDAR_DEFAULTS.workingHours.map(([a, b]: WorkingHoursBlock): [string, string] => [a, b])),
  holidays: z.custom<string[]>().optional(),
  extraHolidays: z.custom<string[]>().default(() => []),
  workingSaturdays: z.custom<string[]>().default(() => []),
  slaWorkingHours: z.number().positive().default(8),
  units: z.array(UnitConfigSchema).default([]),
  actors: z.array(ActorConfigSchema).default([]),
  assignments: z.array(z.strictObject({ commentId: z.string().min(1), unitId: z.string().min(1) })).default([]),
  petitionMarkers: z.array(phrase).default([...DEFAULT_PETITION_MARKERS]),
  businessMarkers: z.array(phrase).default([...DEFAULT_BUSINESS_MARKERS]),
  associationMarkers: z.array(phrase).default([...DEFAULT_ASSOCIATION_MARKERS]),
  thanksMarkers: z.array(phrase).default([...DEFAULT_THANKS_MARKERS]),
  /** Petition topics (issue 11), in report order: a name and the phrases that mark it. */
  topicMarkers: z
    .array(z.strictObject({ name: z.string().min(1), markers: z.array(phrase).min(1) }))
    .default(() => DEFAULT_TOPIC_MARKERS.map((t) => ({ name: t.name, markers: [...t.markers] }))),
  weights: z
    .strictObject({
      activity: weight.default(1),
      engagement: weight.default(1),
      responsiveness: weight.default(1),
      spread: weight.default(1),
      /** SPEC 4.6: named → the fifth sub-index `quality` is scored; absent (default) → it is not. */
      quality: weight.optional(),
    })
    .default({ activity: 1, engagement: 1, responsiveness: 1, spread: 1 }),
  privacy: z
    .strictObject({ pseudonymize: z.boolean().default(true), key: z.string().min(1).optional() })
    .default({ pseudonymize: true }),
});

export const ConfigSchema = ConfigFieldsSchema
  // Rules across fields. `when` makes them run even when other fields failed (SPEC 2.3: every
  // problem, all at once), so they read the partly-parsed value defensively and skip what is
  // malformed (already reported by its field).
  .superRefine((parsed, ctx) => {
    const config = parsed as unknown as Record<string, unknown>;
    const report = (path: (string | number)[], name: ConfigRule, values: Record<string, unknown> = {}) =>
      ctx.addIssue({ code: 'custom', path, ...rule(name, values) });

    // The calendar's rules, written once in src/time/calendar.ts.
    const calendarOptions: Record<string, unknown> = {};
    for (const key of CALENDAR_KEYS) if (config[key] !== undefined) calendarOptions[key] = config[key];
    for (const issue of workingCalendarIssues(calendarOptions)) {
      ctx.addIssue({ code: 'custom', path: [...issue.path], params: { rule: issue.rule, calendarMessage: issue.message } });
    }

    const unitIds = new Set<string>();
    const accountOwner = new Map<string, string>();
    const aliasOwner = new Map<string, string>();
    const page = isRecord(config.page) && typeof config.page.id === 'string' ? config.page.id : null;
    if (Array.isArray(config.units) && config.units.length === 0) report(['units'], 'no_units');
    listOf(config.units).forEach((unit, i) => {
      if (!isRecord(unit) || typeof unit.id !== 'string') return;
      if (unitIds.has(unit.id)) report(['units', i, 'id'], 'duplicate_unit_id', { id: unit.id });
      unitIds.add(unit.id);
      if (Array.isArray(unit.accounts) && unit.accounts.length === 0) report(['units', i, 'accounts'], 'no_accounts');
      listOf(unit.accounts).forEach((account, j) => {
        if (typeof account !== 'string') return;
        const owner = accountOwner.get(account);
        if (owner !== undefined && owner !== unit.id) report(['units', i, 'accounts', j], 'shared_account', { account, owner });
        accountOwner.set(account, unit.id as string);
        if (account === page) report(['units', i, 'accounts', j], 'page_account');
      });
      listOf(unit.aliases).forEach((alias, j) => {
        if (typeof alias !== 'string') return;
        const folded = foldText(alias);
        if (folded === '') return; // reported by the field
        const owner = aliasOwner.get(folded);
        if (owner !== undefined && owner !== unit.id) report(['units', i, 'aliases', j], 'shared_alias', { alias, owner });
        else aliasOwner.set(folded, unit.id as string);
      });
    });
    // Unknown units can only be told when the unit list itself was readable.
    if (Array.isArray(config.units)) {
      listOf(config.assignments).forEach((a, i) => {
        if (isRecord(a) && typeof a.unitId === 'string' && !unitIds.has(a.unitId)) {
          report(['assignments', i, 'unitId'], 'unknown_unit', { unitId: a.unitId });
        }
      });
    }
    const topicNames = new Set<string>();
    listOf(config.topicMarkers).forEach((topic, i) => {
      if (!isRecord(topic) || typeof topic.name !== 'string') return;
      if (topicNames.has(topic.name)) {
        ctx.addIssue({ code: 'custom', path: ['topicMarkers', i, 'name'], message: `duplicate topic "${topic.name}"` });
      }
      topicNames.add(topic.name);
    });
    const weights = isRecord(config.weights) ? Object.values(config.weights) : [];
    if (weights.length > 0 && weights.every((w) => w === 0)) report(['weights'], 'no_positive_weight');
  }, { when: (payload) => isRecord(payload.value) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Every default and no unit: what reading an export without a configuration (`validate` with no
 * `--config`) classifies actors with. Not a configuration `analyze` accepts (it has no unit).
 * @example defaultsWithoutUnits().petitionMarkers // the default lexicon
 */
export function defaultsWithoutUnits(): Config {
  return ConfigFieldsSchema.parse({});
}

/** What the user writes (every field optional where a default exists). */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** The validated configuration with defaults filled in. */
export type Config = z.output<typeof ConfigSchema>;
export type UnitConfig = Config['units'][number];
