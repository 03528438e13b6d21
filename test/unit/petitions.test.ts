import { describe, expect, it, vi } from 'vitest';
import { findPetitions, makeQuestionDetector, type Petition, type PetitionOptions } from '../../src/metrics/petitions';
import { DEFAULT_PETITION_MARKERS } from '../../src/text/lexicons';
import { HOUR, at, comment, makeConfig, post, resolve, type DatasetInput } from '../helpers/dataset';
import { expectClose } from '../helpers/tolerance';

/** A stub calendar: every wall-clock hour is a working hour, unless told otherwise. */
const wallClock: PetitionOptions = { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 };

function petitionsOf(input: DatasetInput, options: PetitionOptions = wallClock, config = makeConfig()): Map<string, Petition> {
  return new Map(findPetitions(resolve(input, config), options).map((p) => [p.comment.id, p]));
}

describe('makeQuestionDetector (SPEC 3.4)', () => {
  const isQuestion = makeQuestionDetector(DEFAULT_PETITION_MARKERS);

  it('a `?` anywhere makes a question (half- or full-width)', () => {
    expect(isQuestion('Bao giờ có kết quả?')).toBe(true);
    expect(isQuestion('Thế này là sao?')).toBe(true);
    expect(isQuestion('ok?!')).toBe(true);
    expect(isQuestion('Khi nào？')).toBe(true);
  });

  it.each([
    ['Xin hỏi thủ tục', 'xin hoi thu tuc'],
    ['Cho hỏi về thuế', 'cho hoi ve thue'],
    ['Đề nghị Sở xem xét', 'de nghi so xem xet'],
    ['Kiến nghị về mặt bằng', 'kien nghi ve mat bang'],
    ['Đề xuất giảm phí', 'de xuat giam phi'],
    ['Vướng mắc hồ sơ', 'vuong mac ho so'],
    ['Khó khăn về vốn', 'kho khan ve von'],
    ['Mong được giải đáp', 'mong duoc giai dap'],
    ['Tại sao chậm', 'tai sao cham'],
    ['Vì sao chưa trả', 'vi sao chua tra'],
    ['Bao giờ xong', 'bao gio xong'],
    ['Khi nào có', 'khi nao co'],
    ['Làm như thế nào', 'lam nhu the nao'],
    ['Làm sao nộp', 'lam sao nop'],
    ['Thắc mắc về phí', 'thac mac ve phi'],
    ['Mất bao lâu', 'mat bao lau'],
  ])('each default marker, with and without diacritics, no `?`: "%s" / "%s"', (withMarks, without) => {
    expect(isQuestion(withMarks)).toBe(true);
    expect(isQuestion(without)).toBe(true);
    expect(isQuestion(withMarks.toUpperCase())).toBe(true);
    expect(isQuestion(withMarks.normalize('NFD'))).toBe(true);
  });

  it('text with neither `?` nor a marker is no question', () => {
    expect(isQuestion('Cảm ơn Sở đã hỗ trợ.')).toBe(false);
    expect(isQuestion('')).toBe(false);
  });

  it('markers match whole words only', () => {
    expect(isQuestion('baogio')).toBe(false);
    expect(isQuestion('kienghi')).toBe(false);
    expect(isQuestion('tai saobien')).toBe(false);
  });

  it('uses the configured markers instead of the defaults', () => {
    const custom = makeQuestionDetector(['hỏi đáp']);
    expect(custom('hoi dap ve thue')).toBe(true);
    expect(custom('xin hỏi')).toBe(false);
    expect(custom('xin hỏi?')).toBe(true);
  });
});

describe('findPetitions: who asks (SPEC 3.4)', () => {
  const input: DatasetInput = {
    posts: [post('p', { from: 'acc-tc' })],
    comments: [
      comment('biz', 'p', { from: 'biz', message: 'Xin hỏi thủ tục' }),
      comment('hh', 'p', { from: 'hh', message: 'Kiến nghị của hội' }),
      comment('ind', 'p', { from: 'ann', message: 'Bao giờ xong?' }),
      comment('anon', 'p', { from: null, message: 'Tại sao chậm' }),
      comment('agency', 'p', { from: 'acc-tc', message: 'Đề nghị bổ sung hồ sơ?' }),
      comment('other-agency', 'p', { from: 'acc-hl', message: 'Xin hỏi Sở?' }),
      comment('page', 'p', { from: 'page', message: 'Bạn cần hỗ trợ gì?' }),
      comment('page-unit', 'p', { from: 'page', message: 'Sở Tài chính hỏi: bạn đã nộp chưa?' }),
      comment('thanks', 'p', { from: 'biz', message: 'Cảm ơn' }),
    ],
    names: { biz: 'Công ty TNHH Hải Long', hh: 'Hiệp hội Du lịch', ann: 'Nguyễn An' },
  };

  it('businesses, associations, individuals and anonymous authors ask; agencies and the page do not', () => {
    const petitions = petitionsOf(input);
    expect([...petitions.keys()].sort()).toEqual(['anon', 'biz', 'hh', 'ind']);
    expect(Object.fromEntries([...petitions].map(([id, p]) => [id, p.authorKind]))).toEqual({
      biz: 'business', hh: 'association', ind: 'individual', anon: 'anonymous',
    });
  });

  it('replies ask too', () => {
    const petitions = petitionsOf({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [comment('c', 'p', { from: 'biz', message: 'Cảm ơn' }), comment('r', 'p', { from: 'ann', parent: 'c', message: 'cho hoi them' })],
    });
    expect([...petitions.keys()]).toEqual(['r']);
    expect(petitions.get('r')!.unitId).toBe('so-tc');
  });

  it('uses the config\'s petition markers', () => {
    const config = makeConfig({ petitionMarkers: ['nhờ tư vấn'] });
    const petitions = petitionsOf(
      { posts: [post('p', { from: 'acc-tc' })], comments: [comment('a', 'p', { from: 'x', message: 'Nho tu van' }), comment('b', 'p', { from: 'x', message: 'Xin hỏi' })] },
      wallClock,
      config,
    );
    expect([...petitions.keys()]).toEqual(['a']);
  });
});

