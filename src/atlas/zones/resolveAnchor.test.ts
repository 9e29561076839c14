import { describe, expect, it } from 'vitest';
import { gridPlane } from '../mesh/testMeshes';
import type { Side } from '../types';
import { landmarkIdFor, resolveAnchor } from './resolveAnchor';
import { landmarksAt } from './testAtlas';

// 1 m square, 40 x 40 cells of 2.5 cm; vertex (i, j) = j * 41 + i at x = -0.5 + 0.025 i, y = 0.025 j.
const mesh = gridPlane({ columns: 40, rows: 40 });
const at = (i: number, j: number): number => j * 41 + i;
const ctx = {
  mesh,
  landmarks: landmarksAt(mesh, {
    temple_r: at(12, 28), temple_l: at(28, 28), mastoid_r: at(12, 20), mastoid_l: at(28, 20), vertex: at(20, 36),
  }),
};

describe('landmarkIdFor', () => {
  it.each([
    ['temple', 'right', 'temple_r'],
    ['temple', 'left', 'temple_l'],
    ['temple@opposite', 'right', 'temple_l'],
    ['temple@opposite', 'left', 'temple_r'],
    ['sacrum', 'right', 'sacrum'],
    ['sacrum', 'left', 'sacrum'],
  ] as const)('reads "%s" on the %s side as %s', (ref, side, id) => {
    expect(landmarkIdFor(ref, side)).toBe(id);
  });

  it.each(['elbow', 'temple@other', 'sacrum@opposite', 'temple_r'])('rejects the reference "%s"', (ref) => {
    expect(() => landmarkIdFor(ref, 'right')).toThrow(/unknown landmark reference/);
  });
});

describe('resolveAnchor', () => {
  it('places a bare landmark at its own vertex', () => {
    expect(resolveAnchor('temple', 'right', ctx).vertex).toBe(at(12, 28));
    expect(resolveAnchor('temple', 'left', ctx).vertex).toBe(at(28, 28));
    expect(resolveAnchor('temple@opposite', 'right', ctx).vertex).toBe(at(28, 28));
  });

  it('goes halfway toward another landmark unless t says otherwise', () => {
    expect(resolveAnchor({ landmark: 'temple', toward: 'mastoid' }, 'right', ctx).vertex).toBe(at(12, 24));
    expect(resolveAnchor({ landmark: 'temple', toward: 'mastoid', t: 0.25 }, 'right', ctx).vertex).toBe(at(12, 26));
    expect(resolveAnchor({ landmark: 'temple', toward: 'vertex', t: 1 }, 'left', ctx).vertex).toBe(at(20, 36));
  });

  it.each([
    ['right', -0.05, at(10, 28)],
    ['left', 0.05, at(30, 28)],
  ] as [Side, number, number][])('moves a lateral offset away from the midline on the %s side', (side, dx, vertex) => {
    const placed = resolveAnchor({ landmark: 'temple', offset: [0.05, 0.025, 0] }, side, ctx);
    const start = ctx.landmarks.get(side === 'right' ? 'temple_r' : 'temple_l')!.position;
    expect(placed.position[0]).toBeCloseTo(start[0] + dx, 6);
    expect(placed.position[1]).toBeCloseTo(start[1] + 0.025, 6);
    expect(placed.vertex).toBe(vertex + 41);
  });

  it('snaps a point off the skin back onto it', () => {
    const placed = resolveAnchor({ landmark: 'temple', offset: [0, 0, 0.3] }, 'right', ctx);
    expect(placed.position[2]).toBeCloseTo(0, 9);
    expect(placed.vertex).toBe(at(12, 28));
  });

  it('names a landmark missing from the table', () => {
    expect(() => resolveAnchor('gonion', 'right', ctx)).toThrow(/gonion_r/);
  });
});
