/**
 * Safety and accuracy facts of the head and neck muscles (issue 9), as sentences a clinician
 * would sign, read from the muscle data.
 */
import { describe, expect, it } from 'vitest';
import { muscle, tp, nearOf, textOf } from './muscleFacts';


const HEAD_NECK = [
  'upper-trapezius', 'levator-scapulae', 'temporalis', 'sternocleidomastoid', 'masseter',
  'splenius-capitis', 'suboccipitals', 'scalenes', 'lateral-pterygoid',
];
const NECK_STRETCHES = ['sternocleidomastoid', 'levator-scapulae', 'splenius-capitis', 'suboccipitals', 'scalenes', 'upper-trapezius'];

describe('head and neck self-care', () => {
  it('gives the sternocleidomastoid stretch a stop rule for dizziness, visual disturbance, nausea and drop attacks', () => {
    for (const text of [muscle('sternocleidomastoid').selfCare.stretch, textOf('sternocleidomastoid', 'stretch')]) {
      expect(text).toMatch(/dizzy|dizziness/);
      expect(text).toMatch(/blurred or double vision/);
      expect(text).toMatch(/feel sick|nausea/);
      expect(text).toMatch(/drop attack/);
      expect(text).toMatch(/same day/);
    }
    expect(nearOf('sternocleidomastoid', 'stretch')).toMatch(/vertebral and carotid arteries/);
  });

  it('tells a patient with known neck-artery disease not to do the sternocleidomastoid stretch unless a doctor has cleared it', () => {
    for (const text of [muscle('sternocleidomastoid').selfCare.stretch, textOf('sternocleidomastoid', 'stretch')]) {
      expect(text).toMatch(/known (disease of the neck arteries|neck-artery disease)/);
      expect(text).toMatch(/do not do this stretch unless your doctor has cleared it/);
    }
  });

  it('keeps the sternocleidomastoid pincer on the muscle and off the carotid pulse, one side at a time', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('sternocleidomastoid', technique)).toMatch(/carotid artery/);
      expect(nearOf('sternocleidomastoid', technique)).toMatch(/carotid sinus/);
      expect(textOf('sternocleidomastoid', technique)).toMatch(/pulse/);
      expect(textOf('sternocleidomastoid', technique)).toMatch(/one side at a time|never work both sides/);
      expect(textOf('sternocleidomastoid', technique)).toMatch(/faint/);
    }
  });

  it('warns that a new temple headache after 50 needs a doctor the same day (temporal arteritis), for upper trapezius and temporalis', () => {
    for (const id of ['upper-trapezius', 'temporalis']) {
      const cautions = muscle(id).selfCare.cautions.join(' ');
      expect(cautions).toMatch(/Over 50 with a new headache at the temple/);
      expect(cautions).toMatch(/same day/);
      expect(cautions).toMatch(/temporal arteritis/);
      expect(muscle(id).sources).toContain('bsr-2020-gca');
    }
  });

  it('keeps temple massage beside the temporal artery pulse, not on it', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('temporalis', technique)).toMatch(/superficial temporal artery/);
      expect(textOf('temporalis', technique)).toMatch(/pulse|beating/);
    }
  });

  it('keeps scalene pressure light and off the brachial plexus and subclavian vessels above the collarbone', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('scalenes', technique, 'main')).toMatch(/brachial plexus/);
      expect(nearOf('scalenes', technique, 'main')).toMatch(/subclavian artery/);
      expect(textOf('scalenes', technique, 'main')).toMatch(/pulse/);
      expect(textOf('scalenes', technique, 'main')).toMatch(/tingl/);
    }
    expect(tp('scalenes', 'main').palpation).toMatch(/never press down behind the collarbone/);
  });

  it('stops suboccipital pressure and the nodding stretch for signs of a vertebral artery problem', () => {
    for (const technique of ['palpation', 'pressure-release', 'stretch'] as const) {
      expect(nearOf('suboccipitals', technique)).toMatch(/vertebral artery/);
      expect(textOf('suboccipitals', technique)).toMatch(/dizz/);
      expect(textOf('suboccipitals', technique)).toMatch(/(double|blurred)( or (double|blurred))? vision/);
    }
    expect(muscle('suboccipitals').selfCare.pressureRelease).toMatch(/Stop and sit up slowly if you feel dizzy/);
  });

  it('keeps hooks and balls for upper trapezius and levator scapulae out of the hollow above the collarbone', () => {
    for (const id of ['upper-trapezius', 'levator-scapulae']) {
      expect(nearOf(id, 'pressure-release')).toMatch(/brachial plexus/);
      expect(textOf(id, 'pressure-release')).toMatch(/hollow above the collarbone/);
      expect(muscle(id).selfCare.pressureRelease).toMatch(/hollow above the collarbone/);
    }
  });

  it('gives the sternocleidomastoid and scalene stretches, which tip the head back, the full stop rule for a neck-extension stretch', () => {
    for (const id of ['sternocleidomastoid', 'scalenes']) {
      for (const text of [muscle(id).selfCare.stretch, textOf(id, 'stretch')]) {
        expect(text, id).toMatch(/dizzy|dizziness/);
        expect(text, id).toMatch(/blurred or double vision/);
        expect(text, id).toMatch(/feel sick|nausea/);
        expect(text, id).toMatch(/ringing in the ears/);
        expect(text, id).toMatch(/numbness of the face/);
        expect(text, id).toMatch(/difficulty speaking or swallowing/);
        expect(text, id).toMatch(/drop attack/);
        expect(text, id).toMatch(/do not repeat it/);
        expect(text, id).toMatch(/same day/);
      }
    }
  });

  it('gives every neck stretch a stop rule for dizziness', () => {
    for (const id of NECK_STRETCHES) expect(textOf(id, 'stretch'), id).toMatch(/dizz/);
  });

  it('keeps masseter strokes off the facial artery pulse and warns against forcing the jaw open', () => {
    expect(nearOf('masseter', 'pressure-release')).toMatch(/facial artery/);
    expect(textOf('masseter', 'pressure-release')).toMatch(/pulse/);
    for (const id of ['masseter', 'temporalis']) expect(textOf(id, 'stretch')).toMatch(/never force it/);
  });

  it('tells the patient that the finger behind the last upper molar probably reaches the medial pterygoid', () => {
    expect(tp('lateral-pterygoid', 'trp').palpation).toMatch(/medial pterygoid/);
    expect(muscle('lateral-pterygoid').selfCare.pressureRelease).toMatch(/medial pterygoid/);
  });
});

