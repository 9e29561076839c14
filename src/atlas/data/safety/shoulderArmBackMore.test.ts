/**
 * Safety and accuracy facts of the second wave's shoulder, arm and mid-back muscles (issue 13),
 * read from the muscle data: the reference's [CHECKED] fixes and the cautions near nerves,
 * arteries and organs (../shared/reference/more/shoulder-arm-back.md).
 */
import { describe, expect, it } from 'vitest';
import { muscle, nearOf, textOf, tp } from './muscleFacts';

const cautions = (id: string): string => muscle(id).selfCare.cautions.join(' ');

describe('the [CHECKED] fixes of the shoulder, arm and mid-back muscles', () => {
  it('warns that deltoid-area shoulder-tip pain can come from the diaphragm (gallbladder, liver, spleen) and flags polymyalgia rheumatica', () => {
    expect(cautions('deltoid')).toMatch(/diaphragm/);
    expect(cautions('deltoid')).toMatch(/gallbladder/);
    expect(cautions('deltoid')).toMatch(/spleen/);
    expect(cautions('deltoid')).toMatch(/does not change when you move the arm/);
    expect(cautions('deltoid')).toMatch(/polymyalgia rheumatica/);
    expect(cautions('deltoid')).toMatch(/jaw pain on chewing/);
  });

  it('leaves the in-the-armpit palpation of coracobrachialis to a clinician', () => {
    const main = tp('coracobrachialis', 'main');
    expect(main.clinicianOnly).toMatch(/armpit/);
    expect(main.clinicianOnly).toMatch(/axillary artery/);
    expect(main.clinicianOnly).toMatch(/brachial plexus/);
    expect(main.clinicianOnly).toMatch(/lymph nodes/);
  });

  it('sends the coracobrachialis thumb to the biceps edge in front of the pulse groove, never between biceps and triceps', () => {
    const selfCare = muscle('coracobrachialis').selfCare.pressureRelease;
    expect(selfCare).toMatch(/inner edge of the biceps/);
    expect(selfCare).toMatch(/in front of the groove where the pulse is felt/);
    expect(selfCare).toMatch(/If you feel a pulse, move the thumb forward/);
    expect(selfCare).not.toMatch(/between (the )?biceps and (the )?triceps/i);
    expect(tp('coracobrachialis', 'distal').palpation).not.toMatch(/between (the )?biceps and (the )?triceps/i);
    expect(nearOf('coracobrachialis', 'pressure-release')).toMatch(/brachial artery/);
    expect(nearOf('coracobrachialis', 'pressure-release')).toMatch(/median nerve/);
    expect(nearOf('coracobrachialis', 'pressure-release')).toMatch(/ulnar nerve/);
    expect(textOf('coracobrachialis', 'pressure-release')).toMatch(/Never press on a pulse/);
    expect(textOf('coracobrachialis', 'pressure-release')).toMatch(/lymphoedema/);
  });

  it('does not put a ball under a palm-up arm on a table for biceps (that ball would lie over the radial nerve under the triceps)', () => {
    expect(muscle('biceps-brachii').selfCare.pressureRelease).not.toMatch(/palm-up on a table/);
    expect(textOf('biceps-brachii', 'pressure-release')).toMatch(/radial nerve/);
    expect(textOf('biceps-brachii', 'pressure-release')).toMatch(/inner edge/);
    expect(nearOf('biceps-brachii', 'pressure-release')).toMatch(/brachial artery/);
  });

  it('adds cardiac ischaemia and cervical myelopathy to the triceps red flags', () => {
    expect(cautions('triceps-brachii')).toMatch(/little finger.*(effort|chest pressure)|effort.*little finger/);
    expect(cautions('triceps-brachii')).toMatch(/emergency/);
    expect(cautions('triceps-brachii')).toMatch(/unsteady walking/);
    expect(cautions('triceps-brachii')).toMatch(/spinal cord/);
  });
});

