/**
 * Reading the points of a pain drawing as the contract writes them: a landmark name (`temple_r`)
 * or a coordinate `x,y,z` in metres, moved to the nearest point of the skin. As an extension, a
 * painted area is `area~x,y,z~x,y,z...`: the centres of a brush stroke, each painting the skin
 * within BRUSH_RADIUS of it (measured over the skin), as one pain spot. A brush of another size
 * writes its radius in millimetres after the word: `area50~...` (10-80 mm).
 */
import { isLandmarkId, type LandmarkId } from './landmarkNames';
import { geodesicDistances, nearestSkinPoint, surfacePointSeeds, vertexTriangles } from './mesh';
import { areaSpot, pointSpot, type PainSpot } from './lookup/painDrawing';
import type { OpenAtlas } from './openAtlas';
import type { SkinMesh, SurfacePoint, Vec3 } from './types';

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

/** Radius of the pain brush, metres (the medium size, and an area whose text names none). */
export const BRUSH_RADIUS = 0.03;
/** The brush sizes the app offers, by radius in metres: a fingertip, a palm's middle, a palm. */
export const BRUSH_SIZES = { small: 0.018, medium: BRUSH_RADIUS, large: 0.05 } as const;
export type BrushSize = keyof typeof BRUSH_SIZES;
/** Most stroke centres one painted area keeps. */
export const MAX_AREA_SAMPLES = 48;
/** The radii (millimetres) an area's text may name. */
const MIN_RADIUS_MM = 10;
const MAX_RADIUS_MM = 80;
/** `area~` or `area<radius mm>~`, then the centres. */
const AREA_HEAD = /^area(\d{2})?~/;

/** True when `text` has the form of a pain point (a landmark id, x,y,z, or a painted area). */
export function isPainPointText(text: string): boolean {
  if (isLandmarkId(text)) return true;
  if (text.startsWith('area')) {
    try {
      parseDrawingPoint(text);
      return true;
    } catch {
      return false;
    }
  }
  return isCoordinateText(text);
}

function isCoordinateText(text: string): boolean {
  const parts = text.split(',');
  return parts.length === 3 && parts.every((p) => NUMBER.test(p.trim()) && Number.isFinite(Number(p)));
}

/** Formats brush stroke centres (and the brush's radius, metres) as a painted area. */
export function formatPainArea(samples: readonly Vec3[], radius: number = BRUSH_RADIUS): string {
  const millimetres = Math.round(radius * 1000);
  const head = millimetres === Math.round(BRUSH_RADIUS * 1000) ? 'area~' : `area${millimetres}~`;
  return head + samples.slice(0, MAX_AREA_SAMPLES).map(formatPainPoint).join('~');
}

/** The brush radius of an area (metres). */
export function areaRadius(point: { readonly radius?: number }): number {
  return point.radius ?? BRUSH_RADIUS;
}

/**
 * A point rounded to the millimetre, as its text form keeps it: a drawing point made at this
 * precision reads back from its link at the same place.
 */
export function toMillimetres(point: Vec3): Vec3 {
  return [Math.round(point[0] * 1000) / 1000, Math.round(point[1] * 1000) / 1000, Math.round(point[2] * 1000) / 1000];
}

/** Formats a model point as the contract's `x,y,z` (millimetre precision). */
export function formatPainPoint(point: Vec3): string {
  return point.map((x) => (Math.round(x * 1000) / 1000).toString()).join(',');
}

/**
 * A point of a pain drawing as the app and the lookup hold it: a landmark, a point on the skin
 * (a tap, whose place on the mesh is known, or a coordinate still to be snapped), or a painted
 * area (its brush centres). Text is only its form at the URL and command-line boundaries.
 */
export type DrawingPoint =
  | { readonly kind: 'landmark'; readonly id: LandmarkId }
  | { readonly kind: 'point'; readonly position: Vec3; readonly surface?: SurfacePoint }
  | { readonly kind: 'area'; readonly samples: readonly Vec3[]; readonly radius?: number };

/** Reads a drawing point from its text form; throws a PainPointError that says what was wrong. */
export function parseDrawingPoint(text: string): DrawingPoint {
  if (text.startsWith('area')) {
    const head = AREA_HEAD.exec(text);
    const samples = head ? text.slice(head[0].length).split('~') : [];
    if (!head || samples.length === 0 || samples.length > MAX_AREA_SAMPLES || !samples.every(isCoordinateText)) {
      throw new PainPointError(`malformed painted area "${text.slice(0, 40)}" (expected area~x,y,z~x,y,z..., at most ${MAX_AREA_SAMPLES} points)`);
    }
    const millimetres = head[1] === undefined ? undefined : Number(head[1]);
    if (millimetres !== undefined && (millimetres < MIN_RADIUS_MM || millimetres > MAX_RADIUS_MM)) {
      throw new PainPointError(`painted area brush of ${millimetres} mm (use ${MIN_RADIUS_MM}-${MAX_RADIUS_MM} mm, as in area30~x,y,z)`);
    }
    const parsed = samples.map(parseCoordinate);
    return millimetres === undefined || millimetres === BRUSH_RADIUS * 1000
      ? { kind: 'area', samples: parsed }
      : { kind: 'area', samples: parsed, radius: millimetres / 1000 };
  }
  if (isLandmarkId(text)) return { kind: 'landmark', id: text };
  if (!text.includes(',')) {
    throw new PainPointError(`unknown landmark "${text}" (use a landmark name such as temple_r, or x,y,z in metres)`);
  }
  return { kind: 'point', position: parseCoordinate(text) };
}

