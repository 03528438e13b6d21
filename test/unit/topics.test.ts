import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis } from '../../src/analysis/schema';
import { parseConfig } from '../../src/config/parse';
import { makeTopicClassifier } from '../../src/metrics/topics';
import { loadConfig } from '../../src/node/cli';
import { loadExport } from '../../src/node/loadExport';
import { DEFAULT_TOPIC_MARKERS } from '../../src/text/lexicons';
import { comment, dataset, ingested, makeConfig, post } from '../helpers/dataset';
import { formatErrorPath } from '../../src/errors';

const fixture = new URL('../../fixtures/ddci-page/', import.meta.url).pathname;

describe('makeTopicClassifier (issue 11: petitions by topic)', () => {
  const topicsOf = makeTopicClassifier(DEFAULT_TOPIC_MARKERS);

  it('matches folded whole words: with or without diacritics, any case', () => {
    expect(topicsOf('Xin hỏi về HÓA ĐƠN điện tử?')).toEqual(['Thuế']);
    expect(topicsOf('xin hoi ve hoa don dien tu')).toEqual(['Thuế']);
    expect(topicsOf('Cho hỏi thủ tục cấp phép xây dựng nhà xưởng?')).toEqual(['Xây dựng']);
    expect(topicsOf('Kiến nghị về BHXH cho người lao động')).toEqual(['BHXH', 'Lao động – việc làm']);
  });

  it('never reads a bare folded word with two meanings: thuê (rent) is no tax, sơ đồ no land title', () => {
    expect(topicsOf('Cho hỏi giá thuê nhà xưởng?')).toEqual([]);
    expect(topicsOf('Xin sơ đồ tuyến xe buýt?')).toEqual([]);
    expect(topicsOf('Thủ tục thuê đất ở KCN thế nào?')).toEqual(['Đất đai', 'Đầu tư']);
  });

  it('lists several topics in lexicon order, each once, and none for other text', () => {
    expect(topicsOf('Hóa đơn và mã số thuế, rồi đất đai, rồi hoàn thuế')).toEqual(['Thuế', 'Đất đai']);
    expect(topicsOf('Bao giờ có kết quả?')).toEqual([]);
  });

  it('uses a configured lexicon, markers folded (given with or without diacritics)', () => {
    const custom = makeTopicClassifier([{ name: 'Du lịch', markers: ['lữ hành', 'khach san'] }]);
    expect(custom('Giấy phép LỮ HÀNH quốc tế?')).toEqual(['Du lịch']);
    expect(custom('Khách sạn 3 sao')).toEqual(['Du lịch']);
    expect(custom('Hóa đơn')).toEqual([]);
  });
});

