import { parse } from 'csv-parse/sync';
const text = 'a,b,c\r\n1,"x\ry\r\nz",3\r\n\r\n4,5\r\n6,"bad"q,7\r\n8,9,10,11\r\n"unterminated,1,2\r\n';
const skipped = [];
const rows = parse(text, { relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: true, skip_records_with_error: true, on_skip: (e, raw) => { skipped.push([e.code, e.lines, JSON.stringify(raw)]); } });
for (const r of rows) console.log(JSON.stringify(r.record), r.info.lines, r.info.records, r.info.empty_lines, r.info.bytes, r.info.bytes_records);
console.log(skipped);
const t2 = 'position\tpost_id\tx\r\n0_1\t"a\tb"\r\n';
console.log(parse(t2, { delimiter: '\t', quote: false, relax_column_count: true }));
