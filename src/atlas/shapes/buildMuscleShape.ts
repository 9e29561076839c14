/**
 * A muscle's 3D shape from its recipe, on one side of one body: each part lofted below the skin
 * (`loftGrid`), closed into a lens-sectioned body (`lensMesh`), the parts merged into one mesh that
 * carries the skin's bone influences so it follows any pose. Deterministic: the same recipe and
 * body give the same numbers.
 */
import type { Side } from '../types';
import type { ZoneContext } from '../zones/resolveAnchor';
import { LOFT_GRID_DEFAULTS, loftGrid, type LoftGridOptions } from './loftGrid';
import { lensMesh, type MuscleGeometry } from './lensMesh';
import type { MuscleShapeRecipe } from './shapeRecipe';
import { INFLUENCES_PER_VERTEX, type SkinInfluences } from './skinFrame';

/** What a shape is built against: the skin, its landmarks and its skinning influences. */
export interface ShapeContext extends ZoneContext {
  readonly influences: SkinInfluences;
}

/** Builds one side's mesh of a muscle. */
export function buildMuscleShape(
  recipe: MuscleShapeRecipe,
  side: Side,
  ctx: ShapeContext,
  options: Partial<LoftGridOptions> = {},
): MuscleGeometry {
  // The triangle budget is the muscle's, shared by its parts, so a four-part muscle is no heavier
  // to build in the browser than a one-part sheet.
  const budget = Math.floor((options.triangleBudget ?? LOFT_GRID_DEFAULTS.triangleBudget) / Math.max(1, recipe.parts.length));
  return mergeGeometries(
    recipe.parts.map((part) => lensMesh(loftGrid(part, side, ctx, { ...options, triangleBudget: budget }), part.kind, ctx.mesh, ctx.influences, part)),
  );
}

/** Concatenates meshes into one (indices shifted). */
export function mergeGeometries(parts: readonly MuscleGeometry[]): MuscleGeometry {
  const vertices = parts.reduce((n, p) => n + p.positions.length / 3, 0);
  const triangles = parts.reduce((n, p) => n + p.indices.length, 0);
  const out = {
    positions: new Float32Array(vertices * 3),
    normals: new Float32Array(vertices * 3),
    outward: new Float32Array(vertices * 3),
    fibre: new Float32Array(vertices),
    indices: new Uint32Array(triangles),
    joints: new Uint16Array(vertices * INFLUENCES_PER_VERTEX),
    weights: new Float32Array(vertices * INFLUENCES_PER_VERTEX),
  };
  let v = 0;
  let t = 0;
  for (const part of parts) {
    out.positions.set(part.positions, v * 3);
    out.normals.set(part.normals, v * 3);
    out.outward.set(part.outward, v * 3);
    out.fibre.set(part.fibre, v);
    out.joints.set(part.joints, v * INFLUENCES_PER_VERTEX);
    out.weights.set(part.weights, v * INFLUENCES_PER_VERTEX);
    for (let i = 0; i < part.indices.length; i++) out.indices[t + i] = part.indices[i]! + v;
    v += part.positions.length / 3;
    t += part.indices.length;
  }
  return out;
}

/** The mean of a mesh's vertices (to aim at a muscle). */
export function geometryCentroid(geometry: MuscleGeometry): [number, number, number] {
  const p = geometry.positions;
  const n = p.length / 3 || 1;
  let x = 0, y = 0, z = 0;
  for (let i = 0; i < p.length; i += 3) {
    x += p[i]!;
    y += p[i + 1]!;
    z += p[i + 2]!;
  }
  return [x / n, y / n, z / n];
}
