/**
 * The generator on a hand-built body: a sphere of 10 cm radius, mirror-symmetric, with a few
 * landmarks, so depths and thicknesses can be checked exactly against the distance from its centre.
 */
import { describe, expect, it } from 'vitest';
import type { LandmarkId } from '../landmarkNames';
import type { SkinMesh, Vec3 } from '../types';
import { landmarksAt } from '../zones/testAtlas';
import { buildMuscleShape, type ShapeContext } from './buildMuscleShape';
import type { MuscleGeometry } from './lensMesh';
import { loftGrid } from './loftGrid';
import type { ShapeKind, ShapePart } from './shapeRecipe';
import { bellyU, KIND_PROFILES } from './kindProfiles';

const RADIUS = 0.1;

/** A UV sphere facing +Z, with pole vertices, outward-wound, mirror-symmetric, and its x -> -x mirror map. */
function sphere(rings = 40, segments = 64): SkinMesh {
  const positions: number[] = [0, RADIUS, 0];
  for (let i = 1; i < rings; i++) {
    const theta = (Math.PI * i) / rings;
    for (let j = 0; j < segments; j++) {
      const phi = (2 * Math.PI * j) / segments;
      positions.push(RADIUS * Math.sin(theta) * Math.sin(phi), RADIUS * Math.cos(theta), RADIUS * Math.sin(theta) * Math.cos(phi));
    }
  }
  positions.push(0, -RADIUS, 0);
  const bottom = positions.length / 3 - 1;
  const at = (i: number, j: number) => 1 + (i - 1) * segments + (((j % segments) + segments) % segments);
  const triangles: [number, number, number][] = [];
  for (let j = 0; j < segments; j++) {
    triangles.push([0, at(1, j), at(1, j + 1)], [bottom, at(rings - 1, j), at(rings - 1, j + 1)]);
    for (let i = 1; i + 1 < rings; i++) {
      // Diagonals lean one way on the +x half and the other on the -x half: a mirror-exact mesh.
      if (j < segments / 2) triangles.push([at(i, j), at(i + 1, j), at(i + 1, j + 1)], [at(i, j), at(i + 1, j + 1), at(i, j + 1)]);
      else triangles.push([at(i, j), at(i + 1, j), at(i, j + 1)], [at(i, j + 1), at(i + 1, j), at(i + 1, j + 1)]);
    }
  }
  const p = (v: number): Vec3 => [positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!];
  const indices = triangles.flatMap(([a, b, c]) => {
    const [pa, pb, pc] = [p(a), p(b), p(c)];
    const n = cross(sub(pb, pa), sub(pc, pa));
    return dot(n, pa) + dot(n, pb) + dot(n, pc) >= 0 ? [a, b, c] : [a, c, b];
  });
  const mirror = new Uint32Array(positions.length / 3);
  mirror[0] = 0;
  mirror[bottom] = bottom;
  for (let i = 1; i < rings; i++) for (let j = 0; j < segments; j++) mirror[at(i, j)] = at(i, segments - j);
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices), mirror };
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/** The sphere vertex nearest a direction. */
function vertexToward(mesh: SkinMesh, dir: Vec3): number {
  let best = 0;
  let bestDot = -Infinity;
  for (let v = 0; v < mesh.positions.length / 3; v++) {
    const d = mesh.positions[3 * v]! * dir[0] + mesh.positions[3 * v + 1]! * dir[1] + mesh.positions[3 * v + 2]! * dir[2];
    if (d > bestDot) {
      bestDot = d;
      best = v;
    }
  }
  return best;
}

const mesh = sphere();
// Right-side landmarks on the -x half, left ones their mirror twins, one midline landmark.
const right: Partial<Record<LandmarkId, number>> = {
  temple_r: vertexToward(mesh, [-0.6, 0.5, 0.6]),
  gonion_r: vertexToward(mesh, [-0.6, -0.5, 0.6]),
  mastoid_r: vertexToward(mesh, [-0.8, 0, -0.2]),
  zygion_r: vertexToward(mesh, [-0.3, 0, 0.95]),
};
const all: Partial<Record<LandmarkId, number>> = { ...right, vertex: 0 };
for (const [id, v] of Object.entries(right)) all[id.replace(/_r$/, '_l') as LandmarkId] = mesh.mirror[v]!;
const weights = new Float32Array((mesh.positions.length / 3) * 4);
const joints = new Uint16Array(weights.length);
for (let v = 0; v < weights.length / 4; v++) {
  // Bone 0 above the equator, bone 1 below, so influences can be checked.
  joints[4 * v] = mesh.positions[3 * v + 1]! >= 0 ? 0 : 1;
  weights[4 * v] = 1;
}
const ctx: ShapeContext = { mesh, landmarks: landmarksAt(mesh, all), influences: { joints, weights } };

