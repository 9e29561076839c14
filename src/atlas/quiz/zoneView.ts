/**
 * Where a camera should look at a zone painted on the body: from outside, along the skin's mean
 * outward facing over the zone, far enough back to see all of it. The body is recognised from
 * the front, back or side, so the view is never from far above or below.
 */
import { areaWeightedNormals, vertexPosition } from '../mesh';
import type { OpenAtlas } from '../openAtlas';
import type { SkinMesh, Vec3 } from '../types';
import type { ZoneBrush } from './zoneDrawing';

/** Options of {@link zoneView}. */
export interface ZoneViewOptions {
  /** The camera's vertical field of view (degrees): the app's canvas uses 30. */
  fovDegrees: number;
  /** Nearest and farthest the camera comes (metres from the zone's middle). */
  minDistance: number;
  maxDistance: number;
  /** Room around the zone, as a factor of its radius. */
  margin: number;
}

/** Defaults of {@link ZoneViewOptions}. */
export const ZONE_VIEW_DEFAULTS: ZoneViewOptions = { fovDegrees: 30, minDistance: 0.8, maxDistance: 3, margin: 1.5 };

/** Sine of the steepest elevation the view takes, below and above the horizontal. */
const LOWEST = -0.3;
const HIGHEST = 0.45;

const normalsCache = new WeakMap<SkinMesh, Float32Array>();

/** A camera position and the point it looks at (metres, model frame). */
export interface ZoneViewPlacement {
  readonly position: Vec3;
  readonly target: Vec3;
}

/** The camera placement that shows the zone a brush paints. */
export function zoneView(atlas: OpenAtlas, brush: ZoneBrush, options: Partial<ZoneViewOptions> = {}): ZoneViewPlacement {
  const { fovDegrees, minDistance, maxDistance, margin } = { ...ZONE_VIEW_DEFAULTS, ...options };
  const { mesh } = atlas;
  let normals = normalsCache.get(mesh);
  if (!normals) normalsCache.set(mesh, (normals = areaWeightedNormals(mesh.positions, mesh.indices)));
  const points = brush.centres.map((v) => vertexPosition(mesh, v));
  const centre = [0, 1, 2].map((a) => points.reduce((sum, p) => sum + p[a]!, 0) / Math.max(1, points.length)) as unknown as Vec3;
  let nx = 0, ny = 0, nz = 0;
  for (const v of brush.centres) {
    nx += normals[3 * v]!;
    ny += normals[3 * v + 1]!;
    nz += normals[3 * v + 2]!;
  }
  const length = Math.hypot(nx, ny, nz) || 1;
  const up = Math.min(HIGHEST, Math.max(LOWEST, ny / length));
  const flat = Math.hypot(nx, nz);
  // Facings that cancel out (a zone all round a limb): the front, as the atlas opens.
  const [hx, hz] = flat > 1e-6 ? [nx / flat, nz / flat] : [0, 1];
  const across = Math.sqrt(1 - up * up);
  const direction: Vec3 = [hx * across, up, hz * across];
  const radius = Math.max(...points.map((p) => Math.hypot(p[0] - centre[0], p[1] - centre[1], p[2] - centre[2])), 0) + brush.radius;
  const fit = (radius * margin) / Math.tan((fovDegrees / 2) * (Math.PI / 180));
  const distance = Math.min(maxDistance, Math.max(minDistance, fit));
  const position: Vec3 = [centre[0] + direction[0] * distance, centre[1] + direction[1] * distance, centre[2] + direction[2] * distance];
  return { position, target: centre };
}
