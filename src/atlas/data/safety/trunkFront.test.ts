/**
 * Safety and accuracy facts of the front-of-trunk muscles (issue 13: pectoralis minor, serratus
 * anterior, sternalis, rectus abdominis, the obliques with transversus abdominis), as sentences a
 * clinician would sign, read from the muscle data. Each [CHECKED] fix of the reference
 * (more/head-neck-trunk-front.md, sections 6-10) has a test here.
 */
import { describe, expect, it } from 'vitest';
import { muscle, nearOf, textOf, tp } from './muscleFacts';

const CHEST = ['pectoralis-minor', 'serratus-anterior', 'sternalis'] as const;
const BELLY = ['rectus-abdominis', 'external-oblique'] as const;
const cautions = (id: string) => muscle(id).selfCare.cautions.join(' ');

describe('chest pain can be the heart', () => {
  it.each(CHEST)('says that chest pain with breathlessness, sweating or spreading to the arm or jaw is an emergency, and that a tender spot never rules out the heart (%s)', (id) => {
    const text = cautions(id);
    expect(text).toMatch(/breathlessness/);
    expect(text).toMatch(/sweating/);
    expect(text).toMatch(/arm or jaw/);
    expect(text).toMatch(/call emergency services/);
    expect(text).toMatch(/never rules out the heart/);
    expect(muscle(id).mistakenFor.join(' ')).toMatch(/heart attack/);
  });

  it.each(BELLY)('says that pain in the pit of the stomach or chest on exertion can be the heart (%s)', (id) => {
    expect(cautions(id)).toMatch(/exertion/);
    expect(cautions(id)).toMatch(/can be the heart/);
    expect(cautions(id)).toMatch(/never rules out the heart/);
  });

  it('ties sternalis self-care to a doctor having ruled out the heart first [CHECKED]', () => {
    expect(muscle('sternalis').selfCare.pressureRelease).toMatch(/^Only once a doctor has ruled out a heart cause/);
    expect(textOf('sternalis', 'pressure-release')).toMatch(/Only after a heart cause has been ruled out/);
    expect(textOf('sternalis', 'palpation')).toMatch(/does not rule out a heart problem/);
    expect(nearOf('sternalis', 'palpation')).toMatch(/heart/);
  });

  it('warns of a tearing pain through to the back, a collapsed lung and shingles before the rash with sternalis [CHECKED]', () => {
    expect(cautions('sternalis')).toMatch(/tearing pain/);
    expect(cautions('sternalis')).toMatch(/collapsed lung/);
    expect(cautions('sternalis')).toMatch(/shingles/);
    expect(cautions('sternalis')).toMatch(/with or without a rash yet/);
  });

  it('keeps sternalis pressure off breast tissue and away from a breastbone opened for surgery [CHECKED]', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('sternalis', technique)).toMatch(/breast tissue/);
      expect(textOf('sternalis', technique)).toMatch(/surgery through the breastbone/);
    }
    expect(textOf('sternalis', 'pressure-release')).toMatch(/not in the breast/);
  });
});

