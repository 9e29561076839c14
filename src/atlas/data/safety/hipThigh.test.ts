/**
 * Safety facts of the buttock, pelvic floor, hip and thigh muscles (second wave), written as
 * sentences a clinician would sign: the checked fixes of the reference and every caution near a
 * nerve, a vessel or an organ.
 */
import { describe, expect, it } from 'vitest';
import { cautionsOf, muscle, nearOf, textOf, tp } from './muscleFacts';

const IDS = [
  'gluteus-maximus', 'pelvic-floor', 'tensor-fasciae-latae', 'pectineus', 'adductor-longus', 'adductor-magnus',
  'sartorius', 'vastus-intermedius', 'vastus-medialis', 'semitendinosus', 'biceps-femoris',
] as const;
const cautions = (id: string) => muscle(id).selfCare.cautions.join(' ');

describe('the hip and thigh muscles', () => {
  it('are all in the atlas, with sources', () => {
    for (const id of IDS) expect(muscle(id).sources.length, id).toBeGreaterThan(0);
  });

  it('name the hip replacement for every stretch that bends, crosses, spreads or turns the hip', () => {
    for (const id of IDS.filter((x) => x !== 'pelvic-floor' && x !== 'vastus-intermedius')) {
      expect(textOf(id, 'stretch'), id).toMatch(/hip replacement/i);
    }
  });
});

