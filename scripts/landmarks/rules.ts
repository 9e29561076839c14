/**
 * The recipe for every landmark: where an anatomist would put it, as a geometric query on the
 * average young man's skin (subject's right = -X, facing +Z). `suggest-landmarks.ts` runs these
 * once and freezes the answers as vertex ids in src/atlas/data/landmarks.ts, so the landmarks are
 * then defined on the MakeHuman topology and hold for any body shape.
 */
import type { LandmarkId, MidlineLandmark, SidedLandmarkBase } from '../../src/atlas/landmarkNames';
import { add, at, cross, distance, dot, extreme, joint, lerp, rayHit, scale, sub, type QueryBody, type V3 } from './skinQueries';

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
const neckAndHead = /^(head|jaw|neck_upper|neck_middle|neck_lower)$/;
const trunk = /^(chest|chest_upper|spine_thoracic_lower|spine_lumbar_upper|spine_lumbar_lower|clavicle_r|shoulder_r)$/;
const upperArm = /^(upper_arm|upper_arm_twist)_r$/;
const elbow = /^(upper_arm|upper_arm_twist|forearm|forearm_twist)_r$/;
const forearm = /^(forearm|forearm_twist|hand)_r$/;
const hand = /^(hand|thumb_\d|index_\d|middle_\d|ring_\d|little_\d)_r$/;
const thigh = /^(thigh|thigh_twist)_r$/;
const leg = /^(shin|shin_twist|thigh_twist|foot)_r$/;
const foot = /^(foot|toes|shin_twist)_r$/;

const unit = (v: V3): V3 => scale(v, 1 / (Math.hypot(...v) || 1));
/** The part of `v` at right angles to the unit `axis`, as a unit vector. */
const across = (v: V3, axis: V3): V3 => unit(sub(v, scale(axis, dot(v, axis))));

/** The skin vertex nearest to a point (optionally among vertices that pass `accept`). */
const nearest = (b: QueryBody, point: V3, accept: (v: number) => boolean = () => true) =>
  extreme(b, (p) => -distance(p, point), (_p, v) => accept(v));

/** The skin seen from inside a limb: the ray from a point on its axis outward, first hit. */
const outward = (b: QueryBody, origin: V3, direction: V3, bones: RegExp) => rayHit(b, origin, direction, onBones(b, bones));

/**
 * A limb segment's frame at a fraction `t` from its proximal joint: `front` and `side` at right
 * angles to the bone, given by world hints that the segment's pose keeps on their side.
 */
interface Frame { origin: V3; axis: V3; front: V3; side: V3 }
function segmentFrame(b: QueryBody, from: string, to: string, t: number, frontHint: V3, sideHint: V3): Frame {
  const a = joint(b, from);
  const z = joint(b, to);
  const axis = unit(sub(z, a));
  return { origin: lerp(a, z, t), axis, front: across(frontHint, axis), side: across(sideHint, axis) };
}
/** A direction `degrees` from `front` toward `side`, round the segment's axis. */
const turn = (f: Frame, degrees: number): V3 => {
  const r = (degrees * Math.PI) / 180;
  return unit(add(scale(f.front, Math.cos(r)), scale(f.side, Math.sin(r))));
};

/**
 * The forearm's frame `t` of the way from the elbow to the wrist, in its own anatomical terms:
 * `front` is palmar (volar), `side` radial. At the elbow radial is from the medial to the lateral
 * epicondyle; at the wrist it is the hand's radial direction (the distal forearm is flat in the
 * plane of the hand: a principal-axis fit of its skin agrees within 25 degrees); the forearm's twist
 * (pronation) is blended between the two, so "the back of the forearm" follows the radius as it
 * crosses the ulna. Volar = radial x axis on the right side (anatomical position: axis down,
 * radial -X, volar +Z).
 */
function forearmFrame(b: QueryBody, found: (name: LandmarkId) => V3, t: number): Frame {
  const elbowJoint = joint(b, 'forearm_r');
  const wrist = joint(b, 'hand_r');
  const axis = unit(sub(wrist, elbowJoint));
  const radialAtElbow = across(sub(found('lateral_epicondyle_r'), found('medial_epicondyle_r')), axis);
  const radialAtWrist = across(handFrame(b, 0).side, axis);
  const side = across(add(scale(radialAtElbow, 1 - t), scale(radialAtWrist, t)), axis);
  return { origin: lerp(elbowJoint, wrist, t), axis, front: cross(side, axis), side };
}

