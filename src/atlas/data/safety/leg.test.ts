/**
 * Safety and accuracy facts of the hip, thigh and leg muscles (issue 9), as sentences a clinician
 * would sign, read from the muscle data.
 */
import { describe, expect, it } from 'vitest';
import type { MuscleData, Technique } from '../../muscleSchema';
import { MUSCLE_DATA } from '../muscles';

const muscle = (id: string): MuscleData => {
  const m = MUSCLE_DATA.find((x) => x.id === id);
  if (!m) throw new Error(`no muscle ${id}`);
  return m;
};
const tp = (id: string, tpId: string) => {
  const t = muscle(id).triggerPoints.find((x) => x.id === tpId);
  if (!t) throw new Error(`no trigger point ${id}/${tpId}`);
  return t;
};
const cautionsOf = (id: string, technique: Technique, tpId?: string) =>
  muscle(id).techniqueCautions.filter((c) => c.technique === technique && (!tpId || !c.triggerPoints || c.triggerPoints.includes(tpId)));
const nearOf = (id: string, technique: Technique, tpId?: string) => cautionsOf(id, technique, tpId).flatMap((c) => c.near).join('; ');
const textOf = (id: string, technique: Technique, tpId?: string) => cautionsOf(id, technique, tpId).map((c) => c.caution).join(' ');

describe('leg self-care', () => {
  it('keeps gastrocnemius TrP3/TrP4 palpation on the bony edges of the back of the knee, away from the popliteal artery and tibial nerve in the middle', () => {
    for (const id of ['trp3', 'trp4']) {
      expect(tp('gastrocnemius', id).palpation).toMatch(/never press into the soft middle of the hollow/);
      expect(nearOf('gastrocnemius', 'palpation', id)).toMatch(/popliteal artery/);
      expect(nearOf('gastrocnemius', 'palpation', id)).toMatch(/tibial nerve/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/corners of the hollow, against the bone/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/pulsing lump/);
    }
  });

  it('tells the patient not to massage or roll a swollen, warm calf (possible clot) for gastrocnemius and soleus', () => {
    for (const id of ['gastrocnemius', 'soleus']) {
      expect(textOf(id, 'pressure-release')).toMatch(/swollen, warm, red or tender \(possible clot\)/);
      expect(textOf(id, 'pressure-release')).toMatch(/blood thinners/);
    }
  });

  it('keeps soleus TrP2 pressure off the fibular neck, where the common fibular nerve winds around the bone', () => {
    expect(nearOf('soleus', 'palpation', 'trp2')).toMatch(/common fibular nerve/);
    expect(tp('soleus', 'trp2').palpation).toMatch(/not press on the outer side of the bone just under the knob/);
  });

  it('keeps soleus TrP1 pressure out of the groove behind the inner ankle bone (tibial nerve and artery)', () => {
    expect(nearOf('soleus', 'palpation', 'trp1')).toMatch(/tibial nerve/);
    expect(tp('soleus', 'trp1').palpation).toMatch(/not into the groove behind the inner ankle bone/);
  });

  it('tells the patient to move the gluteus minimus ball if tingling runs down the leg (sciatic nerve)', () => {
    expect(nearOf('gluteus-minimus', 'pressure-release')).toMatch(/sciatic nerve/);
    expect(textOf('gluteus-minimus', 'pressure-release')).toMatch(/tingling.*runs down the leg, move the ball/);
    expect(nearOf('gluteus-minimus', 'palpation', 'posterior')).toMatch(/sciatic nerve/);
    expect(textOf('gluteus-minimus', 'palpation', 'posterior')).toMatch(/upper outer buttock only/);
  });

  it('asks a patient with a hip replacement to clear the gluteus minimus stretches with the surgeon first', () => {
    expect(textOf('gluteus-minimus', 'stretch')).toMatch(/hip replacement/);
    expect(textOf('gluteus-minimus', 'stretch')).toMatch(/dislocate/);
  });

  it('keeps rectus femoris palpation and ball work lateral, away from the groin pulse (femoral artery and nerve)', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('rectus-femoris', technique)).toMatch(/femoral artery/);
      expect(nearOf('rectus-femoris', technique)).toMatch(/femoral nerve/);
    }
    expect(muscle('rectus-femoris').selfCare.pressureRelease).toMatch(/outer side.*never in the groin crease or beside the groin pulse/);
    expect(tp('rectus-femoris', 'proximal').palpation).toMatch(/away from the groin crease and the groin pulse/);
    expect(textOf('rectus-femoris', 'palpation')).toMatch(/nerve is on the outer side of the pulse/);
  });

  it('treats a tense, swollen, very painful front of the shin as an emergency, not as a tibialis anterior trigger point', () => {
    expect(textOf('tibialis-anterior', 'palpation')).toMatch(/emergency \(compartment syndrome\)/);
    expect(nearOf('tibialis-anterior', 'palpation')).toMatch(/common fibular nerve/);
    expect(nearOf('tibialis-anterior', 'pressure-release')).toMatch(/deep fibular nerve/);
  });

  it('keeps vastus lateralis pressure off the common fibular nerve behind the outer knee', () => {
    expect(nearOf('vastus-lateralis', 'palpation', 'distal-posterolateral')).toMatch(/common fibular nerve/);
    expect(nearOf('vastus-lateralis', 'pressure-release')).toMatch(/common fibular nerve/);
  });
});

describe('leg patterns and sources', () => {
  it('names each gastrocnemius trigger point by its number, its head and whether it is the upper or lower one', () => {
    expect(muscle('gastrocnemius').triggerPoints.map((t) => t.name)).toEqual([
      'TrP1 (medial head, lower)',
      'TrP2 (lateral head, lower)',
      'TrP3 (medial head, upper)',
      'TrP4 (lateral head, upper)',
    ]);
  });

  it('calls soleus TrP3 (the sacroiliac one) rare and the most common calf trigger points common', () => {
    expect(tp('soleus', 'trp3').prevalence).toBe('rare');
    expect(tp('soleus', 'trp1').prevalence).toBe('common');
    expect(tp('gastrocnemius', 'trp1').prevalence).toBe('common');
  });

  it('draws gluteus minimus in two layers for each portion, marked as the atlas reading of the sources', () => {
    for (const t of muscle('gluteus-minimus').triggerPoints) {
      expect(t.zones.map((z) => z.kind).sort()).toEqual(['essential', 'spillover']);
      for (const z of t.zones) expect(z.uncertain).toMatch(/layers/);
    }
  });

  it('keeps soleus TrP1 spillover around the back of the heel, off the outer ankle bone', () => {
    const spill = tp('soleus', 'trp1').zones.find((z) => z.kind === 'spillover')!;
    expect(JSON.stringify(spill.shapes)).not.toMatch(/malleolus/);
    expect(spill.description).toMatch(/not out to the ankle bones/);
  });

  it('cites the secondary sites the rectus femoris pattern came from', () => {
    expect(muscle('rectus-femoris').sources).toEqual(
      expect.arrayContaining(['ts-1992', 'fpnotebook', 'painwhisperer', 'innerouterhealth', 'aberdeen-chiropractic']),
    );
  });

  it('cites no unchecked 2019 edition for the leg muscles', () => {
    for (const id of ['gluteus-minimus', 'gastrocnemius', 'soleus', 'tibialis-anterior', 'vastus-lateralis', 'rectus-femoris']) {
      expect(muscle(id).sources).not.toContain('ts-2019');
    }
  });
});
