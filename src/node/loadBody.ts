/**
 * Reading the committed body GLB in Node (CLI, build scripts, tests) into the core's `SkinMesh`.
 * The browser reads the same file with three's GLTFLoader instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NodeIO, type Document, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dequantize } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import type { SkinMesh } from '../atlas/types';

/** The committed body model. */
export const BODY_GLB_PATH = fileURLToPath(new URL('../../public/models/body.glb', import.meta.url));

/** Parses GLB bytes into a glTF-Transform document, decompressed and dequantised. */
export async function readBodyDocument(bytes: Uint8Array): Promise<Document> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([KHRMeshQuantization, EXTMeshoptCompression])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  await doc.transform(dequantize({ pattern: /^(POSITION|NORMAL)$/ }));
  return doc;
}

/** The skin mesh of a body document, in model space (node transforms applied). */
export function skinMeshOf(doc: Document): SkinMesh {
  const node = doc.getRoot().listNodes().find((n) => n.getMesh()?.getName() === 'body');
  const primitive = node?.getMesh()?.listPrimitives()[0];
  const position = primitive?.getAttribute('POSITION');
  const indices = primitive?.getIndices();
  const mirror = primitive?.getAttribute('_MIRROR');
  if (!node || !position || !indices || !mirror) throw new Error('body.glb: no skinned body mesh');
  const m = bindPoseMatrix(node);
  const e = (i: number) => m[i] ?? 0;
  const positions = new Float32Array(position.getCount() * 3);
  const p: number[] = [0, 0, 0];
  for (let v = 0; v < position.getCount(); v++) {
    position.getElement(v, p);
    const [x, y, z] = p as [number, number, number];
    positions[v * 3] = e(0) * x + e(4) * y + e(8) * z + e(12);
    positions[v * 3 + 1] = e(1) * x + e(5) * y + e(9) * z + e(13);
    positions[v * 3 + 2] = e(2) * x + e(6) * y + e(10) * z + e(14);
  }
  return {
    positions,
    indices: Uint32Array.from(indices.getArray() ?? []),
    mirror: Uint32Array.from(mirror.getArray() ?? []),
  };
}

/**
 * The matrix from stored positions to bind-pose model space. For a skinned mesh, quantisation
 * folds its scale and offset into the inverse bind matrices, so in the bind pose every joint's
 * `world * inverseBind` is that same matrix; read it off the first joint.
 */
function bindPoseMatrix(node: Node): number[] {
  const skin = node.getSkin();
  const joint = skin?.listJoints()[0];
  const inverseBind = skin?.getInverseBindMatrices();
  if (!joint || !inverseBind) return [...node.getWorldMatrix()];
  const ibm: number[] = [];
  inverseBind.getElement(0, ibm);
  const world = joint.getWorldMatrix();
  const out = new Array<number>(16).fill(0);
  for (let col = 0; col < 4; col++)
    for (let row = 0; row < 4; row++)
      for (let k = 0; k < 4; k++) out[col * 4 + row]! += world[k * 4 + row]! * ibm[col * 4 + k]!;
  return out;
}

let cached: Promise<SkinMesh> | undefined;

/** Loads the committed body's skin mesh once per process. */
export function loadSkinMesh(path = BODY_GLB_PATH): Promise<SkinMesh> {
  if (path !== BODY_GLB_PATH) return readBodyDocument(readFileSync(path)).then(skinMeshOf);
  cached ??= readBodyDocument(readFileSync(path)).then(skinMeshOf);
  return cached;
}