function part(kind: ShapeKind, path: 'skin' | 'straight', depth = 0.01, thickness = 0.012): ShapePart {
  return {
    name: `${kind} ${path}`, kind, depth, thickness, path,
    sections: [
      { across: ['temple'], width: 0.03 },
      { across: [{ landmark: 'temple', toward: 'gonion', t: 0.5 }], width: 0.04 },
      { across: ['gonion', { landmark: 'gonion', toward: 'zygion', t: 0.5 }] },
    ],
  };
}

function radii(g: MuscleGeometry): number[] {
  const out: number[] = [];
  for (let i = 0; i < g.positions.length; i += 3) out.push(Math.hypot(g.positions[i]!, g.positions[i + 1]!, g.positions[i + 2]!));
  return out;
}

function signedVolume(g: MuscleGeometry): number {
  let volume = 0;
  const p = (v: number): Vec3 => [g.positions[3 * v]!, g.positions[3 * v + 1]!, g.positions[3 * v + 2]!];
  for (let t = 0; t < g.indices.length; t += 3) volume += dot(p(g.indices[t]!), cross(p(g.indices[t + 1]!), p(g.indices[t + 2]!))) / 6;
  return volume;
}

const CASES = (['strap', 'spindle', 'fan', 'sheet'] as const).flatMap((kind) => (['skin', 'straight'] as const).map((path) => [kind, path] as const));

