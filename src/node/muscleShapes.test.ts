/**
 * The muscle shapes on the real body: every muscle has one, it lies under the skin at a plausible
 * depth, layers stack in anatomical order, the left side mirrors the right, and it follows the
 * right bones.
 */
// The tests run in Node on the committed body, read the way the CLI reads it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_GLB_PATH, readBodyDocument, skinMeshOf } from './loadBody';
import { MUSCLE_SHAPES } from '../atlas/data/muscleShapes';
import { resolveLandmarks } from '../atlas/landmarks';
import { nearestSkinPoint } from '../atlas/mesh';
import { anchorSchema } from '../atlas/muscleSchema';
import { atlasMuscles } from '../atlas/muscles';
import type { Side, Vec3 } from '../atlas/types';
import { buildMuscleShape, type ShapeContext } from '../atlas/shapes/buildMuscleShape';
import type { MuscleGeometry } from '../atlas/shapes/lensMesh';
import { sectionAnchors } from '../atlas/shapes/shapeRecipe';
import { muscleSpan } from '../atlas/shapes/recipeAnchors';
import { skinNormalAt } from '../atlas/shapes/skinFrame';

let ctx: ShapeContext;
let boneNames: string[];
const shapes = new Map<string, MuscleGeometry>();
const depthCache = new Map<string, Float64Array>();

beforeAll(async () => {
  const doc = await readBodyDocument(readFileSync(BODY_GLB_PATH));
  const mesh = skinMeshOf(doc);
  const node = doc.getRoot().listNodes().find((n) => n.getMesh()?.getName() === 'body')!;
  const primitive = node.getMesh()!.listPrimitives()[0]!;
  const jointsAccessor = primitive.getAttribute('JOINTS_0')!;
  const weightsAccessor = primitive.getAttribute('WEIGHTS_0')!;
  const count = jointsAccessor.getCount();
  const joints = new Uint16Array(count * 4);
  const weights = new Float32Array(count * 4);
  const j: number[] = [];
  const w: number[] = [];
  for (let v = 0; v < count; v++) {
    joints.set(jointsAccessor.getElement(v, j), v * 4);
    weights.set(weightsAccessor.getElement(v, w), v * 4);
  }
  boneNames = node.getSkin()!.listJoints().map((b) => b.getName());
  ctx = { mesh, landmarks: resolveLandmarks(mesh), influences: { joints, weights } };
});

function shape(id: string, side: Side = 'right'): MuscleGeometry {
  const key = `${id}:${side}`;
  let geometry = shapes.get(key);
  if (!geometry) {
    geometry = buildMuscleShape(MUSCLE_SHAPES[id]!, side, ctx);
    shapes.set(key, geometry);
  }
  return geometry;
}

/** Signed distance of each vertex along the skin normal at its nearest skin point (negative = inside). */
function signedDepths(id: string, side: Side = 'right'): Float64Array {
  const key = `${id}:${side}`;
  let depths = depthCache.get(key);
  if (!depths) {
    const p = shape(id, side).positions;
    depths = new Float64Array(p.length / 3);
    for (let i = 0; i < depths.length; i++) {
      const point: Vec3 = [p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!];
      const skin = nearestSkinPoint(ctx.mesh, point);
      const n = skinNormalAt(ctx.mesh, skin.surface);
      depths[i] = (point[0] - skin.position[0]) * n[0] + (point[1] - skin.position[1]) * n[1] + (point[2] - skin.position[2]) * n[2];
    }
    depthCache.set(key, depths);
  }
  return depths;
}

