/**
 * The self-care poses on the real bodies: every muscle's stretch (and release) is there when its
 * text gives one, solves on both bodies and both sides inside normal ranges of motion, bends the
 * way the text says on the side it says, keeps the skin from collapsing, stands on the floor, and
 * a tap on the posed body names the same place as on the rest pose.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_DATA } from '../atlas/data/muscles';
import { MUSCLE_POSES, NO_STRETCH } from '../atlas/pose/musclePoses';
import { POSES, type PoseName } from '../atlas/pose/poses';
import type { PoseSpec } from '../atlas/pose/poseSpec';
import { BALL_RADIUS, ballCentre, solvePose, type BallSpot } from '../atlas/pose/solvePose';
import { boneFrames, boneIndex, skinPoint, skinPositions, type Rig } from '../atlas/pose/rig';
import { posedSkin } from '../atlas/pose/posedSkin';
import { poseProps } from '../atlas/pose/props';
import { raycastSkin } from '../atlas/mesh';
import { musclePattern } from '../atlas/musclePattern';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { Side, SkinMesh } from '../atlas/types';
import { bodyGlbPath, readBodyDocument, rigOf, skinMeshOf } from './loadBody';
import { loadOpenAtlas } from './bakeZoneBytes';
import type { Document } from '@gltf-transform/core';

interface Body { rig: Rig; skin: SkinMesh; normals: Float32Array; atlas: OpenAtlas }
const bodies: Record<'male' | 'female', Body> = {} as never;

function normalsOf(doc: Document): Float32Array {
  const primitive = doc.getRoot().listMeshes().find((m) => m.getName() === 'body')!.listPrimitives()[0]!;
  const normal = primitive.getAttribute('NORMAL')!;
  const out = new Float32Array(normal.getCount() * 3);
  const e: number[] = [];
  for (let v = 0; v < normal.getCount(); v++) {
    normal.getElement(v, e);
    const len = Math.hypot(e[0]!, e[1]!, e[2]!) || 1;
    out.set([e[0]! / len, e[1]! / len, e[2]! / len], v * 3);
  }
  return out;
}

beforeAll(async () => {
  for (const body of ['male', 'female'] as const) {
    const choice = { body, build: 'average' } as const;
    const doc = await readBodyDocument(new Uint8Array(readFileSync(bodyGlbPath(choice))));
    bodies[body] = { rig: rigOf(doc), skin: skinMeshOf(doc), normals: normalsOf(doc), atlas: await loadOpenAtlas(choice) };
  }
}, 120_000);

const posesInUse = [...new Set(Object.values(MUSCLE_POSES).flatMap((p) => [p.stretch, p.release].filter((n): n is PoseName => !!n)))];
const firstMuscleOf = (name: PoseName) => Object.entries(MUSCLE_POSES).find(([, p]) => p.stretch === name || p.release === name)![0];

function ballSpot(body: Body, muscle: string, side: Side): BallSpot | undefined {
  const tp = musclePattern(body.atlas, muscle, side)?.triggerPoints[0];
  if (!tp) return undefined;
  const n = body.normals;
  return { vertex: tp.vertex, point: tp.position, normal: [n[tp.vertex * 3]!, n[tp.vertex * 3 + 1]!, n[tp.vertex * 3 + 2]!] };
}

describe('which muscles have which pose', () => {
  it('every muscle has an entry; a stretch exactly when its text gives one', () => {
    for (const muscle of MUSCLE_DATA) {
      const poses = MUSCLE_POSES[muscle.id];
      expect(poses, muscle.id).toBeDefined();
      if (NO_STRETCH[muscle.id]) expect(poses!.stretch, muscle.id).toBeUndefined();
      else expect(poses!.stretch, muscle.id).toBeDefined();
    }
    expect(Object.keys(MUSCLE_POSES).sort()).toEqual(MUSCLE_DATA.map((m) => m.id).sort());
  });

  it('a release position only where the pressure-release text puts the body on a ball', () => {
    for (const muscle of MUSCLE_DATA) {
      if (!MUSCLE_POSES[muscle.id]?.release) continue;
      expect(muscle.selfCare.pressureRelease, muscle.id).toMatch(/\bball/i);
      expect(muscle.selfCare.pressureRelease, muscle.id).toMatch(/\b(lie|lying|lean|sit|sitting|stand|roll|rest)/i);
    }
  });
});

/** Normal active ranges of motion (degrees), kept well short of their ends. */
const RANGES: Record<string, [number, number]> = {
  // The upper arm's turn is read against the shortest swing from rest, which itself twists a
  // raised arm (Codman's paradox): only a turn near half a circle (an elbow bent the wrong way) fails.
  Elbow: [0, 150], Knee: [-5, 140], ShoulderRotation: [-135, 135], HipRotation: [-40, 60], HipAbduct: [-30, 50], HipFlex: [-25, 130],
  WristExtend: [-60, 60], WristUlnar: [-15, 25], Supinate: [-85, 85], AnkleUp: [-40, 20], AnkleEvert: [-25, 15], FingerCurl: [-20, 90],
  neckFlex: [-20, 40], neckBend: [0, 35], neckTurn: [0, 45], headFlex: [-10, 20], trunkFlex: [-30, 40], trunkBend: [0, 25], trunkTurn: [0, 30], jawOpen: [0, 25],
};

