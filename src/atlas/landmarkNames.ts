/**
 * The landmark vocabulary of ../shared/contract.md. Midline landmarks have no suffix; every other
 * landmark exists as `<base>_l` and `<base>_r` (the subject's own left and right).
 */

/** Landmarks on the body's midline (no side suffix). */
export const MIDLINE_LANDMARKS = [
  'vertex', 'glabella', 'inion', 'menton', 'cervicale', 'suprasternale', 'xiphoid', 'omphalion',
  't12', 'l3', 'l5', 'sacrum', 'coccyx',
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
