import { describe, expect, it } from 'vitest';
import { gridPlane, joinMeshes } from '../mesh/testMeshes';
import type { ReferralZone } from '../muscleSchema';
import type { SkinMesh } from '../types';
import type { BakedZone } from './bakedAtlas';
import { bakeZones } from './bakeZones';
import { encodeBakedAtlas } from './encodeBakedAtlas';
import { landmarksAt, testMuscle } from './testAtlas';

// 1.2 m square, 60 x 60 cells of 2 cm; vertex (i, j) = j * 61 + i at x = -0.6 + 0.02 i, y = 0.02 j.
const mesh = gridPlane({ columns: 60, rows: 60, width: 1.2, height: 1.2 });
const at = (i: number, j: number): number => j * 61 + i;
const ctx = {
  mesh,
  landmarks: landmarksAt(mesh, {
    temple_r: at(15, 40), temple_l: at(45, 40), mastoid_r: at(15, 15), mastoid_l: at(45, 15),
    gonion_r: at(25, 20), gonion_l: at(35, 20), vertex: at(30, 55),
  }),
};

function bakeOne(zones: ReferralZone[], target: SkinMesh = mesh, landmarks = ctx.landmarks, feather?: number): readonly BakedZone[] {
  const muscle = testMuscle('temporalis', [{ id: 'trp1', location: 'temple', zones }]);
  const baked = bakeZones([muscle], { mesh: target, landmarks }, feather === undefined ? {} : { feather });
  return baked.muscles[0]!.triggerPoints[0]!.zones;
}

function weightMap(zone: BakedZone): Map<number, number> {
  return new Map(Array.from(zone.vertices, (v, k) => [v, zone.weights[k]! / 255]));
}