describe.each(['male', 'female'] as const)('poses on the %s body', (bodyName) => {
  it.each(posesInUse)('%s: inside normal ranges, on the floor, skin not collapsed, mirrored', (name) => {
    const body = bodies[bodyName];
    const spec = POSES[name];
    const muscle = firstMuscleOf(name);
    for (const side of ['right', 'left'] as const) {
      const solved = solvePose(body.rig, body.skin.positions, spec, side, ballSpot(body, muscle, side));
      for (const [joint, angle] of Object.entries(solved.angles)) {
        const key = Object.keys(RANGES).find((k) => joint === k || joint.endsWith(k));
        if (!key) continue;
        const [lo, hi] = RANGES[key]!;
        expect(angle, `${name} ${side} ${joint}`).toBeGreaterThanOrEqual(lo);
        expect(angle, `${name} ${side} ${joint}`).toBeLessThanOrEqual(hi);
      }
      const posed = skinPositions(body.rig, solved.matrices, body.skin.positions);
      let lowest = Infinity;
      for (let v = 1; v < posed.length; v += 3) lowest = Math.min(lowest, posed[v]!);
      expect(lowest, `${name} ${side} lowest point`).toBeGreaterThan(-0.01);
      if (spec.placement === 'stand') expect(lowest, `${name} ${side} stands on the floor`).toBeLessThan(0.01);
      // Linear blend skinning fails by collapsing triangles (candy wrapper at a twisted joint,
      // pinching at a bent one): almost every triangle keeps a good share of its area.
      let collapsed = 0;
      const { indices } = body.skin;
      for (let t = 0; t < indices.length; t += 3) {
        if (area(posed, indices, t) < 0.15 * area(body.skin.positions, indices, t)) collapsed++;
      }
      expect(collapsed / (indices.length / 3), `${name} ${side} collapsed triangles`).toBeLessThan(0.004);
      if (side === 'left') continue;
      // The left side's pose is the right side's, mirrored.
      const left = solvePose(body.rig, body.skin.positions, spec, 'left', ballSpot(body, muscle, 'left'));
      const leftPosed = skinPositions(body.rig, left.matrices, body.skin.positions);
      let worst = 0;
      // Lying on the back or the front, the body's midline plane is upright across z (the head
      // always toward the viewer's left); standing, sitting or on one side it is x = 0.
      const across = spec.placement === 'supine' || spec.placement === 'prone';
      const hipsZ = boneFrames(body.rig, solved.pose).heads[boneIndex(body.rig, 'hips')]![2];
      for (let v = 0; v < body.skin.mirror.length; v += 7) {
        const m = body.skin.mirror[v]!;
        const dx = across ? posed[v * 3]! - leftPosed[m * 3]! : posed[v * 3]! + leftPosed[m * 3]!;
        const dz = across ? posed[v * 3 + 2]! - (2 * hipsZ - leftPosed[m * 3 + 2]!) : posed[v * 3 + 2]! - leftPosed[m * 3 + 2]!;
        worst = Math.max(worst, Math.hypot(dx, posed[v * 3 + 1]! - leftPosed[m * 3 + 1]!, dz));
      }
      expect(worst, `${name} mirrored`).toBeLessThan(0.02);
    }
  });

  it('a ball pose puts the ball on the trigger point, between it and what the body leans on', () => {
    const body = bodies[bodyName];
    for (const name of posesInUse.filter((n) => (POSES[n] as PoseSpec).props?.some((p) => p.kind === 'ball'))) {
      const muscle = firstMuscleOf(name);
      const ball = ballSpot(body, muscle, 'right')!;
      const solved = solvePose(body.rig, body.skin.positions, POSES[name], 'right', ball);
      const skinAt = skinPoint(body.rig, solved.matrices, ball.vertex, ball.point);
      const centre = ballCentre(body.rig, solved.matrices, ball);
      expect(Math.hypot(centre[0] - skinAt[0], centre[1] - skinAt[1], centre[2] - skinAt[2]), name).toBeCloseTo(BALL_RADIUS, 3);
      expect(centre[1] - BALL_RADIUS, `${name}: the ball is not under the floor`).toBeGreaterThan(-0.005);
      const posed = skinPositions(body.rig, solved.matrices, body.skin.positions);
      const shapes = poseProps(body.rig, posed, POSES[name], 'right', solved, ball);
      expect(shapes.some((s) => s.shape === 'sphere'), name).toBe(true);
    }
  });
});

