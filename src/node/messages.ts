/**
 * Everything the CLI says in its own words, in English and Vietnamese: one language per run
 * (`--lang`, default Vietnamese like the report). Numbers are formatted as in the report
 * (src/write/format.ts: `91,22` in Vietnamese, `91.22` in English).
 */
import { formatCount } from '../write/format';
import type { Lang } from '../write/format';

export type { Lang } from '../write/format';

/**
 * Whether `value` is a language of the CLI.
 * @example isLang('en') // true
 */
export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** The words the CLI uses; a function where the sentence carries values. */
export interface CliMessages {
  usage: string;
  /** The analysed period's own figures; `exported` the whole export's when they differ (a --from/--to window). */
  summary(p: SummaryFigures): string;
  wrote(files: string, out: string): string;
  rejected(count: number, file: string): string;
  checkOk(dir: string): string;
  checkFailed(count: number, dir: string): string;
  /** `convert` wrote a file: what it holds, and whether individuals are pseudonymised. */
  converted(out: string, counts: RecordCounts & { rejected: number }, pseudonymized: boolean): string;
  internalError: string;
  reportBug: string;
  // Usage problems
  unknownCommand(command: string): string;
  needInputs(command: string): string;
  needConfig: string;
  needFixture: string;
  /** `convert` without `--to`, or with a target it does not write. */
  needTo: string;
  badTo(value: string): string;
  /** `convert` without `--out`. */
  needOutFile: string;
  /** `convert` pseudonymises by the configuration's who-is-who: it needs one unless `--reveal`. */
  convertNeedsConfig: string;
  badLang(value: string): string;
  unknownFlag(flag: string): string;
  flagNeedsValue(flag: string): string;
  unexpectedArgument(value: string): string;
  badFlag(detail: string): string;
  // Files
  cannotRead(what: string, reason: string): string;
  notJson(what: string, reason: string): string;
  notJsonObject: string;
  noInputFiles: string;
  nothingReadable: string;
  // Options
  badAsOf(value: string): string;
  badThreads(value: string): string;
  invalidDate(value: string): string;
  periodReversed(from: string, to: string): string;
  periodTooLong(from: string, to: string, years: number): string;
  moreProblems(count: number): string;
  firstPost: string;
  lastPost: string;
  // --out
  outEmpty: string;
  outIsFile(out: string): string;
  outFileEmpty: string;
  outIsDirectory(out: string): string;
  outParentNotDirectory(parent: string): string;
  outNotWritable(out: string, reason: string): string;
  // --previous
  previousInvalid: string;
  // What a file is
  what: { config: string; units: string; previous: string; expected: string };
  // Progress steps
  steps: { config: string; ingest: string; analyse: string; write: string; done: string };
}

/** Records counted in a summary: posts, comments (replies included), reactions, shares. */
export interface RecordCounts { posts: number; comments: number; reactions: number; shares: number }

/** The figures of the summary line. */
export interface SummaryFigures extends RecordCounts {
  from: string; to: string; weeks: number; petitions: number; duplicates: number; rejected: number;
  /** The whole export's counts, given when they differ from the period's. */
  exported?: RecordCounts;
}

/** `12 posts, 3 comments, …` with the words given, in the order posts, comments, reactions, shares. */
function counts(c: RecordCounts, lang: 'vi' | 'en', words: readonly [string, string, string, string]): string {
  return [c.posts, c.comments, c.reactions, c.shares].map((n, k) => `${formatCount(n, lang)} ${words[k]}`).join(', ');
}

