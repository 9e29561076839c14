/**
 * Safety facts of the low back and pelvis muscles (iliopsoas, quadratus lumborum, lumbar
 * paraspinals, gluteus medius, piriformis), written as sentences a clinician would sign.
 */
import { describe, expect, it } from 'vitest';
import type { MuscleData, Technique } from '../../muscleSchema';
import { MUSCLE_DATA } from '../muscles';

function muscle(id: string): MuscleData {
  const found = MUSCLE_DATA.find((m) => m.id === id);
  if (!found) throw new Error(`missing muscle ${id}`);
  return found;
}
const tp = (m: MuscleData, id: string) => {
  const found = m.triggerPoints.find((t) => t.id === id);
  if (!found) throw new Error(`missing trigger point ${m.id}/${id}`);
  return found;
};
const cautionText = (m: MuscleData, technique: Technique, triggerPoint?: string) =>
  m.techniqueCautions
    .filter((c) => c.technique === technique && (triggerPoint === undefined || !c.triggerPoints || c.triggerPoints.includes(triggerPoint)))
    .map((c) => `${c.near.join(' ')}: ${c.caution}`)
    .join(' ');

const iliopsoas = muscle('iliopsoas');
const ql = muscle('quadratus-lumborum');
const paraspinals = muscle('lumbar-paraspinals');

describe('iliopsoas', () => {
  it('leaves the femoral-triangle trigger point to a clinician, because the femoral nerve lies just outside the pulse', () => {
    const femoral = tp(iliopsoas, 'femoral-triangle');
    expect(femoral.clinicianOnly).toMatch(/femoral nerve/i);
    expect(femoral.clinicianOnly).toMatch(/nerve, artery, vein/i);
    expect(cautionText(iliopsoas, 'palpation', 'femoral-triangle')).toMatch(/femoral nerve.*femoral artery.*femoral vein/i);
  });

  it('limits self-pressure to the iliacus just inside the ASIS, out of the groin crease and not deep into the belly', () => {
    const text = iliopsoas.selfCare.pressureRelease;
    expect(text).toMatch(/only the iliacus/i);
    expect(text).toMatch(/ASIS/);
    expect(text).toMatch(/do not press deep into the middle of the belly/i);
    expect(text).toMatch(/groin crease/i);
    expect(tp(iliopsoas, 'iliacus').clinicianOnly).toBeUndefined();
  });

  it('tells the patient to stop and see a doctor the same day for a pulsating mass under the fingers (possible aortic aneurysm)', () => {
    const psoas = tp(iliopsoas, 'psoas');
    expect(psoas.clinicianOnly).toBeDefined();
    for (const text of [psoas.clinicianOnly!, psoas.palpation, iliopsoas.selfCare.pressureRelease, iliopsoas.selfCare.cautions.join(' ')]) {
      expect(text).toMatch(/puls\w+ (lump|mass)/i);
      expect(text).toMatch(/same day/i);
    }
    expect(`${psoas.clinicianOnly} ${iliopsoas.selfCare.cautions.join(' ')}`).toMatch(/aneurysm/i);
  });

  it('names who should do no abdominal pressure at all: pregnancy, recent abdominal surgery, hernia, blood thinners', () => {
    for (const text of [tp(iliopsoas, 'psoas').clinicianOnly!, iliopsoas.selfCare.pressureRelease, cautionText(iliopsoas, 'pressure-release')]) {
      expect(text).toMatch(/pregnan/i);
      expect(text).toMatch(/abdominal surgery/i);
      expect(text).toMatch(/hernia/i);
      expect(text).toMatch(/blood thinners/i);
    }
  });

  it('warns that the bowel lies over the iliacus and stops the pressure for sharp belly pain', () => {
    expect(cautionText(iliopsoas, 'palpation', 'iliacus')).toMatch(/bowel \(caecum on the right, sigmoid colon on the left\)/);
    expect(cautionText(iliopsoas, 'palpation', 'iliacus')).toMatch(/Stop for sharp belly pain/);
    expect(tp(iliopsoas, 'iliacus').palpation).toMatch(/stop if it causes sharp pain in the belly/);
    expect(cautionText(iliopsoas, 'pressure-release')).toMatch(/bowel/);
  });

  it('uses the psoas-only figure (5-10% in low back pain) for the psoas trigger point alone', () => {
    expect(tp(iliopsoas, 'psoas').prevalence).toBe('occasional');
    for (const id of ['iliacus', 'femoral-triangle']) {
      expect(tp(iliopsoas, id).prevalence, id).toBe('common');
      expect(tp(iliopsoas, id).prevalenceNote, id).toMatch(/counts psoas trigger points only/);
    }
  });

  it('draws its lumbar band beside the spine, not over the spinous processes', () => {
    expect(iliopsoas.triggerPoints[0]!.zones[0]!.description).toMatch(/beside the spine/i);
  });
});