describe('the stretch bends the way its text says, on the side shown', () => {
  const headX = (name: PoseName, side: Side) => {
    const body = bodies.male;
    const solved = solvePose(body.rig, body.skin.positions, POSES[name], side);
    return boneFrames(body.rig, solved.pose).heads[boneIndex(body.rig, 'head')]!;
  };
  it('upper trapezius (right): the head bends to the left, away from the sore side', () => {
    expect(headX('neck-bend-away-hold-seat', 'right')[0]).toBeGreaterThan(0.02);
    expect(headX('neck-bend-away-hold-seat', 'left')[0]).toBeLessThan(-0.02);
  });
  it('quadratus lumborum (right): the trunk bends to the left and the right arm is overhead', () => {
    const body = bodies.male;
    const solved = solvePose(body.rig, body.skin.positions, POSES['standing-side-bend-overhead'], 'right');
    const heads = boneFrames(body.rig, solved.pose).heads;
    expect(heads[boneIndex(body.rig, 'head')]![0]).toBeGreaterThan(0.05);
    expect(heads[boneIndex(body.rig, 'hand_r')]![1]).toBeGreaterThan(heads[boneIndex(body.rig, 'head')]![1]);
  });
  it('hamstrings (right): the right foot is lifted, the left leg lies flat', () => {
    const body = bodies.male;
    const solved = solvePose(body.rig, body.skin.positions, POSES['strap-leg-raise'], 'right');
    const heads = boneFrames(body.rig, solved.pose).heads;
    expect(heads[boneIndex(body.rig, 'foot_r')]![1]).toBeGreaterThan(0.5);
    expect(heads[boneIndex(body.rig, 'foot_l')]![1]).toBeLessThan(0.2);
  });
  it('levator scapulae (right): the face turns to the left, away from the sore side', () => {
    const body = bodies.male;
    const solved = solvePose(body.rig, body.skin.positions, POSES['neck-nose-to-armpit'], 'right');
    const nose = body.atlas.landmarks.get('glabella')!;
    const moved = skinPoint(body.rig, solved.matrices, nose.vertex, nose.position);
    expect(moved[0]).toBeGreaterThan(nose.position[0] + 0.02);
  });
});

describe('picking on a posed body', () => {
  it('a tap on the posed skin names the same place as on the rest pose', () => {
    const body = bodies.male;
    const solved = solvePose(body.rig, body.skin.positions, POSES['neck-bend-away-hold-seat'], 'right');
    const skin = posedSkin('test', body.rig, solved.matrices, body.skin, body.normals);
    let checked = 0;
    for (const name of ['temple_r', 'acromion_r', 'mastoid_r', 'lateral_epicondyle_r', 'patella_l', 'omphalion', 'glabella']) {
      const landmark = body.atlas.landmarks.get(name as never);
      if (!landmark) continue;
      const v = landmark.vertex;
      const p = [skin.positions[v * 3]!, skin.positions[v * 3 + 1]!, skin.positions[v * 3 + 2]!] as const;
      const n = [skin.normals[v * 3]!, skin.normals[v * 3 + 1]!, skin.normals[v * 3 + 2]!] as const;
      const origin = [p[0] + n[0] * 0.3, p[1] + n[1] * 0.3, p[2] + n[2] * 0.3] as const;
      const hit = raycastSkin(skin.mesh, origin, [-n[0], -n[1], -n[2]]);
      expect(hit, name).not.toBeNull();
      const corners = [0, 1, 2].map((k) => body.skin.indices[hit!.triangle * 3 + k]!);
      // The hit's triangle touches the landmark's vertex (or its ring), and the point read back
      // in the rest pose lies within a centimetre of the landmark.
      const rest = [0, 1, 2].map((c) => corners.reduce((sum, corner, k) => sum + hit!.barycentric[k]! * body.skin.positions[corner * 3 + c]!, 0));
      expect(Math.hypot(rest[0]! - landmark.position[0], rest[1]! - landmark.position[1], rest[2]! - landmark.position[2]), name).toBeLessThan(0.01);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});

function area(p: Float32Array, idx: Uint32Array, t: number): number {
  const a = idx[t]! * 3;
  const b = idx[t + 1]! * 3;
  const c = idx[t + 2]! * 3;
  const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
  const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
  return Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
}
