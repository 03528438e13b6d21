import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig, type ConfigProblem } from '../../src/config/parse';
import { defaultsWithoutUnits, WEIGHT_RANGE } from '../../src/config/schema';
import { parseUnitsCsv } from '../../src/config/unitsCsv';
import { formatErrorPath, formatProblem, isDdciError } from '../../src/errors';
import { scorecard } from '../../src/scorecard/scorecard';
import {
  DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS,
} from '../../src/text/lexicons';
import { buildWorkingCalendar } from '../../src/time/calendar';

let nextAccount = 1;
/** A unit with an account of its own unless `extra` says otherwise. */
const unit = (id: string, extra: Record<string, unknown> = {}) =>
  ({ id, name: `Unit ${id}`, kind: 'department', accounts: [`acc-${nextAccount++}`], ...extra });
/** A valid configuration (one unit) with `extra` on top. */
const valid = (extra: Record<string, unknown> = {}) => ({ units: [unit('a', { accounts: ['1'] })], ...extra });

function problemsOf(input: unknown, lang: 'en' | 'vi' = 'en'): ConfigProblem[] {
  const result = parseConfig(input, { lang });
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}
const paths = (input: unknown) => problemsOf(input).map((p) => formatErrorPath(p.path));
const codes = (input: unknown) => problemsOf(input).map((p) => [p.code, formatErrorPath(p.path)]);

