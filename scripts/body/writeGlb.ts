/**
 * Writing the body as a compact, deterministic GLB with glTF-Transform: one skinned mesh (skin
 * only), the collapsed skeleton, a `_MIRROR` vertex attribute (each vertex's left-right twin),
 * quantised (KHR_mesh_quantization) and meshopt-compressed (EXT_meshopt_compression). Vertex order
 * is MakeHuman's, never reordered, so vertex ids stay the base mesh's ids.
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { Bone, SkinInfluences } from './skeleton';

/** Everything the GLB holds. */
export interface BodyGeometry {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly triangles: Uint32Array;
  readonly mirror: Uint32Array;
  readonly influences: SkinInfluences;
  readonly bones: readonly Bone[];
  /** World-space head position of each bone (bind pose, metres). */
  readonly jointPositions: readonly (readonly [number, number, number])[];
  /** Free-form facts stored in the asset's extras (generator, source, licence). */
  readonly extras: Record<string, unknown>;
}

/** Options of {@link writeBodyGlb}. */
export interface WriteGlbOptions {
  /** Bits for quantised positions (14 keeps about 0.1 mm over 1.75 m). */
  readonly positionBits: number;
  readonly normalBits: number;
  readonly weightBits: number;
}

/** Defaults of {@link WriteGlbOptions}. */
export const WRITE_GLB_DEFAULTS: WriteGlbOptions = { positionBits: 14, normalBits: 8, weightBits: 8 };

/** Builds, quantises and compresses the body; returns the GLB bytes. */
export async function writeBodyGlb(
  body: BodyGeometry,
  options: WriteGlbOptions = WRITE_GLB_DEFAULTS,
): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'trigger-point-atlas scripts/build-body.ts';
  doc.getRoot().getAsset().extras = body.extras;
  const buffer = doc.createBuffer();
  const accessor = (type: 'SCALAR' | 'VEC3' | 'VEC4' | 'MAT4', array: Float32Array | Uint16Array | Uint32Array | Uint8Array) =>
    // A copy owns a plain ArrayBuffer, as glTF-Transform's accessor types ask (the bytes are the same).
    doc.createAccessor().setType(type).setArray(array.slice()).setBuffer(buffer);

  const joints = body.bones.map((bone, i) => {
    const head = body.jointPositions[i]!;
    const parentHead = bone.parent >= 0 ? body.jointPositions[bone.parent]! : ([0, 0, 0] as const);
    return doc
      .createNode(bone.name)
      .setTranslation([head[0] - parentHead[0], head[1] - parentHead[1], head[2] - parentHead[2]]);
  });
  body.bones.forEach((bone, i) => {
    if (bone.parent >= 0) joints[bone.parent]!.addChild(joints[i]!);
  });
  // Joints carry no rotation, so each inverse bind matrix is a pure translation by -head.
  const inverseBind = new Float32Array(body.bones.length * 16);
  body.jointPositions.forEach((head, i) => {
    inverseBind.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -head[0], -head[1], -head[2], 1], i * 16);
  });
  const skin = doc.createSkin('body-skin').setSkeleton(joints[0]!).setInverseBindMatrices(accessor('MAT4', inverseBind));
  joints.forEach((joint) => skin.addJoint(joint));

  const jointIndices = Uint8Array.from(body.influences.joints);
  if (body.bones.length > 255) throw new Error('joint indices must fit a byte');
  const primitive = doc
    .createPrimitive()
    .setIndices(accessor('SCALAR', body.triangles.length < 65536 ? body.triangles : Uint32Array.from(body.triangles)))
    .setAttribute('POSITION', accessor('VEC3', body.positions))
    .setAttribute('NORMAL', accessor('VEC3', body.normals))
    .setAttribute('JOINTS_0', accessor('VEC4', jointIndices))
    .setAttribute('WEIGHTS_0', accessor('VEC4', body.influences.weights))
    .setAttribute('_MIRROR', accessor('SCALAR', Uint16Array.from(body.mirror)))
    .setMaterial(doc.createMaterial('skin').setBaseColorFactor([0.86, 0.72, 0.63, 1]).setRoughnessFactor(0.85).setMetallicFactor(0));
  const mesh = doc.createMesh('body').addPrimitive(primitive);
  const bodyNode = doc.createNode('body').setMesh(mesh).setSkin(skin);
  doc.createScene('atlas').addChild(joints[0]!).addChild(bodyNode);

  await doc.transform(
    quantize({
      pattern: /^(POSITION|NORMAL|WEIGHTS_0)$/,
      quantizePosition: options.positionBits,
      quantizeNormal: options.normalBits,
      quantizeWeight: options.weightBits,
      normalizeWeights: true,
    }),
  );
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });

  await MeshoptEncoder.ready;
  const io = new NodeIO().registerExtensions([KHRMeshQuantization, EXTMeshoptCompression]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  });
  return io.writeBinary(doc);
}