describe('lofting a part on a sphere', () => {
  it.each(CASES)('makes a closed, outward-wound %s body (%s path)', (kind, path) => {
    const g = buildMuscleShape({ note: 'test', parts: [part(kind, path)] }, 'right', ctx);
    expect(signedVolume(g)).toBeGreaterThan(0);
    const edges = new Map<string, number>();
    for (let t = 0; t < g.indices.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = g.indices[t + k]!, b = g.indices[t + ((k + 1) % 3)]!;
        const key = `${Math.min(a, b)}:${Math.max(a, b)}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect([...edges.values()].every((n) => n === 2)).toBe(true);
  });

  it.each(CASES)('hangs a %s part (%s path) its depth below the skin, no thicker than asked', (kind, path) => {
    const depth = 0.01;
    const thickness = 0.012;
    const r = radii(buildMuscleShape({ note: 'test', parts: [part(kind, path, depth, thickness)] }, 'right', ctx));
    // The sphere is faceted (its faces dip up to 0.1 mm inside the radius); straight chords
    // between sections cut deeper than the curved skin above them.
    const facet = 3e-4;
    const sag = path === 'straight' ? 0.01 : facet;
    expect(Math.max(...r)).toBeLessThanOrEqual(RADIUS - depth + facet);
    expect(Math.min(...r)).toBeGreaterThan(RADIUS - depth - thickness - sag);
  });

  it('widens a single anchor to the width asked, across the fibres', () => {
    const grid = loftGrid(part('strap', 'skin'), 'right', ctx);
    const first = grid.points[0]!.position;
    const last = grid.points[grid.columns - 1]!.position;
    expect(Math.hypot(first[0] - last[0], first[1] - last[1], first[2] - last[2])).toBeCloseTo(0.03, 2);
  });

  it('builds the left side as the mirror image of the right', () => {
    for (const [kind, path] of CASES) {
      const r = buildMuscleShape({ note: 'test', parts: [part(kind, path)] }, 'right', ctx).positions;
      const l = buildMuscleShape({ note: 'test', parts: [part(kind, path)] }, 'left', ctx).positions;
      expect(l.length).toBe(r.length);
      for (let i = 0; i < r.length; i += 3) {
        expect(Math.hypot(l[i]! + r[i]!, l[i + 1]! - r[i + 1]!, l[i + 2]! - r[i + 2]!)).toBeLessThan(1e-5);
      }
    }
  });

  it('copies the bones of the skin above each point', () => {
    const g = buildMuscleShape({ note: 'test', parts: [part('strap', 'skin')] }, 'right', ctx);
    for (let v = 0; v < g.positions.length / 3; v++) {
      const y = g.positions[3 * v + 1]!;
      if (Math.abs(y) < 0.01) continue;
      expect(g.joints[4 * v]).toBe(y > 0 ? 0 : 1);
      expect(g.weights[4 * v]).toBeCloseTo(1, 5);
    }
  });

  it('refuses a part with a single section', () => {
    expect(() => loftGrid({ ...part('strap', 'skin'), sections: [{ across: ['temple'] }] }, 'right', ctx)).toThrow(/two or more sections/);
  });

  it('places a point between two anchors on the skin, the fraction asked of the way', () => {
    const g = loftGrid({
      name: 'between', kind: 'sheet', depth: 0.01, thickness: 0.01,
      sections: [
        { across: ['temple', { between: ['temple', 'gonion'], t: 0.5 }, 'gonion'] },
        { across: ['zygion', 'mastoid'] },
      ],
    }, 'right', ctx);
    for (const p of g.points) expect(Math.hypot(...p.position)).toBeCloseTo(RADIUS, 3);
  });
});

/** Per row of a built part: its width across (first to last top vertex) and its greatest thickness. */
function rowsOf(g: MuscleGeometry, rows: number): { width: number; thickness: number }[] {
  const ring = g.positions.length / 3 / rows;
  const columns = ring / 2 + 1;
  const p = (i: number): Vec3 => [g.positions[3 * i]!, g.positions[3 * i + 1]!, g.positions[3 * i + 2]!];
  const out: { width: number; thickness: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const first = p(r * ring), last = p(r * ring + columns - 1);
    let thickness = 0;
    for (let c = 1; c < columns - 1; c++) {
      const top = p(r * ring + c), bottom = p(r * ring + ring - c);
      thickness = Math.max(thickness, Math.hypot(top[0] - bottom[0], top[1] - bottom[1], top[2] - bottom[2]));
    }
    out.push({ width: Math.hypot(first[0] - last[0], first[1] - last[1], first[2] - last[2]), thickness });
  }
  return out;
}

describe('the kinds', () => {
  const long: ShapePart = {
    name: 'belly', kind: 'spindle', depth: 0.008, thickness: 0.02,
    sections: [
      { across: ['temple'], width: 0.03 },
      { across: [{ landmark: 'temple', toward: 'gonion', t: 0.5 }], width: 0.03 },
      { across: ['gonion'], width: 0.03 },
    ],
  };

  it('makes a spindle thickest and widest mid-belly, thin and narrow at both tendons', () => {
    const grid = loftGrid(long, 'right', ctx);
    const rows = rowsOf(buildMuscleShape({ note: 'test', parts: [long] }, 'right', ctx), grid.rows);
    const mid = rows[Math.floor(rows.length / 2)]!;
    for (const end of [rows[0]!, rows[rows.length - 1]!]) {
      expect(end.thickness).toBeLessThan(0.3 * mid.thickness);
      expect(end.width).toBeLessThan(0.45 * mid.width);
    }
    expect(mid.thickness).toBeGreaterThan(0.017);
    // Measured between the edges, which lie inside the curved skin: less than the 3 cm asked.
    expect(mid.width).toBeGreaterThan(0.022);
  });

  it('moves a spindle belly where the part asks', () => {
    const grid = loftGrid({ ...long, belly: 0.3 }, 'right', ctx);
    const rows = rowsOf(buildMuscleShape({ note: 'test', parts: [{ ...long, belly: 0.3 }] }, 'right', ctx), grid.rows);
    const thickest = rows.reduce((best, row, r) => (row.thickness > rows[best]!.thickness ? r : best), 0);
    expect(thickest / (rows.length - 1)).toBeGreaterThan(0.2);
    expect(thickest / (rows.length - 1)).toBeLessThan(0.4);
    expect(bellyU({ belly: 0.3 }, 0.3)).toBeCloseTo(0.5, 6);
    expect(bellyU({}, 0.3)).toBe(0.3);
  });

  it('keeps a sheet thin and even: most of it within a few millimetres of its greatest thickness', () => {
    const sheet: ShapePart = { ...long, kind: 'sheet', thickness: 0.006 };
    const grid = loftGrid(sheet, 'right', ctx);
    const rows = rowsOf(buildMuscleShape({ note: 'test', parts: [sheet] }, 'right', ctx), grid.rows);
    const even = rows.filter((row) => row.thickness > 0.8 * 0.006).length;
    expect(even / rows.length).toBeGreaterThan(0.6);
    expect(Math.max(...rows.map((row) => row.thickness))).toBeLessThanOrEqual(0.006 + 1e-4);
    // Every kind's profile stays within 0..1 of the part's thickness.
    for (const kind of Object.values(KIND_PROFILES)) for (let u = 0; u <= 1; u += 0.05) expect(kind.along(u)).toBeLessThanOrEqual(1);
  });

  it('gives a broad sheet more columns than a strap, within the triangle budget', () => {
    const broad: ShapePart = {
      name: 'broad', kind: 'sheet', depth: 0.004, thickness: 0.006,
      sections: [{ across: ['temple', 'vertex', 'temple@opposite'] }, { across: ['mastoid', 'mastoid@opposite'] }],
    };
    const sheet = loftGrid(broad, 'right', ctx);
    const strap = loftGrid({ ...broad, kind: 'strap' }, 'right', ctx);
    expect(sheet.columns).toBeGreaterThan(strap.columns);
    const small = loftGrid(broad, 'right', ctx, { triangleBudget: 400 });
    expect(2 * (2 * small.columns - 2) * (small.rows - 1) + 4 * (small.columns - 1) - 4).toBeLessThanOrEqual(400);
  });
});
