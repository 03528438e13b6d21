/**
 * A realistic `Analysis` for the writers' tests: 16 units of Quảng Ninh (9 departments, 7
 * localities), 12 weeks of weekly rows, petitions answered on time, late and not at all, an
 * unrouted question, actors of every kind, and the interaction graph behind them.
 * Generated from a seeded PRNG so it is the same in every run; validated by `AnalysisSchema.parse`.
 */
import { DirectedGraph } from 'graphology';
import { AnalysisSchema, SCHEMA_VERSION, type ActorResult, type Analysis, type PetitionRow, type UnitResult, type WeeklyRow } from '../../src/analysis/schema';
import { mulberry32 } from '../../src/write/layout';
import { makeTopicClassifier } from '../../src/metrics/topics';
import { DEFAULT_TOPIC_MARKERS } from '../../src/text/lexicons';

export const DEPARTMENTS: readonly [string, string][] = [
  ['so-khdt', 'Sở Kế hoạch và Đầu tư'],
  ['so-tc', 'Sở Tài chính'],
  ['so-ct', 'Sở Công Thương'],
  ['so-tnmt', 'Sở Tài nguyên và Môi trường'],
  ['so-xd', 'Sở Xây dựng'],
  ['so-gtvt', 'Sở Giao thông vận tải'],
  ['so-ldtbxh', 'Sở Lao động – Thương binh và Xã hội'],
  ['cuc-thue', 'Cục Thuế tỉnh Quảng Ninh'],
  ['bhxh', 'Bảo hiểm xã hội tỉnh'],
];
export const LOCALITIES: readonly [string, string][] = [
  ['ha-long', 'UBND TP Hạ Long'],
  ['cam-pha', 'UBND TP Cẩm Phả'],
  ['uong-bi', 'UBND TP Uông Bí'],
  ['mong-cai', 'UBND TP Móng Cái'],
  ['quang-yen', 'UBND TX Quảng Yên'],
  ['dong-trieu', 'UBND TX Đông Triều'],
  ['van-don', 'UBND huyện Vân Đồn'],
];

const ASSOCIATIONS: readonly [string, string][] = [
  ['200001', 'Hiệp hội Doanh nghiệp tỉnh Quảng Ninh'],
  ['200002', 'Hội Doanh nhân trẻ Quảng Ninh'],
  ['200003', 'Hội Nữ doanh nhân tỉnh Quảng Ninh'],
];
const BUSINESSES: readonly [string, string][] = [
  ['300001', 'Công ty TNHH Than Hòn Gai'],
  ['300002', 'Công ty Cổ phần Cảng Quảng Ninh'],
  ['300003', 'HTX Nông nghiệp Đầm Hà'],
  ['300004', 'Công ty TNHH Du lịch Hạ Long Xanh'],
  ['300005', 'Tập đoàn Đầu tư "Bãi Cháy", chi nhánh 2'],
  ['300006', 'Công ty CP Thủy sản Vân Đồn'],
];
export const PAGE_ID = '100000';
const INDIVIDUALS = 12;
const WEEKS = 12;
const FIRST_WEEK = '2025-01-06';

