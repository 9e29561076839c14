import { beforeAll, describe, expect, it } from 'vitest';
import { resolveLandmarks, type LandmarkTable } from '../atlas/landmarks';
import { ALL_LANDMARK_IDS, SIDED_LANDMARKS, MIDLINE_LANDMARKS, type LandmarkId } from '../atlas/landmarkNames';
import { loadSkinMesh } from './loadBody';
import { BIACROMIAL_RANGE, CONTRACT_HEIGHTS, HEIGHT_TOLERANCE } from './contractProportions';

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

  it.each(CONTRACT_HEIGHTS)('puts %s at %s of stature', (name, fraction) => {
    expect(Math.abs(position(name)[1] / stature - fraction)).toBeLessThanOrEqual(HEIGHT_TOLERANCE);
  });

  it('has a biacromial breadth of 0.20-0.26 of stature', () => {
    const breadth = Math.abs(position('acromion_l')[0] - position('acromion_r')[0]);
    expect(breadth / stature).toBeGreaterThanOrEqual(BIACROMIAL_RANGE[0]);
    expect(breadth / stature).toBeLessThanOrEqual(BIACROMIAL_RANGE[1]);
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
    // second wave: head and neck
    ['supraorbital_r', 'orbit_r', 'is above'],
    ['orbit_r', 'zygion_r', 'is above'],
    ['vertex', 'parietal_r', 'is above'],
    ['parietal_r', 'tragion_r', 'is above'],
    ['occiput_r', 'inion', 'is above'],
    ['upper_incisors', 'lower_incisors', 'is above'],
    ['lower_incisors', 'menton', 'is above'],
    ['menton', 'hyoid', 'is above'],
    ['hyoid', 'suprasternale', 'is above'],
    ['mastoid_r', 'retromandibular_r', 'is above'],
    ['tmj_r', 'retromandibular_r', 'is in front of'],
    ['submandibular_r', 'gonion_r', 'is in front of'],
    ['suboccipital_r', 'posterior_neck_r', 'is above'],
    ['posterior_neck_r', 'cervicale', 'is above'],
    ['hyoid', 'posterior_neck_r', 'is in front of'],
    // shoulder and arm
    ['supraspinous_fossa_r', 'scapula_spine_root_r', 'is above'],
    ['supraspinous_fossa_r', 'infraspinous_fossa_r', 'is above'],
    ['coracoid_r', 'clavicle_mid_r', 'is lateral to'],
    ['clavicle_mid_r', 'coracoid_r', 'is above'],
    ['coracoid_r', 'shoulder_back_r', 'is in front of'],
    ['acromion_r', 'posterior_axillary_fold_r', 'is above'],
    ['arm_anterior_r', 'arm_posterior_r', 'is in front of'],
    ['deltoid_r', 'arm_medial_r', 'is lateral to'],
    ['arm_medial_r', 'medial_epicondyle_r', 'is above'],
    ['cubital_fossa_r', 'olecranon_r', 'is in front of'],
    // trunk
    ['suprasternale', 'mesosternale', 'is above'],
    ['mesosternale', 'xiphoid', 'is above'],
    ['xiphoid', 'epigastrium', 'is above'],
    ['epigastrium', 'omphalion', 'is above'],
    ['omphalion', 'suprapubic', 'is above'],
    ['suprapubic', 'perineum', 'is above'],
    ['thelion_r', 'costal_margin_r', 'is above'],
    ['midaxillary_r', 'flank_lateral_r', 'is above'],
    ['midaxillary_r', 'thelion_r', 'is lateral to'],
    ['scapula_spine_root_r', 'paraspinal_t6_r', 'is above'],
    ['paraspinal_t6_r', 'lower_ribs_posterior_r', 'is above'],
    ['lower_ribs_posterior_r', 'iliac_crest_posterior_r', 'is above'],
    ['groin_r', 'pubic_tubercle_r', 'is lateral to'],
    ['pubic_tubercle_r', 'perineum', 'is in front of'],
    // lower limb
    ['buttock_r', 'gluteal_fold_r', 'is above'],
    ['gluteal_fold_r', 'thigh_posterior_r', 'is above'],
    ['thigh_lateral_r', 'thigh_medial_r', 'is lateral to'],
    ['knee_lateral_r', 'knee_medial_r', 'is lateral to'],
    ['knee_lateral_r', 'fibular_head_r', 'is above'],
    ['patella_r', 'knee_medial_r', 'is in front of'],
    ['knee_medial_r', 'popliteal_r', 'is in front of'],
    ['fibular_head_r', 'leg_lateral_r', 'is above'],
    ['leg_lateral_r', 'lateral_malleolus_r', 'is above'],
    ['leg_lateral_r', 'calf_medial_r', 'is lateral to'],
    ['calf_medial_r', 'medial_malleolus_r', 'is above'],
    ['ankle_anterior_r', 'achilles_r', 'is in front of'],
    ['lateral_malleolus_r', 'sinus_tarsi_r', 'is above'],
    ['sinus_tarsi_r', 'lateral_malleolus_r', 'is in front of'],
    ['heel_lateral_r', 'heel_medial_r', 'is lateral to'],
    ['foot_lateral_r', 'heel_r', 'is in front of'],
    ['ball_of_foot_r', 'heel_plantar_r', 'is in front of'],
    ['metatarsale_fibulare_r', 'metatarsale_tibiale_r', 'is lateral to'],
    ['toe3_r', 'ball_of_foot_r', 'is in front of'],
    ['toe3_r', 'hallux_r', 'is lateral to'],
    ['foot_dorsum_r', 'heel_plantar_r', 'is above'],
  ] as [LandmarkId, LandmarkId, string][])('%s %s %s', (a, b, relation) => {
    const [pa, pb] = [position(a), position(b)];
    if (relation === 'is above') expect(pa[1]).toBeGreaterThan(pb[1]);
    else if (relation === 'is in front of') expect(pa[2]).toBeGreaterThan(pb[2]);
    else expect(Math.abs(pa[0])).toBeGreaterThan(Math.abs(pb[0]));
  });

  const distance = (a: LandmarkId, b: LandmarkId) => Math.hypot(...position(a).map((x, i) => x - position(b)[i]!));

  it('puts the wrist between the elbow and the fingertips, and the forearm landmarks in order along it', () => {
    const chain: LandmarkId[] = ['lateral_epicondyle_r', 'radial_head_r', 'forearm_radial_proximal_r', 'forearm_volar_radial_distal_r', 'radial_styloid_r', 'anatomical_snuffbox_r', 'thumb_cmc_r', 'thumb_r'];
    for (let i = 1; i < chain.length; i++) expect(distance('lateral_epicondyle_r', chain[i]!), chain[i]).toBeGreaterThan(distance('lateral_epicondyle_r', chain[i - 1]!));
    for (const wrist of ['wrist_volar_r', 'wrist_dorsal_r', 'radial_styloid_r', 'ulnar_styloid_r', 'pisiform_r'] as LandmarkId[]) {
      expect(distance('olecranon_r', wrist), wrist).toBeLessThan(distance('olecranon_r', 'dactylion_r'));
      expect(distance(wrist, 'dactylion_r'), wrist).toBeLessThan(distance('olecranon_r', 'dactylion_r'));
      expect(distance(wrist, 'dactylion_r'), wrist).toBeGreaterThan(distance('palm_r', 'dactylion_r'));
    }
    expect(distance('radial_head_r', 'lateral_epicondyle_r')).toBeLessThan(0.035);
    expect(distance('ulnar_groove_r', 'medial_epicondyle_r')).toBeLessThan(0.035);
  });

  it('keeps the two faces of the wrist and hand apart: the palm side and the back are each other\'s opposites', () => {
    // Palm and back of the hand are a hand's thickness apart, not neighbours on one face.
    expect(distance('palm_r', 'hand_dorsum_r')).toBeGreaterThan(0.015);
    expect(distance('wrist_volar_r', 'wrist_dorsal_r')).toBeGreaterThan(0.03);
    expect(distance('thumb_web_palmar_r', 'thumb_web_dorsal_r')).toBeGreaterThan(0.02);
    expect(distance('radial_styloid_r', 'ulnar_styloid_r')).toBeGreaterThan(0.03);
    // The radial styloid is on the thumb side: nearer the snuffbox than the pisiform is.
    expect(distance('radial_styloid_r', 'anatomical_snuffbox_r')).toBeLessThan(distance('pisiform_r', 'anatomical_snuffbox_r'));
    expect(distance('ulnar_styloid_r', 'pisiform_r')).toBeLessThan(distance('radial_styloid_r', 'pisiform_r'));
    // Knuckles run index to little finger across the back of the hand.
    const knuckles: LandmarkId[] = ['knuckle_index_r', 'knuckle_middle_r', 'knuckle_ring_r', 'knuckle_little_r'];
    for (let i = 1; i < knuckles.length; i++) expect(distance('knuckle_index_r', knuckles[i]!)).toBeGreaterThan(distance('knuckle_index_r', knuckles[i - 1]!));
    for (const [tip, knuckle] of [['index_finger_r', 'knuckle_index_r'], ['dactylion_r', 'knuckle_middle_r'], ['ring_finger_r', 'knuckle_ring_r']] as [LandmarkId, LandmarkId][]) {
      expect(distance(tip, knuckle)).toBeGreaterThan(0.05);
      expect(distance(tip, knuckle)).toBeLessThan(0.11);
    }
  });

  it('puts heel_plantar on the sole and the ball of the foot under the forefoot', () => {
    expect(position('heel_plantar_r')[1]).toBeLessThan(0.012);
    expect(position('ball_of_foot_r')[1]).toBeLessThan(0.012);
    expect(distance('heel_plantar_r', 'heel_r')).toBeLessThan(0.06);
  });

  it('puts knee_medial and knee_lateral near the kneecap\'s height, each on its own side', () => {
    for (const side of ['r', 'l'] as const) {
      const patella = position(`patella_${side}`);
      for (const name of [`knee_medial_${side}`, `knee_lateral_${side}`] as LandmarkId[]) {
        expect(Math.abs(position(name)[1] - patella[1]), name).toBeLessThan(0.035);
      }
      const sign = side === 'l' ? 1 : -1;
      // Lateral is away from the midline, medial toward it, relative to the kneecap.
      expect(sign * (position(`knee_lateral_${side}`)[0] - patella[0])).toBeGreaterThan(0.02);
      expect(sign * (position(`knee_medial_${side}`)[0] - patella[0])).toBeLessThan(-0.02);
    }
  });

  it('keeps the second wave\'s midline landmarks within a centimetre of the midline', () => {
    for (const name of ['upper_incisors', 'lower_incisors', 'hyoid', 'mesosternale', 'epigastrium', 'suprapubic', 'perineum'] as LandmarkId[]) {
      expect(Math.abs(position(name)[0]), name).toBeLessThan(0.01);
    }
  });
});