function median(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const ids = () => atlasMuscles().map((m) => m.id);

describe('muscle shape recipes', () => {
  it('give every muscle of the atlas a shape, and only those', () => {
    expect(Object.keys(MUSCLE_SHAPES).sort()).toEqual(ids().sort());
  });

  it('use only valid anchors', () => {
    for (const [id, recipe] of Object.entries(MUSCLE_SHAPES)) {
      for (const part of recipe.parts) {
        for (const section of part.sections) {
          for (const point of section.across) {
            for (const anchor of sectionAnchors(point)) expect(anchorSchema.safeParse(anchor).success, `${id}: ${part.name}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('the span the camera frames a muscle by', () => {
  it("reaches close to the built muscle's ends along every axis, on both sides", () => {
    // Across and along the body within 4 cm; front to back within 7 cm, as the anchors sit at the
    // skin and deep muscles (semispinalis capitis) run several centimetres beneath it.
    const tolerance = [0.04, 0.04, 0.07];
    for (const id of ids()) {
      for (const side of ['left', 'right'] as const) {
        const span = muscleSpan(MUSCLE_SHAPES[id]!, side, ctx).map((p) => p.position);
        const p = shape(id, side).positions;
        for (let axis = 0; axis < 3; axis++) {
          let low = Infinity;
          let high = -Infinity;
          for (let i = axis; i < p.length; i += 3) {
            low = Math.min(low, p[i]!);
            high = Math.max(high, p[i]!);
          }
          const along = span.map((q) => q[axis]!);
          expect(Math.min(...along), `${id} ${side} axis ${axis} lowest`).toBeLessThan(low + tolerance[axis]!);
          expect(Math.max(...along), `${id} ${side} axis ${axis} highest`).toBeGreaterThan(high - tolerance[axis]!);
        }
      }
    }
  });
});

describe('muscle shapes on the body', () => {
  it('are finite, closed triangle meshes of modest size on both sides', () => {
    for (const id of ids()) {
      for (const side of ['right', 'left'] as const) {
        const g = shape(id, side);
        const triangles = g.indices.length / 3;
        expect(triangles, id).toBeGreaterThan(50);
        expect(triangles, id).toBeLessThan(3000);
        expect(g.positions.every(Number.isFinite), id).toBe(true);
        expect(g.normals.every(Number.isFinite), id).toBe(true);
        const edges = new Map<string, number>();
        for (let t = 0; t < g.indices.length; t += 3) {
          for (let k = 0; k < 3; k++) {
            const a = g.indices[t + k]!, b = g.indices[t + ((k + 1) % 3)]!;
            const key = a < b ? `${a}:${b}` : `${b}:${a}`;
            edges.set(key, (edges.get(key) ?? 0) + 1);
          }
        }
        expect([...edges.values()].every((n) => n === 2), `${id} ${side}: every edge joins two triangles`).toBe(true);
      }
    }
  });

  it('lie inside the body, below the skin', () => {
    for (const id of ids()) {
      for (const side of ['right', 'left'] as const) {
        const worst = Math.max(...signedDepths(id, side));
        expect(worst, `${id} ${side}: the vertex nearest the surface is ${(worst * 1000).toFixed(1)} mm from the skin`).toBeLessThan(-0.001);
      }
    }
  });

  it.each([
    ['upper-trapezius', 0, 0.015],
    ['middle-trapezius', 0, 0.015],
    ['lower-trapezius', 0, 0.015],
    ['sternocleidomastoid', 0, 0.015],
    ['temporalis', 0, 0.015],
    ['levator-scapulae', 0.012, 0.04],
    ['quadratus-lumborum', 0.03, 0.08],
    ['iliopsoas', 0.03, 0.1],
    ['piriformis', 0.03, 0.08],
    ['subscapularis', 0.025, 0.07],
    ['suboccipitals', 0.02, 0.06],
  ])('places %s between %f and %f m deep (median)', (id, lo, hi) => {
    const depth = -median(signedDepths(id));
    expect(depth).toBeGreaterThan(lo);
    expect(depth).toBeLessThan(hi);
  });

  it.each([
    ['levator-scapulae', 'upper-trapezius'],
    ['splenius-capitis', 'upper-trapezius'],
    ['rhomboids', 'middle-trapezius'],
    ['serratus-posterior-superior', 'rhomboids'],
    ['supraspinatus', 'middle-trapezius'],
    ['subscapularis', 'infraspinatus'],
    ['quadratus-lumborum', 'lumbar-paraspinals'],
    ['gluteus-minimus', 'gluteus-medius'],
    ['piriformis', 'gluteus-medius'],
    ['soleus', 'gastrocnemius'],
    ['lateral-pterygoid', 'masseter'],
    ['suboccipitals', 'splenius-capitis'],
  ])('lays %s deeper than %s', (deep, superficial) => {
    expect(-median(signedDepths(deep))).toBeGreaterThan(-median(signedDepths(superficial)));
  });

  it('mirrors the left side from the right', () => {
    for (const id of ids()) {
      const right = shape(id, 'right').positions;
      const left = shape(id, 'left').positions;
      expect(left.length, id).toBe(right.length);
      let worst = 0;
      for (let i = 0; i < right.length; i += 3) {
        worst = Math.max(worst, Math.hypot(left[i]! + right[i]!, left[i + 1]! - right[i + 1]!, left[i + 2]! - right[i + 2]!));
      }
      // The body mesh is symmetric to about a millimetre; snapping to it adds a little.
      expect(worst, id).toBeLessThan(0.005);
    }
  });

  it.each([
    ['temporalis', ['head']],
    ['masseter', ['head', 'jaw']],
    ['sternocleidomastoid', ['neck_lower', 'neck_middle', 'neck_upper', 'head', 'jaw', 'chest_upper', 'clavicle_#']],
    ['levator-scapulae', ['head', 'neck_lower', 'neck_middle', 'neck_upper', 'chest_upper', 'clavicle_#', 'shoulder_#']],
    ['pectoralis-major', ['chest', 'chest_upper', 'clavicle_#', 'shoulder_#', 'upper_arm_#']],
    ['quadratus-lumborum', ['spine_lumbar_lower', 'spine_lumbar_upper', 'spine_thoracic_lower', 'chest', 'hips', 'pelvis_#']],
    ['vastus-lateralis', ['thigh_#', 'thigh_twist_#', 'pelvis_#']],
    ['gastrocnemius', ['shin_#', 'shin_twist_#', 'thigh_twist_#', 'foot_#']],
    ['tibialis-anterior', ['shin_#', 'shin_twist_#', 'foot_#']],
  ])('binds %s to the bones it lies on, on each side', (id, bones) => {
    for (const side of ['right', 'left'] as const) {
      const allowed = new Set(bones.map((b) => b.replace('#', side === 'right' ? 'r' : 'l')));
      const g = shape(id, side);
      for (let v = 0; v < g.weights.length / 4; v++) {
        const sum = g.weights[4 * v]! + g.weights[4 * v + 1]! + g.weights[4 * v + 2]! + g.weights[4 * v + 3]!;
        expect(Math.abs(sum - 1)).toBeLessThan(1e-5);
        expect(allowed.has(boneNames[g.joints[4 * v]!]!), `${id} ${side}: vertex ${v} follows ${boneNames[g.joints[4 * v]!]}`).toBe(true);
      }
    }
  });

  it('builds the same numbers every time', () => {
    const again = buildMuscleShape(MUSCLE_SHAPES['temporalis']!, 'right', ctx);
    const first = shape('temporalis');
    expect(Array.from(again.positions)).toEqual(Array.from(first.positions));
    expect(Array.from(again.indices)).toEqual(Array.from(first.indices));
    expect(Array.from(again.joints)).toEqual(Array.from(first.joints));
  });

  it('spreads the three trapezius parts as one thin kite from the occiput to T12 and out to the acromion', () => {
    const parts = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'];
    const landmark = (id: Parameters<typeof ctx.landmarks.get>[0]) => ctx.landmarks.get(id)!.position;
    let top = -Infinity, bottom = Infinity, lateral = 0;
    for (const id of parts) {
      const p = shape(id).positions;
      for (let i = 0; i < p.length; i += 3) {
        top = Math.max(top, p[i + 1]!);
        bottom = Math.min(bottom, p[i + 1]!);
        lateral = Math.min(lateral, p[i]!);
      }
      // A broad sheet that follows the body: no vertex more than 15 mm under the skin.
      expect(-Math.min(...signedDepths(id)), id).toBeLessThan(0.015);
    }
    expect(top).toBeGreaterThan(landmark('inion')[1] - 0.02);
    expect(bottom).toBeLessThan(landmark('t12')[1] + 0.02);
    expect(lateral).toBeLessThan(landmark('acromion_r')[0] + 0.03);
  });

  it('draws the spindles of the limbs thickest in the belly, thin at the tendons', () => {
    for (const id of ['rectus-femoris', 'vastus-lateralis', 'tibialis-anterior']) {
      const g = shape(id);
      const depths = signedDepths(id);
      // Thickness of the body at a height: the spread of depths among the vertices near it.
      const spread = (y: number, band = 0.01) => {
        let lo = Infinity, hi = -Infinity;
        for (let v = 0; v < depths.length; v++) {
          if (Math.abs(g.positions[3 * v + 1]! - y) > band) continue;
          lo = Math.min(lo, depths[v]!);
          hi = Math.max(hi, depths[v]!);
        }
        return hi - lo;
      };
      let yMin = Infinity, yMax = -Infinity;
      for (let v = 0; v < depths.length; v++) {
        yMin = Math.min(yMin, g.positions[3 * v + 1]!);
        yMax = Math.max(yMax, g.positions[3 * v + 1]!);
      }
      const belly = Math.max(...[0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((t) => spread(yMax - t * (yMax - yMin))));
      // The last centimetre at each end is tendon.
      expect(spread(yMax - 0.005, 0.005), `${id} origin`).toBeLessThan(0.6 * belly);
      expect(spread(yMin + 0.005, 0.005), `${id} insertion`).toBeLessThan(0.6 * belly);
    }
  });
});