const MESSAGES = [
  'Xin hỏi thủ tục cấp phép xây dựng "nhà ở riêng lẻ" cần những giấy tờ gì?',
  'Kiến nghị Sở xem xét rút ngắn thời gian giải quyết hồ sơ đăng ký kinh doanh, hiện nay mất hơn 10 ngày.',
  'Cho hỏi bao giờ có kết quả hồ sơ đất đai của công ty tôi?\nĐã nộp từ tháng trước.',
  'Đề nghị hướng dẫn cách nộp thuế điện tử cho hộ kinh doanh; nhiều hộ còn vướng mắc.',
  'Vì sao dịch vụ công trực tuyến mức độ 4 hay bị lỗi khi tải hồ sơ lên?',
  'Doanh nghiệp gặp khó khăn về mặt bằng sản xuất, mong UBND hỗ trợ.',
  '=SUM(A1:A2) kiến nghị thử ký tự đặc biệt, dấu phẩy, và "ngoặc kép"',
];

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function competitionRanks(scores: (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((t) => t !== null && t > s).length));
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The sample analysis; `variant` shifts the figures (a "previous period" for deltas). */
export function makeSampleAnalysis(variant = 0): Analysis {
  const random = mulberry32(42 + variant);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const all = [
    ...DEPARTMENTS.map(([id, name]) => ({ id, name, kind: 'department' as const })),
    ...LOCALITIES.map(([id, name]) => ({ id, name, kind: 'locality' as const })),
  ];

  const weekly: WeeklyRow[] = [];
  const petitions: PetitionRow[] = [];
  const units: UnitResult[] = [];
  let petitionNo = 0;

  for (const [u, unit] of all.entries()) {
    const silent = unit.id === 'van-don' && variant === 0; // no posts: flags, empty charts
    const noPetitions = unit.id === 'bhxh';
    let posts = 0, comments = 0, reactions = 0, activeWeeks = 0, pet = 0, answered = 0, onTime = 0;
    const responseHours: number[] = [];
    for (let w = 0; w < WEEKS; w++) {
      const weekStart = addDays(FIRST_WEEK, 7 * w);
      const p = silent ? 0 : int(0, 5);
      const c = p === 0 ? 0 : int(0, 6 * p);
      const r = p === 0 ? 0 : int(p, 25 * p);
      const rowPetitions = p === 0 || noPetitions ? 0 : int(0, 2);
      let rowAnswered = 0, rowOnTime = 0;
      const rowHours: number[] = [];
      for (let k = 0; k < rowPetitions; k++) {
        petitionNo += 1;
        const created = Date.parse(`${addDays(weekStart, int(0, 4))}T0${int(1, 9)}:${String(int(10, 59))}:00Z`);
        const isAnswered = random() < 0.72;
        const workingHours = isAnswered ? round(random() < 0.6 ? random() * 8 : 8 + random() * 60, 3) : null;
        const hours = workingHours === null ? null : round(workingHours * 2.1, 3);
        const postId = `${PAGE_ID}_${5000 + petitionNo}`;
        const authorPick = int(0, 9);
        const author = authorPick < 2
          ? { authorId: ASSOCIATIONS[authorPick]![0], authorKind: 'association' as const }
          : authorPick < 6 ? { authorId: BUSINESSES[authorPick - 2]![0], authorKind: 'business' as const }
          : authorPick < 9 ? { authorId: `anon:${int(1, INDIVIDUALS)}`, authorKind: 'individual' as const }
          : { authorId: null, authorKind: 'anonymous' as const };
        petitions.push({
          commentId: `${postId}_${9000 + petitionNo}`,
          postId,
          permalinkUrl: `https://www.facebook.com/ddciquangninh/posts/${5000 + petitionNo}`,
          unitId: unit.id,
          routedBy: petitionNo % 11 === 0 ? 'alias' : 'post',
          ...author,
          createdTime: new Date(created).toISOString(),
          message: MESSAGES[petitionNo % MESSAGES.length]!,
          responseCommentId: isAnswered ? `${postId}_${9500 + petitionNo}` : null,
          responseTime: hours === null ? null : new Date(created + hours * 3_600_000).toISOString(),
          responseHours: hours,
          responseWorkingHours: workingHours,
          onTime: workingHours === null ? null : workingHours <= 8,
          // SPEC 4.6, derived from the petition's number (no draw: the random stream stays as it was).
          outcome: !isAnswered || author.authorId === null ? null : (['acknowledged', 'reasked', 'silent'] as const)[petitionNo % 3]!,
          answerSubstantive: isAnswered ? petitionNo % 4 !== 0 : null,
          answerTemplated: isAnswered ? petitionNo % 5 === 0 : null,
          disappeared: petitionNo % 6 === 0 && !isAnswered,
          lastSeenIn: petitionNo % 6 === 0 && !isAnswered ? 'w02/feed.json' : null,
          edited: petitionNo % 7 === 0,
          waitingWorkingHours: null,
          topics: [],
        });
        if (workingHours !== null) {
          rowAnswered += 1;
          rowHours.push(workingHours);
          if (workingHours <= 8) rowOnTime += 1;
        }
      }
      rowHours.sort((a, b) => a - b);
      const median = rowHours.length === 0 ? null
        : rowHours.length % 2 ? rowHours[(rowHours.length - 1) / 2]!
        : (rowHours[rowHours.length / 2 - 1]! + rowHours[rowHours.length / 2]!) / 2;
      weekly.push({
        weekStart, unitId: unit.id, posts: p, commentsReceived: c, reactionsReceived: r,
        petitions: rowPetitions, answered: rowAnswered, onTime: rowOnTime, medianResponseWorkingHours: median, unavailable: {},
      });
      posts += p; comments += c; reactions += r; pet += rowPetitions; answered += rowAnswered; onTime += rowOnTime;
      responseHours.push(...rowHours);
      if (p > 0) activeWeeks += 1;
    }
    responseHours.sort((a, b) => a - b);
    const quantile = (q: number) => {
      if (responseHours.length === 0) return null;
      const pos = (responseHours.length - 1) * q;
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      return responseHours[lo]! + (responseHours[hi]! - responseHours[lo]!) * (pos - lo);
    };
    const shares = silent ? 0 : int(0, 40);
    const reach = silent ? 0 : int(5, 60);
    const businessReach = silent ? 0 : int(0, Math.floor(reach / 2));
    const associationReach = silent ? 0 : int(0, 3);
    const flags: string[] = [];
    if (posts === 0) flags.push('no_posts');
    if (pet === 0) flags.push('no_petitions');
    units.push({
      unitId: unit.id,
      name: unit.name,
      kind: unit.kind,
      posts,
      activeWeeks,
      weeks: WEEKS,
      longestGapDays: posts < 2 ? null : round(1 + random() * 20, 4),
      tthcPosts: Math.floor(posts / 3),
      tthcShare: posts === 0 ? null : Math.floor(posts / 3) / posts,
      commentsReceived: comments,
      reactionsReceived: reactions,
      sharesReceived: shares,
      commentsTruncated: u === 2 ? 3 : 0,
      interactionsPerPost: posts === 0 ? null : (comments + reactions + shares) / posts,
      tthcInteractionsPerPost: posts === 0 ? null : (comments + reactions) / posts * 1.3,
      petitions: pet,
      answered,
      unanswered: pet - answered,
      responseRate: pet === 0 ? null : answered / pet,
      medianResponseHours: quantile(0.5) === null ? null : quantile(0.5)! * 2.1,
      medianResponseWorkingHours: quantile(0.5),
      p90ResponseWorkingHours: quantile(0.9),
      withinSlaRate: pet === 0 ? null : onTime / pet,
      // SPEC 4.6 (filled below from the petitions, with no draw)
      acknowledgedRate: null,
      reaskRate: null,
      substantiveRate: null,
      templatedRate: null,
      answerReactions: answered === 0 ? {} : { LIKE: 3 * answered, LOVE: answered, ANGRY: u % 3 },
      negativeShare: answered === 0 || 4 * answered + (u % 3) < 5 ? null : (u % 3) / (4 * answered + (u % 3)),
      petitionsDisappeared: null,
      disappearedPetitions: [],
      unverifiablePosts: u === 2 ? 1 : 0,
      reach,
      businessReach,
      associationReach,
      cascadeReach: reach + (silent ? 0 : int(0, 30)),
      cascadeDepth: silent ? 0 : int(0, 3),
      amplifiers: silent ? [] : ASSOCIATIONS.slice(0, int(0, 2)).map(([id]) => id),
      inWeight: comments + reactions,
      outWeight: int(0, 20),
      pagerank: 0,
      betweenness: u === 0 ? -0 : random() * 0.05,
      community: u % 3,
      subIndices: { activity: null, engagement: null, responsiveness: null, spread: null },
      score: null,
      rank: null,
      flags: u === 2 ? [...flags, 'comments_truncated'] : flags,
      unavailable: {},
    });
  }

  // Sub-indices 0–10, score, competition rank within the kind.
  for (const kind of ['department', 'locality'] as const) {
    const group = units.filter((x) => x.kind === kind);
    for (const x of group) {
      const activity = x.posts === 0 ? 0 : round(2 + random() * 8, 6);
      const engagement = x.posts === 0 ? 0 : random() * 10;
      const responsiveness = x.petitions === 0 ? null : random() * 10;
      const spread = random() * 10;
      const parts = [activity, engagement, responsiveness, spread].filter((v): v is number => v !== null);
      x.subIndices = { activity, engagement, responsiveness, spread };
      x.score = (parts.reduce((a, b) => a + b, 0) / parts.length) * 10;
      if (responsiveness === null) x.flags.push('no_responsiveness_subindex');
    }
    // A tie, for competition ranking (1, 2, 2, 4).
    if (kind === 'department') group[4]!.score = group[3]!.score;
    const ranks = competitionRanks(group.map((x) => x.score));
    group.forEach((x, i) => { x.rank = ranks[i]!; });
  }

  // Actors: units (agency), the page, associations, businesses, individuals (pseudonymised).
  const actors: ActorResult[] = [];
  const actor = (id: string, name: string | null, kind: ActorResult['kind'], unitId: string | null, i: number): ActorResult => ({
    id, name, kind, unitId,
    inWeight: int(0, 80), outWeight: int(0, 40),
    pagerank: 0, betweenness: i === 3 ? -0 : random() * 0.1, community: i % 4,
    harmonic: random() * 20, eigenvector: kind === 'individual' && i % 5 === 0 ? null : random(),
    hub: random() * 0.2, authority: random() * 0.2, coreNumber: int(0, 6),
    constraint: i % 7 === 0 ? null : random(), effectiveSize: i % 7 === 0 ? null : random() * 10,
  });
  let i = 0;
  for (const x of units) actors.push(actor(`unit:${x.unitId}`, x.name, 'agency', x.unitId, i++));
  actors.push(actor(PAGE_ID, 'DDCI Quảng Ninh', 'page', null, i++));
  for (const [id, name] of ASSOCIATIONS) actors.push(actor(id, name, 'association', null, i++));
  for (const [id, name] of BUSINESSES) actors.push(actor(id, name, 'business', null, i++));
  for (let k = 1; k <= INDIVIDUALS; k++) actors.push(actor(`anon:${k}`, null, 'individual', null, i++));
  const weights = actors.map((a) => (a.kind === 'agency' || a.kind === 'page' ? 3 : 1) * (0.2 + random()));
  const total = weights.reduce((a, b) => a + b, 0);
  actors.forEach((a, k) => { a.pagerank = weights[k]! / total; });
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const x of units) x.pagerank = actors.find((a) => a.id === `unit:${x.unitId}`)!.pagerank;
  // A tiny figure that String() writes in exponent form.
  actors[0]!.hub = 1.5e-7;

  // An unrouted question (no responsible unit).
  petitions.push({
    commentId: `${PAGE_ID}_4999_8999`, postId: `${PAGE_ID}_4999`,
    permalinkUrl: `https://www.facebook.com/ddciquangninh/posts/4999`,
    unitId: null, routedBy: null, authorId: 'anon:3', authorKind: 'individual',
    createdTime: '2025-01-08T02:30:00.000Z', message: 'Cho hỏi ai phụ trách việc cấp giấy chứng nhận an toàn thực phẩm?',
    responseCommentId: null, responseTime: null, responseHours: null, responseWorkingHours: null, onTime: null,
    outcome: null, answerSubstantive: null, answerTemplated: null, disappeared: null, lastSeenIn: null, edited: null,
    waitingWorkingHours: null, topics: [],
  });

  // SPEC 4.6 unit figures from the petitions above, as the metrics define them.
  for (const x of units) {
    const own = petitions.filter((p) => p.unitId === x.unitId);
    const measured = own.filter((p) => p.outcome !== null);
    const answeredOwn = own.filter((p) => p.responseCommentId !== null);
    const share = (n: number, d: number) => (d === 0 ? null : n / d);
    x.acknowledgedRate = share(measured.filter((p) => p.outcome === 'acknowledged').length, measured.length);
    x.reaskRate = share(measured.filter((p) => p.outcome === 'reasked').length, measured.length);
    x.substantiveRate = share(answeredOwn.filter((p) => p.answerSubstantive).length, answeredOwn.length);
    x.templatedRate = share(answeredOwn.filter((p) => p.answerTemplated).length, answeredOwn.length);
    const gone = own.filter((p) => p.disappeared === true);
    x.petitionsDisappeared = own.length === 0 ? null : gone.length;
    x.disappearedPetitions = gone.map((p) => p.commentId);
  }

  // Topics by the default lexicon; an unanswered routed petition waits (roughly 40 working hours
  // a week) until the end of the period's last day.
  const lastWeek = addDays(FIRST_WEEK, 7 * (WEEKS - 1));
  const periodEnd = Date.parse(`${addDays(lastWeek, 5)}T00:00:00+07:00`);
  const topicsOf = makeTopicClassifier(DEFAULT_TOPIC_MARKERS);
  for (const p of petitions) {
    p.topics = topicsOf(p.message);
    if (p.unitId !== null && p.responseCommentId === null) {
      p.waitingWorkingHours = round(Math.max(0, periodEnd - Date.parse(p.createdTime)) / 3_600_000 * (40 / 168), 3);
    }
  }
  const topicRows = new Map<string, Analysis['topics'][number]>();
  const order = [...DEFAULT_TOPIC_MARKERS.map((t) => t.name), null];
  for (const p of petitions) {
    for (const topic of p.topics.length ? p.topics : [null]) {
      const key = `${String(order.indexOf(topic)).padStart(2, "0")}|${p.unitId === null ? '~' : String(all.findIndex((x) => x.id === p.unitId)).padStart(3, '0')}`;
      const row = topicRows.get(key) ?? { topic, unitId: p.unitId, petitions: 0, answered: 0, onTime: 0, responseRate: null, withinSlaRate: null, medianResponseWorkingHours: null };
      row.petitions += 1;
      if (p.responseCommentId !== null) row.answered += 1;
      if (p.onTime) row.onTime += 1;
      row.responseRate = row.answered / row.petitions;
      row.withinSlaRate = row.onTime / row.petitions;
      topicRows.set(key, row);
    }
  }
  const topics = [...topicRows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);

  const routed = petitions.filter((p) => p.unitId !== null);
  const sum = (f: (u: UnitResult) => number | null) => units.reduce((a, x) => a + (f(x) ?? 0), 0);
  const period = {
    posts: sum((x) => x.posts) + 3, comments: sum((x) => x.commentsReceived) + 40, reactions: sum((x) => x.reactionsReceived), shares: 27,
    petitions: petitions.length,
  };
  return AnalysisSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    period: { from: FIRST_WEEK, to: addDays(lastWeek, 4), timezone: 'Asia/Ho_Chi_Minh', weeks: WEEKS, ...period },
    // The export holds more than the period (earlier weeks).
    ingest: {
      files: 3, posts: period.posts + 31, comments: period.comments + 120, reactions: period.reactions + 410, shares: 33, duplicates: 5, rejected: 2,
      asOf: '2025-04-01T00:00:00.000Z',
    },
    network: {
      nodes: actors.length, edges: 96, density: 96 / (actors.length * (actors.length - 1)), reciprocity: 0.1875,
      communities: 4, modularity: 0.3127, unroutedPetitions: petitions.length - routed.length, unavailable: {},
    },
    units,
    actors,
    associations: ASSOCIATIONS.map(([id, name], k) => ({
      id, name, sharesOfUnitPosts: 12 - 4 * k, unitsAmplified: 6 - 2 * k, reachGenerated: 40 - 10 * k, questionsRaised: k,
      betweenness: actors.find((a) => a.id === id)!.betweenness, constraint: 0.3 + 0.1 * k,
      brokerage: { coordinator: 0, gatekeeper: 2 * k, representative: 1, itinerant: 3, liaison: 9 - 3 * k },
      businessToAgencyPaths: 7 - 2 * k,
    })),
    weekly,
    petitions,
    topics,
    privacy: { pseudonymized: true, keyed: false },
  });
}

