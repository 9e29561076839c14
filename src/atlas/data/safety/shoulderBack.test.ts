/**
 * Safety and accuracy facts of the shoulder and upper-back muscles (issue 9), as sentences a
 * clinician would sign, read from the muscle data.
 */
import { describe, expect, it } from 'vitest';
import { muscle, nearOf, textOf } from './muscleFacts';


describe('shoulder and upper-back self-care', () => {
  it('keeps the fingers on the back wall of the armpit for subscapularis, away from the axillary artery and the brachial plexus', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('subscapularis', technique, 'lateral')).toMatch(/axillary artery/);
      expect(nearOf('subscapularis', technique, 'lateral')).toMatch(/brachial plexus/);
      expect(textOf('subscapularis', technique, 'lateral')).toMatch(/back wall of the armpit/);
      expect(textOf('subscapularis', technique, 'lateral')).toMatch(/not push up into the hollow|never up into the hollow/);
      expect(textOf('subscapularis', technique, 'lateral')).toMatch(/pulse/);
      expect(textOf('subscapularis', technique, 'lateral')).toMatch(/tingling/);
    }
  });

  it('tells a patient whose shoulder has dislocated to ask a clinician before the subscapularis and high-arm pectoral stretches', () => {
    expect(textOf('subscapularis', 'stretch')).toMatch(/dislocated/);
    expect(textOf('pectoralis-major', 'stretch')).toMatch(/dislocated/);
    expect(textOf('pectoralis-major', 'stretch')).toMatch(/tingles|numb/);
  });

  it('keeps pectoralis major pressure off breast tissue, the hollow of the armpit and any pacemaker or port', () => {
    for (const tp of ['sternal-intermediate', 'costal-lateral']) {
      expect(nearOf('pectoralis-major', 'palpation', tp)).toMatch(/breast tissue/);
      expect(textOf('pectoralis-major', 'palpation', tp)).toMatch(/not deep into the hollow of the armpit/);
    }
    expect(textOf('pectoralis-major', 'palpation', 'clavicular')).toMatch(/pacemaker/);
    expect(textOf('pectoralis-major', 'pressure-release')).toMatch(/breast/);
    expect(textOf('pectoralis-major', 'pressure-release')).toMatch(/pacemaker/);
  });

  it('reminds the patient that a tender spot beside the breastbone does not rule out a heart problem', () => {
    expect(textOf('pectoralis-major', 'palpation', 'parasternal')).toMatch(/does not rule out a heart problem/);
  });

  it('keeps teres minor pressure out of the back of the armpit, where the axillary nerve passes', () => {
    for (const technique of ['palpation', 'pressure-release'] as const) {
      expect(nearOf('teres-minor', technique, 'central')).toMatch(/axillary nerve/);
      expect(textOf('teres-minor', technique, 'central')).toMatch(/back of the armpit/);
    }
  });

  it('keeps the supraspinatus hook out of the hollow above the collarbone', () => {
    expect(nearOf('supraspinatus', 'pressure-release')).toMatch(/brachial plexus/);
    expect(textOf('supraspinatus', 'pressure-release')).toMatch(/hollow just above the collarbone/);
  });

  it.each(['rhomboids', 'middle-trapezius', 'lower-trapezius', 'serratus-posterior-superior'])(
    'warns against full body weight on a ball over the ribs with osteoporosis, and to stop for pain on breathing (%s)',
    (id) => {
      expect(nearOf(id, 'pressure-release')).toMatch(/ribs/);
      expect(textOf(id, 'pressure-release')).toMatch(/osteoporosis/);
      expect(textOf(id, 'pressure-release')).toMatch(/pain on breathing in/);
    },
  );
});