function distanceToSegment(v: number, a: number, b: number): number {
  const p = mesh.positions;
  const [px, py, ax, ay, bx, by] = [p[3 * v]!, p[3 * v + 1]!, p[3 * a]!, p[3 * a + 1]!, p[3 * b]!, p[3 * b + 1]!];
  const dx = bx - ax, dy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

describe('bakeZones', () => {
  it.each([
    { radius: 0.1, feather: 0.02 },
    { radius: 0.05, feather: 0.015 },
    { radius: 0.2, feather: 0.06 },
  ])('bakes a disc of radius $radius with a soft edge $feather wide', ({ radius, feather }) => {
    const [zone] = bakeOne([{ kind: 'essential', description: 'around the temple', shapes: [{ shape: 'disc', center: 'temple', radius, feather }] }]);
    const weights = weightMap(zone!);
    const centre = at(15, 40);
    expect(weights.get(centre)).toBe(1);
    for (let v = 0; v < 61 * 61; v++) {
      const d = distanceToSegment(v, centre, centre);
      const w = weights.get(v) ?? 0;
      // Geodesic distances on the mesh are within ~3% of the plane's, hence the margins.
      if (d < (radius - feather / 2) * 0.97) expect(w).toBe(1);
      if (d > (radius + feather / 2) * 1.03) expect(w).toBe(0);
      if (Math.abs(d - radius) < 0.002) expect(w).toBeGreaterThan(0.25);
    }
  });

  it('ends a zone at the midline strip unless its data says the pattern crosses, and says why', () => {
    const across = { shape: 'stroke' as const, path: ['temple', 'temple@opposite'], width: 0.06 };
    const xOf = (v: number) => mesh.positions[3 * v]!;
    const [ended] = bakeOne([{ kind: 'essential', description: 'across the forehead', shapes: [across] }]);
    const endedMax = Math.max(...Array.from(ended!.vertices, xOf));
    // Grid columns lie every 2 cm: x = 0 is the last one within the 1 cm strip.
    expect(endedMax).toBeCloseTo(0, 6);
    const [crossing] = bakeOne([{ kind: 'essential', description: 'across the forehead', shapes: [across], crossesMidline: 'test: drawn across' }]);
    expect(Math.max(...Array.from(crossing!.vertices, xOf))).toBeGreaterThan(0.25);
    // Only the zone that crosses keeps its far side when the two share a layer.
    const [mixed] = bakeOne([
      { kind: 'essential', description: 'across', shapes: [across] },
      { kind: 'essential', description: 'the other temple', shapes: [{ shape: 'disc', center: 'temple@opposite', radius: 0.04 }], crossesMidline: 'test' },
    ]);
    const far = Array.from(mixed!.vertices).filter((v) => xOf(v) > 0.01);
    expect(far.length).toBeGreaterThan(0);
    for (const v of far) expect(Math.hypot(xOf(v) - 0.3, mesh.positions[3 * v + 1]! - 0.8)).toBeLessThan(0.06);
  });

  it('uses the default feather when a shape gives none', () => {
    const shapes = [{ shape: 'disc' as const, center: 'temple', radius: 0.1 }];
    const soft = weightMap(bakeOne([{ kind: 'essential', description: 'test zone', shapes }], mesh, ctx.landmarks, 0.08)[0]!);
    const hard = weightMap(bakeOne([{ kind: 'essential', description: 'test zone', shapes }], mesh, ctx.landmarks, 0.001)[0]!);
    expect(soft.size).toBeGreaterThan(hard.size);
    expect(soft.get(at(15, 40 + 6))).toBeLessThan(1); // 12 cm out: inside the soft edge only
    expect(hard.get(at(15, 40 + 6))).toBeUndefined();
  });

  it('bakes a stroke as a band of even width along the skin path through its anchors', () => {
    const [zone] = bakeOne([{
      kind: 'essential', description: 'from the temple down to the angle of the jaw',
      shapes: [{ shape: 'stroke', path: ['temple', 'gonion'], width: 0.08, feather: 0.02 }],
    }]);
    const weights = weightMap(zone!);
    const a = at(15, 40), b = at(25, 20);
    for (let v = 0; v < 61 * 61; v++) {
      const d = distanceToSegment(v, a, b);
      const w = weights.get(v) ?? 0;
      if (d < 0.028) expect(w).toBe(1);
      if (d > 0.052) expect(w).toBe(0);
    }
    // Halfway along, the band is as wide as at its ends.
    expect(weights.get(at(20, 30))).toBe(1);
    expect(weights.get(at(22, 31))).toBeGreaterThan(0); // 4.5 cm out, in the soft edge
  });

  it('unites the shapes of a layer by max and keeps essential and spillover apart', () => {
    const zones = bakeOne([
      { kind: 'spillover', description: 'wider area', shapes: [{ shape: 'disc', center: 'temple', radius: 0.2 }] },
      { kind: 'essential', description: 'temple', shapes: [{ shape: 'disc', center: 'temple', radius: 0.05 }] },
      { kind: 'essential', description: 'jaw', shapes: [{ shape: 'disc', center: 'gonion', radius: 0.05 }] },
    ]);
    expect(zones.map((z) => z.kind)).toEqual(['essential', 'spillover']);
    const essential = weightMap(zones[0]!);
    expect(essential.get(at(15, 40))).toBe(1);
    expect(essential.get(at(25, 20))).toBe(1);
    expect(essential.get(at(20, 30))).toBeUndefined();
    expect(weightMap(zones[1]!).get(at(15, 34))).toBe(1);
  });

  it('locates each trigger point on both sides through the mirror map', () => {
    const muscle = testMuscle('temporalis', [{
      id: 'trp1', location: { landmark: 'temple', toward: 'mastoid', t: 0.2 },
      zones: [{ kind: 'essential', description: 'test zone', shapes: [{ shape: 'disc', center: 'temple', radius: 0.05 }] }],
    }]);
    const { location } = bakeZones([muscle], ctx).muscles[0]!.triggerPoints[0]!;
    expect(location.right.vertex).toBe(at(15, 35));
    expect(location.left.vertex).toBe(at(45, 35));
    expect(location.left.position[0]).toBeCloseTo(-location.right.position[0], 6);
  });

  it('gives a zone anchored on the forearm zero weight on the trunk, 1 cm away across a gap', () => {
    const trunk = gridPlane({ columns: 20, rows: 20, width: 0.4, height: 0.4, x0: 0 });
    const forearm = gridPlane({ columns: 4, rows: 20, width: 0.08, height: 0.4, x0: -0.25 });
    const body = joinMeshes(trunk, forearm);
    const trunkVertices = 21 * 21;
    // The forearm's edge nearest the trunk, halfway up.
    const landmarks = landmarksAt(body, { radial_styloid_r: trunkVertices + 10 * 5 + 4, temple_r: 0 });
    const [zone] = bakeOne(
      [{ kind: 'essential', description: 'the forearm', shapes: [{ shape: 'disc', center: 'radial_styloid', radius: 0.15 }] }],
      body, landmarks,
    );
    expect(zone!.vertices.length).toBeGreaterThan(0);
    for (const v of zone!.vertices) expect(v).toBeGreaterThanOrEqual(trunkVertices);
  });

  it('names the muscle, trigger point and shape when an anchor cannot be placed', () => {
    expect(() => bakeOne([{ kind: 'essential', description: 'test zone', shapes: [{ shape: 'disc', center: 'thenar', radius: 0.05 }] }]))
      .toThrow(/muscle "temporalis", trigger point "trp1", essential zone: shape 1 \(disc\): landmark "thenar_r"/);
  });

  it('bakes the same bytes twice', () => {
    const muscle = testMuscle('temporalis', [{
      id: 'trp1', location: 'temple',
      zones: [{ kind: 'essential', description: 'test zone', shapes: [{ shape: 'stroke', path: ['temple', 'gonion', 'mastoid'], width: 0.05 }] }],
    }]);
    expect(encodeBakedAtlas(bakeZones([muscle], ctx))).toEqual(encodeBakedAtlas(bakeZones([muscle], ctx)));
  });
});
