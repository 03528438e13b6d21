/**
 * The report's stylesheet, for three readers:
 * - a screen or projector (large type, strong contrast, tabular figures, charts at natural size);
 * - a phone (≤ 480 px): tables become cards (each figure labelled by its column), the narrow
 *   variant of each wide chart replaces it, nothing scrolls sideways;
 * - paper (A4 portrait): the meeting page fills page 1, other sections start on a new page, no
 *   table is clipped (no scrolling boxes anywhere), folded lists print as their summaries.
 * No web fonts: system fonts that carry Vietnamese. Screen-only rules are inside `@media screen`
 * so that the A4 page (about 725 CSS px wide) never takes a tablet or phone layout.
 */
export const REPORT_CSS = `
:root{--ink:#1d2733;--muted:#5b6675;--line:#dde3ea;--bg:#f3f5f8;--card:#fff;--accent:#12355b;--accent2:#2f5d8c;--up:#1e7d4f;--down:#b3261e;--warn:#8a5a00;--warnbg:#fdf1dc;--infobg:#eef2f7;--goodbg:#e3f3ea}
*{box-sizing:border-box}
html{font-size:16px;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font-family:'Segoe UI',Roboto,'Noto Sans','DejaVu Sans','Liberation Sans',Arial,sans-serif;line-height:1.45;font-variant-numeric:tabular-nums;overflow-wrap:break-word}
main,.banner,nav.toc,footer{width:min(1240px,calc(100% - 32px));margin-left:auto;margin-right:auto}
header.top{background:var(--accent);color:#fff;padding:26px max(16px,calc((100% - 1240px)/2)) 20px}
header.top h1{margin:0 0 4px;font-size:1.85rem;line-height:1.2;font-weight:700}
header.top .subtitle{margin:0 0 10px;font-size:1.05rem;color:#cfe0f1}
header.top .meta{margin:2px 0;font-size:.95rem;color:#e6eef7}
header.top .totals{font-weight:600}
.banner{margin-top:16px;padding:10px 16px;border-radius:6px;font-size:.95rem}
.banner.revealed{background:var(--down);color:#fff;font-weight:600;font-size:1.05rem}
.banner.hidden{background:#e8eef5;color:var(--muted)}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 8px;margin-top:14px}
nav.toc a{color:var(--accent2);text-decoration:none;font-size:.9rem;padding:3px 10px;border:1px solid var(--line);border-radius:14px;background:#fff}
nav.toc.units a{font-size:.8rem;color:var(--muted)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px 20px;margin-top:18px}
h2{margin:0 0 10px;font-size:1.45rem;line-height:1.25;color:var(--accent);border-left:5px solid var(--accent2);padding-left:10px}
h2 .count{display:inline-block;min-width:1.8em;padding:0 .45em;margin-left:6px;border-radius:1em;background:var(--down);color:#fff;font-size:1rem;text-align:center;vertical-align:middle}
h3{margin:18px 0 8px;font-size:1.15rem;color:var(--accent)}
p.note{margin:0 0 10px;color:var(--muted);font-size:.9rem}
p.warning{margin:0 0 10px;padding:8px 12px;border-radius:6px;background:var(--warnbg);color:var(--warn);font-weight:600}
p.empty{color:var(--muted);font-style:italic;margin:8px 0}
a.gloss{color:var(--accent2)}
.muted{color:var(--muted)}
.strip{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:8px;margin:4px 0 12px}
.kpi{border:1px solid var(--line);border-radius:8px;padding:6px 10px;background:#fafbfd;display:flex;flex-direction:column}
.kpi .value{font-size:1.45rem;font-weight:700;color:var(--accent);line-height:1.2}
.kpi .label{font-size:.8rem;color:var(--muted)}
.kpi.alert .value,.card.alert .value{color:var(--down)}
.cards{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:10px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fafbfd}
.card .value{font-size:1.6rem;font-weight:700;color:var(--accent)}
.card .label{font-size:.86rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th{background:#eef2f7;color:#2c3946;text-align:left;font-weight:600;padding:7px 8px;border-bottom:2px solid #c9d3de;vertical-align:bottom;font-size:.88rem}
td{padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th a{color:inherit}
tbody tr:nth-child(even) td:not(.heat){background:#fafbfc}
th.num,td.num{text-align:right}
td.brk{display:none}
td.rank{font-weight:700;font-size:1.05rem;color:var(--accent);width:2.6em}
td.name a{color:var(--ink);text-decoration:none;font-weight:600}
td.name a:hover{text-decoration:underline}
td.score{white-space:nowrap}
td.score strong{font-size:1.1rem}
td.muted{color:#9aa4af}
td.delta{white-space:nowrap;font-weight:600}
.up{color:var(--up)}.down{color:var(--down)}.same,.none{color:var(--muted)}.new{color:var(--accent2);font-style:italic;font-weight:400}
td.delta.abs{font-weight:400}
td.backlog.has-backlog{color:var(--down);font-weight:700}
td.backlog small{display:block;font-weight:400;white-space:nowrap}
.small-sample{display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:var(--infobg);color:var(--muted);font-size:.72rem;font-weight:600;vertical-align:middle;white-space:nowrap;cursor:help}
tr.is-small td.score strong{color:var(--muted)}
.standout{margin-top:3px;font-size:.84rem;font-weight:600;line-height:1.3}
.standout::before{content:'';display:inline-block;width:.6em;height:.6em;border-radius:50%;margin-right:6px;vertical-align:.05em;background:currentColor}
.standout.alert{color:var(--down)}.standout.warn{color:var(--warn)}.standout.info{color:var(--muted);font-weight:400}.standout.good{color:var(--up)}
article.unit>.standout{font-size:.95rem;margin:4px 0}
.flag{display:inline-block;font-size:.75rem;padding:1px 7px;border-radius:9px;background:var(--warnbg);color:#7a4b00;margin:1px 2px 1px 0}
td.name .flags{margin-top:2px}
table.petitions td{font-size:.9rem}
td.message{min-width:16em}
td.waiting{font-weight:700;color:var(--down)}
td .who{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
td a{color:var(--accent2)}
.nowrap{white-space:nowrap}
details.backlog-unit{border:1px solid var(--line);border-radius:8px;margin:8px 0;background:#fff}
details.backlog-unit>summary{cursor:pointer;padding:9px 12px;font-weight:600;list-style-position:inside}
details.backlog-unit>summary .summary-figures{font-weight:400;color:var(--down)}
details.backlog-unit[open]>summary{border-bottom:1px solid var(--line)}
details.backlog-unit>table,details.backlog-unit>p{margin:0}
details.backlog-unit>p.more{padding:6px 12px}
figure.chart{margin:14px 0 0;padding:10px 12px;border:1px solid var(--line);border-radius:8px;background:#fff;min-width:0}
figure.chart figcaption{font-weight:600;font-size:.95rem;color:#2c3946;margin-bottom:6px}
figure.chart svg{display:block;max-width:100%;height:auto;margin:0 auto}
figure.chart.no-data{background:#fafbfc}
.only-narrow{display:none}
ul.legend{list-style:none;padding:0;margin:10px 0 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:4px 18px;font-size:.9rem}
ul.legend .swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:6px;vertical-align:-.1em}
article.group{margin-top:8px}
article.unit{border-top:1px solid var(--line);padding-top:16px;margin-top:18px}
article.unit:first-of-type{border-top:0;margin-top:4px}
article.unit header{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 14px}
article.unit h3{margin:0;font-size:1.3rem}
.badge{font-size:.8rem;padding:2px 9px;border-radius:10px;color:#fff;background:var(--accent2)}
.badge.locality{background:#6b4c9a}
article.unit .rank{color:var(--muted)}
article.unit .score strong{font-size:1.25rem;color:var(--accent)}
dl.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px 14px;margin:10px 0 4px}
.stat{border-left:3px solid var(--line);padding-left:8px}
.stat dt{font-size:.78rem;color:var(--muted)}
.stat dd{margin:0;font-size:1.05rem;font-weight:600}
p.amplifiers,p.flags,p.topics-line{margin:6px 0;font-size:.9rem}
.grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 14px}
.grid figure.chart svg{width:100%;max-width:480px}
dl.glossary{margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:10px 24px}
dl.glossary .entry{break-inside:avoid}
dl.glossary dt{font-weight:700;color:var(--accent)}
dl.glossary dt .alt{font-weight:400;color:var(--muted)}
dl.glossary dd{margin:2px 0 0}
dl.glossary dd p{margin:0 0 3px;font-size:.92rem}
dl.glossary dd p.alt{color:var(--muted);font-size:.82rem}
dl.glossary .entry:target{background:var(--warnbg);outline:4px solid var(--warnbg)}
footer{color:var(--muted);font-size:.85rem;padding:18px 0 30px}
@media screen and (max-width:760px){
.grid{grid-template-columns:minmax(0,1fr)}
}
@media screen and (max-width:1000px){
.strip{grid-template-columns:repeat(3,minmax(0,1fr))}
.cards{grid-template-columns:repeat(3,minmax(0,1fr))}
dl.glossary{grid-template-columns:1fr}
}
@media screen and (max-width:480px){
html{font-size:15px}
main,.banner,nav.toc,footer{width:calc(100% - 16px)}
header.top{padding:16px 10px 14px}
header.top h1{font-size:1.3rem}
header.top .subtitle,nav.toc.units{display:none}
nav.toc a{font-size:.82rem;padding:2px 8px}
section{padding:12px 10px 14px;border-radius:8px;margin-top:12px}
h2{font-size:1.2rem;padding-left:8px}
.strip{grid-template-columns:repeat(3,minmax(0,1fr));gap:6px}
.kpi{padding:4px 7px}
.kpi .value{font-size:1.2rem}
.cards{grid-template-columns:repeat(2,minmax(0,1fr))}
.only-wide{display:none}
.only-narrow{display:block}
figure.chart{padding:8px 4px;margin-top:10px}
.grid{grid-template-columns:minmax(0,1fr)}
ul.legend{grid-template-columns:minmax(0,1fr)}
table,table tbody{display:block;width:100%}
table thead{display:none}
table tr{display:flex;flex-wrap:wrap;align-items:baseline;padding:9px 2px 9px 2.2em;border-bottom:1px solid var(--line)}
tbody tr:nth-child(even) td:not(.heat):not(.chip){background:none}
td.backlog small{display:inline}
table td{display:block;border:0;padding:0;text-align:left}
td.rank{flex:0 0 2.2em;width:auto;margin-left:-2.2em;text-align:left}
td.name{flex:1 1 0;min-width:0}
td.score{flex:0 0 auto;text-align:right;padding-left:8px}
td.score strong{font-size:1.3rem;color:var(--accent)}
td.score .small-sample{display:block;margin:2px 0 0}
td.brk{display:block;flex:0 0 100%;height:0}
td.chip{flex:0 0 auto;margin:4px 5px 0 0;padding:1px 7px;border-radius:10px;background:#f1f4f8;font-size:.8rem;font-weight:600;text-align:left}
td.chip::before{content:attr(data-label) ": ";font-weight:400;color:var(--muted)}
td.chip.wide-chip{flex:1 1 100%;background:none;padding:0;font-weight:400}
td.chip.heat{color:var(--ink)}
table.topics td.name,table.associations td.name{flex:1 1 100%}
table.petitions tr{display:block;padding:8px 2px}
table.petitions td{padding:1px 0}
table.petitions td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}
td.message{min-width:0}
dl.stats{grid-template-columns:repeat(3,minmax(0,1fr));gap:4px 8px}
.stat dt{font-size:.72rem;line-height:1.2}
.stat dd{font-size:.95rem}
dl.glossary dd p.alt{display:none}
}
@page{size:A4 portrait;margin:10mm 9mm 11mm}
@media print{
html{font-size:10px}
table.meeting{table-layout:fixed}
table.meeting th.c-rank{width:5%}table.meeting th.c-name{width:39%}table.meeting th.c-score{width:11%}table.meeting th.c-stat{width:6.4%}table.meeting th.c-backlog{width:13%}
table.meeting.with-change th.c-name{width:33%}table.meeting.with-change th.c-backlog{width:9%}table.meeting th.c-change{width:10%}
table.meeting th{font-size:.8rem;line-height:1.2}
table.meeting td{padding:2px 4px}
table.meeting td.rank{font-size:1rem}
table.meeting td.score strong{font-size:1.05rem}
table.meeting .small-sample{margin-left:3px;padding:0 4px;font-size:.68rem}
table.meeting .standout{font-size:.8rem;line-height:1.2}
body{background:#fff}
main,.banner,nav.toc,footer{width:auto;max-width:none}
header.top{background:none;color:var(--ink);padding:0 0 4px;border-bottom:2px solid var(--accent)}
header.top h1{font-size:1.55rem;color:var(--accent)}
header.top .subtitle{display:none}
header.top .meta{color:var(--ink);font-size:.95rem}
.banner{margin:4px 0 0;padding:2px 8px;font-size:.85rem}
nav.toc{display:none}
section{border:0;border-radius:0;padding:0;margin:10px 0 0}
section.print-break{break-before:page}
section.meeting-page{break-after:page}
h2{font-size:1.35rem;margin-bottom:6px}
h3{margin:8px 0 4px;font-size:1.1rem;break-after:avoid}
p.note{font-size:.85rem;margin-bottom:4px}
.strip{margin:2px 0 6px;gap:5px}
.kpi{padding:3px 8px}
.kpi .value{font-size:1.25rem}
table{font-size:.95rem}
th{padding:3px 5px;font-size:.88rem}
td{padding:3px 5px}
tr,figure.chart,details,dl.glossary .entry,ul.legend li{break-inside:avoid}
thead{display:table-header-group}
.standout{font-size:.85rem;margin-top:1px}
a{color:inherit;text-decoration:none}
.only-narrow{display:none}
.only-wide{display:block}
.grid{grid-template-columns:repeat(2,minmax(0,1fr))}
article.unit>header,article.unit>.standout,article.unit>dl.stats{break-after:avoid;break-inside:avoid}
dl.stats{grid-template-columns:repeat(6,minmax(0,1fr))}
article.unit h3{font-size:1.2rem}
figure.chart{padding:4px 6px;margin-top:6px}
details.backlog-unit{margin:4px 0}
dl.glossary{grid-template-columns:repeat(2,minmax(0,1fr));gap:6px 16px}
.cards{grid-template-columns:repeat(6,minmax(0,1fr));gap:6px}
.card{padding:5px 8px}
.card .value{font-size:1.3rem}
ul.legend{grid-template-columns:repeat(2,minmax(0,1fr));font-size:.85rem}
footer{padding:8px 0 0}
}
`.trim();
