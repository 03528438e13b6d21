/**
 * Issue 11, first item: the report's figures are the analysed period's. With `--from/--to`, the
 * overview and the header give the window's posts, comments, reactions, shares and petitions —
 * counted here straight from the ingested records, with Viet Nam's fixed UTC+7 (no daylight
 * saving since 1975) instead of the library's zone code — and the export's totals apart.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeWithGraph } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/schema';
import type { IngestResult } from '../../src/model/types';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { formatCount } from '../../src/write/format';
import { renderReport } from '../../src/write/report';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;
const FROM = '2025-03-17';
const TO = '2025-03-30';

/** The window's records, counted from the dataset with a fixed UTC+7 offset. */
function windowCounts(input: IngestResult) {
  const start = Date.parse(`${FROM}T00:00:00+07:00`);
  const end = Date.parse(`${TO}T00:00:00+07:00`) + 86_400_000;
  const posts = new Set(input.dataset.posts.filter((p) => p.time >= start && p.time < end).map((p) => p.id));
  const comments = new Set(input.dataset.comments.filter((c) => posts.has(c.postId)).map((c) => c.id));
  return {
    posts: posts.size,
    comments: comments.size,
    reactions: input.dataset.reactions.filter((r) => (r.targetType === 'post' ? posts.has(r.targetId) : comments.has(r.targetId))).length,
    shares: input.dataset.shares.filter((s) => posts.has(s.postId)).length,
  };
}

describe('figures for the analysed period (--from 2025-03-17 --to 2025-03-30 on ddci-page)', () => {
  let input: IngestResult;
  let analysis: Analysis;
  let page = '';

  beforeAll(async () => {
    input = await loadExport([join(fixture, 'export')]);
    const config = await loadConfig(join(fixture, 'config.json'));
    const run = analyzeWithGraph(input, config, { from: FROM, to: TO });
    analysis = run.analysis;
    page = await renderReport(analysis, { graph: run.graph });
  }, 60_000);

  it('analysis.period holds the window\'s totals, not the export\'s', () => {
    const expected = windowCounts(input);
    expect(expected.posts).toBeGreaterThan(20);
    expect(expected.posts).toBeLessThan(input.report.posts);
    expect(analysis.period).toMatchObject({ from: FROM, to: TO, ...expected, petitions: analysis.petitions.length });
    // The units' posts and comments received are within the window's.
    const units = analysis.units.reduce((s, u) => ({ posts: s.posts + u.posts, comments: s.comments + (u.commentsReceived ?? 0) }), { posts: 0, comments: 0 });
    expect(units.posts).toBeLessThanOrEqual(expected.posts);
    expect(units.comments).toBeLessThanOrEqual(expected.comments);
  });

  it('the overview shows the sums over the window, and the export\'s totals apart', () => {
    const expected = windowCounts(input);
    const overview = /<section id="overview"[\s\S]*?<\/section>/.exec(page)![0];
    const card = (label: string) => new RegExp(`data-card="${label}"><div class="value">([^<]*)</div>`).exec(overview)?.[1];
    expect(card('Bài đăng')).toBe(formatCount(expected.posts, 'vi'));
    expect(card('Bình luận')).toBe(formatCount(expected.comments, 'vi'));
    expect(card('Cảm xúc')).toBe(formatCount(expected.reactions, 'vi'));
    expect(card('Lượt chia sẻ')).toBe(formatCount(expected.shares, 'vi'));
    expect(card('Kiến nghị')).toBe(formatCount(analysis.petitions.filter((p) => p.unitId !== null).length, 'vi'));
    expect(overview).toContain(`Toàn bộ tệp dữ liệu (mọi kỳ): ${formatCount(input.report.posts, 'vi')} bài đăng, ${formatCount(input.report.comments, 'vi')} bình luận`);
  });

  it('the header gives the window and its totals', () => {
    const expected = windowCounts(input);
    const header = /<header class="top">([\s\S]*?)<\/header>/.exec(page)![1]!;
    expect(header).toContain('Thứ Hai 17/03/2025 – Chủ Nhật 30/03/2025 (2 tuần)');
    expect(header).toContain(`${formatCount(expected.posts, 'vi')} bài đăng · ${formatCount(expected.comments, 'vi')} bình luận · ${formatCount(analysis.period.petitions, 'vi')} kiến nghị`);
    expect(header).not.toContain(`${formatCount(input.report.posts, 'vi')} bài đăng`);
  });
});