describe('parseConfig: defaults (SPEC 2.3)', () => {
  it('fills every documented default around the units', () => {
    const r = parseConfig(valid());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.config;
    expect(c.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(c.page).toBeUndefined();
    expect(c.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(c.workingHours).toEqual([['07:30', '11:30'], ['13:30', '17:00']]);
    expect(c.holidays).toBeUndefined(); // absent: Vietnam's public holidays are computed
    expect(c.extraHolidays).toEqual([]);
    expect(c.workingSaturdays).toEqual([]);
    expect(c.slaWorkingHours).toBe(8);
    expect(c.actors).toEqual([]);
    expect(c.assignments).toEqual([]);
    expect(c.petitionMarkers).toEqual([...DEFAULT_PETITION_MARKERS]);
    expect(c.businessMarkers).toEqual([...DEFAULT_BUSINESS_MARKERS]);
    expect(c.associationMarkers).toEqual([...DEFAULT_ASSOCIATION_MARKERS]);
    expect(c.weights).toEqual({ activity: 1, engagement: 1, responsiveness: 1, spread: 1 });
    expect(c.privacy).toEqual({ pseudonymize: true });
  });

  it('two parses do not share a default list (mutating one config leaves the next alone)', () => {
    const a = resolveConfig(valid());
    a.workingDays.push(6);
    expect(resolveConfig(valid()).workingDays).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an empty config, undefined and null alike: a scorecard needs at least one unit', () => {
    for (const input of [{}, undefined, null]) {
      expect(problemsOf(input)).toEqual([{ code: 'no_units', path: ['units'], message: 'at least one unit is needed' }]);
    }
  });

  it('defaults a unit\'s aliases to an empty list', () => {
    const c = resolveConfig({ units: [unit('a', { accounts: ['1'] })] });
    expect(c.units[0]).toEqual({ id: 'a', name: 'Unit a', kind: 'department', accounts: ['1'], aliases: [] });
  });

  it('fills the weights not given with 1 (equal by default)', () => {
    expect(resolveConfig(valid({ weights: { activity: 2 } })).weights).toEqual({ activity: 2, engagement: 1, responsiveness: 1, spread: 1 });
  });

  it('defaults privacy.pseudonymize to true and keeps a key', () => {
    expect(resolveConfig(valid({ privacy: {} })).privacy).toEqual({ pseudonymize: true });
    expect(resolveConfig(valid({ privacy: { key: 'k' } })).privacy).toEqual({ pseudonymize: true, key: 'k' });
  });

  it('keeps given holidays as the exact list of non-working days, even empty', () => {
    expect(resolveConfig(valid({ holidays: [] })).holidays).toEqual([]);
    expect(resolveConfig(valid({ holidays: ['2025-01-01'] })).holidays).toEqual(['2025-01-01']);
  });

  it('replaces a lexicon when it is given (override, not merge)', () => {
    const c = resolveConfig(valid({ businessMarkers: ['nha may'] }));
    expect(c.businessMarkers).toEqual(['nha may']);
    expect(c.associationMarkers).toEqual([...DEFAULT_ASSOCIATION_MARKERS]);
  });

  it('accepts a full valid configuration unchanged', () => {
    const input = {
      timezone: 'Asia/Bangkok',
      page: { id: 'p', name: 'Page' },
      workingDays: [1, 2, 3, 4, 5, 6],
      workingHours: [['08:00', '12:00'], ['13:00', '24:00']],
      holidays: ['2025-04-30'],
      extraHolidays: ['2025-05-02'],
      workingSaturdays: ['2025-04-27'], // a Sunday: not a working weekday here
      slaWorkingHours: 16,
      units: [unit('a', { accounts: ['1'], aliases: ['A'] }), unit('b', { kind: 'locality', accounts: ['2'] })],
      actors: [{ id: 'x', name: 'Hiệp hội X', kind: 'association' }],
      assignments: [{ commentId: 'c1', unitId: 'b' }],
      petitionMarkers: ['hoi'],
      businessMarkers: ['cty'],
      associationMarkers: ['hh'],
      thanksMarkers: ['cảm ơn'],
      topicMarkers: [{ name: 'Thuế', markers: ['hoa don'] }],
      weights: { activity: 1, engagement: 2, responsiveness: 3, spread: 0, quality: 1 },
      privacy: { pseudonymize: false, key: 'secret' },
    };
    const units = input.units.map((u) => ({ aliases: [], ...u }));
    expect(resolveConfig(input)).toEqual({ ...input, units });
  });

  it('defaultsWithoutUnits: every default, no unit (what validate classifies with when no config is given)', () => {
    const d = defaultsWithoutUnits();
    expect(d.units).toEqual([]);
    expect(d.petitionMarkers).toEqual([...DEFAULT_PETITION_MARKERS]);
    expect(d.privacy).toEqual({ pseudonymize: true });
  });
});

describe('parseConfig: every problem by its path, all at once (SPEC 2.3)', () => {
  it('reports `units[3].accounts: expected array` in the SPEC\'s path style', () => {
    const problems = problemsOf({ units: [unit('a'), unit('b'), unit('c'), unit('d', { accounts: 'x' })] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid_type', path: ['units', 3, 'accounts'] });
    expect(formatProblem(problems[0])).toMatch(/^units\[3\]\.accounts: .*expected array/);
  });

  it('lists every problem of a config at once, each with its own path', () => {
    const problems = problemsOf({
      timezone: 'Mars/Olympus',
      workingDays: [0, 8],
      workingHours: [['7:30', '11:30'], ['13:30', '12:00']],
      holidays: ['30/04/2025'],
      slaWorkingHours: 0,
      units: [unit('a', { kind: 'province' }), { id: 'b', kind: 'locality' }],
      actors: [{ id: 'x', name: 'X', kind: 'robot' }],
      weights: { activity: -1 },
      privacy: { pseudonymize: 'yes' },
    });
    expect(problems.map((p) => formatErrorPath(p.path)).sort()).toEqual([
      'actors[0].kind',
      'holidays[0]',
      'privacy.pseudonymize',
      'slaWorkingHours',
      'timezone',
      'units[0].kind',
      'units[1].accounts',
      'units[1].name',
      'weights.activity',
      'workingDays[0]',
      'workingDays[1]',
      'workingHours[0][0]',
      'workingHours[1]',
    ]);
  });

  it('gives each problem a stable code beside its message', () => {
    const byPath = new Map(problemsOf(valid({ slaWorkingHours: 'eight', units: [unit('a', { kind: 'x' })], timezone: 'Nowhere/Land' }))
      .map((p) => [formatErrorPath(p.path), p]));
    expect(byPath.get('slaWorkingHours')?.code).toBe('invalid_type');
    expect(byPath.get('units[0].kind')?.code).toBe('invalid_value');
    expect(byPath.get('timezone')).toMatchObject({ code: 'invalid_timezone', message: 'unknown IANA time zone "Nowhere/Land"' });
  });

  it('refuses unknown keys, at the root and inside a unit', () => {
    const problems = problemsOf({ unit: [], units: [unit('a', { acounts: ['1'] })] });
    expect(problems.map((p) => [p.code, formatErrorPath(p.path)])).toEqual(
      expect.arrayContaining([['unrecognized_keys', ''], ['unrecognized_keys', 'units[0]']]),
    );
    expect(problems.map((p) => p.message).join(' ')).toMatch(/unit/);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/acounts/);
  });

  it('refuses an empty id, name or account', () => {
    expect(paths({ units: [{ id: '', name: '', kind: 'department', accounts: [''] }] }).sort()).toEqual([
      'units[0].accounts[0]', 'units[0].id', 'units[0].name',
    ]);
  });

  it('reports cross-field problems together with type errors elsewhere (all at once)', () => {
    const problems = problemsOf({
      slaWorkingHours: 'eight',
      units: [unit('a', { accounts: ['1'] }), unit('a', { accounts: ['2'] }), unit('c', { kind: 'x', accounts: ['1'] })],
      assignments: [{ commentId: 'c', unitId: 'nowhere' }],
    });
    expect(problems.map((p) => formatErrorPath(p.path)).sort()).toEqual([
      'assignments[0].unitId',
      'slaWorkingHours',
      'units[1].id',
      'units[2].accounts[0]',
      'units[2].kind',
    ]);
  });

  it('survives malformed shapes without throwing (a list where an object belongs, and the reverse)', () => {
    for (const input of [[], 'config', 42, { units: 'x' }, { units: [null, 'x'] }, { units: [{ accounts: [null] }] }, { weights: [] },
      { assignments: [null] }, { workingHours: [null, 'x', ['a']] }, { workingDays: 'x' }, { holidays: {} }]) {
      const r = parseConfig(input);
      expect(r.ok).toBe(false);
    }
  });

  it('throws only for misuse of its own options (unknown key, unknown language)', () => {
    expect(() => parseConfig(valid(), { language: 'vi' } as never)).toThrowError(expect.objectContaining({ code: 'unknown_option' }));
    expect(() => parseConfig(valid(), { lang: 'fr' } as never)).toThrowError(expect.objectContaining({ code: 'invalid_option' }));
  });
});

describe('the calendar\'s rules, owned by the calendar and applied by the schema (SPEC 7.1)', () => {
  it('refuses a weekday listed twice, an empty week, and weekdays outside 1–7', () => {
    expect(codes(valid({ workingDays: [1, 1] }))).toEqual([['duplicate_weekday', 'workingDays[1]']]);
    expect(codes(valid({ workingDays: [] }))).toEqual([['no_working_day', 'workingDays']]);
    expect(codes(valid({ workingDays: [1.5, '2', null] }))).toEqual([
      ['invalid_weekday', 'workingDays[0]'], ['invalid_weekday', 'workingDays[1]'], ['invalid_weekday', 'workingDays[2]'],
    ]);
    expect(codes(valid({ workingDays: null }))).toEqual([['invalid_weekday_list', 'workingDays']]);
  });

  it('refuses working hours out of order, overlapping, empty, reversed or malformed; 24:00 may end a block', () => {
    expect(codes(valid({ workingHours: [['07:30', '11:30'], ['11:00', '17:00']] }))).toEqual([['overlapping_blocks', 'workingHours[1]']]);
    expect(codes(valid({ workingHours: [['13:30', '17:00'], ['07:30', '11:30']] }))).toEqual([['overlapping_blocks', 'workingHours[1]']]);
    expect(codes(valid({ workingHours: [] }))).toEqual([['no_working_hours', 'workingHours']]);
    expect(codes(valid({ workingHours: [['17:00', '07:30']] }))).toEqual([['block_ends_before_start', 'workingHours[0]']]);
    expect(codes(valid({ workingHours: [['07:30', '07:30']] }))).toEqual([['block_ends_before_start', 'workingHours[0]']]);
    expect(codes(valid({ workingHours: [['24:00', '24:00'], ['07:30', '25:00']] }))).toEqual([
      ['invalid_time', 'workingHours[0][0]'], ['invalid_time', 'workingHours[1][1]'],
    ]);
    expect(codes(valid({ workingHours: [['07:30']] }))).toEqual([['invalid_block', 'workingHours[0]']]);
    expect(parseConfig(valid({ workingHours: [['13:00', '24:00']] })).ok).toBe(true);
  });

  it('refuses dates that are not real calendar dates, in every date list', () => {
    expect(codes(valid({ holidays: ['2025-02-30'], extraHolidays: ['2025-13-01'], workingSaturdays: ['2025-2-8'] }))).toEqual([
      ['invalid_date', 'holidays[0]'], ['invalid_date', 'extraHolidays[0]'], ['invalid_date', 'workingSaturdays[0]'],
    ]);
    expect(parseConfig(valid({ holidays: ['2024-02-29'] })).ok).toBe(true); // a leap day is real
    expect(codes(valid({ holidays: ['2025-02-29'] }))).toEqual([['invalid_date', 'holidays[0]']]);
  });

  it('refuses a make-up day on a weekday that is worked anyway (2025-04-23 is a Wednesday)', () => {
    expect(codes(valid({ workingSaturdays: ['2025-04-26', '2025-04-23'] }))).toEqual([['make_up_on_working_day', 'workingSaturdays[1]']]);
    // With a six-day week the Saturday is worked already; the Sunday is still a day off.
    expect(codes(valid({ workingDays: [1, 2, 3, 4, 5, 6], workingSaturdays: ['2025-04-26', '2025-04-27'] })))
      .toEqual([['make_up_on_working_day', 'workingSaturdays[0]']]);
  });

  it('refuses null for a calendar option (only an absent key means the default)', () => {
    expect(codes(valid({ timezone: null, extraHolidays: null }))).toEqual([
      ['invalid_timezone', 'timezone'], ['invalid_date_list', 'extraHolidays'],
    ]);
  });

  it('a configuration validates exactly when the calendar builds (fast-check: one rule, no disagreement)', () => {
    const clock = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 25 }), fc.constantFrom(0, 30, 59, 60)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      fc.constantFrom('7:30', '', 'noon'),
    );
    const date = fc.oneof(
      fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2025-02-30', '2025-02-29', '2024-02-29', '30/04/2025'),
    );
    const options = fc.record({
      workingDays: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 8 }),
      workingHours: fc.array(fc.tuple(clock, clock), { maxLength: 3 }),
      holidays: fc.array(date, { maxLength: 3 }),
      extraHolidays: fc.array(date, { maxLength: 3 }),
      workingSaturdays: fc.array(date, { maxLength: 3 }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(options, (calendarOptions) => {
      const accepted = parseConfig(valid(calendarOptions)).ok;
      let built = true;
      try {
        buildWorkingCalendar(calendarOptions);
      } catch (error) {
        expect(isDdciError(error)).toBe(true);
        built = false;
      }
      expect(accepted).toBe(built);
    }), { numRuns: 400 });
  });
});

