/** The skin each vertex stands for: a third of the area of every triangle it is a corner of (m²). */
import type { SkinMesh } from '../types';

export function vertexAreas(mesh: SkinMesh): Float64Array {
  const { positions: p, indices } = mesh;
  const areas = new Float64Array(p.length / 3);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!, b = indices[t + 1]!, c = indices[t + 2]!;
    const ux = p[3 * b]! - p[3 * a]!, uy = p[3 * b + 1]! - p[3 * a + 1]!, uz = p[3 * b + 2]! - p[3 * a + 2]!;
    const vx = p[3 * c]! - p[3 * a]!, vy = p[3 * c + 1]! - p[3 * a + 1]!, vz = p[3 * c + 2]! - p[3 * a + 2]!;
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
    const third = Math.sqrt(cx * cx + cy * cy + cz * cz) / 6;
    areas[a]! += third;
    areas[b]! += third;
    areas[c]! += third;
  }
  return areas;
}
