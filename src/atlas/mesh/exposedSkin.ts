/**
 * Which vertices of the skin can be seen from outside the body. The body mesh carries surfaces no
 * finger or tap can reach (the inside of the mouth, behind the eyelids, where toes press
 * together): a vertex is exposed when at least one ray leaving it over its outer hemisphere
 * escapes without meeting the skin again. The coverage report measures exposed skin only, so a
 * mouth cavity never counts as a patch no muscle explains.
 */
import type { SkinMesh, Vec3 } from '../types';
import { raycastSkin } from './raycastSkin';
import { areaWeightedNormals } from './vertexNormals';

/** Directions tried per vertex: a Fibonacci sphere, the half of it over the vertex's normal used. */
const DIRECTIONS = 96;
/** Rays start this far (metres) off the skin along the normal, so they do not hit their own triangle. */
const LIFT = 0.002;

const cache = new WeakMap<SkinMesh, Uint8Array>();

/** Per vertex, 1 when some ray from it escapes the body, else 0 (cached per mesh). */
export function exposedVertices(mesh: SkinMesh): Uint8Array {
  const cached = cache.get(mesh);
  if (cached) return cached;
  const { positions: p, indices } = mesh;
  const normals = areaWeightedNormals(p, indices);
  const directions = fibonacciSphere(DIRECTIONS);
  const exposed = new Uint8Array(p.length / 3);
  for (let v = 0; v < exposed.length; v++) {
    const nx = normals[3 * v]!, ny = normals[3 * v + 1]!, nz = normals[3 * v + 2]!;
    const origin: Vec3 = [p[3 * v]! + nx * LIFT, p[3 * v + 1]! + ny * LIFT, p[3 * v + 2]! + nz * LIFT];
    for (const d of directions) {
      // Rays grazing the skin say little about what lies above it.
      if (d[0] * nx + d[1] * ny + d[2] * nz < 0.05) continue;
      if (!raycastSkin(mesh, origin, d)) {
        exposed[v] = 1;
        break;
      }
    }
  }
  cache.set(mesh, exposed);
  return exposed;
}

function fibonacciSphere(count: number): Vec3[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => {
    const y = 1 - (2 * (i + 0.5)) / count;
    const r = Math.sqrt(1 - y * y);
    return [Math.cos(i * golden) * r, y, Math.sin(i * golden) * r] as Vec3;
  });
}