describe('units, aliases, markers and weights (SPEC 7.1)', () => {
  it('refuses a unit without accounts, missing or empty', () => {
    expect(codes({ units: [{ id: 'a', name: 'A', kind: 'department' }, unit('b', { accounts: [] })] })).toEqual([
      ['no_accounts', 'units[0].accounts'], ['no_accounts', 'units[1].accounts'],
    ]);
  });

  it('refuses duplicate unit ids', () => {
    expect(codes({ units: [unit('a'), unit('a')] })).toEqual([['duplicate_unit_id', 'units[1].id']]);
  });

  it('refuses an account owned by two units, but not one listed twice by the same unit', () => {
    expect(paths({ units: [unit('a', { accounts: ['1'] }), unit('b', { accounts: ['2', '1'] })] })).toEqual(['units[1].accounts[1]']);
    expect(parseConfig({ units: [unit('a', { accounts: ['1', '1'] })] }).ok).toBe(true);
  });

  it('refuses the page id as a unit account (the page is its own node, SPEC 3.2)', () => {
    expect(codes({ page: { id: 'p', name: 'P' }, units: [unit('a', { accounts: ['p'] })] })).toEqual([['page_account', 'units[0].accounts[0]']]);
  });

  it('refuses an alias owned by two units, compared folded (case, diacritics, punctuation)', () => {
    const problems = problemsOf({
      units: [unit('a', { aliases: ['Sở KH&ĐT'] }), unit('b', { aliases: ['so kh dt', 'Sở Tài chính'] }), unit('c', { aliases: ['SỞ TÀI CHÍNH!'] })],
    });
    expect(problems.map((p) => [p.code, formatErrorPath(p.path)])).toEqual([
      ['shared_alias', 'units[1].aliases[0]'], ['shared_alias', 'units[2].aliases[0]'],
    ]);
    expect(problems[0].message).toBe('alias "so kh dt" already belongs to unit "a" (compared without case, diacritics or punctuation)');
    // The same unit may spell one alias twice.
    expect(parseConfig({ units: [unit('a', { aliases: ['Sở TC', 'So TC'] })] }).ok).toBe(true);
  });

  it('refuses aliases and markers that fold to nothing', () => {
    expect(codes(valid({
      units: [unit('a', { aliases: ['?!', ''] })],
      petitionMarkers: ['xin hỏi', '???'],
      businessMarkers: ['  '],
      associationMarkers: ['–'],
    }))).toEqual([
      ['empty_phrase', 'units[0].aliases[0]'], ['empty_phrase', 'units[0].aliases[1]'],
      ['empty_phrase', 'petitionMarkers[1]'], ['empty_phrase', 'businessMarkers[0]'], ['empty_phrase', 'associationMarkers[0]'],
    ]);
  });

  it('refuses an assignment to an unknown unit', () => {
    expect(codes({ units: [unit('a')], assignments: [{ commentId: 'c', unitId: 'a' }, { commentId: 'd', unitId: 'z' }] })).toEqual([
      ['unknown_unit', 'assignments[1].unitId'],
    ]);
  });

  it('refuses weights that are all zero, negative, too large or too small to be summed exactly', () => {
    expect(codes(valid({ weights: { activity: 0, engagement: 0, responsiveness: 0, spread: 0 } }))).toEqual([['no_positive_weight', 'weights']]);
    expect(codes(valid({ weights: { activity: 1e308, engagement: -1, responsiveness: 1e-320, spread: Infinity } }))).toEqual([
      ['weight_out_of_range', 'weights.activity'], ['weight_out_of_range', 'weights.engagement'],
      ['weight_out_of_range', 'weights.responsiveness'], ['invalid_type', 'weights.spread'],
    ]);
    expect(parseConfig(valid({ weights: { activity: WEIGHT_RANGE.max, engagement: WEIGHT_RANGE.min, responsiveness: 0, spread: 25 } })).ok).toBe(true);
  });

  it('any accepted weights give the scorecard finite scores in 0–100 (fast-check)', () => {
    const weight = fc.oneof(fc.constant(0), fc.double({ min: WEIGHT_RANGE.min, max: WEIGHT_RANGE.max, noNaN: true }));
    const sub = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(fc.property(fc.tuple(weight, weight, weight, weight), fc.tuple(sub, sub, sub, sub), ([a, e, r, s], [x1, x2, x3, x4]) => {
      const result = parseConfig(valid({ weights: { activity: a, engagement: e, responsiveness: r, spread: s } }));
      if (!result.ok) {
        expect([a, e, r, s].every((w) => w === 0)).toBe(true);
        return;
      }
      const indicators = (v: number) => ({
        activity: { posts: v, activeWeekShare: v }, engagement: { interactionsPerPost: v, businessReach: v },
        responsiveness: { responseRate: v, withinSlaRate: v, medianResponseWorkingHours: v }, spread: { cascadeReach: v, sharesReceived: v, pagerank: v },
      });
      const rows = scorecard([x1, x2, x3, x4].map((v, i) => ({ unitId: `u${i}`, kind: 'department' as const, indicators: indicators(v) })), result.config.weights);
      for (const row of rows) {
        expect(Number.isFinite(row.score)).toBe(true);
        expect(row.score).toBeGreaterThanOrEqual(0);
        expect(row.score).toBeLessThanOrEqual(100 + 1e-9);
      }
    }), { numRuns: 200 });
  });
});

