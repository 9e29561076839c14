/**
 * The landmark vocabulary of ../shared/contract.md. Midline landmarks have no suffix; every other
 * landmark exists as `<base>_l` and `<base>_r` (the subject's own left and right).
 */

/** Landmarks on the body's midline (no side suffix). */
export const MIDLINE_LANDMARKS = [
  'vertex', 'glabella', 'inion', 'menton', 'cervicale', 'suprasternale', 'xiphoid', 'omphalion',
  't12', 'l3', 'l5', 'sacrum', 'coccyx',
  // second wave
  'upper_incisors', 'lower_incisors', 'hyoid', 'mesosternale', 'epigastrium', 'suprapubic', 'perineum',
] as const;

/** Sided landmarks, named without their `_l` / `_r` suffix. */
export const SIDED_LANDMARKS = [
  // head and face
  'supraorbital', 'temple', 'tragion', 'tmj', 'mastoid', 'zygion', 'upper_molars', 'gonion',
  'lower_molars', 'forehead', 'suboccipital',
  // neck and shoulder girdle
  'neck_base', 'acromion', 'clavicle_mid', 'scapula_superior_angle', 'scapula_spine_root',
  'scapula_inferior_angle', 'infraspinous_fossa', 'deltoid', 'shoulder_front', 'shoulder_back',
  // upper limb
  'lateral_epicondyle', 'medial_epicondyle', 'olecranon', 'radial_styloid', 'thenar', 'thumb',
  'dactylion', 'little_finger',
  // trunk
  'chest', 'thelion', 'iliocristale', 'iliac_crest_posterior', 'asis', 'psis', 'lower_abdomen',
  'groin',
  // lower limb
  'trochanterion', 'buttock', 'ischial_tuberosity', 'thigh_lateral', 'thigh_anterior',
  'thigh_posterior', 'patella', 'popliteal', 'fibular_head', 'calf', 'shin', 'lateral_malleolus',
  'medial_malleolus', 'achilles', 'heel', 'instep', 'foot_dorsum', 'hallux',
  // second wave: head and neck
  'orbit', 'parietal', 'occiput', 'retromandibular', 'submandibular', 'posterior_neck',
  // second wave: shoulder and upper limb
  'supraspinous_fossa', 'coracoid', 'posterior_axillary_fold', 'arm_anterior', 'arm_posterior',
  'arm_medial', 'cubital_fossa', 'radial_head', 'ulnar_groove', 'forearm_radial_proximal',
  'forearm_dorsal_proximal', 'forearm_dorsal_ulnar', 'forearm_dorsal_mid', 'forearm_volar_proximal',
  'forearm_volar_ulnar', 'forearm_volar_mid', 'forearm_volar_radial_distal', 'wrist_dorsal',
  'ulnar_styloid', 'anatomical_snuffbox', 'wrist_volar', 'wrist_volar_radial', 'pisiform', 'palm',
  'hypothenar', 'hand_dorsum', 'hand_dorsum_ulnar', 'thumb_web_dorsal', 'thumb_web_palmar', 'thumb_cmc',
  'thumb_volar', 'knuckle_index', 'knuckle_middle', 'knuckle_ring', 'knuckle_little', 'index_finger',
  'ring_finger',
  // second wave: trunk
  'midaxillary', 'flank_lateral', 'costal_margin', 'paraspinal_t6', 'lower_ribs_posterior',
  'pubic_tubercle',
  // second wave: lower limb
  'gluteal_fold', 'thigh_medial', 'knee_medial', 'knee_lateral', 'leg_lateral', 'calf_medial',
  'ankle_anterior', 'sinus_tarsi', 'foot_lateral', 'heel_plantar', 'heel_medial', 'heel_lateral',
  'ball_of_foot', 'metatarsale_tibiale', 'metatarsale_fibulare', 'toe3',
] as const;

/** A midline landmark name. */
export type MidlineLandmark = (typeof MIDLINE_LANDMARKS)[number];
/** A sided landmark name without its suffix. */
export type SidedLandmarkBase = (typeof SIDED_LANDMARKS)[number];
/** A landmark as the contract names it: `vertex`, `temple_r`, `temple_l`. */
export type LandmarkId = MidlineLandmark | `${SidedLandmarkBase}_${'l' | 'r'}`;

/** Every landmark id of the contract, midline first, then each sided base as `_l`, `_r`. */
export const ALL_LANDMARK_IDS: readonly LandmarkId[] = [
  ...MIDLINE_LANDMARKS,
  ...SIDED_LANDMARKS.flatMap((base) => [`${base}_l`, `${base}_r`] as const),
];

const landmarkIdSet = new Set<string>(ALL_LANDMARK_IDS);

/** True when `name` is one of the contract's landmark ids. */
export function isLandmarkId(name: string): name is LandmarkId {
  return landmarkIdSet.has(name);
}

/** True when `base` names a midline landmark. */
export function isMidlineLandmark(base: string): base is MidlineLandmark {
  return (MIDLINE_LANDMARKS as readonly string[]).includes(base);
}

/** True when `base` names a sided landmark (without suffix). */
export function isSidedLandmarkBase(base: string): base is SidedLandmarkBase {
  return (SIDED_LANDMARKS as readonly string[]).includes(base);
}
