/**
 * Report section "Đã giúp được doanh nghiệp chưa?" / "Was the business helped?" (SPEC 4.6).
 *
 * Per unit: the outcomes of its answered petitions (acknowledged, re-asked, silent, and the two
 * rates), the substance of its answers (substantive, templated), the reactions to its answers
 * (by type, negative share), and the petitions that disappeared between weekly exports before
 * any answer — with their texts and the last snapshot that held them (the first `listedPerUnit`
 * per unit, the rest in petitions.csv), the backlog a meeting must not lose sight of — and how many posts could not be verified because later lists were cut.
 *
 * A standalone module: a function from the (already pseudonymised) analysis and a language to
 * an HTML string; the report registers it. Every text goes through `escapeHtml`; links only
 * through `safeUrl`. Labels in Vietnamese (default) and English live here.
 */
import type { Analysis, PetitionRow, UnitResult } from '../../analysis/schema';
import { REACTION_TYPES, type ReactionType } from '../../model/types';
import { escapeHtml, formatCount, formatDateTime, formatPercent, safeUrl, trustedHtml, truncate, type Lang } from '../format';
import { REPORT_THRESHOLDS } from './context';
import { DEFAULT_SLA_WORKING_HOURS, petitionDigest, type PetitionDigest, type UnitPetitions } from './petitions';
import type { ReportSection } from './types';

/** The section's anchor id (for the table of contents). */
export const QUALITY_SECTION_ID = 'quality';

const LABELS = {
  vi: {
    title: 'Đã giúp được doanh nghiệp chưa?',
    intro: 'Tốc độ trả lời chưa đủ: bảng dưới đây cho biết câu trả lời có giúp được người hỏi hay không. '
      + '“Ghi nhận”: người hỏi sau đó cảm ơn hoặc xác nhận đã rõ; “Hỏi lại”: người hỏi tiếp tục hỏi trong cùng luồng; '
      + '“Im lặng”: không phản hồi thêm. Tỷ lệ tính trên các kiến nghị đã trả lời có người hỏi xác định (không tính ẩn danh). '
      + '“Có nội dung”: câu trả lời từ 15 từ, có đường dẫn hoặc nêu thủ tục; “Theo mẫu”: cùng một câu trả lời được đơn vị dùng từ 3 lần.',
    unit: 'Đơn vị', answered: 'Đã trả lời', acknowledged: 'Ghi nhận', reasked: 'Hỏi lại', silent: 'Im lặng',
    acknowledgedRate: 'Tỷ lệ ghi nhận', reaskRate: 'Tỷ lệ hỏi lại', substantiveRate: 'Có nội dung', templatedRate: 'Theo mẫu',
    reactions: 'Cảm xúc với câu trả lời', negativeShare: 'Tỷ lệ tiêu cực (Buồn, Phẫn nộ)',
    disappeared: 'Kiến nghị biến mất chưa được trả lời', unverifiable: 'Bài không kiểm chứng được',
    noReactions: 'không có',
    disappearedTitle: (unit: string, n: string) => `${unit}: ${n} kiến nghị biến mất trước khi được trả lời`,
    disappearedNote: 'Các kiến nghị này có trong một lần xuất dữ liệu và không còn trong lần xuất sau (danh sách bình luận đầy đủ): '
      + 'đã bị xóa hoặc ẩn khi chưa có câu trả lời. Chúng vẫn được tính là kiến nghị của kỳ.',
    noneDisappeared: 'Không có kiến nghị nào biến mất trước khi được trả lời giữa các lần xuất dữ liệu.',
    more: (n: string) => `… và ${n} kiến nghị khác: xem petitions.csv (cột disappeared).`,
    notFollowed: 'Chỉ có một lần xuất dữ liệu cho các bài viết này: chưa theo dõi được kiến nghị bị xóa hoặc ẩn.',
    unverifiableNote: (n: string) => `${n} bài viết có danh sách bình luận bị cắt ở lần xuất sau: bình luận vắng mặt ở đó không được coi là đã biến mất.`,
    col: { sent: 'Thời điểm gửi', author: 'Người gửi', message: 'Nội dung', lastSeen: 'Lần cuối thấy trong', link: 'Bài viết', view: 'Xem' },
    kind: { association: 'Hiệp hội', business: 'Doanh nghiệp', individual: 'Cá nhân', anonymous: 'Ẩn danh' },
    reaction: {
      LIKE: 'Thích', LOVE: 'Yêu thích', WOW: 'Wow', HAHA: 'Haha', SAD: 'Buồn', ANGRY: 'Phẫn nộ',
      CARE: 'Thương thương', THANKFUL: 'Biết ơn', PRIDE: 'Tự hào', OTHER: 'Khác',
    },
  },
  en: {
    title: 'Was the business helped?',
    intro: 'Speed is not enough: this table says whether the answers served the people who asked. '
      + '“Acknowledged”: the petitioner then thanked or said it was clear; “Re-asked”: the petitioner asked again in the same thread; '
      + '“Silent”: no further word. Rates are over answered petitions with an identified petitioner (anonymous ones left out). '
      + '“Substantive”: an answer of 15 words or more, with a link, or naming a procedure; “Templated”: the same answer used 3 times or more by the unit.',
    unit: 'Unit', answered: 'Answered', acknowledged: 'Acknowledged', reasked: 'Re-asked', silent: 'Silent',
    acknowledgedRate: 'Acknowledged rate', reaskRate: 'Re-ask rate', substantiveRate: 'Substantive', templatedRate: 'Templated',
    reactions: 'Reactions to answers', negativeShare: 'Negative share (Sad, Angry)',
    disappeared: 'Petitions disappeared unanswered', unverifiable: 'Unverifiable posts',
    noReactions: 'none',
    disappearedTitle: (unit: string, n: string) => `${unit}: ${n} petition(s) disappeared before any answer`,
    disappearedNote: 'These petitions were in one export and gone from a later one whose comment list was complete: '
      + 'deleted or hidden before any answer. They still count as petitions of the period.',
    noneDisappeared: 'No petition disappeared unanswered between the exports.',
    more: (n: string) => `… and ${n} more: see petitions.csv (column disappeared).`,
    notFollowed: 'Each of these posts is in one export only: deleted or hidden petitions cannot be followed yet.',
    unverifiableNote: (n: string) => `${n} post(s) have comment lists cut in a later export: a comment missing there is not taken as gone.`,
    col: { sent: 'Sent', author: 'From', message: 'Text', lastSeen: 'Last seen in', link: 'Post', view: 'View' },
    kind: { association: 'Association', business: 'Business', individual: 'Individual', anonymous: 'Anonymous' },
    reaction: {
      LIKE: 'Like', LOVE: 'Love', WOW: 'Wow', HAHA: 'Haha', SAD: 'Sad', ANGRY: 'Angry',
      CARE: 'Care', THANKFUL: 'Thankful', PRIDE: 'Pride', OTHER: 'Other',
    },
  },
} as const satisfies Record<Lang, unknown>;

