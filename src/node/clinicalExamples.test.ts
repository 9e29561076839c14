/**
 * Clinical facts the lookup must respect, written as sentences a clinician would sign. They run
 * on zones baked from the muscle data as it is now, on both sides of the body, so that a data
 * change that breaks a clinical ranking fails here before it is re-baked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIDLINE_LANDMARKS, SIDED_LANDMARKS } from '../atlas/landmarkNames';
import { nearestSkinPoint } from '../atlas/mesh';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { Side } from '../atlas/types';
import {
  expectAbove, expectFirst, lookup, on, openClinicalAtlas, position, rank, scoreOf, sideOf, SIDES, summary, type Place, type Suffix,
} from './clinical/clinicalHelpers';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await openClinicalAtlas();
}, 60_000);

/** Muscles whose data lets a zone cross the midline, with the layer kinds that do. */
const crossingLayers = new Set(
  MUSCLE_DATA.flatMap((m) => m.triggerPoints.flatMap((tp) => tp.zones.filter((z) => z.crossesMidline).map((z) => `${m.id}/${tp.id}/${z.kind}`))),
);

describe('the side rule', () => {
  it('lets no muscle of one side explain a spot that lies wholly on the other side, unless its data says the pattern crosses', () => {
    const wrong: string[] = [];
    for (const base of SIDED_LANDMARKS) {
      for (const s of SIDES) {
        const id = on(base, s);
        if (Math.abs(atlas.landmarks.get(id)!.position[0]) <= 0.015) continue;
        for (const c of lookup([id])) {
          if (c.side === sideOf(s)) continue;
          const allowed = c.details.every((d) => crossingLayers.has(`${c.muscle}/${d.triggerPoint}/${d.kind}`));
          if (!allowed) wrong.push(`${id}: ${c.muscle}/${c.side} ${c.score}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(MIDLINE_LANDMARKS.map((m) => [m]))('keeps each side to itself 2.5 cm either side of %s', (midline) => {
    const p = atlas.landmarks.get(midline)!.position;
    for (const s of SIDES) {
      // The subject's right is -X.
      const spot: Place = { at: [p[0] + (s === 'r' ? -0.025 : 0.025), p[1], p[2]], label: `${midline} ${s}` };
      // Where the skin folds (the gluteal cleft) the nearest skin can lie back on the midline strip.
      const snapped = nearestSkinPoint(atlas.mesh, position(spot)).position;
      if (Math.abs(snapped[0]) <= 0.015) continue;
      for (const c of lookup([spot])) {
        const allowed = c.side === sideOf(s) || c.details.every((d) => crossingLayers.has(`${c.muscle}/${d.triggerPoint}/${d.kind}`));
        expect(allowed, `${midline} 2.5 cm to the ${sideOf(s)}: ${c.muscle}/${c.side}`).toBe(true);
      }
    }
  });

  it('answers pain at the midline from both sides alike', () => {
    for (const midline of MIDLINE_LANDMARKS) {
      const c = lookup([midline]);
      const right = c.filter((x) => x.side === 'right').map((x) => `${x.muscle} ${x.score}`).sort();
      const left = c.filter((x) => x.side === 'left').map((x) => `${x.muscle} ${x.score}`).sort();
      expect(left, midline).toEqual(right);
    }
  });

  it('finds quadratus lumborum on both sides for a band across both PSIS and the sacrum', () => {
    const c = lookup(['psis_r', 'sacrum', 'psis_l']);
    expect(rank(c, 'quadratus-lumborum', 'right')).toBeGreaterThanOrEqual(0);
    expect(rank(c, 'quadratus-lumborum', 'left')).toBeGreaterThanOrEqual(0);
  });

  it.each(SIDES)('offers neither left quadratus lumborum nor left gluteus medius for pain at the right PSIS (and the mirror) (_%s)', (s) => {
    const other: Side = s === 'r' ? 'left' : 'right';
    const c = lookup([on('psis', s)]);
    expect(rank(c, 'quadratus-lumborum', other)).toBe(-1);
    expect(rank(c, 'gluteus-medius', other)).toBe(-1);
  });
});

describe('a muscle drawn in its own whole essential pattern ranks first', () => {
  const patterns: readonly (readonly [string, (s: Suffix) => Place[]])[] = [
    // Up the side of the neck to the mastoid, on over the side of the head to the temple.
    ['upper-trapezius', (s) => [{ from: on('neck_base', s), to: on('mastoid', s), t: 0.5 }, on('mastoid', s), on('temple', s)]],
    // The angle of the neck, down the medial border of the scapula, the back of the shoulder.
    ['levator-scapulae', (s) => [on('neck_base', s), on('scapula_superior_angle', s), on('scapula_spine_root', s)]],
    // Temple, eyebrow and upper teeth.
    ['temporalis', (s) => [on('temple', s), on('supraorbital', s), on('upper_molars', s)]],
    // Sacroiliac region, lower buttock, greater trochanter, iliac crest.
    ['quadratus-lumborum', (s) => [on('psis', s), { from: on('buttock', s), to: on('ischial_tuberosity', s), t: 0.5 }, on('trochanterion', s), on('iliocristale', s)]],
    // Deep ache under the upper scapula, the back of the shoulder, down the back of the arm.
    ['serratus-posterior-superior', (s) => [on('scapula_superior_angle', s), on('shoulder_back', s), on('olecranon', s), on('little_finger', s)]],
    // Deep ache in the front of the shoulder and down the front-outer arm.
    ['infraspinatus', (s) => [on('shoulder_front', s), on('deltoid', s)]],
  ];
  it.each(patterns.flatMap(([muscle, places]) => SIDES.map((s) => [muscle, s, places] as const)))('%s (_%s)', (muscle, s, places) => {
    expectFirst(lookup(places(s)), muscle, sideOf(s));
  });
});

describe('the reverse lookup on common presentations', () => {
  it.each(SIDES)('ranks temporalis first at the temple, upper trapezius in the top 3, suboccipitals below temporalis (_%s)', (s) => {
    const c = lookup([on('temple', s)]);
    expectFirst(c, 'temporalis', sideOf(s));
    expect(rank(c, 'upper-trapezius', sideOf(s)), summary(c)).toBeLessThan(3);
    expect(rank(c, 'upper-trapezius', sideOf(s)), summary(c)).toBeGreaterThanOrEqual(0);
    expectAbove(c, 'temporalis', 'suboccipitals', sideOf(s));
  });

  it.each(SIDES)('ranks masseter and temporalis, not sternocleidomastoid, first for the upper teeth (_%s)', (s) => {
    const c = lookup([on('upper_molars', s)]);
    expect(c.slice(0, 2).map((x) => x.muscle).sort(), summary(c)).toEqual(['masseter', 'temporalis']);
    expectAbove(c, 'temporalis', 'sternocleidomastoid', sideOf(s));
  });

  it.each(SIDES)('ranks masseter above temporalis over the lower molars (_%s)', (s) => {
    expectAbove(lookup([on('lower_molars', s)]), 'masseter', 'temporalis', sideOf(s));
  });

  it.each(SIDES)('does not rank serratus posterior superior first at the root of the scapular spine or in the infraspinous fossa (_%s)', (s) => {
    for (const base of ['scapula_spine_root', 'infraspinous_fossa']) {
      const c = lookup([on(base, s)]);
      expect(c[0]?.muscle, `${base}: ${summary(c)}`).not.toBe('serratus-posterior-superior');
    }
  });

  it.each(SIDES)('ranks gastrocnemius first in the calf, with soleus in the top 3 (_%s)', (s) => {
    const c = lookup([on('calf', s)]);
    expectFirst(c, 'gastrocnemius', sideOf(s));
    expect(rank(c, 'soleus', sideOf(s)), summary(c)).toBeLessThan(3);
  });

  it.each(SIDES)('ranks gastrocnemius above gluteus minimus at the back of the knee (_%s)', (s) => {
    const c = lookup([on('popliteal', s)]);
    expectFirst(c, 'gastrocnemius', sideOf(s));
  });

  it('answers pain over L5 with a main-zone (essential) explanation, multifidus among the top 3', () => {
    const c = lookup(['l5']);
    expect(c[0]?.details[0]?.kind, summary(c)).toBe('essential');
    expect(rank(c, 'lumbar-paraspinals'), summary(c)).toBeLessThan(3);
    expect(rank(c, 'lumbar-paraspinals'), summary(c)).toBeGreaterThanOrEqual(0);
  });

  it('answers pain at the back of the head (inion) with upper trapezius among the top 3', () => {
    const c = lookup(['inion']);
    expect(rank(c, 'upper-trapezius'), summary(c)).toBeGreaterThanOrEqual(0);
    expect(rank(c, 'upper-trapezius'), summary(c)).toBeLessThan(3);
  });

  it.each(SIDES)('does not rank the scalenes first for pain over the deltoid alone (_%s)', (s) => {
    const c = lookup([on('deltoid', s)]);
    expect(c[0]?.muscle, summary(c)).not.toBe('scalenes');
  });

  it.each(SIDES)('ranks infraspinatus first for the front of the shoulder and the deltoid together (_%s)', (s) => {
    expectFirst(lookup([on('shoulder_front', s), on('deltoid', s)]), 'infraspinatus', sideOf(s));
  });

  it.each(SIDES)('ranks upper trapezius above lower trapezius on top of the shoulder (_%s)', (s) => {
    const c = lookup([{ from: on('neck_base', s), to: on('acromion', s), t: 0.5 }]);
    expectAbove(c, 'upper-trapezius', 'lower-trapezius', sideOf(s));
  });

  it.each(SIDES)('ranks upper trapezius first at the mastoid, above lower trapezius (_%s)', (s) => {
    const c = lookup([on('mastoid', s)]);
    expectFirst(c, 'upper-trapezius', sideOf(s));
  });

  it.each(SIDES)('does not let the rare medial infraspinatus trigger point rank first at the root of the scapular spine (_%s)', (s) => {
    const c = lookup([on('scapula_spine_root', s)]);
    expect(c[0]?.muscle, summary(c)).not.toBe('infraspinatus');
  });

  it.each(SIDES)('ranks quadratus lumborum and gluteus medius above the rare soleus TrP3 at the PSIS (_%s)', (s) => {
    const c = lookup([on('psis', s)]);
    expectAbove(c, 'quadratus-lumborum', 'soleus', sideOf(s));
    expectAbove(c, 'gluteus-medius', 'soleus', sideOf(s));
    expect(scoreOf(c, 'soleus', sideOf(s)), summary(c)).toBeLessThan(0.5);
  });

  it.each(SIDES)('ranks levator scapulae first at the angle of the neck (_%s)', (s) => {
    const c = lookup([on('neck_base', s)]);
    expect(`${c[0]?.muscle}/${c[0]?.side}`, summary(c)).toBe(`levator-scapulae/${sideOf(s)}`);
  });

  it.each(SIDES)('ranks quadratus lumborum in the top 3 over the greater trochanter (_%s)', (s) => {
    const c = lookup([on('trochanterion', s)]);
    expect(rank(c, 'quadratus-lumborum', sideOf(s)), summary(c)).toBeLessThan(3);
    expect(rank(c, 'quadratus-lumborum', sideOf(s)), summary(c)).toBeGreaterThanOrEqual(0);
  });
});
