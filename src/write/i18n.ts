/**
 * The report's words, in Vietnamese (default) and English. One object per language with the same
 * keys, so a missing translation is a type error.
 */
import type { Lang } from './format';

import type { ActorKind } from '../model/types';

export type { ActorKind };
export type AuthorKind = 'association' | 'business' | 'individual' | 'anonymous';

const vi = {
  htmlLang: 'vi',
  title: 'Báo cáo tương tác chính quyền – doanh nghiệp trên fanpage DDCI',
  subtitle: 'Phân tích mạng xã hội: hoạt động, tương tác, phản hồi và lan tỏa của từng đơn vị',
  period: 'Kỳ phân tích',
  weeksSuffix: (n: number) => `${n} tuần`,
  timezone: 'Múi giờ',
  comparedWith: 'So sánh với kỳ trước',
  contents: 'Nội dung',
  overview: 'Tổng quan',
  namesRevealed: 'Báo cáo này hiển thị tên thật của cá nhân (không ẩn danh). Chỉ dùng nội bộ, không công bố rộng rãi.',
  namesHidden: (keyed: boolean) => `Cá nhân được ẩn danh (anon:…${keyed ? ', mã hóa theo khóa, ổn định giữa các kỳ' : ', đánh số theo thứ tự xuất hiện'}); tổ chức giữ nguyên tên.`,
  cards: {
    units: 'Đơn vị', posts: 'Bài đăng', comments: 'Bình luận', reactions: 'Cảm xúc', shares: 'Lượt chia sẻ',
    petitions: 'Kiến nghị', answeredRate: 'Tỷ lệ trả lời', unanswered: 'Chưa trả lời', onTime: 'Đúng hạn',
    nodes: 'Nút mạng', edges: 'Liên kết', communities: 'Cộng đồng', unrouted: 'Câu hỏi chưa xác định đơn vị',
  },
  rankingDepartments: 'Xếp hạng các sở, ban, ngành',
  rankingLocalities: 'Xếp hạng các địa phương',
  rankingNote: 'Chỉ số thành phần thang 0–10 (so với các đơn vị cùng loại); điểm tổng hợp thang 0–100.',
  col: {
    rank: 'Hạng', rankDelta: '± Hạng', unit: 'Đơn vị', activity: 'Hoạt động', engagement: 'Tương tác',
    responsiveness: 'Phản hồi', spread: 'Lan tỏa', score: 'Điểm', scoreDelta: '± Điểm',
    number: 'STT', sent: 'Thời điểm gửi', waiting: 'Số ngày chờ', author: 'Người gửi', message: 'Nội dung',
    link: 'Bài viết', view: 'Xem',
  },
  newUnit: 'mới',
  scoreChart: 'Điểm tổng hợp',
  previousTick: 'vạch đen: điểm kỳ trước',
  units: 'Chi tiết từng đơn vị',
  kindDepartment: 'Sở, ban, ngành',
  kindLocality: 'Địa phương',
  rankOf: (rank: string, total: number) => `Hạng ${rank}/${total}`,
  stat: {
    posts: 'Bài đăng', activeWeeks: 'Tuần có bài', tthcShare: 'Bài về TTHC', interactionsPerPost: 'Tương tác/bài',
    tthcInteractionsPerPost: 'Tương tác/bài TTHC', petitions: 'Kiến nghị', responseRate: 'Tỷ lệ trả lời',
    medianWorking: 'Trung vị phản hồi (giờ làm việc)', p90Working: 'P90 phản hồi (giờ làm việc)',
    withinSla: 'Đúng hạn', reach: 'Độ phủ', cascadeReach: 'Độ phủ lan tỏa', amplifiers: 'Hiệp hội chia sẻ',
    score: 'Điểm',
  },
  chart: {
    weekly: 'Bài đăng, kiến nghị và trả lời theo tuần',
    response: (sla: string) => `Thời gian phản hồi (giờ làm việc) so với hạn ${sla} giờ`,
    engagement: 'Tương tác trên mỗi bài đăng theo tuần',
    reach: 'Độ phủ theo loại đối tượng',
    network: 'Bản đồ mạng lưới tương tác',
    networkCaption: 'Ai tương tác với ai: mỗi đường nối gộp cả hai chiều, càng đậm càng nhiều lượt tương tác',
  },
  series: {
    posts: 'Bài đăng', petitions: 'Kiến nghị', answered: 'Đã trả lời',
    commentsPerPost: 'Bình luận/bài', reactionsPerPost: 'Cảm xúc/bài',
    businesses: 'Doanh nghiệp', associations: 'Hiệp hội', others: 'Khác',
    onTime: 'Đúng hạn', late: 'Quá hạn', unansweredBucket: 'Chưa trả lời',
    week: 'Tuần', count: 'Số lượng', perPost: 'Số lượt/bài', actors: 'Số đối tượng', hours: 'Giờ làm việc',
    petitionsAxis: 'Số kiến nghị', score: 'Điểm',
  },
  bucket: (from: string, to: string) => `${from}–${to} giờ`,
  bucketOver: (from: string) => `> ${from} giờ`,
  slaLabel: (sla: string) => `Hạn ${sla} giờ`,
  noData: {
    weekly: 'Không có bài đăng trong kỳ.',
    response: 'Không có kiến nghị trong kỳ.',
    engagement: 'Không có bài đăng trong kỳ.',
    reach: 'Không có dữ liệu danh tính để tính độ phủ (nguồn dữ liệu chỉ có số đếm).',
    network: 'Không có dữ liệu mạng lưới.',
  },
  unansweredTitle: 'Kiến nghị chưa được trả lời',
  unansweredNote: 'Sắp xếp từ cũ nhất; số ngày chờ tính đến ngày cuối kỳ phân tích.',
  unansweredNone: 'Không có kiến nghị nào chưa được trả lời.',
  backlogCount: 'Số kiến nghị chờ trả lời',
  backlogOldest: 'Chờ lâu nhất (ngày)',
  unroutedTitle: 'Câu hỏi chưa xác định được đơn vị phụ trách',
  associationsTitle: 'Hiệp hội lan tỏa bài viết của các đơn vị',
  associationsNote: 'Lượt chia sẻ tính cả chia sẻ lại trong chuỗi lan tỏa; "Cầu nối DN → cơ quan": số cặp doanh nghiệp – cơ quan chỉ nối với nhau qua hiệp hội.',
  associationsNone: 'Không có hiệp hội nào trong dữ liệu.',
  assoc: {
    name: 'Hiệp hội', shares: 'Chia sẻ bài đơn vị', units: 'Số đơn vị được lan tỏa', reach: 'Tiếp cận qua chia sẻ',
    questions: 'Câu hỏi, kiến nghị', bridges: 'Cầu nối DN → cơ quan', constraint: 'Ràng buộc (Burt)',
  },
  networkNote: (shown: number, total: number, cap: number) => shown < total
    ? `Hiển thị ${shown}/${total} nút: toàn bộ đơn vị và trang, cùng các nút có PageRank cao nhất (tối đa ${cap}). Kích thước nút theo PageRank; bố cục ForceAtlas2 cố định.`
    : `Hiển thị toàn bộ ${total} nút. Kích thước nút theo PageRank; bố cục ForceAtlas2 cố định.`,
  networkStats: (nodes: string, edges: string, density: string, reciprocity: string, communities: string, modularity: string) =>
    `${nodes} nút, ${edges} liên kết; mật độ ${density}; tương hỗ ${reciprocity}; ${communities} cộng đồng (modularity ${modularity}).`,
  kind: {
    agency: 'Cơ quan', page: 'Trang DDCI', association: 'Hiệp hội', business: 'Doanh nghiệp', individual: 'Cá nhân',
    anonymous: 'Ẩn danh',
  } satisfies Record<ActorKind | AuthorKind, string>,
  legendKind: 'Loại đối tượng',
  flag: (flag: string) => FLAG_LABELS_VI[flag] ?? flag,
  footer: 'Tạo bởi ddci-sna. Số liệu đầy đủ (không làm tròn) trong analysis.json và các tệp CSV.',
};

