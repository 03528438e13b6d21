import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { daysBetween, escapeHtml, formatCount, formatNumber, formatPercent, html, localDate } from '../../src/write/format';
import { renderReport, renderReportWithDiagnostics, reportCharts } from '../../src/write/report';
import { GLOSSARY, htmlSection, REPORT_SECTIONS, REPORT_THRESHOLDS, type ReportSection } from '../../src/write/sections/index';
import { DEPARTMENTS, LOCALITIES, makeSampleAnalysis, makeSampleGraph } from './sample';

const analysis = makeSampleAnalysis();
const previous = makeSampleAnalysis(1);
const graph = makeSampleGraph(analysis);

/** The HTML of the element with this id (a section, article or div), up to its closing tag. */
function element(page: string, id: string): string {
  const start = page.search(new RegExp(`<(section|article|div|details) [^>]*id="${id}"`));
  expect(start, `element ${id}`).toBeGreaterThan(-1);
  const tag = /^<(\w+)/.exec(page.slice(start))![1]!;
  // Nested elements of the same tag: count opening and closing tags.
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start + 1;
  let depth = 1;
  for (let m = re.exec(page); m; m = re.exec(page)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return page.slice(start, m.index);
  }
  return page.slice(start);
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
const rowsOf = (table: string) => [...table.matchAll(/<tr[ >][\s\S]*?<\/tr>/g)].map((m) => m[0]).slice(1);
const cell = (row: string, label: string) =>
  new RegExp(`data-label="${label.replace(/[()+?]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</td>`).exec(row)?.[1];
const unitsOf = (kind: 'department' | 'locality') => analysis.units.filter((u) => u.kind === kind).sort((a, b) => a.rank! - b.rank! || (a.name < b.name ? -1 : 1));

describe('renderReport (vi): the page as a whole', () => {
  let page = '';
  let warnings: string[] = [];
  beforeAll(async () => {
    ({ html: page, warnings } = await renderReportWithDiagnostics(analysis, { graph, previous }));
  });

  it('is one self-contained HTML page: no script, no external resource, a CSP that forbids them', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http/i);
    const urls = [...page.matchAll(/(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/www\.facebook\.com\/ddciquangninh\/posts\/\d+$/);
  });

  it('renders every chart with no vega-lite or vega warning', () => {
    expect(warnings).toEqual([]);
  });

  it('names every unit with its diacritics, in NFC', () => {
    expect(page.normalize('NFC')).toBe(page);
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(page).toContain(escapeHtml(name));
  });

  it('body, table of contents and chart list come from the section registry, in its order', () => {
    const sections = [...page.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(REPORT_SECTIONS.map((s) => s.id));
    const toc = /<nav class="toc"[^>]*>([\s\S]*?)<\/nav>/.exec(page)![1]!;
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(REPORT_SECTIONS.map((s) => s.id));
    expect(sections[0]).toBe('meeting');
    const expected = reportCharts(analysis, { graph, previous });
    const figures = [...page.matchAll(/<figure class="chart[^"]*" data-chart="([a-z]+)" data-section="([^"]+)">(.*?)<\/figure>/gs)]
      .filter((m) => m[3]!.includes('<svg'))
      .map((m) => ({ chart: m[1], section: m[2] }));
    expect(figures).toEqual(expected);
    // Wide charts carry a narrow variant for phones: scores (2), topics, the map.
    const narrow = count(page, 'class="plot only-narrow"');
    expect(narrow).toBe(4);
    expect(count(page, '<svg')).toBe(expected.length + narrow);
  });

  it('says individuals are pseudonymised, and has no banner about revealed names', () => {
    expect(page).toContain('class="banner hidden"');
    expect(page).not.toContain('class="banner revealed"');
  });

  it('gives the period in the header with its weekday (date-fns vi) and its own totals', () => {
    const header = /<header class="top">([\s\S]*?)<\/header>/.exec(page)![1]!;
    expect(header).toContain('Thứ Hai 06/01/2025 – Thứ Sáu 28/03/2025 (12 tuần)');
    const p = analysis.period;
    expect(header).toContain(`${formatCount(p.posts, 'vi')} bài đăng · ${formatCount(p.comments, 'vi')} bình luận · ${formatCount(p.petitions, 'vi')} kiến nghị (1 chưa rõ đơn vị) trong kỳ`);
  });
});

describe('the meeting page', () => {
  let page = '';
  beforeAll(async () => {
    page = await renderReport(analysis, { graph, previous });
  });

  it('ranks each group in its own table, in rank order, with the figures behind each score', () => {
    for (const [kind, id] of [['department', 'ranking-departments'], ['locality', 'ranking-localities']] as const) {
      const rows = rowsOf(element(element(page, 'meeting'), id));
      const units = unitsOf(kind);
      expect(rows).toHaveLength(units.length);
      units.forEach((u, i) => {
        const row = rows[i]!;
        expect(row).toContain(`>${escapeHtml(u.name)}</a>`);
        expect(row).toContain(`<td class="num rank">${u.rank}</td>`);
        expect(cell(row, 'Điểm')).toContain(`<strong>${formatNumber(u.score, 'vi')}</strong>`);
        expect(cell(row, 'Bài đăng')).toBe(formatCount(u.posts, 'vi'));
        expect(cell(row, 'Kiến nghị')).toBe(formatCount(u.petitions, 'vi'));
        expect(cell(row, 'Đã trả lời')).toBe(formatCount(u.answered, 'vi'));
        expect(cell(row, 'Đúng hạn')).toBe(escapeHtml(formatPercent(u.withinSlaRate, 'vi')));
        expect(cell(row, 'Trung vị (giờ LV)')).toBe(formatNumber(u.medianResponseWorkingHours, 'vi', 1));
        expect(cell(row, 'Tồn đọng')!.startsWith(formatCount(u.unanswered, 'vi'))).toBe(true);
      });
    }
  });

  it('counts a petition overdue when it has waited more than the SLA in working hours', () => {
    const rows = rowsOf(element(element(page, 'meeting'), 'ranking-departments'));
    unitsOf('department').forEach((u, i) => {
      const overdue = analysis.petitions.filter((p) => p.unitId === u.unitId && p.responseCommentId === null && p.waitingWorkingHours! > 8).length;
      const backlog = cell(rows[i]!, 'Tồn đọng')!;
      if (overdue > 0) expect(backlog).toContain(`<small> (${overdue} quá hạn)</small>`);
      else expect(backlog).not.toContain('quá hạn');
    });
  });

  it('marks small samples (fewer than 5 posts or petitions) and states the threshold', () => {
    expect(REPORT_THRESHOLDS.smallSample).toBe(5);
    const meeting = element(page, 'meeting');
    const rows = [...rowsOf(element(meeting, 'ranking-departments')), ...rowsOf(element(meeting, 'ranking-localities'))];
    const units = [...unitsOf('department'), ...unitsOf('locality')];
    const small = units.filter((u) => u.posts < 5 || (u.petitions ?? 0) < 5);
    expect(small.length).toBeGreaterThan(0);
    expect(small.length).toBeLessThan(units.length);
    units.forEach((u, i) => expect(rows[i]!.includes('class="small-sample"'), u.name).toBe(small.includes(u)));
    expect(meeting).toContain('Ít mẫu: dưới 5 bài đăng hoặc dưới 5 kiến nghị trong kỳ');
  });

  it('says beside the rankings that scores are relative to the group', () => {
    expect(element(page, 'meeting')).toContain('Điểm 0–100 là điểm tương đối trong nhóm');
    expect(element(page, 'meeting')).toContain('0 = đơn vị thấp nhất nhóm trong kỳ này');
  });

  it('gives a unit with petitions waiting over 5 days that line, with the count and the longest wait', () => {
    const rows = rowsOf(element(element(page, 'meeting'), 'ranking-departments'));
    unitsOf('department').forEach((u, i) => {
      const waits = analysis.petitions
        .filter((p) => p.unitId === u.unitId && p.responseCommentId === null)
        .map((p) => daysBetween(localDate(p.createdTime, 'Asia/Ho_Chi_Minh')!, analysis.period.to!));
      const long = waits.filter((d) => d > 5);
      if (long.length > 0) {
        expect(rows[i]).toContain(`data-rule="long_wait">${long.length} kiến nghị chờ quá 5 ngày (lâu nhất ${Math.max(...waits)} ngày)</div>`);
      } else {
        expect(rows[i]).not.toContain('data-rule="long_wait"');
      }
    });
  });

  it('shows rank and score changes against the previous period', () => {
    const rows = rowsOf(element(element(page, 'meeting'), 'ranking-departments'));
    unitsOf('department').forEach((u, i) => {
      const before = previous.units.find((x) => x.unitId === u.unitId)!;
      const change = before.rank! - u.rank!;
      const rank = change > 0 ? `▲ ${change}` : change < 0 ? `▼ ${-change}` : '=';
      const delta = u.score! - before.score!;
      const score = `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2).replace('.', ',')}`;
      expect(cell(rows[i]!, 'Thay đổi')).toContain(`>${rank}</span>`);
      expect(cell(rows[i]!, 'Thay đổi')).toContain(`>${score}</span>`);
    });
  });

  it('warns when the periods differ in length, and only then', async () => {
    expect(page).not.toContain('hai kỳ không cùng độ dài');
    const longer = structuredClone(previous);
    longer.period.from = '2024-10-07';
    longer.period.weeks = 25;
    const warned = await renderReport(analysis, { previous: longer });
    expect(element(warned, 'meeting')).toContain('⚠ Kỳ này dài 82 ngày, kỳ trước 173 ngày: hai kỳ không cùng độ dài');
  });
});

describe('the other sections', () => {
  let page = '';
  beforeAll(async () => {
    page = await renderReport(analysis, { graph, previous });
  });

  it('overview: the period\'s totals, and the export\'s apart when they differ', () => {
    const overview = element(page, 'overview');
    const card = (label: string) => new RegExp(`data-card="${label}"><div class="value">([^<]*)</div>`).exec(overview)?.[1];
    expect(card('Bài đăng')).toBe(formatCount(analysis.period.posts, 'vi'));
    expect(card('Bình luận')).toBe(formatCount(analysis.period.comments, 'vi'));
    expect(card('Cảm xúc')).toBe(formatCount(analysis.period.reactions, 'vi'));
    expect(card('Lượt chia sẻ')).toBe(formatCount(analysis.period.shares, 'vi'));
    expect(overview).toContain(`Toàn bộ tệp dữ liệu (mọi kỳ): ${formatCount(analysis.ingest.posts, 'vi')} bài đăng`);
    const same: Analysis = { ...analysis, ingest: { ...analysis.ingest, ...analysis.period, files: 3 } };
    return renderReport(same).then((p) => expect(element(p, 'overview')).not.toContain('Toàn bộ tệp dữ liệu'));
  });

  it('scores: sub-indices with two decimals and the absolute changes beside the score change', () => {
    const scores = element(page, 'scores');
    const top = unitsOf('department')[0]!;
    const before = previous.units.find((u) => u.unitId === top.unitId)!;
    const row = rowsOf(element(scores, 'scores-departments'))[0]!;
    expect(cell(row, 'Hoạt động')).toBe(formatNumber(top.subIndices.activity, 'vi'));
    const points = Math.round((top.responseRate! - before.responseRate!) * 100);
    expect(cell(row, '± Tỷ lệ trả lời')).toBe(`${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} điểm %`);
    expect(scores).toContain('Điểm là tương đối trong nhóm, nên ± Điểm thay đổi cả khi các đơn vị khác thay đổi');
  });

  it('unanswered: one fold per unit, most first, each listing its oldest petitions first, at most 10', () => {
    const section = element(page, 'unanswered');
    const folds = [...section.matchAll(/<details class="backlog-unit" data-unit="([^"]+)">([\s\S]*?)<\/details>/g)];
    const waiting = new Map<string, number>();
    for (const p of analysis.petitions) if (p.unitId !== null && p.responseCommentId === null) waiting.set(p.unitId, (waiting.get(p.unitId) ?? 0) + 1);
    expect(folds.map((f) => f[1]).sort()).toEqual([...waiting.keys()].sort());
    const counts = folds.map((f) => waiting.get(f[1]!)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const [, unitId, body] of folds) {
      const mine = analysis.petitions.filter((p) => p.unitId === unitId && p.responseCommentId === null)
        .sort((a, b) => Date.parse(a.createdTime) - Date.parse(b.createdTime));
      const links = [...body!.matchAll(/<a href="([^"]+)" target="_blank"/g)].map((m) => m[1]);
      expect(links).toEqual(mine.slice(0, 10).map((p) => p.permalinkUrl));
    }
    expect(section).toContain(`<span class="count">${[...waiting.values()].reduce((a, b) => a + b, 0)}</span>`);
    expect(section).toContain('Câu hỏi chưa xác định được đơn vị phụ trách');
  });

  it('unanswered: a unit with more than 10 says how many more are in petitions.csv', async () => {
    const many = structuredClone(analysis);
    const base = many.petitions.find((p) => p.unitId === 'so-tc')!;
    for (let i = 0; i < 14; i++) many.petitions.push({ ...base, commentId: `extra-${i}`, responseCommentId: null, responseTime: null, onTime: false });
    const body = element(await renderReport(many), 'unanswered');
    const fold = /<details class="backlog-unit" data-unit="so-tc">([\s\S]*?)<\/details>/.exec(body)![1]!;
    const total = many.petitions.filter((p) => p.unitId === 'so-tc' && p.responseCommentId === null).length;
    expect(rowsOf(fold)).toHaveLength(10);
    expect(fold).toContain(`… và ${total - 10} kiến nghị khác: xem petitions.csv.`);
  });

  it('topics: per topic, the sums of analysis.topics over the units', () => {
    const section = element(page, 'topics');
    const tax = analysis.topics.filter((t) => t.topic === 'Thuế' && t.unitId !== null);
    const petitions = tax.reduce((a, t) => a + t.petitions, 0);
    const answered = tax.reduce((a, t) => a + t.answered, 0);
    const row = rowsOf(section).find((r) => r.includes('<td class="name">Thuế</td>'))!;
    expect(cell(row, 'Kiến nghị')).toBe(String(petitions));
    expect(cell(row, 'Đã trả lời')).toBe(escapeHtml(formatPercent(answered / petitions, 'vi')));
    expect(section).toContain('data-chart="topics"');
  });

  it('timing: two heatmaps, weekday × hour, with the busiest hour named', () => {
    const section = element(page, 'timing');
    expect(count(section, '<svg')).toBe(2);
    expect(section).toMatch(/Kiến nghị được gửi nhiều nhất: (Thứ|Th|CN)/);
    for (const day of ['Th 2', 'Th 7', 'CN']) expect(section).toContain(`>${day}</text>`);
  });

  it('network: the aggregated map with every unit labelled and a legend of communities', () => {
    const network = element(page, 'network');
    expect(count(network, '<svg')).toBe(2);
    const wide = /class="plot only-wide">([\s\S]*?)<\/div>/.exec(network)![1]!;
    for (const [, name] of [...DEPARTMENTS, ...LOCALITIES]) expect(wide).toContain(`>${escapeHtml(name)}</text>`);
    expect(network).toContain('<ul class="legend communities">');
    expect(network).toContain('Cộng đồng 1');
    expect(network).toContain('graph.gexf');
  });

  it('glossary: every term linked from the report has an entry, in both languages', () => {
    const targets = new Set([...page.matchAll(/href="#g-([^"]+)"/g)].map((m) => m[1]));
    expect(targets.size).toBeGreaterThan(5);
    for (const id of targets) expect(page).toContain(`id="g-${id}"`);
    const glossary = element(page, 'glossary');
    for (const term of ['PageRank', 'ForceAtlas2', 'Modularity', 'Ràng buộc Burt', 'Hạn trả lời (SLA)', 'Giờ làm việc', 'Ít mẫu', 'Lĩnh vực']) expect(glossary).toContain(term);
    for (const term of ['Burt&#39;s constraint', 'Working hours', 'Small sample', 'Deadline (SLA), on time']) expect(glossary).toContain(term);
    expect(GLOSSARY.every((e) => e.term.vi && e.term.en)).toBe(true);
  });

  it('unit cards: each with its stand-out line, topics and charts', () => {
    const units = element(page, 'units');
    expect(count(units, '<article class="unit"')).toBe(16);
    const card = element(units, 'unit-so-khdt');
    expect(card).toContain('Lĩnh vực kiến nghị:');
    expect(count(card, '<figure')).toBe(4);
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

  it('gives unique ids across the page and its charts', async () => {
    const page = await renderReport(analysis, { graph, previous });
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('switches labels to English with lang = en', async () => {
    const page = await renderReport(analysis, { graph, lang: 'en' });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<h3>Ranking of departments</h3>');
    expect(page).toContain('Monday 06/01/2025 – Friday 28/03/2025 (12 weeks)');
    expect(page).toContain('Scores (0–100) are relative to the group');
    expect(page).not.toContain('Xếp hạng');
    expect(page).toContain('Sở Kế hoạch và Đầu tư');
    expect(page).toContain('<td class="name">Tax</td>');
    const top = analysis.units.find((u) => u.kind === 'locality' && u.rank === 1)!;
    expect(page).toContain(`<strong>${top.score!.toFixed(2)}</strong>`);
  });

  it('shows a banner when names were revealed', async () => {
    const revealed = { ...analysis, privacy: { pseudonymized: false, keyed: false } };
    const page = await renderReport(revealed, { graph });
    expect(page).toContain('class="banner revealed"');
    expect(page).toContain('hiển thị tên thật của cá nhân');
  });

  it('uses the SLA given in options for the backlog and the response-time charts', async () => {
    const page = await renderReport(analysis, { slaWorkingHours: 4 });
    expect(page).toContain('so với hạn 4 giờ');
    expect(page).toContain('2–4 giờ');
    expect(page).toContain('quá hạn: đã chờ quá 4 giờ làm việc');
  });

  it('renders without a graph (no map) and without previous (no change columns)', async () => {
    const page = await renderReport(analysis);
    expect(page).not.toContain('Thay đổi</th>');
    expect(element(page, 'network')).toContain('Không có dữ liệu mạng lưới.');
    expect(reportCharts(analysis).some((c) => c.chart === 'network')).toBe(false);
  });

  it('plugs in a standalone (analysis, lang) → HTML section with one line, in the body and the contents', async () => {
    const plugged = htmlSection('plugged', { vi: 'Chất lượng trả lời', en: 'Answer quality' }, (a, lang) => `<p class="q">${a.units.length} ${lang}</p>`);
    const sections: ReportSection[] = [...REPORT_SECTIONS.slice(0, 3), plugged, ...REPORT_SECTIONS.slice(3)];
    const page = await renderReport(analysis, { sections });
    expect(element(page, 'plugged')).toContain('<h2>Chất lượng trả lời</h2>\n<p class="q">16 vi</p>');
    expect(/<nav class="toc"[^>]*>([\s\S]*?)<\/nav>/.exec(page)![1]).toContain('<a href="#plugged">Chất lượng trả lời</a>');
  });

  it('a section declares its charts; the report renders them and hands the figures back', async () => {
    const custom: ReportSection = {
      id: 'custom',
      title: () => 'Tự chọn',
      charts: () => [{ chart: 'bars', anchor: 'custom', title: 'Cột', spec: { data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } } }],
      render: (_ctx, figures) => html`<div>${figures.figure('custom', 'bars')}</div>`,
    };
    const page = await renderReport(analysis, { sections: [custom] });
    expect(reportCharts(analysis, { sections: [custom] })).toEqual([{ chart: 'bars', section: 'custom' }]);
    expect(element(page, 'custom')).toContain('<figure class="chart" data-chart="bars" data-section="custom"><figcaption>Cột</figcaption><div class="plot"><svg role="img" aria-label="Cột"');
  });

  it('rejects unknown and invalid options, and sections with a bad or duplicate id', async () => {
    await expect(renderReport(analysis, { colour: 'red' } as never)).rejects.toThrow(/unknown option "colour"/);
    await expect(renderReport(analysis, { lang: 'fr' } as never)).rejects.toThrow(/lang/);
    await expect(renderReport(analysis, { slaWorkingHours: 0 })).rejects.toThrow(/slaWorkingHours/);
    await expect(renderReport(analysis, { sections: [REPORT_SECTIONS[0]!, REPORT_SECTIONS[0]!] })).rejects.toThrow(/duplicate section id "meeting"/);
    await expect(renderReport(analysis, { sections: [{ ...REPORT_SECTIONS[0]!, id: 'a"b' }] })).rejects.toThrow(/id/);
    await expect(renderReport(analysis, { graph, network: { topBusinesses: -1 } })).rejects.toThrow(/topBusinesses/);
  });
});
