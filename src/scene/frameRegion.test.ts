/**
 * Camera framing of a patch of skin, on a synthetic "body": a vertical cylinder of skin (radius
 * 15 cm, feet to head) whose normals point straight out. The placements are checked the way the
 * user sees them: through a PerspectiveCamera at the returned position looking at the target.
 */
import { describe, expect, it } from 'vitest';
import { BufferGeometry, Float32BufferAttribute, PerspectiveCamera, SkinnedMesh, Vector3 } from 'three';
import type { MusclePattern } from '../atlas/musclePattern';
import { FRAMING_DEFAULTS, framePattern, frameSpots, type FramedSpot, type FramingOptions, type Placement } from './frameRegion';

const RADIUS = 0.15;
const RINGS = 19; // y = 0, 0.1, ... 1.8
const AROUND = 24; // every 15°

/** Vertex index of the cylinder point at height ring `ring` and angle step `step` (0 = facing +Z). */
const vertexAt = (ring: number, step: number) => ring * AROUND + (((step % AROUND) + AROUND) % AROUND);

/** The cylinder body: positions, outward normals; angle 0 faces +Z, a quarter turn faces +X. */
function cylinder(): { mesh: SkinnedMesh; positions: Float32Array } {
  const positions: number[] = [];
  const normals: number[] = [];
  for (let ring = 0; ring < RINGS; ring++) {
    for (let step = 0; step < AROUND; step++) {
      const a = (step / AROUND) * Math.PI * 2;
      positions.push(RADIUS * Math.sin(a), ring * 0.1, RADIUS * Math.cos(a));
      normals.push(Math.sin(a), 0, Math.cos(a));
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  return { mesh: new SkinnedMesh(geometry), positions: new Float32Array(positions) };
}

const { mesh, positions } = cylinder();
const positionOf = (v: number) => new Vector3().fromArray(positions, v * 3);
const spot = (v: number, weight = 1): FramedSpot => ({ vertex: v, position: positionOf(v), weight });
/** A patch of the cylinder: rings × angle steps around `step`. */
const patch = (rings: number[], steps: number[]) => rings.flatMap((r) => steps.map((s) => spot(vertexAt(r, s))));

/** The points as the framed camera shows them, in normalised device coordinates. */
function ndc(placement: Placement, points: readonly Vector3[], options: Partial<FramingOptions> = {}): Vector3[] {
  const { fovDegrees, aspect } = { ...FRAMING_DEFAULTS, ...options };
  const camera = new PerspectiveCamera(fovDegrees, aspect, 0.01, 100);
  camera.position.set(...placement.position);
  camera.lookAt(...placement.target);
  camera.updateMatrixWorld();
  return points.map((p) => p.clone().project(camera));
}

/** Expects every point inside the view (and in front of the camera). */
function expectInView(placement: Placement, points: readonly Vector3[], options: Partial<FramingOptions> = {}) {
  for (const p of ndc(placement, points, options)) {
    expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(p.z)).toBeLessThan(1);
  }
}

/** Unit direction from the target to the camera. */
const viewDirection = (placement: Placement) => new Vector3(...placement.position).sub(new Vector3(...placement.target)).normalize();
const distanceOf = (placement: Placement) => new Vector3(...placement.position).distanceTo(new Vector3(...placement.target));

describe('frameSpots', () => {
  it('gives null for no spots', () => {
    expect(frameSpots(mesh, [])).toBeNull();
    expect(frameSpots(mesh, [], { aspect: 0.5, visibleHeight: 0.3 })).toBeNull();
  });

  it.each([
    ['front', 0, new Vector3(0, 0, 1)],
    ['subject-left side', 6, new Vector3(1, 0, 0)],
    ['back', 12, new Vector3(0, 0, -1)],
    ['subject-right side', 18, new Vector3(-1, 0, 0)],
    ['front-left', 3, new Vector3(1, 0, 1).normalize()],
  ])('looks at a patch on the %s from the side it faces', (_, step, facing) => {
    const spots = patch([12, 13, 14], [step - 1, step, step + 1]);
    const placement = frameSpots(mesh, spots)!;
    expect(placement).not.toBeNull();
    const direction = viewDirection(placement);
    const horizontal = new Vector3(direction.x, 0, direction.z).normalize();
    expect(horizontal.dot(facing)).toBeGreaterThan(0.999);
    // A little from above, never from straight above or below.
    expect(direction.y).toBeGreaterThan(0);
    expect(direction.y).toBeLessThan(0.3);
    // The camera stands outside the body, on that side.
    expect(new Vector3(...placement.position).dot(facing)).toBeGreaterThan(RADIUS);
    expectInView(placement, spots.map((s) => s.position));
  });

  it('shows spots on the front and the back at once from the front, a little from above, never from overhead', () => {
    const spots = [...patch([10], [0]), ...patch([10], [12])];
    const direction = viewDirection(frameSpots(mesh, spots)!);
    expect(direction.z).toBeGreaterThan(0.8);
    expect(direction.y).toBeGreaterThan(0);
    expect(direction.y).toBeLessThanOrEqual(0.45 + 1e-9);
  });

  it('aims at the middle of the spots', () => {
    const spots = patch([12, 13, 14], [-1, 0, 1]);
    const placement = frameSpots(mesh, spots)!;
    const centre = spots.reduce((sum, s) => sum.add(s.position), new Vector3()).divideScalar(spots.length);
    expect(new Vector3(...placement.target).distanceTo(centre)).toBeLessThan(1e-6);
    const [middle] = ndc(placement, [centre]);
    expect(Math.hypot(middle!.x, middle!.y)).toBeLessThan(1e-6);
  });

  it.each([16 / 9, 1, 9 / 16, 0.45])('puts a large region wholly in a view of aspect %d, and not from too far', (aspect) => {
    // Half the body's height, from the front round to both sides.
    const spots = patch([6, 8, 10, 12, 14], [-5, -3, 0, 3, 5]);
    const placement = frameSpots(mesh, spots, { aspect })!;
    expectInView(placement, spots.map((s) => s.position), { aspect });
    // Not just far away: the farthest point is well out toward the narrower half-angle of the view.
    const eye = new Vector3(...placement.position);
    const axis = viewDirection(placement).negate();
    const reach = Math.max(...spots.map((s) => s.position.clone().sub(eye).normalize().angleTo(axis)));
    const half = (FRAMING_DEFAULTS.fovDegrees / 2) * (Math.PI / 180);
    const narrowHalf = Math.min(half, Math.atan(Math.tan(half) * aspect));
    expect(reach).toBeGreaterThan(0.6 * narrowHalf);
    expect(reach).toBeLessThan(narrowHalf);
  });

  it('stands farther back for a portrait view than for a landscape one', () => {
    const spots = patch([6, 8, 10, 12, 14], [-5, 0, 5]);
    const landscape = distanceOf(frameSpots(mesh, spots, { aspect: 16 / 9 })!);
    const portrait = distanceOf(frameSpots(mesh, spots, { aspect: 0.5 })!);
    expect(portrait).toBeGreaterThan(landscape * 1.5);
  });

  it('shows a single spot with its surroundings, no nearer than the nearest distance', () => {
    const placement = frameSpots(mesh, [spot(vertexAt(15, 0))])!;
    expect(distanceOf(placement)).toBeCloseTo(FRAMING_DEFAULTS.minDistance, 6);
    expect(new Vector3(...placement.target).distanceTo(positionOf(vertexAt(15, 0)))).toBeLessThan(1e-6);
    // A larger smallest radius stands farther back.
    const wide = frameSpots(mesh, [spot(vertexAt(15, 0))], { minRadius: 0.4 })!;
    expect(distanceOf(wide)).toBeGreaterThan(FRAMING_DEFAULTS.minDistance);
    expectInView(wide, [positionOf(vertexAt(15, 0)).add(new Vector3(0, 0.39, 0)), positionOf(vertexAt(15, 0)).add(new Vector3(0, -0.39, 0))]);
  });

  it('stands no farther than the farthest distance', () => {
    const spots = patch([0, 18], [0]);
    const placement = frameSpots(mesh, spots, { maxDistance: 2 })!;
    expect(distanceOf(placement)).toBeCloseTo(2, 6);
  });

  it('turns toward the heavier spots', () => {
    const front = spot(vertexAt(10, 0), 4);
    const side = [spot(vertexAt(10, 6)), spot(vertexAt(11, 6)), spot(vertexAt(9, 6))];
    const mostlyFront = viewDirection(frameSpots(mesh, [front, ...side])!);
    expect(mostlyFront.z).toBeGreaterThan(mostlyFront.x);
    const mostlySide = viewDirection(frameSpots(mesh, [{ ...front, weight: 1 }, ...side])!);
    expect(mostlySide.x).toBeGreaterThan(mostlySide.z);
  });

  it('looks from outside when the spots face opposite ways', () => {
    // Front and back of the subject's left side at equal weight: the normals cancel.
    const spots = [spot(vertexAt(10, 5)), spot(vertexAt(10, 7))];
    const placement = frameSpots(mesh, spots)!;
    const direction = viewDirection(placement);
    expect(direction.x).toBeGreaterThan(0.9);
    expect([...placement.position, ...placement.target].every(Number.isFinite)).toBe(true);
  });

  it('looks from the front when spots on the axis face every way', () => {
    const spots = [0, 6, 12, 18].map((s) => ({ ...spot(vertexAt(10, s)), position: new Vector3(0, 1, 0) }));
    const direction = viewDirection(frameSpots(mesh, spots)!);
    expect(direction.z).toBeGreaterThan(0.9);
  });

  it('gives a finite placement for a mesh without normals', () => {
    const bare = new SkinnedMesh(new BufferGeometry());
    const placement = frameSpots(bare, [{ vertex: 0, position: new Vector3(0, 1, 0.1), weight: 1 }])!;
    expect([...placement.position, ...placement.target].every(Number.isFinite)).toBe(true);
    // Without normals, every spot counts as facing +Z.
    expect(viewDirection(placement).z).toBeGreaterThan(0.9);
  });

  it('gives a finite placement for a spot facing straight up', () => {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute([0, 1.8, 0], 3));
    geometry.setAttribute('normal', new Float32BufferAttribute([0, 1, 0], 3));
    const placement = frameSpots(new SkinnedMesh(geometry), [{ vertex: 0, position: new Vector3(0, 1.8, 0), weight: 1 }])!;
    expect([...placement.position, ...placement.target].every(Number.isFinite)).toBe(true);
    expect(placement.position[1]).toBeGreaterThan(1.8);
  });

  describe('with a sheet over part of the view', () => {
    // The phone layout of SelectionFocus: the lower half is covered by the muscle panel.
    const sheet = { aspect: 0.5, visibleHeight: 0.34, visibleCentre: 0.33 };
    const spots = patch([10, 11, 12, 13], [-2, -1, 0, 1, 2]);
    const points = spots.map((s) => s.position);

    it('fits the region into the uncovered band', () => {
      const placement = frameSpots(mesh, spots, sheet)!;
      // Band from 16% to 50% of the height from the top: NDC y from 0.68 down to 0.
      const top = 1 - 2 * (sheet.visibleCentre - sheet.visibleHeight / 2);
      const bottom = 1 - 2 * (sheet.visibleCentre + sheet.visibleHeight / 2);
      for (const p of ndc(placement, points, sheet)) {
        expect(p.y).toBeLessThanOrEqual(top);
        expect(p.y).toBeGreaterThanOrEqual(bottom);
        expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
      }
    });

    it('puts the middle of the region at the middle of the band', () => {
      const placement = frameSpots(mesh, spots, sheet)!;
      const centre = points.reduce((sum, p) => sum.clone().add(p), new Vector3()).divideScalar(points.length);
      const [middle] = ndc(placement, [centre], sheet);
      expect(middle!.y).toBeCloseTo(1 - 2 * sheet.visibleCentre, 2);
      expect(middle!.x).toBeCloseTo(0, 6);
    });

    it('moves the framing compared with the full view, keeping the direction', () => {
      const full = frameSpots(mesh, spots, { aspect: sheet.aspect })!;
      const banded = frameSpots(mesh, spots, sheet)!;
      expect(banded.target).not.toEqual(full.target);
      // The target slides down, so the region shows higher on the screen.
      expect(banded.target[1]).toBeLessThan(full.target[1]);
      expect(viewDirection(banded).dot(viewDirection(full))).toBeGreaterThan(0.9999);
    });

    it('stands farther back when less of the height is visible', () => {
      const tall = { aspect: 16 / 9 };
      const d1 = distanceOf(frameSpots(mesh, spots, { ...tall, visibleHeight: 1 })!);
      const d2 = distanceOf(frameSpots(mesh, spots, { ...tall, visibleHeight: 0.5 })!);
      expect(d2).toBeGreaterThan(d1 * 1.5);
    });

    it('moves the other way for a band in the lower part', () => {
      const placement = frameSpots(mesh, spots, { aspect: 16 / 9, visibleHeight: 0.5, visibleCentre: 0.75 })!;
      for (const p of ndc(placement, points, { aspect: 16 / 9 })) {
        expect(p.y).toBeLessThanOrEqual(0);
        expect(p.y).toBeGreaterThanOrEqual(-1);
      }
    });
  });
});

