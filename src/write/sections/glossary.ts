/**
 * The glossary: every term the report uses, in Vietnamese and English (the report's language
 * first, the other beside it), each with an anchor `g-<id>` the rest of the report links to.
 * The thresholds quoted are the report's (`REPORT_THRESHOLDS`) and the SLA is the run's.
 */
import { formatNumber, html, type Lang } from '../format';
import { REPORT_THRESHOLDS, type ReportContext } from './context';
import type { ReportSection } from './types';

interface GlossaryParams {
  sla: string;
  small: number;
  longWait: number;
}

export interface GlossaryEntry {
  id: string;
  term: Readonly<Record<Lang, string>>;
  text: Readonly<Record<Lang, (p: GlossaryParams) => string>>;
}

export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze(([
  {
    id: 'relative-score',
    term: { vi: 'Điểm tương đối (min–max)', en: 'Relative score (min–max)' },
    text: {
      vi: () => 'Mỗi chỉ số được quy về thang 0–10 so với các đơn vị cùng nhóm (sở, ban, ngành với nhau; địa phương với nhau) trong cùng kỳ: 0 = thấp nhất nhóm, 10 = cao nhất (đảo ngược khi thấp là tốt, như thời gian trả lời); cả nhóm bằng nhau thì đều được 10. Điểm vì thế thay đổi khi các đơn vị khác thay đổi, và điểm 0 không có nghĩa là không hoạt động.',
      en: () => 'Each indicator is rescaled to 0–10 against the units of the same group (departments with departments, localities with localities) in the same period: 0 = the lowest of the group, 10 = the highest (reversed where lower is better, as for response times); 10 for all when the group is level. A score therefore moves when other units change, and 0 does not mean inactive.',
    },
  },
  {
    id: 'composite-score',
    term: { vi: 'Điểm tổng hợp, hạng', en: 'Composite score, rank' },
    text: {
      vi: () => 'Trung bình có trọng số của bốn chỉ số thành phần × 10 (thang 0–100; mặc định trọng số bằng nhau). Hạng trong nhóm theo kiểu thi đấu: hai đơn vị bằng điểm cùng hạng, hạng sau bị bỏ qua (1, 2, 2, 4).',
      en: () => 'The weighted mean of the four sub-indices × 10 (0–100; equal weights by default). Ranks within the group in competition style: equal scores share a rank and the next is skipped (1, 2, 2, 4).',
    },
  },
  {
    id: 'activity',
    term: { vi: 'Hoạt động', en: 'Activity' },
    text: {
      vi: () => 'Chỉ số thành phần từ số bài đăng và tỷ lệ tuần có ít nhất một bài.',
      en: () => 'Sub-index of the number of posts and the share of weeks with at least one post.',
    },
  },
  {
    id: 'engagement',
    term: { vi: 'Tương tác', en: 'Engagement' },
    text: {
      vi: () => 'Chỉ số thành phần từ tương tác trên mỗi bài (cảm xúc + bình luận + lượt chia sẻ nhận được, chia cho số bài) và số doanh nghiệp tương tác.',
      en: () => 'Sub-index of interactions per post (reactions + comments + shares received, over posts) and the number of businesses reached.',
    },
  },
  {
    id: 'responsiveness',
    term: { vi: 'Phản hồi', en: 'Responsiveness' },
    text: {
      vi: () => 'Chỉ số thành phần từ tỷ lệ trả lời, tỷ lệ đúng hạn và trung vị thời gian trả lời (giờ làm việc; càng ngắn càng tốt).',
      en: () => 'Sub-index of the response rate, the on-time rate and the median response time (working hours; shorter is better).',
    },
  },
  {
    id: 'spread',
    term: { vi: 'Lan tỏa', en: 'Spread' },
    text: {
      vi: () => 'Chỉ số thành phần từ độ phủ lan tỏa, số lượt chia sẻ và PageRank của đơn vị.',
      en: () => 'Sub-index of cascade reach, shares and the unit\'s PageRank.',
    },
  },
  {
    id: 'small-sample',
    term: { vi: 'Ít mẫu', en: 'Small sample' },
    text: {
      vi: (p) => `Đơn vị có dưới ${p.small} bài đăng hoặc dưới ${p.small} kiến nghị trong kỳ. Với ít dữ liệu, một bài hay một kiến nghị làm điểm thay đổi mạnh: đọc điểm cùng các số tuyệt đối.`,
      en: (p) => `A unit with fewer than ${p.small} posts or fewer than ${p.small} petitions in the period. With little data one post or petition swings the score: read it with the absolute figures.`,
    },
  },
  {
    id: 'petition',
    term: { vi: 'Kiến nghị (câu hỏi)', en: 'Petition (question)' },
    text: {
      vi: () => 'Bình luận hoặc trả lời của doanh nghiệp, người dân (không phải cơ quan, trang) có dấu "?" hoặc cụm từ như "xin hỏi", "kiến nghị", "đề nghị", "vướng mắc". Đơn vị phụ trách là đơn vị của bài viết; nếu bài không thuộc đơn vị nào thì theo phân công của trang, hoặc đơn vị duy nhất được nhắc tên.',
      en: () => 'A comment or reply by a business or citizen (not an agency or the page) with a "?" or a phrase such as "xin hỏi", "kiến nghị", "đề nghị", "vướng mắc". The responsible unit is the post\'s unit; under a post with no unit, the one the page forwards it to, or the only unit it names.',
    },
  },
  {
    id: 'response',
    term: { vi: 'Trả lời, tỷ lệ trả lời', en: 'Answer, response rate' },
    text: {
      vi: () => 'Câu trả lời là bình luận sớm nhất của đơn vị phụ trách trong cùng chuỗi bình luận, sau kiến nghị. Tỷ lệ trả lời = số kiến nghị đã trả lời / số kiến nghị.',
      en: () => 'The answer is the responsible unit\'s earliest comment in the same thread after the petition. Response rate = answered petitions / petitions.',
    },
  },
  {
    id: 'working-hours',
    term: { vi: 'Giờ làm việc (giờ LV)', en: 'Working hours' },
    text: {
      vi: () => 'Thời gian nằm trong giờ hành chính của ngày làm việc theo giờ địa phương (mặc định thứ Hai–thứ Sáu, 7:30–11:30 và 13:30–17:00; trừ ngày lễ, Tết theo Bộ luật Lao động).',
      en: () => 'Time inside office hours on working days, local time (by default Monday–Friday, 7:30–11:30 and 13:30–17:00; public holidays under the Labour Code excluded).',
    },
  },
  {
    id: 'sla',
    term: { vi: 'Hạn trả lời (SLA), đúng hạn', en: 'Deadline (SLA), on time' },
    text: {
      vi: (p) => `Kiến nghị được trả lời trong vòng ${p.sla} giờ làm việc là đúng hạn. Tỷ lệ đúng hạn = số kiến nghị trả lời đúng hạn / tổng số kiến nghị (kiến nghị chưa trả lời tính là không đúng hạn).`,
      en: (p) => `A petition answered within ${p.sla} working hours is on time. On-time rate = petitions answered on time / all petitions (an unanswered one is not on time).`,
    },
  },
  {
    id: 'median',
    term: { vi: 'Trung vị, P90', en: 'Median, P90' },
    text: {
      vi: () => 'Trung vị: một nửa số kiến nghị được trả lời nhanh hơn, một nửa chậm hơn. P90: 90 % được trả lời nhanh hơn. Chỉ tính kiến nghị đã trả lời.',
      en: () => 'Median: half of the petitions were answered faster, half slower. P90: 90% were answered faster. Answered petitions only.',
    },
  },
  {
    id: 'backlog',
    term: { vi: 'Tồn đọng, quá hạn', en: 'Backlog, overdue' },
    text: {
      vi: (p) => `Tồn đọng: kiến nghị chưa được trả lời đến hết ngày cuối kỳ. Quá hạn: trong số đó, đã chờ quá ${p.sla} giờ làm việc. Chờ quá ${p.longWait} ngày được nêu riêng trên trang đầu.`,
      en: (p) => `Backlog: petitions not answered by the end of the period's last day. Overdue: those waiting more than ${p.sla} working hours. Waits over ${p.longWait} days are called out on the first page.`,
    },
  },
  {
    id: 'tthc',
    term: { vi: 'Bài về TTHC', en: 'Procedure post (TTHC)' },
    text: {
      vi: () => 'Bài đăng về thủ tục hành chính: có cụm từ như "thủ tục", "hồ sơ", "cấp phép", "đăng ký", "dịch vụ công", "một cửa".',
      en: () => 'A post about administrative procedures: it holds a phrase such as "thủ tục", "hồ sơ", "cấp phép", "đăng ký", "dịch vụ công", "một cửa".',
    },
  },
  {
    id: 'reach',
    term: { vi: 'Độ phủ, độ phủ lan tỏa', en: 'Reach, cascade reach' },
    text: {
      vi: () => 'Độ phủ: số đối tượng khác nhau đã bình luận, trả lời hoặc bày tỏ cảm xúc trên bài của đơn vị. Độ phủ lan tỏa: như trên, tính cả các bài chia sẻ lại (nhiều tầng) và người chia sẻ.',
      en: () => 'Reach: distinct actors who commented, replied or reacted on the unit\'s posts. Cascade reach: the same over the posts and every share beneath them, plus the sharers.',
    },
  },
  {
    id: 'topic',
    term: { vi: 'Lĩnh vực', en: 'Topic' },
    text: {
      vi: () => 'Lĩnh vực thủ tục của kiến nghị (thuế, đất đai, xây dựng, BHXH, đầu tư…), nhận biết theo từ khóa trong nội dung (không phân biệt dấu, khớp nguyên từ); cấu hình bằng topicMarkers.',
      en: () => 'The procedure field a petition is about (tax, land, construction, social insurance, investment…), found by keywords in its text (diacritics folded, whole words); configured by topicMarkers.',
    },
  },
  {
    id: 'pagerank',
    term: { vi: 'PageRank', en: 'PageRank' },
    text: {
      vi: () => 'Mức độ "được chú ý" của một nút trong mạng: nhận nhiều tương tác, nhất là từ các nút cũng được chú ý, thì PageRank cao (hệ số 0,85, có trọng số).',
      en: () => 'How much attention a node draws in the network: many interactions, especially from nodes that draw attention themselves, give a high PageRank (damping 0.85, weighted).',
    },
  },
  {
    id: 'betweenness',
    term: { vi: 'Độ trung gian (betweenness)', en: 'Betweenness' },
    text: {
      vi: () => 'Tỷ lệ đường ngắn nhất giữa các cặp nút đi qua nút này: cao nghĩa là nút đứng giữa, nối các nhóm với nhau.',
      en: () => 'The share of shortest paths between pairs of nodes that pass through this node: high means it sits between groups and links them.',
    },
  },
  {
    id: 'louvain',
    term: { vi: 'Cộng đồng (Louvain)', en: 'Community (Louvain)' },
    text: {
      vi: () => 'Nhóm các nút tương tác với nhau nhiều hơn với phần còn lại của mạng, tìm bằng thuật toán Louvain (cố định hạt giống để kết quả lặp lại được).',
      en: () => 'A group of nodes that interact more with each other than with the rest of the network, found by the Louvain algorithm (seeded, so that results repeat).',
    },
  },
  {
    id: 'modularity',
    term: { vi: 'Modularity', en: 'Modularity' },
    text: {
      vi: () => 'Mức độ mạng chia thành các cộng đồng rõ rệt (từ khoảng −0,5 đến 1; trên 0,3 là cấu trúc cộng đồng rõ).',
      en: () => 'How clearly the network splits into communities (about −0.5 to 1; above 0.3 is a clear community structure).',
    },
  },
  {
    id: 'forceatlas2',
    term: { vi: 'ForceAtlas2', en: 'ForceAtlas2' },
    text: {
      vi: () => 'Thuật toán bố trí bản đồ mạng: các nút đẩy nhau, các đường nối kéo các nút tương tác lại gần. Vị trí chỉ để dễ nhìn; khoảng cách không phải là số liệu.',
      en: () => 'The map\'s layout algorithm: nodes repel each other, links pull interacting nodes together. Positions are for reading only; distances are not figures.',
    },
  },
  {
    id: 'density',
    term: { vi: 'Mật độ', en: 'Density' },
    text: {
      vi: () => 'Số liên kết có trên số liên kết có thể có giữa các nút (0–1).',
      en: () => 'Links present over links possible between the nodes (0–1).',
    },
  },
  {
    id: 'reciprocity',
    term: { vi: 'Tương hỗ', en: 'Reciprocity' },
    text: {
      vi: () => 'Tỷ lệ liên kết có chiều ngược lại: A tương tác với B và B cũng tương tác với A.',
      en: () => 'The share of links that go both ways: A interacts with B and B with A.',
    },
  },
  {
    id: 'constraint',
    term: { vi: 'Ràng buộc Burt (constraint)', en: 'Burt\'s constraint' },
    text: {
      vi: () => 'Mức độ các mối quan hệ của một nút dồn vào một vài nút vốn liên hệ với nhau (0–1). Thấp nghĩa là nút nối các nhóm không liên hệ trực tiếp: vị trí môi giới, "lỗ hổng cấu trúc".',
      en: () => 'How much a node\'s ties are concentrated on a few nodes that are themselves linked (0–1). Low means it bridges groups that are not directly linked: a broker\'s position across structural holes.',
    },
  },
  {
    id: 'brokerage',
    term: { vi: 'Cầu nối DN → cơ quan (môi giới)', en: 'Business → agency bridges (brokerage)' },
    text: {
      vi: () => 'Số cặp doanh nghiệp – cơ quan chỉ nối với nhau qua hiệp hội (không tương tác trực tiếp); vai trò môi giới theo Gould–Fernandez.',
      en: () => 'Business–agency pairs linked only through the association (no direct interaction); Gould–Fernandez brokerage roles.',
    },
  },
  {
    id: 'pseudonym',
    term: { vi: 'Ẩn danh (anon:…)', en: 'Pseudonym (anon:…)' },
    text: {
      vi: () => 'Cá nhân được thay bằng mã anon:… trong mọi tệp kết quả (trừ khi chạy với --reveal); doanh nghiệp, hiệp hội, cơ quan giữ tên.',
      en: () => 'Individuals are replaced by an anon:… code in every output (unless run with --reveal); businesses, associations and agencies keep their names.',
    },
  },
] satisfies GlossaryEntry[]).map((e) => Object.freeze(e)));