describe('pectoralis minor near the nerves and vessels of the arm', () => {
  it('leaves the attachment trigger point under the coracoid, over the brachial plexus and axillary vessels, to a clinician [CHECKED]', () => {
    const attachment = tp('pectoralis-minor', 'attachment');
    expect(attachment.clinicianOnly).toMatch(/brachial plexus/);
    expect(attachment.clinicianOnly).toMatch(/axillary artery/);
    expect(nearOf('pectoralis-minor', 'palpation', 'attachment')).toMatch(/brachial plexus/);
  });

  it('moves the ball off the hollow under the coracoid onto the upper ribs, and keeps the fingers on the chest wall, not up in the armpit [CHECKED]', () => {
    const release = muscle('pectoralis-minor').selfCare.pressureRelease;
    expect(release).toMatch(/three finger-widths below the collarbone/);
    expect(release).toMatch(/keep it off the hollow right under that knob/);
    expect(release).toMatch(/not up into the armpit/);
    expect(nearOf('pectoralis-minor', 'pressure-release')).toMatch(/brachial plexus/);
    expect(nearOf('pectoralis-minor', 'pressure-release')).toMatch(/axillary artery/);
    expect(textOf('pectoralis-minor', 'pressure-release')).toMatch(/tingles, goes numb or pale/);
    expect(textOf('pectoralis-minor', 'palpation', 'central')).toMatch(/not up into the hollow of the armpit/);
    expect(nearOf('pectoralis-minor', 'palpation', 'central')).toMatch(/lymph nodes/);
  });

  it('keeps the ball off breast tissue and implants, and sends a lump to a doctor [CHECKED]', () => {
    expect(nearOf('pectoralis-minor', 'pressure-release')).toMatch(/breast tissue/);
    expect(textOf('pectoralis-minor', 'pressure-release')).toMatch(/Do not press the ball into the breast or over an implant/);
    expect(textOf('pectoralis-minor', 'pressure-release')).toMatch(/radiotherapy/);
    expect(textOf('pectoralis-minor', 'palpation', 'central')).toMatch(/lump .* needs a doctor/);
    expect(cautions('pectoralis-minor')).toMatch(/breast lump/);
  });

  it('stops the high-arm stretch at once if the hand tingles, goes numb, heavy, pale or blue [CHECKED]', () => {
    expect(nearOf('pectoralis-minor', 'stretch')).toMatch(/brachial plexus/);
    const text = textOf('pectoralis-minor', 'stretch');
    expect(text).toMatch(/tingles, goes numb, feels heavy, or turns pale or blue/);
    expect(text).toMatch(/lower the arm at once/);
    expect(text).toMatch(/dislocated/);
  });

  it('names the arm red flags: a swollen blue arm, a cold pale hand, and arm pain with hand weakness in a smoker', () => {
    expect(cautions('pectoralis-minor')).toMatch(/swollen, blue or heavy arm/);
    expect(cautions('pectoralis-minor')).toMatch(/cold, pale, painful hand/);
    expect(cautions('pectoralis-minor')).toMatch(/smoker/);
  });
});

describe('serratus anterior on the side of the chest', () => {
  it('keeps the ball a hand\'s width below the armpit and behind the edge of the breast [CHECKED]', () => {
    expect(muscle('serratus-anterior').selfCare.pressureRelease).toMatch(/a hand's width below the armpit and behind the edge of the breast/);
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('serratus-anterior', technique)).toMatch(/lymph nodes of the armpit/);
      expect(nearOf('serratus-anterior', technique)).toMatch(/breast tissue/);
      expect(textOf('serratus-anterior', technique)).toMatch(/not (up )?in the armpit/);
      expect(textOf('serratus-anterior', technique)).toMatch(/osteoporosis/);
    }
  });

  it('leaves needling, which can puncture the lung, to trained clinicians, and names the breathing red flags', () => {
    expect(cautions('serratus-anterior')).toMatch(/puncture the lung/);
    expect(cautions('serratus-anterior')).toMatch(/collapsed lung or a clot in the lung/);
    expect(cautions('serratus-anterior')).toMatch(/shingles/);
    expect(cautions('serratus-anterior')).toMatch(/long thoracic nerve/);
  });
});