/** Every text of a muscle that a patient may read. */
const allTexts = (m: MuscleData): string[] => [
  ...m.triggerPoints.flatMap((t) => [t.palpation, t.clinicianOnly ?? '', t.description]),
  m.selfCare.pressureRelease,
  m.selfCare.stretch,
  ...m.selfCare.other,
  ...m.selfCare.cautions,
  ...m.techniqueCautions.map((c) => c.caution),
].filter(Boolean);

describe('the abdominal aortic aneurysm red flag', () => {
  it.each(['iliopsoas', 'quadratus-lumborum', 'lumbar-paraspinals'])('is among the cautions of %s: sudden severe back or belly pain, over 60, smoker, pulsing lump, emergency', (id) => {
    const flag = muscle(id).selfCare.cautions.find((c) => /aneurysm/i.test(c));
    expect(flag).toBeDefined();
    expect(flag).toMatch(/sudden, severe pain in the back or belly/i);
    expect(flag).toMatch(/over 60/);
    expect(flag).toMatch(/smoke/i);
    expect(flag).toMatch(/pulsing lump/i);
    expect(flag).toMatch(/emergency/i);
  });

  it.each(['iliopsoas', 'quadratus-lumborum', 'lumbar-paraspinals'])(
    'gives %s one urgency per finding: sudden severe pain or faintness, with or without a lump, is an emergency; a painless pulsing lump is a same-day visit',
    (id) => {
      const cautions = muscle(id).selfCare.cautions;
      const emergency = cautions.find((c) => /sudden, severe pain in the back or belly/i.test(c))!;
      expect(emergency).toMatch(/collapse or feeling faint/);
      expect(emergency).toMatch(/with or without a pulsing lump/);
      expect(emergency).toMatch(/call emergency services/);
      expect(emergency).not.toMatch(/same day/);
      const sameDay = cautions.find((c) => /pulsing lump/.test(c) && /without pain/.test(c))!;
      expect(sameDay).toMatch(/see a doctor the same day/);
      expect(sameDay).not.toMatch(/emergency/);
      // No text calls a pulsing lump an emergency unless it comes with sudden, severe pain or
      // faintness, and none sends sudden, severe pain to a same-day visit.
      for (const text of allTexts(muscle(id))) {
        if (!/puls\w+ (lump|mass)/i.test(text)) continue;
        if (/emergency/.test(text)) expect(text, text).toMatch(/sudden, severe pain|faint/i);
        if (/same day/.test(text)) expect(text, text).not.toMatch(/sudden, severe pain[^.;]*same day/i);
      }
      expect(emergency).toBe(muscle('iliopsoas').selfCare.cautions.find((c) => /sudden, severe pain in the back or belly/i.test(c)));
      expect(sameDay).toBe(muscle('iliopsoas').selfCare.cautions.find((c) => /pulsing lump/.test(c) && /without pain/.test(c)));
    },
  );
});

