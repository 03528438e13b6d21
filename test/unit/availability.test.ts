/**
 * Null with the reason (SPEC 2.2, issue 9 item 4; docs/decisions.md "Formats"): a figure that needs
 * what the input's formats cannot tell is null — never 0 — and the Analysis names the reason. Hand
 * counted on small exports: a Graph API file (everything) beside a CrowdTangle file (post counts
 * only), each unit's posts in one, the other or both.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { FIGURE_NEEDS, NEEDS, UNAVAILABLE_REASONS, unitAvailability, type InputCapabilities, type UnavailableReason } from '../../src/analysis/availability';
import type { Post } from '../../src/model/types';
import { AnalysisSchema } from '../../src/analysis/schema';
import { ingestFiles } from '../../src/ingest/index';
import { FULL_CAPABILITIES, type FileCapabilities } from '../../src/model/types';
import { makeConfig } from '../helpers/dataset';

const AS_OF = Date.parse('2025-04-01T00:00:00Z');
const config = makeConfig();

const CT_HEADER = 'Page Name,Facebook Id,Post Created,Type,Total Interactions,Likes,Comments,Shares,Love,Wow,Haha,Sad,Angry,Care,URL,Message';
/** A CrowdTangle row: likes, comments, shares (other reactions 0). */
const ctRow = (account: string, post: string, time: string, likes: number, comments: number, shares: number) =>
  `Page ${account},${account},${time} ICT,Status,${likes + comments + shares},${likes},${comments},${shares},0,0,0,0,0,0,https://www.facebook.com/${account}/posts/${post},Tin ${post}`;
const ctFile = (...rows: string[]) => ({ name: 'b-crowdtangle.csv', content: [CT_HEADER, ...rows].join('\n') + '\n' });

const graphPost = (id: string, from: string, time: string, comments: { id: string; from: string; message: string }[], reactors: string[] = []) => ({
  id, created_time: time, message: `Bài ${id}`, from: { id: from, name: from },
  comments: { data: comments.map((c, i) => ({ id: c.id, created_time: time.replace(/T(\d\d)/, (_m, h) => `T${String(Number(h) + i + 1).padStart(2, '0')}`), message: c.message, from: { id: c.from, name: c.from === 'biz' ? 'Công ty TNHH Biển Xanh' : 'Nguyễn Văn An' } })) },
  reactions: { data: reactors.map((r) => ({ id: r, name: 'Nguyễn Văn An', type: 'LIKE' })) },
});
const graphFile = (...posts: object[]) => ({ name: 'a-graph.json', content: JSON.stringify({ data: posts }) });

const unit = (analysis: ReturnType<typeof analyze>, id: string) => analysis.units.find((u) => u.unitId === id)!;

describe('the needs: from what a format can tell to the reason a figure is null', () => {
  const caps = (o: Partial<FileCapabilities>): FileCapabilities => ({ ...FULL_CAPABILITIES, ...o });
  const crowdtangle = caps({ comments: false, reactionActors: false, replyParents: false, shareRelations: false });
  const dyi = caps({ comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: false });
  const minimaxir = caps({ reactionActors: false, shareRelations: false });
  const netvizz = caps({ reactionActors: false, replyParents: false, shareRelations: false });

  test.each([
    ['Graph API', FULL_CAPABILITIES, { counts: null, commentVolume: null, commentRecords: null, answers: null, reach: null, cascade: null, graph: null }],
    ['CrowdTangle', crowdtangle, { counts: null, commentVolume: null, commentRecords: 'counts_only', answers: 'counts_only', reach: 'counts_only', cascade: 'no_share_relations', graph: 'counts_only' }],
    ['DYI', dyi, { counts: 'no_counts', commentVolume: 'no_comments', commentRecords: 'no_comments', answers: 'no_comments', reach: 'no_comments', cascade: 'no_share_relations', graph: 'no_comments' }],
    ['minimaxir', minimaxir, { counts: null, commentVolume: null, commentRecords: null, answers: null, reach: 'no_reaction_identities', cascade: 'no_share_relations', graph: 'no_reaction_identities' }],
    ['Netvizz', netvizz, { counts: null, commentVolume: null, commentRecords: null, answers: 'no_reply_parents', reach: 'no_reaction_identities', cascade: 'no_share_relations', graph: 'no_reaction_identities' }],
  ] as const)('%s', (_name, c, expected) => {
    const got = Object.fromEntries(Object.keys(expected).map((k) => [k, NEEDS[k as keyof typeof NEEDS](c)]));
    expect(got).toEqual(expected);
  });

  test('every reason is a declared one; every figure with a need is nullable in the schema', () => {
    const parsed = AnalysisSchema.shape;
    for (const [part, figures] of Object.entries(FIGURE_NEEDS)) {
      const shape = part === 'units' ? parsed.units.element.shape : part === 'weekly' ? parsed.weekly.element.shape : parsed.network.shape;
      for (const field of Object.keys(figures)) expect((shape as Record<string, { safeParse(v: unknown): { success: boolean } }>)[field]!.safeParse(null).success, `${part}.${field}`).toBe(true);
    }
    expect([...UNAVAILABLE_REASONS].sort()).toEqual(['counts_only', 'no_comments', 'no_counts', 'no_reaction_identities', 'no_reply_parents', 'no_share_relations']);
  });
});

