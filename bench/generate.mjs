/**
 * Synthetic Graph API export for the ingest benchmark (and for anyone who needs a big, realistic
 * fanpage export): the DDCI page, 16 units' accounts (10 departments, 6 localities), businesses,
 * associations and individuals with Vietnamese names; posts with comments, replies, reactions and
 * shares, some anonymous, some text in NFD, mixed timestamp forms, and a few posts repeated in the
 * next file (overlapping exports). Seeded (mulberry32): the same options give the same bytes.
 *
 *   node bench/generate.mjs --interactions 200000 --dir bench/data/x [--seed 1] [--format ndjson] [--max-file-bytes N]
 *
 * Or from code: `await generateExport({ interactions, seed, dir })`. An interaction is a comment,
 * a reply or a reaction. Files are written one at a time through a small buffer (the 2M size never
 * holds more than one post's text at once): `.json` response pages `{data, paging}` and, every
 * fourth file, `.ndjson` (one post per line), each at most ~50 MB (smaller for small sizes, so that
 * even 10k interactions make several files); with `format: 'ndjson'`, every file is NDJSON (and
 * `maxFileBytes: Infinity` makes one file of any size: the streamed 10 M-interaction run). Returns the manifest: the files and the exact counts
 * an ingest must find.
 */
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { choice, integer, readArgs } from './args.mjs';

export const GENERATOR_VERSION = 1;

/** mulberry32: seeded PRNG in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAGE = { id: '100000000000001', name: 'DDCI Quảng Ninh' };

const DEPARTMENTS = [
  'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Tài nguyên và Môi trường',
  'Sở Công Thương', 'Sở Giao thông vận tải', 'Sở Tư pháp', 'Cục Thuế tỉnh Quảng Ninh',
  'Bảo hiểm xã hội tỉnh Quảng Ninh', 'Sở Lao động - Thương binh và Xã hội',
];
const LOCALITIES = [
  'UBND thành phố Hạ Long', 'UBND thành phố Cẩm Phả', 'UBND thành phố Uông Bí',
  'UBND thành phố Móng Cái', 'UBND thị xã Quảng Yên', 'UBND thị xã Đông Triều',
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Xuân', 'Hồng', 'Anh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Việt', 'Yến'];
const TRADES = ['Xây dựng', 'Thương mại', 'Vận tải', 'Du lịch', 'Thủy sản', 'Than', 'Cơ khí', 'Dịch vụ', 'Môi trường', 'Nông nghiệp', 'Logistics', 'Khách sạn'];
const PLACES = ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái', 'Vân Đồn', 'Quảng Yên', 'Đông Triều', 'Tiên Yên', 'Bãi Cháy', 'Quảng Ninh'];
const BUSINESS_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty CP', 'HTX', 'Doanh nghiệp tư nhân'];
const ASSOCIATIONS = [
  'Hiệp hội Doanh nghiệp tỉnh Quảng Ninh', 'Hội Doanh nhân trẻ tỉnh Quảng Ninh', 'Hội Nữ doanh nhân tỉnh Quảng Ninh',
  'Hiệp hội Du lịch Quảng Ninh', 'Câu lạc bộ Doanh nghiệp Hạ Long', 'Hội Doanh nghiệp thành phố Cẩm Phả',
  'Hiệp hội Vận tải Quảng Ninh', 'CLB Doanh nghiệp Móng Cái', 'Hội Doanh nghiệp thị xã Đông Triều',
  'Hiệp hội Thủy sản Quảng Ninh', 'Hội Doanh nghiệp thành phố Uông Bí', 'Hiệp hội Xây dựng Quảng Ninh',
];

const TOPICS = [
  'thủ tục cấp giấy phép xây dựng', 'đăng ký doanh nghiệp qua dịch vụ công trực tuyến', 'hồ sơ giao đất, cho thuê đất',
  'thủ tục hoàn thuế giá trị gia tăng', 'cấp giấy chứng nhận quyền sử dụng đất', 'bộ phận một cửa liên thông',
  'chính sách hỗ trợ doanh nghiệp nhỏ và vừa', 'đóng bảo hiểm xã hội cho người lao động', 'thẩm định dự án đầu tư',
  'giấy phép môi trường', 'cải cách hành chính', 'chuyển đổi số trong giải quyết TTHC', 'giải phóng mặt bằng',
];
const POST_OPENERS = ['Thông báo về', 'Hướng dẫn', 'Tuyên truyền', 'Kết quả hội nghị đối thoại về', 'Công khai quy trình', 'Lấy ý kiến doanh nghiệp về'];
const QUESTIONS = [
  'Xin hỏi {t} cần những giấy tờ gì?', 'Cho hỏi {t} mất bao lâu ạ?', 'Doanh nghiệp chúng tôi kiến nghị rút ngắn thời gian {t}.',
  'Đề nghị Sở hướng dẫn cụ thể về {t}.', 'Vướng mắc khi làm {t}, nộp hồ sơ ở đâu?', 'Tại sao {t} bị trả lại nhiều lần?',
  'xin hoi {t} nop online duoc khong', 'Khi nào có kết quả {t}?',
];
const REMARKS = ['Cảm ơn thông tin hữu ích!', 'Rất thiết thực cho doanh nghiệp.', 'Đã chia sẻ cho các hội viên.', 'Tuyệt vời 👍', 'Ủng hộ chủ trương này.', 'Thông tin rất cần thiết ❤️'];
const ANSWERS = [
  'Chào bạn, {t} thực hiện tại Trung tâm Phục vụ hành chính công tỉnh, thời hạn 15 ngày làm việc.',
  'Cảm ơn doanh nghiệp đã phản ánh. Đơn vị đã tiếp nhận và sẽ phản hồi bằng văn bản về {t}.',
  'Đề nghị doanh nghiệp liên hệ số điện thoại 0203.xxx.xxx để được hướng dẫn {t}.',
];
const REACTION_TYPES = ['LIKE', 'LIKE', 'LIKE', 'LIKE', 'LOVE', 'LOVE', 'CARE', 'WOW', 'HAHA', 'SAD', 'ANGRY'];

/**
 * The configuration that matches the generated cast (the page, the 16 units with their account
 * and alias), so that the synthetic export can be analysed end to end.
 */
