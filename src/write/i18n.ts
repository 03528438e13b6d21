/**
 * The report's words, in Vietnamese (default) and English. One object per language with the same
 * keys, so a missing translation is a type error. Grouped by section; `col`, `kind`, `series` and
 * `flag` are shared. The glossary's definitions live with the glossary (`sections/glossary.ts`).
 */
import type { Lang } from './format';

import type { ActorKind } from '../model/types';

export type { ActorKind };
export type AuthorKind = 'association' | 'business' | 'individual' | 'anonymous';

const vi = {
  htmlLang: 'vi',
  title: 'Báo cáo tương tác chính quyền – doanh nghiệp trên fanpage DDCI',
  subtitle: 'Hoạt động, tương tác, phản hồi và lan tỏa của từng đơn vị',
  period: 'Kỳ phân tích',
  weeksSuffix: (n: number) => `${n} tuần`,
  daysSuffix: (n: number) => `${n} ngày`,
  timezone: 'Múi giờ',
  comparedWith: 'So sánh với kỳ trước',
  contents: 'Nội dung',
  namesRevealed: 'Báo cáo này hiển thị tên thật của cá nhân (không ẩn danh). Chỉ dùng nội bộ, không công bố rộng rãi.',
  namesHidden: (keyed: boolean) => `Cá nhân được ẩn danh (anon:…${keyed ? ', mã hóa theo khóa, ổn định giữa các kỳ' : ', đánh số theo thứ tự xuất hiện'}); tổ chức giữ nguyên tên.`,
  headerTotals: (posts: string, comments: string, petitions: string, unrouted: string | null) =>
    `${posts} bài đăng · ${comments} bình luận · ${petitions} kiến nghị${unrouted === null ? '' : ` (${unrouted} chưa rõ đơn vị)`} trong kỳ`,
  groups: { department: 'Sở, ban, ngành', locality: 'Địa phương' },
  rankingTitle: { department: 'Xếp hạng các sở, ban, ngành', locality: 'Xếp hạng các địa phương' },
  glossaryLink: 'Giải thích thuật ngữ',
  col: {
    rank: 'Hạng', unit: 'Đơn vị', score: 'Điểm', change: 'Thay đổi', rankDelta: '± Hạng', scoreDelta: '± Điểm',
    posts: 'Bài đăng', petitions: 'Kiến nghị', answered: 'Đã trả lời', onTime: 'Đúng hạn',
    median: 'Trung vị (giờ LV)', backlog: 'Tồn đọng', overdue: 'quá hạn',
    activity: 'Hoạt động', engagement: 'Tương tác', responsiveness: 'Phản hồi', spread: 'Lan tỏa',
    responseRateDelta: '± Tỷ lệ trả lời', onTimeDelta: '± Đúng hạn',
    number: 'STT', sent: 'Thời điểm gửi', waiting: 'Số ngày chờ', author: 'Người gửi', topic: 'Lĩnh vực',
    message: 'Nội dung', link: 'Bài viết', view: 'Xem',
  },
  smallSample: 'ít mẫu',
  smallSampleTitle: (min: number) => `Dưới ${min} bài đăng hoặc dưới ${min} kiến nghị trong kỳ: điểm dễ biến động`,
  newUnit: 'mới',
  meeting: {
    title: 'Tóm tắt cho cuộc họp',
    strip: {
      posts: 'Bài đăng', petitions: 'Kiến nghị', answered: 'Đã trả lời', onTime: 'Đúng hạn', backlog: 'Tồn đọng', overdue: 'Quá hạn',
    },
    relativeNote: 'Điểm 0–100 là điểm tương đối trong nhóm: mỗi chỉ số được quy về thang 0–10, 0 = đơn vị thấp nhất nhóm trong kỳ này, 10 = cao nhất. Điểm 0 không có nghĩa là không làm gì: xem các số tuyệt đối bên cạnh.',
    smallSampleNote: (min: number) => `Ít mẫu: dưới ${min} bài đăng hoặc dưới ${min} kiến nghị trong kỳ; điểm của đơn vị dễ thay đổi mạnh.`,
    backlogNote: (date: string, sla: string) => `Tồn đọng: kiến nghị chưa được trả lời đến hết ngày ${date}; quá hạn: đã chờ quá ${sla} giờ làm việc. Trung vị: thời gian trả lời tính bằng giờ làm việc (LV).`,
  },
  standout: {
    longWait: (n: number, days: number, oldest: number) => `${n} kiến nghị chờ quá ${days} ngày (lâu nhất ${oldest} ngày)`,
    noPosts: 'Không có bài đăng nào trong kỳ',
    overdue: (n: number) => `${n} kiến nghị quá hạn chưa trả lời`,
    onTimeDrop: (points: string) => `Tỷ lệ đúng hạn giảm ${points} so với kỳ trước`,
    smallSample: (posts: number, petitions: number | null) => `Ít dữ liệu: ${posts} bài đăng${petitions === null ? '' : `, ${petitions} kiến nghị`} — điểm mang tính tham khảo`,
    allOnTime: (n: number) => `Trả lời đúng hạn cả ${n} kiến nghị`,
    topEngagement: (value: string) => `Tương tác/bài cao nhất nhóm (${value})`,
  },
  compare: {
    lengthWarning: (now: string, before: string) => `Kỳ này dài ${now}, kỳ trước ${before}: hai kỳ không cùng độ dài, so sánh điểm chỉ mang tính tham khảo.`,
    mixNote: 'Điểm là tương đối trong nhóm, nên ± Điểm thay đổi cả khi các đơn vị khác thay đổi. Thay đổi tuyệt đối của tỷ lệ trả lời và tỷ lệ đúng hạn (điểm %) cho biết đơn vị thực sự tiến bộ hay không.',
  },
  overview: {
    title: 'Tổng quan kỳ phân tích',
    cards: {
      units: 'Đơn vị', posts: 'Bài đăng', comments: 'Bình luận', reactions: 'Cảm xúc', shares: 'Lượt chia sẻ',
      petitions: 'Kiến nghị', answeredRate: 'Tỷ lệ trả lời', onTime: 'Đúng hạn', unanswered: 'Chưa trả lời',
      unrouted: 'Câu hỏi chưa rõ đơn vị', nodes: 'Nút mạng', edges: 'Liên kết',
    },
    exportTotals: (posts: string, comments: string, reactions: string, shares: string) =>
      `Toàn bộ tệp dữ liệu (mọi kỳ): ${posts} bài đăng, ${comments} bình luận, ${reactions} cảm xúc, ${shares} lượt chia sẻ.`,
    files: (files: string, duplicates: string, rejected: string) =>
      `${files} tệp; ${duplicates} bản ghi trùng đã gộp; ${rejected} bản ghi bị loại (xem rejects.ndjson).`,
  },
  scores: {
    title: 'Điểm và chỉ số thành phần',
    note: 'Chỉ số thành phần thang 0–10, so với các đơn vị cùng nhóm trong kỳ này (0 = thấp nhất nhóm, 10 = cao nhất); điểm tổng hợp thang 0–100 là trung bình có trọng số của các chỉ số thành phần × 10.',
    chart: (group: string) => `Điểm tổng hợp — ${group}`,
    previousTick: 'vạch đen: điểm kỳ trước',
  },
  backlog: {
    title: 'Kiến nghị chưa được trả lời',
    note: (date: string) => `Theo đơn vị, nhiều nhất trước; trong mỗi đơn vị, cũ nhất trước. Số ngày chờ tính đến ngày ${date}. Bấm vào tên đơn vị để xem danh sách.`,
    summary: (count: string, overdue: string, oldest: string) => `${count} kiến nghị · quá hạn ${overdue} · chờ lâu nhất ${oldest} ngày`,
    more: (n: string) => `… và ${n} kiến nghị khác: xem petitions.csv.`,
    none: 'Không có kiến nghị nào chưa được trả lời.',
    unrouted: 'Câu hỏi chưa xác định được đơn vị phụ trách',
    unroutedSummary: (count: string) => `${count} câu hỏi`,
  },
  topics: {
    title: 'Kiến nghị theo lĩnh vực',
    note: 'Lĩnh vực xác định theo từ khóa trong nội dung kiến nghị (cấu hình topicMarkers); một kiến nghị có thể thuộc nhiều lĩnh vực. Chỉ tính kiến nghị đã xác định đơn vị phụ trách.',
    chart: 'Kiến nghị theo lĩnh vực và tình trạng trả lời',
    other: 'Khác (không rõ lĩnh vực)',
    topUnits: 'Đơn vị nhận nhiều nhất',
    none: 'Không có kiến nghị trong kỳ.',
    unitLine: 'Lĩnh vực kiến nghị',
  },
  timing: {
    title: 'Thời điểm hỏi và trả lời',
    note: (tz: string) => `Theo thứ trong tuần và giờ trong ngày, giờ địa phương (${tz}). Ô càng đậm càng nhiều.`,
    asked: 'Kiến nghị được gửi',
    answered: 'Đơn vị trả lời',
    none: 'Không có kiến nghị trong kỳ.',
    busiest: (what: string, day: string, hour: number) => `${what} nhiều nhất: ${day}, ${hour}:00–${hour + 1}:00.`,
  },
  network: {
    title: 'Bản đồ mạng lưới tương tác',
    stats: (nodes: string, edges: string, density: string, reciprocity: string, communities: string, modularity: string) =>
      `Toàn mạng: ${nodes} nút, ${edges} liên kết; mật độ ${density}; tương hỗ ${reciprocity}; ${communities} cộng đồng (modularity ${modularity}).`,
    note: (businesses: string, businessesTotal: string, grouped: string) =>
      `Bản đồ gộp: mọi đơn vị, trang, các hiệp hội và ${businesses}/${businessesTotal} doanh nghiệp tương tác nhiều nhất; ${grouped} đối tượng còn lại được gộp thành một vòng tròn cho mỗi cộng đồng (số trong vòng tròn). Màu theo cộng đồng (Louvain), hình theo loại đối tượng, kích thước và độ đậm của đường nối theo số lượt tương tác; bố cục ForceAtlas2 cố định. Đồ thị đầy đủ trong graph.gexf (mở bằng Gephi).`,
    edgesDropped: (n: string) => `${n} liên kết yếu nhất không vẽ.`,
    caption: 'Ai tương tác với ai',
    community: (n: number) => `Cộng đồng ${n}`,
    communityNodes: (n: string) => `${n} nút`,
    otherCommunities: (n: string) => `Các cộng đồng nhỏ khác (${n} nút)`,
    shapes: 'Hình',
    none: 'Không có dữ liệu mạng lưới.',
  },
  associations: {
    title: 'Hiệp hội lan tỏa bài viết của các đơn vị',
    note: 'Lượt chia sẻ tính cả chia sẻ lại trong chuỗi lan tỏa; "Cầu nối DN → cơ quan": số cặp doanh nghiệp – cơ quan chỉ nối với nhau qua hiệp hội; ràng buộc Burt thấp = vị trí môi giới.',
    none: 'Không có hiệp hội nào trong dữ liệu.',
    more: (n: string) => `… và ${n} hiệp hội khác: xem associations.csv.`,
    col: {
      name: 'Hiệp hội', shares: 'Chia sẻ bài đơn vị', units: 'Số đơn vị được lan tỏa', reach: 'Tiếp cận qua chia sẻ',
      questions: 'Câu hỏi, kiến nghị', bridges: 'Cầu nối DN → cơ quan', constraint: 'Ràng buộc (Burt)',
    },
  },
  units: {
    title: 'Chi tiết từng đơn vị',
    rankOf: (rank: string, total: number) => `Hạng ${rank}/${total}`,
    stat: {
      posts: 'Bài đăng', activeWeeks: 'Tuần có bài', tthcShare: 'Bài về TTHC', interactionsPerPost: 'Tương tác/bài',
      tthcInteractionsPerPost: 'Tương tác/bài TTHC', petitions: 'Đã trả lời/kiến nghị', responseRate: 'Tỷ lệ trả lời',
      medianWorking: 'Trung vị phản hồi (giờ LV)', p90Working: 'P90 phản hồi (giờ LV)',
      withinSla: 'Đúng hạn', reach: 'Độ phủ', cascadeReach: 'Độ phủ lan tỏa', amplifiers: 'Hiệp hội chia sẻ',
      score: 'Điểm',
    },
  },
  chart: {
    weekly: 'Bài đăng, kiến nghị và trả lời theo tuần',
    response: (sla: string) => `Thời gian phản hồi (giờ làm việc) so với hạn ${sla} giờ`,
    engagement: 'Tương tác trên mỗi bài đăng theo tuần',
    reach: 'Độ phủ theo loại đối tượng',
  },
  series: {
    posts: 'Bài đăng', petitions: 'Kiến nghị', answered: 'Đã trả lời',
    commentsPerPost: 'Bình luận/bài', reactionsPerPost: 'Cảm xúc/bài',
    businesses: 'Doanh nghiệp', associations: 'Hiệp hội', others: 'Khác',
    onTime: 'Đúng hạn', late: 'Quá hạn', unansweredBucket: 'Chưa trả lời',
    week: 'Tuần', count: 'Số lượng', perPost: 'Số lượt/bài', actors: 'Số đối tượng', hours: 'Giờ làm việc',
    petitionsAxis: 'Số kiến nghị', score: 'Điểm', hour: 'Giờ', weekday: 'Thứ',
  },
  bucket: (from: string, to: string) => `${from}–${to} giờ`,
  bucketOver: (from: string) => `> ${from} giờ`,
  slaLabel: (sla: string) => `Hạn ${sla} giờ`,
  noData: {
    weekly: 'Không có bài đăng trong kỳ.',
    response: 'Không có kiến nghị trong kỳ.',
    engagement: 'Không có bài đăng trong kỳ.',
    reach: 'Không có dữ liệu danh tính để tính độ phủ (nguồn dữ liệu chỉ có số đếm).',
  },
  kind: {
    agency: 'Cơ quan', page: 'Trang DDCI', association: 'Hiệp hội', business: 'Doanh nghiệp', individual: 'Cá nhân',
    anonymous: 'Ẩn danh', group: 'Nhóm còn lại',
  } satisfies Record<ActorKind | AuthorKind | 'group', string>,
  flag: (flag: string) => (Object.hasOwn(FLAG_LABELS_VI, flag) ? FLAG_LABELS_VI[flag]! : flag),
  footer: 'Tạo bởi ddci-sna. Số liệu đầy đủ (không làm tròn) trong analysis.json và các tệp CSV.',
};

