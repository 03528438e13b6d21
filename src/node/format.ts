/** Plain-text tables for the terminal: the rankings and the ingest report. */
import type { Analysis, UnitResult } from '../analysis/schema';
import type { IngestReport } from '../model/types';
import { formatCount, formatNumber } from '../write/format';
import { messagesFor, type Lang } from './messages';

const LABELS = {
  vi: {
    departments: 'Xếp hạng Sở, ban, ngành', localities: 'Xếp hạng địa phương',
    rank: 'Hạng', unit: 'Đơn vị', score: 'Điểm', activity: 'Hoạt động', engagement: 'Tương tác',
    responsiveness: 'Phản hồi', spread: 'Lan tỏa', posts: 'Bài', petitions: 'Kiến nghị', answered: 'Đã trả lời',
  },
  en: {
    departments: 'Departments', localities: 'Localities',
    rank: 'Rank', unit: 'Unit', score: 'Score', activity: 'Activity', engagement: 'Engagement',
    responsiveness: 'Responsive', spread: 'Spread', posts: 'Posts', petitions: 'Petitions', answered: 'Answered',
  },
} as const;


/**
 * Render rows as an aligned text table (right-aligned numbers).
 * @example textTable(['unit', 'posts'], [['Sở A', '12']], [false, true])
 */
export function textTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function rankingTable(units: UnitResult[], lang: Lang): string {
  const l = LABELS[lang];
  const sorted = [...units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
  // Numbers as the report writes them: `91,22` in Vietnamese, `91.22` in English, `–` for null.
  const score = (value: number | null) => formatNumber(value, lang, 2);
  const rows = sorted.map((u) => [
    formatCount(u.rank, lang), u.name, score(u.score),
    score(u.subIndices.activity), score(u.subIndices.engagement),
    score(u.subIndices.responsiveness), score(u.subIndices.spread),
    formatCount(u.posts, lang), formatCount(u.petitions, lang), formatCount(u.answered, lang),
  ]);
  return textTable(
    [l.rank, l.unit, l.score, l.activity, l.engagement, l.responsiveness, l.spread, l.posts, l.petitions, l.answered],
    rows, [true, false, true, true, true, true, true, true, true, true],
  );
}

/**
 * The two rankings (departments, localities) as text tables, and the period's summary line, all
 * in one language.
 * @example console.log(formatRankings(analysis, 'en'))
 */
export function formatRankings(analysis: Analysis, lang: Lang = 'vi'): string {
  const l = LABELS[lang];
  const parts: string[] = [];
  const departments = analysis.units.filter((u) => u.kind === 'department');
  const localities = analysis.units.filter((u) => u.kind === 'locality');
  if (departments.length) parts.push(`${l.departments}\n${rankingTable(departments, lang)}`);
  if (localities.length) parts.push(`${l.localities}\n${rankingTable(localities, lang)}`);
  const i = analysis.ingest;
  parts.push(messagesFor(lang).summary({
    from: analysis.period.from ?? '?', to: analysis.period.to ?? '?', weeks: analysis.period.weeks,
    posts: i.posts, comments: i.comments, reactions: i.reactions, shares: i.shares, duplicates: i.duplicates, rejected: i.rejected,
  }));
  return parts.join('\n\n');
}

/** What was read and rejected, per file, then each rejected record with its location. */
export function formatIngestReport(report: IngestReport, maxRejects = 50): string {
  const rows = report.perFile.map((f) => [
    f.file, f.format, String(f.posts), String(f.comments), String(f.reactions), String(f.duplicates), String(f.rejected), f.error ?? '',
  ]);
  const lines = [
    textTable(['file', 'format', 'posts', 'comments', 'reactions', 'duplicates', 'rejected', 'error'], rows,
      [false, false, true, true, true, true, true, false]),
    '',
    `total: ${report.files} files, ${report.posts} posts, ${report.comments} comments, ${report.reactions} reactions, ` +
      `${report.shares} shares, ${report.duplicates} duplicates, ${report.rejected} rejected`,
  ];
  for (const r of report.rejects.slice(0, maxRejects)) lines.push(`rejected ${r.file} ${r.location}${r.field ? ` (${r.field})` : ''}: ${r.reason} [${r.code}]`);
  if (report.rejects.length > maxRejects) lines.push(`… and ${report.rejects.length - maxRejects} more (use --json for all)`);
  return lines.join('\n');
}
