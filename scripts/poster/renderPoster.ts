/**
 * A software rendering of the body for the start poster (see makePoster.ts): the skin mesh seen
 * through the 3D view's own opening camera, lit like the scene, in plain TypeScript so rebuilding
 * gives the same bytes on any machine (no GPU, no browser).
 *
 * The lighting follows the scene's (src/scene/Lights.tsx) with three.js's physically based
 * diffuse (albedo / pi times the irradiance), ACES filmic tone mapping and sRGB output, as the
 * renderer draws it; the specular term of the matte skin is left out (it is faint at roughness
 * 0.78). The poster stands in for the live view until its first frame, which then covers it in
 * place, so it needs to match in place and in tone, not in every highlight.
 */
import type { SkinMesh } from '../../src/atlas/types';
import { areaWeightedNormals } from '../../src/atlas/mesh/vertexNormals';

/** A point or direction, metres or unitless. */
export type Vec3 = readonly [number, number, number];

/** A perspective camera: where it is, what it looks at, its vertical field of view. */
export interface PosterCamera {
  position: Vec3;
  target: Vec3;
  fovDegrees: number;
}

/** A directional light as the scene sets it up (src/scene/lightRig.ts). */
export interface DirectionalLight {
  /** Where the light shines from (towards the origin, as three's default target). */
  position: Vec3;
  intensity: number;
  colour: string;
}

/** The scene's lights: a hemisphere (sky and ground) light and the directional ones. */
export interface PosterLights {
  hemisphere: { sky: string; ground: string; intensity: number };
  directional: readonly DirectionalLight[];
}

/** A rendered picture. */
export interface PosterImage {
  width: number;
  height: number;
  /** Straight RGBA, row after row. */
  data: Uint8Array;
}

/** Samples per pixel along each axis (SUPERSAMPLE² in all): smooth silhouette edges. */
const SUPERSAMPLE = 3;

/** sRGB hex colour to linear RGB. */
export function linearColour(hex: string): Vec3 {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(16), channel(8), channel(0)];
}

/** Linear to sRGB-encoded 0-255. */
function encodeSrgb(c: number): number {
  const clamped = Math.min(1, Math.max(0, c));
  const encoded = clamped <= 0.0031308 ? clamped * 12.92 : 1.055 * clamped ** (1 / 2.4) - 0.055;
  return Math.round(encoded * 255);
}

/**
 * ACES filmic tone mapping as three.js applies it (exposure 1): Stephen Hill's fit of the ACES
 * reference transform, with three's 1/0.6 exposure scale.
 */
export function acesFilmic([r0, g0, b0]: Vec3): Vec3 {
  const r = r0 / 0.6, g = g0 / 0.6, b = b0 / 0.6;
  // Input matrix (sRGB to the fit's space), rows.
  const ir = 0.59719 * r + 0.35458 * g + 0.04823 * b;
  const ig = 0.076 * r + 0.90834 * g + 0.01566 * b;
  const ib = 0.0284 * r + 0.13383 * g + 0.83777 * b;
  const fit = (v: number) => (v * (v + 0.0245786) - 0.000090537) / (v * (0.983729 * v + 0.432951) + 0.238081);
  const fr = fit(ir), fg = fit(ig), fb = fit(ib);
  // Output matrix, rows.
  const or = 1.60475 * fr - 0.53108 * fg - 0.07367 * fb;
  const og = -0.10208 * fr + 1.10813 * fg - 0.00605 * fb;
  const ob = -0.00327 * fr - 0.07276 * fg + 1.07602 * fb;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return [clamp(or), clamp(og), clamp(ob)];
}

