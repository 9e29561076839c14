/**
 * Clinical examples for the second wave's head and neck muscles (medial pterygoid, digastric,
 * occipitofrontalis, semispinalis capitis, the cervical multifidi, splenius cervicis), on both
 * sides, as sentences a clinician would sign. Patterns: Travell & Simons 1999 chs 10, 12, 14-16,
 * as the reference `head-neck-trunk-front.md` reads them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectAbove, expectAbsent, expectAmongFirst, expectFirst, lookup, on, openClinicalAtlas, rank, sideOf, SIDES, summary, type Place, type Suffix,
} from './clinicalHelpers';

beforeAll(async () => {
  await openClinicalAtlas();
}, 60_000);

const between = (a: string, b: string, s: Suffix, t: number): Place => ({ from: on(a, s), to: on(b, s), t });

describe('the jaw, the ear and the throat', () => {
  it.each(SIDES)('ranks medial pterygoid first for a deep ache below and behind the jaw joint, deep in the ear and in the throat (_%s)', (s) => {
    expectFirst(lookup([between('tmj', 'retromandibular', s, 0.5), on('tragion', s), on('submandibular', s)]), 'medial-pterygoid', sideOf(s));
  });

  it.each(SIDES)('does not offer medial pterygoid for pain in the upper or lower molar teeth, which its pattern spares (_%s)', (s) => {
    expectAbsent(lookup([on('upper_molars', s)]), 'medial-pterygoid', sideOf(s));
    expectAbsent(lookup([on('lower_molars', s)]), 'medial-pterygoid', sideOf(s));
  });

  it.each(SIDES)('ranks digastric first for pain running up the upper sternocleidomastoid from behind the angle of the jaw to the mastoid (_%s)', (s) => {
    expectFirst(lookup([between('gonion', 'mastoid', s, 0.33), on('retromandibular', s), on('mastoid', s)]), 'digastric', sideOf(s));
  });

  it.each(SIDES)('still ranks upper trapezius first at the mastoid alone, with digastric close behind (_%s)', (s) => {
    // Mastoid pain alone is the classic upper trapezius TrP1 pattern; digastric shares the spot.
    const c = lookup([on('mastoid', s)]);
    expectFirst(c, 'upper-trapezius', sideOf(s));
    expectAmongFirst(c, 'digastric', sideOf(s), 3);
  });

  it('answers pain in the lower front teeth with the digastric front belly of both sides first (the teeth straddle the midline)', () => {
    const c = lookup(['lower_incisors']);
    expect(c.slice(0, 2).map((x) => `${x.muscle}/${x.side}`).sort(), summary(c)).toEqual(['digastric/left', 'digastric/right']);
  });
});

describe('the scalp, the forehead and the eye', () => {
  it.each(SIDES)('ranks occipitofrontalis first for a band over the side of the head above the ear with pain in the eye (_%s)', (s) => {
    expectFirst(lookup([on('parietal', s), on('orbit', s)]), 'occipitofrontalis', sideOf(s));
  });

  it.each(SIDES)('ranks occipitofrontalis (frontalis) among the first three for a local patch on the forehead above the eyebrow (_%s)', (s) => {
    // The sternocleidomastoid clavicular division and the suboccipitals also refer to the forehead.
    expectAmongFirst(lookup([on('forehead', s), between('supraorbital', 'forehead', s, 0.7)]), 'occipitofrontalis', sideOf(s), 3);
  });

  it.each(SIDES)('ranks semispinalis capitis first for a band around the head from the back of the head over the side to the temple and above the eye (_%s)', (s) => {
    expectFirst(
      lookup([on('occiput', s), on('parietal', s), on('temple', s), between('supraorbital', 'forehead', s, 0.5)]),
      'semispinalis-capitis',
      sideOf(s),
    );
  });

  it.each(SIDES)('ranks semispinalis capitis first for pain over the back of the head beside the midline (_%s)', (s) => {
    expectFirst(lookup([on('occiput', s)]), 'semispinalis-capitis', sideOf(s));
  });

  it.each(SIDES)('keeps temporalis first at the temple alone, with semispinalis capitis behind it (_%s)', (s) => {
    const c = lookup([on('temple', s)]);
    expectFirst(c, 'temporalis', sideOf(s));
    expectAbove(c, 'temporalis', 'semispinalis-capitis', sideOf(s));
    expect(rank(c, 'upper-trapezius', sideOf(s)), summary(c)).toBeLessThan(3);
  });

  it.each(SIDES)('ranks splenius cervicis first for pain behind the eye together with pain at the angle of the neck (_%s)', (s) => {
    expectFirst(lookup([on('orbit', s), on('neck_base', s)]), 'splenius-cervicis', sideOf(s));
  });

  it.each(SIDES)('offers splenius cervicis among the first four for pain behind the eye alone (_%s)', (s) => {
    // Occipitalis, the sternocleidomastoid sternal division and the suboccipitals share the eye.
    expectAmongFirst(lookup([on('orbit', s)]), 'splenius-cervicis', sideOf(s), 4);
  });
});

describe('the back of the neck', () => {
  it.each(SIDES)('ranks the cervical multifidi first for pain below the skull spreading down the neck to the upper inner corner of the shoulder blade (_%s)', (s) => {
    expectFirst(
      lookup([on('suboccipital', s), on('posterior_neck', s), on('scapula_superior_angle', s)]),
      'cervical-multifidi',
      sideOf(s),
    );
  });

  it.each(SIDES)('offers the cervical multifidi among the first three for pain just below the skull (_%s)', (s) => {
    // The suboccipitals and lower trapezius TrP3 also refer here.
    expectAmongFirst(lookup([on('suboccipital', s)]), 'cervical-multifidi', sideOf(s), 3);
  });

  it.each(SIDES)('keeps levator scapulae first at the angle of the neck alone, with splenius cervicis among the first three (_%s)', (s) => {
    const c = lookup([on('neck_base', s)]);
    expect(`${c[0]?.muscle}/${c[0]?.side}`, summary(c)).toBe(`levator-scapulae/${sideOf(s)}`);
    expectAmongFirst(c, 'splenius-cervicis', sideOf(s), 3);
  });
});