describe('findPetitions: the responsible unit (SPEC 3.4)', () => {
  const config = makeConfig({ assignments: [{ commentId: 'assigned', unitId: 'cam-pha' }, { commentId: 'on-unit-post', unitId: 'cam-pha' }] });
  const petitions = petitionsOf(
    {
      posts: [post('unit-post', { from: 'acc-hl' }), post('page-post', { message: 'Tin chung của trang' })],
      comments: [
        comment('on-unit-post', 'unit-post', { from: 'a', message: 'Sở Tài chính ơi, bao giờ?' }),
        comment('assigned', 'page-post', { from: 'a', message: 'Sở Tài chính ơi, bao giờ?' }),
        comment('one-alias', 'page-post', { from: 'a', message: 'Sở Tài chính ơi, bao giờ?' }),
        comment('two-aliases', 'page-post', { from: 'a', message: 'Sở Tài chính hay Cẩm Phả, bao giờ?' }),
        comment('same-unit-twice', 'page-post', { from: 'a', message: 'Sở KHĐT (Sở Kế hoạch và Đầu tư) ơi?' }),
        comment('no-alias', 'page-post', { from: 'a', message: 'Bao giờ?' }),
      ],
    },
    wallClock,
    config,
  );

  it('1. the unit of the post it is under (an assignment does not override it)', () => {
    expect(petitions.get('on-unit-post')).toMatchObject({ unitId: 'ha-long', routedBy: 'post' });
  });

  it('2. under a post with no unit, the unit an `assignments` entry forwards it to (before aliases)', () => {
    expect(petitions.get('assigned')).toMatchObject({ unitId: 'cam-pha', routedBy: 'assignment' });
  });

  it('3. else the single unit whose alias it names (folded; several aliases of one unit are one unit)', () => {
    expect(petitions.get('one-alias')).toMatchObject({ unitId: 'so-tc', routedBy: 'alias' });
    expect(petitions.get('same-unit-twice')).toMatchObject({ unitId: 'so-khdt', routedBy: 'alias' });
  });

  it('naming two units or none leaves the question unrouted: listed, no unit, no on-time flag', () => {
    for (const id of ['two-aliases', 'no-alias']) {
      expect(petitions.get(id)).toMatchObject({ unitId: null, routedBy: null, response: null, onTime: null });
    }
  });
});

