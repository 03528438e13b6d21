/**
 * The holiday schedules Vietnam's government actually announced for civil servants and public
 * employees (Monday–Friday week), year by year. They win over the Labour Code rule
 * (`./holidays.ts`) for the years they cover, because the Prime Minister chooses, each year, which
 * days around Tết are taken, the day next to 2/9, and swaps of working days (hoán đổi, with a
 * make-up working Saturday, ngày làm bù).
 *
 * Each period is the whole announced break ("nghỉ từ … đến hết …"), weekly rest days inside it
 * included. `year` is the year of the holiday (a New Year break may start the December before).
 * A year is listed only when every one of its breaks could be established from the announcement
 * or from consistent press reports of it; sources are given per period. Years not listed follow
 * the rule.
 *
 * Not included: Vietnam Culture Day (24 November), which the Politburo's Resolution 80-NQ/TW
 * (January 2026) and Government Resolution 30/NQ-CP ask to make a paid holiday; it is not in
 * Article 112 of the Labour Code yet. Add it with `extraHolidays` once it is.
 */

/** The holidays of Article 112 of the Labour Code 2019 (Điều 112 Bộ luật Lao động). */
export type HolidayKind = 'new-year' | 'tet' | 'hung-kings' | 'reunification-labour' | 'national-day';

/** One announced break. Dates are YYYY-MM-DD, `from` and `to` inclusive. */
export interface OfficialHolidayPeriod {
  readonly year: number;
  readonly kind: HolidayKind;
  readonly from: string;
  readonly to: string;
  /** Saturdays worked to make up for a swapped weekday (ngày làm bù). */
  readonly makeUpWorkdays: readonly string[];
  /** The announcement, or the report of it that was checked. */
  readonly source: string;
}

function period(
  year: number,
  kind: HolidayKind,
  from: string,
  to: string,
  source: string,
  makeUpWorkdays: readonly string[] = [],
): OfficialHolidayPeriod {
  return Object.freeze({ year, kind, from, to, makeUpWorkdays: Object.freeze([...makeUpWorkdays]), source });
}

const VNEXPRESS_2017 =
  'VnExpress International, "Vietnamese PM approves 7-day Lunar New Year break", 2016-11-15; "Vietnam to have four-day break in late April", 2017-03-24';
const VNEXPRESS_2018 =
  'VnExpress International, "Vietnam to kick off Lunar New Year break on Valentine\'s Day", 2017-12-15 (PM\'s decision on the MOLISA plan for 2018)';
const MOLISA_2019 =
  'MOLISA notice on the 2019 holidays after Official Dispatch 6519/VPCP-KGVX (2018), reported by Nhân Dân / VietnamNet, "Total of 21 days for 2019 public holidays announced", 2018-08-06';
const SGGP_2021 = 'SGGP, "Vietnam\'s public holidays in 2021", 2020-12-09 (MOLISA notice)';

/**
 * Announced breaks, 2017–2026, sorted by start date.
 *
 * @example
 * OFFICIAL_HOLIDAY_PERIODS.filter((p) => p.year === 2025 && p.kind === 'tet');
 * // [{ year: 2025, kind: 'tet', from: '2025-01-25', to: '2025-02-02', makeUpWorkdays: [], source: … }]
 */
