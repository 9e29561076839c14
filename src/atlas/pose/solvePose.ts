/**
 * Turning a written self-care position (poseSpec.ts) into the rig's bone rotations for one side,
 * then setting the body down on what carries it (floor, mat, chair or bed).
 *
 * Limbs are placed by where their segments point, relative to their girdle, and each elbow and
 * knee stays a hinge: the upper arm's (or thigh's) turn about its own axis is the one that lets the
 * forearm (shin) reach its direction by bending the joint alone, as a real elbow does. Twist of the
 * forearm is shared between its two bones, so the skin does not wring at the wrist.
 */
import type { Side, Vec3 } from '../types';
import { add, cross, dot, normalize, scale, sub } from '../vec3';
import { axisAngle, conjugate, fromBases, fromTo, IDENTITY, multiply, rotate, type Quat } from './quat';
import { boneFrames, boneIndex, dominantBone, skinningMatrices, skinPoint, skinPositions, type BonePose, type Rig } from './rig';
import type { ArmMove, BodyPlacement, Direction, LegMove, PoseSpec, SpineMove } from './poseSpec';

/** How high what carries the body is (metres above the floor). */
export const MAT_TOP = 0.03;
export const BED_TOP = 0.5;

/** Angles the solved pose bends each joint to, degrees, for checks against normal ranges of motion. */
export interface JointAngles {
  readonly [joint: string]: number;
}

/** A solved pose: bone rotations and root offset, its skinning matrices and the angles it uses. */
export interface SolvedPose {
  readonly pose: BonePose;
  readonly matrices: Float64Array;
  readonly angles: JointAngles;
  /** Height the body rests on (floor 0, mat, chair seat or bed top). */
  readonly restsOn: number;
}

const suffix = (side: Side) => (side === 'left' ? '_l' : '_r');
const sign = (side: Side) => (side === 'left' ? 1 : -1);
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];
const DEG = 180 / Math.PI;

const TRUNK_BONES = ['spine_lumbar_lower', 'spine_lumbar_upper', 'spine_thoracic_lower', 'chest', 'chest_upper'];
const NECK_BONES: readonly [string, number][] = [['neck_lower', 0.35], ['neck_middle', 0.35], ['neck_upper', 0.3]];

/** A ball's size: a tennis ball. */
export const BALL_RADIUS = 0.034;

/** Where a pose's ball presses: a skin vertex (the trigger point) and its rest outward normal. */
export interface BallSpot {
  readonly vertex: number;
  readonly point: Vec3;
  readonly normal: Vec3;
}

/** The ball's centre in a pose: one radius out from the skin at the spot. */
export function ballCentre(rig: Rig, matrices: Float64Array, spot: BallSpot): Vec3 {
  const p = skinPoint(rig, matrices, spot.vertex, spot.point);
  const n = normalize(skinPoint(rig, matrices, spot.vertex, spot.normal, true));
  return add(p, scale(n, BALL_RADIUS));
}

/**
 * Solves `spec` for the given sore side on `rig` (rest positions `positions`); `ball` is where its
 * ball presses, if it has one (a body lying or sitting on a ball rests on it).
 */