function normalise([x, y, z]: Vec3): Vec3 {
  const length = Math.hypot(x, y, z) || 1;
  return [x / length, y / length, z / length];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** The shaded colour (linear, before tone mapping) of skin with `albedo` facing `normal`. */
function shade(normal: Vec3, albedo: Vec3, lights: PosterLights, sky: Vec3, ground: Vec3, directions: readonly Vec3[], colours: readonly Vec3[]): Vec3 {
  const up = 0.5 * normal[1] + 0.5;
  const h = lights.hemisphere.intensity;
  let ir = (ground[0] + (sky[0] - ground[0]) * up) * h;
  let ig = (ground[1] + (sky[1] - ground[1]) * up) * h;
  let ib = (ground[2] + (sky[2] - ground[2]) * up) * h;
  lights.directional.forEach((light, i) => {
    const d = directions[i]!;
    const facing = Math.max(0, normal[0] * d[0] + normal[1] * d[1] + normal[2] * d[2]) * light.intensity;
    ir += facing * colours[i]![0];
    ig += facing * colours[i]![1];
    ib += facing * colours[i]![2];
  });
  return [(albedo[0] * ir) / Math.PI, (albedo[1] * ig) / Math.PI, (albedo[2] * ib) / Math.PI];
}

/**
 * Renders `mesh` (model space, metres) as `camera` sees it into an image `height` pixels tall and
 * `width` wide, the camera's axis through the image's centre: shown at the live view's height and
 * centred on it, the poster lies where the body will be drawn.
 */
export function renderPoster(mesh: SkinMesh, camera: PosterCamera, lights: PosterLights, skinColour: string, width: number, height: number): PosterImage {
  const sw = width * SUPERSAMPLE;
  const sh = height * SUPERSAMPLE;
  // Camera basis: it looks along -back.
  const back = normalise([camera.position[0] - camera.target[0], camera.position[1] - camera.target[1], camera.position[2] - camera.target[2]]);
  const right = normalise(cross([0, 1, 0], back));
  const up = cross(back, right);
  const focal = sh / 2 / Math.tan((camera.fovDegrees * Math.PI) / 360);
  const { positions, indices } = mesh;
  const vertexCount = positions.length / 3;
  const sx = new Float64Array(vertexCount);
  const sy = new Float64Array(vertexCount);
  const depth = new Float64Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) {
    const dx = positions[v * 3]! - camera.position[0];
    const dy = positions[v * 3 + 1]! - camera.position[1];
    const dz = positions[v * 3 + 2]! - camera.position[2];
    const cx = dx * right[0] + dy * right[1] + dz * right[2];
    const cy = dx * up[0] + dy * up[1] + dz * up[2];
    const cz = -(dx * back[0] + dy * back[1] + dz * back[2]);
    sx[v] = sw / 2 + (focal * cx) / cz;
    sy[v] = sh / 2 - (focal * cy) / cz;
    depth[v] = cz;
  }

  // Visibility: per sample, the nearest triangle and the barycentric weights of its corners.
  const nearest = new Float64Array(sw * sh).fill(Infinity);
  const triangleAt = new Int32Array(sw * sh).fill(-1);
  const weightB = new Float32Array(sw * sh);
  const weightC = new Float32Array(sw * sh);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!, b = indices[t + 1]!, c = indices[t + 2]!;
    const ax = sx[a]!, ay = sy[a]!, bx = sx[b]!, by = sy[b]!, cx = sx[c]!, cy = sy[c]!;
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (area === 0) continue;
    const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx)));
    const maxX = Math.min(sw - 1, Math.ceil(Math.max(ax, bx, cx)));
    const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
    const maxY = Math.min(sh - 1, Math.ceil(Math.max(ay, by, cy)));
    for (let y = minY; y <= maxY; y++) {
      const py = y + 0.5;
      for (let x = minX; x <= maxX; x++) {
        const px = x + 0.5;
        // Barycentric weights of b and c (both signs of winding: the skin is seen from outside,
        // and the depth test keeps the nearest face).
        const wb = ((px - ax) * (cy - ay) - (py - ay) * (cx - ax)) / area;
        const wc = ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / area;
        const wa = 1 - wb - wc;
        if (wa < 0 || wb < 0 || wc < 0) continue;
        // Perspective-correct depth: interpolate 1/z in screen space.
        const z = 1 / (wa / depth[a]! + wb / depth[b]! + wc / depth[c]!);
        const i = y * sw + x;
        if (z >= nearest[i]!) continue;
        nearest[i] = z;
        triangleAt[i] = t;
        weightB[i] = wb;
        weightC[i] = wc;
      }
    }
  }

  const normals = areaWeightedNormals(positions, indices);
  const albedo = linearColour(skinColour);
  const sky = linearColour(lights.hemisphere.sky);
  const ground = linearColour(lights.hemisphere.ground);
  const directions = lights.directional.map((l) => normalise(l.position));
  const colours = lights.directional.map((l) => linearColour(l.colour));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let j = 0; j < SUPERSAMPLE; j++) {
        for (let k = 0; k < SUPERSAMPLE; k++) {
          const i = (y * SUPERSAMPLE + j) * sw + x * SUPERSAMPLE + k;
          const t = triangleAt[i]!;
          if (t < 0) continue;
          const va = indices[t]! * 3, vb = indices[t + 1]! * 3, vc = indices[t + 2]! * 3;
          const wb = weightB[i]!, wc = weightC[i]!, wa = 1 - wb - wc;
          const normal = normalise([
            wa * normals[va]! + wb * normals[vb]! + wc * normals[vc]!,
            wa * normals[va + 1]! + wb * normals[vb + 1]! + wc * normals[vc + 1]!,
            wa * normals[va + 2]! + wb * normals[vb + 2]! + wc * normals[vc + 2]!,
          ]);
          const [lr, lg, lb] = acesFilmic(shade(normal, albedo, lights, sky, ground, directions, colours));
          r += encodeSrgb(lr);
          g += encodeSrgb(lg);
          b += encodeSrgb(lb);
          covered++;
        }
      }
      const o = (y * width + x) * 4;
      if (covered === 0) continue;
      // Encoded samples averaged, as the GPU resolves the canvas's multisampling.
      data[o] = Math.round(r / covered);
      data[o + 1] = Math.round(g / covered);
      data[o + 2] = Math.round(b / covered);
      data[o + 3] = Math.round((covered / (SUPERSAMPLE * SUPERSAMPLE)) * 255);
    }
  }
  return { width, height, data };
}
