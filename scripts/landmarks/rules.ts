/**
 * The recipe for every landmark: where an anatomist would put it, as a geometric query on the
 * average young man's skin (subject's right = -X, facing +Z). `suggest-landmarks.ts` runs these
 * once and freezes the answers as vertex ids in src/atlas/data/landmarks.ts, so the landmarks are
 * then defined on the MakeHuman topology and hold for any body shape.
 */
import type { LandmarkId, MidlineLandmark, SidedLandmarkBase } from '../../src/atlas/landmarkNames';
import { at, extreme, joint, lerp, rayHit, type QueryBody, type V3 } from './skinQueries';

type Rule = (body: QueryBody, found: (name: LandmarkId) => V3) => number;

const FAR = 1.5;
/** Rays along the main axes, aimed at (a, b) in the plane they cross. */
const fromFront = (x: number, y: number, accept?: (v: number) => boolean) => (b: QueryBody) => rayHit(b, [x, y, FAR], [0, 0, -1], accept);
const fromBack = (x: number, y: number, accept?: (v: number) => boolean) => (b: QueryBody) => rayHit(b, [x, y, -FAR], [0, 0, 1], accept);
const fromRight = (y: number, z: number, accept?: (v: number) => boolean) => (b: QueryBody) => rayHit(b, [-FAR, y, z], [1, 0, 0], accept);
const fromAbove = (x: number, z: number, accept?: (v: number) => boolean) => (b: QueryBody) => rayHit(b, [x, 3, z], [0, -1, 0], accept);

/** Accept only vertices driven mostly by bones whose names match. */
const onBones = (body: QueryBody, pattern: RegExp) => (v: number) => pattern.test(body.bone[v] ?? '');
const head = /^(head|jaw|neck_upper)$/;

/** Midline landmarks. */
export const MIDLINE_RULES: Record<MidlineLandmark, Rule> = {
  vertex: (b) => extreme(b, (p) => p[1], (p) => Math.abs(p[0]) < 0.002),
  glabella: fromFront(0, 1.641),
  inion: fromBack(0, 1.612),
  menton: (b) => extreme(b, (p) => -p[1], (p, v) => Math.abs(p[0]) < 0.002 && p[2] > 0.06 && p[1] > 1.45 && head.test(b.bone[v] ?? '')),
  cervicale: fromBack(0, 1.468),
  suprasternale: fromFront(0, 1.424),
  xiphoid: fromFront(0, 1.203),
  omphalion: (b) => extreme(b, (p) => -p[2], (p) => Math.abs(p[0]) < 0.002 && p[1] > 1.0 && p[1] < 1.08 && p[2] > 0.07),
  t12: fromBack(0, 1.178),
  l3: fromBack(0, 1.092),
  l5: fromBack(0, 1.028),
  sacrum: fromBack(0, 0.975),
  coccyx: fromBack(0, 0.885),
};

