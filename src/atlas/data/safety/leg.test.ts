/**
 * Safety and accuracy facts of the hip, thigh and leg muscles (issue 9), as sentences a clinician
 * would sign, read from the muscle data.
 */
import { describe, expect, it } from 'vitest';
import { muscle, tp, nearOf, textOf } from './muscleFacts';


describe('leg self-care', () => {
  it('leaves gastrocnemius TrP3/TrP4, at the edges of the hollow behind the knee, to a clinician: no self-pressure beside the popliteal vessels, the tibial nerve or the common fibular nerve', () => {
    for (const id of ['trp3', 'trp4']) {
      const t = tp('gastrocnemius', id);
      expect(t.clinicianOnly, id).toMatch(/Do not press in the hollow behind the knee yourself/);
      for (const structure of [/popliteal artery/, /tibial nerve/, /common fibular nerve/]) {
        expect(t.clinicianOnly, id).toMatch(structure);
        expect(nearOf('gastrocnemius', 'palpation', id)).toMatch(structure);
      }
      expect(t.palpation).toMatch(/^Clinician's examination/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/No self-pressure in the hollow behind the knee/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/pulsing lump/);
    }
  });

  it('sends no finger to the upper corners of the hollow behind the knee for gastrocnemius (those are the hamstring tendons, with no bone to press on), and keeps self-care on the calf belly and the straight-knee stretch', () => {
    const m = muscle('gastrocnemius');
    const texts = [...m.triggerPoints.map((t) => t.palpation), m.selfCare.pressureRelease, ...m.techniqueCautions.map((c) => c.caution)].join(' ');
    expect(texts).not.toMatch(/against the bone/);
    expect(texts).not.toMatch(/upper (inner|outer) corner/);
    expect(m.selfCare.pressureRelease).toMatch(/from a hand-width below the knee crease downward; do not roll into the hollow behind the knee/);
    expect(m.selfCare.stretch).toMatch(/knee straight/);
  });

  it('puts a clot (deep-vein thrombosis) caution beside the gastrocnemius TrP1 and TrP2 palpation', () => {
    for (const id of ['trp1', 'trp2']) {
      expect(nearOf('gastrocnemius', 'palpation', id)).toMatch(/deep calf veins/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/swollen, warm, red or tender \(possible clot/);
      expect(textOf('gastrocnemius', 'palpation', id)).toMatch(/blood thinners/);
    }
  });

  it('tells the patient not to massage or roll a swollen, warm calf (possible clot) for gastrocnemius and soleus', () => {
    for (const id of ['gastrocnemius', 'soleus']) {
      expect(textOf(id, 'pressure-release')).toMatch(/swollen, warm, red or tender \(possible clot\)/);
      expect(textOf(id, 'pressure-release')).toMatch(/blood thinners/);
    }
  });

  it('does not send the thumb to the fibular neck for soleus TrP2: the trigger point is for a clinician, and self-pressure starts a hand\'s breadth below the fibular head', () => {
    const trp2 = tp('soleus', 'trp2');
    expect(trp2.clinicianOnly).toMatch(/common fibular nerve/);
    expect(trp2.clinicianOnly).toMatch(/neck of the bone/);
    expect(trp2.clinicianOnly).toMatch(/hand's breadth below the knob/);
    expect(trp2.palpation).toMatch(/^Clinician's examination/);
    expect(trp2.palpation).not.toMatch(/thumb-width below/);
    expect(nearOf('soleus', 'palpation', 'trp2')).toMatch(/common fibular nerve/);
    expect(muscle('soleus').selfCare.pressureRelease).toMatch(/hand's breadth below the bony knob.*not just under the knob/);
    expect(nearOf('soleus', 'pressure-release')).toMatch(/common fibular nerve/);
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
  it('names each gastrocnemius trigger point by its number, its head and where in the head it lies, matching how to find it', () => {
    expect(muscle('gastrocnemius').triggerPoints.map((t) => t.name)).toEqual([
      'TrP1 (medial head, belly)',
      'TrP2 (lateral head, belly)',
      'TrP3 (medial head, near the knee)',
      'TrP4 (lateral head, near the knee)',
    ]);
    expect(tp('gastrocnemius', 'trp1').palpation).toMatch(/belly of the inner calf/);
    expect(tp('gastrocnemius', 'trp2').palpation).toMatch(/belly of the outer calf/);
  });

  it('draws gastrocnemius TrP2 as local pain around the trigger point, not as a band down the calf', () => {
    const t = tp('gastrocnemius', 'trp2');
    expect(t.zones).toHaveLength(1);
    expect(t.zones[0]!.description).toMatch(/Local pain around the trigger point/);
    expect(t.zones[0]!.shapes).toEqual([{ shape: 'disc', center: t.location, radius: expect.any(Number) }]);
    expect(t.prevalenceNote).not.toMatch(/NAMTPT/);
  });

  it('calls soleus TrP3 (the sacroiliac one) rare and the most common calf trigger points common, and keeps soleus TrP2, for which the sources give no figure, at the default', () => {
    expect(tp('soleus', 'trp3').prevalence).toBe('rare');
    expect(tp('soleus', 'trp1').prevalence).toBe('common');
    expect(tp('gastrocnemius', 'trp1').prevalence).toBe('common');
    expect(tp('soleus', 'trp2').prevalence).toBe('common');
    expect(tp('soleus', 'trp2').prevalenceNote).toMatch(/no figure/);
  });

  it('gives the tibialis anterior stretch as pointing the foot and turning the sole outward, in both the kneeling and the seated version', () => {
    const stretch = muscle('tibialis-anterior').selfCare.stretch;
    expect(stretch).toMatch(/point the foot down and turn the sole outward/);
    expect(stretch).toMatch(/Kneeling:.*feet are pointed.*soles turn slightly outward, away from each other/);
    expect(stretch).toMatch(/sitting instead:.*point it down and turn the sole outward/);
    expect(stretch).not.toMatch(/roll/);
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