/** Reads many text points: the readable ones in order, and a one-line error for each other. */
export function parseDrawingPoints(texts: readonly string[]): { points: DrawingPoint[]; errors: string[] } {
  const points: DrawingPoint[] = [];
  const errors: string[] = [];
  for (const text of texts) {
    try {
      points.push(parseDrawingPoint(text));
    } catch (error) {
      if (!(error instanceof PainPointError)) throw error;
      errors.push(error.message);
    }
  }
  return { points, errors };
}

function parseCoordinate(text: string): Vec3 {
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
  return point;
}

/** The text form of a drawing point (landmark id, `x,y,z` to the millimetre, or `area~...`). */
export function formatDrawingPoint(point: DrawingPoint): string {
  if (point.kind === 'landmark') return point.id;
  if (point.kind === 'point') return formatPainPoint(point.position);
  return formatPainArea(point.samples, areaRadius(point));
}

/** Resolves one point written as text; throws a PainPointError that says what was wrong. */
export function resolvePainPoint(text: string, atlas: OpenAtlas): ResolvedPainPoint {
  return resolveDrawingPoint(parseDrawingPoint(text), atlas, text);
}

/** Whether placing `point` on the skin needs a nearest-point search (see resolveDrawingPoint). */
export function needsSkinSearch(point: DrawingPoint): boolean {
  return point.kind === 'area' || (point.kind === 'point' && !point.surface);
}

/**
 * Places a drawing point on the skin: a landmark on its vertex, a tap where it hit, a coordinate
 * at the nearest skin, an area as every vertex the brush painted. `at` defaults to its text form.
 */
export function resolveDrawingPoint(point: DrawingPoint, atlas: OpenAtlas, at: string = formatDrawingPoint(point)): ResolvedPainPoint {
  if (point.kind === 'area') return resolvePainArea(point.samples, areaRadius(point), atlas, at);
  if (point.kind === 'landmark') {
    const landmark = atlas.landmarks.get(point.id);
    if (!landmark) throw new PainPointError(`unknown landmark "${point.id}"`);
    return { at, position: landmark.position, spot: pointSpot(vertexSurfacePoint(atlas, landmark.vertex), point.id) };
  }
  // A tap already knows its place on the mesh: no search needed.
  if (point.surface) return { at, position: point.position, spot: pointSpot(point.surface) };
  const near = nearestSkinPoint(atlas.mesh, point.position);
  if (near.distance > MAX_DISTANCE_FROM_SKIN) {
    throw new PainPointError(`coordinate "${at}" is ${near.distance.toFixed(2)} m from the body (metres, feet on y = 0)`);
  }
  return { at, position: near.position, spot: pointSpot(near.surface) };
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

/** A painted area: every skin vertex within the brush radius (over the skin) of a stroke centre. */
function resolvePainArea(samples: readonly Vec3[], radius: number, atlas: OpenAtlas, at: string): ResolvedPainPoint {
  const snapped = samples.map((sample) => resolveDrawingPoint({ kind: 'point', position: sample }, atlas, at));
  const area = paintedSkin(atlas.mesh, snapped.flatMap((s) => ('surface' in s.spot ? [s.spot.surface] : [])), radius);
  if (area.length === 0) throw new PainPointError(`painted area "${at.slice(0, 40)}" covers no skin`);
  return { at, position: snapped[0]!.position, spot: areaSpot(area, 'painted area') };
}

/**
 * The skin a brush of `radius` paints around surface points: each vertex within the radius (over
 * the skin), with full weight in the brush's middle fading to half at its rim. The app draws a
 * stroke with it while it is painted, so the band on screen is the skin the lookup will count.
 */
export function paintedSkin(mesh: SkinMesh, centres: readonly SurfacePoint[], radius: number): [number, number][] {
  const area: [number, number][] = [];
  brushDistances(mesh, centres, radius).forEach((d, v) => {
    if (d <= radius) area.push([v, 1 - 0.5 * (d / radius) ** 2]);
  });
  return area;
}

/** Distances over the skin (metres) from the brush centres to each vertex within `reach`. */
export function brushDistances(mesh: SkinMesh, centres: readonly SurfacePoint[], reach: number): Map<number, number> {
  const seeds = centres.flatMap((surface) => surfacePointSeeds(mesh, surface));
  const distance = geodesicDistances(mesh, seeds, { maxDistance: reach });
  const within = new Map<number, number>();
  distance.forEach((d, v) => {
    if (d <= reach) within.set(v, d);
  });
  return within;
}