type Labels = typeof vi;

const en: Labels = {
  htmlLang: 'en',
  title: 'Government–business interaction on the DDCI fanpage',
  subtitle: 'Activity, engagement, responsiveness and spread of each unit',
  period: 'Period',
  weeksSuffix: (n: number) => `${n} week${n === 1 ? '' : 's'}`,
  daysSuffix: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
  timezone: 'Time zone',
  comparedWith: 'Compared with the previous period',
  contents: 'Contents',
  namesRevealed: 'This report shows the real names of individuals (not pseudonymised). Internal use only: do not publish.',
  namesHidden: (keyed: boolean) => `Individuals are pseudonymised (anon:…${keyed ? ', keyed hash, stable across periods' : ', numbered by first appearance'}); organisations keep their names.`,
  headerTotals: (posts: string, comments: string, petitions: string, unrouted: string | null) =>
    `${posts} posts · ${comments} comments · ${petitions} petitions${unrouted === null ? '' : ` (${unrouted} with no unit)`} in the period`,
  groups: { department: 'Departments', locality: 'Localities' },
  rankingTitle: { department: 'Ranking of departments', locality: 'Ranking of localities' },
  glossaryLink: 'Glossary',
  col: {
    rank: 'Rank', unit: 'Unit', score: 'Score', change: 'Change', rankDelta: '± Rank', scoreDelta: '± Score',
    posts: 'Posts', petitions: 'Petitions', answered: 'Answered', onTime: 'On time',
    median: 'Median (working h)', backlog: 'Backlog', overdue: 'overdue',
    activity: 'Activity', engagement: 'Engagement', responsiveness: 'Responsiveness', spread: 'Spread',
    responseRateDelta: '± Response rate', onTimeDelta: '± On time',
    number: 'No.', sent: 'Sent', waiting: 'Days waiting', author: 'Author', topic: 'Topic',
    message: 'Message', link: 'Post', view: 'Open',
  },
  smallSample: 'small sample',
  smallSampleTitle: (min: number) => `Fewer than ${min} posts or fewer than ${min} petitions in the period: the score moves easily`,
  newUnit: 'new',
  meeting: {
    title: 'Meeting summary',
    strip: {
      posts: 'Posts', petitions: 'Petitions', answered: 'Answered', onTime: 'On time', backlog: 'Backlog', overdue: 'Overdue',
    },
    relativeNote: 'Scores (0–100) are relative to the group: each indicator is rescaled to 0–10, 0 = the lowest unit of the group this period, 10 = the highest. A score of 0 does not mean nothing was done: see the absolute figures beside it.',
    smallSampleNote: (min: number) => `Small sample: fewer than ${min} posts or fewer than ${min} petitions in the period; the unit's score can swing widely.`,
    backlogNote: (date: string, sla: string) => `Backlog: petitions not answered by the end of ${date}; overdue: waiting more than ${sla} working hours. Median: response time in working hours.`,
  },
  standout: {
    longWait: (n: number, days: number, oldest: number) => `${n} petition${n === 1 ? '' : 's'} waiting over ${days} days (longest ${oldest} days)`,
    noPosts: 'No posts in the period',
    overdue: (n: number) => `${n} overdue petition${n === 1 ? '' : 's'} unanswered`,
    onTimeDrop: (points: string) => `On-time rate down ${points} on the previous period`,
    smallSample: (posts: number, petitions: number | null) => `Little data: ${posts} posts${petitions === null ? '' : `, ${petitions} petitions`} — the score is indicative`,
    allOnTime: (n: number) => `All ${n} petitions answered on time`,
    topEngagement: (value: string) => `Highest interactions per post in the group (${value})`,
  },
  compare: {
    lengthWarning: (now: string, before: string) => `This period is ${now} long, the previous one ${before}: the periods differ in length, so compare scores with care.`,
    mixNote: 'Scores are relative to the group, so ± Score moves when other units change too. The absolute changes in response rate and on-time rate (percentage points) tell whether the unit itself improved.',
  },
  overview: {
    title: 'Overview of the period',
    cards: {
      units: 'Units', posts: 'Posts', comments: 'Comments', reactions: 'Reactions', shares: 'Shares',
      petitions: 'Petitions', answeredRate: 'Answered', onTime: 'On time', unanswered: 'Unanswered',
      unrouted: 'Questions with no unit', nodes: 'Nodes', edges: 'Edges',
    },
    exportTotals: (posts: string, comments: string, reactions: string, shares: string) =>
      `The whole export (all periods): ${posts} posts, ${comments} comments, ${reactions} reactions, ${shares} shares.`,
    files: (files: string, duplicates: string, rejected: string) =>
      `${files} files; ${duplicates} duplicate records merged; ${rejected} records rejected (see rejects.ndjson).`,
  },
  scores: {
    title: 'Scores and sub-indices',
    note: 'Sub-indices on a 0–10 scale against the units of the same group this period (0 = the lowest of the group, 10 = the highest); the composite score on 0–100 is the weighted mean of the sub-indices × 10.',
    chart: (group: string) => `Composite score — ${group}`,
    previousTick: 'black tick: previous score',
  },
  backlog: {
    title: 'Unanswered petitions',
    note: (date: string) => `By unit, most first; within a unit, oldest first. Days waiting counted to ${date}. Open a unit to see its list.`,
    summary: (count: string, overdue: string, oldest: string) => `${count} petitions · ${overdue} overdue · longest wait ${oldest} days`,
    more: (n: string) => `… and ${n} more: see petitions.csv.`,
    none: 'No unanswered petitions.',
    unrouted: 'Questions with no responsible unit',
    unroutedSummary: (count: string) => `${count} questions`,
  },
  topics: {
    title: 'Petitions by topic',
    note: 'Topics are found by keywords in the petition text (config topicMarkers); a petition may have several. Only petitions with a responsible unit are counted.',
    chart: 'Petitions by topic and answer status',
    other: 'Other (no topic)',
    topUnits: 'Units asked most',
    none: 'No petitions in the period.',
    unitLine: 'Petition topics',
  },
  timing: {
    title: 'When businesses ask and units answer',
    note: (tz: string) => `By weekday and hour of the day, local time (${tz}). Darker means more.`,
    asked: 'Petitions sent',
    answered: 'Answers by units',
    none: 'No petitions in the period.',
    busiest: (what: string, day: string, hour: number) => `${what} peak: ${day}, ${hour}:00–${hour + 1}:00.`,
  },
  network: {
    title: 'Interaction network',
    stats: (nodes: string, edges: string, density: string, reciprocity: string, communities: string, modularity: string) =>
      `Whole network: ${nodes} nodes, ${edges} edges; density ${density}; reciprocity ${reciprocity}; ${communities} communities (modularity ${modularity}).`,
    note: (businesses: string, businessesTotal: string, grouped: string) =>
      `Aggregated map: every unit, the page, the associations and the ${businesses} of ${businessesTotal} businesses with the most interactions; the other ${grouped} actors are summed into one circle per community (the number inside). Colour by community (Louvain), shape by kind of actor, size and line width by interactions; fixed ForceAtlas2 layout. The full graph is in graph.gexf (open it in Gephi).`,
    edgesDropped: (n: string) => `The ${n} weakest links are not drawn.`,
    caption: 'Who interacts with whom',
    community: (n: number) => `Community ${n}`,
    communityNodes: (n: string) => `${n} nodes`,
    otherCommunities: (n: string) => `Other small communities (${n} nodes)`,
    shapes: 'Shapes',
    none: 'No network data.',
  },
  associations: {
    title: 'Associations spreading the units\' posts',
    note: 'Shares include re-shares down the cascade; "business → agency bridges": business–agency pairs linked only through the association; a low Burt constraint = a broker\'s position.',
    none: 'No associations in the data.',
    more: (n: string) => `… and ${n} more: see associations.csv.`,
    col: {
      name: 'Association', shares: 'Shares of unit posts', units: 'Units amplified', reach: 'Reach of the shares',
      questions: 'Questions raised', bridges: 'Business → agency bridges', constraint: 'Constraint (Burt)',
    },
  },
  units: {
    title: 'Unit details',
    rankOf: (rank: string, total: number) => `Rank ${rank}/${total}`,
    stat: {
      posts: 'Posts', activeWeeks: 'Active weeks', tthcShare: 'Procedure posts', interactionsPerPost: 'Interactions/post',
      tthcInteractionsPerPost: 'Interactions/procedure post', petitions: 'Answered/petitions', responseRate: 'Response rate',
      medianWorking: 'Median response (working h)', p90Working: 'P90 response (working h)',
      withinSla: 'On time', reach: 'Reach', cascadeReach: 'Cascade reach', amplifiers: 'Amplifying associations',
      score: 'Score',
    },
  },
  chart: {
    weekly: 'Posts, petitions and answers per week',
    response: (sla: string) => `Response time (working hours) against the ${sla}-hour SLA`,
    engagement: 'Engagement per post, per week',
    reach: 'Reach by kind of actor',
  },
  series: {
    posts: 'Posts', petitions: 'Petitions', answered: 'Answered',
    commentsPerPost: 'Comments/post', reactionsPerPost: 'Reactions/post',
    businesses: 'Businesses', associations: 'Associations', others: 'Others',
    onTime: 'On time', late: 'Late', unansweredBucket: 'Unanswered',
    week: 'Week', count: 'Count', perPost: 'Per post', actors: 'Actors', hours: 'Working hours',
    petitionsAxis: 'Petitions', score: 'Score', hour: 'Hour', weekday: 'Day',
  },
  bucket: (from: string, to: string) => `${from}–${to} h`,
  bucketOver: (from: string) => `> ${from} h`,
  slaLabel: (sla: string) => `SLA ${sla} h`,
  noData: {
    weekly: 'No posts in the period.',
    response: 'No petitions in the period.',
    engagement: 'No posts in the period.',
    reach: 'No identities in the data to measure reach (the source has counts only).',
  },
  kind: {
    agency: 'Agency', page: 'DDCI page', association: 'Association', business: 'Business', individual: 'Individual',
    anonymous: 'Anonymous', group: 'The rest, grouped',
  },
  flag: (flag: string) => (Object.hasOwn(FLAG_LABELS_EN, flag) ? FLAG_LABELS_EN[flag]! : flag),
  footer: 'Made with ddci-sna. Full, unrounded figures are in analysis.json and the CSV files.',
};

