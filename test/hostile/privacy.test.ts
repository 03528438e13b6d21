/**
 * Hostile input and privacy (issue 8, SPEC 7): one case per finding, each run through the CLI
 * in-process; every case ends in exit 0, 1 or 2 — never 3 (a bug) or a crash — and no individual's
 * name (in any case, spacing or diacritics) appears in any output file, stdout or stderr unless
 * `--reveal` asks for it. The names are looked for by the test's own folded search
 * (helpers/outputs.ts), not by the library's redactor.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { everything, findNames, runCliCaptured, tempDir, type CliRun } from '../helpers/outputs';
import { xmlError } from '../helpers/xml';

// ---------------------------------------------------------------------------------------------
// A small Graph API export builder
// ---------------------------------------------------------------------------------------------
type Json = Record<string, unknown>;
const T = (minutes: number) => new Date(Date.UTC(2025, 2, 3, 2, minutes)).toISOString().replace('.000Z', '+0000');
const who = (id: string, name: string | null) => (name === null ? { id } : { id, name });

interface ContentSpec {
  id: string;
  from: [string, string | null];
  message: string;
  reactions?: [string, string | null][];
  tags?: [string, string | null][];
  extra?: Json;
}

interface CommentSpec extends ContentSpec {
  /** Minutes after the post. */
  at?: number;
  replies?: CommentSpec[];
}

interface PostSpec extends ContentSpec {
  comments?: CommentSpec[];
}

function content(c: ContentSpec, minutes: number, children: ContentSpec[] | undefined): Json {
  return {
    id: c.id,
    created_time: T(minutes),
    message: c.message,
    from: who(...c.from),
    ...(c.tags ? { message_tags: c.tags.map(([id, name]) => ({ ...who(id, name), offset: 0, length: 1 })) } : {}),
    ...(c.reactions ? { reactions: { data: c.reactions.map(([id, name]) => ({ ...who(id, name), type: 'LIKE' })) } } : {}),
    ...(children ? { comments: { data: children.map(comment) } } : {}),
    ...c.extra,
  };
}

const comment = (c: CommentSpec): Json => content(c, c.at ?? 10, c.replies);
const post = (p: PostSpec): Json => content(p, 0, p.comments);

const UNIT_XD: [string, string] = ['U1', 'Sở Xây dựng'];
const UNIT_HL: [string, string] = ['U2', 'UBND TP Hạ Long'];
const CONFIG = {
  page: { id: 'PAGE', name: 'DDCI Quảng Ninh' },
  units: [
    { id: 'so-xd', name: 'Sở Xây dựng', kind: 'department', accounts: ['U1'], aliases: ['Sở Xây dựng', 'Quảng An'] },
    { id: 'x', name: 'UBND TP Hạ Long', kind: 'locality', accounts: ['U2'], aliases: ['UBND TP Hạ Long'] },
  ],
};