export function benchConfig() {
  const units = [...DEPARTMENTS, ...LOCALITIES].map((name, i) => ({
    id: `unit-${String(i + 1).padStart(2, '0')}`,
    name,
    kind: i < DEPARTMENTS.length ? 'department' : 'locality',
    accounts: [`2000000000000${String(i + 1).padStart(2, '0')}`],
    aliases: [name.replace(/^(UBND|Sở|Cục|Bảo hiểm xã hội) /, '')],
  }));
  return { page: PAGE, units };
}

/** The cast: the page, 16 units (each with an account), associations, businesses, individuals. */
function makeCast(r, interactions) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const units = [...DEPARTMENTS, ...LOCALITIES].map((name, i) => ({
    id: `2000000000000${String(i + 1).padStart(2, '0')}`,
    name,
    alias: name.replace(/^(UBND|Sở|Cục|Bảo hiểm xã hội) /, ''),
  }));
  const associations = ASSOCIATIONS.map((name, i) => ({ id: `30000000000${String(i + 1).padStart(4, '0')}`, name }));
  const nBusinesses = Math.max(100, Math.round(interactions / 40));
  const nPeople = Math.max(300, Math.round(interactions / 12));
  const businesses = Array.from({ length: nBusinesses }, (_, i) => ({
    id: String(4_000_000_000_000_000 + i),
    name: `${pick(BUSINESS_FORMS)} ${pick(TRADES)} ${pick(PLACES)}${r() < 0.4 ? ` ${i}` : ''}`,
  }));
  const people = Array.from({ length: nPeople }, (_, i) => ({
    id: String(5_000_000_000_000_000 + i),
    name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
  }));
  return { units, associations, businesses, people };
}

const START = Date.UTC(2024, 0, 1, 0, 0, 0) / 1000;
const YEAR = 366 * 86400;

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Graph API time in a mix of the accepted forms (mostly `+0000`, as the API writes it). */
function formatTime(seconds, r) {
  const u = r();
  if (u < 0.04) return seconds; // Unix seconds, number
  if (u < 0.06) return String(seconds); // Unix seconds, digit string
  const local = u < 0.16; // +07:00 local time
  const d = new Date((seconds + (local ? 7 * 3600 : 0)) * 1000);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return local ? `${base}+07:00` : `${base}+0000`;
}