describe('the femoral triangle and the adductor canal', () => {
  it('gives the femoral triangle from outside in as nerve, artery, vein (sartorius, pectineus, adductor longus)', () => {
    expect(textOf('sartorius', 'palpation', 'upper')).toMatch(/femoral nerve.*femoral artery.*femoral vein.*from outside in/i);
    expect(textOf('sartorius', 'pressure-release')).toMatch(/From outside in lie the femoral nerve, the femoral artery \(the pulse\) and the femoral vein/);
    expect(textOf('adductor-longus', 'palpation')).toMatch(/From outside in lie the femoral nerve, the femoral artery \(the pulse\) and the femoral vein/);
    expect(textOf('pectineus', 'pressure-release')).toMatch(/under the femoral vein, with the artery \(the pulse\) and then the femoral nerve further out/);
  });

  it('says the femoral vein has no pulse and lies inside the artery, so "not over a pulse" is not enough (adductor longus)', () => {
    const text = textOf('adductor-longus', 'palpation');
    expect(text).toMatch(/vein, which has no pulse and lies just inside the artery/);
    expect(text).toMatch(/"Not over a pulse" is not enough/);
    expect(text).toMatch(/two to three finger-widths to the inner side of the pulse/);
    expect(muscle('adductor-longus').selfCare.pressureRelease).toMatch(/not on the outer side of the cord/);
  });

  it('leaves pectineus to a clinician, because "just inside the pulse" is on the femoral vein, and gives no self-pressure', () => {
    expect(tp('pectineus', 'trp').clinicianOnly).toMatch(/"just inside the pulse" is on the vein/);
    expect(muscle('pectineus').selfCare.pressureRelease).toMatch(/not advised/);
    expect(nearOf('pectineus', 'pressure-release')).toMatch(/femoral vein/);
    expect(textOf('pectineus', 'pressure-release')).toMatch(/catheter/);
  });

  it('gives a place rule for the adductor canal, whose pulse usually cannot be felt (adductor magnus, vastus medialis)', () => {
    for (const id of ['adductor-magnus', 'vastus-medialis']) {
      const text = `${textOf(id, 'palpation')} ${textOf(id, 'pressure-release')}`;
      expect(text, id).toMatch(/adductor canal/);
      expect(text, id).toMatch(/(cannot be felt|usually cannot be felt|no guide)/);
      expect(text, id).toMatch(/groove/);
    }
    expect(textOf('adductor-magnus', 'palpation', 'trp1')).toMatch(/a hand's breadth above the knee/);
    expect(muscle('adductor-magnus').anatomy.insertion).toMatch(/8-13 cm/);
  });

  it('keeps the high adductor magnus trigger point beside the genitals and perineum for a clinician', () => {
    expect(tp('adductor-magnus', 'trp2').clinicianOnly).toMatch(/genitals and the perineum/);
    expect(tp('adductor-magnus', 'trp2').clinicianOnly).toMatch(/sciatic nerve/);
    expect(tp('adductor-magnus', 'trp1').clinicianOnly).toBeUndefined();
  });
});

describe('the sciatic and common fibular nerves and the hollow of the knee', () => {
  it('says where not to put the ball under gluteus maximus: the hollow between the sitting bone and the bony point of the hip', () => {
    const text = muscle('gluteus-maximus').selfCare.pressureRelease;
    expect(text).toMatch(/hollow between the sitting bone and the bony point of the hip/);
    expect(text).toMatch(/sciatic nerve/);
    expect(text).toMatch(/tailbone/);
    expect(nearOf('gluteus-maximus', 'pressure-release')).toMatch(/sciatic nerve/);
    expect(nearOf('gluteus-maximus', 'palpation', 'trp2')).toMatch(/sciatic nerve/);
  });

  it('keeps the hamstring ball off the centre line of the thigh (sciatic nerve) and out of the hollow of the knee', () => {
    for (const id of ['semitendinosus', 'biceps-femoris']) {
      const text = muscle(id).selfCare.pressureRelease;
      expect(text, id).toMatch(/not the centre line, where the sciatic nerve runs/);
      expect(text, id).toMatch(/hand-width above the knee crease/);
      expect(text, id).toMatch(/never press into the hollow of the knee/i);
      expect(nearOf(id, 'pressure-release'), id).toMatch(/popliteal artery.*tibial nerve/);
    }
    expect(muscle('semitendinosus').selfCare.pressureRelease).toMatch(/inner side/);
    expect(muscle('biceps-femoris').selfCare.pressureRelease).toMatch(/outer side/);
  });

  it('keeps the ball off the biceps tendon, along whose inner edge the common fibular nerve runs', () => {
    expect(muscle('biceps-femoris').selfCare.pressureRelease).toMatch(/not on the biceps tendon, along whose inner edge the common fibular nerve runs/);
    expect(nearOf('biceps-femoris', 'pressure-release')).toMatch(/common fibular nerve/);
  });

  it('warns that tingling into the calf or foot during the straight-leg stretch is the sciatic nerve', () => {
    for (const id of ['semitendinosus', 'biceps-femoris']) {
      expect(muscle(id).selfCare.stretch, id).toMatch(/tingling or pain into the calf or foot.*sciatic nerve/);
      expect(textOf(id, 'stretch'), id).toMatch(/hip replacement.*right angle/);
      expect(textOf(id, 'stretch'), id).toMatch(/osteoporosis/);
    }
  });

  it('keeps pressure near the ASIS to the outer side of the bony point (lateral femoral cutaneous nerve)', () => {
    expect(nearOf('tensor-fasciae-latae', 'palpation')).toMatch(/lateral femoral cutaneous nerve/);
    expect(muscle('tensor-fasciae-latae').selfCare.pressureRelease).toMatch(/outer side of the bony point/);
    expect(nearOf('sartorius', 'palpation', 'upper')).toMatch(/lateral femoral cutaneous nerve/);
  });
});

describe('veins, bleeding and who should not', () => {
  it('allows no pressure over varicose veins on the inner and back of the thigh', () => {
    for (const id of ['adductor-longus', 'adductor-magnus', 'vastus-medialis', 'sartorius', 'vastus-intermedius', 'semitendinosus', 'biceps-femoris']) {
      expect(textOf(id, 'pressure-release'), id).toMatch(/varicose veins/);
    }
    for (const id of ['adductor-longus', 'adductor-magnus', 'pectineus']) {
      expect(textOf(id, 'pressure-release'), id).toMatch(/blood thinners/);
      expect(textOf(id, 'pressure-release'), id).toMatch(/(DVT|clot)/);
    }
  });

  it('names the dislocation position after a hip replacement for the gluteus maximus and TFL stretches', () => {
    expect(textOf('gluteus-maximus', 'stretch')).toMatch(/hip replacement.*dislocate/);
    expect(muscle('gluteus-maximus').selfCare.stretch).toMatch(/hip replacement/);
    expect(textOf('tensor-fasciae-latae', 'stretch')).toMatch(/hip replacement.*dislocate/);
    expect(textOf('gluteus-maximus', 'stretch')).toMatch(/osteoporosis/);
  });

  it('names deep-vein thrombosis and claudication for the hamstrings, and cauda equina in words', () => {
    for (const id of ['semitendinosus', 'biceps-femoris']) {
      expect(cautions(id), id).toMatch(/deep-vein thrombosis/);
      expect(cautions(id), id).toMatch(/claudication/);
      expect(cautions(id), id).toMatch(/bladder or bowel/);
    }
  });

  it('names torsion, ectopic pregnancy and hernia for the groin muscles', () => {
    for (const id of ['adductor-longus', 'adductor-magnus', 'pectineus']) {
      expect(cautions(id), id).toMatch(/torsion/);
      expect(cautions(id), id).toMatch(/ectopic pregnancy/);
      expect(cautions(id), id).toMatch(/hernia/);
    }
  });

  it('names the hip mimics for the buttock and hip: fracture after a fall, joint infection', () => {
    for (const id of ['gluteus-maximus', 'tensor-fasciae-latae']) {
      expect(cautions(id), id).toMatch(/hip fracture/);
      expect(cautions(id), id).toMatch(/joint infection/);
    }
    expect(cautions('gluteus-maximus')).toMatch(/cauda equina/);
  });
});

describe('the pelvic floor', () => {
  it('gives the referral only: every trigger point is for a clinician, internal, and the atlas describes no internal technique', () => {
    const m = muscle('pelvic-floor');
    for (const t of m.triggerPoints) {
      expect(t.clinicianOnly, t.id).toMatch(/examines them internally/);
      expect(t.clinicianOnly, t.id).toMatch(/This atlas describes no internal technique/);
      expect(t.palpation, t.id).toMatch(/Clinician's examination only/);
    }
    expect(m.notes.join(' ')).toMatch(/A clinician examines these muscles/);
    expect(m.selfCare.pressureRelease).toMatch(/^None\./);
    expect(m.selfCare.pressureRelease).toMatch(/describes no internal technique/);
  });

  it('offers no internal self-care anywhere in its self-care texts', () => {
    const m = muscle('pelvic-floor');
    const selfCare = [m.selfCare.pressureRelease, m.selfCare.stretch, ...m.selfCare.other].join(' ');
    expect(selfCare).not.toMatch(/\b(insert|wand|internal massage|inside the (vagina|rectum))\b/i);
    expect(cautionsOf('pelvic-floor', 'palpation')[0]?.caution).toMatch(/no fingers, wands or other devices inside the vagina or rectum/);
  });

  it('names the emergencies: cauda equina, testicular torsion, ectopic pregnancy', () => {
    const text = cautions('pelvic-floor');
    expect(text).toMatch(/cauda equina/);
    expect(text).toMatch(/testicular torsion until proved otherwise/);
    expect(text).toMatch(/ectopic pregnancy/);
    expect(text).toMatch(/Rectal bleeding/);
  });
});
