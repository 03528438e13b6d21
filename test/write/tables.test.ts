/**
 * The tables' columns beside the schema's fields (issue 11 item 8): local times beside UTC ones,
 * names beside ids, and typed rows for every table helper.
 *
 * Oracles: the local times are checked against `src/time`'s own conversion (`formatLocalDateTime`,
 * the one owner of time), against plain UTC+7 arithmetic for Asia/Ho_Chi_Minh (no daylight saving
 * since 1975), and against the runtime's `Intl.DateTimeFormat` in a zone with daylight saving; the
 * names against `analysis.units` and `analysis.actors` looked up by hand. The row types are checked
 * by `tsc` (`npm test` type-checks the tests): each `expectTypeOf` below fails the build if a
 * helper's row type drifts.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { formatLocalDateTime } from '../../src/time/format';
import {
  actorsTable, analysisTables, associationsTable, LOCAL_TIME_PATTERN, petitionsTable, TABLE_COLUMN_TYPES, TABLE_COLUMNS,
  topicsTable, unitsTable, weeklyTable, type Flatten,
} from '../../src/write/tables';
import { edgesTable } from '../../src/write/edges';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();

/** `YYYY-MM-DD HH:mm:ss` of an instant shifted by whole hours (plain arithmetic on the UTC fields). */
function shifted(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** `YYYY-MM-DD HH:mm:ss` on the wall clock of `timeZone`, by the runtime's Intl (an oracle outside src/time). */
function intlWallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(Date.parse(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe('local-time columns (petitions.csv)', () => {
  const rows = petitionsTable(analysis);

  it('equal src/time\'s conversion of the UTC column, in the analysis\'s zone', () => {
    expect(analysis.period.timezone).toBe('Asia/Ho_Chi_Minh');
    rows.forEach((row, i) => {
      const p = analysis.petitions[i]!;
      expect(row.createdTime).toBe(p.createdTime);
      expect(row.createdTimeLocal).toBe(formatLocalDateTime(p.createdTime, 'Asia/Ho_Chi_Minh', 'en', LOCAL_TIME_PATTERN));
      expect(row.responseTimeLocal).toBe(p.responseTime === null ? null : formatLocalDateTime(p.responseTime, 'Asia/Ho_Chi_Minh', 'en', LOCAL_TIME_PATTERN));
    });
  });

  it('are UTC+7 in Asia/Ho_Chi_Minh (plain arithmetic), null when the UTC time is null', () => {
    const answered = rows.filter((r) => r.responseTime !== null);
    expect(answered.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.responseTime === null)).toBe(true);
    for (const row of rows) {
      expect(row.createdTimeLocal).toBe(shifted(row.createdTime, 7));
      expect(row.responseTimeLocal).toBe(row.responseTime === null ? null : shifted(row.responseTime, 7));
    }
  });

  it('follow daylight saving in another zone (Europe/Paris, checked with Intl)', () => {
    // Around the 2025 changes: 30 March 01:00 UTC (02:00 → 03:00 local), 26 October 01:00 UTC (03:00 → 02:00).
    const instants = ['2025-03-30T00:59:59.000Z', '2025-03-30T01:00:00.000Z', '2025-10-26T00:30:00.000Z', '2025-10-26T01:30:00.000Z', '2025-07-14T12:00:00.000Z'];
    const paris: Analysis = {
      ...analysis,
      period: { ...analysis.period, timezone: 'Europe/Paris' },
      petitions: instants.map((t, i) => ({ ...analysis.petitions[i]!, createdTime: t, responseTime: instants[(i + 1) % instants.length]! })),
    };
    const local = petitionsTable(paris);
    expect(local.map((r) => r.createdTimeLocal)).toEqual(instants.map((t) => intlWallClock(t, 'Europe/Paris')));
    expect(local.map((r) => r.createdTimeLocal)).toEqual([
      '2025-03-30 01:59:59', '2025-03-30 03:00:00', '2025-10-26 02:30:00', '2025-10-26 02:30:00', '2025-07-14 14:00:00',
    ]);
    expect(local.map((r) => r.responseTimeLocal)).toEqual(local.map((r, i) => local[(i + 1) % local.length]!.createdTimeLocal));
  });

  it('are typed as instants (UTC) and text (local) for the writers that keep types', () => {
    const types = Object.fromEntries(TABLE_COLUMN_TYPES.petitions.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ createdTime: 'instant', createdTimeLocal: 'string', responseTime: 'instant', responseTimeLocal: 'string' });
    // No other table holds an instant (weekStart and the period are local dates already).
    for (const [table, columns] of Object.entries(TABLE_COLUMN_TYPES)) {
      if (table !== 'petitions') expect(columns.filter((c) => c.type === 'instant'), table).toEqual([]);
    }
  });
});

describe('names beside ids', () => {
  const unitNames = new Map(analysis.units.map((u) => [u.unitId, u.name]));
  const actorNames = new Map(analysis.actors.map((a) => [a.id, a.name]));

  it('petitions: the unit\'s name and the author\'s name as analysis.actors has it (null for an individual)', () => {
    const rows = petitionsTable(analysis);
    expect(rows.some((r) => r.unitId === null)).toBe(true);
    for (const row of rows) {
      expect(row.unitName).toBe(row.unitId === null ? null : unitNames.get(row.unitId));
      expect(row.authorName).toBe(row.authorId === null ? null : actorNames.get(row.authorId) ?? null);
      if (row.authorKind === 'individual') expect(row.authorName).toBeNull();
    }
    expect(rows.filter((r) => r.authorKind === 'business').every((r) => typeof r.authorName === 'string')).toBe(true);
  });

  it('units: amplifierNames holds the names of amplifiers, in the same order, joined with ;', () => {
    const rows = unitsTable(analysis);
    expect(rows.some((r) => r.amplifiers?.includes(';'))).toBe(true);
    rows.forEach((row, i) => {
      const ids = analysis.units[i]!.amplifiers ?? [];
      expect(row.amplifierNames?.split(';')).toEqual(ids.length === 0 ? [''] : ids.map((id) => actorNames.get(id) ?? ''));
    });
  });

  it('weekly and topics: the unit\'s name beside its id', () => {
    for (const row of [...weeklyTable(analysis), ...topicsTable(analysis)]) {
      expect(row.unitName).toBe(row.unitId === null ? null : unitNames.get(row.unitId));
    }
    expect(topicsTable(analysis).some((r) => r.unitId === null && r.unitName === null)).toBe(true);
  });

  it('an id no one is named for (an actor outside the graph) has a null name, not the id', () => {
    const stranger: Analysis = { ...analysis, petitions: [{ ...analysis.petitions[0]!, authorId: 'toString', unitId: '__proto__' }] };
    expect(petitionsTable(stranger)[0]).toMatchObject({ authorId: 'toString', authorName: null, unitId: '__proto__', unitName: null });
  });
});

describe('analysisTables', () => {
  it('lists every table in file order, rows from the helpers, edges only with the graph', () => {
    const graph = makeSampleGraph(analysis);
    const tables = analysisTables(analysis, graph);
    expect(tables.map((t) => t.name)).toEqual(['units', 'actors', 'associations', 'petitions', 'weekly', 'topics', 'edges']);
    expect(Object.keys(TABLE_COLUMNS)).toEqual(tables.map((t) => t.name));
    expect(tables.find((t) => t.name === 'weekly')!.rows).toEqual(weeklyTable(analysis));
    expect(tables.find((t) => t.name === 'edges')!.rows).toEqual(edgesTable(graph));
    for (const t of tables) {
      expect(t.columns.map((c) => c.name)).toEqual(TABLE_COLUMNS[t.name]);
      for (const row of t.rows) expect(Object.keys(row)).toEqual(TABLE_COLUMNS[t.name]);
    }
    expect(analysisTables(analysis).map((t) => t.name)).not.toContain('edges');
  });
});

describe('typed rows (checked by tsc)', () => {
  it('every table helper returns rows typed column by column', () => {
    const unit = unitsTable(analysis)[0]!;
    expectTypeOf(unit.name).toEqualTypeOf<string>();
    expectTypeOf(unit.kind).toEqualTypeOf<'department' | 'locality'>();
    expectTypeOf(unit.rank).toEqualTypeOf<number | null>();
    expectTypeOf(unit.posts).toEqualTypeOf<number>();
    expectTypeOf(unit['subIndices.activity']).toEqualTypeOf<number | null>();
    expectTypeOf(unit['subIndices.quality']).toEqualTypeOf<number | null>();
    expectTypeOf(unit['answerReactions.LIKE']).toEqualTypeOf<number | null>();
    expectTypeOf(unit.amplifiers).toEqualTypeOf<string | null>(); // null: the input cannot tell (SPEC 2.2)
    expectTypeOf(unit.amplifierNames).toEqualTypeOf<string | null>();
    expectTypeOf(unit.unavailable).toEqualTypeOf<string | null>(); // `field:reason;…`
    expectTypeOf(unit.flags).toEqualTypeOf<string>();
    expectTypeOf(unit).not.toHaveProperty('subIndices');

    const actor = actorsTable(analysis)[0]!;
    expectTypeOf(actor.kind).toEqualTypeOf<'agency' | 'page' | 'association' | 'business' | 'individual'>();
    expectTypeOf(actor.name).toEqualTypeOf<string | null>();
    expectTypeOf(actor.pagerank).toEqualTypeOf<number>();

    const association = associationsTable(analysis)[0]!;
    expectTypeOf(association['brokerage.liaison']).toEqualTypeOf<number>();

    const petition = petitionsTable(analysis)[0]!;
    expectTypeOf(petition.createdTime).toEqualTypeOf<string>();
    expectTypeOf(petition.createdTimeLocal).toEqualTypeOf<string | null>();
    expectTypeOf(petition.onTime).toEqualTypeOf<boolean | null>();
    expectTypeOf(petition.topics).toEqualTypeOf<string>();
    expectTypeOf(petition.authorName).toEqualTypeOf<string | null>();

    const week = weeklyTable(analysis)[0]!;
    expectTypeOf(week.weekStart).toEqualTypeOf<string>();
    expectTypeOf(week.unitName).toEqualTypeOf<string | null>();

    const topic = topicsTable(analysis)[0]!;
    expectTypeOf(topic.topic).toEqualTypeOf<string | null>();
    expectTypeOf(topic.petitions).toEqualTypeOf<number>();

    const edge = edgesTable(makeSampleGraph(analysis))[0]!;
    expectTypeOf(edge.weight).toEqualTypeOf<number>();
    expectTypeOf(edge.reply).toEqualTypeOf<number | null>();
    expectTypeOf(edge.sourceLabel).toEqualTypeOf<string | null>();

    // Flatten on a type of one's own: nested objects as parent.child, arrays as text, optional as null.
    expectTypeOf<Flatten<{ a: { b?: number; c: boolean | null }; d: string[] }>>().toEqualTypeOf<{ 'a.b': number | null; 'a.c': boolean | null; d: string }>();
    // The values at run time are what the types say.
    expect(typeof unit.posts).toBe('number');
    expect(typeof unit.amplifiers).toBe('string');
  });
});