describe('one language per run: problems worded in Vietnamese on request', () => {
  it('words the rules, the calendar\'s rules and zod\'s own issues in Vietnamese', () => {
    const problems = problemsOf({
      workingDays: [1, 1], units: [unit('a', { kind: 'x', aliases: ['A'] }), unit('b', { aliases: ['a'] })], bogus: 1,
    }, 'vi');
    const byCode = new Map(problems.map((p) => [p.code, p.message]));
    expect(byCode.get('duplicate_weekday')).toBe('thứ này được liệt kê hai lần');
    expect(byCode.get('shared_alias')).toBe('bí danh "a" đã thuộc đơn vị "a" (so sánh không phân biệt hoa thường, dấu và dấu câu)');
    expect(byCode.get('invalid_value')).toMatch(/^Tùy chọn không hợp lệ/);
    expect(byCode.get('unrecognized_keys')).toMatch(/^Khóa không được nhận dạng/);
  });

  it('the same problems, the same codes and paths, in either language', () => {
    const input = { workingHours: [['13:00', '12:00']], units: [unit('a', { accounts: [] })], weights: { spread: -2 } };
    const strip = (ps: ConfigProblem[]) => ps.map((p) => [p.code, p.path]);
    expect(strip(problemsOf(input, 'vi'))).toEqual(strip(problemsOf(input, 'en')));
  });
});

