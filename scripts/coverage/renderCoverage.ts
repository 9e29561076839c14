/**
 * The coverage picture: the body from the front and from the back, orthographic, each vertex
 * coloured by what covers it (essential zone, spillover only, nothing), lit from the viewer. A small
 * z-buffered rasteriser: the picture is made in Node, byte for byte the same on every run.
 */
import type { CoverLevel } from '../../src/atlas/coverage';
import type { SkinMesh } from '../../src/atlas/types';
import { areaWeightedNormals } from '../../src/atlas/mesh/vertexNormals';

/** Colours of the levels (the app's zone colours: solid red essential, pink spillover), and the rest. */
const COLOURS: Readonly<Record<CoverLevel, readonly [number, number, number]>> = {
  essential: [178, 34, 52],
  spillover: [240, 150, 160],
  none: [200, 200, 200],
};
const BACKGROUND = [255, 255, 255] as const;

/** Renders the front and back views side by side, `height` pixels tall. */
export function renderCoverage(mesh: SkinMesh, levels: readonly CoverLevel[], height: number): { width: number; height: number; rgb: Uint8Array } {
  const p = mesh.positions;
  let minY = Infinity, maxY = -Infinity, maxX = 0;
  for (let i = 0; i < p.length; i += 3) {
    minY = Math.min(minY, p[i + 1]!);
    maxY = Math.max(maxY, p[i + 1]!);
    maxX = Math.max(maxX, Math.abs(p[i]!));
  }
  const margin = 0.03;
  const scale = (height - 1) / (maxY - minY + 2 * margin);
  const viewWidth = Math.ceil((2 * maxX + 2 * margin) * scale);
  const width = viewWidth * 2;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(BACKGROUND, i * 3);
  const depth = new Float32Array(width * height).fill(-Infinity);
  const normals = areaWeightedNormals(p, mesh.indices);
  // Front view: the subject's right on the picture's left (as a clinician facing them sees it);
  // back view: the subject's left on the picture's left (as seen from behind).
  for (const [view, offset] of [['front', 0], ['back', viewWidth]] as const) {
    const toward = view === 'front' ? 1 : -1;
    const sx = (x: number) => offset + (toward * x + maxX + margin) * scale;
    const sy = (y: number) => (maxY + margin - y) * scale;
    const idx = mesh.indices;
    for (let t = 0; t < idx.length; t += 3) {
      const v = [idx[t]!, idx[t + 1]!, idx[t + 2]!];
      const xs = v.map((k) => sx(p[3 * k]!));
      const ys = v.map((k) => sy(p[3 * k + 1]!));
      const zs = v.map((k) => toward * p[3 * k + 2]!);
      const area = (xs[1]! - xs[0]!) * (ys[2]! - ys[0]!) - (xs[2]! - xs[0]!) * (ys[1]! - ys[0]!);
      if (area === 0) continue;
      const x0 = Math.max(offset, Math.floor(Math.min(...xs)));
      const x1 = Math.min(offset + viewWidth - 1, Math.ceil(Math.max(...xs)));
      const y0 = Math.max(0, Math.floor(Math.min(...ys)));
      const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const px = x + 0.5, py = y + 0.5;
          const w0 = ((xs[1]! - px) * (ys[2]! - py) - (xs[2]! - px) * (ys[1]! - py)) / area;
          const w1 = ((xs[2]! - px) * (ys[0]! - py) - (xs[0]! - px) * (ys[2]! - py)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const z = w0 * zs[0]! + w1 * zs[1]! + w2 * zs[2]!;
          const at = y * width + x;
          if (z <= depth[at]!) continue;
          depth[at] = z;
          // The corner with the largest weight sets the colour (crisp zone edges), the blended normal the light.
          const corner = w0 >= w1 && w0 >= w2 ? v[0]! : w1 >= w2 ? v[1]! : v[2]!;
          const nz = toward * (w0 * normals[3 * v[0]! + 2]! + w1 * normals[3 * v[1]! + 2]! + w2 * normals[3 * v[2]! + 2]!);
          const light = 0.45 + 0.55 * Math.max(0, Math.min(1, nz));
          const colour = COLOURS[levels[corner]!];
          for (let c = 0; c < 3; c++) rgb[at * 3 + c] = Math.round(colour[c]! * light);
        }
      }
    }
  }
  return { width, height, rgb };
}
