/**
 * The report's stylesheet: readable when projected (large type, strong contrast, tabular
 * figures), printable (cards kept on one page), no web fonts (system fonts that carry Vietnamese).
 */
export const REPORT_CSS = `
:root{--ink:#1d2733;--muted:#5b6675;--line:#dde3ea;--bg:#f3f5f8;--card:#fff;--accent:#12355b;--accent2:#2f5d8c;--up:#1e7d4f;--down:#b3261e}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;background:var(--bg);color:var(--ink);font-family:'Segoe UI',Roboto,'Noto Sans','DejaVu Sans','Liberation Sans',Arial,sans-serif;line-height:1.45;font-variant-numeric:tabular-nums}
body>*{max-width:1240px;margin-left:auto;margin-right:auto}
header.top{max-width:none;background:var(--accent);color:#fff;padding:28px max(24px,calc((100% - 1240px)/2)) 22px}
header.top h1{margin:0 0 4px;font-size:1.9rem;line-height:1.2;font-weight:700}
header.top .subtitle{margin:0 0 10px;font-size:1.05rem;color:#cfe0f1}
header.top .meta{margin:2px 0;font-size:.95rem;color:#e6eef7}
.banner{margin-top:16px;padding:10px 16px;border-radius:6px;font-size:.95rem}
.banner.revealed{background:#b3261e;color:#fff;font-weight:600;font-size:1.05rem}
.banner.hidden{background:#e8eef5;color:var(--muted)}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 8px;margin-top:14px;padding:0 2px}
nav.toc a{color:var(--accent2);text-decoration:none;font-size:.9rem;padding:3px 10px;border:1px solid var(--line);border-radius:14px;background:#fff}
nav.toc.units a{font-size:.8rem;color:var(--muted)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px 20px;margin-top:18px}
h2{margin:0 0 8px;font-size:1.45rem;color:var(--accent);border-left:5px solid var(--accent2);padding-left:10px}
h2 .count{display:inline-block;min-width:1.8em;padding:0 .45em;margin-left:6px;border-radius:1em;background:var(--down);color:#fff;font-size:1rem;text-align:center;vertical-align:middle}
h3{margin:16px 0 8px;font-size:1.15rem}
p.note{margin:0 0 12px;color:var(--muted);font-size:.92rem}
p.empty{color:var(--muted);font-style:italic;margin:8px 0}
.cards{display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:10px}
@media (max-width:800px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fafbfd}
.card .value{font-size:1.7rem;font-weight:700;color:var(--accent)}
.card .label{font-size:.88rem;color:var(--muted)}
.card.alert .value{color:var(--down)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.98rem}
th{background:#eef2f7;color:#2c3946;text-align:left;font-weight:600;padding:8px 10px;border-bottom:2px solid #c9d3de;white-space:nowrap}
td{padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:nth-child(even) td:not([style]){background:#fafbfc}
th.num,td.num{text-align:right}
td.rank{font-weight:700;font-size:1.05rem;color:var(--accent)}
td.name{white-space:nowrap}
td.name .flags{white-space:normal;margin-top:2px}
table.associations th{white-space:normal;vertical-align:bottom}
table.associations td:first-child{min-width:16em}
td.name a{color:var(--ink);text-decoration:none;font-weight:600}
td.name a:hover{text-decoration:underline}
td.score{font-weight:700;font-size:1.1rem}
td.muted{color:#9aa4af}
td.delta{text-align:right;white-space:nowrap;font-weight:600}
td.delta.up{color:var(--up)}td.delta.down{color:var(--down)}td.delta.same{color:var(--muted)}td.delta.new{color:var(--accent2);font-style:italic;font-weight:400}
.flag{display:inline-block;font-size:.75rem;padding:1px 7px;border-radius:9px;background:#fdf1dc;color:#7a4b00;margin:1px 2px 1px 0;white-space:nowrap}
table.petitions td{font-size:.92rem}
table.backlog{width:auto;min-width:50%;margin-bottom:14px}
td.message{max-width:520px}
td.waiting{font-weight:700;color:var(--down)}
td .who{color:var(--muted);font-size:.85rem}
td a{color:var(--accent2)}
.nowrap{white-space:nowrap}
figure.chart{margin:14px 0 0;padding:10px 12px;border:1px solid var(--line);border-radius:8px;background:#fff;min-width:0}
figure.chart figcaption{font-weight:600;font-size:.98rem;color:#2c3946;margin-bottom:6px}
figure.chart svg{display:block;width:100%;height:auto}
figure.chart.no-data{background:#fafbfc}
article.unit{border-top:1px solid var(--line);padding-top:16px;margin-top:18px;break-inside:avoid;page-break-inside:avoid}
article.unit:first-of-type{border-top:0;margin-top:6px}
article.unit header{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px 14px}
article.unit h3{margin:0;font-size:1.3rem;color:var(--accent)}
.badge{font-size:.8rem;padding:2px 9px;border-radius:10px;color:#fff;background:var(--accent2)}
.badge.locality{background:#6b4c9a}
article.unit .rank{color:var(--muted)}
article.unit .score strong{font-size:1.25rem;color:var(--accent)}
dl.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px 14px;margin:10px 0 4px}
.stat{border-left:3px solid var(--line);padding-left:8px}
.stat dt{font-size:.78rem;color:var(--muted)}
.stat dd{margin:0;font-size:1.08rem;font-weight:600}
p.amplifiers,p.flags{margin:6px 0;font-size:.92rem}
.grid{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:0 14px}
@media (max-width:900px){.grid{grid-template-columns:1fr}}
footer{color:var(--muted);font-size:.85rem;padding:18px 4px 30px}
@media print{body{background:#fff}section{border:0;padding:0 0 10px}nav.toc{display:none}figure.chart{break-inside:avoid}}
`.trim();
