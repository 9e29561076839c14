/**
 * Moves the body into the asked self-care pose (the selected muscle's stretch or release, on the
 * side shown) and back to rest: the bones turn from where they are to the solved pose over 1.5 s,
 * eased, one step per rendered frame (the canvas renders on demand, so only while moving). Play,
 * pause and step come from the store. Once the pose is reached, the posed skin is computed once
 * for the marks, the paths, the framing and picking.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Bone } from 'three';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';
import { bodyRig } from './bodyRig';
import { useSelectedPattern } from '../hooks/useDrawingLookup';
import { poseSpecFor } from '../atlas/pose/musclePose';
import { solvePose, type BallSpot } from '../atlas/pose/solvePose';
import { IDENTITY, slerp, type Quat } from '../atlas/pose/quat';
import { posedSkin } from '../atlas/pose/posedSkin';
import { poseProps } from '../atlas/pose/props';
import type { Side } from '../atlas/types';
import type { Vec3 } from '../atlas/types';
import type { PoseSpec } from '../atlas/pose/poseSpec';
import type { SolvedPose } from '../atlas/pose/solvePose';

/** How long a move between rest and a pose takes. */
export const POSE_SECONDS = 1.5;
/** How far one "step" moves a paused body. */
const STEP = 0.25;

interface Target {
  readonly key: string;
  readonly spec: PoseSpec | null;
  readonly solved: SolvedPose | null;
  readonly ball: BallSpot | undefined;
  readonly side: Side;
  readonly rotations: readonly Quat[];
  readonly offset: Vec3;
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The pose the store asks for, solved on this body; renders nothing itself. */
export function PoseController() {
  const body = useBody();
  const { mesh, atlas } = body;
  const invalidate = useThree((s) => s.invalidate);
  // While the body moves, frames are drawn at half resolution: on a slow GPU (or WebGL on the
  // CPU) the skinned body's pixels are most of a frame's cost, and a moving body reads well at it.
  const setDpr = useThree((s) => s.setDpr);
  const fullDpr = useThree((s) => s.viewport.initialDpr);
  const lowRes = useRef(false);
  const resolution = (low: boolean) => {
    if (low === lowRes.current) return;
    lowRes.current = low;
    setDpr(low ? Math.max(0.5, fullDpr / 2) : fullDpr);
  };
  const muscle = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  const pose = useAtlasStore((s) => s.pose);
  const steps = useAtlasStore((s) => s.poseSteps);
  const pattern = useSelectedPattern();
  const bones = mesh.skeleton.bones;
  const rootRest = useMemo(() => bones[0]!.position.clone(), [bones]);

  const target = useMemo<Target>(() => {
    const spec = muscle ? poseSpecFor(muscle, pose) : null;
    const key = `${body.choice.body}-${body.choice.build}:${muscle}:${side}:${spec ? pose : 'rest'}`;
    if (!spec) return { key, spec: null, solved: null, ball: undefined, side, rotations: bones.map(() => IDENTITY), offset: [0, 0, 0] };
    const { rig, normals } = bodyRig(mesh);
    const tp = pattern?.triggerPoints[0];
    const ball: BallSpot | undefined = tp ? { vertex: tp.vertex, point: tp.position, normal: [normals[tp.vertex * 3]!, normals[tp.vertex * 3 + 1]!, normals[tp.vertex * 3 + 2]!] } : undefined;
    const solved = solvePose(rig, atlas.mesh.positions, spec, side, ball);
    return { key, spec, solved, ball, side, rotations: solved.pose.rotations, offset: solved.pose.rootOffset };
  }, [body, mesh, atlas, bones, muscle, side, pose, pattern]);

  // Where the move started, and how far along it is.
  const move = useRef<{ from: Quat[]; fromOffset: Vec3; t: number; target: Target | null; current: Quat[]; offset: Vec3 }>({
    from: bones.map(() => IDENTITY), fromOffset: [0, 0, 0], t: 1, target: null, current: bones.map(() => IDENTITY), offset: [0, 0, 0],
  });

  const apply = (e: number) => {
    const m = move.current;
    const t = m.target!;
    bones.forEach((bone: Bone, i) => {
      const q = slerp(m.from[i] ?? IDENTITY, t.rotations[i] ?? IDENTITY, e);
      m.current[i] = q;
      bone.quaternion.set(q[0], q[1], q[2], q[3]);
    });
    m.offset = [0, 1, 2].map((k) => m.fromOffset[k]! + (t.offset[k]! - m.fromOffset[k]!) * e) as unknown as Vec3;
    bones[0]!.position.set(rootRest.x + m.offset[0], rootRest.y + m.offset[1], rootRest.z + m.offset[2]);
  };

  const arrive = () => {
    const t = move.current.target!;
    const state = atlasStore.getState();
    if (t.solved) {
      const { rig, normals } = bodyRig(mesh);
      const lying = ['supine', 'prone', 'side-lying', 'side-lying-down'].includes(t.spec!.placement);
      const { spec, solved, ball, side: poseSide } = t;
      state.setPosedSkin(posedSkin(t.key, rig, solved.matrices, atlas.mesh, normals, lying, (posed) => poseProps(rig, posed, spec!, poseSide, solved, ball)));
    }
    state.setPoseProgress(1, t.spec ? state.pose : 'rest');
    resolution(false);
  };

  // A new target: start from wherever the body is now.
  useEffect(() => {
    const m = move.current;
    if (m.target?.key === target.key) return;
    const first = m.target === null;
    m.from = m.current.slice();
    m.fromOffset = m.offset;
    m.target = target;
    const state = atlasStore.getState();
    state.setPosedSkin(null);
    const still = !target.spec && m.from.every((q) => q === IDENTITY || Math.abs(q[3]) > 0.999999);
    if (first && !target.spec) {
      m.t = 1;
      state.setPoseProgress(0, 'rest');
      return;
    }
    if (still) {
      m.t = 1;
      apply(1);
      arrive();
      invalidate();
      return;
    }
    m.t = 0;
    state.setPoseProgress(0, null);
    resolution(true);
    invalidate();
    // apply/arrive read refs only; the target is the dependency.
  }, [target, invalidate]);

  // A step while paused.
  const lastSteps = useRef(steps);
  useEffect(() => {
    if (steps === lastSteps.current) return;
    lastSteps.current = steps;
    const m = move.current;
    if (!m.target || m.t >= 1) return;
    m.t = Math.min(1, m.t + STEP);
    apply(ease(m.t));
    atlasStore.getState().setPoseProgress(m.t, null);
    if (m.t >= 1) arrive();
    invalidate();
  }, [steps, invalidate]);

  useFrame((_, delta) => {
    const m = move.current;
    if (!m.target || m.t >= 1 || !atlasStore.getState().posePlaying) return;
    // A long first frame (shader compile) would jump the move: cap each frame's advance.
    m.t = Math.min(1, m.t + Math.min(delta, 0.1) / POSE_SECONDS);
    apply(ease(m.t));
    if (m.t >= 1) arrive();
    else atlasStore.getState().setPoseProgress(m.t, null);
    invalidate();
  });

  // Back to rest when the body goes away (a body switch builds a new controller).
  useEffect(
    () => () => {
      bones.forEach((bone: Bone) => bone.quaternion.identity());
      bones[0]!.position.copy(rootRest);
    },
    [bones, rootRest],
  );
  return null;
}
