/**
 * The configuration (SPEC 2.3): validated with zod at the boundary, every problem reported by its
 * path, all at once, before any work. Inside, code works on the plain `Config` with defaults filled.
 */
import { z } from 'zod';
import {
  DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS, DEFAULT_TOPIC_MARKERS,
} from '../text/lexicons';
import { foldText } from '../text/fold';
import { isValidTimeZone } from '../time/zone';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, 'expected a time HH:MM');

/**
 * A platform id. Written as a string; a JSON number is accepted while it is a safe integer
 * (larger ones have already lost digits in JSON parsing, so they are refused with the reason).
 */
const platformId = z.union([
  z.string().min(1),
  z.number().refine(Number.isSafeInteger, 'a numeric id must be a whole number below 2^53 to be exact in JSON: write it as a string'),
]).transform(String);

export const UnitConfigSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['department', 'locality']),
  accounts: z.array(platformId).default([]),
  aliases: z.array(z.string().min(1)).default([]),
});

export const ActorConfigSchema = z.strictObject({
  id: platformId,
  name: z.string().min(1),
  kind: z.enum(['association', 'business', 'individual', 'agency', 'page']),
});

export const ConfigSchema = z
  .strictObject({
    /** Editors' JSON Schema pointer; ignored. */
    $schema: z.string().optional(),
    timezone: z.string().refine(isValidTimeZone, 'unknown IANA time zone').default('Asia/Ho_Chi_Minh'),
    page: z.strictObject({ id: platformId, name: z.string().min(1) }).optional(),
    workingDays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
    workingHours: z
      // A block with a malformed time is reported at that time only, not also as out of order.
      .array(z.tuple([clock, clock]).refine(([a, b]) => !(CLOCK.test(a) && CLOCK.test(b)) || a < b, 'a block must end after it starts'))
      .min(1)
      .default([['07:30', '11:30'], ['13:30', '17:00']]),
    holidays: z.array(localDate).optional(),
    extraHolidays: z.array(localDate).default([]),
    workingSaturdays: z.array(localDate).default([]),
    slaWorkingHours: z.number().positive().default(8),
    units: z.array(UnitConfigSchema).default([]),
    actors: z.array(ActorConfigSchema).default([]),
    assignments: z.array(z.strictObject({ commentId: z.string().min(1), unitId: z.string().min(1) })).default([]),
    petitionMarkers: z.array(z.string().min(1)).default([...DEFAULT_PETITION_MARKERS]),
    businessMarkers: z.array(z.string().min(1)).default([...DEFAULT_BUSINESS_MARKERS]),
    associationMarkers: z.array(z.string().min(1)).default([...DEFAULT_ASSOCIATION_MARKERS]),
    /** Petition topics (issue 11), in report order: a name and the phrases that mark it. */
    topicMarkers: z
      .array(z.strictObject({
        name: z.string().min(1),
        markers: z.array(z.string().refine((m) => foldText(m) !== '', 'a marker must fold to a non-empty phrase')).min(1),
      }))
      .default(DEFAULT_TOPIC_MARKERS.map((t) => ({ name: t.name, markers: [...t.markers] }))),
    weights: z
      .strictObject({
        activity: z.number().nonnegative().default(1),
        engagement: z.number().nonnegative().default(1),
        responsiveness: z.number().nonnegative().default(1),
        spread: z.number().nonnegative().default(1),
      })
      .default({ activity: 1, engagement: 1, responsiveness: 1, spread: 1 }),
    privacy: z
      .strictObject({ pseudonymize: z.boolean().default(true), key: z.string().min(1).optional() })
      .default({ pseudonymize: true }),
  })
  // Cross-field rules zod can't express per field: unique ids, accounts owned once, known units.
  // `when` makes them run even when other fields failed (SPEC 2.3: every problem, all at once),
  // so they read the partly-parsed value defensively and skip what is malformed.
  .superRefine((parsed, ctx) => {
    const config = parsed as unknown as Record<string, unknown>;
    const unitIds = new Set<string>();
    const accountOwner = new Map<string, string>();
    const page = isRecord(config.page) && typeof config.page.id === 'string' ? config.page.id : null;
    listOf(config.units).forEach((unit, i) => {
      if (!isRecord(unit) || typeof unit.id !== 'string') return;
      if (unitIds.has(unit.id)) {
        ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `duplicate unit id "${unit.id}"` });
      }
      unitIds.add(unit.id);
      listOf(unit.accounts).forEach((account, j) => {
        if (typeof account !== 'string') return;
        const owner = accountOwner.get(account);
        if (owner !== undefined && owner !== unit.id) {
          ctx.addIssue({
            code: 'custom', path: ['units', i, 'accounts', j],
            message: `account "${account}" already belongs to unit "${owner}"`,
          });
        }
        accountOwner.set(account, unit.id as string);
        if (account === page) {
          ctx.addIssue({ code: 'custom', path: ['units', i, 'accounts', j], message: 'the page id cannot be a unit account' });
        }
      });
    });
    // Unknown units can only be told when the unit list itself was readable.
    if (Array.isArray(config.units)) {
      listOf(config.assignments).forEach((a, i) => {
        if (isRecord(a) && typeof a.unitId === 'string' && !unitIds.has(a.unitId)) {
          ctx.addIssue({ code: 'custom', path: ['assignments', i, 'unitId'], message: `unknown unit "${a.unitId}"` });
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
    if (weights.length > 0 && weights.every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'at least one weight must be positive' });
    }
  }, { when: (payload) => isRecord(payload.value) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** What the user writes (every field optional where a default exists). */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** The validated configuration with defaults filled in. */
export type Config = z.output<typeof ConfigSchema>;
export type UnitConfig = Config['units'][number];
