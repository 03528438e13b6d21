/**
 * The report section "Đã giúp được doanh nghiệp chưa?" (SPEC 4.6): every text escaped, labels in
 * both languages, one row per unit, the disappeared petitions with their texts.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/schema';
import { REPORT_THRESHOLDS } from '../../src/write/sections/context';
import { qualitySectionTitle, renderQualitySection } from '../../src/write/sections/quality';
import { makeSampleAnalysis } from '../write/sample';

const sample = makeSampleAnalysis();

/** The sample with one unit's first petition turned into a hostile, disappeared one. */
function hostile(): Analysis {
  const unit = sample.units.find((u) => (u.petitions ?? 0) > 0)!;
  const petition = sample.petitions.find((p) => p.unitId === unit.unitId)!;
  const message = '<script>alert("x")</script> Kiến nghị & đề xuất';
  return {
    ...sample,
    units: sample.units.map((u) => (u === unit
      ? { ...u, name: 'Sở <b>Thử</b>', petitionsDisappeared: 1, disappearedPetitions: [petition.commentId] } : u)),
    petitions: sample.petitions.map((p) => (p === petition
      ? { ...p, message, disappeared: true, lastSeenIn: 'w"01/<feed>.json', permalinkUrl: 'javascript:alert(1)' } : p)),
  };
}

describe('renderQualitySection (SPEC 4.6)', () => {
  it('escapes every text: names, petition texts, file names; unsafe links are not linked', () => {
    const html = renderQualitySection(hostile(), 'vi');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Thử</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Kiến nghị &amp; đề xuất');
    expect(html).toContain('w&quot;01/&lt;feed&gt;.json');
    expect(html).not.toContain('javascript:');
  });

  it('one row per unit, in Vietnamese by default and in English on request', () => {
    const vi = renderQualitySection(sample);
    expect(qualitySectionTitle('vi')).toBe('Đã giúp được doanh nghiệp chưa?');
    expect(vi.match(/<tr><td>/g)).toHaveLength(sample.units.length);
    const en = renderQualitySection(sample, 'en');
    expect(qualitySectionTitle('en')).toBe('Was the business helped?');
    expect(en).toContain('Re-ask rate');
  });

  it('shows the petitions that disappeared before any answer, per unit', () => {
    const analysis = hostile();
    const unit = analysis.units.find((u) => u.disappearedPetitions.length === 1)!;
    const html = renderQualitySection(analysis, 'en');
    expect(html).toContain('Sở &lt;b&gt;Thử&lt;/b&gt;: 1 petition(s) disappeared before any answer');
    expect(html).toContain(`id="quality-${unit.unitId}"`);
  });

  it('lists at most listedPerUnit disappeared petitions per unit, however many there are, and counts the rest', () => {
    // 25 disappeared petitions of one unit (copies of one, each with its own id and text).
    const unit = sample.units.find((u) => (u.petitions ?? 0) > 0)!;
    const petition = sample.petitions.find((p) => p.unitId === unit.unitId)!;
    const copies = Array.from({ length: 25 }, (_, i) => ({ ...petition, commentId: `gone-${i}`, message: `gone petition ${i}`, disappeared: true }));
    const analysis: Analysis = {
      ...sample,
      units: sample.units.map((u) => (u === unit ? { ...u, petitionsDisappeared: 25, disappearedPetitions: copies.map((p) => p.commentId) } : u)),
      petitions: [...sample.petitions, ...copies],
    };
    const html = renderQualitySection(analysis, 'en');
    const limit = REPORT_THRESHOLDS.listedPerUnit;
    const shown = [...html.matchAll(/gone petition (\d+)/g)].map((m) => Number(m[1]));
    // Each shown text appears twice (the cell and its title).
    expect([...new Set(shown)]).toEqual(Array.from({ length: limit }, (_, i) => i));
    expect(html).toContain(`: 25 petition(s) disappeared before any answer`);
    expect(html).toContain(`… and ${25 - limit} more: see petitions.csv (column disappeared).`);
    expect(renderQualitySection(analysis, 'vi')).toContain(`… và ${25 - limit} kiến nghị khác: xem petitions.csv`);
  });

  it('says when no post could be followed across exports', () => {
    const single: Analysis = { ...sample, units: sample.units.map((u) => ({ ...u, petitionsDisappeared: null, disappearedPetitions: [], unverifiablePosts: null })) };
    expect(renderQualitySection(single, 'en')).toContain('in one export only');
  });
});
