import { describe, expect, it } from 'vitest';
import { meshFingerprint, vertexCount, vertexNeighbours, vertexTriangles } from './adjacency';
import { gridPlane } from './testMeshes';

function row(csr: { offsets: Uint32Array; items: Uint32Array }, v: number): number[] {
  return Array.from(csr.items.subarray(csr.offsets[v]!, csr.offsets[v + 1]!));
}

describe('vertexNeighbours', () => {
  const mesh = gridPlane({ columns: 2, rows: 1, width: 2, height: 1 });
  // 3 x 2 vertices: 0 1 2 along the bottom, 3 4 5 along the top.

  it('lists each edge neighbour once, sorted', () => {
    const csr = vertexNeighbours(mesh);
    // Left cell split along 0-4, right cell along 2-4 (mirror-symmetric).
    expect(row(csr, 1)).toEqual([0, 2, 4]);
    expect(row(csr, 4)).toEqual([0, 1, 2, 3, 5]);
    expect(row(csr, 0)).toEqual([1, 3, 4]);
  });

  it('is symmetric: w is a neighbour of v exactly when v is a neighbour of w', () => {
    const big = gridPlane({ columns: 6, rows: 5 });
    const csr = vertexNeighbours(big);
    for (let v = 0; v < vertexCount(big); v++) {
      for (const w of row(csr, v)) expect(row(csr, w)).toContain(v);
    }
  });

  it('is cached per mesh', () => {
    expect(vertexNeighbours(mesh)).toBe(vertexNeighbours(mesh));
  });
});

describe('vertexTriangles', () => {
  it('lists the triangles around each vertex', () => {
    const mesh = gridPlane({ columns: 2, rows: 1 });
    const csr = vertexTriangles(mesh);
    let total = 0;
    for (let v = 0; v < vertexCount(mesh); v++) {
      for (const t of row(csr, v)) expect(Array.from(mesh.indices.subarray(3 * t, 3 * t + 3))).toContain(v);
      total += row(csr, v).length;
    }
    expect(total).toBe(mesh.indices.length);
  });
});

describe('meshFingerprint', () => {
  it('is stable for the same topology and changes with it', () => {
    expect(meshFingerprint(gridPlane({ columns: 4 }))).toBe(meshFingerprint(gridPlane({ columns: 4, width: 3 })));
    expect(meshFingerprint(gridPlane({ columns: 4 }))).not.toBe(meshFingerprint(gridPlane({ columns: 6 })));
  });
});
