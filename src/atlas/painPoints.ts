/**
 * Reading the points of a pain drawing as the contract writes them: a landmark name (`temple_r`)
 * or a coordinate `x,y,z` in metres, moved to the nearest point of the skin.
 */
import { isLandmarkId } from './landmarkNames';
import { nearestSkinPoint, vertexTriangles } from './mesh';
import { pointSpot, type PainSpot } from './lookup';
import type { OpenAtlas } from './openAtlas';
import type { SurfacePoint, Vec3 } from './types';

/** A pain point that cannot be read: the message says what was wrong, in one line. */
export class PainPointError extends Error {}

/** One resolved point of a drawing. */
export interface ResolvedPainPoint {
  at: string;
  position: Vec3;
  spot: PainSpot;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Farther than this from the skin, a coordinate is surely a mistake (metres). */
const MAX_DISTANCE_FROM_SKIN = 1;
/** No coordinate of a point within a metre of the body exceeds this (metres). */
const MAX_COORDINATE = 4;

/** True when `text` has the form of a pain point (a landmark id or three finite numbers). */
export function isPainPointText(text: string): boolean {
  if (isLandmarkId(text)) return true;
  const parts = text.split(',');
  return parts.length === 3 && parts.every((p) => NUMBER.test(p.trim()) && Number.isFinite(Number(p)));
}

/** Formats a model point as the contract's `x,y,z` (millimetre precision). */
export function formatPainPoint(point: Vec3): string {
  return point.map((x) => (Math.round(x * 1000) / 1000).toString()).join(',');
}

/** Resolves one point; throws a PainPointError that says what was wrong. */
export function resolvePainPoint(text: string, atlas: OpenAtlas): ResolvedPainPoint {
  const landmark = isLandmarkId(text) ? atlas.landmarks.get(text) : undefined;
  if (landmark) {
    const surface = vertexSurfacePoint(atlas, landmark.vertex);
    return { at: text, position: landmark.position, spot: pointSpot(surface, text) };
  }
  if (!text.includes(',')) {
    throw new PainPointError(`unknown landmark "${text}" (use a landmark name such as temple_r, or x,y,z in metres)`);
  }
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p.trim()))) {
    throw new PainPointError(`malformed coordinate "${text}" (expected x,y,z in metres, e.g. 0.07,1.62,0.02)`);
  }
  const point = parts.map(Number) as [number, number, number];
  if (!point.every(Number.isFinite)) throw new PainPointError(`malformed coordinate "${text}" (numbers must be finite)`);
  // Far outside the body's box, the nearest-skin search has nothing to find: say so at once.
  if (point.some((c) => Math.abs(c) > MAX_COORDINATE)) {
    throw new PainPointError(`coordinate "${text}" is far from the body (metres, feet on y = 0, about 1.75 m tall)`);
  }
  const near = nearestSkinPoint(atlas.mesh, point);
  if (near.distance > MAX_DISTANCE_FROM_SKIN) {
    throw new PainPointError(`coordinate "${text}" is ${near.distance.toFixed(2)} m from the body (metres, feet on y = 0)`);
  }
  return { at: text, position: near.position, spot: pointSpot(near.surface) };
}

/** A surface point exactly on a vertex: a triangle that uses it, all weight on that corner. */
function vertexSurfacePoint(atlas: OpenAtlas, vertex: number): SurfacePoint {
  const { offsets, items } = vertexTriangles(atlas.mesh);
  const triangle = items[offsets[vertex]!]!;
  const corner = [0, 1, 2].find((k) => atlas.mesh.indices[triangle * 3 + k] === vertex) ?? 0;
  const barycentric: [number, number, number] = [0, 0, 0];
  barycentric[corner] = 1;
  return { triangle, barycentric };
}