describe('belly pain can be an organ', () => {
  it.each(BELLY)('keeps every belly-wall palpation and pressure shallow, away from the aorta, a pulsing lump and a hernia (%s)', (id) => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      for (const t of muscle(id).triggerPoints) {
        const text = textOf(id, technique, t.id);
        expect(text, `${id} ${technique} ${t.id}`).toMatch(/pulse under the fingers/);
        expect(text, `${id} ${technique} ${t.id}`).toMatch(/pulsing lump/);
        expect(text, `${id} ${technique} ${t.id}`).toMatch(/hernia/);
        expect(text, `${id} ${technique} ${t.id}`).toMatch(/pregnancy/);
      }
    }
  });

  it('makes the rectus abdominis aortic caution explicit: no deep pressure in the midline around and above the navel [CHECKED]', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('rectus-abdominis', technique)).toMatch(/abdominal aorta/);
      expect(textOf('rectus-abdominis', technique)).toMatch(/middle of the belly around and above the navel, where the main artery \(aorta\) runs/);
      expect(textOf('rectus-abdominis', technique)).toMatch(/move outward and keep the pressure shallow/);
    }
  });

  it('skips the prone press-up where arching the back hurts (stenosis, spondylolisthesis)', () => {
    for (const id of BELLY) expect(textOf(id, 'stretch')).toMatch(/spinal stenosis/);
    expect(textOf('rectus-abdominis', 'stretch')).toMatch(/spondylolisthesis/);
  });

  it.each(BELLY)('names the acute abdomen and a bursting aortic aneurysm as emergencies, and shingles before the rash [CHECKED] (%s)', (id) => {
    const text = cautions(id);
    expect(text).toMatch(/hard or (board-like|rigid) belly/);
    expect(text).toMatch(/aneurysm/);
    expect(text).toMatch(/shingles/);
    expect(text).toMatch(/(with or without a rash yet|before any rash appears)/);
  });

  it('names the visceral look-alikes of rectus abdominis: appendicitis, gallbladder, pancreatitis, ectopic pregnancy, hernia, kidney', () => {
    const text = cautions('rectus-abdominis');
    for (const word of [/appendicitis/, /gallbladder/, /pancreatitis/, /ectopic pregnancy/, /hernia/, /kidney/]) expect(text).toMatch(word);
  });

  it('names testicular torsion as an emergency and keeps oblique pressure above the groin crease, off the femoral artery and nerve [CHECKED]', () => {
    expect(cautions('external-oblique')).toMatch(/Sudden pain in a testicle \(torsion\): call emergency services/);
    expect(nearOf('external-oblique', 'palpation', 'lower-lateral')).toMatch(/femoral artery and nerve/);
    expect(textOf('external-oblique', 'palpation', 'lower-lateral')).toMatch(/Stay above the groin crease/);
    expect(nearOf('external-oblique', 'pressure-release')).toMatch(/femoral artery and nerve/);
    expect(textOf('external-oblique', 'pressure-release')).toMatch(/not below the groin crease/);
  });

  it('keeps the fingers off the organs under the rib edge for the upper oblique and transversus trigger points', () => {
    for (const t of ['upper-external-oblique', 'transversus-upper']) {
      expect(nearOf('external-oblique', 'palpation', t)).toMatch(/liver and gallbladder/);
      expect(textOf('external-oblique', 'palpation', t)).toMatch(/do not hook the fingers up under the rib cage/);
    }
  });
});

describe('front-of-trunk patterns and their marks', () => {
  it('lets only the zones the sources draw across the midline cross it', () => {
    const crossing = ['pectoralis-minor', 'serratus-anterior', 'sternalis', 'rectus-abdominis', 'external-oblique'].flatMap((id) =>
      muscle(id).triggerPoints.flatMap((t) => t.zones.filter((z) => z.crossesMidline).map((z) => `${id}/${t.id}/${z.kind}`)),
    );
    expect(crossing.sort()).toEqual([
      'external-oblique/transversus-upper/essential',
      'external-oblique/upper-external-oblique/spillover',
      'rectus-abdominis/lower-attachment/essential',
      'rectus-abdominis/upper/essential',
      'sternalis/main/essential',
    ]);
  });

  it('keeps the memory-only transversus pattern marked unsure and below common', () => {
    const t = tp('external-oblique', 'transversus-upper');
    expect(t.prevalence).toBe('occasional');
    expect(t.uncertain).toMatch(/memory/);
    expect(t.zones[0]!.uncertain).toMatch(/memory/);
  });

  it('counts the inconstant sternalis, present in about 6% of people, as occasional', () => {
    expect(tp('sternalis', 'main').prevalence).toBe('occasional');
    expect(tp('sternalis', 'main').prevalenceNote).toMatch(/6%/);
  });

  it('keeps pectoralis minor\'s front of the shoulder essential and its chest, inner arm and ulnar hand spillover', () => {
    for (const t of muscle('pectoralis-minor').triggerPoints) {
      expect(t.zones.map((z) => z.kind)).toEqual(['essential', 'spillover']);
      expect(t.zones[0]!.description).toMatch(/front of the shoulder/);
      expect(t.zones[1]!.description).toMatch(/inner side of the upper arm/);
    }
  });

  it('marks the right-sided McBurney trigger point and the words-only rectus zones as unsure', () => {
    expect(tp('rectus-abdominis', 'mcburney').uncertain).toMatch(/on the right/);
    expect(tp('rectus-abdominis', 'periumbilical').zones[0]!.uncertain).toBeDefined();
    expect(tp('rectus-abdominis', 'lower-attachment').zones.find((z) => z.kind === 'spillover')!.uncertain).toMatch(/memory/);
  });
});
