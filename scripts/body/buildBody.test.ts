import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '@gltf-transform/core';
import { buildBody } from './buildBody';
import { readBodyDocument, skinMeshOf, BODY_GLB_PATH } from '../../src/node/loadBody';
import type { SkinMesh } from '../../src/atlas/types';

let glb: Uint8Array;
let doc: Document;
let mesh: SkinMesh;

beforeAll(async () => {
  ({ glb } = await buildBody());
  doc = await readBodyDocument(glb);
  mesh = skinMeshOf(doc);
});

describe('the body build', () => {
  it('gives the same bytes as the committed public/models/body.glb', () => {
    expect(Buffer.from(glb).equals(readFileSync(BODY_GLB_PATH))).toBe(true);
  });

  it('gives the same bytes when run twice', async () => {
    const again = await buildBody();
    expect(Buffer.from(again.glb).equals(Buffer.from(glb))).toBe(true);
  });

  it('stays compact', () => {
    expect(glb.byteLength).toBeLessThan(600 * 1024);
  });

  it('keeps the 13,380 skin vertices of the MakeHuman body group as one closed surface', () => {
    expect(mesh.positions.length / 3).toBe(13380);
    const edges = new Map<string, number>();
    for (let t = 0; t < mesh.indices.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = mesh.indices[t + k]!;
        const b = mesh.indices[t + ((k + 1) % 3)]!;
        const key = a < b ? `${a},${b}` : `${b},${a}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    // Closed: every edge is shared by exactly two triangles.
    expect([...edges.values()].filter((n) => n !== 2)).toHaveLength(0);
    // One component: a flood fill from vertex 0 reaches every vertex.
    const neighbours: number[][] = Array.from({ length: 13380 }, () => []);
    for (const key of edges.keys()) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
    const seen = new Uint8Array(13380);
    const stack = [0];
    seen[0] = 1;
    let reached = 1;
    while (stack.length) {
      for (const n of neighbours[stack.pop()!]!) {
        if (!seen[n]) {
          seen[n] = 1;
          reached++;
          stack.push(n);
        }
      }
    }
    expect(reached).toBe(13380);
  });

  it('stands on y = 0 in metres as an adult of 1.70-1.80 m facing +Z', () => {
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 1; i < mesh.positions.length; i += 3) {
      minY = Math.min(minY, mesh.positions[i]!);
      maxY = Math.max(maxY, mesh.positions[i]!);
    }
    expect(minY).toBeCloseTo(0, 3);
    expect(maxY).toBeGreaterThan(1.7);
    expect(maxY).toBeLessThan(1.8);
  });

  it('has normalised skin weights, at most four per vertex', () => {
    const weights = doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!.getAttribute('WEIGHTS_0')!;
    expect(weights.getElementSize()).toBe(4);
    const w: number[] = [];
    for (let v = 0; v < weights.getCount(); v++) {
      weights.getElement(v, w);
      expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-6);
    }
  });

  it('has a readable skeleton of 40-70 bones where every bone but the root has a parent', () => {
    const joints = doc.getRoot().listSkins()[0]!.listJoints();
    expect(joints.length).toBeGreaterThanOrEqual(40);
    expect(joints.length).toBeLessThanOrEqual(70);
    const roots = joints.filter((j) => !joints.some((p) => p.listChildren().includes(j)));
    expect(roots.map((r) => r.getName())).toEqual(['hips']);
    for (const name of ['hips', 'chest', 'neck_lower', 'head', 'jaw', 'clavicle_l', 'upper_arm_r', 'forearm_l', 'hand_r', 'thigh_l', 'shin_r', 'foot_l']) {
      expect(joints.map((j) => j.getName())).toContain(name);
    }
  });

  it('carries a mirror map whose twins mirror each other within a millimetre', () => {
    const p = mesh.positions;
    for (let v = 0; v < mesh.mirror.length; v++) {
      const w = mesh.mirror[v]!;
      expect(mesh.mirror[w]).toBe(v);
      expect(Math.abs(p[v * 3]! + p[w * 3]!)).toBeLessThan(1e-3);
      expect(Math.abs(p[v * 3 + 1]! - p[w * 3 + 1]!)).toBeLessThan(1e-3);
    }
  });
});
