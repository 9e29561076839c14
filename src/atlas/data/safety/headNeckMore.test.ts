/**
 * Safety and accuracy facts of the second wave's head and neck muscles, as sentences a clinician
 * would sign, read from the muscle data. The [CHECKED] fixes of the reference
 * (`reference/more/head-neck-trunk-front.md`, sections 1-5) each have a test here.
 */
import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../muscleSchema';
import { muscle, nearOf, textOf, tp } from './muscleFacts';

const NECK_STRETCHES = ['digastric', 'semispinalis-capitis', 'cervical-multifidi', 'splenius-cervicis'];

const anchorNames = (a: Anchor): string[] => (typeof a === 'string' ? [a] : [a.landmark, ...(a.toward ? [a.toward] : [])]);

describe('second-wave head and neck self-care', () => {
  it('stops the medial pterygoid stretch for a jaw that has locked open, dislocated, catches or locks', () => {
    for (const text of [muscle('medial-pterygoid').selfCare.stretch, textOf('medial-pterygoid', 'stretch')]) expect(text).toMatch(/comfortable/);
    expect(textOf('medial-pterygoid', 'stretch')).toMatch(/locked open or dislocated/);
    expect(textOf('medial-pterygoid', 'stretch')).toMatch(/catches or locks/);
    expect(textOf('medial-pterygoid', 'stretch')).toMatch(/dentist or doctor/);
  });

  it('keeps medial pterygoid pressure on the inner edge of the jaw bone, off the carotid pulse, the jugular vein and the parotid gland', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('medial-pterygoid', technique)).toMatch(/carotid artery/);
      expect(nearOf('medial-pterygoid', technique)).toMatch(/jugular vein/);
      expect(nearOf('medial-pterygoid', technique)).toMatch(/parotid/);
      expect(textOf('medial-pterygoid', technique)).toMatch(/pulse/);
      expect(textOf('medial-pterygoid', technique)).toMatch(/inner edge of the (jaw )?bone/);
    }
  });

  it('never draws medial pterygoid referral on the teeth', () => {
    for (const t of muscle('medial-pterygoid').triggerPoints)
      for (const z of t.zones)
        for (const shape of z.shapes) {
          const anchors = shape.shape === 'disc' ? [shape.center] : shape.path;
          for (const a of anchors) expect(anchorNames(a).join(' ')).not.toMatch(/molars|incisors/);
        }
  });

  it('sends jaw, throat or teeth pain on exertion to urgent care as possible heart pain (medial pterygoid, digastric)', () => {
    for (const id of ['medial-pterygoid', 'digastric']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/exertion/);
      expect(cautions).toMatch(/heart/);
      expect(cautions).toMatch(/emergency services/);
    }
  });

  it('names the throat and neck cancer signs: a sore throat or swallowing trouble beyond about 3 weeks, a neck lump, weight loss, voice change', () => {
    for (const id of ['medial-pterygoid', 'digastric']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/3 weeks/);
      expect(cautions).toMatch(/lump in the neck/);
      expect(cautions).toMatch(/weight loss/);
      expect(cautions).toMatch(/voice/);
    }
  });

  it('leaves the digastric back-belly examination to a clinician because of the carotid sheath', () => {
    const posterior = tp('digastric', 'posterior');
    expect(posterior.clinicianOnly).toMatch(/carotid artery/);
    expect(posterior.clinicianOnly).toMatch(/carotid sinus/);
    expect(posterior.clinicianOnly).toMatch(/not to self-care/);
  });

  it('keeps digastric pressure gentle, one side at a time, off the pulse and the carotid sinus, stopping for faintness', () => {
    expect(nearOf('digastric', 'pressure-release')).toMatch(/carotid artery/);
    expect(nearOf('digastric', 'pressure-release')).toMatch(/carotid sinus/);
    const text = `${muscle('digastric').selfCare.pressureRelease} ${textOf('digastric', 'pressure-release')}`;
    expect(text).toMatch(/gentle|light/);
    expect(text).toMatch(/one side at a time/);
    expect(text).toMatch(/never both sides/);
    expect(text).toMatch(/pulse/);
    expect(text).toMatch(/faint/);
  });

  it('holds the digastric head-back stretch short of end range and never adds a turn of the head', () => {
    expect(muscle('digastric').selfCare.stretch).toMatch(/only as far as is comfortable/);
    expect(muscle('digastric').selfCare.stretch).toMatch(/short of the end/);
    expect(muscle('digastric').selfCare.stretch).toMatch(/Do not add a turn/);
    expect(muscle('digastric').selfCare.stretch).not.toMatch(/rotat|turn (it|the head) (away|toward)/);
    expect(textOf('digastric', 'stretch')).toMatch(/never combined with turning/);
  });

  it.each(NECK_STRETCHES)('gives the %s neck stretch a stop rule for dizziness, visual disturbance, nausea, facial numbness and drop attacks', (id) => {
    const text = textOf(id, 'stretch');
    expect(text).toMatch(/dizzy/);
    expect(text).toMatch(/blurred or double vision/);
    expect(text).toMatch(/feel sick/);
    expect(text).toMatch(/face goes numb/);
    expect(text).toMatch(/legs give way/);
    expect(text).toMatch(/same day/);
    expect(nearOf(id, 'stretch')).toMatch(/vertebral and carotid arteries/);
  });

  it.each(['semispinalis-capitis', 'cervical-multifidi', 'splenius-cervicis'])(
    'stops the %s stretch when bending the head forward sends an electric-shock feeling (a spinal-cord sign)',
    (id) => {
      expect(textOf(id, 'stretch')).toMatch(/electric-shock feeling/);
      expect(nearOf(id, 'stretch')).toMatch(/spinal cord/);
    },
  );

  it.each(['semispinalis-capitis', 'cervical-multifidi'])('gives the %s ball-under-the-neck pressure the same stop rule, beside the spine and not on it', (id) => {
    const text = textOf(id, 'pressure-release');
    expect(text).toMatch(/dizzy/);
    expect(text).toMatch(/blurred or double vision/);
    expect(text).toMatch(/legs give way/);
    expect(text).toMatch(/beside the spine/);
    expect(muscle(id).selfCare.pressureRelease).toMatch(/not on the bony point/);
    expect(nearOf(id, 'pressure-release')).toMatch(/vertebral artery/);
  });

  it('eases off semispinalis capitis location 2 when pressure brings on burning or tingling over the scalp (greater occipital nerve)', () => {
    expect(nearOf('semispinalis-capitis', 'palpation', 'location-2')).toMatch(/greater occipital nerve/);
    expect(textOf('semispinalis-capitis', 'palpation', 'location-2')).toMatch(/burning|tingling/);
  });

  it('turns the head toward the sore side in the multifidus stretch (they turn the neck the other way), and away in the splenius cervicis stretch', () => {
    expect(muscle('cervical-multifidi').selfCare.stretch).toMatch(/toward the sore side/);
    expect(muscle('cervical-multifidi').anatomy.actions.join(' ')).toMatch(/toward the opposite side/);
    expect(muscle('splenius-cervicis').selfCare.stretch).toMatch(/away from the sore side/);
    expect(muscle('splenius-cervicis').anatomy.actions.join(' ')).toMatch(/toward the same side/);
  });

  it('keeps the splenius cervicis hook tool out of the hollow above the collarbone (brachial plexus, subclavian artery)', () => {
    expect(muscle('splenius-cervicis').selfCare.pressureRelease).toMatch(/hollow above the collarbone/);
    expect(nearOf('splenius-cervicis', 'pressure-release')).toMatch(/brachial plexus/);
    expect(nearOf('splenius-cervicis', 'pressure-release')).toMatch(/subclavian artery/);
    expect(textOf('splenius-cervicis', 'pressure-release')).toMatch(/arm tingles/);
  });

  it('sends a red painful eye with haloes or loss of vision to eye care at once (splenius cervicis, occipitofrontalis)', () => {
    for (const id of ['splenius-cervicis', 'occipitofrontalis']) expect(muscle(id).selfCare.cautions.join(' ')).toMatch(/glaucoma/);
  });

  it.each(['semispinalis-capitis', 'splenius-cervicis', 'occipitofrontalis'])(
    'warns that a new temple headache after 50 needs a doctor the same day (temporal arteritis), for %s',
    (id) => {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/Over 50 with a new headache/);
      expect(cautions).toMatch(/same day/);
      expect(cautions).toMatch(/temporal arteritis/);
      expect(muscle(id).sources).toContain('bsr-2020-gca');
    },
  );

  it('sends a neck pain and new headache after injury or manipulation with neurological signs to emergency care (possible artery dissection)', () => {
    for (const id of ['semispinalis-capitis', 'cervical-multifidi', 'splenius-cervicis']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/torn neck artery/);
      expect(cautions).toMatch(/emergency services/);
    }
  });

  it('lists the occipitofrontalis headache red flags: thunderclap, meningitis, neurological signs, shingles by the eye', () => {
    const cautions = muscle('occipitofrontalis').selfCare.cautions.join(' ');
    expect(cautions).toMatch(/thunderclap/);
    expect(cautions).toMatch(/meningitis/);
    expect(cautions).toMatch(/double vision/);
    expect(cautions).toMatch(/shingles/);
    expect(muscle('occipitofrontalis').selfCare.stretch).toMatch(/no effective stretch/);
  });

  it('keeps splenius cervicis palpation behind the sternocleidomastoid, off the carotid pulse, and digastric front-belly palpation off the facial artery', () => {
    expect(nearOf('splenius-cervicis', 'palpation', 'upper')).toMatch(/carotid artery/);
    expect(textOf('splenius-cervicis', 'palpation', 'upper')).toMatch(/pulse/);
    expect(nearOf('digastric', 'palpation', 'anterior')).toMatch(/facial artery/);
  });

  it('keeps the T&S numbering of the posterior cervical locations explicit (1999 from the top, 1983 from the bottom)', () => {
    for (const id of ['location-1', 'location-2', 'location-3']) expect(tp('semispinalis-capitis', id).uncertain).toMatch(/1983 edition counted TrP1-TrP3 from the bottom/);
  });
});