/** Right-side landmarks (the left ones are their mirror twins). */
export const RIGHT_RULES: Record<SidedLandmarkBase, Rule> = {
  // head and face
  supraorbital: fromFront(-0.031, 1.646),
  forehead: fromFront(-0.031, 1.676),
  temple: (b) => fromRight(1.641, 0.088, onBones(b, head))(b),
  tragion: (b) => fromRight(1.606, 0.061, onBones(b, head))(b),
  tmj: (b) => fromRight(1.600, 0.074, onBones(b, head))(b),
  mastoid: (b) => fromRight(1.578, 0.018, onBones(b, head))(b),
  zygion: (b) => fromRight(1.607, 0.092, onBones(b, head))(b),
  upper_molars: (b) => fromRight(1.559, 0.104, onBones(b, head))(b),
  lower_molars: (b) => fromRight(1.541, 0.098, onBones(b, head))(b),
  gonion: (b) => fromRight(1.527, 0.058, onBones(b, head))(b),
  suboccipital: fromBack(-0.03, 1.585),
  // neck and shoulder girdle
  neck_base: fromAbove(-0.072, -0.02),
  acromion: fromAbove(-0.192, 0.0),
  clavicle_mid: fromFront(-0.095, 1.418),
  scapula_superior_angle: fromBack(-0.078, 1.418),
  scapula_spine_root: fromBack(-0.08, 1.392),
  scapula_inferior_angle: fromBack(-0.092, 1.305),
  infraspinous_fossa: fromBack(-0.118, 1.352),
  deltoid: (b) => {
    const s = joint(b, 'upper_arm_r');
    const e = joint(b, 'forearm_r');
    const mid = lerp(s, e, 0.45);
    const out: V3 = [-0.75, 0.66, 0];
    return rayHit(b, [mid[0] + out[0] * FAR, mid[1] + out[1] * FAR, mid[2]], [-out[0], -out[1], 0], onBones(b, /^upper_arm/));
  },
  shoulder_front: (b) => fromFront(-0.192, 1.362, onBones(b, /^(upper_arm|shoulder)/))(b),
  shoulder_back: (b) => fromBack(-0.192, 1.362, onBones(b, /^(upper_arm|shoulder)/))(b),
  // upper limb
  lateral_epicondyle: (b) => {
    const e = joint(b, 'forearm_r');
    return rayHit(b, [e[0] - FAR * 0.75, e[1] + FAR * 0.66, e[2]], [0.75, -0.66, 0], onBones(b, /^(upper_arm|forearm)/));
  },
  medial_epicondyle: (b) => {
    const e = joint(b, 'forearm_r');
    return rayHit(b, [e[0] + 0.15 * 0.75, e[1] - 0.15 * 0.66, e[2]], [-0.75, 0.66, 0], onBones(b, /^(upper_arm|forearm)/));
  },
  olecranon: (b) => {
    const e = joint(b, 'forearm_r');
    return fromBack(e[0], e[1], onBones(b, /^(upper_arm|forearm)/))(b);
  },
  radial_styloid: (b) => {
    const w = joint(b, 'hand_r');
    return extreme(b, (p) => p[1] - 0.2 * p[0], (p, v) => /^forearm_twist_r$|^hand_r$/.test(b.bone[v] ?? '') && Math.hypot(p[0] - w[0], p[1] - w[1], p[2] - w[2]) < 0.035);
  },
  thenar: (b) => extreme(b, (p) => -p[0] - p[2], (_p, v) => b.bone[v] === 'thumb_1_r'),
  thumb: (b) => {
    const j = joint(b, 'thumb_3_r');
    return extreme(b, (p) => Math.hypot(p[0] - j[0], p[1] - j[1], p[2] - j[2]), (_p, v) => b.bone[v] === 'thumb_3_r');
  },
  dactylion: (b) => {
    const j = joint(b, 'middle_3_r');
    return extreme(b, (p) => Math.hypot(p[0] - j[0], p[1] - j[1], p[2] - j[2]), (_p, v) => b.bone[v] === 'middle_3_r');
  },
  little_finger: (b) => {
    const j = joint(b, 'little_3_r');
    return extreme(b, (p) => Math.hypot(p[0] - j[0], p[1] - j[1], p[2] - j[2]), (_p, v) => b.bone[v] === 'little_3_r');
  },
  // trunk
  thelion: (b) => extreme(b, (p) => p[2], (p) => Math.hypot(p[0] + 0.096, p[1] - 1.245) < 0.02),
  chest: (b, found) => {
    const c = found('clavicle_mid_r');
    const t = found('thelion_r');
    const m = lerp(c, t, 0.5);
    return fromFront(m[0], m[1])(b);
  },
  iliocristale: fromRight(1.058, -0.015),
  iliac_crest_posterior: fromBack(-0.07, 1.045),
  asis: fromFront(-0.112, 0.985),
  psis: fromBack(-0.042, 0.99),
  lower_abdomen: (b, found) => {
    const m = lerp(found('omphalion'), found('asis_r'), 0.5);
    return fromFront(m[0], m[1])(b);
  },
  groin: fromFront(-0.085, 0.905),
  // lower limb
  trochanterion: (b) => fromRight(0.917, -0.02, onBones(b, /^(thigh_r|thigh_twist_r|pelvis_r|hips)$/))(b),
  buttock: fromBack(-0.085, 0.86),
  ischial_tuberosity: fromBack(-0.06, 0.8),
  thigh_lateral: (b) => fromRight(0.71, 0.03, onBones(b, /_r$/))(b),
  thigh_anterior: fromFront(-0.128, 0.71),
  thigh_posterior: fromBack(-0.128, 0.71),
  patella: fromFront(-0.152, 0.5),
  popliteal: fromBack(-0.152, 0.5),
  fibular_head: (b) => fromRight(0.462, 0.0, onBones(b, /_r$/))(b),
  calf: fromBack(-0.17, 0.36),
  shin: fromFront(-0.172, 0.29),
  lateral_malleolus: (b) => fromRight(0.066, 0.0, onBones(b, /_r$/))(b),
  medial_malleolus: (b) => rayHit(b, [-0.05, 0.076, 0.012], [-1, 0, 0], onBones(b, /_r$/)),
  achilles: fromBack(-0.196, 0.085),
  heel: fromBack(-0.196, 0.03),
  instep: (b) => rayHit(b, [-0.175, -0.5, 0.06], [0, 1, 0]),
  foot_dorsum: fromAbove(-0.21, 0.1),
  hallux: (b) => extreme(b, (p) => p[2], (p) => p[0] < -0.1 && p[0] > -0.21 && p[1] < 0.06),
};

/** Position helper for rules that build on earlier answers. */
export function positionOf(body: QueryBody, vertex: number): V3 {
  return at(body, vertex);
}
