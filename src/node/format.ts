/** Plain-text tables for the terminal: the rankings and the ingest report. */
import type { Analysis, UnitResult } from '../analysis/schema';
import type { IngestReport } from '../model/types';

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

const fixed = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));

/** Render rows as an aligned text table (right-aligned numbers). */
export function textTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function rankingTable(units: UnitResult[], lang: 'vi' | 'en'): string {
  const l = LABELS[lang];
  const sorted = [...units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
  const rows = sorted.map((u) => [
    u.rank === null ? '–' : String(u.rank), u.name, fixed(u.score, 2),
    fixed(u.subIndices.activity, 2), fixed(u.subIndices.engagement, 2),
    fixed(u.subIndices.responsiveness, 2), fixed(u.subIndices.spread, 2),
    String(u.posts), String(u.petitions), String(u.answered),
  ]);
  return textTable(
    [l.rank, l.unit, l.score, l.activity, l.engagement, l.responsiveness, l.spread, l.posts, l.petitions, l.answered],
    rows, [true, false, true, true, true, true, true, true, true, true],
  );
}

/** The two rankings (departments, localities) as text tables. */
export function formatRankings(analysis: Analysis, lang: 'vi' | 'en' = 'vi'): string {
  const l = LABELS[lang];
  const parts: string[] = [];
  const departments = analysis.units.filter((u) => u.kind === 'department');
  const localities = analysis.units.filter((u) => u.kind === 'locality');
  if (departments.length) parts.push(`${l.departments}\n${rankingTable(departments, lang)}`);
  if (localities.length) parts.push(`${l.localities}\n${rankingTable(localities, lang)}`);
  const i = analysis.ingest;
  parts.push(`${analysis.period.from ?? '?'} → ${analysis.period.to ?? '?'} (${analysis.period.weeks} weeks): ` +
    `${i.posts} posts, ${i.comments} comments, ${i.reactions} reactions, ${i.shares} shares, ` +
    `${i.duplicates} duplicates merged, ${i.rejected} rejected`);
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