type Labels = typeof vi;

const en: Labels = {
  htmlLang: 'en',
  title: 'Government–business interaction on the DDCI fanpage',
  subtitle: 'Social network analysis: activity, engagement, responsiveness and spread of each unit',
  period: 'Period',
  weeksSuffix: (n: number) => `${n} week${n === 1 ? '' : 's'}`,
  timezone: 'Time zone',
  comparedWith: 'Compared with the previous period',
  contents: 'Contents',
  overview: 'Overview',
  namesRevealed: 'This report shows the real names of individuals (not pseudonymised). Internal use only: do not publish.',
  namesHidden: (keyed: boolean) => `Individuals are pseudonymised (anon:…${keyed ? ', keyed hash, stable across periods' : ', numbered by first appearance'}); organisations keep their names.`,
  cards: {
    units: 'Units', posts: 'Posts', comments: 'Comments', reactions: 'Reactions', shares: 'Shares',
    petitions: 'Petitions', answeredRate: 'Answered', unanswered: 'Unanswered', onTime: 'On time',
    nodes: 'Nodes', edges: 'Edges', communities: 'Communities', unrouted: 'Questions with no unit',
  },
  rankingDepartments: 'Ranking of departments',
  rankingLocalities: 'Ranking of localities',
  rankingNote: 'Sub-indices on a 0–10 scale (against units of the same kind); composite score on 0–100.',
  col: {
    rank: 'Rank', rankDelta: '± Rank', unit: 'Unit', activity: 'Activity', engagement: 'Engagement',
    responsiveness: 'Responsiveness', spread: 'Spread', score: 'Score', scoreDelta: '± Score',
    number: 'No.', sent: 'Sent', waiting: 'Days waiting', author: 'Author', message: 'Message',
    link: 'Post', view: 'Open',
  },
  newUnit: 'new',
  scoreChart: 'Composite score',
  previousTick: 'black tick: previous score',
  units: 'Unit details',
  kindDepartment: 'Department',
  kindLocality: 'Locality',
  rankOf: (rank: string, total: number) => `Rank ${rank}/${total}`,
  stat: {
    posts: 'Posts', activeWeeks: 'Active weeks', tthcShare: 'Procedure posts', interactionsPerPost: 'Interactions/post',
    tthcInteractionsPerPost: 'Interactions/procedure post', petitions: 'Petitions', responseRate: 'Response rate',
    medianWorking: 'Median response (working hours)', p90Working: 'P90 response (working hours)',
    withinSla: 'On time', reach: 'Reach', cascadeReach: 'Cascade reach', amplifiers: 'Amplifying associations',
    score: 'Score',
  },
  chart: {
    weekly: 'Posts, petitions and answers per week',
    response: (sla: string) => `Response time (working hours) against the ${sla}-hour SLA`,
    engagement: 'Engagement per post, per week',
    reach: 'Reach by kind of actor',
    network: 'Interaction network',
    networkCaption: 'Who interacts with whom: each line merges both directions; thicker means more interactions',
  },
  series: {
    posts: 'Posts', petitions: 'Petitions', answered: 'Answered',
    commentsPerPost: 'Comments/post', reactionsPerPost: 'Reactions/post',
    businesses: 'Businesses', associations: 'Associations', others: 'Others',
    onTime: 'On time', late: 'Late', unansweredBucket: 'Unanswered',
    week: 'Week', count: 'Count', perPost: 'Per post', actors: 'Actors', hours: 'Working hours',
    petitionsAxis: 'Petitions', score: 'Score',
  },
  bucket: (from: string, to: string) => `${from}–${to} h`,
  bucketOver: (from: string) => `> ${from} h`,
  slaLabel: (sla: string) => `SLA ${sla} h`,
  noData: {
    weekly: 'No posts in the period.',
    response: 'No petitions in the period.',
    engagement: 'No posts in the period.',
    reach: 'No identities in the data to measure reach (the source has counts only).',
    network: 'No network data.',
  },
  unansweredTitle: 'Unanswered petitions',
  unansweredNote: 'Oldest first; days waiting counted to the last day of the period.',
  unansweredNone: 'No unanswered petitions.',
  backlogCount: 'Petitions waiting',
  backlogOldest: 'Longest wait (days)',
  unroutedTitle: 'Questions with no responsible unit',
  associationsTitle: 'Associations spreading the units\' posts',
  associationsNote: 'Shares include re-shares down the cascade; "business → agency bridges": business–agency pairs linked only through the association.',
  associationsNone: 'No associations in the data.',
  assoc: {
    name: 'Association', shares: 'Shares of unit posts', units: 'Units amplified', reach: 'Reach of the shares',
    questions: 'Questions raised', bridges: 'Business → agency bridges', constraint: 'Constraint (Burt)',
  },
  networkNote: (shown: number, total: number, cap: number) => shown < total
    ? `Showing ${shown} of ${total} nodes: every unit and the page, plus the highest-PageRank nodes (at most ${cap}). Node size by PageRank; fixed ForceAtlas2 layout.`
    : `Showing all ${total} nodes. Node size by PageRank; fixed ForceAtlas2 layout.`,
  networkStats: (nodes: string, edges: string, density: string, reciprocity: string, communities: string, modularity: string) =>
    `${nodes} nodes, ${edges} edges; density ${density}; reciprocity ${reciprocity}; ${communities} communities (modularity ${modularity}).`,
  kind: {
    agency: 'Agency', page: 'DDCI page', association: 'Association', business: 'Business', individual: 'Individual',
    anonymous: 'Anonymous',
  },
  legendKind: 'Kind of actor',
  flag: (flag: string) => FLAG_LABELS_EN[flag] ?? flag,
  footer: 'Made with ddci-sna. Full, unrounded figures are in analysis.json and the CSV files.',
};