const EN: CliMessages = {
  usage: `Usage:
  ddci-sna analyze <inputs…> --config <file> [--units <csv>] [--out <dir>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--as-of <ISO instant>] [--previous <analysis.json>] [--strict] [--quiet] [--json] [--reveal] [--csv-raw] [--parquet] [--format <name>] [--lang vi|en]
                   [--threads <n>] [--exact]
  ddci-sna validate <inputs…> [--config <file>] [--units <csv>] [--as-of <ISO instant>] [--json] [--strict] [--reveal] [--format <name>] [--lang vi|en]
  ddci-sna check <fixture-dir> [--lang vi|en]
  ddci-sna convert <inputs…> --to canonical --out <file> [--config <file>] [--units <csv>] [--as-of <ISO instant>] [--reveal] [--strict] [--format <name>] [--lang vi|en]
  ddci-sna --version
Exit codes: 0 success · 1 --strict with rejected records, or a failed check · 2 bad usage, configuration, input or output · 3 a bug`,
  summary: (p) => `${p.from} → ${p.to} (${formatCount(p.weeks, 'en')} week${p.weeks === 1 ? '' : 's'}): ${counts(p, 'en', ['posts', 'comments', 'reactions', 'shares'])}, ` +
    `${formatCount(p.petitions, 'en')} petitions` +
    (p.exported ? `; whole export: ${counts(p.exported, 'en', ['posts', 'comments', 'reactions', 'shares'])}` : '') +
    `; ${formatCount(p.duplicates, 'en')} duplicates merged, ${formatCount(p.rejected, 'en')} rejected`,
  wrote: (files, out) => `Wrote ${files} to ${out}`,
  rejected: (count, file) => `${formatCount(count, 'en')} record(s) rejected: see ${file}`,
  checkOk: (dir) => `ok: ${dir} matches expected.json`,
  checkFailed: (count, dir) => `FAILED: ${count} difference(s) in ${dir}`,
  converted: (out, c, pseudonymized) => `Wrote ${out} (ddci-sna canonical NDJSON): ${counts(c, 'en', ['posts', 'comments', 'reactions', 'shares'])}, `
    + `${formatCount(c.rejected, 'en')} rejected records; individuals ${pseudonymized ? 'pseudonymised' : 'as read (--reveal)'}`,
  internalError: 'internal error',
  reportBug: 'This is a bug in ddci-sna: please report it with the command you ran.',
  unknownCommand: (command) => `unknown command "${command}"`,
  needInputs: (command) => `${command}: give at least one input file or directory`,
  needConfig: 'analyze: --config <file> (or --units <csv>) is required',
  needFixture: 'check: give exactly one fixture directory',
  needTo: 'convert: --to canonical is required (the one format it writes)',
  badTo: (value) => `convert: cannot write "${value}"; --to canonical is the one format it writes`,
  needOutFile: 'convert: --out <file> is required',
  convertNeedsConfig: 'convert: --config <file> (or --units <csv>) is required to pseudonymise individuals; or give --reveal to write them as read',
  badLang: (value) => `expected vi or en, got "${value}"`,
  unknownFlag: (flag) => `unknown option ${flag}`,
  flagNeedsValue: (flag) => `${flag} needs a value`,
  unexpectedArgument: (value) => `unexpected argument "${value}"`,
  badFlag: (detail) => `bad option: ${detail}`,
  cannotRead: (what, reason) => `cannot read the ${what} (${reason})`,
  notJson: (what, reason) => `the ${what} is not valid JSON (${reason})`,
  notJsonObject: 'expected a JSON object',
  noInputFiles: 'no input files found',
  nothingReadable: 'no input could be read',
  badThreads: (value) => `expected a whole number from 1 to 1024, got "${value}"`,
  badAsOf: (value) => `expected an ISO instant with its offset, such as 2025-05-07T17:00:00+07:00, got "${value}"`,
  invalidDate: (value) => `expected a real calendar date YYYY-MM-DD, got "${value}"`,
  periodReversed: (from, to) => `${from} is after --to ${to}`,
  periodTooLong: (from, to, years) => `the period ${from} → ${to} is longer than ${years} years`,
  moreProblems: (count) => `… and ${count} more`,
  firstPost: 'the first post',
  lastPost: 'the last post',
  outEmpty: 'give a directory',
  outIsFile: (out) => `${out} is a file, not a directory`,
  outFileEmpty: 'give a file',
  outIsDirectory: (out) => `${out} is a directory, not a file`,
  outParentNotDirectory: (parent) => `${parent} is not a directory`,
  outNotWritable: (out, reason) => `cannot write to ${out} (${reason})`,
  previousInvalid: 'not an analysis.json of this version',
  what: { config: 'configuration', units: 'units CSV', previous: 'previous analysis', expected: 'expected figures' },
  steps: { config: 'config', ingest: 'ingest', analyse: 'analyse', write: 'write', done: 'done' },
};