type QualityLabels = (typeof LABELS)[Lang];

/**
 * The section's title in a language (for the table of contents).
 * @example qualitySectionTitle('en') // 'Was the business helped?'
 */
export function qualitySectionTitle(lang: Lang): string {
  return LABELS[lang].title;
}

const cell = (html: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${html}</td>`;
const head = (text: string, cls = '') => `<th${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</th>`;

function reactionText(u: UnitResult, l: QualityLabels, lang: Lang): string {
  const parts = REACTION_TYPES
    .filter((type) => (u.answerReactions[type] ?? 0) > 0)
    .map((type: ReactionType) => `${l.reaction[type]} ${formatCount(u.answerReactions[type]!, lang)}`);
  return escapeHtml(parts.length ? parts.join(' · ') : l.noReactions);
}

function unitRow(u: UnitResult, outcomes: UnitPetitions['outcomes'] | undefined, l: QualityLabels, lang: Lang): string {
  return `<tr>${[
    cell(escapeHtml(u.name)),
    cell(formatCount(u.answered, lang), 'num'),
    cell(formatCount(outcomes?.acknowledged ?? 0, lang), 'num'),
    cell(formatCount(outcomes?.reasked ?? 0, lang), 'num'),
    cell(formatCount(outcomes?.silent ?? 0, lang), 'num'),
    cell(escapeHtml(formatPercent(u.acknowledgedRate, lang)), 'num'),
    cell(escapeHtml(formatPercent(u.reaskRate, lang)), 'num'),
    cell(escapeHtml(formatPercent(u.substantiveRate, lang)), 'num'),
    cell(escapeHtml(formatPercent(u.templatedRate, lang)), 'num'),
    cell(reactionText(u, l, lang)),
    cell(escapeHtml(formatPercent(u.negativeShare, lang)), 'num'),
    cell(u.petitionsDisappeared === null ? '–' : formatCount(u.petitionsDisappeared, lang), 'num'),
    cell(u.unverifiablePosts === null ? '–' : formatCount(u.unverifiablePosts, lang), 'num'),
  ].join('')}</tr>`;
}

function authorHtml(p: PetitionRow, names: ReadonlyMap<string, string | null>, l: QualityLabels): string {
  const kind = l.kind[p.authorKind];
  if (p.authorId === null) return escapeHtml(kind);
  // Names as the analysis carries them: the privacy module has already hidden individuals' names
  // unless they were revealed.
  const name = names.get(p.authorId) ?? null;
  return `${escapeHtml(kind)}<br><span class="who">${escapeHtml(name ?? p.authorId)}</span>`;
}

/** Petitions listed per unit (the rest: petitions.csv, column `disappeared`), as the backlog lists them. */
const LISTED = REPORT_THRESHOLDS.listedPerUnit;

function disappearedTable(
  u: UnitResult, listed: UnitPetitions['disappeared'], names: ReadonlyMap<string, string | null>, analysis: Analysis, l: QualityLabels, lang: Lang,
): string {
  const rows = listed.listed.slice(0, LISTED).map((p) => {
    const url = safeUrl(p.permalinkUrl);
    const link = url ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(l.col.view)} ↗</a>` : '–';
    return `<tr>${[
      cell(escapeHtml(formatDateTime(p.createdTime, analysis.period.timezone)), 'nowrap'),
      cell(authorHtml(p, names, l)),
      `<td class="message" title="${escapeHtml(truncate(p.message, 1000))}">${escapeHtml(truncate(p.message, 220))}</td>`,
      cell(escapeHtml(p.lastSeenIn ?? '–')),
      cell(link, 'nowrap'),
    ].join('')}</tr>`;
  });
  const c = l.col;
  return `<h3 id="${QUALITY_SECTION_ID}-${escapeHtml(u.unitId)}">${escapeHtml(l.disappearedTitle(u.name, formatCount(u.disappearedPetitions.length, lang)))}</h3>
<div class="table-wrap"><table class="petitions disappeared"><thead><tr>${head(c.sent)}${head(c.author)}${head(c.message)}${head(c.lastSeen)}${head(c.link)}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${listed.found > LISTED ? `\n<p class="note more">${escapeHtml(l.more(formatCount(listed.found - LISTED, lang)))}</p>` : ''}`;
}