/** The interaction graph of the sample: the same nodes as `actors`, seeded edges. */
export function makeSampleGraph(analysis: Analysis = makeSampleAnalysis()): DirectedGraph {
  const random = mulberry32(7);
  const graph = new DirectedGraph();
  for (const a of analysis.actors) {
    graph.addNode(a.id, { kind: a.kind, label: a.kind === 'individual' ? null : a.name, unitId: a.unitId });
  }
  const keys = analysis.actors.map((a) => a.id);
  const units = keys.filter((k) => k.startsWith('unit:'));
  const others = keys.filter((k) => !k.startsWith('unit:'));
  for (const source of others) {
    const targets = new Set<string>();
    const n = 2 + Math.floor(random() * 5);
    for (let k = 0; k < n; k++) targets.add(units[Math.floor(random() * units.length)]!);
    for (const target of [...targets].sort()) {
      const comment = Math.floor(random() * 4);
      const reaction = 1 + Math.floor(random() * 8);
      const share = source.startsWith('2') ? Math.floor(random() * 3) : 0;
      graph.addDirectedEdge(source, target, { weight: comment + reaction + share, comment, reply: 0, reaction, share, mention: 0 });
    }
  }
  for (let k = 0; k < units.length; k++) {
    const source = units[k]!;
    const target = others[Math.floor(random() * others.length)]!;
    graph.addDirectedEdge(source, target, { weight: 1, comment: 0, reply: 1, reaction: 0, share: 0, mention: 0 });
  }
  return graph;
}
