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
  const { period: p, ingest: i } = analysis;
  const differ = p.posts !== i.posts || p.comments !== i.comments || p.reactions !== i.reactions || p.shares !== i.shares;
  parts.push(messagesFor(lang).summary({
    from: p.from ?? '?', to: p.to ?? '?', weeks: p.weeks,
    posts: p.posts, comments: p.comments, reactions: p.reactions, shares: p.shares, petitions: p.petitions,
    duplicates: i.duplicates, rejected: i.rejected,
    ...(differ ? { exported: { posts: i.posts, comments: i.comments, reactions: i.reactions, shares: i.shares } } : {}),
  }));
  return parts.join('\n\n');
}

/**
 * What was read, merged, rejected and found in conflict, per file; then the file warnings, each
 * rejected record (field rejects marked `kept`) and each conflict with both locations (values are
 * never printed).
 * @example console.log(formatIngestReport((await loadExport(['export/'])).report));
 */
export function formatIngestReport(report: IngestReport, maxLines = 50): string {
  const rows = report.perFile.map((f) => [
    f.file, f.format, f.identities, String(f.read), String(f.posts), String(f.comments), String(f.reactions),
    String(f.duplicates), String(f.rejected), String(f.fieldRejects), String(f.conflicts), f.error ?? '',
  ]);
  const lines = [
    textTable(
      ['file', 'format', 'ids', 'read', 'posts', 'comments', 'reactions', 'duplicates', 'rejected', 'flagged', 'conflicts', 'error'],
      rows,
      [false, false, false, true, true, true, true, true, true, true, true, false],
    ),
    '',
    `total: ${report.files} files, ${report.posts} posts, ${report.comments} comments, ${report.reactions} reactions, ` +
      `${report.shares} shares, ${report.duplicates} duplicates, ${report.rejected} rejected, ` +
      `${report.fieldRejects} flagged (kept), ${report.conflicts.length} conflicts; times checked against ${report.asOf}`,
  ];
  for (const f of report.perFile) for (const w of f.warnings) lines.push(`warning ${f.file} ${w.location}: ${w.message} [${w.code}]`);
  const more = (shown: number, total: number, what: string): void => {
    if (total > shown) lines.push(`… and ${total - shown} more ${what} (use --json for all)`);
  };
  for (const r of report.rejects.slice(0, maxLines)) {
    lines.push(`${r.kept ? 'flagged' : 'rejected'} ${r.file} ${r.location}${r.field ? ` (${r.field})` : ''}: ${r.reason} [${r.code}]`);
  }
  more(Math.min(maxLines, report.rejects.length), report.rejects.length, 'rejects');
  for (const c of report.conflicts.slice(0, maxLines)) {
    lines.push(`conflict ${c.recordType} ${c.id} (${c.field}): ${c.earlier.file} ${c.earlier.location} → ${c.later.file} ${c.later.location} (kept)`);
  }
  more(Math.min(maxLines, report.conflicts.length), report.conflicts.length, 'conflicts');
  return lines.join('\n');
}