describe('head and neck patterns', () => {
  it('draws no sternal-division SCM zone over the teeth: the cheek patch sits on the cheekbone', () => {
    const sternal = muscle('sternocleidomastoid').triggerPoints.filter((t) => t.id.startsWith('sternal-'));
    for (const t of sternal)
      for (const zone of t.zones)
        for (const shape of zone.shapes) {
          if (shape.shape !== 'disc') continue;
          const c = shape.center;
          // A disc centred on the teeth landmarks themselves (not merely measured from them toward the eye).
          const onTeeth = typeof c === 'string' ? /molars/.test(c) : /molars/.test(c.landmark) && c.toward === undefined;
          expect(onTeeth, `${t.id}`).toBe(false);
        }
  });

  it('lets only the severe clavicular SCM forehead pain cross the midline, and says so with its source', () => {
    const crossing = HEAD_NECK.flatMap((id) =>
      muscle(id).triggerPoints.flatMap((t) => t.zones.filter((z) => z.crossesMidline).map((z) => `${id}/${t.id}/${z.kind}`)),
    );
    expect(crossing).toEqual(['sternocleidomastoid/clavicular-middle/spillover']);
    const zone = tp('sternocleidomastoid', 'clavicular-middle').zones.find((z) => z.crossesMidline)!;
    expect(zone.crossesMidline).toMatch(/T&S/);
  });

  it('leaves the weakly sourced scalenus minimus out of the drawn zones, and says why', () => {
    expect(muscle('scalenes').triggerPoints.map((t) => t.id)).toEqual(['main']);
    expect(muscle('scalenes').notes.join(' ')).toMatch(/Scalenus minimus .* left out .* one weak secondary source/);
  });

  it('draws the front of the shoulder as scalene spillover, the reference placing it after infraspinatus', () => {
    const spill = tp('scalenes', 'main').zones.filter((z) => z.kind === 'spillover');
    expect(spill.map((z) => z.description).join(' ')).toMatch(/front of the shoulder/);
  });

  it('keeps the upper trapezius temple extension as spillover and says why from the sources', () => {
    const spill = tp('upper-trapezius', 'trp1').zones.find((z) => z.kind === 'spillover')!;
    expect(spill.description).toMatch(/temple/);
    expect(spill.uncertain).toMatch(/more irritable/);
    expect(spill.uncertain).toMatch(/Fernández-de-las-Peñas 2007/);
    expect(spill.uncertain).toMatch(/caption names the temple/);
  });

  it('sends upper trapezius TrP2 pain across the back of the head to the inion', () => {
    const zones = tp('upper-trapezius', 'trp2').zones;
    const reachesInion = zones.some((z) => z.shapes.some((s) => s.shape === 'stroke' && s.path.includes('inion')));
    expect(reachesInion).toBe(true);
  });

  it('draws that spread to the inion only as unconfirmed spillover, saying the reference gives the back of the head to TrP1, occasionally', () => {
    const toInion = tp('upper-trapezius', 'trp2').zones.find((z) => z.shapes.some((s) => s.shape === 'stroke' && s.path.includes('inion')))!;
    expect(toInion.kind).toBe('spillover');
    expect(toInion.uncertain).toMatch(/^Not confirmed/);
    expect(toInion.uncertain).toMatch(/occasional spillover of TrP1/);
    expect(toInion.uncertain).toMatch(/atlas's reading/);
    expect(toInion.uncertain).not.toMatch(/caption gives TrP2/);
  });

  it('starts the scalene strip down the back of the upper arm below the back of the shoulder, which the sources give to other muscles', () => {
    const strokes = tp('scalenes', 'main').zones.flatMap((z) => z.shapes).filter((s) => s.shape === 'stroke');
    const backOfArm = strokes.find((s) => JSON.stringify(s.path).includes('olecranon'))!;
    expect(backOfArm.path[0]).not.toBe('shoulder_back');
    expect(backOfArm.path[0]).toMatchObject({ landmark: 'shoulder_back', toward: 'olecranon' });
  });

  it('cites no source the atlas never checked (the 2019 edition)', () => {
    for (const id of HEAD_NECK) expect(muscle(id).sources, id).not.toContain('ts-2019');
  });

  it('says how common each trigger point is, and why', () => {
    for (const id of HEAD_NECK) for (const t of muscle(id).triggerPoints) expect(t.prevalenceNote, `${id}/${t.id}`).toMatch(/\w{3}/);
  });
});