describe('unitAvailability: the posts\' capabilities read once per post', () => {
  const caps = (o: Partial<FileCapabilities>): FileCapabilities => ({ ...FULL_CAPABILITIES, ...o });
  const kinds = [FULL_CAPABILITIES, caps({ comments: false, reactionActors: false, replyParents: false, shareRelations: false }), caps({ reactionActors: false, shareRelations: false })];
  /** The rule as SPEC 2.2 words it, post by post (the oracle): a figure is null when every post lacks it (the first post's reason), partial when some do. */
  const postByPost = (postCaps: FileCapabilities[], run: FileCapabilities) => {
    const partial = new Set<UnavailableReason>();
    const decide = (needs: typeof FIGURE_NEEDS.units | typeof FIGURE_NEEDS.weekly, into: Set<UnavailableReason>) => {
      const out: Record<string, UnavailableReason> = {};
      for (const [field, { need, scope }] of Object.entries(needs)) {
        const lacking = postCaps.map(need).filter((r): r is UnavailableReason => r !== null);
        const reason = scope === 'run' || postCaps.length === 0 ? need(run) : lacking.length === postCaps.length ? lacking[0] : null;
        if (reason !== null) out[field] = reason;
        else if (lacking.length > 0) into.add(lacking[0]);
      }
      return out;
    };
    const unavailable = decide(FIGURE_NEEDS.units, partial);
    return { unavailable, partial: UNAVAILABLE_REASONS.filter((r) => partial.has(r)), weekly: decide(FIGURE_NEEDS.weekly, new Set()) };
  };

  test.each([[[]], [[0]], [[1]], [[1, 1, 2]], [[2, 1, 0]], [[0, 1]], [[1, 2, 1, 0, 2]]])('posts of kinds %j: as post by post, one capability look-up per post (regression guard)', (order) => {
    const posts = order.map((_, i) => ({ id: `p${i}` }) as Post);
    let lookups = 0;
    const input: InputCapabilities = { run: caps({ shareRelations: false }), post: (p) => (lookups++, kinds[order[Number(p.id.slice(1))]]) };
    const got = unitAvailability(input, posts);
    expect(lookups).toBe(posts.length);
    expect(got).toEqual(postByPost(order.map((k) => kinds[k]), input.run));
  });
});

describe('a CrowdTangle file alone: counts give activity and engagement, the rest is null with counts_only', () => {
  const input = ingestFiles([ctFile(
    ctRow('acc-tc', '1', '2025-03-04 09:00:00', 10, 4, 2),
    ctRow('acc-tc', '2', '2025-03-05 09:00:00', 6, 0, 1),
    ctRow('acc-hl', '3', '2025-03-05 10:00:00', 1, 3, 0),
  )], { asOf: AS_OF });
  const analysis = analyze(input, config);

  test('comments received are the posts\' comment counts (SPEC 2.2); reactions and shares their counts', () => {
    const tc = unit(analysis, 'so-tc');
    expect(tc).toMatchObject({ posts: 2, commentsReceived: 4, reactionsReceived: 16, sharesReceived: 3, interactionsPerPost: (16 + 4 + 3) / 2 });
    expect(tc).toMatchObject({ commentsTruncated: null, petitions: null, answered: null, reach: null, businessReach: null, cascadeReach: null, amplifiers: null, inWeight: null, pagerank: null });
    expect(tc.unavailable).toMatchObject({ commentsTruncated: 'counts_only', petitions: 'counts_only', reach: 'counts_only', cascadeReach: 'no_share_relations', pagerank: 'counts_only' });
    expect(tc.flags).toEqual(['no_tthc_posts', 'counts_only', 'no_share_relations', 'no_responsiveness_subindex']);
  });

  test('the network is null with its reasons, and there are no actor or association rows', () => {
    expect(analysis.network).toMatchObject({ nodes: null, edges: null, density: null, modularity: null, unroutedPetitions: null });
    expect(analysis.network.unavailable).toEqual({
      nodes: 'counts_only', edges: 'counts_only', density: 'counts_only', reciprocity: 'counts_only', communities: 'counts_only', modularity: 'counts_only', unroutedPetitions: 'counts_only',
    });
    expect([analysis.actors, analysis.associations]).toEqual([[], []]);
  });

  test('weekly rows: posts and counts, petitions null with the reason', () => {
    const row = analysis.weekly.find((w) => w.unitId === 'so-tc' && w.posts > 0)!;
    expect(row).toMatchObject({ posts: 2, commentsReceived: 4, reactionsReceived: 16, petitions: null, answered: null, onTime: null, medianResponseWorkingHours: null });
    expect(row.unavailable).toEqual({ petitions: 'counts_only', answered: 'counts_only', onTime: 'counts_only', medianResponseWorkingHours: 'counts_only' });
  });

  test('the scorecard skips null indicators (SPEC 4.3): engagement on interactions per post alone, responsiveness null', () => {
    const tc = unit(analysis, 'so-tc');
    const hl = unit(analysis, 'ha-long');
    // Departments: so-tc has posts, so-khdt none (its interactionsPerPost is null too): so-tc alone → 10.
    expect(tc.subIndices).toMatchObject({ engagement: 10, responsiveness: null });
    expect(hl.flags).toContain('no_responsiveness_subindex');
    expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  });
});

