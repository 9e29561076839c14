import { describe, expect, it } from 'vitest';
import { gridPlane } from '../mesh/testMeshes';
import type { BakedZone } from './bakedAtlas';
import { zoneForSide, zoneWeights } from './zoneForSide';

// 5 x 2 vertices: mirror swaps columns 0 <-> 4 and 1 <-> 3; column 2 is the midline.
const mesh = gridPlane({ columns: 4, rows: 1 });
const zone: BakedZone = { kind: 'essential', vertices: Uint32Array.from([0, 1, 2, 6]), weights: Uint8Array.from([255, 100, 50, 10]) };

describe('zoneForSide', () => {
  it('keeps the right side as baked', () => {
    expect(zoneForSide(zone, 'right', mesh)).toBe(zone);
  });

  it('mirrors the left side: weightLeft[v] = weightRight[mirror[v]], vertices ascending', () => {
    const left = zoneForSide(zone, 'left', mesh);
    expect(Array.from(left.vertices)).toEqual([2, 3, 4, 8]);
    expect(Array.from(left.weights)).toEqual([50, 100, 255, 10]);
  });

  it('follows the definition even for a mirror map that is not its own inverse', () => {
    const skewed = { mirror: Uint32Array.from([1, 1, 2, 3, 4, 5, 6, 7, 8, 9]) };
    const left = zoneForSide(zone, 'left', skewed);
    expect(Array.from(left.vertices)).toEqual([0, 1, 2, 6]);
    expect(Array.from(left.weights)).toEqual([100, 100, 50, 10]);
  });
});

describe('zoneWeights', () => {
  it('spreads a zone to dense weights in [0, 1], uniting by max into a shared overlay', () => {
    const right = zoneWeights(zone, 'right', mesh);
    expect(right[0]).toBe(1);
    expect(right[5]).toBe(0);
    const both = zoneWeights(zone, 'left', mesh, right.slice());
    expect(both[0]).toBe(1);
    expect(both[4]).toBe(1);
    expect(both[2]).toBeCloseTo(50 / 255, 6);
  });
});