/** The hand's frame `t` of the way from the wrist to the middle knuckle: front palmar, side radial. */
function handFrame(b: QueryBody, t: number): Frame {
  const knuckle = joint(b, 'middle_1_r');
  const axis = unit(sub(knuckle, joint(b, 'hand_r')));
  const side = across(sub(joint(b, 'index_1_r'), joint(b, 'little_1_r')), axis);
  return { origin: lerp(joint(b, 'hand_r'), knuckle, t), axis, front: cross(side, axis), side };
}

/** Frame `distance` metres along a frame's axis from its origin. */
const along = (f: Frame, metres: number): Frame => ({ ...f, origin: add(f.origin, scale(f.axis, metres)) });
/** A point `metres` from `a` toward `b`. */
const toward = (a: V3, b: V3, metres: number): V3 => add(a, scale(unit(sub(b, a)), metres));
/** The height (y) of a found landmark. */
const y = (found: (name: LandmarkId) => V3, name: LandmarkId) => found(name)[1];

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
  // second wave
  upper_incisors: (b) => fromFront(0, 1.563, onBones(b, head))(b),
  lower_incisors: (b) => fromFront(0, 1.531, onBones(b, head))(b),
  hyoid: (b) => fromFront(0, 1.489, onBones(b, neckAndHead))(b),
  mesosternale: (b, found) => fromFront(0, y(found, 'suprasternale') - 0.45 * (y(found, 'suprasternale') - y(found, 'xiphoid')))(b),
  epigastrium: (b, found) => fromFront(0, (y(found, 'xiphoid') + y(found, 'omphalion')) / 2)(b),
  suprapubic: fromFront(0, 0.94),
  perineum: (b) => extreme(b, (p) => -p[1], (p) => Math.abs(p[0]) < 0.003 && p[1] > 0.75 && p[2] > -0.04 && p[2] < 0.05),
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
  // The tip of the radius on the thumb side of the wrist, just above the joint. (The first rule,
  // "the highest wrist vertex", found the back of the forearm 3 cm up: the hand is turned palm-in.)
  radial_styloid: (b) => {
    const f = along(handFrame(b, 0), -0.008);
    return outward(b, f.origin, f.side, forearm);
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

  // ---------------------------------------------------------------- second wave: head and neck
  orbit: (b, found) => fromFront(found('supraorbital_r')[0], y(found, 'supraorbital_r') - 0.02, onBones(b, head))(b),
  parietal: (b, found) => {
    const m = lerp(found('tragion_r'), found('vertex'), 0.5);
    return fromRight(m[1], found('tragion_r')[2], onBones(b, head))(b);
  },
  occiput: (b, found) => fromBack(-0.045, y(found, 'inion') + 0.025, onBones(b, head))(b),
  retromandibular: (b, found) => {
    const m = found('mastoid_r');
    const g = found('gonion_r');
    return fromRight(m[1] - 0.012, (m[2] + g[2]) / 2 + 0.004, onBones(b, neckAndHead))(b);
  },
  submandibular: (b, found) => {
    const g = found('gonion_r');
    // Under the body of the mandible: seen from below and outside, 2.5 cm forward of the angle.
    const p = toward(g, found('menton'), 0.025);
    return rayHit(b, [p[0] - 0.15, p[1] - 0.3, p[2]], [0.5, 1, 0], onBones(b, neckAndHead));
  },
  posterior_neck: (b, found) => fromBack(-0.02, y(found, 'cervicale') + 0.045, onBones(b, neckAndHead))(b),

  // ---------------------------------------------------------------- shoulder and upper limb
  supraspinous_fossa: (b, found) => {
    const root = found('scapula_spine_root_r');
    const tip = found('acromion_r');
    // Above the spine, halfway to the superior border (which runs level with the superior angle).
    const m = lerp(root, tip, 0.35);
    return fromBack(m[0], (m[1] + y(found, 'scapula_superior_angle_r')) / 2 + 0.004)(b);
  },
  coracoid: (b, found) => {
    const inner = found('suprasternale');
    const tip = found('acromion_r');
    const junction = lerp(inner, tip, 2 / 3);
    return fromFront(junction[0], junction[1] - 0.025 - 0.01, onBones(b, /^(clavicle_r|shoulder_r|chest_upper|upper_arm_r)$/))(b);
  },
  posterior_axillary_fold: (b) => fromBack(-0.158, 1.29, onBones(b, /^(chest_upper|chest|shoulder_r|upper_arm_r)$/))(b),
  arm_anterior: (b) => outward(b, segmentFrame(b, 'upper_arm_r', 'forearm_r', 0.5, [0, 0, 1], [-1, 0, 0]).origin, [0, 0, 1], upperArm),
  arm_posterior: (b) => outward(b, segmentFrame(b, 'upper_arm_r', 'forearm_r', 0.5, [0, 0, 1], [-1, 0, 0]).origin, [0, 0, -1], upperArm),
  arm_medial: (b) => {
    const f = segmentFrame(b, 'upper_arm_r', 'forearm_r', 0.5, [0, 0, 1], [1, 0, 0]);
    return outward(b, f.origin, f.side, upperArm);
  },
  cubital_fossa: (b, found) => {
    const f = forearmFrame(b, found, 0);
    return outward(b, add(f.origin, scale(f.axis, -0.005)), f.front, elbow);
  },
  radial_head: (b, found) => nearest(b, toward(found('lateral_epicondyle_r'), found('radial_styloid_r'), 0.02), onBones(b, elbow)),
  ulnar_groove: (b, found) => nearest(b, lerp(found('medial_epicondyle_r'), found('olecranon_r'), 0.5), onBones(b, elbow)),
  forearm_radial_proximal: (b, found) => {
    const f = along(forearmFrame(b, found, 0), 0.04);
    return outward(b, f.origin, turn(f, 90), forearm);
  },
  forearm_dorsal_proximal: (b, found) => {
    const f = along(forearmFrame(b, found, 0), 0.055);
    return outward(b, f.origin, turn(f, 180), forearm);
  },
  forearm_dorsal_ulnar: (b, found) => {
    const f = along(forearmFrame(b, found, 0), 0.075);
    return outward(b, f.origin, turn(f, -135), forearm);
  },
  forearm_dorsal_mid: (b, found) => {
    const f = forearmFrame(b, found, 0.5);
    return outward(b, f.origin, turn(f, 180), forearm);
  },
  forearm_volar_proximal: (b, found) => {
    const f = along(forearmFrame(b, found, 0), 0.045);
    return outward(b, f.origin, turn(f, 0), forearm);
  },
  forearm_volar_ulnar: (b, found) => {
    const f = forearmFrame(b, found, 1 / 3);
    return outward(b, f.origin, turn(f, -80), forearm);
  },
  forearm_volar_mid: (b, found) => {
    const f = forearmFrame(b, found, 0.5);
    return outward(b, f.origin, turn(f, 0), forearm);
  },
  forearm_volar_radial_distal: (b, found) => {
    const f = forearmFrame(b, found, 1);
    return outward(b, add(f.origin, scale(f.axis, -0.04)), turn(f, 45), forearm);
  },
  wrist_dorsal: (b, found) => {
    const f = forearmFrame(b, found, 1);
    return outward(b, f.origin, turn(f, 180), forearm);
  },
  ulnar_styloid: (b, found) => {
    const f = forearmFrame(b, found, 1);
    return outward(b, add(f.origin, scale(f.axis, -0.01)), turn(f, -125), forearm);
  },
  anatomical_snuffbox: (b) => {
    const f = handFrame(b, 0.12);
    return outward(b, f.origin, turn(f, 135), hand);
  },
  wrist_volar: (b, found) => {
    const f = forearmFrame(b, found, 1);
    return outward(b, f.origin, turn(f, 0), forearm);
  },
  wrist_volar_radial: (b, found) => {
    const f = forearmFrame(b, found, 1);
    return outward(b, f.origin, turn(f, 60), forearm);
  },
  pisiform: (b) => {
    const f = handFrame(b, 0.1);
    return outward(b, f.origin, turn(f, -50), hand);
  },
  palm: (b) => {
    const f = handFrame(b, 0.6);
    return outward(b, f.origin, turn(f, -10), hand);
  },
  hypothenar: (b) => {
    const f = handFrame(b, 0.42);
    return outward(b, f.origin, turn(f, -40), hand);
  },
  hand_dorsum: (b) => {
    const f = handFrame(b, 0.55);
    return outward(b, f.origin, turn(f, 180), hand);
  },
  hand_dorsum_ulnar: (b) => {
    const f = handFrame(b, 0.55);
    const ulnar = lerp(f.origin, lerp(joint(b, 'ring_1_r'), joint(b, 'little_1_r'), 0.5), 0.55);
    return outward(b, ulnar, turn(f, 180), hand);
  },
  thumb_web_dorsal: (b) => {
    const f = handFrame(b, 0.5);
    const web = lerp(lerp(joint(b, 'hand_r'), joint(b, 'index_1_r'), 0.55), joint(b, 'thumb_2_r'), 0.45);
    return outward(b, web, turn(f, 160), hand);
  },
  thumb_web_palmar: (b) => {
    const f = handFrame(b, 0.5);
    const web = lerp(lerp(joint(b, 'hand_r'), joint(b, 'index_1_r'), 0.55), joint(b, 'thumb_2_r'), 0.45);
    return outward(b, web, turn(f, 20), hand);
  },
  thumb_cmc: (b) => {
    const f = handFrame(b, 0.2);
    return outward(b, joint(b, 'thumb_1_r'), turn(f, 100), /^(hand|thumb_1)_r$/);
  },
  thumb_volar: (b) => {
    const base = joint(b, 'thumb_2_r');
    const tip = joint(b, 'thumb_3_r');
    const axis = unit(sub(tip, base));
    // The thumb's pad faces across the palm toward the fingers.
    const pad = across(sub(joint(b, 'middle_1_r'), base), axis);
    return outward(b, lerp(base, tip, 0.5), pad, /^thumb_2_r$/);
  },
  knuckle_index: (b) => outward(b, joint(b, 'index_1_r'), turn(handFrame(b, 1), 180), hand),
  knuckle_middle: (b) => outward(b, joint(b, 'middle_1_r'), turn(handFrame(b, 1), 180), hand),
  knuckle_ring: (b) => outward(b, joint(b, 'ring_1_r'), turn(handFrame(b, 1), 180), hand),
  knuckle_little: (b) => outward(b, joint(b, 'little_1_r'), turn(handFrame(b, 1), 180), hand),
  index_finger: (b) => {
    const j = joint(b, 'index_3_r');
    return extreme(b, (p) => Math.hypot(p[0] - j[0], p[1] - j[1], p[2] - j[2]), (_p, v) => b.bone[v] === 'index_3_r');
  },
  ring_finger: (b) => {
    const j = joint(b, 'ring_3_r');
    return extreme(b, (p) => Math.hypot(p[0] - j[0], p[1] - j[1], p[2] - j[2]), (_p, v) => b.bone[v] === 'ring_3_r');
  },

  // ---------------------------------------------------------------- trunk
  midaxillary: (b) => fromRight(1.235, 0.025, onBones(b, trunk))(b),
  flank_lateral: (b) => fromRight(1.135, 0.0, onBones(b, trunk))(b),
  costal_margin: (b, found) => fromFront(found('clavicle_mid_r')[0] + 0.005, 1.165)(b),
  paraspinal_t6: fromBack(-0.055, 1.325),
  lower_ribs_posterior: fromBack(-0.07, 1.195),
  pubic_tubercle: fromFront(-0.025, 0.918),

  // ---------------------------------------------------------------- lower limb
  gluteal_fold: (b, found) => fromBack(found('buttock_r')[0], 0.795, onBones(b, /^(thigh_r|thigh_twist_r|pelvis_r|hips)$/))(b),
  thigh_medial: (b, found) => {
    const f = segmentFrame(b, 'thigh_r', 'shin_r', 0, [0, 0, 1], [1, 0, 0]);
    const t = (f.origin[1] - y(found, 'thigh_anterior_r')) / (f.origin[1] - joint(b, 'shin_r')[1]);
    const g = segmentFrame(b, 'thigh_r', 'shin_r', t, [0, 0, 1], [1, 0, 0]);
    return outward(b, g.origin, g.side, thigh);
  },
  knee_medial: (b) => {
    const k = joint(b, 'shin_r');
    return outward(b, [k[0], k[1] - 0.012, k[2] - 0.01], [1, 0, 0], /^(thigh_twist|shin)_r$/);
  },
  knee_lateral: (b, found) => {
    const k = joint(b, 'shin_r');
    return outward(b, [k[0], y(found, 'fibular_head_r') + 0.03, k[2] - 0.01], [-1, 0, 0], /^(thigh_twist|shin)_r$/);
  },
  leg_lateral: (b, found) => {
    const m = lerp(found('fibular_head_r'), found('lateral_malleolus_r'), 0.5);
    const f = segmentFrame(b, 'shin_r', 'foot_r', (joint(b, 'shin_r')[1] - m[1]) / (joint(b, 'shin_r')[1] - joint(b, 'foot_r')[1]), [0, 0, 1], [-1, 0, 0]);
    return outward(b, f.origin, across(sub(m, f.origin), f.axis), leg);
  },
  calf_medial: (b, found) => {
    const f = segmentFrame(b, 'shin_r', 'foot_r', (joint(b, 'shin_r')[1] - y(found, 'shin_r')) / (joint(b, 'shin_r')[1] - joint(b, 'foot_r')[1]), [0, 0, 1], [1, 0, 0]);
    return outward(b, f.origin, turn(f, 115), leg);
  },
  ankle_anterior: (b, found) => {
    const mid = lerp(found('lateral_malleolus_r'), found('medial_malleolus_r'), 0.5);
    return outward(b, [mid[0], mid[1] + 0.005, mid[2] - 0.01], [0, 0.25, 1], foot);
  },
  sinus_tarsi: (b, found) => {
    const m = found('lateral_malleolus_r');
    return fromRight(m[1] - 0.018, m[2] + 0.022, onBones(b, foot))(b);
  },
  foot_lateral: (b, found) => fromRight(0.022, found('heel_r')[2] + 0.105, onBones(b, foot))(b),
  heel_plantar: (b, found) => rayHit(b, [found('heel_r')[0] + 0.006, -0.5, found('heel_r')[2] + 0.03], [0, 1, 0], onBones(b, foot)),
  heel_medial: (b, found) => outward(b, [found('heel_r')[0] + 0.005, 0.03, found('heel_r')[2] + 0.025], [1, 0, 0], foot),
  heel_lateral: (b, found) => outward(b, [found('heel_r')[0] + 0.005, 0.03, found('heel_r')[2] + 0.025], [-1, 0, 0], foot),
  ball_of_foot: (b, found) => rayHit(b, [found('hallux_r')[0] - 0.028, -0.5, found('hallux_r')[2] - 0.07], [0, 1, 0], onBones(b, foot)),
  metatarsale_tibiale: (b, found) => {
    const h = found('hallux_r');
    return extreme(b, (p) => p[0], (p, v) => foot.test(b.bone[v] ?? '') && p[1] < 0.045 && Math.abs(p[2] - (h[2] - 0.065)) < 0.008);
  },
  metatarsale_fibulare: (b, found) => {
    const h = found('hallux_r');
    return extreme(b, (p) => -p[0], (p, v) => foot.test(b.bone[v] ?? '') && p[1] < 0.04 && Math.abs(p[2] - (h[2] - 0.095)) < 0.008);
  },
  toe3: (b, found) => {
    const h = found('hallux_r');
    return extreme(b, (p) => p[2], (p) => p[1] < 0.04 && Math.abs(p[0] - (h[0] - 0.035)) < 0.005);
  },
};

/** Position helper for rules that build on earlier answers. */
export function positionOf(body: QueryBody, vertex: number): V3 {
  return at(body, vertex);
}
