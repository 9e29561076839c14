import { describe, expect, it } from 'vitest';
import { QUESTION_WEIGHT } from '../askBack/questionSchema';
import { LOOKUP_QUESTIONS } from './lookupQuestions';
import { MUSCLE_DATA } from './muscles';
import { RED_FLAGS } from './redFlags';
import { SOURCES } from './sources';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const sourceIds = new Set(SOURCES.map((s) => s.id));
const muscleSources = new Map(MUSCLE_DATA.map((m) => [m.id, new Set(m.sources)] as const));
const cases = LOOKUP_QUESTIONS.map((q) => [q.id, q] as const);
const redFlagIds = new Set(RED_FLAGS.map((f) => f.id));

describe('the lookup questions', () => {
  it('has a few dozen questions', () => {
    expect(LOOKUP_QUESTIONS.length).toBeGreaterThanOrEqual(30);
    expect(LOOKUP_QUESTIONS.length).toBeLessThanOrEqual(50);
  });

  it('has unique kebab-case ids', () => {
    const ids = LOOKUP_QUESTIONS.map((q) => q.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the ids the contract and the issue name', () => {
    const ids = new Set(LOOKUP_QUESTIONS.map((q) => q.id));
    for (const id of ['upper-teeth-sensitive', 'pain-turning-head-same-side', 'pain-rolling-over-or-standing-up', 'night-calf-cramps']) {
      expect(ids.has(id)).toBe(true);
    }
  });

  it('has no two questions with the same text', () => {
    const texts = LOOKUP_QUESTIONS.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(cases)('%s favours one to three distinct muscles of the atlas', (_id, q) => {
    expect(q.favours.length).toBeGreaterThanOrEqual(1);
    expect(q.favours.length).toBeLessThanOrEqual(3);
    expect(new Set(q.favours).size).toBe(q.favours.length);
    expect(q.favours.filter((m) => !muscleSources.has(m))).toEqual([]);
  });

  it.each(cases)('%s has a weight within QUESTION_WEIGHT', (_id, q) => {
    expect(Number.isFinite(q.weight)).toBe(true);
    expect(q.weight).toBeGreaterThanOrEqual(QUESTION_WEIGHT.min);
    expect(q.weight).toBeLessThanOrEqual(QUESTION_WEIGHT.max);
  });

  it.each(cases)('%s asks one question in plain text', (_id, q) => {
    expect(q.text.trim()).toBe(q.text);
    expect(q.text.endsWith('?')).toBe(true);
    expect(q.text.slice(0, -1)).not.toContain('?');
    expect(q.text.length).toBeLessThanOrEqual(140);
  });

  it.each(cases)('%s names a basis, and an uncertainty only when there is one', (_id, q) => {
    expect(q.basis.trim().length).toBeGreaterThan(0);
    if (q.uncertain !== undefined) expect(q.uncertain.trim().length).toBeGreaterThan(0);
  });

  it.each(cases)('%s cites sources that exist', (_id, q) => {
    expect(q.sources.length).toBeGreaterThan(0);
    expect(new Set(q.sources).size).toBe(q.sources.length);
    expect(q.sources.filter((s) => !sourceIds.has(s))).toEqual([]);
  });

  it.each(cases)('%s cites only sources of the muscles it favours, and one of each', (_id, q) => {
    const favoured = q.favours.map((m) => muscleSources.get(m) ?? new Set<string>());
    // Every source the question cites is cited by one of its muscles ...
    expect(q.sources.filter((s) => !favoured.some((set) => set.has(s)))).toEqual([]);
    // ... and every muscle it favours cites at least one of the question's sources.
    expect(q.favours.filter((_m, i) => !q.sources.some((s) => favoured[i]?.has(s)))).toEqual([]);
  });

  it.each(cases)('%s links only red flags that exist, each once', (_id, q) => {
    if (q.redFlags === undefined) return;
    expect(q.redFlags.length).toBeGreaterThan(0);
    expect(new Set(q.redFlags).size).toBe(q.redFlags.length);
    expect(q.redFlags.filter((id) => !redFlagIds.has(id))).toEqual([]);
  });

  it('links the questions whose "yes" can be a red flag\'s sign (sixth review)', () => {
    const links = Object.fromEntries(LOOKUP_QUESTIONS.flatMap((q) => (q.redFlags ? [[q.id, q.redFlags]] : [])));
    expect(links).toEqual({
      'pain-swallowing': ['throat-three-weeks'],
      'lump-in-throat': ['throat-three-weeks'],
      'eye-waters-nose-runs': ['acute-glaucoma'],
      'back-of-head-pressure-hurts': ['temporal-arteritis'],
      'breast-or-nipple-sensitive': ['breast-change'],
      'pain-on-bowel-movement': ['bowel-change', 'cauda-equina'],
    });
  });
});
