/**
 * The lookup asks back (contract section of that name), on the committed atlas: answers re-rank
 * as the contract says, the checks and questions offered are the ones that could move the top
 * three, and the spread tells a regional drawing from a widespread one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerError, parseFound, parseQuestionAnswer, type Answers, type FoundAnswer } from '../atlas/askBack';
import { answerVocabulary, askBackData } from '../atlas/askBackData';
import { LOOKUP_QUESTIONS } from '../atlas/data/lookupQuestions';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import type { LandmarkId } from '../atlas/landmarkNames';
import { lookupDrawing, type DrawingLookup } from '../atlas/lookupDrawing';
import { nearestSkinPoint } from '../atlas/mesh';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { MuscleId, Side, TriggerPointId } from '../atlas/types';
import { loadOpenAtlas } from './bakeZoneBytes';
import { muscleEntryOf } from '../atlas/muscleEntry';
import { ALL_LANDMARK_IDS } from '../atlas/landmarkNames';
import { isCheckExcluded } from '../atlas/data/checkExclusions';
import { baseCandidates, rerank, sourceOdds } from '../atlas/askBack';
import { rankCandidates } from '../atlas/lookup';
import { resolveDrawingPoint } from '../atlas/painPoints';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadOpenAtlas();
}, 60_000);

const ASK_BACK = askBackData(MUSCLE_DATA, LOOKUP_QUESTIONS);
const VOCABULARY = answerVocabulary(MUSCLE_DATA, LOOKUP_QUESTIONS);

function lookup(points: readonly LandmarkId[], answers: Partial<Answers> = {}, top = 50): DrawingLookup {
  return lookupDrawing(points.map((id) => ({ kind: 'landmark', id })), atlas, {
    top, askBack: ASK_BACK, answers: { found: answers.found ?? [], questions: answers.questions ?? [] },
  });
}
const found = (muscle: string, side: Side, answer: FoundAnswer['answer'], triggerPoint?: string): FoundAnswer => ({
  muscle: muscle as MuscleId, side, answer, ...(triggerPoint ? { triggerPoint: triggerPoint as TriggerPointId } : {}),
});
const key = (c: { muscle: string; side: Side }) => `${c.muscle}:${c.side}`;
const order = (r: DrawingLookup) => r.candidates.map(key);

// Temple and the base of the neck: upper trapezius first, then splenius cervicis, levator
// scapulae and temporalis (each explains part of it).
const HEADACHE: LandmarkId[] = ['temple_r', 'neck_base_r'];

describe('answers to checks', () => {
  it('keep every score equal to its base score while nothing is answered', () => {
    const r = lookup(HEADACHE);
    expect(r.candidates.length).toBeGreaterThan(3);
    for (const c of r.candidates) expect(c.score).toBe(c.baseScore);
  });

  it('rank a candidate whose trigger point reproduces the usual pain above every candidate without one, and say so', () => {
    const before = lookup(HEADACHE);
    const last = before.candidates[before.candidates.length - 1]!;
    const after = lookup(HEADACHE, { found: [found(last.muscle, last.side, 'reproduces')] });
    expect(key(after.candidates[0]!)).toBe(key(last));
    expect(after.candidates[0]!.why).toMatch(/brings on your usual pain/);
    expect(after.candidates[0]!.baseScore).toBe(last.baseScore);
    for (let i = 1; i < after.candidates.length; i++) expect(after.candidates[i]!.score).toBeLessThan(after.candidates[0]!.score);
  });

  it('rank a muscle answered "nothing" below every candidate without such an answer', () => {
    const before = lookup(HEADACHE);
    const first = before.candidates[0]!;
    const after = lookup(HEADACHE, { found: [found(first.muscle, first.side, 'nothing')] });
    expect(key(after.candidates[after.candidates.length - 1]!)).toBe(key(first));
    expect(after.candidates.at(-1)!.why).toMatch(/does nothing/);
  });

  it('take one trigger point\'s share out of the score when it alone is answered "nothing"', () => {
    const before = lookup(['temple_r']);
    const temporalis = before.candidates.find((c) => c.muscle === 'temporalis' && c.side === 'right')!;
    const tp = temporalis.details[0]!.triggerPoint;
    const after = lookup(['temple_r'], { found: [found('temporalis', 'right', 'nothing', tp)] });
    const still = after.candidates.find((c) => c.muscle === 'temporalis' && c.side === 'right');
    // Another of its trigger points may still reach the temple, less well; else it drops out.
    if (still) expect(still.details.every((d) => d.triggerPoint !== tp)).toBe(true);
    if (still) expect(still.baseScore).toBeGreaterThanOrEqual(still.score);
  });

  it('lift a tender candidate a little, never above one that reproduces', () => {
    const before = lookup(HEADACHE);
    const [a, b, c] = before.candidates as [typeof before.candidates[0], typeof before.candidates[0], typeof before.candidates[0]];
    const tender = lookup(HEADACHE, { found: [found(c.muscle, c.side, 'tender')] });
    const lifted = tender.candidates.find((x) => key(x) === key(c))!;
    expect(lifted.score).toBeGreaterThan(c.baseScore);
    const both = lookup(HEADACHE, { found: [found(b.muscle, b.side, 'tender'), found(c.muscle, c.side, 'reproduces')] });
    expect(key(both.candidates[0]!)).toBe(key(c));
    expect(both.candidates.findIndex((x) => key(x) === key(b))).toBeGreaterThan(0);
    expect(key(a)).not.toBe(key(c));
  });

  it('keep the last answer for the same muscle, side and trigger point', () => {
    const before = lookup(HEADACHE);
    const last = before.candidates.at(-1)!;
    const r = lookup(HEADACHE, { found: [found(last.muscle, last.side, 'reproduces'), found(last.muscle, last.side, 'nothing')] });
    expect(key(r.candidates.at(-1)!)).toBe(key(last));
  });

  it('change nothing for an answer about a muscle that is not a candidate', () => {
    const r = lookup(HEADACHE, { found: [found('soleus', 'left', 'reproduces')] });
    expect(order(r)).toEqual(order(lookup(HEADACHE)));
    for (const c of r.candidates) expect(c.score).toBe(c.baseScore);
  });
});

describe('the checks offered', () => {
  it('are at most three trigger points of candidates, on the skin, with the question to ask', () => {
    const r = lookup(HEADACHE);
    expect(r.checks.length).toBeGreaterThan(0);
    expect(r.checks.length).toBeLessThanOrEqual(3);
    const candidates = new Set(order(r));
    for (const c of r.checks) {
      expect(candidates.has(key(c))).toBe(true);
      expect(nearestSkinPoint(atlas.mesh, c.position).distance).toBeLessThan(0.005);
      expect(c.ask).toMatch(/^Press the spot marked on the body near .*never hard and never on a pulse.* Does that bring on your usual pain\?$/);
    }
  });

  it('leave out what is answered, for the trigger point or the whole muscle', () => {
    const first = lookup(HEADACHE).checks[0]!;
    const next = lookup(HEADACHE, { found: [found(first.muscle, first.side, 'tender', first.triggerPoint)] });
    expect(next.checks.some((c) => c.muscle === first.muscle && c.side === first.side && c.triggerPoint === first.triggerPoint)).toBe(false);
    const whole = lookup(HEADACHE, { found: [found(first.muscle, first.side, 'tender')] });
    expect(whole.checks.some((c) => c.muscle === first.muscle && c.side === first.side)).toBe(false);
  });

  it('never ask a patient to press a trigger point only a clinician should palpate (the femoral triangle)', () => {
    for (const points of [['groin_r', 'thigh_anterior_r'], ['groin_r'], ['lumbar_paraspinal_r' as LandmarkId, 'groin_r']] as LandmarkId[][]) {
      const r = lookup(points.filter((p) => atlas.landmarks.has(p)));
      for (const c of r.checks) expect(ASK_BACK.clinicianOnly(c.muscle, c.triggerPoint), `${c.muscle} ${c.triggerPoint}`).toBe(false);
    }
    expect(ASK_BACK.clinicianOnly('iliopsoas' as MuscleId, 'femoral-triangle' as TriggerPointId)).toBe(true);
  });

  it('never send a patient alone to the front of the neck, the breastbone, the belly, the groin, the back of the knee, the fibular neck or the calf', () => {
    const offered = new Set<string>();
    for (const id of ALL_LANDMARK_IDS) for (const c of lookup([id]).checks) offered.add(`${c.muscle}:${c.triggerPoint}`);
    expect(offered.size).toBeGreaterThan(40);
    for (const check of offered) {
      const [muscle, tp] = check.split(':') as [string, string];
      expect(isCheckExcluded(muscle, tp), check).toBe(false);
      expect(ASK_BACK.clinicianOnly(muscle as MuscleId, tp as TriggerPointId), check).toBe(false);
    }
    for (const muscle of ['sternocleidomastoid', 'scalenes', 'sternalis', 'rectus-abdominis', 'gastrocnemius', 'soleus', 'popliteus']) {
      expect([...offered].some((c) => c.startsWith(`${muscle}:`)), muscle).toBe(false);
    }
    for (const id of ALL_LANDMARK_IDS) {
      for (const c of lookup([id]).checks) expect(c.ask, `${id}: ${c.ask}`).not.toMatch(/perineum|groin|back of the knee|breastbone/i);
    }
  });

  it('leave out the same trigger points when built from the app\'s catalogue entries', () => {
    const fromEntries = askBackData(MUSCLE_DATA.map(muscleEntryOf), LOOKUP_QUESTIONS);
    expect(fromEntries.clinicianOnly('iliopsoas' as MuscleId, 'femoral-triangle' as TriggerPointId)).toBe(true);
    for (const m of MUSCLE_DATA) {
      for (const tp of m.triggerPoints) {
        expect(fromEntries.clinicianOnly(m.id as MuscleId, tp.id as TriggerPointId), `${m.id}:${tp.id}`).toBe(ASK_BACK.clinicianOnly(m.id as MuscleId, tp.id as TriggerPointId));
      }
    }
  });

  it('say beside a temple check that a "yes" does not rule out an inflamed artery', () => {
    const checks = ALL_LANDMARK_IDS.flatMap((id) => lookup([id]).checks);
    const temporalis = checks.filter((c) => c.muscle === 'temporalis');
    expect(temporalis.length).toBeGreaterThan(0);
    for (const c of temporalis) expect(c.caution).toMatch(/over 50.*inflamed artery/);
    expect(checks.find((c) => c.muscle === 'upper-trapezius')?.caution).toBeUndefined();
  });

  it('offer a trigger point whose zone a sibling of the same muscle covers better: the hidden one may be the source', () => {
    // Before, only the trigger point explaining a spot best was offered, so a cause sharing its
    // zone with a sibling could be reached only after a "nothing" for that sibling.
    const hidden = ALL_LANDMARK_IDS.flatMap((id) => {
      const r = lookup([id]);
      return r.checks.filter((c) => {
        const candidate = r.candidates.find((x) => key(x) === key(c))!;
        return candidate.details.every((d) => d.triggerPoint !== c.triggerPoint);
      });
    });
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('are empty when no muscle explains the drawing', () => {
    const r = lookupDrawing([], atlas, { askBack: ASK_BACK });
    expect(r.checks).toEqual([]);
    expect(r.questions).toEqual([]);
  });
});

describe('the odds that a trigger point is the source, which weigh a check\'s answers', () => {
  function oddsOf(points: readonly LandmarkId[], found: readonly FoundAnswer[] = []) {
    const drawing = points.map((id) => resolveDrawingPoint({ kind: 'landmark', id }, atlas).spot);
    const bases = baseCandidates(rankCandidates(drawing, atlas.index), atlas.index, drawing.length);
    const current = rerank(bases, atlas.index, drawing.length, { found, questions: [] }, new Map());
    return { current, odds: sourceOdds(current, atlas.index, drawing.length, found) };
  }
  const tpKey = (o: { candidate: { candidate: { muscle: string; side: Side } }; triggerPoint: number }) => `${key(o.candidate.candidate)}:${o.triggerPoint}`;

  it('cover every trigger point that reaches a spot, not only the best of each muscle, and add up to 1', () => {
    const { current, odds } = oddsOf(HEADACHE);
    const reaching = new Set(current.flatMap((c) => c.candidate.hits.map((h) => `${key(c.candidate)}:${atlas.index.layers[h.layer]!.triggerPoint}`)));
    expect(new Set(odds.map(tpKey))).toEqual(reaching);
    expect(odds.reduce((sum, o) => sum + o.odds, 0)).toBeCloseTo(1, 9);
    for (const o of odds) expect(o.odds).toBeGreaterThan(0);
  });

  it('leave out a trigger point already answered and every trigger point of a muscle answered as a whole', () => {
    const { odds } = oddsOf(HEADACHE);
    const first = odds[0]!;
    const muscle = first.candidate.candidate;
    const tp = atlas.index.atlas.muscles[muscle.key >> 1]!.triggerPoints[first.triggerPoint]!.id;
    const one = oddsOf(HEADACHE, [found(muscle.muscle, muscle.side, 'nothing', tp)]).odds;
    expect(one.map(tpKey)).not.toContain(tpKey(first));
    expect(one.reduce((sum, o) => sum + o.odds, 0)).toBeCloseTo(1, 9);
    const whole = oddsOf(HEADACHE, [found(muscle.muscle, muscle.side, 'tender')]).odds;
    expect(whole.some((o) => key(o.candidate.candidate) === key(muscle))).toBe(false);
  });

  it('are none for an empty drawing', () => {
    expect(oddsOf([]).odds).toEqual([]);
  });
});

describe('the questions asked', () => {
  it('are at most three, unanswered, each able to change which candidates are in the top three', () => {
    for (const drawing of [HEADACHE, ['psis_r', 'buttock_r'], ['calf_l', 'heel_plantar_l'], ['shoulder_front_r', 'arm_lateral_r']] as LandmarkId[][]) {
      const r = lookup(drawing);
      expect(r.questions.length).toBeLessThanOrEqual(3);
      const top3 = new Set(order(r).slice(0, 3));
      for (const q of r.questions) {
        const moved = [true, false].some((yes) => {
          const after = new Set(order(lookup(drawing, { questions: [{ question: q.id, yes }] })).slice(0, 3));
          return [...after].some((k) => !top3.has(k));
        });
        expect(moved, `${drawing.join(' ')}: ${q.id}`).toBe(true);
        for (const f of q.favours) expect(order(r)).toContain(key(f));
      }
      if (r.questions[0]) {
        const again = lookup(drawing, { questions: [{ question: r.questions[0].id, yes: false }] });
        expect(again.questions.map((q) => q.id)).not.toContain(r.questions[0].id);
      }
    }
  });

  it('raise the muscles a "yes" favours and lower them on a "no", by the question\'s weight', () => {
    const r = lookup(['temple_r']);
    const temporalis = r.candidates.find((c) => c.muscle === 'temporalis' && c.side === 'right')!;
    const yes = lookup(['temple_r'], { questions: [{ question: 'upper-teeth-sensitive', yes: true }] });
    const no = lookup(['temple_r'], { questions: [{ question: 'upper-teeth-sensitive', yes: false }] });
    const w = LOOKUP_QUESTIONS.find((q) => q.id === 'upper-teeth-sensitive')!.weight;
    const s = temporalis.baseScore;
    expect(yes.candidates.find((c) => key(c) === 'temporalis:right')!.score).toBeCloseTo(s + w * (1 - s), 2);
    expect(no.candidates.find((c) => key(c) === 'temporalis:right')!.score).toBeCloseTo(s * (1 - w), 2);
    expect(yes.candidates.find((c) => key(c) === 'temporalis:right')!.why).toMatch(/You answered yes to "Are your upper teeth/);
  });
});

describe('the spread of a drawing', () => {
  it('names the Widespread Pain Index areas in the contract\'s order and the regions they fall in', () => {
    const r = lookup(['neck_base_r', 'lower_molars_l', 'thigh_anterior_l', 'chest_r']);
    expect(r.spread.areas).toEqual(['left-jaw', 'right-shoulder-girdle', 'left-upper-leg', 'chest']);
    expect(r.spread.regions).toEqual(['right-upper', 'left-lower']);
    expect(r.spread.count).toBe(4);
    expect(r.spread.widespread).toBe(false);
  });

  it('counts the head above the jaw, the hands and the feet in no area', () => {
    expect(lookup(['temple_r', 'palm_l', 'heel_plantar_r']).spread).toEqual({ areas: [], regions: [], count: 0, widespread: false });
  });

  it('calls pain in four of the five regions widespread, and the jaw, chest and belly count toward none', () => {
    const four = lookup(['shoulder_back_r', 'shoulder_back_l', 'thigh_anterior_r', 'l3']);
    expect(four.spread.regions).toEqual(['left-upper', 'right-upper', 'right-lower', 'axial']);
    expect(four.spread.widespread).toBe(true);
    const three = lookup(['shoulder_back_r', 'shoulder_back_l', 'chest_r', 'lower_abdomen_l', 'tmj_r']);
    expect(three.spread.widespread).toBe(false);
  });
});

describe('reading answers', () => {
  it('accepts the contract\'s forms, with aliases answered by the canonical id', () => {
    expect(parseFound('latissimus:left:tender', VOCABULARY)).toEqual({ muscle: 'latissimus-dorsi', side: 'left', answer: 'tender' });
    expect(parseFound('temporalis:right:trp2:reproduces', VOCABULARY)).toEqual({ muscle: 'temporalis', side: 'right', triggerPoint: 'trp2', answer: 'reproduces' });
    expect(parseQuestionAnswer('night-calf-cramps:no', VOCABULARY)).toEqual({ question: 'night-calf-cramps', yes: false });
  });

  it.each([
    ['nope:left:tender', /unknown muscle "nope"/],
    ['temporalis:middle:tender', /side must be left or right/],
    ['temporalis:right:maybe', /answer must be reproduces, tender or nothing/],
    ['temporalis:right:trp9:nothing', /temporalis has no trigger point "trp9"/],
    ['temporalis:right', /MUSCLE:SIDE:ANSWER/],
    ['a:b:c:d:e', /MUSCLE:SIDE:ANSWER/],
  ])('refuses --found %s with one line', (text, message) => {
    expect(() => parseFound(text, VOCABULARY)).toThrow(AnswerError);
    expect(() => parseFound(text, VOCABULARY)).toThrow(message);
  });

  it.each([
    ['night-calf-cramps', /QUESTION:yes or QUESTION:no/],
    ['night-calf-cramps:maybe', /QUESTION:yes or QUESTION:no/],
    ['no-such-question:yes', /unknown question "no-such-question"/],
  ])('refuses --answer %s with one line', (text, message) => {
    expect(() => parseQuestionAnswer(text, VOCABULARY)).toThrow(message);
  });
});
