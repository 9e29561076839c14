/**
 * Words for explanations, as a patient would say them: landmark names become body parts
 * ("temple_r" -> "your right temple"), trigger point labels become "trigger point 1 (TrP1)".
 */
import {
  isLandmarkId, isMidlineLandmark, type MidlineLandmark, type SidedLandmarkBase,
} from '../landmarkNames';

/** Plain words for each midline landmark, as a full noun phrase. */
export const MIDLINE_WORDS: Readonly<Record<MidlineLandmark, string>> = {
  vertex: 'the top of your head',
  glabella: 'the spot between your eyebrows',
  inion: 'the bump at the back of your head',
  menton: 'the tip of your chin',
  cervicale: 'the bony bump at the base of your neck',
  suprasternale: 'the notch at the top of your breastbone',
  xiphoid: 'the lower tip of your breastbone',
  omphalion: 'your navel',
  t12: 'the middle of your back (T12)',
  l3: 'your lower back (L3)',
  l5: 'the bottom of your lower back (L5)',
  sacrum: 'your sacrum',
  coccyx: 'your tailbone',
};

/** Plain words for each sided landmark, to follow "your right" / "your left". */
export const SIDED_WORDS: Readonly<Record<SidedLandmarkBase, string>> = {
  supraorbital: 'eyebrow', temple: 'temple', tragion: 'ear', tmj: 'jaw joint',
  mastoid: 'mastoid (the bony bump behind the ear)', zygion: 'cheekbone',
  upper_molars: 'cheek over the upper back teeth', gonion: 'jaw angle',
  lower_molars: 'cheek over the lower back teeth', forehead: 'forehead',
  suboccipital: 'upper neck, just below the skull',
  neck_base: 'shoulder where it meets the neck', acromion: 'shoulder tip', clavicle_mid: 'collarbone',
  scapula_superior_angle: 'upper corner of the shoulder blade',
  scapula_spine_root: 'inner edge of the shoulder blade', scapula_inferior_angle: 'lower tip of the shoulder blade',
  infraspinous_fossa: 'shoulder blade', deltoid: 'outer upper arm', shoulder_front: 'front of the shoulder',
  shoulder_back: 'back of the shoulder',
  lateral_epicondyle: 'outer elbow', medial_epicondyle: 'inner elbow', olecranon: 'elbow tip',
  radial_styloid: 'wrist, on the thumb side', thenar: 'base of the thumb', thumb: 'thumb',
  dactylion: 'middle fingertip', little_finger: 'little finger',
  chest: 'chest', thelion: 'nipple', iliocristale: 'top of the hip bone',
  iliac_crest_posterior: 'back of the hip bone', asis: 'front of the hip bone',
  psis: 'dimple above the buttock', lower_abdomen: 'lower belly', groin: 'groin',
  trochanterion: 'outer hip', buttock: 'buttock', ischial_tuberosity: 'sitting bone',
  thigh_lateral: 'outer thigh', thigh_anterior: 'front of the thigh', thigh_posterior: 'back of the thigh',
  patella: 'kneecap', popliteal: 'back of the knee', fibular_head: 'outer side of the knee', calf: 'calf',
  shin: 'shin', lateral_malleolus: 'outer ankle', medial_malleolus: 'inner ankle', achilles: 'Achilles tendon',
  heel: 'heel', instep: 'arch of the foot', foot_dorsum: 'top of the foot', hallux: 'big toe',
};

/** How an explanation names spot `index` (0-based): "your right temple", else "pain spot 2 (label)". */
export function describeSpot(label: string | undefined, index: number): string {
  if (label !== undefined && isLandmarkId(label)) {
    if (isMidlineLandmark(label)) return MIDLINE_WORDS[label];
    const base = label.slice(0, -2) as SidedLandmarkBase;
    return `your ${label.endsWith('_r') ? 'right' : 'left'} ${SIDED_WORDS[base]}`;
  }
  if (label === 'painted area') return `the area you painted (spot ${index + 1})`;
  return label === undefined || label === '' ? `pain spot ${index + 1}` : `pain spot ${index + 1} (${label})`;
}

/**
 * A trigger point in words, with its muscle: "TrP1" of Temporalis -> "temporalis trigger point 1
 * (TrP1)"; "Upper TrP" of Levator scapulae -> "the upper trigger point of levator scapulae".
 */
export function describeTriggerPoint(name: string, muscle: string): string {
  const muscleWords = lowerFirst(muscle);
  const numbered = /^(TrP\s*(\d+))(?:\s*\((.+)\))?$/i.exec(name.trim());
  if (numbered) {
    const [, label, n, detail] = numbered;
    return `${muscleWords} trigger point ${n} (${label}${detail ? `, ${detail}` : ''})`;
  }
  let words = lowerFirst(name.trim())
    .replace(/\bTrPs\b/gi, 'trigger points')
    .replace(/\bTrP(\d*)\b/gi, (_m, n: string) => (n ? `trigger point ${n}` : 'trigger point'));
  if (!/trigger point/i.test(words)) words += ' trigger point';
  return `the ${words} of ${muscleWords}`;
}

/** A name in the middle of a sentence: first letter lowered unless it starts an acronym. */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1]!.toUpperCase() && text[1] !== text[1]!.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