const FLAG_LABELS_VI: Record<string, string> = {
  no_petitions: 'không có kiến nghị',
  no_posts: 'không có bài đăng',
  single_post: 'chỉ có một bài đăng',
  no_tthc_posts: 'không có bài về TTHC',
  no_answered_petitions: 'chưa trả lời kiến nghị nào',
  comments_truncated: 'dữ liệu thiếu bình luận',
  no_activity_subindex: 'thiếu chỉ số hoạt động',
  no_engagement_subindex: 'thiếu chỉ số tương tác',
  no_responsiveness_subindex: 'thiếu chỉ số phản hồi',
  no_spread_subindex: 'thiếu chỉ số lan tỏa',
};
const FLAG_LABELS_EN: Record<string, string> = {
  no_petitions: 'no petitions',
  no_posts: 'no posts',
  single_post: 'a single post',
  no_tthc_posts: 'no procedure posts',
  no_answered_petitions: 'no petition answered',
  comments_truncated: 'comments missing from export',
  no_activity_subindex: 'no activity sub-index',
  no_engagement_subindex: 'no engagement sub-index',
  no_responsiveness_subindex: 'no responsiveness sub-index',
  no_spread_subindex: 'no spread sub-index',
};

export type ReportLabels = Labels;

export function labelsFor(lang: Lang): ReportLabels {
  return lang === 'en' ? en : vi;
}
