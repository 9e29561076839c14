/**
 * The one table of body regions. Every landmark has its region (which groups the finder's muscles,
 * the pain-area list, the coverage report and the quizzes), the Widespread Pain Index area it lies
 * in (the lookup's `spread`), and its plain words. Every skin vertex inherits the row of its
 * nearest landmark over the skin (`vertexRegions.ts`), so a tap anywhere has a region and an area.
 * Plain TypeScript, no zod: the app's first view uses it.
 */
import {
  MIDLINE_LANDMARKS, type LandmarkId, type MidlineLandmark, type SidedLandmarkBase,
} from './landmarkNames';
import type { Side } from './types';

import { BODY_REGIONS, REGION_LABELS, type BodyRegion } from './regionNames';

export { BODY_REGIONS, REGION_LABELS, type BodyRegion };

/**
 * The 19 areas of the Widespread Pain Index (Wolfe 2010/2016), in the contract's order and spelling.
 * Spots on the head above the jaw, the hands, the feet and the perineum lie in none.
 */
export const SPREAD_AREAS = [
  'left-jaw', 'right-jaw', 'left-shoulder-girdle', 'right-shoulder-girdle', 'left-upper-arm', 'right-upper-arm',
  'left-lower-arm', 'right-lower-arm', 'left-hip', 'right-hip', 'left-upper-leg', 'right-upper-leg',
  'left-lower-leg', 'right-lower-leg', 'neck', 'upper-back', 'lower-back', 'chest', 'abdomen',
] as const;
/** A Widespread Pain Index area. */
export type SpreadArea = (typeof SPREAD_AREAS)[number];

/** A limb or jaw area without its side: the side comes from the landmark or the vertex. */
type SidedSpread = 'jaw' | 'shoulder-girdle' | 'upper-arm' | 'lower-arm' | 'hip' | 'upper-leg' | 'lower-leg';
/** An axial area (one for both sides). */
type AxialSpread = 'neck' | 'upper-back' | 'lower-back' | 'chest' | 'abdomen';
export type Spread = SidedSpread | AxialSpread | null;

/** One landmark's row of the table. */
export interface Entry {
  readonly region: BodyRegion;
  /** The WPI area; null where the index counts none (face, scalp, hand, foot, perineum). */
  readonly spread: Spread;
  /** Plain words: a full noun phrase for midline landmarks, words after "your right" for sided ones. */
  readonly words: string;
  /**
   * Where heart pain can pass for something else (the jaw and lower teeth, the pit of the stomach
   * and the rib margins): the red flags of that place are shown for a spot here.
   */
  readonly heartMimic?: HeartMimic;
}

/** Places where pain on exertion can be the heart's. */
export type HeartMimic = 'jaw' | 'upper-abdomen';

const e = (region: BodyRegion, spread: Spread, words: string, heartMimic?: HeartMimic): Entry =>
  heartMimic ? { region, spread, words, heartMimic } : { region, spread, words };

// Where the index leaves a border open, the atlas decides and says why here: the elbow and wrist
// count with the lower arm (tennis elbow and wrist pain are marked there on body maps); the knee
// with the upper leg except the fibular head (a leg bone); the groin with the hip (front of the
// hip joint); the side of the neck's base and the top of the shoulder with the shoulder girdle;
// the scapula below its spine with the upper back; the chin and lips with the face (no side).
const MIDLINE: Readonly<Record<MidlineLandmark, Entry>> = {
  vertex: e('head', null, 'the top of your head'),
  glabella: e('head', null, 'the spot between your eyebrows'),
  inion: e('head', null, 'the bump at the back of your head'),
  menton: e('head', null, 'the tip of your chin', 'jaw'),
  upper_incisors: e('head', null, 'your upper lip, over the front teeth', 'jaw'),
  lower_incisors: e('head', null, 'your chin just below the lower lip', 'jaw'),
  hyoid: e('neck', 'neck', 'the front of your throat, below the chin'),
  cervicale: e('neck', 'neck', 'the bony bump at the base of your neck'),
  suprasternale: e('neck', 'neck', 'the notch at the top of your breastbone'),
  mesosternale: e('chest', 'chest', 'the middle of your breastbone'),
  xiphoid: e('chest', 'chest', 'the lower tip of your breastbone', 'upper-abdomen'),
  epigastrium: e('abdomen', 'abdomen', 'the pit of your stomach', 'upper-abdomen'),
  omphalion: e('abdomen', 'abdomen', 'your navel'),
  suprapubic: e('pelvis', 'abdomen', 'the bottom of your belly, just above the pubic bone'),
  perineum: e('pelvis', null, 'your perineum (between the legs)'),
  t12: e('upper-back', 'upper-back', 'the middle of your back (T12)'),
  l3: e('lower-back', 'lower-back', 'your lower back (L3)'),
  l5: e('lower-back', 'lower-back', 'the bottom of your lower back (L5)'),
  sacrum: e('lower-back', 'lower-back', 'your sacrum'),
  coccyx: e('lower-back', 'lower-back', 'your tailbone'),
};

