import { describe, expect, it } from 'vitest';
import { ConfigError, formatPath, parseConfig, resolveConfig, type ConfigProblem } from '../../src/config/parse';
import { parseUnitsCsv } from '../../src/config/unitsCsv';
import {
  DEFAULT_ASSOCIATION_MARKERS, DEFAULT_BUSINESS_MARKERS, DEFAULT_PETITION_MARKERS,
} from '../../src/text/lexicons';

const unit = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Unit ${id}`, kind: 'department', ...extra });

function problemsOf(input: unknown): ConfigProblem[] {
  const result = parseConfig(input);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.problems;
}
const paths = (input: unknown) => problemsOf(input).map((p) => p.path);

describe('parseConfig: defaults (SPEC 2.3)', () => {
  it('fills every documented default for an empty config', () => {
    const r = parseConfig({});
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
    expect(c.units).toEqual([]);
    expect(c.actors).toEqual([]);
    expect(c.assignments).toEqual([]);
    expect(c.petitionMarkers).toEqual([...DEFAULT_PETITION_MARKERS]);
    expect(c.businessMarkers).toEqual([...DEFAULT_BUSINESS_MARKERS]);
    expect(c.associationMarkers).toEqual([...DEFAULT_ASSOCIATION_MARKERS]);
    expect(c.weights).toEqual({ activity: 1, engagement: 1, responsiveness: 1, spread: 1 });
    expect(c.privacy).toEqual({ pseudonymize: true });
  });

  it('treats undefined and null input as an empty config', () => {
    expect(parseConfig(undefined).ok).toBe(true);
    expect(parseConfig(null).ok).toBe(true);
  });

  it('defaults a unit\'s accounts and aliases to empty lists', () => {
    const c = resolveConfig({ units: [unit('a')] });
    expect(c.units[0]).toEqual({ id: 'a', name: 'Unit a', kind: 'department', accounts: [], aliases: [] });
  });

  it('fills the weights not given with 1 (equal by default)', () => {
    expect(resolveConfig({ weights: { activity: 2 } }).weights).toEqual({ activity: 2, engagement: 1, responsiveness: 1, spread: 1 });
  });

  it('defaults privacy.pseudonymize to true and keeps a key', () => {
    expect(resolveConfig({ privacy: {} }).privacy).toEqual({ pseudonymize: true });
    expect(resolveConfig({ privacy: { key: 'k' } }).privacy).toEqual({ pseudonymize: true, key: 'k' });
  });

  it('keeps given holidays as the exact list of non-working days, even empty', () => {
    expect(resolveConfig({ holidays: [] }).holidays).toEqual([]);
    expect(resolveConfig({ holidays: ['2025-01-01'] }).holidays).toEqual(['2025-01-01']);
  });

  it('replaces a lexicon when it is given (override, not merge)', () => {
    const c = resolveConfig({ businessMarkers: ['nha may'] });
    expect(c.businessMarkers).toEqual(['nha may']);
    expect(c.associationMarkers).toEqual([...DEFAULT_ASSOCIATION_MARKERS]);
  });

  it('accepts a full valid configuration unchanged', () => {
    const input = {
      timezone: 'Asia/Bangkok',
      page: { id: 'p', name: 'Page' },
      workingDays: [1, 2, 3, 4, 5, 6],
      workingHours: [['08:00', '12:00']],
      holidays: ['2025-04-30'],
      extraHolidays: ['2025-05-02'],
      workingSaturdays: ['2025-04-26'],
      slaWorkingHours: 16,
      units: [unit('a', { accounts: ['1'], aliases: ['A'] }), unit('b', { kind: 'locality' })],
      actors: [{ id: 'x', name: 'Hiệp hội X', kind: 'association' }],
      assignments: [{ commentId: 'c1', unitId: 'b' }],
      petitionMarkers: ['hoi'],
      businessMarkers: ['cty'],
      associationMarkers: ['hh'],
      topicMarkers: [{ name: 'Thuế', markers: ['hoa don'] }],
      weights: { activity: 1, engagement: 2, responsiveness: 3, spread: 0 },
      privacy: { pseudonymize: false, key: 'secret' },
    };
    const units = input.units.map((u) => ({ accounts: [], aliases: [], ...u }));
    expect(resolveConfig(input)).toEqual({ ...input, units });
  });
});

describe('parseConfig: every problem by its path, all at once (SPEC 2.3)', () => {
  it('reports `units[3].accounts: expected array` in the SPEC\'s path style', () => {
    const problems = problemsOf({ units: [unit('a'), unit('b'), unit('c'), unit('d', { accounts: 'x' })] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'invalid_type', path: 'units[3].accounts' });
    expect(problems[0].message).toMatch(/expected array/);
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
    expect(problems.map((p) => p.path).sort()).toEqual([
      'actors[0].kind',
      'holidays[0]',
      'privacy.pseudonymize',
      'slaWorkingHours',
      'timezone',
      'units[0].kind',
      'units[1].name',
      'weights.activity',
      'workingDays[0]',
      'workingDays[1]',
      'workingHours[0][0]',
      'workingHours[1]',
    ]);
  });

  it('gives each problem a stable code beside its message', () => {
    const byPath = new Map(problemsOf({ slaWorkingHours: 'eight', units: [unit('a', { kind: 'x' })], timezone: 'Nowhere/Land' }).map((p) => [p.path, p]));
    expect(byPath.get('slaWorkingHours')?.code).toBe('invalid_type');
    expect(byPath.get('units[0].kind')?.code).toBe('invalid_value');
    expect(byPath.get('timezone')).toMatchObject({ code: 'custom', message: 'unknown IANA time zone' });
  });

  it('refuses unknown keys, at the root and inside a unit', () => {
    const problems = problemsOf({ unit: [], units: [unit('a', { acounts: ['1'] })] });
    expect(problems.map((p) => [p.code, p.path])).toEqual(
      expect.arrayContaining([['unrecognized_keys', '(root)'], ['unrecognized_keys', 'units[0]']]),
    );
    expect(problems.map((p) => p.message).join(' ')).toMatch(/unit/);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/acounts/);
  });

  it('refuses a clock time outside 00:00–23:59 and a block that ends before it starts', () => {
    expect(paths({ workingHours: [['07:30', '24:00']] })).toEqual(['workingHours[0][1]']);
    expect(paths({ workingHours: [['17:00', '07:30']] })).toEqual(['workingHours[0]']);
    expect(paths({ workingHours: [['07:30', '07:30']] })).toEqual(['workingHours[0]']);
    expect(paths({ workingHours: [] })).toEqual(['workingHours']);
  });

  it('refuses an empty id, name or account', () => {
    expect(paths({ units: [{ id: '', name: '', kind: 'department', accounts: [''] }] }).sort()).toEqual([
      'units[0].accounts[0]', 'units[0].id', 'units[0].name',
    ]);
  });

  it('refuses duplicate unit ids', () => {
    const problems = problemsOf({ units: [unit('a'), unit('a')] });
    expect(problems).toEqual([expect.objectContaining({ code: 'custom', path: 'units[1].id' })]);
  });

  it('refuses an account owned by two units, but not one listed twice by the same unit', () => {
    expect(paths({ units: [unit('a', { accounts: ['1'] }), unit('b', { accounts: ['2', '1'] })] })).toEqual(['units[1].accounts[1]']);
    expect(parseConfig({ units: [unit('a', { accounts: ['1', '1'] })] }).ok).toBe(true);
  });

  it('refuses the page id as a unit account (the page is its own node, SPEC 3.2)', () => {
    expect(paths({ page: { id: 'p', name: 'P' }, units: [unit('a', { accounts: ['p'] })] })).toEqual(['units[0].accounts[0]']);
  });

  it('refuses an assignment to an unknown unit', () => {
    expect(paths({ units: [unit('a')], assignments: [{ commentId: 'c', unitId: 'a' }, { commentId: 'd', unitId: 'z' }] })).toEqual([
      'assignments[1].unitId',
    ]);
  });

  it('refuses weights that are all zero', () => {
    expect(paths({ weights: { activity: 0, engagement: 0, responsiveness: 0, spread: 0 } })).toEqual(['weights']);
  });

  it('reports cross-field problems together with type errors elsewhere (all at once)', () => {
    const problems = problemsOf({
      slaWorkingHours: 'eight',
      units: [unit('a', { accounts: ['1'] }), unit('a', { accounts: ['2'] }), unit('c', { kind: 'x', accounts: ['1'] })],
      assignments: [{ commentId: 'c', unitId: 'nowhere' }],
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'assignments[0].unitId',
      'slaWorkingHours',
      'units[1].id',
      'units[2].accounts[0]',
      'units[2].kind',
    ]);
  });

  it('survives malformed shapes without throwing (a list where an object belongs, and the reverse)', () => {
    for (const input of [[], 'config', 42, { units: 'x' }, { units: [null, 'x'] }, { units: [{ accounts: [null] }] }, { weights: [] }, { assignments: [null] }]) {
      const r = parseConfig(input);
      expect(r.ok).toBe(false);
    }
  });
});

describe('resolveConfig and ConfigError', () => {
  it('returns the config with defaults when valid', () => {
    expect(resolveConfig({ slaWorkingHours: 4 }).slaWorkingHours).toBe(4);
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
    expect(e.configProblems.map((p) => p.path).sort()).toEqual(['timezone', 'units[0].accounts']);
    expect(e.message).toContain('  timezone: unknown IANA time zone');
    expect(e.message).toContain('  units[0].accounts: ');
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['units', 3, 'accounts'])).toBe('units[3].accounts');
    expect(formatPath(['workingHours', 0, 1])).toBe('workingHours[0][1]');
    expect(formatPath(['weights', 'activity'])).toBe('weights.activity');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('parseUnitsCsv (SPEC 2.3: a units CSV may replace `units`)', () => {
  it('reads id, name, kind and `;`-separated accounts and aliases', () => {
    const { units, problems } = parseUnitsCsv(
      'id,name,kind,accounts,aliases\nso-khdt,Sở KH&ĐT,department,1001; 1002 ,Sở KHĐT;Sở Kế hoạch và Đầu tư\nha-long,UBND Hạ Long,locality,,',
    );
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { id: 'so-khdt', name: 'Sở KH&ĐT', kind: 'department', accounts: ['1001', '1002'], aliases: ['Sở KHĐT', 'Sở Kế hoạch và Đầu tư'] },
      { id: 'ha-long', name: 'UBND Hạ Long', kind: 'locality', accounts: [], aliases: [] },
    ]);
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
    const { units, problems } = parseUnitsCsv('id,name,kind\na,A,department\n,B,\nc,C,locality', 'units.csv');
    expect(units.map((u) => u.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([
      { code: 'missing_field', path: 'units.csv row 3.id', message: 'missing id' },
      { code: 'missing_field', path: 'units.csv row 3.kind', message: 'missing kind' },
    ]);
  });

  it('reports unreadable CSV as one problem instead of throwing', () => {
    const { units, problems } = parseUnitsCsv('id,name,kind\n"a,A,department', 'u.csv');
    expect(units).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid_csv', path: 'u.csv' })]);
  });

  it('leaves values to the config schema: a bad kind is refused at `units[0].kind`', () => {
    const { units, problems } = parseUnitsCsv('id,name,kind\na,A,province');
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
    expect(result.problems.map((p) => p.path)).toContain('units[0].accounts[0]');
    expect(result.problems[0].message).toContain('write it as a string');
  });

  it('ignores an editor $schema pointer but still refuses other unknown keys', () => {
    expect(parseConfig({ $schema: './config.schema.json' }).ok).toBe(true);
    expect(parseConfig({ slaWorkingHour: 8 }).ok).toBe(false);
  });
});