describe('quadratus lumborum', () => {
  it('works the upper trigger point from the side of the waist, above the iliac crest, never into the angle of the 12th rib and the spine', () => {
    const palpation = tp(ql, 'superficial-upper').palpation;
    expect(palpation).toMatch(/from the side of the waist/i);
    expect(palpation).toMatch(/above the top of the pelvic rim/i);
    expect(palpation).toMatch(/gently/i);
    expect(palpation).toMatch(/do not press into the corner between the lowest rib and the spine/i);
    expect(cautionText(ql, 'palpation', 'superficial-upper')).toMatch(/kidney/i);
  });

  it('puts no body weight on a ball under the ribs: self-pressure lies on the other side and works gently just above the iliac crest', () => {
    const text = ql.selfCare.pressureRelease;
    expect(text).toMatch(/lie on the pain-free side/i);
    expect(text).toMatch(/just above the top of the pelvic rim/i);
    expect(text).toMatch(/gently/i);
    expect(text).toMatch(/do not lie or lean your body weight on a ball anywhere in the flank/i);
    expect(cautionText(ql, 'pressure-release')).toMatch(/kidney/i);
    expect(cautionText(ql, 'pressure-release')).toMatch(/No ball and no body weight in the flank/);
  });

  it('warns off flank pressure with kidney disease or a transplant or on blood thinners, and stops for sharp pain or nausea', () => {
    const text = `${ql.selfCare.cautions.join(' ')} ${cautionText(ql, 'pressure-release')}`;
    expect(text).toMatch(/kidney disease/i);
    expect(text).toMatch(/transplant/i);
    expect(text).toMatch(/blood thinners/i);
    expect(text).toMatch(/sharp pain or nausea/i);
  });

  it('draws the band across the sacrum only as each side\'s half, ending at the midline, and says it needs both sides', () => {
    for (const id of ['deep-upper', 'deep-lower']) {
      const band = tp(ql, id).zones.find((z) => /across the upper sacrum/i.test(z.description));
      expect(band?.kind, id).toBe('spillover');
      expect(band?.crossesMidline, id).toBeUndefined();
      expect(band?.description).toMatch(/deep trigger points on both sides/i);
      expect(band?.description).toMatch(/each side's trigger point draws its own half/i);
      expect(band?.description).toMatch(/up to the midline/i);
    }
  });
});

describe('the side rule in the data', () => {
  it('lets no zone of these five muscles cross the midline', () => {
    for (const id of ['iliopsoas', 'quadratus-lumborum', 'lumbar-paraspinals', 'gluteus-medius', 'piriformis']) {
      for (const t of muscle(id).triggerPoints) for (const z of t.zones) expect(z.crossesMidline, `${id}/${t.id}`).toBeUndefined();
    }
  });

  it('keeps gluteus medius TrP3 on its own side, with the reported spread to both sides marked unverified', () => {
    const trp3 = tp(muscle('gluteus-medius'), 'trp3');
    expect(trp3.zones.every((z) => z.shapes.every((s) => s.shape !== 'stroke' || s.path.every((a) => !JSON.stringify(a).includes('@opposite'))))).toBe(true);
    expect(trp3.uncertain).toMatch(/not verified/i);
  });
});

describe('lumbar paraspinals', () => {
  it('draws multifidus at L3, L4, L5 and S1', () => {
    expect(paraspinals.triggerPoints.map((t) => t.id)).toEqual(expect.arrayContaining(['multifidus-l3', 'multifidus-l4', 'multifidus-l5', 'multifidus-s1']));
  });

  it('stores no other text\'s pattern as an S1 spillover zone, and says the sources disagree', () => {
    const s1 = tp(paraspinals, 'multifidus-s1');
    expect(s1.zones.map((z) => z.kind)).toEqual(['essential']);
    expect(s1.uncertain).toMatch(/disagree/i);
  });

  it('keeps the balls beside the spine and out of the flank under the lowest ribs, where the kidneys lie', () => {
    expect(paraspinals.selfCare.pressureRelease).toMatch(/kidneys/i);
    expect(cautionText(paraspinals, 'pressure-release')).toMatch(/kidney/i);
    expect(cautionText(paraspinals, 'palpation', 'iliocostalis-lumborum')).toMatch(/kidney/i);
  });
});

describe('the sciatic nerve in the buttock', () => {
  it.each(['piriformis', 'gluteus-medius'])('%s tells the patient to move the ball if tingling runs down the leg', (id) => {
    const m = muscle(id);
    expect(m.selfCare.pressureRelease).toMatch(/tingling.*down the leg.*move the ball/i);
    expect(cautionText(m, 'pressure-release')).toMatch(/sciatic nerve/i);
  });

  it('piriformis sends the finger for the inner trigger point beside the sacrum, not to the top of the greater sciatic notch where the upper gluteal vessels come out', () => {
    const medial = tp(muscle('piriformis'), 'medial');
    expect(medial.palpation).not.toMatch(/sciatic notch/);
    expect(medial.palpation).toMatch(/Press gently into the buttock just outside the side edge of the sacrum/);
    expect(medial.palpation).toMatch(/throbbing pulse/);
    expect(cautionText(muscle('piriformis'), 'palpation', 'medial')).toMatch(/superior gluteal artery/);
  });

  it('stretches the front fibres of gluteus medius with the hip straight and the leg behind, the back fibres with the hip bent and the leg in front', () => {
    const stretch = muscle('gluteus-medius').selfCare.stretch;
    expect(stretch).toMatch(/front fibres, keep the hip straight and let the leg drop behind the lower leg/);
    expect(stretch).toMatch(/back fibres, bend the hip a little and let the leg drop in front of the lower leg/);
    expect(muscle('gluteus-medius').notes.join(' ')).toMatch(/reference summary words the side-lying stretch the other way round/);
  });

  it('piriformis keeps the ball out of the hollow between the sitting bone and the greater trochanter', () => {
    expect(muscle('piriformis').selfCare.pressureRelease).toMatch(/out of the hollow between the sitting bone and the bony bump of the hip/i);
  });
});