const SIDED: Readonly<Record<SidedLandmarkBase, Entry>> = {
  // head and face
  forehead: e('head', null, 'forehead'),
  supraorbital: e('head', null, 'eyebrow'),
  orbit: e('head', null, 'eye'),
  temple: e('head', null, 'temple'),
  parietal: e('head', null, 'side of the head, above the ear'),
  occiput: e('head', null, 'back of the head'),
  zygion: e('head', null, 'cheekbone'),
  tragion: e('head', null, 'ear'),
  tmj: e('head', 'jaw', 'jaw joint', 'jaw'),
  upper_molars: e('head', 'jaw', 'cheek over the upper back teeth', 'jaw'),
  lower_molars: e('head', 'jaw', 'cheek over the lower back teeth', 'jaw'),
  gonion: e('head', 'jaw', 'jaw angle', 'jaw'),
  submandibular: e('head', 'jaw', 'underside of the jaw', 'jaw'),
  mastoid: e('head', null, 'mastoid (the bony bump behind the ear)'),
  // neck
  retromandibular: e('neck', 'neck', 'hollow below the ear lobe'),
  suboccipital: e('neck', 'neck', 'upper neck, just below the skull'),
  posterior_neck: e('neck', 'neck', 'back of the neck'),
  neck_base: e('neck', 'shoulder-girdle', 'shoulder where it meets the neck'),
  // shoulder
  acromion: e('shoulder', 'shoulder-girdle', 'shoulder tip'),
  supraspinous_fossa: e('shoulder', 'shoulder-girdle', 'top of the shoulder blade'),
  shoulder_front: e('shoulder', 'shoulder-girdle', 'front of the shoulder'),
  shoulder_back: e('shoulder', 'shoulder-girdle', 'back of the shoulder'),
  coracoid: e('shoulder', 'shoulder-girdle', 'front of the shoulder, below the collarbone'),
  posterior_axillary_fold: e('shoulder', 'shoulder-girdle', 'back fold of the armpit'),
  // upper back
  scapula_superior_angle: e('upper-back', 'upper-back', 'upper corner of the shoulder blade'),
  scapula_spine_root: e('upper-back', 'upper-back', 'inner edge of the shoulder blade'),
  infraspinous_fossa: e('upper-back', 'upper-back', 'shoulder blade'),
  scapula_inferior_angle: e('upper-back', 'upper-back', 'lower tip of the shoulder blade'),
  paraspinal_t6: e('upper-back', 'upper-back', 'mid-back beside the spine'),
  lower_ribs_posterior: e('upper-back', 'upper-back', 'back over the lowest ribs'),
  // chest
  clavicle_mid: e('chest', 'chest', 'collarbone'),
  chest: e('chest', 'chest', 'chest'),
  thelion: e('chest', 'chest', 'nipple'),
  midaxillary: e('chest', 'chest', 'side of the chest, below the armpit'),
  flank_lateral: e('chest', 'chest', 'side, over the lower ribs'),
  costal_margin: e('chest', 'chest', 'edge of the rib cage, at the front', 'upper-abdomen'),
  // upper arm and elbow
  deltoid: e('arm', 'upper-arm', 'outer upper arm'),
  arm_anterior: e('arm', 'upper-arm', 'front of the upper arm'),
  arm_posterior: e('arm', 'upper-arm', 'back of the upper arm'),
  arm_medial: e('arm', 'upper-arm', 'inner upper arm'),
  lateral_epicondyle: e('arm', 'lower-arm', 'outer elbow'),
  medial_epicondyle: e('arm', 'lower-arm', 'inner elbow'),
  olecranon: e('arm', 'lower-arm', 'elbow tip'),
  ulnar_groove: e('arm', 'lower-arm', 'funny bone (inner back of the elbow)'),
  cubital_fossa: e('arm', 'lower-arm', 'front of the elbow'),
  // forearm
  radial_head: e('forearm', 'lower-arm', 'forearm just below the outer elbow'),
  forearm_radial_proximal: e('forearm', 'lower-arm', 'forearm, thumb side, below the elbow'),
  forearm_dorsal_proximal: e('forearm', 'lower-arm', 'back of the forearm, below the elbow'),
  forearm_dorsal_ulnar: e('forearm', 'lower-arm', 'back of the forearm, little-finger side'),
  forearm_dorsal_mid: e('forearm', 'lower-arm', 'middle of the back of the forearm'),
  forearm_volar_proximal: e('forearm', 'lower-arm', 'inner forearm, below the elbow crease'),
  forearm_volar_ulnar: e('forearm', 'lower-arm', 'inner forearm, little-finger side'),
  forearm_volar_mid: e('forearm', 'lower-arm', 'middle of the inner forearm'),
  forearm_volar_radial_distal: e('forearm', 'lower-arm', 'inner forearm above the wrist, thumb side'),
  // wrist and hand
  radial_styloid: e('hand', 'lower-arm', 'wrist, on the thumb side'),
  ulnar_styloid: e('hand', 'lower-arm', 'wrist bone on the little-finger side'),
  wrist_dorsal: e('hand', 'lower-arm', 'back of the wrist'),
  wrist_volar: e('hand', 'lower-arm', 'front of the wrist'),
  wrist_volar_radial: e('hand', 'lower-arm', 'front of the wrist, thumb side'),
  anatomical_snuffbox: e('hand', null, 'hollow at the base of the thumb, back of the wrist'),
  pisiform: e('hand', null, 'heel of the hand, little-finger side'),
  palm: e('hand', null, 'palm'),
  hypothenar: e('hand', null, 'palm below the little finger'),
  thenar: e('hand', null, 'base of the thumb'),
  thumb_cmc: e('hand', null, 'base of the thumb, at the wrist'),
  thumb_web_palmar: e('hand', null, 'web of the thumb, palm side'),
  thumb_web_dorsal: e('hand', null, 'web of the thumb, back of the hand'),
  thumb_volar: e('hand', null, 'thumb pad side, near the palm'),
  thumb: e('hand', null, 'thumb'),
  hand_dorsum: e('hand', null, 'back of the hand'),
  hand_dorsum_ulnar: e('hand', null, 'back of the hand, little-finger side'),
  knuckle_index: e('hand', null, 'index finger knuckle'),
  knuckle_middle: e('hand', null, 'middle finger knuckle'),
  knuckle_ring: e('hand', null, 'ring finger knuckle'),
  knuckle_little: e('hand', null, 'little finger knuckle'),
  index_finger: e('hand', null, 'index fingertip'),
  dactylion: e('hand', null, 'middle fingertip'),
  ring_finger: e('hand', null, 'ring fingertip'),
  little_finger: e('hand', null, 'little finger'),
  // belly
  lower_abdomen: e('abdomen', 'abdomen', 'lower belly'),
  // lower back
  iliocristale: e('lower-back', 'lower-back', 'top of the hip bone'),
  iliac_crest_posterior: e('lower-back', 'lower-back', 'back of the hip bone'),
  psis: e('lower-back', 'lower-back', 'dimple above the buttock'),
  // hip and buttock
  asis: e('hip', 'hip', 'front of the hip bone'),
  groin: e('pelvis', 'hip', 'groin'),
  pubic_tubercle: e('pelvis', 'abdomen', 'pubic bone, just beside the middle'),
  trochanterion: e('hip', 'hip', 'outer hip'),
  buttock: e('hip', 'hip', 'buttock'),
  ischial_tuberosity: e('hip', 'hip', 'sitting bone'),
  gluteal_fold: e('hip', 'hip', 'buttock crease'),
  // thigh
  thigh_anterior: e('thigh', 'upper-leg', 'front of the thigh'),
  thigh_lateral: e('thigh', 'upper-leg', 'outer thigh'),
  thigh_medial: e('thigh', 'upper-leg', 'inner thigh'),
  thigh_posterior: e('thigh', 'upper-leg', 'back of the thigh'),
  // knee
  patella: e('knee', 'upper-leg', 'kneecap'),
  knee_medial: e('knee', 'upper-leg', 'inner knee'),
  knee_lateral: e('knee', 'upper-leg', 'outer knee'),
  popliteal: e('knee', 'upper-leg', 'back of the knee'),
  fibular_head: e('knee', 'lower-leg', 'outer side of the knee, below the joint'),
  // lower leg
  shin: e('leg', 'lower-leg', 'shin'),
  calf: e('leg', 'lower-leg', 'calf'),
  calf_medial: e('leg', 'lower-leg', 'inner calf, beside the shinbone'),
  leg_lateral: e('leg', 'lower-leg', 'outer lower leg'),
  achilles: e('leg', 'lower-leg', 'Achilles tendon'),
  lateral_malleolus: e('leg', 'lower-leg', 'outer ankle'),
  medial_malleolus: e('leg', 'lower-leg', 'inner ankle'),
  // ankle and foot
  ankle_anterior: e('foot', null, 'front of the ankle'),
  sinus_tarsi: e('foot', null, 'hollow in front of the outer ankle'),
  heel: e('foot', null, 'heel'),
  heel_plantar: e('foot', null, 'heel pad'),
  heel_medial: e('foot', null, 'inner side of the heel'),
  heel_lateral: e('foot', null, 'outer side of the heel'),
  instep: e('foot', null, 'arch of the foot'),
  ball_of_foot: e('foot', null, 'ball of the foot'),
  foot_dorsum: e('foot', null, 'top of the foot'),
  foot_lateral: e('foot', null, 'outer edge of the foot'),
  metatarsale_tibiale: e('foot', null, 'inner edge of the foot at the big toe joint'),
  metatarsale_fibulare: e('foot', null, 'outer edge of the foot at the little toe joint'),
  hallux: e('foot', null, 'big toe'),
  toe3: e('foot', null, 'middle toe'),
};