describe('resolveConfig and ConfigError', () => {
  it('returns the config with defaults when valid', () => {
    expect(resolveConfig(valid({ slaWorkingHours: 4 })).slaWorkingHours).toBe(4);
  });

  it('throws a ConfigError (code invalid_config) listing every problem as `path: message`', () => {
    let error: unknown;
    try {
      resolveConfig({ timezone: 'X/Y', units: [unit('a', { accounts: 'x' })] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.code).toBe('invalid_config');
    expect(isDdciError(e)).toBe(true);
    expect(e.problems.map((p) => formatErrorPath(p.path)).sort()).toEqual(['timezone', 'units[0].accounts']);
    expect(e.problems.map((p) => p.code).sort()).toEqual(['invalid_timezone', 'invalid_type']);
    expect(e.message).toContain('  timezone: unknown IANA time zone "X/Y"');
    expect(e.message).toContain('  units[0].accounts: ');
  });

  it('accepts its own output again unchanged (analyze() may be given a validated Config)', () => {
    const config = resolveConfig(valid({ page: { id: 12345, name: 'P' }, workingSaturdays: ['2025-04-26'] }));
    expect(resolveConfig(config)).toEqual(config);
  });
});

describe('formatErrorPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatErrorPath(['units', 3, 'accounts'])).toBe('units[3].accounts');
    expect(formatErrorPath(['workingHours', 0, 1])).toBe('workingHours[0][1]');
    expect(formatErrorPath(['weights', 'activity'])).toBe('weights.activity');
    expect(formatErrorPath([])).toBe('');
  });

  it('formatProblem puts the file first and leaves out what is empty', () => {
    expect(formatProblem({ code: 'x', file: 'config.json', path: ['units', 3, 'accounts'], message: 'm' })).toBe('config.json: units[3].accounts: m');
    expect(formatProblem({ code: 'x', path: [], message: 'm' })).toBe('m');
  });
});

