import { beforeAll, describe, expect, it } from 'vitest';
import { resolveLandmarks, type LandmarkTable } from '../atlas/landmarks';
import { ALL_LANDMARK_IDS, SIDED_LANDMARKS, MIDLINE_LANDMARKS, type LandmarkId } from '../atlas/landmarkNames';
import { loadSkinMesh } from './loadBody';

let table: LandmarkTable;
let stature: number;

beforeAll(async () => {
  const mesh = await loadSkinMesh();
  table = resolveLandmarks(mesh);
  stature = 0;
  for (let i = 1; i < mesh.positions.length; i += 3) stature = Math.max(stature, mesh.positions[i]!);
});

const position = (name: LandmarkId) => {
  const landmark = table.get(name);
  if (!landmark) throw new Error(`missing ${name}`);
  return landmark.position;
};

describe('landmarks on the body', () => {
  it('resolves every landmark of the contract', () => {
    expect(ALL_LANDMARK_IDS.length).toBe(MIDLINE_LANDMARKS.length + 2 * SIDED_LANDMARKS.length);
    for (const name of ALL_LANDMARK_IDS) expect(table.has(name), name).toBe(true);
  });

  // Contract: landmark heights as fractions of stature, each within +/-0.02 H (Drillis & Contini).
  it.each([
    ['menton', 0.87],
    ['acromion_r', 0.818],
    ['acromion_l', 0.818],
    ['thelion_r', 0.72],
    ['trochanterion_l', 0.53],
    ['patella_r', 0.285],
    ['lateral_malleolus_l', 0.039],
  ] as [LandmarkId, number][])('puts %s at %s of stature', (name, fraction) => {
    expect(Math.abs(position(name)[1] / stature - fraction)).toBeLessThanOrEqual(0.02);
  });

  it('has a biacromial breadth of 0.20-0.26 of stature', () => {
    const breadth = Math.abs(position('acromion_l')[0] - position('acromion_r')[0]);
    expect(breadth / stature).toBeGreaterThanOrEqual(0.2);
    expect(breadth / stature).toBeLessThanOrEqual(0.26);
  });

  it.each(SIDED_LANDMARKS)('mirrors %s_l onto %s_r within a centimetre', (base) => {
    const left = position(`${base}_l`);
    const right = position(`${base}_r`);
    expect(Math.hypot(left[0] + right[0], left[1] - right[1], left[2] - right[2])).toBeLessThan(0.01);
    // The subject's left is +X.
    expect(left[0]).toBeGreaterThan(0);
  });

  it.each(MIDLINE_LANDMARKS)('keeps %s on the midline', (name) => {
    expect(Math.abs(position(name)[0])).toBeLessThan(0.005);
  });

  // Anatomical order checks that catch a landmark on the wrong body part.
  it.each([
    ['vertex', 'glabella', 'is above'],
    ['forehead_r', 'supraorbital_r', 'is above'],
    ['temple_r', 'zygion_r', 'is above'],
    ['glabella', 'menton', 'is above'],
    ['inion', 'suboccipital_r', 'is above'],
    ['cervicale', 't12', 'is above'],
    ['t12', 'l3', 'is above'],
    ['l3', 'l5', 'is above'],
    ['l5', 'sacrum', 'is above'],
    ['sacrum', 'coccyx', 'is above'],
    ['scapula_superior_angle_r', 'scapula_inferior_angle_r', 'is above'],
    ['suprasternale', 'xiphoid', 'is above'],
    ['xiphoid', 'omphalion', 'is above'],
    ['iliocristale_r', 'trochanterion_r', 'is above'],
    ['patella_r', 'shin_r', 'is above'],
    ['medial_malleolus_r', 'heel_r', 'is above'],
    ['glabella', 'inion', 'is in front of'],
    ['tmj_r', 'tragion_r', 'is in front of'],
    ['tragion_r', 'mastoid_r', 'is in front of'],
    ['thelion_r', 'scapula_inferior_angle_r', 'is in front of'],
    ['patella_r', 'popliteal_r', 'is in front of'],
    ['shin_r', 'calf_r', 'is in front of'],
    ['hallux_r', 'heel_r', 'is in front of'],
    ['asis_r', 'psis_r', 'is in front of'],
    ['shoulder_front_r', 'shoulder_back_r', 'is in front of'],
    ['acromion_r', 'neck_base_r', 'is lateral to'],
    ['lateral_epicondyle_r', 'medial_epicondyle_r', 'is lateral to'],
    ['lateral_malleolus_r', 'medial_malleolus_r', 'is lateral to'],
    ['trochanterion_r', 'asis_r', 'is lateral to'],
    ['infraspinous_fossa_r', 'scapula_spine_root_r', 'is lateral to'],
  ] as [LandmarkId, LandmarkId, string][])('%s %s %s', (a, b, relation) => {
    const [pa, pb] = [position(a), position(b)];
    if (relation === 'is above') expect(pa[1]).toBeGreaterThan(pb[1]);
    else if (relation === 'is in front of') expect(pa[2]).toBeGreaterThan(pb[2]);
    else expect(Math.abs(pa[0])).toBeGreaterThan(Math.abs(pb[0]));
  });
});