describe('findPetitions: the response (SPEC 3.4)', () => {
  const q = (id: string, h: number, extra: Partial<{ parent: string; from: string | null }> = {}) =>
    comment(id, 'p', { from: 'biz', h, message: 'Xin hỏi?', ...extra });
  const a = (id: string, h: number, parent: string | null, from: string = 'acc-tc', message = 'Trả lời') =>
    comment(id, 'p', { from, h, parent, message });
  const base = [post('p', { from: 'acc-tc' })];

  it('is the earliest comment of the unit in the same thread strictly after the petition', () => {
    const p = petitionsOf({ posts: base, comments: [q('q', 1), a('late', 5, 'q'), a('early', 3, 'q'), a('before', 0.5, null)] }).get('q')!;
    expect(p.response?.id).toBe('early');
    expectClose(p.responseHours, 2);
  });

  it('a unit comment at the same instant as the petition is not a response (strictly after)', () => {
    const p = petitionsOf({ posts: base, comments: [q('q', 2), a('same', 2, 'q')] }).get('q')!;
    expect(p.response).toBeNull();
    expect(p.onTime).toBe(false);
  });

  it('an answer in another thread of the same post does not count', () => {
    const p = petitionsOf({ posts: base, comments: [q('q', 1), a('top-level', 2, null), q('q2', 1), a('other', 2, 'q2')] }).get('q')!;
    expect(p.response).toBeNull();
  });

  it('a reply petition is answered in its thread, even by a reply to the top-level comment before it', () => {
    const petitions = petitionsOf({
      posts: base,
      comments: [
        comment('top', 'p', { from: 'ann', h: 1, message: 'Cảm ơn' }),
        q('reply-q', 2, { parent: 'top' }),
        a('answer', 3, 'top'),
      ],
    });
    expect(petitions.get('reply-q')!.response?.id).toBe('answer');
  });

  it('the petition\'s answer may reply to a reply deeper in the thread', () => {
    const petitions = petitionsOf({
      posts: base,
      comments: [q('q', 1), comment('r', 'p', { from: 'ann', h: 2, parent: 'q', message: 'Tôi cũng vậy' }), a('ans', 4, 'r')],
    });
    expect(petitions.get('q')!.response?.id).toBe('ans');
  });

  it('another unit\'s comment, the page without the unit\'s alias, or another user do not answer for the unit', () => {
    const p = petitionsOf({
      posts: base,
      comments: [
        q('q', 1),
        a('other-unit', 2, 'q', 'acc-hl'),
        a('page-plain', 3, 'q', 'page', 'Đã chuyển câu hỏi'),
        a('page-other-unit', 4, 'q', 'page', 'UBND Hạ Long trả lời'),
        a('user', 5, 'q', 'ann'),
      ],
    }).get('q')!;
    expect(p.response).toBeNull();
  });

  it('the page answering on the unit\'s behalf (naming its alias) is the unit\'s response', () => {
    const p = petitionsOf({ posts: base, comments: [q('q', 1), a('page-answer', 2, 'q', 'page', 'Sở Tài chính trả lời: đã xử lý')] }).get('q')!;
    expect(p.response?.id).toBe('page-answer');
  });

  it('any account of the unit answers for it', () => {
    const petitions = petitionsOf({
      posts: [post('p', { from: 'acc-khdt' })],
      comments: [q('q', 1), a('ans', 2, 'q', 'acc-khdt-2')],
    });
    expect(petitions.get('q')!.response?.id).toBe('ans');
  });

  it('a petition routed by alias or assignment is answered by that unit in its thread', () => {
    const config = makeConfig({ assignments: [{ commentId: 'q2', unitId: 'cam-pha' }] });
    const petitions = petitionsOf(
      {
        posts: [post('p', { message: 'Tin chung' })],
        comments: [
          comment('q1', 'p', { from: 'biz', h: 1, message: 'Sở Tài chính ơi?' }),
          a('a1', 2, 'q1', 'acc-tc'),
          comment('q2', 'p', { from: 'biz', h: 1, message: 'Hỏi chung?' }),
          a('a2', 3, 'q2', 'page', 'Cẩm Phả trả lời'),
        ],
      },
      wallClock,
      config,
    );
    expect(petitions.get('q1')).toMatchObject({ routedBy: 'alias', unitId: 'so-tc', response: expect.objectContaining({ id: 'a1' }) });
    expect(petitions.get('q2')).toMatchObject({ routedBy: 'assignment', unitId: 'cam-pha', response: expect.objectContaining({ id: 'a2' }) });
  });
});

describe('findPetitions: response times and the SLA (SPEC 3.4)', () => {
  const input = (answerAfterHours: number): DatasetInput => ({
    posts: [post('p', { from: 'acc-tc' })],
    comments: [
      comment('q', 'p', { from: 'biz', h: 1, message: 'Xin hỏi' }),
      comment('a', 'p', { from: 'acc-tc', h: 1 + answerAfterHours, parent: 'q' }),
    ],
  });

  it('measures wall-clock hours and asks the calendar for working hours between petition and response', () => {
    const workingHoursBetween = vi.fn(() => 1.5);
    const p = petitionsOf(input(30), { workingHoursBetween, slaWorkingHours: 8 }).get('q')!;
    expectClose(p.responseHours, 30);
    expect(p.responseWorkingHours).toBe(1.5);
    expect(workingHoursBetween).toHaveBeenCalledWith(at(1), at(31));
    expect(p.onTime).toBe(true); // 30 wall-clock hours, but 1.5 working hours
  });

  it('is on time at exactly `slaWorkingHours` working hours (≤) and late just after', () => {
    const exactly = petitionsOf(input(1), { workingHoursBetween: () => 8, slaWorkingHours: 8 }).get('q')!;
    const over = petitionsOf(input(1), { workingHoursBetween: () => 8.000001, slaWorkingHours: 8 }).get('q')!;
    expect(exactly.onTime).toBe(true);
    expect(over.onTime).toBe(false);
  });

  it('uses the SLA it is given', () => {
    const p = petitionsOf(input(1), { workingHoursBetween: () => 3, slaWorkingHours: 2 }).get('q')!;
    expect(p.onTime).toBe(false);
  });

  it('an unanswered routed petition is not on time and has no times', () => {
    const workingHoursBetween = vi.fn(() => 0);
    const petitions = petitionsOf(
      { posts: [post('p', { from: 'acc-tc' })], comments: [comment('q', 'p', { from: 'biz', message: 'Xin hỏi' })] },
      { workingHoursBetween, slaWorkingHours: 8 },
    );
    expect(petitions.get('q')).toMatchObject({ unitId: 'so-tc', response: null, responseHours: null, responseWorkingHours: null, onTime: false });
    expect(workingHoursBetween).not.toHaveBeenCalled();
  });
});
