/**
 * The browser reads the body with the atlas's own GLB reader (src/scene/readBodyGlb.ts) instead of
 * three's GLTFLoader: on every committed body it must give what GLTFLoader gives (the same
 * attributes with the same values and types, the same bones in the same places, the same bind
 * matrices), so nothing downstream can tell which one read the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MeshBasicMaterial, type Bone, type SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { describe, expect, it } from 'vitest';
import { findBodyMesh } from '../../src/scene/loadBodyModel';
import { readBodyGlb } from '../../src/scene/readBodyGlb';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
const BODIES = readdirSync(MODELS).filter((f) => /^body.*\.glb$/.test(f)).sort();

function bytesOf(file: string): ArrayBuffer {
  const bytes = readFileSync(MODELS + file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function withGltfLoader(file: string): Promise<SkinnedMesh> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  return findBodyMesh((await loader.parseAsync(bytesOf(file), '')).scene);
}

describe('the body GLB reader', () => {
  it('finds all eight bodies', () => expect(BODIES).toHaveLength(8));

  it.each(BODIES)('reads %s as GLTFLoader does', async (file) => {
    const [expected, read] = await Promise.all([withGltfLoader(file), readBodyGlb(bytesOf(file), new MeshBasicMaterial())]);
    const { mesh, scene } = read;
    expect(mesh.name).toBe('body');
    expect(mesh.parent).toBe(scene);
    const names = Object.keys(expected.geometry.attributes).sort();
    expect(Object.keys(mesh.geometry.attributes).sort()).toEqual(names);
    for (const name of names) {
      const want = expected.geometry.getAttribute(name);
      const got = mesh.geometry.getAttribute(name);
      expect([got.count, got.itemSize, got.normalized], name).toEqual([want.count, want.itemSize, want.normalized]);
      const values = (a: typeof got) => Array.from({ length: a.count * a.itemSize }, (_, i) => a.getComponent(Math.floor(i / a.itemSize), i % a.itemSize));
      expect(values(got), name).toEqual(values(want));
      // Same storage type (a quantised attribute stays quantised on the GPU).
      const typeOf = (a: typeof got) => ('data' in a ? (a.data as { array: ArrayLike<number> }).array : a.array).constructor.name;
      expect(typeOf(got), name).toBe(typeOf(want));
    }
    expect(Array.from(mesh.geometry.getIndex()!.array)).toEqual(Array.from(expected.geometry.getIndex()!.array));

    const bones = mesh.skeleton.bones;
    expect(bones.map((b) => b.name)).toEqual(expected.skeleton.bones.map((b) => b.name));
    const parentName = (b: Bone) => b.parent?.name ?? null;
    expect(bones.map(parentName)).toEqual(expected.skeleton.bones.map(parentName));
    scene.updateMatrixWorld(true);
    expected.parent!.updateMatrixWorld(true);
    bones.forEach((bone, i) => {
      const want = expected.skeleton.bones[i]!;
      bone.matrixWorld.elements.forEach((v, k) => expect(v).toBeCloseTo(want.matrixWorld.elements[k]!, 6));
      mesh.skeleton.boneInverses[i]!.elements.forEach((v, k) => expect(v).toBeCloseTo(expected.skeleton.boneInverses[i]!.elements[k]!, 6));
    });
    mesh.bindMatrix.elements.forEach((v, k) => expect(v).toBeCloseTo(expected.bindMatrix.elements[k]!, 9));
  });

  it('refuses a file that is not a GLB', async () => {
    await expect(readBodyGlb(new ArrayBuffer(64), new MeshBasicMaterial())).rejects.toThrow(/not a glTF 2.0 binary/);
  });
});