/** Write an export (files by name: objects as JSON, strings as they are) and the config. */
async function writeExport(files: Record<string, unknown>, config: unknown = CONFIG): Promise<{ dir: string; input: string; config: string }> {
  const dir = await tempDir('ddci-hostile-');
  const input = join(dir, 'export');
  await mkdir(input);
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(input, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  return { dir, input, config: join(dir, 'config.json') };
}

async function analyzeRun(ex: { dir: string; input: string; config: string }, ...extra: string[]): Promise<CliRun> {
  const out = join(ex.dir, `out-${extra.join('') || 'default'}`);
  return runCliCaptured(['analyze', ex.input, '--config', ex.config, '--out', out, ...extra], out);
}

async function validateRun(ex: { input: string; config: string }, ...extra: string[]): Promise<CliRun> {
  return runCliCaptured(['validate', ex.input, '--config', ex.config, ...extra]);
}

const OK_CODES = [0, 1, 2];
const analysisOf = (run: CliRun) => JSON.parse(run.files.get('analysis.json')!) as {
  actors: { id: string; name: string | null; kind: string; outWeight: number; inWeight: number }[];
  petitions: { message: string; authorId: string | null }[];
  privacy: { pseudonymized: boolean };
};

// ---------------------------------------------------------------------------------------------
// One record stops everything (exit 3)
// ---------------------------------------------------------------------------------------------
describe('ids are opaque strings (SPEC 7.1)', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('an actor id %j on every kind of graph endpoint', async (bad) => {
    const person: [string, string] = [bad, 'Đỗ Minh Tùng'];
    const ex = await writeExport({
      'feed.json': {
        data: [
          post({
            id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo thủ tục cấp phép', reactions: [person],
            comments: [{
              id: 'PAGE_1_1', from: person, message: 'Xin hỏi hồ sơ cần gì?', reactions: [['p2', 'Bùi Thị Yến']],
              replies: [{ id: 'PAGE_1_2', from: UNIT_XD, message: 'Cần giấy tờ A.', at: 20, reactions: [person] }],
            }],
          }),
          post({ id: 'PAGE_2', from: UNIT_HL, message: 'Tin tức', tags: [person] }),
          post({ id: `${bad}_3`, from: person, message: 'Chia sẻ', extra: { parent_id: 'PAGE_1' } }),
        ],
      },
    });
    const hidden = await analyzeRun(ex);
    expect(hidden.stderr).toBe('');
    expect(hidden.code).toBe(0);
    const a = analysisOf(hidden);
    expect(a.actors.filter((r) => r.id.startsWith('anon:'))).toHaveLength(2);
    expect(findNames(everything(hidden), ['Đỗ Minh Tùng', 'Bùi Thị Yến'])).toEqual([]);

    const shown = await analyzeRun(ex, '--reveal');
    expect(shown.code).toBe(0);
    const row = analysisOf(shown).actors.find((r) => r.id === `actor:${bad}`)!;
    // out: comment, share, reaction on the post, reaction on the reply (4 edges);
    // in: the unit's reply, the other unit's mention, p2's reaction on the comment (3 edges)
    expect(row).toMatchObject({ name: 'Đỗ Minh Tùng', kind: 'individual', outWeight: 4, inWeight: 3 });
    expect(xmlError(shown.files.get('graph.gexf')!)).toBeNull();
  });

  it('a real id anon:1 (a person) and anon:2 (a business) never collide with pseudonyms', async () => {
    const ex = await writeExport({
      'feed.json': {
        data: [post({
          id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo',
          reactions: [['anon:1', 'Lê Văn Đạt'], ['p2', 'Phạm Thị Hương'], ['anon:2', 'Công ty TNHH Minh Phát'], ['p3', 'Hoàng Văn Nam']],
        })],
      },
    });
    const hidden = await analyzeRun(ex);
    expect(hidden.code).toBe(0);
    const ids = analysisOf(hidden).actors.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('anon:')).sort()).toEqual(['anon:1', 'anon:2', 'anon:3']);
    expect(analysisOf(hidden).actors.find((r) => r.id === 'actor:anon:2')).toMatchObject({ name: 'Công ty TNHH Minh Phát', kind: 'business' });
    const shown = await analyzeRun(ex, '--reveal');
    expect(analysisOf(shown).actors.find((r) => r.id === 'actor:anon:1')).toMatchObject({ name: 'Lê Văn Đạt', kind: 'individual' });
  });

  it('an actor whose id is literally unit:x is not the unit x', async () => {
    const ex = await writeExport({
      'feed.json': { data: [post({ id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo', reactions: [['unit:x', 'Công ty TNHH Unit X']] })] },
    });
    const run = await analyzeRun(ex);
    expect(run.code).toBe(0);
    const actors = analysisOf(run).actors;
    expect(actors.find((r) => r.id === 'unit:x')).toMatchObject({ kind: 'agency', name: 'UBND TP Hạ Long', outWeight: 0 });
    expect(actors.find((r) => r.id === 'actor:unit:x')).toMatchObject({ kind: 'business', outWeight: 1 });
  });

  it('a rejected field of 3,000 nested arrays does not overflow (exit 0, rejects.ndjson is JSON)', async () => {
    const deep = `${'['.repeat(3000)}"Nguyễn Văn Bình"${']'.repeat(3000)}`;
    const ex = await writeExport({
      'feed.json': `{"data":[{"id":"PAGE_9","created_time":"${T(0)}","from":{"id":"U1","name":"Sở Xây dựng"},"message":${deep}},`
        + `{"id":"PAGE_1","created_time":"${T(0)}","from":{"id":"U1","name":"Sở Xây dựng"},"message":"Tin"}]}`,
    });
    for (const extra of [[], ['--reveal']]) {
      const run = await analyzeRun(ex, ...extra);
      expect(run.code).toBe(0);
      for (const line of run.files.get('rejects.ndjson')!.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      if (extra.length === 0) expect(findNames(everything(run), ['Nguyễn Văn Bình'])).toEqual([]);
    }
    expect(OK_CODES).toContain((await validateRun(ex, '--json')).code);
  });
});

// ---------------------------------------------------------------------------------------------
// Names leave by default
// ---------------------------------------------------------------------------------------------
describe('names in rejected records (SPEC 7.2)', () => {
  const NAMES = ['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Lê Văn Đạt', 'Phạm Thị Em', 'Hoàng Văn Giang'];
  const files = {
    'a.json': {
      data: [
        { id: 'PAGE_1', created_time: T(0), message: 'Thông báo', from: 'Nguyễn Văn Bình' }, // from as a string
        { id: 'PAGE_2', created_time: T(0), message: 'Thông báo', from: { id: 1000123, name: 'Trần Thị Cúc' } }, // numeric id
        { id: 'PAGE_3', created_time: T(0), message: 'Thông báo', from: { id: 'U1', name: 'Sở Xây dựng' }, message_tags: 'Lê Văn Đạt' },
        { id: 'PAGE_4', created_time: T(0), message: 'Tin tốt', from: { id: 'U1', name: 'Sở Xây dựng' } },
      ],
    },
    'b.ndjson': `{"id":"PAGE_5","created_time":"${T(0)}","from":{"id":"U1","name":"Sở Xây dựng"},"message":"x"}\n{"id":"PAGE_6","message":"Phạm Thị Em hỏi\n`,
    'c.json': `{"data":[{"id":"PAGE_7","created_time":"${T(0)}","message":"Hoàng Văn Giang`,
  };

  it('analyze, validate and validate --json show shape, ids and times only; --reveal shows the records as read', async () => {
    const ex = await writeExport(files);
    const analyzed = await analyzeRun(ex);
    const text = await validateRun(ex);
    const json = await validateRun(ex, '--json');
    for (const run of [analyzed, text, json]) {
      expect(run.code).toBe(0);
      expect(findNames(everything(run), NAMES)).toEqual([]);
    }
    const rejects = JSON.parse(json.stdout).rejects as { record: unknown }[];
    expect(rejects).toHaveLength(5);
    expect(rejects[0]!.record).toEqual({ id: 'PAGE_1', created_time: T(0), message: '[9 chars]', from: '[15 chars]' });
    expect(rejects[1]!.record).toMatchObject({ from: { id: expect.stringMatching(/^anon:/), name: '[12 chars]' } });
    expect(rejects.slice(3).map((r) => r.record)).toEqual([expect.stringMatching(/^\[\d+ chars\]$/), expect.stringMatching(/^\[\d+ chars\]$/)]);
    expect(analyzed.files.get('rejects.ndjson')!.trim().split('\n').map((l) => JSON.parse(l).record)).toEqual(rejects.map((r) => r.record));

    const revealed = await validateRun(ex, '--json', '--reveal');
    expect(findNames(new Map([['validate --json --reveal', revealed.stdout]]), NAMES)).toHaveLength(NAMES.length);
  });
});

describe('names in texts (SPEC 7.2) and who is a person (SPEC 3.2)', () => {
  const people: [string, string][] = [['p1', 'Nguyễn Văn Bình'], ['p2', 'Trần Thị Cúc'], ['p-an', 'An'], ['p-ty', 'Nguyễn Công Tỷ'], ['p-qa', 'Quảng An']];
  const byId = new Map(people);
  const c = (id: string, from: string, message: string): CommentSpec => ({ id, from: [from, byId.get(from)!], message });
  const ex = () => writeExport({
    'feed.json': {
      data: [post({
        id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo thủ tục',
        comments: [
          c('PAGE_1_1', 'p1', 'Xin hỏi hồ sơ của tôi?'),
          c('PAGE_1_2', 'p2', 'Kiến nghị: NGUYỄN VĂN BÌNH, nguyen van binh, Nguyễn  Văn Bình và Nguyễn\u200bVăn Bình chưa được trả lời?'),
          c('PAGE_1_3', 'p-an', 'An toàn PCCC ở Quảng An thế nào?'),
          c('PAGE_1_4', 'p-ty', 'Xin hỏi Sở Xây dựng về Quảng An?'),
          c('PAGE_1_5', 'p-qa', 'Cho hỏi thủ tục?'),
        ],
      })],
    },
  });

  it('case, missing diacritics, two spaces or a zero-width space do not defeat the redaction', async () => {
    const run = await analyzeRun(await ex());
    expect(run.code).toBe(0);
    expect(findNames(everything(run), ['Nguyễn Văn Bình', 'Trần Thị Cúc', 'Nguyễn Công Tỷ'])).toEqual([]);
    const petitions = analysisOf(run).petitions;
    const p1 = petitions.find((p) => p.message.startsWith('Xin hỏi hồ sơ'))!.authorId!;
    expect(petitions.find((p) => p.message.startsWith('Kiến nghị'))!.message)
      .toBe(`Kiến nghị: ${p1}, ${p1}, ${p1} và ${p1} chưa được trả lời?`);
  });

  it('a one-word name (An) is not searched, and a person named like a unit alias (Quảng An) does not erase it', async () => {
    const messages = analysisOf(await analyzeRun(await ex())).petitions.map((p) => p.message);
    expect(messages).toContain('An toàn PCCC ở Quảng An thế nào?');
    expect(messages).toContain('Xin hỏi Sở Xây dựng về Quảng An?');
  });

  it('Nguyễn Công Tỷ is a person, not a business (SPEC 3.2 with diacritics)', async () => {
    const shown = analysisOf(await analyzeRun(await ex(), '--reveal'));
    expect(shown.actors.find((a) => a.id === 'p-ty')).toMatchObject({ kind: 'individual', name: 'Nguyễn Công Tỷ' });
  });

  it('--reveal names people consistently: analysis.json, actors.csv, graph.gexf', async () => {
    const run = await analyzeRun(await ex(), '--reveal');
    expect(run.code).toBe(0);
    for (const file of ['analysis.json', 'actors.csv', 'graph.gexf']) {
      for (const [, name] of people) expect(run.files.get(file), `${file}: ${name}`).toContain(name);
    }
    expect(xmlError(run.files.get('graph.gexf')!)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Markup and formulas
// ---------------------------------------------------------------------------------------------
describe('CSV for Excel and valid GEXF (SPEC 7.2)', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","Bấm") xin hỏi?', "+cmd|' /C calc'!A0 xin hỏi?", '@SUM(A1:A9) xin hỏi?', '-1+1 xin hỏi?'];
  const ex = () => writeExport({
    'feed.json': {
      data: [post({
        id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo',
        comments: FORMULAS.map((message, i) => ({ id: `PAGE_1_${i}`, from: ['b1', '=Công ty TNHH Công Thức'] as [string, string], message })),
        reactions: [['b2', 'Công ty\u0001 TNHH ABC\ud800'], ['b3', 'Công ty <b>&"Lạ"</b>']],
      })],
    },
  });

  it('a text cell starting with = + - @ is written with a leading quote mark; --csv-raw writes it verbatim', async () => {
    const e = await ex();
    const excel = await analyzeRun(e);
    const raw = await analyzeRun(e, '--csv-raw');
    const read = (run: CliRun, file: string) => parseCsv(run.files.get(file)!, { bom: true, columns: true }) as Record<string, string>[];
    expect(read(excel, 'petitions.csv').map((r) => r.message).sort()).toEqual(FORMULAS.map((m) => `'${m}`).sort());
    expect(read(raw, 'petitions.csv').map((r) => r.message).sort()).toEqual([...FORMULAS].sort());
    expect(read(excel, 'actors.csv').find((r) => r.id === 'b1')!.name).toBe("'=Công ty TNHH Công Thức");
    expect(read(excel, 'actors.csv').find((r) => r.id === 'b1')!.inWeight).toBe('0'); // numbers stay numbers
  });

  it('an organisation name with a control character or a lone surrogate still gives valid XML', async () => {
    const run = await analyzeRun(await ex());
    expect(run.code).toBe(0);
    expect(xmlError(run.files.get('graph.gexf')!)).toBeNull();
    const back = parseGexf(Graph, run.files.get('graph.gexf')!);
    expect(back.getNodeAttribute('b3', 'label')).toBe('Công ty <b>&"Lạ"</b>');
    // Ingest removes the control character (SPEC 7.1) and turns the lone surrogate into U+FFFD.
    expect(back.getNodeAttribute('b2', 'label')).toBe('Công ty TNHH ABC\uFFFD');
  });
});

// ---------------------------------------------------------------------------------------------
// The property: arbitrary ids, names and texts
// ---------------------------------------------------------------------------------------------
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Hữu'];
const GIVEN = ['Bình', 'Cúc', 'Đạt', 'Hương', 'Tùng', 'Yến', 'Khánh', 'Lộc'];
const COMPANY = ['Hải Long', 'Minh Phát', 'Thành Đạt', 'Hạ Long Xanh', 'Bãi Cháy'];
const VARIANTS: ((s: string) => string)[] = [
  (s) => s, (s) => s.toUpperCase(), (s) => s.toLowerCase(), (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
  (s) => s.replace(/ /g, '  '), (s) => s.replace(/ /g, '\u200b'), (s) => s.normalize('NFD'),
];

const personName = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((w) => w.join(' '));
const anyId = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }), fc.constantFrom('__proto__', 'toString', 'anon:1', 'unit:x', 'actor:y', 'U1', 'PAGE'));

// The page and the units' accounts are no people (their names are shown): people take other ids.
const CONFIG_IDS = ['U1', 'U2', 'PAGE'];
const scenario = fc.record({
  people: fc.uniqueArray(fc.tuple(anyId.filter((id) => !CONFIG_IDS.includes(id)), personName), { minLength: 1, maxLength: 5, selector: ([id]) => id }),
  wild: fc.array(fc.tuple(anyId, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 2 }), // arbitrary names: must not crash
  companies: fc.array(fc.tuple(anyId, fc.constantFrom(...COMPANY)), { maxLength: 2 }),
  comments: fc.array(fc.record({
    author: fc.nat(), mentioned: fc.nat(), variant: fc.nat(VARIANTS.length - 1),
    text: fc.string({ unit: 'binary', maxLength: 30 }), question: fc.boolean(), broken: fc.boolean(), reactor: fc.nat(),
  }), { minLength: 1, maxLength: 6 }),
});

describe('property: arbitrary ids, names and texts (fast-check)', () => {
  it('never crash analyze + the writers, and with privacy on no person\'s name leaves in any file, stdout or stderr', async () => {
    await fc.assert(fc.asyncProperty(scenario, async (s) => {
      // One id is one actor: others do not take a person's id.
      const personIds = new Set(s.people.map(([id]) => id));
      const others: [string, string][] = [...s.wild, ...s.companies.map(([id, n]) => [id, `Công ty TNHH ${n}`] as [string, string])]
        .filter(([id]) => !personIds.has(id));
      const actors: [string, string][] = [...s.people, ...others];
      const comments = s.comments.map((c, i) => {
        const [authorId, authorName] = actors[c.author % actors.length]!;
        const [, mentioned] = s.people[c.mentioned % s.people.length]!;
        const message = `${c.text} ${VARIANTS[c.variant]!(mentioned)} ${c.question ? 'xin hỏi?' : ''}`;
        const spec = comment({ id: `PAGE_1_${i}`, from: [authorId, authorName], message, reactions: [actors[c.reactor % actors.length]!] });
        return c.broken ? { ...spec, created_time: 'không phải ngày' } : spec;
      });
      // Every person is in the data (a reaction on the post): a name nobody has is no one's to hide.
      const root = post({ id: 'PAGE_1', from: UNIT_XD, message: 'Thông báo', reactions: s.people });
      const ex = await writeExport({ 'feed.json': { data: [{ ...root, comments: { data: comments } }] } });
      // Names of people that are not also a company's or a wild actor's text (those keep their names).
      const otherText = others.map(([, n]) => n).join(' ');
      const names = s.people.map(([, n]) => n).filter((n) => findNames(new Map([['other', otherText]]), [n]).length === 0);
      const hidden = await analyzeRun(ex);
      expect(OK_CODES).toContain(hidden.code);
      expect(hidden.stderr).not.toMatch(/internal error/);
      expect(findNames(everything(hidden), names)).toEqual([]);
      const validated = await validateRun(ex, '--json');
      expect(OK_CODES).toContain(validated.code);
      expect(findNames(everything(validated), names)).toEqual([]);
      const shown = await analyzeRun(ex, '--reveal');
      expect(OK_CODES).toContain(shown.code);
      if (shown.files.has('graph.gexf')) expect(xmlError(shown.files.get('graph.gexf')!)).toBeNull();
    }), { numRuns: Number(process.env.DDCI_PROPERTY_RUNS ?? 10) });
  }, 240_000);
});