export function solvePose(rig: Rig, positions: Float32Array, spec: PoseSpec, side: Side, ball?: BallSpot): SolvedPose {
  const rotations: Quat[] = rig.bones.map(() => IDENTITY);
  const angles: Record<string, number> = {};
  const index = (name: string): number => {
    const i = boneIndex(rig, name);
    if (i < 0) throw new Error(`the rig has no bone ${name}`);
    return i;
  };
  const head = (name: string): Vec3 => rig.bones[index(name)]!.head;
  const world = (i: number): Quat => {
    let q = rotations[i]!;
    for (let p = rig.bones[i]!.parent; p >= 0; p = rig.bones[p]!.parent) q = multiply(rotations[p]!, q);
    return q;
  };
  const setWorld = (name: string, target: Quat) => {
    const i = index(name);
    const parent = rig.bones[i]!.parent;
    rotations[i] = parent < 0 ? target : multiply(conjugate(world(parent)), target);
  };

  rotations[index('hips')] = multiply(placementRotation(spec.placement, side), axisAngle(Z, -sign(side) * (spec.pelvisDrop ?? 0)));
  if (spec.pelvisDrop) angles.pelvisDrop = spec.pelvisDrop;
  const s = sign(side);
  const spine = (move: SpineMove | undefined, bones: readonly [string, number][], label: string) => {
    if (!move) return;
    for (const [name, share] of bones) rotations[index(name)] = multiply(rotations[index(name)]!, spineRotation(move, s, share));
    angles[`${label}Flex`] = move.flex ?? 0;
    angles[`${label}Bend`] = Math.abs(move.bend ?? 0);
    angles[`${label}Turn`] = Math.abs(move.turn ?? 0);
  };
  spine(spec.trunk, TRUNK_BONES.map((b) => [b, 1 / TRUNK_BONES.length] as [string, number]), 'trunk');
  spine(spec.neck, NECK_BONES, 'neck');
  spine(spec.head, [['head', 1]], 'head');
  if (spec.jawOpen) {
    rotations[index('jaw')] = axisAngle(X, spec.jawOpen);
    angles.jawOpen = spec.jawOpen;
  }

  const arm = (move: ArmMove | undefined, limbSide: Side) => {
    if (!move) return;
    const x = suffix(limbSide);
    const ls = sign(limbSide);
    const label = limbSide === side ? 'sore' : 'other';
    if (move.girdle) {
      const { forward = 0, lift = 0 } = move.girdle;
      rotations[index(`clavicle${x}`)] = multiply(axisAngle(Y, -ls * forward), axisAngle(Z, ls * lift));
    }
    const trunk = world(index('chest_upper'));
    const u0 = normalize(sub(head(`forearm${x}`), head(`upper_arm${x}`)));
    const f0 = normalize(sub(head(`hand${x}`), head(`forearm${x}`)));
    const h0 = normalize(cross(u0, f0));
    const parentWorld = world(index(`shoulder${x}`));
    const u = move.arm ? direction(trunk, move.arm, ls) : rotate(parentWorld, u0);
    // Left unsaid, the forearm hangs nearly straight on from the upper arm, elbow a little bent.
    const f = move.forearm ? direction(trunk, move.forearm, ls) : move.arm ? normalize(add(u, scale(rotate(trunk, Z), 0.25))) : undefined;
    let h: Vec3;
    if (f && Math.hypot(...cross(u, f)) > Math.sin(8 / DEG)) h = normalize(cross(u, f));
    else {
      const carried = rotate(multiply(fromTo(rotate(parentWorld, u0), u), parentWorld), h0);
      h = rotate(axisAngle(u, -ls * (move.rotateOut ?? 0)), carried);
    }
    const armWorld = fromBases(u0, h0, u, normalize(sub(h, scale(u, dot(h, u)))));
    setWorld(`upper_arm${x}`, armWorld);
    angles[`${label}ShoulderRotation`] = signedAngle(neutralHinge(trunk, u, u0, h0), h, u) * -ls;
    angles[`${label}ShoulderElevation`] = angleBetween(u, rotate(trunk, [0, -1, 0]));
    let forearmWorld = armWorld;
    const bent = rotate(armWorld, f0);
    if (f) forearmWorld = multiply(axisAngle(h, signedAngle(bent, f, h)), armWorld);
    const fAxis = rotate(forearmWorld, f0);
    angles[`${label}Elbow`] = angleBetween(u, fAxis);
    const twist = (move.supinate ?? 0) * -ls;
    setWorld(`forearm${x}`, multiply(axisAngle(fAxis, twist / 2), forearmWorld));
    setWorld(`forearm_twist${x}`, multiply(axisAngle(fAxis, twist), forearmWorld));
    angles[`${label}Supinate`] = move.supinate ?? 0;
    const dHand = normalize(sub(head(`middle_1${x}`), head(`hand${x}`)));
    const across = normalize(sub(head(`index_1${x}`), head(`little_1${x}`)));
    const acrossPerp = normalize(sub(across, scale(dHand, dot(across, dHand))));
    const palm = scale(normalize(cross(dHand, acrossPerp)), ls);
    if (move.wrist) {
      const { extend = 0, ulnar = 0 } = move.wrist;
      const extension = axisAngle(normalize(cross(dHand, scale(palm, -1))), extend);
      const deviation = axisAngle(normalize(cross(dHand, scale(acrossPerp, -1))), ulnar);
      rotations[index(`hand${x}`)] = multiply(deviation, extension);
      angles[`${label}WristExtend`] = extend;
      angles[`${label}WristUlnar`] = ulnar;
    }
    if (move.fingers) {
      const { curl = 0, thumbOut = 0, littleIn = 0, indexIn = 0 } = move.fingers;
      for (const digit of ['index', 'middle', 'ring', 'little']) {
        [1, 2, 3].forEach((k, j) => {
          const from = head(`${digit}_${Math.min(k, 2)}${x}`);
          const to = head(`${digit}_${Math.min(k, 2) + 1}${x}`);
          const d = normalize(sub(to, from));
          let q = axisAngle(normalize(cross(d, palm)), curl * [0.8, 1, 0.7][j]!);
          if (k === 1 && digit === 'little' && littleIn) q = multiply(q, axisAngle(normalize(cross(d, sub(head(`ring_1${x}`), head(`little_1${x}`)))), littleIn));
          if (k === 1 && digit === 'index' && indexIn) q = multiply(q, axisAngle(normalize(cross(d, sub(head(`middle_1${x}`), head(`index_1${x}`)))), indexIn));
          rotations[index(`${digit}_${k}${x}`)] = q;
        });
      }
      if (thumbOut) {
        const dThumb = normalize(sub(head(`thumb_2${x}`), head(`thumb_1${x}`)));
        rotations[index(`thumb_1${x}`)] = axisAngle(normalize(cross(dThumb, normalize(add(acrossPerp, palm)))), thumbOut);
      }
      angles[`${label}FingerCurl`] = curl;
    }
  };

  const leg = (move: LegMove | undefined, limbSide: Side) => {
    if (!move) return;
    const x = suffix(limbSide);
    const ls = sign(limbSide);
    const label = limbSide === side ? 'sore' : 'other';
    const pelvis = world(index('hips'));
    const t0 = normalize(sub(head(`shin${x}`), head(`thigh${x}`)));
    const s0 = normalize(sub(head(`foot${x}`), head(`shin${x}`)));
    const h0 = normalize(sub(X, scale(t0, dot(X, t0))));
    const parentWorld = world(index(`pelvis${x}`));
    const t = move.thigh ? direction(pelvis, move.thigh, ls) : rotate(parentWorld, t0);
    const sh = move.shin ? direction(pelvis, move.shin, ls) : undefined;
    let h: Vec3;
    if (sh && Math.hypot(...cross(t, sh)) > Math.sin(8 / DEG)) h = normalize(cross(t, sh));
    else {
      const carried = rotate(multiply(fromTo(rotate(parentWorld, t0), t), parentWorld), h0);
      h = rotate(axisAngle(t, -ls * (move.rotateOut ?? 0)), carried);
    }
    const thighWorld = fromBases(t0, h0, t, normalize(sub(h, scale(t, dot(h, t)))));
    setWorld(`thigh${x}`, thighWorld);
    angles[`${label}HipRotation`] = signedAngle(neutralHinge(pelvis, t, t0, h0), h, t) * -ls;
    angles[`${label}HipFlex`] = signedAngle(rotate(pelvis, [0, -1, 0]), t, rotate(pelvis, [-1, 0, 0]));
    angles[`${label}HipAbduct`] = Math.asin(Math.max(-1, Math.min(1, dot(t, rotate(pelvis, [ls, 0, 0]))))) * DEG;
    let shinWorld = thighWorld;
    if (sh) shinWorld = multiply(axisAngle(h, signedAngle(rotate(thighWorld, s0), sh, h)), thighWorld);
    setWorld(`shin${x}`, shinWorld);
    angles[`${label}Knee`] = signedAngle(t, rotate(shinWorld, s0), h);
    if (move.ankle) {
      const { up = 0, evert = 0 } = move.ankle;
      rotations[index(`foot${x}`)] = multiply(axisAngle(X, -up), axisAngle(Z, ls * evert));
      angles[`${label}AnkleUp`] = up;
      angles[`${label}AnkleEvert`] = evert;
    }
  };

  arm(spec.sore?.arm, side);
  arm(spec.other?.arm, other(side));
  leg(spec.sore?.leg, side);
  leg(spec.other?.leg, other(side));

  // Set the body down on what carries it.
  const unplaced: BonePose = { rotations, rootOffset: [0, 0, 0] };
  const posed = skinPositions(rig, skinningMatrices(rig, boneFrames(rig, unplaced)), positions);
  const { restsOn, carriers } = support(spec.placement, rig);
  let lowest = Infinity;
  for (let v = 0; v < posed.length / 3; v++) {
    if (carriers && !carriers.has(dominantBone(rig, v))) continue;
    lowest = Math.min(lowest, posed[v * 3 + 1]!);
  }
  let lift = restsOn - lowest;
  if (ball && spec.props?.some((p) => p.kind === 'ball')) {
    // Resting on the ball: raise the body until the ball no longer sinks into what carries it.
    const centre = ballCentre(rig, skinningMatrices(rig, boneFrames(rig, { rotations, rootOffset: [0, lift, 0] })), ball);
    lift += Math.max(0, restsOn - (centre[1] - BALL_RADIUS));
  }
  const pose: BonePose = { rotations, rootOffset: [0, lift, 0] };
  return { pose, matrices: skinningMatrices(rig, boneFrames(rig, pose)), angles, restsOn };

  function support(placement: BodyPlacement, r: Rig): { restsOn: number; carriers: Set<number> | null } {
    const set = (names: string[]) => new Set(names.map((n) => boneIndex(r, n)).filter((i) => i >= 0));
    if (placement === 'sit') {
      // A chair seat a little below the knee, so the feet rest on the floor.
      const seat = head('shin_l')[1] - 0.05;
      return { restsOn: seat, carriers: set(['hips', 'pelvis_l', 'pelvis_r', 'thigh_l', 'thigh_r', 'thigh_twist_l', 'thigh_twist_r']) };
    }
    if (placement === 'side-lying') return { restsOn: BED_TOP, carriers: set(['hips', 'pelvis_l', 'pelvis_r', ...TRUNK_BONES, 'clavicle_l', 'clavicle_r', 'shoulder_l', 'shoulder_r', 'upper_arm_l', 'upper_arm_r']) };
    if (placement === 'stand') return { restsOn: 0, carriers: null };
    return { restsOn: MAT_TOP, carriers: null };
  }
}