/** A landmark name without its side suffix. */
export type LandmarkBase = MidlineLandmark | SidedLandmarkBase;

/** The table's entry of a landmark base. */
export function entryOf(base: LandmarkBase): Entry {
  return (MIDLINE as Record<string, Entry>)[base] ?? SIDED[base as SidedLandmarkBase];
}

/** A landmark's name without its side suffix. */
export function landmarkBase(id: LandmarkId): LandmarkBase {
  return id.replace(/_[lr]$/, '') as LandmarkBase;
}

/** The side a landmark is on, or undefined on the midline. */
export function landmarkSide(id: LandmarkId): Side | undefined {
  return id.endsWith('_r') ? 'right' : id.endsWith('_l') ? 'left' : undefined;
}

/** The body region of a landmark. */
export function regionOfLandmark(id: LandmarkId): BodyRegion {
  return entryOf(landmarkBase(id)).region;
}

/** The region of a landmark name without its suffix (for lists that offer both sides). */
export function regionOfBase(base: LandmarkBase): BodyRegion {
  return entryOf(base).region;
}

/** Where heart pain could pass for pain at this landmark, if anywhere. */
export function heartMimicOfLandmark(id: LandmarkId): HeartMimic | undefined {
  return entryOf(landmarkBase(id)).heartMimic;
}

