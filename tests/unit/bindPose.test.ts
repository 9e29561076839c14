/**
 * The body's bind pose is read one way in Node (glTF-Transform, for the CLI and the bake) and
 * another in the browser (three.js): both go through `atlas/mesh/bindPose.ts` and must agree, or
 * a zone baked in Node would land beside its place on the drawn body.
 */
import { readFileSync } from 'node:fs';
import type { SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { describe, expect, it } from 'vitest';
import { findBodyMesh } from '../../src/scene/loadBodyModel';
import { skinMeshFromThree } from '../../src/scene/skinMeshFromThree';
import { BODY_GLB_PATH, loadSkinMesh } from '../../src/node/loadBody';

async function loadWithThree(): Promise<SkinnedMesh> {
  const bytes = readFileSync(BODY_GLB_PATH);
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), '');
  return findBodyMesh(gltf.scene);
}

describe('the bind pose', () => {
  it('reads the same skin in Node and with three.js, to a tenth of a millimetre', async () => {
    const [node, three] = await Promise.all([loadSkinMesh(), loadWithThree().then(skinMeshFromThree)]);
    expect(three.positions.length).toBe(node.positions.length);
    let worst = 0;
    for (let i = 0; i < node.positions.length; i++) worst = Math.max(worst, Math.abs(three.positions[i]! - node.positions[i]!));
    expect(worst).toBeLessThan(1e-4);
    expect(Array.from(three.indices)).toEqual(Array.from(node.indices));
    expect(Array.from(three.mirror)).toEqual(Array.from(node.mirror));
  });
});
