import { beforeAll, describe, expect, it } from 'vitest';
import { nearestSkinPoint } from '../atlas/mesh';
import { parseDrawingPoint, type DrawingPoint } from '../atlas/painPoints';
import { rebaseDrawing } from '../atlas/rebaseDrawing';
import type { SkinMesh } from '../atlas/types';
import { distance } from '../atlas/vec3';
import { bodyGlbPath, loadSkinMesh } from './loadBody';

let man: SkinMesh;
let woman: SkinMesh;
beforeAll(async () => {
  man = await loadSkinMesh();
  woman = await loadSkinMesh(bodyGlbPath({ body: 'female', build: 'average' }));
});

describe('moving a drawing to another body', () => {
  it('keeps landmarks, and puts a spot on the same place of the mesh, read on the new body', () => {
    const drawing: DrawingPoint[] = ['temple_r', '-0.1,1.45,-0.05', 'area~0.1,1.1,0.12~0.12,1.08,0.12'].map(parseDrawingPoint);
    const moved = rebaseDrawing(drawing, man, woman);
    expect(moved[0]).toEqual(drawing[0]);
    const spot = moved[1]!;
    if (spot.kind !== 'point' || !spot.surface) throw new Error('expected a point on the mesh');
    expect(spot.surface).toEqual(nearestSkinPoint(man, [-0.1, 1.45, -0.05]).surface);
    // On the woman's skin (she is about 8 cm shorter), within a millimetre.
    expect(nearestSkinPoint(woman, spot.position).distance).toBeLessThan(0.001);
    expect(spot.position[1]).toBeLessThan(1.45 - 0.03);
    const area = moved[2]!;
    if (area.kind !== 'area') throw new Error('expected an area');
    expect(area.samples).toHaveLength(2);
    for (const sample of area.samples) expect(nearestSkinPoint(woman, sample).distance).toBeLessThan(0.001);
  });

  it('brings a spot back to where it was when the drawing returns to the first body', () => {
    const there = rebaseDrawing([parseDrawingPoint('-0.1,1.45,-0.05')], man, woman);
    const back = rebaseDrawing(there, woman, man)[0]!;
    if (back.kind !== 'point') throw new Error('expected a point');
    expect(distance(back.position, nearestSkinPoint(man, [-0.1, 1.45, -0.05]).position)).toBeLessThan(0.0015);
  });
});