const VI: CliMessages = {
  usage: `Cách dùng:
  ddci-sna analyze <đầu vào…> --config <tệp> [--units <csv>] [--out <thư mục>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--as-of <thời điểm ISO>] [--previous <analysis.json>] [--strict] [--quiet] [--json] [--reveal] [--csv-raw] [--parquet] [--format <tên>] [--lang vi|en]
                   [--threads <n>] [--exact]
  ddci-sna validate <đầu vào…> [--config <tệp>] [--units <csv>] [--as-of <thời điểm ISO>] [--json] [--strict] [--reveal] [--format <tên>] [--lang vi|en]
  ddci-sna check <thư mục mẫu> [--lang vi|en]
  ddci-sna convert <đầu vào…> --to canonical --out <tệp> [--config <tệp>] [--units <csv>] [--as-of <thời điểm ISO>] [--reveal] [--strict] [--format <tên>] [--lang vi|en]
  ddci-sna --version
Mã thoát: 0 thành công · 1 --strict có bản ghi bị loại, hoặc kiểm tra không khớp · 2 sai cách dùng, cấu hình, đầu vào hoặc đầu ra · 3 lỗi chương trình`,
  summary: (p) => `${p.from} → ${p.to} (${formatCount(p.weeks, 'vi')} tuần): ${counts(p, 'vi', ['bài viết', 'bình luận', 'cảm xúc', 'lượt chia sẻ'])}, ` +
    `${formatCount(p.petitions, 'vi')} kiến nghị` +
    (p.exported ? `; cả bản xuất: ${counts(p.exported, 'vi', ['bài viết', 'bình luận', 'cảm xúc', 'lượt chia sẻ'])}` : '') +
    `; ${formatCount(p.duplicates, 'vi')} bản trùng đã gộp, ${formatCount(p.rejected, 'vi')} bị loại`,
  wrote: (files, out) => `Đã ghi ${files} vào ${out}`,
  rejected: (count, file) => `${formatCount(count, 'vi')} bản ghi bị loại: xem ${file}`,
  checkOk: (dir) => `ok: ${dir} khớp với expected.json`,
  checkFailed: (count, dir) => `KHÔNG KHỚP: ${count} khác biệt trong ${dir}`,
  converted: (out, c, pseudonymized) => `Đã ghi ${out} (NDJSON chuẩn của ddci-sna): ${counts(c, 'vi', ['bài viết', 'bình luận', 'cảm xúc', 'lượt chia sẻ'])}, `
    + `${formatCount(c.rejected, 'vi')} bản ghi bị loại; cá nhân ${pseudonymized ? 'đã được ẩn danh' : 'giữ nguyên tên (--reveal)'}`,
  internalError: 'lỗi nội bộ',
  reportBug: 'Đây là lỗi của ddci-sna: xin báo lỗi kèm câu lệnh đã chạy.',
  unknownCommand: (command) => `không có lệnh "${command}"`,
  needInputs: (command) => `${command}: cần ít nhất một tệp hoặc thư mục đầu vào`,
  needConfig: 'analyze: cần --config <tệp> (hoặc --units <csv>)',
  needFixture: 'check: cần đúng một thư mục mẫu',
  needTo: 'convert: cần --to canonical (định dạng duy nhất lệnh này ghi)',
  badTo: (value) => `convert: không ghi được định dạng "${value}"; chỉ có --to canonical`,
  needOutFile: 'convert: cần --out <tệp>',
  convertNeedsConfig: 'convert: cần --config <tệp> (hoặc --units <csv>) để ẩn danh cá nhân; hoặc dùng --reveal để ghi nguyên tên',
  badLang: (value) => `cần vi hoặc en, không phải "${value}"`,
  unknownFlag: (flag) => `không có tùy chọn ${flag}`,
  flagNeedsValue: (flag) => `${flag} cần một giá trị`,
  unexpectedArgument: (value) => `đối số thừa "${value}"`,
  badFlag: (detail) => `tùy chọn không hợp lệ: ${detail}`,
  cannotRead: (what, reason) => `không đọc được ${what} (${reason})`,
  notJson: (what, reason) => `${what} không phải JSON hợp lệ (${reason})`,
  notJsonObject: 'cần một đối tượng JSON',
  noInputFiles: 'không tìm thấy tệp đầu vào nào',
  nothingReadable: 'không đọc được đầu vào nào',
  badThreads: (value) => `cần một số nguyên từ 1 đến 1024, không phải "${value}"`,
  badAsOf: (value) => `cần một thời điểm ISO có múi giờ, ví dụ 2025-05-07T17:00:00+07:00, không phải "${value}"`,
  invalidDate: (value) => `cần một ngày có thật dạng YYYY-MM-DD, không phải "${value}"`,
  periodReversed: (from, to) => `${from} sau --to ${to}`,
  periodTooLong: (from, to, years) => `khoảng thời gian ${from} → ${to} dài hơn ${years} năm`,
  moreProblems: (count) => `… và ${count} vấn đề khác`,
  firstPost: 'bài viết đầu tiên',
  lastPost: 'bài viết cuối cùng',
  outEmpty: 'cần một thư mục',
  outIsFile: (out) => `${out} là một tệp, không phải thư mục`,
  outFileEmpty: 'cần một tệp',
  outIsDirectory: (out) => `${out} là một thư mục, không phải tệp`,
  outParentNotDirectory: (parent) => `${parent} không phải thư mục`,
  outNotWritable: (out, reason) => `không ghi được vào ${out} (${reason})`,
  previousInvalid: 'không phải analysis.json của phiên bản này',
  what: { config: 'tệp cấu hình', units: 'tệp CSV đơn vị', previous: 'bản phân tích trước', expected: 'tệp số liệu mong đợi' },
  steps: { config: 'cấu hình', ingest: 'đọc', analyse: 'phân tích', write: 'ghi', done: 'xong' },
};

/**
 * The CLI's words in a language.
 * @example messagesFor('en').wrote('units.csv', 'out') // 'Wrote units.csv to out'
 */
export function messagesFor(lang: Lang): CliMessages {
  return lang === 'en' ? EN : VI;
}
