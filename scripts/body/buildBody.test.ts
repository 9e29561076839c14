import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '@gltf-transform/core';
import { buildBody, type BodyBuildSummary } from './buildBody';
import { readBodyDocument, skinMeshOf, BODY_GLB_PATH, bodyGlbPath } from '../../src/node/loadBody';
import { allBodyChoices, bodyFileName, type BodyChoice, type BodyId } from '../../src/atlas/bodies';
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

describe('every body build', () => {
  const builds = new Map<string, { glb: Uint8Array; summary: BodyBuildSummary }>();
  const built = (choice: BodyChoice) => builds.get(bodyFileName(choice))!;
  const figures = (body: BodyId, build: BodyChoice['build']) => built({ body, build }).summary.measurements;
  /** The asset extras of a GLB, read straight from its JSON chunk. */
  const extrasOf = (glb: Uint8Array) =>
    (JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + new DataView(glb.buffer, glb.byteOffset).getUint32(12, true)))) as {
      asset: { extras: { body: string; targets?: { path: string; weight: number }[] } };
    }).asset.extras;

  beforeAll(async () => {
    for (const choice of allBodyChoices()) builds.set(bodyFileName(choice), await buildBody(choice));
  });

  it.each(allBodyChoices().map((choice) => [bodyFileName(choice), choice] as const))('gives the committed bytes of public/models/%s', (_, choice) => {
    expect(Buffer.from(built(choice).glb).equals(readFileSync(bodyGlbPath(choice)))).toBe(true);
  });

  it('keeps one topology and skeleton for every body', () => {
    for (const { summary } of builds.values()) {
      expect([summary.vertices, summary.triangles, summary.bones]).toEqual([13380, 26756, 67]);
    }
  });

  it('makes the woman 1.60-1.70 m tall in every build, and the man 1.70-1.80 m', () => {
    for (const choice of allBodyChoices()) {
      const [low, high] = choice.body === 'female' ? [1.6, 1.7] : [1.7, 1.8];
      expect(built(choice).summary.stature, bodyFileName(choice)).toBeGreaterThan(low);
      expect(built(choice).summary.stature, bodyFileName(choice)).toBeLessThan(high);
    }
  });

  it.each(['male', 'female'] as BodyId[])('orders the %s builds: slim slimmer, heavy heavier, muscular broader at the shoulders', (body) => {
    const [slim, average, heavy, muscular] = [figures(body, 'slim'), figures(body, 'average'), figures(body, 'heavy'), figures(body, 'muscular')];
    // Centimetres of tape, so a build is visibly itself, not a rounding of the average.
    expect(average.waist.girth - slim.waist.girth).toBeGreaterThan(0.02);
    expect(heavy.waist.girth - average.waist.girth).toBeGreaterThan(0.05);
    expect(heavy.hips.girth - average.hips.girth).toBeGreaterThan(0.03);
    expect(muscular.biacromial).toBeGreaterThan(average.biacromial);
    expect(muscular.waist.girth).toBeLessThan(average.waist.girth + 0.01);
  });

  it('keeps every build an ordinary adult: waist-hip ratio and waist girth within everyday ranges', () => {
    for (const choice of allBodyChoices()) {
      const { waist, hips } = built(choice).summary.measurements;
      const name = bodyFileName(choice);
      // WHO expert consultation (2008): a waist-hip ratio from 0.90 (men) and 0.85 (women) marks
      // abdominal obesity; a build here may near it but not pass it, and no waist is a wasp's.
      expect(waist.girth / hips.girth, name).toBeLessThan(choice.body === 'female' ? 0.85 : 0.9);
      expect(waist.girth / hips.girth, name).toBeGreaterThan(0.65);
      expect(waist.girth, name).toBeGreaterThan(0.6);
    }
  });

  it('names the targets and weights of every body but the default in its extras', () => {
    const extras = extrasOf(built({ body: 'female', build: 'average' }).glb);
    expect(extras.body).toMatch(/young adult woman, average build/);
    expect(extras.targets).toEqual([
      { path: 'data/targets/macrodetails/universal-female-young-averagemuscle-averageweight.target', weight: 1 },
      { path: 'data/targets/macrodetails/african-female-young.target', weight: 1 / 3 },
      { path: 'data/targets/macrodetails/asian-female-young.target', weight: 1 / 3 },
      { path: 'data/targets/macrodetails/caucasian-female-young.target', weight: 1 / 3 },
      { path: 'data/targets/macrodetails/height/female-young-averagemuscle-averageweight-maxheight.target', weight: expect.closeTo(0.08, 9) },
    ]);
    expect(extrasOf(built({ body: 'male', build: 'heavy' }).glb).targets?.map((t) => [t.path.split('/').pop(), +t.weight.toFixed(3)])).toEqual([
      ['universal-male-young-averagemuscle-averageweight.target', 0.3],
      ['universal-male-young-averagemuscle-maxweight.target', 0.7],
      ['african-male-young.target', 0.333],
      ['asian-male-young.target', 0.333],
      ['caucasian-male-young.target', 0.333],
    ]);
  });

  it('puts each body\'s joints where its own shape has them', async () => {
    const headJoint = async (choice: BodyChoice) => {
      const head = (await readBodyDocument(built(choice).glb)).getRoot().listNodes().find((n) => n.getName() === 'head');
      return { height: head!.getWorldTranslation()[1], stature: built(choice).summary.stature };
    };
    const [man, woman] = [await headJoint({ body: 'male', build: 'average' }), await headJoint({ body: 'female', build: 'average' })];
    // The shorter woman's head joint is lower, at about the same fraction of her stature.
    expect(man.height - woman.height).toBeGreaterThan(0.05);
    expect(Math.abs(man.height / man.stature - woman.height / woman.stature)).toBeLessThan(0.02);
  });
});