describe('parseUnitsCsv (SPEC 2.3: a units CSV may replace `units`)', () => {
  it('reads id, name, kind and `;`-separated accounts and aliases, and the row of each', () => {
    const { units, rows, problems } = parseUnitsCsv(
      'id,name,kind,accounts,aliases\nso-khdt,Sở KH&ĐT,department,1001; 1002 ,Sở KHĐT;Sở Kế hoạch và Đầu tư\nha-long,UBND Hạ Long,locality,,',
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { id: 'so-khdt', name: 'Sở KH&ĐT', kind: 'department', accounts: ['1001', '1002'], aliases: ['Sở KHĐT', 'Sở Kế hoạch và Đầu tư'] },
      { id: 'ha-long', name: 'UBND Hạ Long', kind: 'locality', accounts: [], aliases: [] },
    ]);
    expect(rows).toEqual([2, 3]);
  });

  it('tolerates a byte-order mark, header case and spacing, quoted cells, CRLF and blank lines', () => {
    const csv = '\uFEFF ID , Name ,KIND,Accounts,Aliases\r\n"so-tc","Sở Tài chính, Quảng Ninh",department,"1;2","Sở TC"\r\n\r\n';
    const { units, problems } = parseUnitsCsv(csv);
    expect(problems).toEqual([]);
    expect(units).toEqual([{ id: 'so-tc', name: 'Sở Tài chính, Quảng Ninh', kind: 'department', accounts: ['1', '2'], aliases: ['Sở TC'] }]);
  });

  it('works without the optional accounts and aliases columns', () => {
    const { units } = parseUnitsCsv('id,name,kind\na,A,department');
    expect(units).toEqual([{ id: 'a', name: 'A', kind: 'department', accounts: [], aliases: [] }]);
  });

  it('normalises names and aliases to NFC', () => {
    const nfd = 'Sở Tài chính'.normalize('NFD');
    const { units } = parseUnitsCsv(`id,name,kind,accounts,aliases\na,${nfd},department,,${nfd}`);
    expect(units[0].name).toBe('Sở Tài chính'.normalize('NFC'));
    expect(units[0].aliases).toEqual(['Sở Tài chính'.normalize('NFC')]);
  });

  it('reports each missing required cell by file, row and column, and skips that row', () => {
    const { units, rows, problems } = parseUnitsCsv('id,name,kind\na,A,department\n,B,\nc,C,locality', 'units.csv');
    expect(units.map((u) => u.id)).toEqual(['a', 'c']);
    expect(rows).toEqual([2, 4]);
    expect(problems).toEqual([
      { code: 'missing_field', file: 'units.csv', path: ['row 3', 'id'], message: 'missing id' },
      { code: 'missing_field', file: 'units.csv', path: ['row 3', 'kind'], message: 'missing kind' },
    ]);
    expect(problems.map(formatProblem)).toEqual(['units.csv: row 3.id: missing id', 'units.csv: row 3.kind: missing kind']);
  });

  it('reports unreadable CSV as one problem instead of throwing', () => {
    const { units, problems } = parseUnitsCsv('id,name,kind\n"a,A,department', 'u.csv');
    expect(units).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_csv', file: 'u.csv', path: [] })]);
  });

  it('leaves values to the config schema: a bad kind is refused at `units[0].kind`', () => {
    const { units, problems } = parseUnitsCsv('id,name,kind,accounts\na,A,province,1');
    expect(problems).toEqual([]);
    expect(paths({ units })).toEqual(['units[0].kind']);
    const good = parseUnitsCsv('id,name,kind,accounts\na,A,department,1;2').units;
    expect(resolveConfig({ units: good }).units[0].accounts).toEqual(['1', '2']);
  });
});

describe('platform ids written as JSON numbers', () => {
  it('accepts a safe integer id and stores it as a string', () => {
    const result = parseConfig({
      page: { id: 104827365019283, name: 'DDCI Quảng Ninh' },
      units: [{ id: 'so-khdt', name: 'Sở KH&ĐT', kind: 'department', accounts: [146378744410634] }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.page?.id).toBe('104827365019283');
    expect(result.config.units[0].accounts).toEqual(['146378744410634']);
  });

  it('refuses an id too large to be exact in JSON, naming its path', () => {
    const result = parseConfig({ units: [{ id: 'a', name: 'A', kind: 'department', accounts: [100000840531732001] }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, formatErrorPath(p.path)])).toEqual([['inexact_id', 'units[0].accounts[0]']]);
    expect(result.problems[0].message).toContain('write it as a string');
  });

  it('ignores an editor $schema pointer but still refuses other unknown keys', () => {
    expect(parseConfig(valid({ $schema: './config.schema.json' })).ok).toBe(true);
    expect(parseConfig(valid({ slaWorkingHour: 8 })).ok).toBe(false);
  });
});
