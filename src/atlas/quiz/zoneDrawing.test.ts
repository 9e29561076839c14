import { describe, expect, it } from 'vitest';
import type { LandmarkTable } from '../landmarks';
import { indexAtlas } from '../lookup';
import { geodesicDistances } from '../mesh';
import { gridPlane } from '../mesh/testMeshes';
import type { OpenAtlas } from '../openAtlas';
import { BRUSH_SIZES } from '../painPoints';
import { bakeZones } from '../zones';
import { landmarksAt, testMuscle } from '../zones/testAtlas';
import { zoneBrush, zoneDrawingPoint, zoneVertices } from './zoneDrawing';
import { ZONE_VIEW_DEFAULTS, zoneView } from './zoneView';

// A 1.2 m plane of 1 cm cells; vertex (i, j) = j * 121 + i at x = -0.6 + 0.01 i, y = 0.01 j.
const mesh = gridPlane({ columns: 120, rows: 120, width: 1.2, height: 1.2 });
const at = (i: number, j: number): number => j * 121 + i;
const landmarks = landmarksAt(mesh, { temple_r: at(30, 80), temple_l: at(90, 80), gonion_r: at(30, 30), gonion_l: at(90, 30) });
const baked = bakeZones([
  testMuscle('small', [{ id: 'trp1', location: 'temple', zones: [{ kind: 'essential', description: 'a coin', shapes: [{ shape: 'disc', center: 'temple', radius: 0.03 }] }] }]),
  testMuscle('large', [{ id: 'trp1', location: 'gonion', zones: [{ kind: 'essential', description: 'a plate', shapes: [{ shape: 'disc', center: 'gonion', radius: 0.1 }] }] }]),
], { mesh, landmarks });
const atlas: OpenAtlas = { mesh, landmarks: new Map() as unknown as LandmarkTable, baked, index: indexAtlas(baked, mesh) };
const zoneOf = (m: number) => baked.muscles[m]!.triggerPoints[0]!.zones[0]!;

describe('zoneBrush', () => {
  it('paints every vertex inside the zone, starting in its middle', () => {
    for (const m of [0, 1]) {
      const brush = zoneBrush(atlas, zoneOf(m), 'right')!;
      const reach = geodesicDistances(mesh, [...brush.centres], { maxDistance: brush.radius });
      for (const v of zoneVertices(atlas, zoneOf(m), 'right')) expect(reach[v]).toBeLessThanOrEqual(brush.radius);
      expect(brush.centres[0]).toBe(m === 0 ? at(30, 80) : at(30, 30));
    }
  });

  it('takes the smallest brush that needs few enough centres', () => {
    expect(zoneBrush(atlas, zoneOf(0), 'right')!.radius).toBe(BRUSH_SIZES.small);
    const large = zoneBrush(atlas, zoneOf(1), 'right', { maxCentres: 12 })!;
    expect(large.radius).toBeGreaterThan(BRUSH_SIZES.small);
    expect(large.centres.length).toBeLessThanOrEqual(12);
  });

  it('mirrors to the left side, and makes a painted area of the drawing', () => {
    const left = zoneBrush(atlas, zoneOf(0), 'left')!;
    expect(left.centres[0]).toBe(at(90, 80));
    const point = zoneDrawingPoint(atlas, left);
    expect(point.kind).toBe('area');
    if (point.kind === 'area') expect(point.samples[0]).toEqual([0.3, 0.8, 0]);
  });
});

describe('zoneView', () => {
  it('looks at the zone from outside the skin, straight on for a flat zone', () => {
    const brush = zoneBrush(atlas, zoneOf(0), 'right')!;
    const { position, target } = zoneView(atlas, brush);
    expect(target[0]).toBeCloseTo(-0.3, 2);
    expect(target[1]).toBeCloseTo(0.8, 2);
    // The plane faces +z: the camera stands in front of it, level with the zone.
    expect(position[2]).toBeGreaterThanOrEqual(ZONE_VIEW_DEFAULTS.minDistance - 1e-6);
    expect(position[0]).toBeCloseTo(target[0], 6);
    expect(position[1]).toBeCloseTo(target[1], 6);
  });

  it('stands farther back for a larger zone', () => {
    const back = (m: number) => {
      const { position, target } = zoneView(atlas, zoneBrush(atlas, zoneOf(m), 'right')!, { minDistance: 0.1 });
      return position[2] - target[2];
    };
    expect(back(1)).toBeGreaterThan(2 * back(0));
  });
});
