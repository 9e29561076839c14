/**
 * Clinical examples for the front of the trunk (issue 13: pectoralis minor, serratus anterior,
 * sternalis, rectus abdominis, the obliques with transversus abdominis), on both sides, written as
 * sentences a clinician would sign. Patterns after Travell & Simons 1999, chs. 43, 44, 46 and 49
 * (reference more/head-neck-trunk-front.md, sections 6-10 and the cross-muscle look-up notes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectAbove, expectAmongFirst, expectFirst, find, lookup, on, openClinicalAtlas, rank, scoreOf, sideOf, SIDES, summary, type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const other = (s: Suffix): Suffix => (s === 'r' ? 'l' : 'r');

describe('the chest wall', () => {
  it.each(SIDES)('ranks serratus anterior first for pain in the side of the chest below the armpit (_%s)', (s) => {
    expectFirst(lookup([on('midaxillary', s)]), 'serratus-anterior', sideOf(s));
  });

  it.each(SIDES)('ranks serratus anterior first for the side of the chest together with the patch below the tip of the shoulder blade (_%s)', (s) => {
    const c = lookup([on('midaxillary', s), { from: on('midaxillary', s), to: on('thelion', s), t: 0.4 }, on('scapula_inferior_angle', s)]);
    expectFirst(c, 'serratus-anterior', sideOf(s));
  });

  it.each(SIDES)('ranks pectoralis minor first for the front of the shoulder with the strong patch just below the outer collarbone (_%s)', (s) => {
    expectFirst(lookup([on('coracoid', s), on('shoulder_front', s)]), 'pectoralis-minor', sideOf(s));
  });

  // T&S and the reference: the pectoralis minor pattern is almost that of pectoralis major, whose
  // sternal section refers the chest and inner arm as its main (essential) zone; pectoralis
  // minor's chest and arm are its spillover. Both belong on the list, pectoralis major first.
  it.each(SIDES)('lists pectoralis minor among the first two, with pectoralis major, for the front of the shoulder and chest down the inner arm to the little finger (_%s)', (s) => {
    const c = lookup([on('shoulder_front', s), on('chest', s), on('arm_medial', s), on('medial_epicondyle', s), on('forearm_volar_ulnar', s), on('little_finger', s)]);
    expectAmongFirst(c, 'pectoralis-minor', sideOf(s), 2);
    expectAmongFirst(c, 'pectoralis-major', sideOf(s), 2);
    expectAbove(c, 'pectoralis-minor', 'serratus-anterior', sideOf(s));
  });

  // Many muscles refer to the front of the shoulder as their main zone (infraspinatus, pectoralis
  // major, deltoid, biceps, coracobrachialis): pectoralis minor is one of them, not ahead of them.
  it.each(SIDES)('counts pectoralis minor among the muscles whose main zone fully explains pain at the front of the shoulder alone (_%s)', (s) => {
    const c = lookup([on('shoulder_front', s)]);
    expect(rank(c, 'pectoralis-minor', sideOf(s)), summary(c)).toBeGreaterThanOrEqual(0);
    expect(scoreOf(c, 'pectoralis-minor', sideOf(s)), summary(c)).toBe(c[0]!.score);
    expect(find(c, 'pectoralis-minor', sideOf(s))!.details[0]!.kind, summary(c)).toBe('essential');
  });

  it.each(SIDES)('does not let pectoralis minor or serratus anterior of the other side explain one-sided chest or arm pain (_%s)', (s) => {
    const c = lookup([on('shoulder_front', s), on('midaxillary', s), on('arm_medial', s)]);
    expect(rank(c, 'pectoralis-minor', sideOf(other(s))), summary(c)).toBe(-1);
    expect(rank(c, 'serratus-anterior', sideOf(other(s))), summary(c)).toBe(-1);
  });
});

describe('the breastbone', () => {
  it.each(SIDES)('ranks sternalis first for a deep ache down the whole breastbone, above the parasternal pectoralis major (_%s)', (s) => {
    const c = lookup(['suprasternale', 'mesosternale', 'xiphoid']);
    // The drawing is on the midline: either side's sternalis explains it alike.
    expect(c[0]?.muscle, summary(c)).toBe('sternalis');
    expectAbove(c, 'sternalis', 'pectoralis-major', sideOf(s));
  });

  it.each(SIDES)('lists sternalis among the first four at mid-breastbone, with the parasternal pectoralis major of both sides (_%s)', (s) => {
    expectAmongFirst(lookup(['mesosternale']), 'sternalis', sideOf(s), 4);
  });

  it.each(SIDES)('answers the breastbone with the upper chest, the front of the shoulder and the inner arm by that side\'s sternalis above the other side\'s (_%s)', (s) => {
    const c = lookup(['mesosternale', on('chest', s), on('shoulder_front', s), on('arm_medial', s)]);
    expect(rank(c, 'sternalis', sideOf(s)), summary(c)).toBeGreaterThanOrEqual(0);
    expect(scoreOf(c, 'sternalis', sideOf(s)), summary(c)).toBeGreaterThan(scoreOf(c, 'sternalis', sideOf(other(s))));
  });
});

describe('the belly wall', () => {
  it.each(SIDES)('ranks the upper external oblique first for heartburn-like pain in the pit of the stomach on one side, with rectus abdominis in the top three (_%s)', (s) => {
    const c = lookup([{ from: 'epigastrium', to: on('costal_margin', s), t: 0.2 }]);
    expectFirst(c, 'external-oblique', sideOf(s));
    expectAmongFirst(c, 'rectus-abdominis', sideOf(s), 3);
  });

  it.each(SIDES)('ranks the upper rectus abdominis first for pain in the pit of the stomach and across the back at the same level (_%s)', (s) => {
    const c = lookup([{ from: 'epigastrium', to: on('costal_margin', s), t: 0.2 }, 't12', on('lower_ribs_posterior', s)]);
    expectFirst(c, 'rectus-abdominis', sideOf(s));
  });

  it('finds the upper rectus abdominis of either side for a band across the back at the lowest ribs, which it draws over both sides', () => {
    const c = lookup(['epigastrium', 'lower_ribs_posterior_r', 't12', 'lower_ribs_posterior_l']);
    expect(c.slice(0, 2).map((x) => x.muscle), summary(c)).toEqual(['rectus-abdominis', 'rectus-abdominis']);
  });

  it('finds the lower rectus abdominis attachment for a band across both sacroiliac joints with pain above the pubic bone', () => {
    const c = lookup(['suprapubic', 'psis_r', 'sacrum', 'psis_l']);
    expect(c.slice(0, 2).map((x) => x.muscle), summary(c)).toEqual(['rectus-abdominis', 'rectus-abdominis']);
  });

  it('ranks rectus abdominis first for colicky pain around the navel', () => {
    const c = lookup(['omphalion']);
    expect(c[0]?.muscle, summary(c)).toBe('rectus-abdominis');
  });

  it.each(SIDES)('ranks the lower oblique wall first for pain in the lower belly and the groin (_%s)', (s) => {
    const c = lookup([on('lower_abdomen', s), on('groin', s)]);
    expectFirst(c, 'external-oblique', sideOf(s));
    expectAbove(c, 'external-oblique', 'iliopsoas', sideOf(s));
  });

  it.each(SIDES)('lists rectus abdominis among the first two at McBurney\'s point, with the lower oblique wall (_%s)', (s) => {
    const c = lookup([{ from: on('asis', s), to: 'omphalion', t: 0.4 }]);
    expectAmongFirst(c, 'rectus-abdominis', sideOf(s), 2);
    expectAmongFirst(c, 'external-oblique', sideOf(s), 2);
  });

  it.each(SIDES)('keeps the lower belly-wall patterns to their own side (_%s)', (s) => {
    const c = lookup([on('lower_abdomen', s), on('groin', s)]);
    expect(rank(c, 'external-oblique', sideOf(other(s))), summary(c)).toBe(-1);
  });
});