describe('mixed inputs: a Graph API file beside a CrowdTangle file (the rule of docs/decisions.md)', () => {
  const input = ingestFiles([
    graphFile(
      graphPost('g1', 'acc-khdt', '2025-03-04T02:00:00+0000', [{ id: 'g1_c1', from: 'biz', message: 'Xin hỏi thủ tục?' }, { id: 'g1_c2', from: 'u1', message: 'Cảm ơn' }], ['u1']),
      graphPost('g2', 'acc-tc', '2025-03-04T03:00:00+0000', [{ id: 'g2_c1', from: 'biz', message: 'Tốt' }]),
    ),
    ctFile(
      ctRow('acc-tc', '5', '2025-03-05 09:00:00', 3, 5, 2),
      ctRow('acc-hl', '6', '2025-03-05 10:00:00', 1, 4, 0),
    ),
  ], { asOf: AS_OF });
  const analysis = analyze(input, config);

  test('a unit whose posts all carry comment records: everything, no reason', () => {
    const khdt = unit(analysis, 'so-khdt');
    expect(khdt).toMatchObject({ commentsReceived: 2, reactionsReceived: 1, reach: 2, businessReach: 1, petitions: 1, unavailable: {} });
    expect(khdt.flags.filter((f) => f.includes('counts') || f.startsWith('partial'))).toEqual([]);
  });

  test('a unit with posts of both: records where there are records, counts elsewhere; reach on what there is, flagged partial', () => {
    const tc = unit(analysis, 'so-tc');
    expect(tc).toMatchObject({ posts: 2, commentsReceived: 1 + 5, reactionsReceived: 3, sharesReceived: 2, reach: 1, commentsTruncated: 0, unavailable: {} });
    expect(tc.flags).toContain('partial_counts_only');
    expect(tc.flags).not.toContain('counts_only');
  });

  test('a unit whose posts are all count-only: its post figures null with counts_only; the run\'s figures (petitions, graph) given, flagged partial', () => {
    const hl = unit(analysis, 'ha-long');
    expect(hl).toMatchObject({ commentsReceived: 4, reactionsReceived: 1, reach: null, cascadeReach: null, commentsTruncated: null, petitions: 0 });
    expect(hl.unavailable).toEqual({
      commentsTruncated: 'counts_only', reach: 'counts_only', businessReach: 'counts_only', associationReach: 'counts_only',
      cascadeReach: 'no_share_relations', cascadeDepth: 'no_share_relations', amplifiers: 'no_share_relations',
    });
    expect(hl.flags).toEqual(expect.arrayContaining(['counts_only', 'no_share_relations', 'partial_counts_only']));
    expect(hl.inWeight).not.toBeNull();
  });

  test('a unit without posts follows the run: all available', () => {
    expect(unit(analysis, 'cam-pha')).toMatchObject({ reach: 0, commentsReceived: 0, unavailable: {} });
    expect(analysis.network.unavailable).toEqual({});
  });

  test('the same post in both files is one post that can tell what either file can (its comment records count, not the total)', () => {
    const both = ingestFiles([
      graphFile(graphPost('acc-tc_7', 'acc-tc', '2025-03-05T02:00:00+0000', [{ id: 'c', from: 'biz', message: 'Hỏi?' }])),
      ctFile(ctRow('acc-tc', '7', '2025-03-05 09:00:00', 0, 40, 0)),
    ], { asOf: AS_OF });
    const tc = unit(analyze(both, config), 'so-tc');
    expect(tc).toMatchObject({ posts: 1, commentsReceived: 1, commentsTruncated: 39, reach: 1, unavailable: {} });
    expect(tc.flags).not.toContain('partial_counts_only');
  });
});