/** Sequential writer of export files, one open file at a time, through a 1 MB buffer. */
class ExportWriter {
  constructor(dir, maxFileBytes, format) {
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
    this.format = format;
    this.files = [];
    this.fd = null;
    this.buffer = '';
    this.bytes = 0;
    this.first = true;
    this.totalBytes = 0;
  }

  open() {
    const index = this.files.length + 1;
    this.ndjson = this.format === 'ndjson' || index % 4 === 0;
    const name = `export-${String(index).padStart(4, '0')}.${this.ndjson ? 'ndjson' : 'json'}`;
    this.path = join(this.dir, name);
    this.fd = openSync(this.path, 'w');
    this.files.push(name);
    this.bytes = 0;
    this.first = true;
    // A BOM on some files, as Windows tools write it.
    if (index % 3 === 0) this.write('\uFEFF');
    if (!this.ndjson) this.write('{"data":[\n');
  }

  write(text) {
    this.buffer += text;
    this.bytes += Buffer.byteLength(text);
    if (this.buffer.length > 1 << 20) this.flush();
  }

  flush() {
    if (this.buffer !== '') writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close() {
    if (this.fd === null) return;
    if (!this.ndjson) {
      this.write(`\n],"paging":{"cursors":{"before":"QVFIUm${this.files.length}","after":"QVFIUn${this.files.length}"},"next":"https://graph.facebook.com/v19.0/${PAGE.id}/feed?after=QVFIUn${this.files.length}"}}\n`);
    }
    this.flush();
    closeSync(this.fd);
    this.totalBytes += this.bytes;
    this.fd = null;
  }

  /** Write one post; returns true when the file is full (the caller may repeat a post, then rotate). */
  post(post) {
    if (this.fd === null) this.open();
    const json = JSON.stringify(post);
    if (this.ndjson) this.write(`${json}\n`);
    else {
      this.write(this.first ? json : `,\n${json}`);
      this.first = false;
    }
    return this.bytes >= this.maxFileBytes;
  }
}

/**
 * Write a synthetic Graph API export of about `interactions` comments, replies and reactions
 * (exactly that many) into `dir` (emptied of earlier export files first).
 * @returns the manifest: files, bytes and the counts an ingest must report.
 */
export async function generateExport({ interactions, seed = 1, dir, maxFileBytes = 50_000_000, format = 'mixed' }) {
  if (format !== 'mixed' && format !== 'ndjson') throw new Error('format: "mixed" or "ndjson"');
  if (!Number.isInteger(interactions) || interactions < 1) throw new Error('interactions: a positive integer');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/^export-\d+\.(json|ndjson)$/.test(f)) rmSync(join(dir, f));
  const r = mulberry32(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const chance = (p) => r() < p;
  /** A small count with the given mean (geometric: many small threads, a few big ones). */
  const geometric = (mean) => Math.floor(Math.log(1 - r()) / Math.log(mean / (mean + 1)));
  const nfd = (s) => (chance(0.1) ? s.normalize('NFD') : s);
  const cast = makeCast(r, interactions);
  const acct = (a) => ({ id: a.id, name: a.name });
  const commenter = () => {
    const u = r();
    if (u < 0.35) return pick(cast.businesses);
    if (u < 0.42) return pick(cast.associations);
    return pick(cast.people);
  };
  const reactor = () => (chance(0.2) ? pick(cast.businesses) : chance(0.03) ? pick(cast.associations) : pick(cast.people));

  // Estimated ~170 bytes per interaction: keep at least 4 files at small sizes.
  const fileBytes = maxFileBytes === Infinity ? Infinity : Math.min(maxFileBytes, Math.max(50_000, Math.floor((interactions * 170) / 4)));
  const writer = new ExportWriter(dir, fileBytes, format);
  const counts = { posts: 0, comments: 0, replies: 0, reactions: 0, shares: 0, duplicates: 0, anonymousComments: 0 };
  let remaining = interactions;
  let postSeq = 0;
  let commentSeq = 0;
  const unitPosts = []; // recent unit posts that associations may share
  const expectedPerPost = 27;
  const nPostsEstimate = Math.max(1, Math.ceil(interactions / expectedPerPost));

  const reactionsOf = (n) => {
    const seen = new Set();
    const data = [];
    for (let i = 0; i < n; i += 1) {
      const a = reactor();
      if (seen.has(a.id)) continue; // one reaction per actor and target
      seen.add(a.id);
      data.push({ id: a.id, name: nfd(a.name), type: pick(REACTION_TYPES) });
    }
    return data;
  };

  while (remaining > 0) {
    postSeq += 1;
    const t = START + Math.floor(((postSeq - 1) / nPostsEstimate) * YEAR) + Math.floor(r() * 3600);
    const topic = pick(TOPICS);
    const u = r();
    let author;
    let unit;
    let message;
    let parentId = null;
    if (u < 0.7) {
      unit = pick(cast.units);
      author = unit;
      message = `${pick(POST_OPENERS)} ${topic}. ${unit.name} đề nghị các doanh nghiệp quan tâm theo dõi.`;
    } else if (u < 0.9 || unitPosts.length === 0) {
      unit = pick(cast.units);
      author = PAGE;
      message = `[${unit.alias}] ${pick(POST_OPENERS)} ${topic} #DDCI`;
    } else {
      author = pick(cast.associations);
      const shared = unitPosts[Math.floor(r() * unitPosts.length)];
      parentId = shared.id;
      unit = shared.unit;
      message = `${author.name} chia sẻ tới hội viên: ${topic}.`;
    }
    const postId = `${author.id}_${10_000_000_000 + postSeq}`;
    if (author !== PAGE && parentId === null) {
      unitPosts.push({ id: postId, unit });
      if (unitPosts.length > 200) unitPosts.shift();
    }

    // Interactions of this post, capped by what remains.
    let budget = Math.min(remaining, 1 + geometric(expectedPerPost - 1));
    // About 60 % of a post's interactions are reactions on it, the rest comments, replies and
    // reactions on comments.
    const nPostReactions = Math.min(budget, Math.round(budget * (0.45 + 0.3 * r())));
    const postReactions = reactionsOf(nPostReactions);
    budget -= postReactions.length;
    let used = postReactions.length;
    const comments = [];
    let c = 0;
    while (budget > 0 && c < 400) {
      c += 1;
      commentSeq += 1;
      const by = commenter();
      const anonymous = chance(0.1);
      const isQuestion = chance(0.45);
      const comment = {
        id: `${10_000_000_000 + postSeq}_${commentSeq}`,
        created_time: formatTime(t + 60 + Math.floor(r() * 3 * 86400), r),
        message: nfd((isQuestion ? pick(QUESTIONS) : pick(REMARKS)).replace('{t}', topic)),
      };
      if (!anonymous) comment.from = { id: by.id, name: nfd(by.name) };
      else counts.anonymousComments += 1;
      if (chance(0.04)) comment.attachment = { type: 'photo', media: { image: { height: 720, width: 960 } } };
      if (chance(0.05)) comment.message_tags = [{ id: unit.id, name: unit.name, type: 'page', offset: 0, length: unit.name.length }];
      budget -= 1;
      used += 1;
      counts.comments += 1;
      // Replies: the unit answers questions, others chime in.
      const replies = [];
      const nReplies = Math.min(budget, (isQuestion && chance(0.6) ? 1 : 0) + (chance(0.2) ? geometric(1) : 0));
      for (let k = 0; k < nReplies; k += 1) {
        commentSeq += 1;
        const answer = k === 0 && isQuestion;
        const replier = answer ? (chance(0.8) ? unit : PAGE) : commenter();
        const reply = {
          id: `${10_000_000_000 + postSeq}_${commentSeq}`,
          created_time: formatTime(t + 3 * 86400 + Math.floor(r() * 4 * 86400), r),
          message: nfd(answer ? pick(ANSWERS).replace('{t}', topic) : pick(REMARKS)),
          from: { id: replier.id, name: replier.name },
        };
        if (chance(0.5)) reply.parent = { id: comment.id };
        replies.push(reply);
      }
      budget -= replies.length;
      used += replies.length;
      counts.replies += replies.length;
      if (replies.length > 0) comment.comments = { data: replies, paging: { cursors: { before: 'MQ==', after: 'Mg==' } } };
      const nCommentReactions = Math.min(budget, chance(0.3) ? geometric(1.5) : 0);
      if (nCommentReactions > 0) {
        const list = reactionsOf(nCommentReactions);
        comment.reactions = { data: list };
        budget -= list.length;
        used += list.length;
      }
      comments.push(comment);
    }
    // Anonymous reactions (no actor id) close the budget of this post when the loop stopped early.
    if (budget > 0) {
      for (let i = 0; i < budget; i += 1) postReactions.push({ type: pick(REACTION_TYPES) });
      used += budget;
      budget = 0;
    }
    remaining -= used;
    counts.reactions += used - comments.length - comments.reduce((s, x) => s + (x.comments?.data.length ?? 0), 0);
    const post = {
      id: postId,
      created_time: formatTime(t, r),
      message: nfd(message),
      from: acct(author),
      permalink_url: `https://www.facebook.com/${postId.replace('_', '/posts/')}`,
      status_type: parentId !== null ? 'shared_story' : chance(0.5) ? 'added_photos' : 'mobile_status_update',
    };
    if (author === PAGE) post.admin_creator = { id: '900000000000001', name: 'Ban quản trị DDCI' };
    if (parentId !== null) {
      post.parent_id = parentId;
      counts.shares += 1;
    }
    if (chance(0.6)) post.shares = { count: geometric(4) };
    if (chance(0.1)) post.message_tags = [{ id: unit.id, name: unit.name, type: 'page', offset: 0, length: 5 }];
    post.reactions = {
      data: postReactions,
      paging: { cursors: { before: 'QVFI', after: 'QVFJ' } },
      summary: { total_count: postReactions.length + (chance(0.3) ? geometric(10) : 0), viewer_reaction: 'NONE' },
    };
    post.comments = {
      data: comments,
      paging: { cursors: { before: 'WTI5', after: 'WTJ5' } },
      summary: { order: 'chronological', total_count: comments.length + (chance(0.1) ? geometric(3) : 0), can_comment: true },
    };
    counts.posts += 1;
    const full = writer.post(post);
    // Overlapping exports: ~1 % of posts are exported again in the next file.
    if (full || chance(0.01)) {
      if (full) writer.close();
      if (chance(0.5) || full) {
        writer.post(post);
        counts.duplicates += 1 + comments.length + post.comments.data.reduce((s, x) => s + (x.comments?.data.length ?? 0) + (x.reactions?.data.length ?? 0), 0) + postReactions.length;
      }
    }
  }
  writer.close();
  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    interactions,
    format,
    files: writer.files,
    bytes: writer.totalBytes,
    expected: {
      files: writer.files.length,
      posts: counts.posts,
      comments: counts.comments + counts.replies,
      replies: counts.replies,
      reactions: counts.reactions,
      shares: counts.shares,
      duplicates: counts.duplicates,
      rejected: 0,
    },
    anonymousComments: counts.anonymousComments,
  };
}

// CLI: node bench/generate.mjs --interactions N --dir D [--seed S]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = await readArgs(
    'node bench/generate.mjs [--interactions 10000] [--dir bench/data/generated] [--seed 1] [--format mixed|ndjson] [--max-file-bytes n]',
    { interactions: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' }, format: { type: 'string' }, 'max-file-bytes': { type: 'string' } },
    // seed, format and the file size not given are undefined, which generateExport's defaults replace.
    ({ values }) => generateExport({
      interactions: integer(values.interactions, '--interactions') ?? 10_000,
      seed: integer(values.seed, '--seed'),
      dir: values.dir ?? 'bench/data/generated',
      format: choice(values.format, '--format', ['mixed', 'ndjson']),
      maxFileBytes: integer(values['max-file-bytes'], '--max-file-bytes'),
    }),
  );
  console.log(JSON.stringify(manifest, null, 2));
}
