/**
 * Issue 8 (hostile input) for the report: no text from the data, the configuration or a
 * `--previous` file reaches the HTML unescaped; links are http(s) only; no template marker exists
 * that a text could imitate; `--reveal` shows names everywhere the report names people; long
 * texts are cut without copying them whole and without changing what they say.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { escapeHtml, html, safeUrl, trustedHtml, truncate } from '../../src/write/format';
import { renderReport, reportCharts } from '../../src/write/report';
import { MESSAGE_CHARS } from '../../src/write/sections/backlog';
import { compactSvg } from '../../src/write/vega';
import { makeSampleAnalysis, makeSampleGraph } from './sample';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '</style><style>body{display:none}</style>',
  '<svg onload=alert(1)>',
  '</textarea></title><iframe src=javascript:alert(1)>',
];
const hostile = (i: number) => `${HOSTILE[i % HOSTILE.length]} #${i}`;

/** What no page may contain outside escaped text. */
function expectInert(page: string): void {
  expect(page).not.toMatch(/<script|<img|<iframe|<textarea|<svg onload/i);
  expect(page).not.toMatch(/<[^>]*\son(?:error|load|mouseover)=/i);
  expect(page.match(/<style/g)).toHaveLength(1);
  expect(page.match(/<\/style>/g)).toHaveLength(1);
  for (const [, href] of page.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(#[\w-]+|https?:\/\/[^\s"'<>]+)$/);
}

describe('no text of the data reaches the HTML unescaped', () => {
  it('unit, association, business and topic names, petition texts, flags and graph labels', async () => {
    const analysis = makeSampleAnalysis();
    let i = 0;
    for (const u of analysis.units) { u.name = hostile(i++); u.flags.push(hostile(i++)); }
    for (const a of analysis.associations) a.name = hostile(i++);
    for (const a of analysis.actors) if (a.kind !== 'individual') a.name = hostile(i++);
    for (const p of analysis.petitions) { p.message = hostile(i++); p.topics = [hostile(i++)]; p.authorId = p.authorId === null ? null : p.authorId; }
    for (const t of analysis.topics) if (t.topic !== null) t.topic = hostile(i++);
    const graph = makeSampleGraph(analysis);
    graph.forEachNode((key, attributes) => { if (attributes.kind !== 'agency') graph.setNodeAttribute(key, 'label', hostile(i++)); });
    const page = await renderReport(analysis, { graph, previous: makeSampleAnalysis(1) });
    expectInert(page);
    expect(page).toContain(escapeHtml(analysis.units[0]!.name));
    expect(page).toContain(escapeHtml(analysis.petitions.find((p) => p.unitId !== null && p.responseCommentId === null)!.message));
    // The same in the charts' SVG text (vega escapes it) and the map's labels.
    expect(page).toMatch(/<text[^>]*>[^<]*&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('the --previous file: its period strings and unit names, whatever they hold', async () => {
    const analysis = makeSampleAnalysis();
    const previous = makeSampleAnalysis(1) as Analysis;
    previous.period.from = '</p><style>body{display:none}</style>';
    previous.period.to = '<img src=x onerror=alert(1)>';
    for (const u of previous.units) u.name = hostile(3);
    const page = await renderReport(analysis, { previous });
    expectInert(page);
    // A malformed date is not a date: the header shows a dash, not the string.
    expect(page).toContain('So sánh với kỳ trước: – – –');
  });

  it('has no template marker a text could imitate: a text holding \\u0000chart:N\\u0000 stays text', async () => {
    const analysis = makeSampleAnalysis();
    const target = analysis.petitions.find((p) => p.unitId !== null && p.responseCommentId === null)!;
    target.message = 'A \u0000chart:0\u0000 B \u0000chart:1\u0000 C';
    const page = await renderReport(analysis);
    expect(page.split('<svg').length - 1).toBe(reportCharts(analysis).length + 3);
    expect(page).toContain('<td class="message" data-label="Nội dung">A \u0000chart:0\u0000 B \u0000chart:1\u0000 C</td>');
  });

  it('links only http(s) URLs, whole and quoted safely; anything else is no link', async () => {
    const urls = [
      'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x',
      'https://x.example/" onmouseover="alert(1)', "https://x.example/' onclick='x", 'https://x.example/<script>', '//evil.example/x', '/relative',
      'https://www.facebook.com/ddciquangninh/posts/1?a=1&b=2',
    ];
    const analysis = makeSampleAnalysis();
    const unanswered = analysis.petitions.filter((p) => p.unitId === 'so-khdt' && p.responseCommentId === null);
    const base = unanswered[0]!;
    analysis.petitions = analysis.petitions.filter((p) => p.unitId !== 'so-khdt');
    urls.forEach((url, k) => analysis.petitions.push({ ...base, commentId: `u${k}`, createdTime: `2025-02-0${(k % 9) + 1}T01:00:00.000Z`, permalinkUrl: url }));
    const page = await renderReport(analysis);
    expectInert(page);
    const links = [...page.matchAll(/<a href="([^"]+)" target="_blank"/g)].map((m) => m[1]);
    expect(links).toContain('https://www.facebook.com/ddciquangninh/posts/1?a=1&amp;b=2');
    for (const link of links) expect(link).toMatch(/^https:\/\/www\.facebook\.com\//);
    for (const url of urls.slice(0, -1)) expect(safeUrl(url)).toBeNull();
  });
});

describe('--reveal: names shown consistently', () => {
  it('authors are named by their name when the analysis gives one (revealed), by their pseudonym otherwise', async () => {
    const analysis = makeSampleAnalysis();
    const person = analysis.petitions.find((p) => p.authorKind === 'individual' && p.unitId !== null && p.responseCommentId === null)!;
    const hidden = await renderReport(analysis);
    expect(hidden).toContain(`<span class="who">${person.authorId}</span>`);

    const revealed = structuredClone(analysis);
    revealed.privacy = { pseudonymized: false, keyed: false };
    for (const a of revealed.actors) if (a.kind === 'individual') a.name = `Nguyễn Văn ${a.id.slice(5)}`;
    const page = await renderReport(revealed);
    expect(page).toContain('class="banner revealed"');
    expect(page).toContain(`<span class="who">Nguyễn Văn ${person.authorId!.slice(5)}</span>`);
    expect(page).not.toMatch(/<span class="who">anon:/);
  });
});

describe('truncate', () => {
  it('cuts a 20 MB text reading only its start (milliseconds, no copy of the whole)', () => {
    const huge = 'Kiến nghị '.repeat(2_000_000);
    huge.charCodeAt(0); // V8 builds repeat() as a rope: flatten it before timing
    const started = performance.now();
    const cut = truncate(huge, 280);
    expect(performance.now() - started).toBeLessThan(50);
    expect(Array.from(cut).length).toBeLessThanOrEqual(280);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('keeps the text as it is: spaces and line breaks are not collapsed, short texts untouched', () => {
    expect(truncate('a  b\n\nc', 10)).toBe('a  b\n\nc');
    expect(truncate('Xin   hỏi   anon:12   về thuế', 20)).toBe('Xin   hỏi   anon:12…');
  });

  it('never cuts a word or a pseudonym in two when a space is near, nor a surrogate pair', () => {
    expect(truncate('Hỏi anon:12345 về việc', 12)).toBe('Hỏi…');
    expect(truncate('😀😀😀😀😀😀😀😀😀😀', 5)).toBe('😀😀😀😀…');
    expect(Array.from(truncate('x'.repeat(500), 100))).toHaveLength(100);
  });

  it('the report shows at most MESSAGE_CHARS characters of a petition', async () => {
    const analysis = makeSampleAnalysis();
    const target = analysis.petitions.find((p) => p.unitId !== null && p.responseCommentId === null)!;
    target.message = `Mở đầu ${'rất dài '.repeat(150_000)}KẾT THÚC`;
    const page = await renderReport(analysis);
    expect(page).not.toContain('KẾT THÚC');
    const shown = /<td class="message" data-label="Nội dung">(Mở đầu[^<]*)<\/td>/.exec(page)![1]!;
    expect(Array.from(shown).length).toBeLessThanOrEqual(MESSAGE_CHARS);
  });
});

describe('the html template', () => {
  it('escapes interpolated strings and numbers, keeps nested html, joins arrays, drops null and booleans', () => {
    const name = '<b>"A" & \'B\'</b>';
    expect(html`<td title="${name}">${name}</td>`.value).toBe('<td title="&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;">&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;</td>');
    expect(html`<p>${html`<i>${'<x>'}</i>`}${[1, '<', null, false, true, undefined]}</p>`.value).toBe('<p><i>&lt;x&gt;</i>1&lt;</p>');
    expect(html`${trustedHtml('<svg></svg>')}`.value).toBe('<svg></svg>');
  });
});

describe('compactSvg', () => {
  it('rounds geometry and drops defaults in tags, never in text', () => {
    const svg = '<svg><g class="x" transform="translate(1.23456,2)"><text opacity="1" font-family="F"> class="y" opacity="1" d="1.23456"</text><path d="M0,0h0v0h0Z"/></g><text font-family="F">z</text></svg>';
    expect(compactSvg(svg)).toBe('<svg font-family="F"><g transform="translate(1.23,2)"><text> class="y" opacity="1" d="1.23456"</text></g><text>z</text></svg>');
  });
});