export const OFFICIAL_HOLIDAY_PERIODS: readonly OfficialHolidayPeriod[] = Object.freeze([
  // 2017 (Labour Code 2012: National Day is one day).
  period(2017, 'new-year', '2016-12-31', '2017-01-02', VNEXPRESS_2017),
  period(2017, 'tet', '2017-01-26', '2017-02-01', VNEXPRESS_2017),
  period(2017, 'hung-kings', '2017-04-06', '2017-04-06', VNEXPRESS_2017),
  period(2017, 'reunification-labour', '2017-04-29', '2017-05-02', VNEXPRESS_2017),
  period(2017, 'national-day', '2017-09-02', '2017-09-04', VNEXPRESS_2017),
  // 2018.
  period(2018, 'new-year', '2017-12-30', '2018-01-01', VNEXPRESS_2018),
  period(2018, 'tet', '2018-02-14', '2018-02-20', VNEXPRESS_2018),
  period(2018, 'hung-kings', '2018-04-25', '2018-04-25', VNEXPRESS_2018),
  period(2018, 'reunification-labour', '2018-04-28', '2018-05-01', VNEXPRESS_2018),
  period(2018, 'national-day', '2018-09-01', '2018-09-03', VNEXPRESS_2018),
  // 2019: two swaps (Mon 31/12/2018 ↔ Sat 5/1/2019; Mon 29/4 ↔ Sat 4/5).
  period(2019, 'new-year', '2018-12-29', '2019-01-01', MOLISA_2019, ['2019-01-05']),
  period(2019, 'tet', '2019-02-02', '2019-02-10', MOLISA_2019),
  period(2019, 'hung-kings', '2019-04-13', '2019-04-15', MOLISA_2019),
  period(2019, 'reunification-labour', '2019-04-27', '2019-05-01', MOLISA_2019, ['2019-05-04']),
  period(
    2019,
    'national-day',
    '2019-08-31',
    '2019-09-02',
    'Nhân Dân, "State employees to get three days off to celebrate National Day", 2019 (MOLISA notice)',
  ),
  // 2020.
  period(
    2020,
    'new-year',
    '2020-01-01',
    '2020-01-01',
    'MOLISA 2020 plan: one day, Wednesday 1/1 (Labour Code 2012, Art. 115)',
  ),
  period(
    2020,
    'tet',
    '2020-01-23',
    '2020-01-29',
    'VietnamNet, "Seven-day holiday for Lunar New Year 2020 approved" (decision signed by the MOLISA minister); SGGP 2019-12-31',
  ),
  period(2020, 'hung-kings', '2020-04-02', '2020-04-02', 'Labour Code 2012 Art. 115: 10/3 lunar = Thursday 2 April 2020'),
  period(2020, 'reunification-labour', '2020-04-30', '2020-05-01', 'Labour Code 2012 Art. 115: Thursday–Friday'),
  period(2020, 'national-day', '2020-09-02', '2020-09-02', 'Labour Code 2012 Art. 115: one day, Wednesday'),
  // 2021 (Labour Code 2019 in force: National Day is two days).
  period(2021, 'new-year', '2021-01-01', '2021-01-03', SGGP_2021),
  period(2021, 'tet', '2021-02-10', '2021-02-16', SGGP_2021),
  period(2021, 'hung-kings', '2021-04-21', '2021-04-21', SGGP_2021),
  period(2021, 'reunification-labour', '2021-04-30', '2021-05-03', SGGP_2021),
  period(2021, 'national-day', '2021-09-02', '2021-09-05', SGGP_2021),
  // 2022.
  period(2022, 'new-year', '2022-01-01', '2022-01-03', 'officeholidays.com, Vietnam 2022: Saturday 1/1, in lieu Monday 3/1 (Labour Code 2019 Art. 111–112)'),
  period(
    2022,
    'tet',
    '2022-01-29',
    '2022-02-06',
    'Official Dispatch 245/VPCP-KGVX, 2022-01-11 (five Tết days and the weekends before and after)',
  ),
  period(
    2022,
    'hung-kings',
    '2022-04-09',
    '2022-04-11',
    'SGGP, "Seven days off in total for national holidays in April" (MOLISA Department of Work Safety)',
  ),
  period(
    2022,
    'reunification-labour',
    '2022-04-30',
    '2022-05-03',
    'SGGP, "Seven days off in total for national holidays in April" (MOLISA Department of Work Safety)',
  ),
  period(
    2022,
    'national-day',
    '2022-09-01',
    '2022-09-04',
    'Government Office via VGP, reported by Đảng Cộng sản, "Workers to have four day off from September 1 to 4", 2022-08-05',
  ),
  // 2023.
  period(2023, 'new-year', '2022-12-31', '2023-01-02', 'Dân trí, 2023 plan of 19 holidays (Tết Dương lịch three days), via phunusuckhoe24h.com: Sunday 1/1, in lieu Monday 2/1'),
  period(
    2023,
    'tet',
    '2023-01-20',
    '2023-01-26',
    'Deputy PM Vũ Đức Đam\'s approval of the MOLISA proposal (Tết from 20/1 to 26/1/2023), reported by Pháp luật (pld.net.vn)',
  ),
  period(
    2023,
    'hung-kings',
    '2023-04-29',
    '2023-05-03',
    'VietnamPlus, "Workers to enjoy five-day Reunification Day holiday", 2023-01-30 (Giỗ Tổ Saturday 29/4, in lieu 2/5)',
  ),
  period(
    2023,
    'reunification-labour',
    '2023-04-29',
    '2023-05-03',
    'VietnamPlus, "Workers to enjoy five-day Reunification Day holiday", 2023-01-30 (30/4 Sunday, in lieu 3/5)',
  ),
  period(
    2023,
    'national-day',
    '2023-09-01',
    '2023-09-04',
    'MOLISA notice, reported by Hanoi Times / VietnamNet, 2023-08 (1/9–4/9, Monday 4/9 in lieu)',
  ),
  // 2024: one swap (Mon 29/4 ↔ Sat 4/5).
  period(2024, 'new-year', '2023-12-30', '2024-01-01', 'Labour Code 2019 Art. 112: Monday 1/1/2024, after the weekend'),
  period(
    2024,
    'tet',
    '2024-02-08',
    '2024-02-14',
    'PM Phạm Minh Chính\'s approval of the MOLISA plan, Việt Nam News, "One-week break approved for Tết holiday in 2024", 2023-11-05',
  ),
  period(2024, 'hung-kings', '2024-04-18', '2024-04-18', 'Chinhphu.vn, 2024-04-20: Giỗ Tổ Thursday 18/4'),
  period(
    2024,
    'reunification-labour',
    '2024-04-27',
    '2024-05-01',
    'Official Dispatch 2450/VPCP-KGVX, 2024-04-12 (swap of Monday 29/4 with Saturday 4/5)',
    ['2024-05-04'],
  ),
  period(
    2024,
    'national-day',
    '2024-08-31',
    '2024-09-03',
    'Việt Nam News, 2023-11-05; SGGP, "National Day holiday to last four days", 2024 (MOLISA notice)',
  ),
  // 2025: one swap (Fri 2/5 ↔ Sat 26/4).
  period(2025, 'new-year', '2025-01-01', '2025-01-01', 'Vietcetera, "2025 holiday schedule: 22 days off" and SGGP 2025-08-03 (22 days in 2025): Wednesday 1/1, one day'),
  period(
    2025,
    'tet',
    '2025-01-25',
    '2025-02-02',
    'Official Dispatch 8726/VPCP-KGVX, 2024-11-26 (nine days: Tết 27/1–31/1 and two weekends)',
  ),
  period(
    2025,
    'hung-kings',
    '2025-04-05',
    '2025-04-07',
    'Baochinhphu.vn, "Three days off in celebration for Hung Kings Commemoration Day", 2025-03-04',
  ),
  period(
    2025,
    'reunification-labour',
    '2025-04-30',
    '2025-05-04',
    'Baochinhphu.vn 2025-03-04; Việt Nam News 2025-03-04 (swap of Friday 2/5 with Saturday 26/4)',
    ['2025-04-26'],
  ),
  period(
    2025,
    'national-day',
    '2025-08-30',
    '2025-09-02',
    'Ministry of Home Affairs notice, Việt Nam News, "National Day holiday to last four days", 2025-08-04',
  ),
  // 2026: two swaps (Fri 2/1 ↔ Sat 10/1; Mon 31/8 ↔ Sat 22/8).
  period(
    2026,
    'new-year',
    '2026-01-01',
    '2026-01-04',
    'Official Dispatch 12729/VPCP-KGVX, 2025-12-25 (swap of Friday 2/1 with Saturday 10/1)',
    ['2026-01-10'],
  ),
  period(
    2026,
    'tet',
    '2026-02-14',
    '2026-02-22',
    'Government Office notice of 2025-10-13 on the Ministry of Home Affairs plan; Việt Nam News 2025-10-17',
  ),
  period(
    2026,
    'hung-kings',
    '2026-04-26',
    '2026-04-27',
    'Labour Code 2019 Art. 111–112: Giỗ Tổ Sunday 26/4, in lieu Monday 27/4 (Vietnam Briefing 2026 schedule)',
  ),
  period(
    2026,
    'reunification-labour',
    '2026-04-30',
    '2026-05-03',
    'Labour Code 2019 Art. 112: Thursday 30/4 and Friday 1/5 (Vietnam Briefing 2026 schedule)',
  ),
  period(
    2026,
    'national-day',
    '2026-08-29',
    '2026-09-02',
    'Government Office notice of 2025-10-13; Việt Nam News 2025-10-17 (swap of Monday 31/8 with Saturday 22/8)',
    ['2026-08-22'],
  ),
]);

/** The years the official table covers. */
export const OFFICIAL_HOLIDAY_YEARS: readonly number[] = Object.freeze(
  [...new Set(OFFICIAL_HOLIDAY_PERIODS.map((p) => p.year))].sort((a, b) => a - b),
);
