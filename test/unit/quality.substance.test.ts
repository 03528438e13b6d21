/**
 * Substance of answers (SPEC 4.6), by hand: ≥ 15 words, a link, or a procedure term makes an
 * answer substantive; the same folded text as three distinct answers of one unit makes a template.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPetitions, type PetitionOptions } from '../../src/metrics/petitions';
import { answerSubstance, countWords, hasLink, isSubstantiveText, substanceRates } from '../../src/metrics/quality/substance';
import { HOUR, comment, post, resolve } from '../helpers/dataset';

const wallClock: PetitionOptions = { workingHoursBetween: (a, b) => (b - a) / HOUR, slaWorkingHours: 8 };

describe('countWords', () => {
  it('counts whitespace-separated pieces holding a letter or digit (a dash or an emoji alone is no word)', () => {
    // Sở | đã | nhận | hồ | sơ | – | trả | lời | trong | 3-5 | ngày. | 👍 → 10 words
    expect(countWords('Sở đã nhận hồ sơ – trả lời trong 3-5 ngày. 👍')).toBe(10);
    expect(countWords('  ')).toBe(0);
  });
});

describe('isSubstantiveText (SPEC 4.6)', () => {
  const fourteen = 'Chào anh chị việc này Sở đã chuyển cho phòng chuyên môn xem xét';
  it('14 words are not enough, 15 are', () => {
    expect(countWords(fourteen)).toBe(14);
    expect(isSubstantiveText(fourteen)).toBe(false);
    expect(isSubstantiveText(`${fourteen} sớm.`)).toBe(true);
  });

  it.each([
    'Xem tại https://dichvucong.gov.vn',
    'xem HTTP://abc.example/x',
    'Xem www.quangninh.gov.vn',
    'Nộp qua dichvucong.quangninh.gov.vn nhé',
    '(skhdt.quangninh.gov.vn)',
  ])('a link makes a short answer substantive: %s', (text) => {
    expect(hasLink(text)).toBe(true);
    expect(isSubstantiveText(text)).toBe(true);
  });

  it.each(['Liên hệ hotro@gmail.com', 'v.v.', 'TP.HCM', 'Sở.vn', '1.000.000 đồng'])('not a link: %s', (text) => {
    expect(hasLink(text)).toBe(false);
  });

  it.each(['Bổ sung hồ sơ nhé', 'Đã có giấy phép', 'Nộp ở bộ phận một cửa', 'tthc nay da xong'])(
    'a procedure term makes a short answer substantive: %s', (text) => {
      expect(isSubstantiveText(text)).toBe(true);
    });

  it('a short formula is not substantive', () => {
    expect(isSubstantiveText('Cảm ơn bạn đã quan tâm, Sở sẽ phản hồi sớm.')).toBe(false);
  });
});

describe('answerSubstance: templates (SPEC 4.6)', () => {
  /** Each text answers its own petition, under a post of the answering unit's account (so-tc by default). */
  function answers(texts: string[], accountOf: (i: number) => string = () => 'acc-tc') {
    const accounts = [...new Set(texts.map((_, i) => accountOf(i)))];
    const comments = texts.flatMap((text, i) => [
      comment(`q${i}`, `p-${accountOf(i)}`, { from: `biz${i}`, h: 1 + i, message: 'Xin hỏi?' }),
      comment(`a${i}`, `p-${accountOf(i)}`, { from: accountOf(i), h: 1.5 + i, parent: `q${i}`, message: text }),
    ]);
    const data = resolve({ posts: accounts.map((a) => post(`p-${a}`, { from: a })), comments });
    const petitions = findPetitions(data, wallClock);
    return { substance: answerSubstance(petitions), petitions };
  }

  it('the same folded text three times is templated (case, diacritics, punctuation aside); twice is not', () => {
    const three = answers(['Cảm ơn bạn đã quan tâm!', 'cam on ban da quan tam', 'CẢM ƠN BẠN ĐÃ QUAN TÂM.', 'Vâng']);
    expect([0, 1, 2, 3].map((i) => three.substance.get(`a${i}`)!.templated)).toEqual([true, true, true, false]);
    const two = answers(['Cảm ơn bạn đã quan tâm!', 'cam on ban da quan tam']);
    expect([0, 1].map((i) => two.substance.get(`a${i}`)!.templated)).toEqual([false, false]);
  });

  it('templates are per unit: the same text by two units twice each is no template', () => {
    const { substance } = answers(['Đã ghi nhận', 'Đã ghi nhận', 'Đã ghi nhận', 'Đã ghi nhận'], (i) => (i < 2 ? 'acc-tc' : 'acc-hl'));
    expect([0, 1, 2, 3].map((i) => substance.get(`a${i}`)!.templated)).toEqual([false, false, false, false]);
  });

  it('one answer serving two petitions is written once (no template) but counts twice in the rates', () => {
    const data = resolve({
      posts: [post('p', { from: 'acc-tc' })],
      comments: [
        comment('q1', 'p', { from: 'b1', h: 1, message: 'Xin hỏi?' }),
        comment('q2', 'p', { from: 'b2', h: 1.2, parent: 'q1', message: 'Cho hỏi thêm?' }),
        comment('a', 'p', { from: 'acc-tc', h: 2, parent: 'q1', message: 'Đã ghi nhận' }),
      ],
    });
    const petitions = findPetitions(data, wallClock);
    expect(petitions.map((p) => p.response?.id)).toEqual(['a', 'a']);
    const substance = answerSubstance(petitions);
    expect(substance.get('a')).toEqual({ substantive: false, templated: false });
    expect(substanceRates(petitions.map((p) => substance.get(p.response!.id)!))).toEqual({ substantiveRate: 0, templatedRate: 0 });
  });

  it('a text repeated by many answers is read once: the same substance as each answer read alone (oracle: isSubstantiveText and folded repeats per unit, fast-check)', () => {
    const texts = ['Đã ghi nhận', 'da ghi nhan', 'Mời bạn bổ sung hồ sơ.', 'Xem tại dichvucong.quangninh.gov.vn', 'Vâng'];
    const accounts = ['acc-tc', 'acc-hl'];
    fc.assert(fc.property(fc.array(fc.record({ text: fc.constantFrom(...texts), account: fc.constantFrom(...accounts) }), { minLength: 1, maxLength: 12 }), (rows) => {
      const { substance } = answers(rows.map((r) => r.text), (i) => rows[i].account);
      const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9 ]/g, '').trim();
      rows.forEach((r, i) => {
        const same = rows.filter((o) => o.account === r.account && fold(o.text) === fold(r.text)).length;
        expect(substance.get(`a${i}`)).toEqual({ substantive: isSubstantiveText(r.text), templated: same >= 3 });
      });
    }), { numRuns: 100 });
  });

  it('rates: 2 substantive and 1 templated of 4 answered → 0.5 and 0.25; null when none answered', () => {
    const s = (substantive: boolean, templated: boolean) => ({ substantive, templated });
    expect(substanceRates([s(true, false), s(true, true), s(false, false), s(false, false)])).toEqual({ substantiveRate: 0.5, templatedRate: 0.25 });
    expect(substanceRates([])).toEqual({ substantiveRate: null, templatedRate: null });
  });
});
