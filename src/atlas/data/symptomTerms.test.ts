import { describe, expect, it } from 'vitest';
import { MUSCLE_DATA } from './muscles';
import { SOURCES } from './sources';
import { SYMPTOM_TERMS, symptomCore } from './symptomTerms';

const muscleIds = new Set(MUSCLE_DATA.map((m) => m.id));
const sourceIds = new Set(SOURCES.map((s) => s.id));
const allTerms = SYMPTOM_TERMS.flatMap((entry) => entry.terms);

describe('symptom terms', () => {
  it('has 25 to 45 complaints, each with terms, muscles, sources and a basis', () => {
    expect(SYMPTOM_TERMS.length).toBeGreaterThanOrEqual(25);
    expect(SYMPTOM_TERMS.length).toBeLessThanOrEqual(45);
    for (const entry of SYMPTOM_TERMS) {
      expect(entry.terms.length, entry.terms[0]).toBeGreaterThan(0);
      expect(entry.muscles.length, entry.terms[0]).toBeGreaterThan(0);
      expect(entry.sources.length, entry.terms[0]).toBeGreaterThan(0);
      expect(entry.basis, entry.terms[0]).toMatch(/\b(RF|HN|SA|FH|HT|LF) /);
    }
  });

  it('names only muscles of the atlas, each once per complaint', () => {
    for (const entry of SYMPTOM_TERMS) {
      for (const id of entry.muscles) expect(muscleIds.has(id), `${entry.terms[0]}: ${id}`).toBe(true);
      expect(new Set(entry.muscles).size, entry.terms[0]).toBe(entry.muscles.length);
    }
  });

  it('cites only sources of the bibliography', () => {
    for (const entry of SYMPTOM_TERMS) {
      for (const id of entry.sources) expect(sourceIds.has(id), `${entry.terms[0]}: ${id}`).toBe(true);
    }
  });

  it('spells every term in lowercase, trimmed, once in the whole list, with words that can be matched', () => {
    for (const term of allTerms) {
      expect(term).toBe(term.toLowerCase());
      expect(term).toBe(term.trim().replace(/\s+/g, ' '));
      expect(symptomCore(term), term).not.toBe('');
    }
    expect(new Set(allTerms).size).toBe(allTerms.length);
    // Nor do two terms differ only in filler words or apostrophes ("heel pain", "pain in the heel").
    const cores = allTerms.map(symptomCore);
    expect(new Set(cores).size).toBe(cores.length);
  });

  it('matches a query by its meaningful words', () => {
    expect(symptomCore('Pain in my heel')).toBe('heel');
    expect(symptomCore("Golfer's elbow")).toBe('golfers elbow');
    expect(symptomCore('golfer\u2019s  elbow ')).toBe('golfers elbow');
    expect(symptomCore('mid-back pain')).toBe('mid-back');
    expect(symptomCore('pain')).toBe('');
  });

  it('covers the complaints of the issue, head to foot', () => {
    for (const term of ['headache', 'migraine', 'toothache', 'jaw pain', 'earache', 'eye pain', 'stiff neck', 'whiplash', 'frozen shoulder', 'shoulder pain', 'tennis elbow', "golfer's elbow", 'carpal tunnel', 'thumb pain', 'trigger finger', 'chest pain', 'heartburn', 'low back pain', 'mid-back pain', 'sciatica', 'hip pain', 'thigh pain', 'knee pain', "runner's knee", 'shin splints', 'calf cramps', 'heel pain', 'plantar fasciitis', 'ball of the foot pain']) {
      expect(allTerms, term).toContain(term);
    }
  });

  it('keeps the reference\'s negatives: no headache from levator scapulae, no toothache from the pterygoids', () => {
    const entry = (term: string) => SYMPTOM_TERMS.find((e) => e.terms.includes(term))!;
    expect(entry('headache').muscles).not.toContain('levator-scapulae');
    expect(entry('toothache').muscles).not.toContain('medial-pterygoid');
    expect(entry('toothache').muscles).not.toContain('lateral-pterygoid');
  });
});