describe('cautions near nerves, arteries and organs', () => {
  it('keeps deltoid pressure on the muscle, not deep in the armpit where the axillary nerve and vessels pass', () => {
    expect(nearOf('deltoid', 'pressure-release')).toMatch(/axillary nerve/);
    expect(textOf('deltoid', 'pressure-release')).toMatch(/not deep in the armpit/);
    expect(nearOf('deltoid', 'palpation', 'posterior')).toMatch(/axillary nerve/);
  });

  it.each(['latissimus-dorsi', 'teres-major'])('keeps the pinch on the back fold of the armpit, out of its hollow (axillary artery, brachial plexus) (%s)', (id) => {
    const tpId = id === 'latissimus-dorsi' ? 'upper' : 'central';
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf(id, technique, tpId)).toMatch(/axillary artery/);
      expect(nearOf(id, technique, tpId)).toMatch(/brachial plexus/);
      expect(textOf(id, technique, tpId)).toMatch(/hollow of the armpit/);
    }
  });

  it('asks a patient with a recent dislocation to see a clinician before the teres major stretch', () => {
    expect(textOf('teres-major', 'stretch')).toMatch(/dislocation/);
    expect(muscle('teres-major').selfCare.stretch).toMatch(/dislocation/);
  });

  it('keeps biceps and brachialis pressure out of the elbow crease and the inner groove (brachial artery, median nerve)', () => {
    for (const id of ['biceps-brachii', 'brachialis']) {
      expect(nearOf(id, 'palpation')).toMatch(/brachial artery/);
      expect(nearOf(id, 'palpation')).toMatch(/median nerve/);
      expect(textOf(id, 'pressure-release')).toMatch(/elbow crease/);
    }
    expect(nearOf('brachialis', 'palpation')).toMatch(/superficial radial nerve/);
    expect(textOf('brachialis', 'palpation')).toMatch(/tingling/);
  });

  it('never sends the triceps thumb into the groove behind the inner elbow (ulnar nerve), and moves off the radial nerve', () => {
    expect(nearOf('triceps-brachii', 'palpation', 'trp5')).toMatch(/ulnar nerve/);
    expect(textOf('triceps-brachii', 'palpation', 'trp5')).toMatch(/never press in the groove/);
    expect(nearOf('triceps-brachii', 'palpation', 'trp3')).toMatch(/radial nerve/);
    expect(textOf('triceps-brachii', 'pressure-release')).toMatch(/Never press in the groove/);
    expect(textOf('triceps-brachii', 'palpation', 'trp4')).toMatch(/red, hot or swollen/);
  });

  it('puts the kidney first for serratus posterior inferior and keeps pressure off the loose rib tips and the kidney', () => {
    expect(muscle('serratus-posterior-inferior').selfCare.cautions[0]).toMatch(/kidney/);
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('serratus-posterior-inferior', technique)).toMatch(/kidney/);
      expect(textOf('serratus-posterior-inferior', technique)).toMatch(/loose (rib )?tips/);
    }
    expect(textOf('serratus-posterior-inferior', 'pressure-release')).toMatch(/transplant/);
  });

  it('keeps thoracic paraspinal balls off the spine and no foam roller or balls with osteoporosis or a past fracture', () => {
    expect(textOf('thoracic-paraspinals', 'pressure-release')).toMatch(/off the bony points of the spine/);
    expect(textOf('thoracic-paraspinals', 'pressure-release')).toMatch(/osteoporosis/);
    expect(textOf('thoracic-paraspinals', 'other')).toMatch(/osteoporosis/);
    expect(nearOf('thoracic-paraspinals', 'palpation', 'longissimus-t10-t11')).toMatch(/kidney/);
  });

  it('lists the organ mimics of thoracic paraspinal pain, heart and aorta first', () => {
    const c = muscle('thoracic-paraspinals').selfCare.cautions;
    expect(c[0]).toMatch(/emergency/);
    expect(c[0]).toMatch(/angina/);
    expect(c[1]).toMatch(/aortic dissection/);
    const all = c.join(' ');
    for (const word of [/gallbladder/, /pancreatitis/, /kidney/, /shingles/, /clot in the lung/, /spinal cord/]) expect(all).toMatch(word);
  });

  it('tells patients with latissimus pain to think of organ causes first, since the ache does not change with position', () => {
    expect(cautions('latissimus-dorsi')).toMatch(/organ causes must come first/);
    expect(cautions('latissimus-dorsi')).toMatch(/aortic dissection/);
  });
});

describe('marked disagreements', () => {
  it('gives the lower buttock to the T10-T11 longissimus trigger point and says the sources disagree', () => {
    const essential = tp('thoracic-paraspinals', 'longissimus-t10-t11').zones.find((z) => z.kind === 'essential')!;
    expect(essential.description).toMatch(/lower buttock/);
    expect(essential.uncertain).toMatch(/disagree/);
  });

  it('marks the one-colour coracobrachialis figure as uncertain in both layers', () => {
    for (const z of tp('coracobrachialis', 'main').zones) expect(z.uncertain).toMatch(/one colour/);
  });
});
