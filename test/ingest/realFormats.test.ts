/**
 * Real CrowdTangle and "Download your information" files written by other tools
 * (../shared/real-exports/crowdtangle-csv, dyi-json; anonymised), read by their adapters and
 * checked against the counts published beside them in counts.json (the oracle: counted by the
 * collection's maintainer with other tools, not by ddci-sna).
 */
import { expect, test } from 'vitest';
import { loadExport } from '../../src/node/loadExport';
import { crowdTangleCount } from '../../src/ingest/formats/crowdtangle';
import { repairMojibake } from '../../src/ingest/decode';
import { countOf as count, describeRealExports, REAL_EXPORTS, tableOf } from '../helpers/shared';
import { AS_OF, expectReconciled } from './helpers';

describeRealExports('real CrowdTangle export (crowdtangle-csv)', () => {
  const name = 'crowdtangle-csv/2021-07-05-22-49-20-BRT-search-csv-export.csv';

  test('every row is a post, none refused; authors, types and the sums per count column equal counts.json', async () => {
    const { dataset, report } = await loadExport([REAL_EXPORTS + name], { asOf: AS_OF });
    expectReconciled(report);
    expect(report.perFile[0]).toMatchObject({ format: 'crowdtangle-csv', identities: 'platform', error: null, rejected: 0, fieldRejects: 0, warnings: [] });
    expect(report.perFile[0]!.capabilities).toEqual({ comments: false, reactionActors: false, replyParents: false, shareRelations: false, postCounts: true });
    expect(report).toMatchObject({ posts: count(name, 'posts'), comments: 0, reactions: 0, shares: 0 });
    expect(new Set(dataset.posts.map((p) => p.fromId)).size).toBe(count(name, 'distinct_pages'));
    const types: Record<string, number> = {};
    for (const p of dataset.posts) types[p.statusType!] = (types[p.statusType!] ?? 0) + 1;
    expect(types).toEqual(tableOf(name, 'types'));
    const sum = (f: (p: (typeof dataset.posts)[number]) => number) => dataset.posts.reduce((s, p) => s + f(p), 0);
    const columns = { Likes: 'LIKE', Love: 'LOVE', Wow: 'WOW', Haha: 'HAHA', Sad: 'SAD', Angry: 'ANGRY', Care: 'CARE' } as const;
    for (const [column, type] of Object.entries(columns)) expect(sum((p) => p.reactionsByType![type]!), column).toBe(count(name, `sum_${column}`));
    expect(sum((p) => p.commentsTotal!)).toBe(count(name, 'sum_Comments'));
    expect(sum((p) => p.sharesCount)).toBe(count(name, 'sum_Shares'));
    // The reactions total is the sum of the seven types, post by post.
    for (const p of dataset.posts) expect(p.reactionsTotal).toBe(Object.values(p.reactionsByType!).reduce((a, b) => a + b, 0));
  });

  test('"Post Created" is BRT (UTC−3); the thousands-separated "Total Interactions" (not read) is the sum of the nine counts', async () => {
    const { dataset } = await loadExport([REAL_EXPORTS + name], { asOf: AS_OF });
    // Neymar Jr.'s post: 2021-07-05 18:02:45 BRT, Total Interactions 407.137.
    const neymar = dataset.posts.find((p) => p.id === '100050295107499_345428873810280')!;
    expect(neymar.createdTime).toBe('2021-07-05T21:02:45.000Z');
    expect(neymar.reactionsTotal! + neymar.commentsTotal! + neymar.sharesCount).toBe(crowdTangleCount('407.137'));
    expect(dataset.actors.find((a) => a.id === '100050295107499')!.name).toBe('Neymar Jr.');
  });
});

describeRealExports('real "Download your information" exports (dyi-json)', () => {
  test('your_posts_1.json: every entry is a post (none refused), with its text, tags and no author', async () => {
    const name = 'dyi-json/your_posts_1.json';
    const { dataset, report } = await loadExport([REAL_EXPORTS + name], { asOf: AS_OF });
    expectReconciled(report);
    expect(report.perFile[0]).toMatchObject({ format: 'dyi-json', identities: 'name', error: null, rejected: 0, duplicates: 0 });
    expect(report.posts).toBe(count(name, 'entries'));
    expect(dataset.posts.filter((p) => p.message !== '')).toHaveLength(count(name, 'entries_with_post_text'));
    expect(dataset.posts.reduce((s, p) => s + p.messageTags.length, 0)).toBe(count(name, 'tags'));
    expect(dataset.posts.filter((p) => p.messageTags.length > 0)).toHaveLength(count(name, 'entries_with_tags'));
    expect(dataset.posts.every((p) => p.fromId === null && p.id.startsWith('dyi:'))).toBe(true);
    // Mojibake repaired: UTF-8 read as Latin-1 leaves `â€`, `Ã`, `ð\u009f` behind; none is left.
    const messages = dataset.posts.map((p) => p.message).join('\n');
    expect(messages).not.toMatch(/â\u0080|Ã|ð\u009f/);
    expect(messages).toContain('ISP\u2019s'); // ’ (E2 80 99)
    expect(messages).toContain('\u{1F602}'); // 😂 (F0 9F 98 82)
  });

  test('likes_and_reactions_1.json: every reaction is an orphan_reaction reject (it names no target), none dropped', async () => {
    const name = 'dyi-json/likes_and_reactions_1.json';
    const { report } = await loadExport([REAL_EXPORTS + name], { asOf: AS_OF });
    expectReconciled(report);
    expect(report.perFile[0]).toMatchObject({ format: 'dyi-json', error: null, read: count(name, 'entries'), posts: 0, reactions: 0 });
    expect(report.rejects).toHaveLength(count(name, 'reactions'));
    expect(report.rejects.every((r) => r.code === 'orphan_reaction' && r.recordType === 'reaction')).toBe(true);
    const records = report.rejects.map((r) => (r.record as { data: { reaction: { reaction: string; actor: string } }[] }).data[0]!.reaction);
    const types: Record<string, number> = {};
    for (const r of records) types[r.reaction] = (types[r.reaction] ?? 0) + 1;
    expect(types).toEqual(tableOf(name, 'reaction_types'));
    expect(new Set(records.map((r) => repairMojibake(r.actor))).size).toBe(count(name, 'distinct_actors'));
  });
});
