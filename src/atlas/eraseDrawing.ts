/**
 * The eraser of the pain drawing: what a touch of the eraser at a place on the skin leaves. A spot
 * under the eraser goes; a painted area loses the stroke centres the eraser passes over (the area
 * goes when none is left), so a patient can trim a band they painted too wide.
 */
import type { LandmarkId } from './landmarkNames';
import { areaRadius, type DrawingPoint } from './painPoints';
import type { Vec3 } from './types';
import { distance } from './vec3';

/**
 * The drawing after erasing a disc of `radius` (metres) around `at`, or null when nothing lay
 * under it. `landmarkAt` places a landmark spot (undefined: it cannot be placed, and stays).
 */
export function eraseDrawing(
  points: readonly DrawingPoint[],
  at: Vec3,
  radius: number,
  landmarkAt: (id: LandmarkId) => Vec3 | undefined,
): DrawingPoint[] | null {
  let changed = false;
  const kept: DrawingPoint[] = [];
  for (const point of points) {
    if (point.kind === 'area') {
      // A centre counts as under the eraser once the eraser covers the middle half of its disc.
      const reach = radius + areaRadius(point) * 0.5;
      const samples = point.samples.filter((sample) => distance(sample, at) > reach);
      if (samples.length === point.samples.length) kept.push(point);
      else {
        changed = true;
        if (samples.length > 0) kept.push({ ...point, samples });
      }
      continue;
    }
    const position = point.kind === 'landmark' ? landmarkAt(point.id) : point.position;
    if (position && distance(position, at) <= radius) changed = true;
    else kept.push(point);
  }
  return changed ? kept : null;
}