describe('shoulder and upper-back patterns and sources', () => {
  it('counts the medial infraspinatus trigger point, which the sources call uncommon, as occasional, like every trigger point called uncommon, and justifies it from the sources alone', () => {
    const medial = muscle('infraspinatus').triggerPoints.find((tp) => tp.id === 'medial')!;
    expect(medial.prevalence).toBe('occasional');
    expect(medial.prevalenceNote).toMatch(/uncommon/);
    expect(medial.prevalenceNote).not.toMatch(/outrank|rank/);
    const gm3 = muscle('gluteus-medius').triggerPoints.find((tp) => tp.id === 'trp3')!;
    expect(gm3.prevalenceNote).toMatch(/uncommon/);
    expect(gm3.prevalence).toBe(medial.prevalence);
  });

  it('keeps the supraspinatus palpation on the back of the shoulder, out of the hollow above the collarbone', () => {
    for (const tp of ['medial', 'lateral']) {
      expect(nearOf('supraspinatus', 'palpation', tp)).toMatch(/brachial plexus/);
      expect(textOf('supraspinatus', 'palpation', tp)).toMatch(/hollow just above the collarbone/);
      expect(muscle('supraspinatus').triggerPoints.find((t) => t.id === tp)!.palpation).toMatch(/not in the hollow above the collarbone/);
    }
  });

  it('tells the patient to press the subscapularis on the shoulder blade, not on the chest wall', () => {
    const lateral = muscle('subscapularis').triggerPoints[0]!;
    expect(lateral.palpation).not.toMatch(/between the back muscles and the chest wall/);
    expect(lateral.palpation).toMatch(/front surface of the shoulder blade, not inward onto the ribs of the chest wall/);
    expect(muscle('subscapularis').selfCare.pressureRelease).toMatch(/not inward onto the chest wall/);
  });

  it('puts the serratus posterior superior ache under the upper part of the shoulder blade, not over its middle', () => {
    const essential = muscle('serratus-posterior-superior').triggerPoints[0]!.zones.find((z) => z.kind === 'essential')!;
    expect(essential.description).toMatch(/upper part of the shoulder blade/);
    expect(JSON.stringify(essential.shapes)).not.toMatch(/infraspinous_fossa/);
  });

  it('draws lower trapezius TrP3 in two layers, with the mastoid and the ache above the shoulder blade as spillover', () => {
    const trp3 = muscle('lower-trapezius').triggerPoints.find((tp) => tp.id === 'trp3')!;
    expect(trp3.zones.map((z) => z.kind).sort()).toEqual(['essential', 'spillover']);
    const spillover = trp3.zones.find((z) => z.kind === 'spillover')!;
    expect(spillover.description).toMatch(/mastoid/);
    expect(spillover.description).toMatch(/above the shoulder blade/);
  });

  it('leaves the upper corner of the shoulder blade, where levator scapulae attaches, out of the rhomboid and lower trapezius main zones', () => {
    const essentialShapes = (id: string) =>
      JSON.stringify(muscle(id).triggerPoints.flatMap((tp) => tp.zones.filter((z) => z.kind === 'essential').flatMap((z) => z.shapes)));
    expect(essentialShapes('rhomboids')).not.toMatch(/scapula_superior_angle/);
    expect(essentialShapes('lower-trapezius')).not.toMatch(/scapula_superior_angle/);
  });

  it('marks the levator scapulae main zone at the upper corner of the shoulder blade as the atlas\'s own choice, the sources making that corner spillover', () => {
    const essential = muscle('levator-scapulae').triggerPoints[0]!.zones.find((z) => z.kind === 'essential')!;
    expect(essential.uncertain).toMatch(/atlas's own choice, not taken from a source/);
    expect(essential.uncertain).toMatch(/upper corner included, in the wider \(spillover\) zone/);
  });

  it('describes the goose-flesh of middle trapezius TrP7 in a note rather than drawing it as a pain zone', () => {
    const m = muscle('middle-trapezius');
    expect(m.triggerPoints.map((tp) => tp.id)).not.toContain('trp7');
    expect(m.notes.join(' ')).toMatch(/TrP7.*goose-flesh/);
  });

  it('cites the secondary sites the teres minor pattern came from, and no muscle here cites the unchecked 2019 edition', () => {
    expect(muscle('teres-minor').sources).toEqual(expect.arrayContaining(['studyres-ts-table', 'aberdeen-chiropractic']));
    for (const id of ['infraspinatus', 'supraspinatus', 'teres-minor', 'subscapularis', 'rhomboids', 'middle-trapezius', 'lower-trapezius', 'serratus-posterior-superior', 'pectoralis-major']) {
      expect(muscle(id).sources, id).not.toContain('ts-2019');
    }
  });
});
