/**
 * The words of configuration problems, in English and Vietnamese. Rules are data (a `rule` code
 * and its values, attached to the zod issue); wording is here, chosen per parse by language, so a
 * run speaks one language (`--lang`). Zod's own issues (types, unknown keys) use zod's locales.
 */
import * as z from 'zod';
// The two locales by name: `z.locales` would bring zod's 61 others into the executable's bundle.
import { en as zodEn, vi as zodVi } from 'zod/v4/locales';
import type { CalendarRule } from '../time/calendar';

/** The languages problems are worded in. */
export type MessageLang = 'vi' | 'en';

/** Rules of the configuration beyond each field's type (the problem's `code`). */
export type ConfigRule =
  | 'inexact_id'
  | 'empty_phrase'
  | 'no_units'
  | 'no_accounts'
  | 'duplicate_unit_id'
  | 'shared_account'
  | 'page_account'
  | 'shared_alias'
  | 'unknown_unit'
  | 'weight_out_of_range'
  | 'no_positive_weight';

/** The smallest positive weight and the largest weight (weights are relative: 1, 2, 0.5, 25 …). */
export const WEIGHT_RANGE = Object.freeze({ min: 0.000001, max: 1_000_000 });

type Values = Readonly<Record<string, unknown>>;
type Wording = (values: Values) => string;

const CONFIG_MESSAGES: Readonly<Record<MessageLang, Readonly<Record<ConfigRule, Wording>>>> = {
  en: {
    inexact_id: () => 'a numeric id must be a whole number below 2^53 to be exact in JSON: write it as a string',
    empty_phrase: () => 'folds to nothing (only punctuation or spaces), so it would match nothing',
    no_units: () => 'at least one unit is needed',
    no_accounts: () => 'a unit needs at least one account (the id of its page or profile)',
    duplicate_unit_id: (v) => `duplicate unit id "${v.id}"`,
    shared_account: (v) => `account "${v.account}" already belongs to unit "${v.owner}"`,
    page_account: () => 'the page id cannot be a unit account',
    shared_alias: (v) => `alias "${v.alias}" already belongs to unit "${v.owner}" (compared without case, diacritics or punctuation)`,
    unknown_unit: (v) => `unknown unit "${v.unitId}"`,
    weight_out_of_range: () => `a weight is 0 or a number from ${WEIGHT_RANGE.min} to ${WEIGHT_RANGE.max}`,
    no_positive_weight: () => 'at least one weight must be positive',
  },
  vi: {
    inexact_id: () => 'id dạng số phải là số nguyên nhỏ hơn 2^53 mới giữ đúng trong JSON: hãy viết id dưới dạng chuỗi',
    empty_phrase: () => 'sau khi chuẩn hóa không còn chữ nào (chỉ có dấu câu hoặc khoảng trắng), nên không khớp với gì',
    no_units: () => 'cần ít nhất một đơn vị',
    no_accounts: () => 'mỗi đơn vị cần ít nhất một tài khoản (id trang hoặc tài khoản của đơn vị)',
    duplicate_unit_id: (v) => `id đơn vị "${v.id}" bị trùng`,
    shared_account: (v) => `tài khoản "${v.account}" đã thuộc đơn vị "${v.owner}"`,
    page_account: () => 'id của trang không thể là tài khoản của một đơn vị',
    shared_alias: (v) => `bí danh "${v.alias}" đã thuộc đơn vị "${v.owner}" (so sánh không phân biệt hoa thường, dấu và dấu câu)`,
    unknown_unit: (v) => `không có đơn vị "${v.unitId}"`,
    weight_out_of_range: () => 'trọng số phải bằng 0 hoặc từ 0,000001 đến 1.000.000',
    no_positive_weight: () => 'cần ít nhất một trọng số dương',
  },
};

/** The calendar's rules in Vietnamese (in English, the calendar's own message is used). */
const CALENDAR_MESSAGES_VI: Readonly<Record<CalendarRule, string>> = {
  not_an_object: 'phải là một đối tượng',
  unknown_option: 'khóa không được nhận dạng',
  invalid_timezone: 'không phải múi giờ IANA hợp lệ',
  invalid_weekday_list: 'phải là mảng các thứ trong tuần theo ISO 1–7',
  invalid_weekday: 'phải là thứ trong tuần theo ISO, từ 1 (thứ Hai) đến 7 (Chủ nhật)',
  duplicate_weekday: 'thứ này được liệt kê hai lần',
  no_working_day: 'cần ít nhất một ngày làm việc trong tuần',
  invalid_hours_list: 'phải là mảng các cặp [giờ bắt đầu, giờ kết thúc]',
  no_working_hours: 'cần ít nhất một khung giờ làm việc',
  invalid_block: 'phải là một cặp ["HH:MM", "HH:MM"]',
  invalid_time: 'phải là giờ dạng HH:MM',
  block_ends_before_start: 'khung giờ phải kết thúc sau khi bắt đầu',
  overlapping_blocks: 'các khung giờ phải theo thứ tự và không chồng lên nhau',
  invalid_date_list: 'phải là mảng các ngày YYYY-MM-DD',
  invalid_date: 'phải là một ngày có thật dạng YYYY-MM-DD',
  make_up_on_working_day: 'đã là ngày làm việc trong tuần: ngày làm bù phải rơi vào ngày nghỉ',
};

/** What a custom issue carries in its `params`: the rule, its values, and the calendar's English. */
export interface RuleParams extends Values {
  readonly rule: ConfigRule | CalendarRule;
  /** Set for calendar rules: the calendar's own (English) message. */
  readonly calendarMessage?: string;
}

function isRuleParams(params: unknown): params is RuleParams {
  return typeof params === 'object' && params !== null && typeof (params as { rule?: unknown }).rule === 'string';
}

const locales = { en: zodEn().localeError, vi: zodVi().localeError };

/**
 * The per-parse error map of the configuration in a language: rule issues from the tables above,
 * every other issue from zod's locale.
 * @example ConfigSchema.safeParse(input, { error: configErrorMap('vi') })
 */
export function configErrorMap(lang: MessageLang): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'custom' && isRuleParams(issue.params)) {
      const params = issue.params;
      if (params.calendarMessage !== undefined) {
        return lang === 'en' ? params.calendarMessage : CALENDAR_MESSAGES_VI[params.rule as CalendarRule];
      }
      return CONFIG_MESSAGES[lang][params.rule as ConfigRule](params);
    }
    return locales[lang](issue);
  };
}