/** The root's rotation that lays the body down as `placement` says (lying bodies lie along x). */
function placementRotation(placement: BodyPlacement, side: Side): Quat {
  if (placement === 'supine') return multiply(axisAngle(X, -90), axisAngle(Z, 90));
  if (placement === 'prone') return multiply(axisAngle(X, 90), axisAngle(Z, 90));
  // On the other side with the sore side up, the front toward the viewer.
  if (placement === 'side-lying') return axisAngle(Z, side === 'left' ? 90 : -90);
  if (placement === 'side-lying-down') return axisAngle(Z, side === 'left' ? -90 : 90);
  return IDENTITY;
}

/** A spine segment's share of a movement: flexion, then the turn and the side bend about the flexed segment's own axes. */
function spineRotation(move: SpineMove, s: number, share: number): Quat {
  const flex = axisAngle(X, (move.flex ?? 0) * share);
  const turn = axisAngle(Y, s * (move.turn ?? 0) * share);
  const bend = axisAngle(Z, -s * (move.bend ?? 0) * share);
  return multiply(multiply(flex, turn), bend);
}

/**
 * The hinge axis (elbow or knee) a limb pointing along `d` has with no turn about its own axis:
 * the rest hinge carried as the limb first hangs straight down (a swing in the frontal plane),
 * then swings straight to `d` (a swing in the plane through `d` and the vertical, the "globe"
 * convention for the shoulder). The angle from it to the actual hinge is the limb's internal or
 * external rotation.
 */
function neutralHinge(girdle: Quat, d: Vec3, restDirection: Vec3, restHinge: Vec3): Vec3 {
  const down: Vec3 = [0, -1, 0];
  const local = rotate(conjugate(girdle), d);
  const carry = multiply(fromTo(down, local), fromTo(restDirection, down));
  const hinge = rotate(multiply(girdle, carry), restHinge);
  return normalize(sub(hinge, scale(d, dot(hinge, d))));
}

/** A girdle-frame direction as a world unit vector; `out` is +x for the left limb, -x for the right. */
function direction(girdle: Quat, d: Direction, limbSign: number): Vec3 {
  return normalize(rotate(girdle, [limbSign * (d.out ?? 0), d.up ?? 0, d.forward ?? 0]));
}

function angleBetween(a: Vec3, b: Vec3): number {
  return Math.acos(Math.max(-1, Math.min(1, dot(normalize(a), normalize(b))))) * DEG;
}

/** The angle from a to b about `axis` (right-handed), degrees in (-180, 180]. */
function signedAngle(a: Vec3, b: Vec3, axis: Vec3): number {
  return Math.atan2(dot(cross(a, b), axis), dot(a, b)) * DEG;
}