/** English names of the default topics (`DEFAULT_TOPIC_MARKERS`); a configured topic keeps its name. */
const TOPIC_NAMES_EN: Readonly<Record<string, string>> = Object.freeze({
  'Thuế': 'Tax',
  'Đất đai': 'Land',
  'Xây dựng': 'Construction',
  'BHXH': 'Social insurance',
  'Đầu tư': 'Investment',
  'Đăng ký kinh doanh': 'Business registration',
  'Lao động – việc làm': 'Labour and jobs',
  'Môi trường': 'Environment',
  'Hải quan – xuất nhập khẩu': 'Customs and trade',
  'Giao thông vận tải': 'Transport',
  'Dịch vụ công trực tuyến': 'Online public services',
  'PCCC': 'Fire safety',
  'Vốn – tín dụng': 'Credit and finance',
});

const FLAG_LABELS_VI: Readonly<Record<string, string>> = Object.freeze({
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
  counts_only: 'nguồn chỉ có số đếm',
  no_counts: 'nguồn không có số đếm',
  no_comments: 'nguồn không có bình luận',
  no_reaction_identities: 'không rõ ai bày tỏ cảm xúc',
  no_reply_parents: 'không rõ trả lời cho bình luận nào',
  no_share_relations: 'không rõ bài được chia sẻ',
  partial_counts_only: 'một phần bài chỉ có số đếm',
  partial_no_counts: 'một phần bài không có số đếm',
  partial_no_comments: 'một phần bài không có bình luận',
  partial_no_reaction_identities: 'một phần bài không rõ ai bày tỏ cảm xúc',
  partial_no_reply_parents: 'một phần bài không rõ luồng trả lời',
  partial_no_share_relations: 'một phần bài không rõ quan hệ chia sẻ',
});
const FLAG_LABELS_EN: Readonly<Record<string, string>> = Object.freeze({
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
  counts_only: 'source has counts only',
  no_counts: 'source has no counts',
  no_comments: 'source has no comments',
  no_reaction_identities: 'reactors unknown',
  no_reply_parents: 'reply threads unknown',
  no_share_relations: 'shared posts unknown',
  partial_counts_only: 'some posts counts only',
  partial_no_counts: 'some posts without counts',
  partial_no_comments: 'some posts without comments',
  partial_no_reaction_identities: 'some posts with reactors unknown',
  partial_no_reply_parents: 'some posts with reply threads unknown',
  partial_no_share_relations: 'some posts with shared posts unknown',
});

export type ReportLabels = Labels;

/** The words of the report in a language. @example labelsFor('en').col.score // 'Score' */
export function labelsFor(lang: Lang): ReportLabels {
  return lang === 'en' ? en : vi;
}

/**
 * A topic's name in the report's language (the default topics have English names; a configured
 * topic keeps its own), `other` for petitions under no topic.
 * @example topicName('Thuế', 'en', 'Other') // 'Tax'
 */
export function topicName(topic: string | null, lang: Lang, other: string): string {
  if (topic === null) return other;
  return lang === 'en' && Object.hasOwn(TOPIC_NAMES_EN, topic) ? TOPIC_NAMES_EN[topic]! : topic;
}
