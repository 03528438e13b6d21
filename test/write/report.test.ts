import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/write/format';
import { renderReport, renderReportWithDiagnostics, reportCharts } from '../../src/write/report';
import { DEPARTMENTS, LOCALITIES, makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const previous = makeSampleAnalysis(1);
const graph = makeSampleGraph(analysis);

/** The text of the section with this id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('renderReport (vi)', () => {
  let html = '';
  let warnings: string[] = [];
  beforeAll(async () => {
    ({ html, warnings } = await renderReportWithDiagnostics(analysis, { graph, previous }));
  });

  it('is one self-contained HTML page: no script, no external resource, a CSP that forbids them', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http/i);
    // The only absolute URLs are links to the petitions' posts (and SVG namespaces).
    const urls = [...html.matchAll(/(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/www\.facebook\.com\/ddciquangninh\/posts\/\d+$/);
  });

  it('renders every chart with no vega-lite or vega warning', () => {
    expect(warnings).toEqual([]);
  });

  it('names every unit with its diacritics, in NFC', () => {
    expect(html.normalize('NFC')).toBe(html);
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(html).toContain(escapeHtml(name));
  });

  it('has both rankings, each with only its own kind of unit, in rank order', () => {
    const departments = section(html, 'ranking-departments');
    const localities = section(html, 'ranking-localities');
    expect(departments).toContain('<h2>Xếp hạng các sở, ban, ngành</h2>');
    expect(localities).toContain('<h2>Xếp hạng các địa phương</h2>');
    for (const [, name] of DEPARTMENTS) {
      expect(departments).toContain(`>${escapeHtml(name)}</a>`);
      expect(localities).not.toContain(`>${escapeHtml(name)}</a>`);
    }
    for (const [, name] of LOCALITIES) expect(localities).toContain(`>${escapeHtml(name)}</a>`);
    const ranks = [...departments.matchAll(/<td class="num rank">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9]);
  });

  it('shows sub-indices and scores with two decimals (Vietnamese decimal comma)', () => {
    const top = analysis.units.filter((u) => u.kind === 'department').sort((a, b) => a.rank! - b.rank!)[0]!;
    const score = top.score!.toFixed(2).replace('.', ',');
    expect(section(html, 'ranking-departments')).toContain(`<td class="num score">${score}</td>`);
    const activity = top.subIndices.activity!.toFixed(2).replace('.', ',');
    expect(section(html, 'ranking-departments')).toContain(`>${activity}</td>`);
  });

  it('shows the change in rank and score against the previous analysis', () => {
    const departments = section(html, 'ranking-departments');
    expect(departments).toContain('<th class="num">± Hạng</th>');
    expect(departments).toContain('<th class="num">± Điểm</th>');
    const unit = analysis.units.find((u) => u.unitId === 'so-khdt')!;
    const before = previous.units.find((u) => u.unitId === 'so-khdt')!;
    const change = before.rank! - unit.rank!;
    const rankCell = change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '=';
    const row = departments.slice(departments.indexOf('Sở Kế hoạch và Đầu tư') - 200);
    expect(row).toContain(rankCell);
    const delta = unit.score! - before.score!;
    const text = `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2).replace('.', ',')}`;
    expect(departments).toContain(text);
  });

  it('holds one SVG per expected chart, each in its section', () => {
    const expected = reportCharts(analysis, { graph });
    expect(count(html, '<svg')).toBe(expected.length);
    // 2 rankings + the network + 16 units × up to 4 charts (one unit without posts or petitions).
    expect(expected.filter((c) => c.chart === 'score')).toHaveLength(2);
    expect(expected.filter((c) => c.chart === 'network')).toHaveLength(1);
    expect(expected.filter((c) => c.chart === 'weekly')).toHaveLength(16);
    const figures = [...html.matchAll(/<figure class="chart[^"]*" data-chart="([a-z]+)" data-section="([^"]+)">(.*?)<\/figure>/gs)]
      .filter((m) => m[3]!.includes('<svg'))
      .map((m) => ({ chart: m[1], section: m[2] }));
    expect(figures).toEqual(expected);
  });

  it('lists the unanswered petitions oldest first, linked to their posts', () => {
    const unanswered = section(html, 'unanswered');
    const expected = analysis.petitions
      .filter((p) => p.unitId !== null && p.responseCommentId === null)
      .sort((a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime));
    const links = [...unanswered.matchAll(/<a href="([^"]+)" target="_blank"/g)].map((m) => m[1]);
    // The unanswered table, then the unrouted question.
    expect(links.slice(0, expected.length)).toEqual(expected.map((p) => p.permalinkUrl));
    expect(unanswered).toContain(`<span class="count">${expected.length}</span>`);
    expect(unanswered).toContain('Câu hỏi chưa xác định được đơn vị phụ trách (1)');
  });

  it('says individuals are pseudonymised, and has no banner about revealed names', () => {
    expect(html).toContain('class="banner hidden"');
    expect(html).not.toContain('class="banner revealed"');
  });

  it('draws the network map with every unit labelled', () => {
    const network = section(html, 'network');
    expect(count(network, '<svg')).toBe(1);
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(network).toContain(`>${escapeHtml(name)}</text>`);
    expect(network).toContain('Hiển thị toàn bộ 38 nút');
  });
});

describe('renderReport options', () => {
  it('is deterministic: same input, same bytes, whatever the machine time zone', async () => {
    const a = await renderReport(analysis, { graph });
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const b = await renderReport(analysis, { graph });
      expect(b).toBe(a);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives unique SVG ids across charts', async () => {
    const html = await renderReport(analysis, { graph });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('switches labels to English with lang = en', async () => {
    const html = await renderReport(analysis, { graph, lang: 'en' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<h2>Ranking of departments</h2>');
    expect(html).toContain('<h2>Ranking of localities</h2>');
    expect(html).toContain('Unanswered petitions');
    expect(html).not.toContain('Xếp hạng');
    expect(html).not.toContain('Kiến nghị chưa được trả lời');
    // Unit names stay Vietnamese; numbers use the English decimal point.
    expect(html).toContain('Sở Kế hoạch và Đầu tư');
    const top = analysis.units.find((u) => u.kind === 'locality' && u.rank === 1)!;
    expect(html).toContain(`<td class="num score">${top.score!.toFixed(2)}</td>`);
  });

  it('shows a banner when names were revealed', async () => {
    const revealed = { ...analysis, privacy: { pseudonymized: false, keyed: false } };
    const html = await renderReport(revealed, { graph });
    expect(html).toContain('class="banner revealed"');
    expect(html).toContain('hiển thị tên thật của cá nhân');
  });

  it('uses the SLA given in options for the response-time charts', async () => {
    const html = await renderReport(analysis, { slaWorkingHours: 4 });
    expect(html).toContain('so với hạn 4 giờ');
    expect(html).toContain('2–4 giờ');
  });

  it('renders without a graph (no network map) and without previous (no delta columns)', async () => {
    const html = await renderReport(analysis);
    expect(html).not.toContain('± Hạng');
    expect(section(html, 'network')).toContain('Không có dữ liệu mạng lưới.');
    expect(count(html, '<svg')).toBe(reportCharts(analysis).length);
  });

  it('caps the network map and says so', async () => {
    const html = await renderReport(analysis, { graph, maxNetworkNodes: 20 });
    expect(section(html, 'network')).toContain('Hiển thị 20/38 nút');
  });

  it('rejects unknown and invalid options', async () => {
    await expect(renderReport(analysis, { colour: 'red' } as never)).rejects.toThrow(/unknown option "colour"/);
    await expect(renderReport(analysis, { lang: 'fr' } as never)).rejects.toThrow(/lang/);
    await expect(renderReport(analysis, { slaWorkingHours: 0 })).rejects.toThrow(/slaWorkingHours/);
  });

  it('escapes text from the data (no HTML injection)', async () => {
    const hostile = structuredClone(analysis);
    hostile.units[0]!.name = '<img src=x onerror=alert(1)>Sở "A" & B';
    hostile.petitions[0]!.message = '</td><script>alert(1)</script>';
    hostile.petitions[0]!.responseCommentId = null;
    hostile.petitions[0]!.permalinkUrl = 'javascript:alert(1)';
    const html = await renderReport(hostile);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Sở &quot;A&quot; &amp; B');
  });
});
