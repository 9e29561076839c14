/**
 * The props of a solved pose as plain shapes (boxes, balls, rods) in model space: the chair a
 * seated stretch sits on, the mat or bed under a lying one, the ball between a trigger point and the
 * wall, the door frame, the table, the strap. Placed from the posed body, so they meet it.
 */
import type { Side, Vec3 } from '../types';
import { add, cross, normalize, scale, sub } from '../vec3';
import { rotate } from './quat';
import { boneFrames, boneIndex, dominantBone, skinPoint, type Rig } from './rig';
import { BALL_RADIUS, BED_TOP, ballCentre, MAT_TOP, type BallSpot, type SolvedPose } from './solvePose';
import type { PoseSpec } from './poseSpec';

/** What a prop is made of, for its look. */
export type PropLook = 'furniture' | 'wall' | 'mat' | 'ball' | 'strap';

export type PropShape =
  /** A box turned `yaw` degrees about the vertical. */
  | { readonly shape: 'box'; readonly look: PropLook; readonly centre: Vec3; readonly size: Vec3; readonly yaw: number }
  | { readonly shape: 'sphere'; readonly look: PropLook; readonly centre: Vec3; readonly radius: number }
  | { readonly shape: 'rod'; readonly look: PropLook; readonly from: Vec3; readonly to: Vec3; readonly radius: number };

const WALL_HEIGHT = 2.3;
const WALL_THICKNESS = 0.06;

/** The shapes of the props `spec` needs, meeting the body posed as `solved`. */
export function poseProps(rig: Rig, posed: Float32Array, spec: PoseSpec, side: Side, solved: SolvedPose, ball?: BallSpot): PropShape[] {
  const frames = boneFrames(rig, solved.pose);
  const x = side === 'left' ? '_l' : '_r';
  const o = side === 'left' ? '_r' : '_l';
  const headOf = (name: string): Vec3 => frames.heads[boneIndex(rig, name)]!;
  const trunk = frames.rotations[boneIndex(rig, 'chest_upper')]!;
  const forward = horizontal(rotate(trunk, [0, 0, 1]));
  const shapes: PropShape[] = [];
  const bounds = (filter?: (bone: number) => boolean) => {
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (let v = 0; v < posed.length / 3; v++) {
      if (filter && !filter(dominantBone(rig, v))) continue;
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, posed[v * 3 + k]!);
        max[k] = Math.max(max[k]!, posed[v * 3 + k]!);
      }
    }
    return { min, max };
  };

  const placement = spec.placement;
  if (placement === 'sit') shapes.push(...chair(headOf('hips'), forward, solved.restsOn));
  if (placement === 'supine' || placement === 'prone' || placement === 'kneel' || placement === 'floor-sit' || placement === 'side-lying-down') {
    const { min, max } = bounds();
    shapes.push(box('mat', [(min[0] + max[0]) / 2, MAT_TOP / 2, (min[2] + max[2]) / 2], [max[0] - min[0] + 0.24, MAT_TOP, max[2] - min[2] + 0.24], 0));
  }
  if (placement === 'side-lying') {
    const { min, max } = bounds();
    const trunkBones = new Set(['hips', 'spine_lumbar_lower', 'spine_lumbar_upper', 'spine_thoracic_lower', 'chest', 'chest_upper'].map((n) => boneIndex(rig, n)));
    const torso = bounds((b) => trunkBones.has(b));
    // The back edge just behind the trunk, so the top leg can drop down behind it.
    const back = torso.min[2] - 0.02;
    const front = Math.max(max[2], torso.max[2]) + 0.25;
    shapes.push(box('furniture', [(min[0] + max[0]) / 2, BED_TOP / 2 + 0.04, (back + front) / 2], [max[0] - min[0] + 0.2, BED_TOP - 0.08, front - back], 0));
    shapes.push(box('mat', [(min[0] + max[0]) / 2, BED_TOP - 0.04, (back + front) / 2], [max[0] - min[0] + 0.2, 0.08, front - back], 0));
  }

  let ballAt: Vec3 | undefined;
  let ballNormal: Vec3 | undefined;
  if (ball && spec.props?.some((p) => p.kind === 'ball')) {
    ballAt = ballCentre(rig, solved.matrices, ball);
    ballNormal = normalize(sub(ballAt, skinPoint(rig, solved.matrices, ball.vertex, ball.point)));
    shapes.push({ shape: 'sphere', look: 'ball', centre: ballAt, radius: BALL_RADIUS });
  }
  for (const prop of spec.props ?? []) {
    if (prop.kind === 'wall') {
      if (prop.at === 'ball' && ballAt && ballNormal) {
        const n = horizontal(ballNormal);
        shapes.push(wall(add(ballAt, scale(n, BALL_RADIUS + WALL_THICKNESS / 2)), n));
      } else if (prop.at !== 'ball') {
        const suffix = prop.at === 'sore-hand' ? x : o;
        const tip = headOf(`middle_3${suffix}`);
        const n = horizontal(sub(tip, headOf(`forearm${suffix}`)));
        shapes.push(wall(add(tip, scale(n, 0.035 + WALL_THICKNESS / 2)), n));
      }
    }
    if (prop.kind === 'doorway') {
      // The frame's edge just in front of the forearm (bent elbow) or the hand (straight arm).
      const elbow = headOf(`forearm${x}`);
      const wrist = headOf(`hand${x}`);
      const straight = Math.abs(elbow[1] - wrist[1]) < 0.12;
      const contact = straight ? wrist : scale(add(elbow, wrist), 0.5);
      const post = add(contact, scale(forward, 0.1));
      shapes.push(box('furniture', [post[0], 1.05, post[2]], [0.1, 2.1, 0.12], yawOf(forward)));
      const across = normalize(cross([0, 1, 0], forward));
      // The lintel runs from the post across the doorway, past the body's midline.
      const mid = add(post, scale(across, side === 'left' ? -0.45 : 0.45));
      shapes.push(box('furniture', [mid[0], 2.12, mid[2]], [0.1, 0.1, 1.0], yawOf(across)));
    }
    if (prop.kind === 'table') {
      const armBones = new Set([`hand${x}`, `forearm_twist${x}`, 'thumb_1' + x].map((n) => boneIndex(rig, n)));
      const hand = bounds((b) => armBones.has(b));
      const top = ballAt ? ballAt[1] - BALL_RADIUS : hand.min[1];
      const centre = add(headOf(`hand${x}`), scale(forward, 0.05));
      shapes.push(box('furniture', [centre[0], top - 0.02, centre[2]], [0.9, 0.04, 0.6], yawOf(forward)));
      for (const [a, b] of [[-0.4, -0.25], [0.4, -0.25], [-0.4, 0.25], [0.4, 0.25]] as const) {
        const across = normalize(cross([0, 1, 0], forward));
        const leg = add(add(centre, scale(across, a)), scale(forward, b));
        shapes.push(box('furniture', [leg[0], (top - 0.04) / 2, leg[2]], [0.04, top - 0.04, 0.04], yawOf(forward)));
      }
    }
    if (prop.kind === 'strap') {
      const foot = add(headOf(`foot${x}`), scale(normalize(sub(headOf(`foot${x}`), headOf(`shin${x}`))), 0.12));
      for (const hand of [headOf(`middle_1${x}`), headOf(`middle_1${o}`)]) shapes.push({ shape: 'rod', look: 'strap', from: hand, to: foot, radius: 0.008 });
    }
  }
  return shapes;
}