/** The WPI area a landmark lies in, or undefined where the index counts none. */
export function spreadAreaOfLandmark(id: LandmarkId): SpreadArea | undefined {
  return spreadArea(entryOf(landmarkBase(id)).spread, landmarkSide(id));
}

/** A table entry's WPI area on one side. */
export function spreadArea(spread: Spread, side: Side | undefined): SpreadArea | undefined {
  if (spread === null) return undefined;
  if (spread === 'neck' || spread === 'upper-back' || spread === 'lower-back' || spread === 'chest' || spread === 'abdomen') return spread;
  // A sided area on a midline landmark has no side to take: none of the table's entries does this.
  return side ? (`${side}-${spread}` as SpreadArea) : undefined;
}

/** Plain words for a midline landmark, as a full noun phrase ("the notch at the top of your breastbone"). */
export function midlineWords(id: MidlineLandmark): string {
  return MIDLINE[id].words;
}

/** Plain words for a sided landmark, to follow "your right" / "your left". */
export function sidedWords(base: SidedLandmarkBase): string {
  return SIDED[base].words;
}

/** Every landmark base of a region, midline and sided, in the table's head-to-foot order. */
export function landmarkBasesOf(region: BodyRegion): LandmarkBase[] {
  const bases: LandmarkBase[] = [];
  for (const base of Object.keys(SIDED) as SidedLandmarkBase[]) if (SIDED[base].region === region) bases.push(base);
  for (const base of MIDLINE_LANDMARKS) if (MIDLINE[base].region === region) bases.push(base);
  return bases;
}

/** Every sided landmark base, in the table's order (for lists). */
export const SIDED_BASES_IN_TABLE_ORDER = Object.keys(SIDED) as SidedLandmarkBase[];
