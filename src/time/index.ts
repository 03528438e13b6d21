/**
 * Time: Vietnam's lunar calendar and public holidays, working calendars and working hours in any
 * time zone, weeks, local dates, and dates formatted for people. Pure functions, no I/O. The one
 * owner of time in ddci-sna: nothing outside `src/time` reads a zone's offset or formats a date.
 */

export { TimeError, formatIssuePath, type TimeErrorCode, type TimeIssue } from './errors';
export {
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
  LUNAR_DEFAULTS,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type LunarDate,
  type LunarOptions,
} from './lunar';
export {
  vietnamHolidays,
  vietnamHolidaySchedule,
  vietnamHolidayRule,
  VIETNAM_HOLIDAY_DEFAULTS,
  type RuleHoliday,
  type VietnamHolidayOptions,
  type VietnamHolidaySchedule,
} from './holidays';
export {
  OFFICIAL_HOLIDAY_PERIODS,
  OFFICIAL_HOLIDAY_YEARS,
  type HolidayKind,
  type OfficialHolidayPeriod,
} from './holidays-official';
export {
  buildWorkingCalendar,
  WORKING_CALENDAR_DEFAULTS,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingHoursBlock,
} from './calendar';
export { weekStart, weeksInPeriod, WEEKS_DEFAULT_TIMEZONE } from './weeks';
export { DEFAULT_TIMEZONE, isValidTimeZone, parseUtcOffset } from './zone';
export { ZONE_ABBREVIATIONS, offsetOfZoneAbbreviation } from './abbreviations';
export { formatIsoInstant } from './days';
export { instantAtOffset, instantFromLocal, localDateOf, localDateTimeOf, localDaysBetween, localWeekdayHour, startOfLocalDate } from './local';
export { DATE_FORMAT_DEFAULTS, formatLocalDate, formatLocalDateTime, weekdayNames, type DateLang } from './format';
