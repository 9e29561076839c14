import { beforeAll, describe, expect, it } from 'vitest';
import { placesOfDrawing } from '../atlas/bodyAreas';
import { redFlagsFor } from '../atlas/data/redFlags';
import { resolveLandmarks, type LandmarkTable } from '../atlas/landmarks';
import type { LandmarkId } from '../atlas/landmarkNames';
import { loadSkinMesh } from './loadBody';

let landmarks: LandmarkTable;
beforeAll(async () => {
  landmarks = resolveLandmarks(await loadSkinMesh());
});

/** The red flags shown for a drawing of landmarks. */
const flagsFor = (...ids: LandmarkId[]) =>
  redFlagsFor(placesOfDrawing(ids.map((id) => ({ landmark: id, position: landmarks.get(id)!.position })), landmarks).places).map((f) => f.id);

describe('red flags by region', () => {
  it('warns of a scaphoid fracture for pain at the snuffbox or the wrist', () => {
    expect(flagsFor('anatomical_snuffbox_r')).toContain('scaphoid-fracture');
    expect(flagsFor('radial_styloid_l')).toContain('scaphoid-fracture');
    expect(flagsFor('temple_r')).not.toContain('scaphoid-fracture');
  });

  it('warns that jaw pain can come from the heart, but not for a headache alone', () => {
    expect(flagsFor('lower_molars_l')).toContain('cardiac-chest-pain');
    expect(flagsFor('tmj_r')).toContain('cardiac-chest-pain');
    expect(flagsFor('temple_r')).not.toContain('cardiac-chest-pain');
  });

  it('warns of a cold, pale hand (circulation) for pain in the hand', () => {
    expect(flagsFor('palm_r')).toContain('limb-circulation');
  });

  it('warns of a clot and of claudication for calf pain, and of the diabetic foot for the sole', () => {
    expect(flagsFor('calf_l')).toEqual(expect.arrayContaining(['deep-vein-thrombosis', 'claudication']));
    expect(flagsFor('heel_plantar_r')).toContain('diabetic-foot');
    expect(flagsFor('calf_l')).not.toContain('diabetic-foot');
  });

  it('warns of a stress fracture and a trapped nerve behind the ankle for pain in the foot, not the calf', () => {
    expect(flagsFor('ball_of_foot_l')).toEqual(expect.arrayContaining(['foot-stress-fracture', 'tarsal-tunnel']));
    expect(flagsFor('calf_r')).not.toContain('foot-stress-fracture');
  });

  it('warns of a hot swollen joint for knee pain', () => {
    expect(flagsFor('knee_medial_r')).toContain('hot-joint');
  });
});

describe('red flags for the upper belly and the pelvis', () => {
  it('warns that heartburn-like pain in the pit of the stomach can be the heart', () => {
    expect(flagsFor('epigastrium')).toContain('cardiac-chest-pain');
    expect(flagsFor('omphalion')).not.toContain('cardiac-chest-pain');
  });

  it('warns of the cauda equina, an ectopic pregnancy and a twisted ovary for pain at the perineum or above the pubic bone', () => {
    for (const id of ['perineum', 'suprapubic', 'groin_r'] as LandmarkId[]) {
      expect(flagsFor(id), id).toEqual(expect.arrayContaining(['cauda-equina', 'pelvic-emergency']));
    }
  });
});

describe('red flags for the lower teeth and the leg', () => {
  it('warns that pain in the lower front teeth or the chin can come from the heart', () => {
    expect(flagsFor('lower_incisors')).toContain('cardiac-chest-pain');
    expect(flagsFor('menton')).toContain('cardiac-chest-pain');
  });

  it('warns of compartment syndrome and an Achilles rupture for the calf and the Achilles', () => {
    expect(flagsFor('calf_r')).toEqual(expect.arrayContaining(['compartment-syndrome', 'achilles-rupture']));
    expect(flagsFor('achilles_l')).toContain('achilles-rupture');
    expect(flagsFor('forearm_volar_mid_r')).toContain('compartment-syndrome');
  });
});

describe('red flags for the eye, the throat and the bowel', () => {
  it('warns of acute glaucoma for pain at the eye, the eyebrow or the temple, not the neck', () => {
    for (const id of ['orbit_r', 'supraorbital_l', 'temple_r'] as LandmarkId[]) expect(flagsFor(id), id).toContain('acute-glaucoma');
    expect(flagsFor('posterior_neck_r')).not.toContain('acute-glaucoma');
  });

  it('warns of a throat symptom over three weeks for the front of the throat and under the jaw, not the temple', () => {
    for (const id of ['hyoid', 'suprasternale', 'submandibular_r', 'gonion_l'] as LandmarkId[]) expect(flagsFor(id), id).toContain('throat-three-weeks');
    expect(flagsFor('temple_r')).not.toContain('throat-three-weeks');
  });

  it('warns of a change in bowel habit for the belly and the pelvis, not the low back alone', () => {
    for (const id of ['omphalion', 'suprapubic', 'perineum', 'groin_r'] as LandmarkId[]) expect(flagsFor(id), id).toContain('bowel-change');
    expect(flagsFor('l3')).not.toContain('bowel-change');
  });
});