export const glossarySection: ReportSection = {
  id: 'glossary',
  title: (ctx: ReportContext) => (ctx.lang === 'vi' ? 'Giải thích thuật ngữ (Glossary)' : 'Glossary (Giải thích thuật ngữ)'),
  className: 'print-break',
  render(ctx) {
    const other: Lang = ctx.lang === 'vi' ? 'en' : 'vi';
    const p: GlossaryParams = {
      sla: formatNumber(ctx.slaWorkingHours, ctx.lang, Number.isInteger(ctx.slaWorkingHours) ? 0 : 1),
      small: REPORT_THRESHOLDS.smallSample,
      longWait: REPORT_THRESHOLDS.longWaitDays,
    };
    const q: GlossaryParams = { ...p, sla: formatNumber(ctx.slaWorkingHours, other, Number.isInteger(ctx.slaWorkingHours) ? 0 : 1) };
    return html`<dl class="glossary">${GLOSSARY.map((e) => html`<div class="entry" id="g-${e.id}">
<dt>${e.term[ctx.lang]}${e.term[other] !== e.term[ctx.lang] ? html` <span class="alt" lang="${other}">· ${e.term[other]}</span>` : null}</dt>
<dd><p>${e.text[ctx.lang](p)}</p><p class="alt" lang="${other}">${e.text[other](q)}</p></dd>
</div>`)}</dl>`;
  },
};
