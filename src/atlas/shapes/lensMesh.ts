/**
 * The second step of a part's loft: the grid becomes a closed body whose cross-section is a lens
 * (thick in the middle, thin at the edges, like a muscle belly seen in section), capped at both
 * ends, wound outward, with the influences of the skin point above each column.
 */
import type { SkinMesh } from '../types';
import { areaWeightedNormals } from '../mesh/vertexNormals';
import type { LoftGrid } from './loftGrid';
import type { ShapeKind, ShapePart } from './shapeRecipe';
import { bellyU, KIND_PROFILES } from './kindProfiles';
import { blendInfluences, INFLUENCES_PER_VERTEX, type SkinInfluences } from './skinFrame';
import { add, cross, distance, dot, scale, sub } from '../vec3';
import type { Vec3 } from '../types';

export { KIND_PROFILES, type KindProfile } from './kindProfiles';

/** A triangle mesh with skinning influences, in model space. */
export interface MuscleGeometry {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Per vertex, the outward normal of the skin above it (which way is "toward the surface"). */
  readonly outward: Float32Array;
  /**
   * Per vertex, a coordinate across the fibres that grows by 1 every {@link FIBRE_SPACING} at the
   * part's widest: constant along each fibre, so a shader can draw striations that run (and
   * converge) the way the fibres do.
   */
  readonly fibre: Float32Array;
  readonly indices: Uint32Array;
  /** Four joint indices per vertex (the body skeleton's order). */
  readonly joints: Uint16Array;
  /** Four weights per vertex, summing to 1. */
  readonly weights: Float32Array;
}

/** Spacing of the drawn striations across the widest row of a part (metres). */
export const FIBRE_SPACING = 0.004;

/** Builds the closed, outward-wound lens body of a grid. */
export function lensMesh(
  grid: LoftGrid,
  kind: ShapeKind,
  mesh: SkinMesh,
  influences: SkinInfluences,
  shape: Pick<ShapePart, 'belly'> = {},
): MuscleGeometry {
  const { rows, columns, points, u } = grid;
  const profile = KIND_PROFILES[kind];
  const ring = 2 * columns - 2;
  const count = rows * ring;
  const positions = new Float32Array(count * 3);
  const outward = new Float32Array(count * 3);
  const fibre = new Float32Array(count);
  let widest = 0;
  for (let r = 0; r < rows; r++) {
    let width = 0;
    for (let c = 1; c < columns; c++) width += distance(points[r * columns + c]!.position, points[r * columns + c - 1]!.position);
    widest = Math.max(widest, width);
  }
  const stripes = Math.max(2, Math.round(widest / FIBRE_SPACING));
  const joints = new Uint16Array(count * INFLUENCES_PER_VERTEX);
  const weights = new Float32Array(count * INFLUENCES_PER_VERTEX);
  // Ring index of column c on the top (toward the skin) and bottom surfaces; edges are shared.
  const top = (c: number) => c;
  const bottom = (c: number) => (c === 0 || c === columns - 1 ? c : ring - c);
  const colJoints = new Uint16Array(INFLUENCES_PER_VERTEX);
  const colWeights = new Float32Array(INFLUENCES_PER_VERTEX);
  for (let r = 0; r < rows; r++) {
    const along = profile.along(bellyU(shape, u[r]!));
    for (let c = 0; c < columns; c++) {
      const p = points[r * columns + c]!;
      const v = c / (columns - 1);
      const across = Math.sqrt(Math.max(0, 1 - Math.abs(2 * v - 1) ** profile.acrossExponent));
      const half = (p.thickness * along) / 2;
      const centre = p.depth + half;
      const write = (k: number, depth: number) => {
        const at = add(p.position, scale(p.normal, -depth));
        positions.set(at, (r * ring + k) * 3);
        outward.set(p.normal, (r * ring + k) * 3);
        fibre[r * ring + k] = v * stripes;
        joints.set(colJoints, (r * ring + k) * INFLUENCES_PER_VERTEX);
        weights.set(colWeights, (r * ring + k) * INFLUENCES_PER_VERTEX);
      };
      blendInfluences(mesh, influences, p.skin, colJoints, colWeights, 0);
      write(top(c), centre - half * across);
      if (bottom(c) !== top(c)) write(bottom(c), centre + half * across);
    }
  }
  const indices: number[] = [];
  const vertex = (r: number, k: number) => r * ring + k;
  const position = (i: number): Vec3 => [positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!];
  const normalOf = (a: number, b: number, c: number): Vec3 => cross(sub(position(b), position(a)), sub(position(c), position(a)));
  // The side walls: which way they wind is read off a top face in the middle against the skin normal.
  const walls: number[] = [];
  for (let r = 0; r + 1 < rows; r++) {
    for (let k = 0; k < ring; k++) {
      const a = vertex(r, k), b = vertex(r, (k + 1) % ring), c = vertex(r + 1, k), d = vertex(r + 1, (k + 1) % ring);
      walls.push(a, b, d, a, d, c);
    }
  }
  const midRow = Math.floor((rows - 1) / 2);
  const midCol = Math.floor((columns - 1) / 2);
  const probe = normalOf(vertex(midRow, top(midCol)), vertex(midRow, top(midCol + 1)), vertex(midRow + 1, top(midCol + 1)));
  const flipWalls = dot(probe, points[midRow * columns + midCol]!.normal) < 0;
  pushOriented(indices, walls, flipWalls);
  // The end caps, each wound to face away from the next row in.
  for (const [r, inner] of [[0, 1], [rows - 1, rows - 2]] as const) {
    const cap: number[] = [];
    for (let c = 0; c + 1 < columns; c++) {
      const t0 = vertex(r, top(c)), t1 = vertex(r, top(c + 1)), b0 = vertex(r, bottom(c)), b1 = vertex(r, bottom(c + 1));
      if (t0 !== b0) cap.push(t0, t1, b0);
      if (t1 !== b1) cap.push(b0, t1, b1);
    }
    const outward = sub(rowCentre(positions, r, ring), rowCentre(positions, inner, ring));
    let facing = 0;
    for (let i = 0; i < cap.length; i += 3) facing += dot(normalOf(cap[i]!, cap[i + 1]!, cap[i + 2]!), outward);
    pushOriented(indices, cap, facing < 0);
  }
  const index = Uint32Array.from(indices);
  return { positions, normals: vertexNormals(positions, index), outward, fibre, indices: index, joints, weights };
}

function pushOriented(out: number[], triangles: readonly number[], flip: boolean): void {
  for (let i = 0; i < triangles.length; i += 3) {
    if (flip) out.push(triangles[i]!, triangles[i + 2]!, triangles[i + 1]!);
    else out.push(triangles[i]!, triangles[i + 1]!, triangles[i + 2]!);
  }
}

function rowCentre(positions: Float32Array, r: number, ring: number): Vec3 {
  let x = 0, y = 0, z = 0;
  for (let k = 0; k < ring; k++) {
    const i = (r * ring + k) * 3;
    x += positions[i]!;
    y += positions[i + 1]!;
    z += positions[i + 2]!;
  }
  return [x / ring, y / ring, z / ring];
}

/** Smooth normals: area-weighted face normals summed at each vertex (the core's one definition). */
export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  return areaWeightedNormals(positions, indices);
}