describe('topicMarkers in the configuration', () => {
  it('defaults to the default lexicon, and a given list replaces it', () => {
    expect(makeConfig().topicMarkers.map((t) => t.name)).toEqual(DEFAULT_TOPIC_MARKERS.map((t) => t.name));
    expect(makeConfig({ topicMarkers: [{ name: 'Du lịch', markers: ['lu hanh'] }] }).topicMarkers).toEqual([{ name: 'Du lịch', markers: ['lu hanh'] }]);
  });

  it('refuses duplicate names, empty lists and markers that fold to nothing, each by its path', () => {
    const result = parseConfig({
      units: [{ id: 'a', name: 'A', kind: 'department', accounts: ['1'] }],
      topicMarkers: [{ name: 'X', markers: ['x'] }, { name: 'X', markers: ['?!'] }, { name: 'Y', markers: [] }],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => formatErrorPath(p.path));
    expect(problems).toEqual(expect.arrayContaining(['topicMarkers[1].name', 'topicMarkers[1].markers[0]', 'topicMarkers[2].markers']));
  });
});

describe('analysis.topics and petitions[].topics (hand-computed)', () => {
  // Two petitions on so-khdt's post (tax: answered on time; land: unanswered), one on so-tc's
  // post about tax and land (answered late), one question under the page's post naming no unit.
  const config = makeConfig({ slaWorkingHours: 8 });
  const input = ingested(dataset({
      posts: [
        post('p1', { h: 0, from: 'acc-khdt', message: 'Thông báo' }),
        post('p2', { h: 0, from: 'acc-tc', message: 'Thông báo' }),
        post('p3', { h: 0, from: 'page', message: 'Tin chung' }),
      ],
      comments: [
        comment('c1', 'p1', { h: 1, from: 'biz', message: 'Xin hỏi về hóa đơn điện tử?' }),
        comment('r1', 'p1', { h: 2, from: 'acc-khdt', parent: 'c1', message: 'Đã trả lời' }),
        comment('c2', 'p1', { h: 1, from: 'biz', message: 'Kiến nghị giải phóng mặt bằng' }),
        comment('c3', 'p2', { h: 1, from: 'biz', message: 'Thuế đất và hóa đơn thế nào?' }),
        comment('r3', 'p2', { h: 30, from: 'acc-tc', parent: 'c3', message: 'Trả lời' }),
        comment('c4', 'p3', { h: 1, from: 'biz', message: 'Ai phụ trách?' }),
      ],
      names: { biz: 'Công ty TNHH A' },
  }));
  let analysis: Analysis;
  beforeAll(() => {
    analysis = analyze(input, config, { reveal: true });
  });

  it('gives each petition its topics', () => {
    const topics = Object.fromEntries(analysis.petitions.map((p) => [p.commentId, p.topics]));
    expect(topics).toEqual({ c1: ['Thuế'], c2: ['Đất đai'], c3: ['Thuế', 'Đất đai'], c4: [] });
  });

  it('counts per topic and unit, in lexicon order, unrouted last, with rates over the petitions', () => {
    const rows = analysis.topics.map((r) => [r.topic, r.unitId, r.petitions, r.answered, r.onTime, r.responseRate, r.withinSlaRate]);
    expect(rows).toEqual([
      ['Thuế', 'so-khdt', 1, 1, 1, 1, 1],
      ['Thuế', 'so-tc', 1, 1, 0, 1, 0],
      ['Đất đai', 'so-khdt', 1, 0, 0, 0, 0],
      ['Đất đai', 'so-tc', 1, 1, 0, 1, 0],
      [null, null, 1, 0, 0, 0, 0],
    ]);
  });

  it('the waiting time of an unanswered routed petition runs to the end of the last day, in working hours', () => {
    const c2 = analysis.petitions.find((p) => p.commentId === 'c2')!;
    // T0 = Monday 08:00 local; the period's last day is that Monday (posts at h 0); c2 at 09:00.
    // Working hours 09:00–11:30 and 13:30–17:00: 2.5 + 3.5 = 6.
    expect(c2.waitingWorkingHours).toBe(6);
    for (const p of analysis.petitions.filter((x) => x.responseCommentId !== null || x.unitId === null)) expect(p.waitingWorkingHours).toBeNull();
  });
});

describe('analysis.topics on the ddci-page fixture (invariants)', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const input = await loadExport([join(fixture, 'export')]);
    analysis = analyze(input, await loadConfig(join(fixture, 'config.json')));
  });

  it('each topic row counts exactly the petitions of its unit that carry the topic', () => {
    expect(analysis.topics.length).toBeGreaterThan(5);
    for (const row of analysis.topics) {
      const mine = analysis.petitions.filter((p) => p.unitId === row.unitId && (row.topic === null ? p.topics.length === 0 : p.topics.includes(row.topic)));
      expect(row.petitions).toBe(mine.length);
      expect(row.answered).toBe(mine.filter((p) => p.responseCommentId !== null).length);
      expect(row.onTime).toBe(mine.filter((p) => p.onTime === true).length);
      expect(row.responseRate).toBe(row.answered / row.petitions);
    }
  });

  it('every petition is counted under each of its topics, or under "other"', () => {
    const total = analysis.topics.reduce((sum, r) => sum + r.petitions, 0);
    expect(total).toBe(analysis.petitions.reduce((sum, p) => sum + Math.max(1, p.topics.length), 0));
  });
});
