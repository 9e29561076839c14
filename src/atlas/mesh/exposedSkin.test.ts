import { describe, expect, it } from 'vitest';
import type { SkinMesh } from '../types';
import { exposedVertices } from './exposedSkin';

/** The triangles of a cube's six faces (vertex i has x = bit 0, y = bit 1, z = bit 2), wound outward. */
const CUBE_FACES = [
  [0, 2, 3, 1], // z = 0
  [4, 5, 7, 6], // z = 1
  [0, 1, 5, 4], // y = 0
  [2, 6, 7, 3], // y = 1
  [0, 4, 6, 2], // x = 0
  [1, 3, 7, 5], // x = 1
];

/** Cubes as one mesh: [centre, half size, faces left open]. */
function cubes(...parts: [number, number, number[]][]): SkinMesh {
  const positions: number[] = [];
  const indices: number[] = [];
  for (const [centre, half, open] of parts) {
    const base = positions.length / 3;
    for (let i = 0; i < 8; i++) positions.push(centre + (i & 1 ? half : -half), centre + (i & 2 ? half : -half), centre + (i & 4 ? half : -half));
    CUBE_FACES.forEach(([a, b, c, d], face) => {
      if (!open.includes(face)) indices.push(base + a!, base + b!, base + c!, base + a!, base + c!, base + d!);
    });
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices), mirror: new Uint32Array(positions.length / 3) };
}

describe('exposed skin', () => {
  it('finds a surface sealed inside another hidden and the outer surface exposed', () => {
    const exposed = exposedVertices(cubes([0, 1, []], [0, 0.3, []]));
    expect([...exposed.slice(0, 8)]).toEqual(Array(8).fill(1));
    expect([...exposed.slice(8)]).toEqual(Array(8).fill(0));
  });

  it('counts an inner surface as exposed when an opening lets it be seen', () => {
    // The outer cube's top (y = 1) is open: the inner cube's upper corners can be seen through it.
    const exposed = exposedVertices(cubes([0, 1, [3]], [0, 0.3, []]));
    const innerUpper = [2, 3, 6, 7].map((i) => exposed[8 + i]);
    expect(innerUpper).toEqual([1, 1, 1, 1]);
  });
});