/**
 * Render the section's body (the report adds its heading): one row per unit (departments, then localities, in the analysis's order),
 * then, per unit, the petitions that disappeared before any answer (at most `listedPerUnit`, the
 * count of the others pointing to petitions.csv). The petitions are read through their digest
 * (`petitionDigest(analysis, …)` unless given: the report gives its own).
 * @example
 * const html = renderQualitySection(analysis, 'vi'); // '<p class="note">…</p>\n<div class="table-wrap"><table class="quality">…'
 */
export function renderQualitySection(
  analysis: Analysis, lang: Lang = 'vi', petitions: PetitionDigest = petitionDigest(analysis, DEFAULT_SLA_WORKING_HOURS),
): string {
  const l = LABELS[lang];
  const units = [...analysis.units.filter((u) => u.kind === 'department'), ...analysis.units.filter((u) => u.kind === 'locality')];
  const table = `<div class="table-wrap"><table class="quality"><thead><tr>${[
    head(l.unit), head(l.answered, 'num'), head(l.acknowledged, 'num'), head(l.reasked, 'num'), head(l.silent, 'num'),
    head(l.acknowledgedRate, 'num'), head(l.reaskRate, 'num'), head(l.substantiveRate, 'num'), head(l.templatedRate, 'num'),
    head(l.reactions), head(l.negativeShare, 'num'), head(l.disappeared, 'num'), head(l.unverifiable, 'num'),
  ].join('')}</tr></thead><tbody>
${units.map((u) => unitRow(u, petitions.units.get(u.unitId)?.outcomes, l, lang)).join('\n')}
</tbody></table></div>`;

  const followed = units.some((u) => u.petitionsDisappeared !== null || u.unverifiablePosts !== null);
  const withDisappeared = units.filter((u) => u.disappearedPetitions.length > 0);
  const unverifiable = units.reduce((sum, u) => sum + (u.unverifiablePosts ?? 0), 0);
  const parts = [
    `<p class="note">${escapeHtml(l.intro)}</p>`,
    table,
  ];
  if (!followed) parts.push(`<p class="empty">${escapeHtml(l.notFollowed)}</p>`);
  else if (withDisappeared.length === 0) parts.push(`<p class="empty">${escapeHtml(l.noneDisappeared)}</p>`);
  else {
    parts.push(`<p class="note">${escapeHtml(l.disappearedNote)}</p>`);
    // One look-up of the actors' names for every table (not one per unit).
    const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
    for (const u of withDisappeared) parts.push(disappearedTable(u, petitions.units.get(u.unitId)?.disappeared ?? { found: 0, listed: [] }, names, analysis, l, lang));
  }
  if (unverifiable > 0) parts.push(`<p class="note">${escapeHtml(l.unverifiableNote(formatCount(unverifiable, lang)))}</p>`);
  return parts.join('\n');
}

/** The section in the report's registry (src/write/sections/index.ts), reading the report's digest of the petitions. */
export const qualitySection: ReportSection = {
  id: QUALITY_SECTION_ID,
  title: (ctx) => LABELS[ctx.lang].title,
  render: (ctx) => trustedHtml(renderQualitySection(ctx.analysis, ctx.lang, ctx.petitions)),
};