describe('framePattern', () => {
  const count = positions.length / 3;
  /** A pattern with a trigger point at `tp` and essential/spillover weights. */
  function pattern(tp: number[], essential: [number, number][] = [], spillover: [number, number][] = []): MusclePattern {
    const e = new Float32Array(count);
    const s = new Float32Array(count);
    for (const [v, w] of essential) e[v] = w;
    for (const [v, w] of spillover) s[v] = w;
    return {
      triggerPoints: tp.map((v, i) => ({ id: `tp${i}`, name: `TrP${i}`, vertex: v, position: positionOf(v).toArray() as [number, number, number] })),
      essential: e,
      spillover: s,
    };
  }

  it('gives null for a pattern with no trigger point and no zone', () => {
    expect(framePattern(mesh, positions, pattern([]))).toBeNull();
    // Weights under the threshold do not count.
    expect(framePattern(mesh, positions, pattern([], [[vertexAt(5, 0), 0.29]], [[vertexAt(6, 0), 0.1]]))).toBeNull();
  });

  it('shows the trigger points and the zones from the side they face', () => {
    const zone: [number, number][] = [9, 10, 11].flatMap((r) => [11, 12, 13].map((s) => [vertexAt(r, s), 1] as [number, number]));
    const p = pattern([vertexAt(14, 12)], zone, [[vertexAt(8, 12), 0.5]]);
    const placement = framePattern(mesh, positions, p)!;
    expect(viewDirection(placement).z).toBeLessThan(-0.95);
    expectInView(placement, [positionOf(vertexAt(14, 12)), positionOf(vertexAt(8, 12)), ...zone.map(([v]) => positionOf(v))]);
  });

  it('frames only zone weights at or above the threshold', () => {
    const tp = [vertexAt(12, 0)];
    const near: [number, number][] = [[vertexAt(11, 0), 0.8]];
    const faint: [number, number][] = [[vertexAt(2, 0), 0.2]];
    const without = framePattern(mesh, positions, pattern(tp, near))!;
    expect(framePattern(mesh, positions, pattern(tp, near, faint))).toEqual(without);
    const withFaint = framePattern(mesh, positions, pattern(tp, near, faint), { threshold: 0.2 })!;
    expect(withFaint).not.toEqual(without);
    expectInView(withFaint, [positionOf(vertexAt(2, 0)), positionOf(vertexAt(12, 0))]);
  });

  it('counts the stronger of essential and spillover at a vertex once', () => {
    // The zone vertex faces the subject's left, so its weight turns the view.
    const tp = [vertexAt(12, 0)];
    const both = framePattern(mesh, positions, pattern(tp, [[vertexAt(8, 6), 0.9]], [[vertexAt(8, 6), 0.5]]))!;
    const one = framePattern(mesh, positions, pattern(tp, [[vertexAt(8, 6), 0.9]]))!;
    expect(both).toEqual(one);
    // Two faint weights do not add up to one that counts.
    const faint = pattern(tp, [[vertexAt(4, 6), 0.2]], [[vertexAt(4, 6), 0.2]]);
    expect(framePattern(mesh, positions, faint)).toEqual(framePattern(mesh, positions, pattern(tp)));
  });

  it('lets a trigger point outweigh a few zone vertices in the facing', () => {
    // One trigger point on the front, three zone vertices on the subject's left side.
    const side: [number, number][] = [9, 10, 11].map((r) => [vertexAt(r, 6), 1]);
    const direction = viewDirection(framePattern(mesh, positions, pattern([vertexAt(10, 0)], side))!);
    expect(direction.z).toBeGreaterThan(direction.x);
    // Five zone vertices outweigh it.
    const more: [number, number][] = [8, 9, 10, 11, 12].map((r) => [vertexAt(r, 6), 1]);
    const turned = viewDirection(framePattern(mesh, positions, pattern([vertexAt(10, 0)], more))!);
    expect(turned.x).toBeGreaterThan(turned.z);
  });

  it('passes the framing options through', () => {
    const p = pattern([vertexAt(12, 0)], [[vertexAt(10, 0), 1], [vertexAt(14, 0), 1]]);
    const sheet = { aspect: 0.5, visibleHeight: 0.34, visibleCentre: 0.33 };
    const spots = [vertexAt(12, 0), vertexAt(10, 0), vertexAt(14, 0)];
    expect(framePattern(mesh, positions, p, sheet)).toEqual(
      frameSpots(mesh, [spot(spots[0]!, 4), spot(spots[1]!), spot(spots[2]!)], sheet),
    );
  });
});
