/**
 * Reading the committed body GLB in Node (CLI, build scripts, tests) into the core's `SkinMesh`.
 * The browser reads the same file with the atlas's own reader (src/scene/readBodyGlb.ts), held to
 * three's GLTFLoader by a unit test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NodeIO, type Document, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dequantize } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { applyBindPose, bindPoseMatrix } from '../atlas/mesh';
import { bodyFileName, type BodyChoice } from '../atlas/bodies';
import type { SkinMesh } from '../atlas/types';
import type { Rig } from '../atlas/pose/rig';

/** The committed body model (the default body). */
export const BODY_GLB_PATH = fileURLToPath(new URL('../../public/models/body.glb', import.meta.url));

/** The committed model file of one body (`BODY_GLB_PATH` for the default). */
export function bodyGlbPath(choice: BodyChoice): string {
  return fileURLToPath(new URL(`../../public/models/${bodyFileName(choice)}`, import.meta.url));
}

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
  const positions = applyBindPose(position.getCount(), (v, out) => position.getElement(v, out), bindPoseOf(node));
  return {
    positions,
    indices: Uint32Array.from(indices.getArray() ?? []),
    mirror: Uint32Array.from(mirror.getArray() ?? []),
  };
}

/** The matrix from stored positions to bind-pose model space (see `atlas/mesh/bindPose.ts`). */
function bindPoseOf(node: Node): ArrayLike<number> {
  const skin = node.getSkin();
  const joint = skin?.listJoints()[0];
  const inverseBind = skin?.getInverseBindMatrices();
  if (!joint || !inverseBind) return node.getWorldMatrix();
  const ibm: number[] = [];
  inverseBind.getElement(0, ibm);
  return bindPoseMatrix(joint.getWorldMatrix(), ibm);
}

const cached = new Map<string, Promise<SkinMesh>>();

/** Loads a body's skin mesh (the default body unless a path is given) once per path per process. */
export function loadSkinMesh(path = BODY_GLB_PATH): Promise<SkinMesh> {
  let mesh = cached.get(path);
  if (!mesh) cached.set(path, (mesh = readBodyDocument(readFileSync(path)).then(skinMeshOf)));
  return mesh;
}

/** The skeleton and skin weights of a body document, for posing in the core (atlas/pose/rig.ts). */
export function rigOf(doc: Document): Rig {
  const node = doc.getRoot().listNodes().find((n) => n.getMesh()?.getName() === 'body');
  const primitive = node?.getMesh()?.listPrimitives()[0];
  const skin = node?.getSkin();
  const joints = primitive?.getAttribute('JOINTS_0')?.getArray();
  const weightAccessor = primitive?.getAttribute('WEIGHTS_0');
  if (!skin || !joints || !weightAccessor) throw new Error('body.glb: no skin weights');
  // Stored as normalised bytes; read as the GPU does (0-1).
  const weights = new Float32Array(weightAccessor.getCount() * 4);
  const element: number[] = [];
  for (let v = 0; v < weightAccessor.getCount(); v++) weights.set(weightAccessor.getElement(v, element), v * 4);
  const list = skin.listJoints();
  const bones = list.map((joint) => {
    const parent = joint.getParentNode();
    const m = joint.getWorldMatrix();
    return { name: joint.getName(), parent: parent ? list.indexOf(parent as Node) : -1, head: [m[12], m[13], m[14]] as const };
  });
  return { bones, joints: Uint8Array.from(joints), weights };
}