function chair(hips: Vec3, forward: Vec3, seat: number): PropShape[] {
  const yaw = yawOf(forward);
  const across = normalize(cross([0, 1, 0], forward));
  const centre = add(hips, scale(forward, 0.12));
  const shapes: PropShape[] = [box('furniture', [centre[0], seat - 0.025, centre[2]], [0.46, 0.05, 0.44], yaw)];
  for (const [a, b] of [[-0.2, -0.19], [0.2, -0.19], [-0.2, 0.19], [0.2, 0.19]] as const) {
    const leg = add(add(centre, scale(across, a)), scale(forward, b));
    shapes.push(box('furniture', [leg[0], (seat - 0.05) / 2, leg[2]], [0.035, seat - 0.05, 0.035], yaw));
  }
  const back = add(centre, scale(forward, -0.235));
  shapes.push(box('furniture', [back[0], seat + 0.22, back[2]], [0.46, 0.42, 0.03], yaw));
  return shapes;
}

function wall(centre: Vec3, normal: Vec3): PropShape {
  return box('wall', [centre[0], WALL_HEIGHT / 2, centre[2]], [1.6, WALL_HEIGHT, WALL_THICKNESS], yawOf(normal));
}

function box(look: PropLook, centre: Vec3, size: Vec3, yaw: number): PropShape {
  return { shape: 'box', look, centre, size, yaw };
}

/** The horizontal part of `v`, unit length (forward if `v` is vertical). */
function horizontal(v: Vec3): Vec3 {
  const h: Vec3 = [v[0], 0, v[2]];
  return Math.hypot(h[0], h[2]) < 1e-6 ? [0, 0, 1] : normalize(h);
}

/** Degrees about +y that turn the box's local +z onto `direction`. */
function yawOf(direction: Vec3): number {
  return (Math.atan2(direction[0], direction[2]) * 180) / Math.PI;
}
