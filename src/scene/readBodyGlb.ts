/**
 * Reads the atlas's own body GLB (as scripts/build-body.ts writes it) into a three.js skinned
 * mesh, in place of three's GLTFLoader. The general loader, with the three.js classes only it
 * uses (animation, lights, cameras, textures, lines, points), put about 20 kB of gzipped code in
 * the first view for features the body never has, and parsed slower. This reads exactly what the
 * body is: one indexed triangle mesh named "body" with a skin over a bone tree, its buffers
 * meshopt-compressed (EXT_meshopt_compression) and quantised (KHR_mesh_quantization). A file
 * with anything else is refused with an error naming what it lacks or has.
 *
 * What it gives matches GLTFLoader's result for these files (tests/unit/readBodyGlb.test.ts):
 * attribute names (`position`, `normal`, `skinIndex`, `skinWeight`, custom ones lower-cased),
 * normalised integer attributes kept as they are, the bones as the scene's nodes with their
 * names, and the mesh bound to its skeleton with an identity bind matrix. Two steps GLTFLoader
 * takes are left out as they change nothing here: bounding volumes (three computes them when
 * first needed) and renormalising the skin weights (the build writes them normalised; the test
 * checks the weights are GLTFLoader's).
 */
import { Bone, BufferAttribute, BufferGeometry, Group, Matrix4, Object3D, Skeleton, SkinnedMesh, type Material } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { nextTask } from '../platform/nextTask';

interface GltfJson {
  extensionsRequired?: string[];
  buffers: { byteLength: number }[];
  bufferViews: BufferViewDef[];
  accessors: AccessorDef[];
  meshes: { name?: string; primitives: PrimitiveDef[] }[];
  nodes: NodeDef[];
  skins?: { joints: number[]; inverseBindMatrices?: number }[];
  scenes: { name?: string; nodes: number[] }[];
  scene?: number;
  textures?: unknown[];
  animations?: unknown[];
}
interface BufferViewDef {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: { EXT_meshopt_compression?: { buffer: number; byteOffset?: number; byteLength: number; byteStride: number; count: number; mode: string; filter?: string } };
}
interface AccessorDef {
  bufferView?: number;
  byteOffset?: number;
  componentType: number;
  normalized?: boolean;
  count: number;
  type: keyof typeof ITEM_SIZE;
}
interface PrimitiveDef {
  attributes: Record<string, number>;
  indices?: number;
  mode?: number;
}
interface NodeDef {
  name?: string;
  children?: number[];
  mesh?: number;
  skin?: number;
  translation?: [number, number, number];
  rotation?: [number, number, number, number];
  scale?: [number, number, number];
  matrix?: number[];
}

/** The extensions this reader handles; a file requiring any other is refused. */
const SUPPORTED = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
const ITEM_SIZE = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT4: 16 } as const;
const ARRAYS = {
  5120: Int8Array,
  5121: Uint8Array,
  5122: Int16Array,
  5123: Uint16Array,
  5125: Uint32Array,
  5126: Float32Array,
} as const;
/** glTF attribute names → three.js ones (others are lower-cased, as GLTFLoader does). */
const ATTRIBUTE_NAMES: Record<string, string> = { POSITION: 'position', NORMAL: 'normal', JOINTS_0: 'skinIndex', WEIGHTS_0: 'skinWeight' };
const GLB_MAGIC = 0x46546c67;
const JSON_CHUNK = 0x4e4f534a;
const BIN_CHUNK = 0x004e4942;
const TRIANGLES = 4;

/** The body's scene (its bone tree and the skinned mesh) and the mesh itself. */
export interface BodyGlb {
  readonly scene: Group;
  readonly mesh: SkinnedMesh;
}

function fail(why: string): never {
  throw new Error(`body model: ${why}`);
}

/** The JSON and binary chunks of a GLB container. */
/** Bytes that live in a plain ArrayBuffer (typed arrays can be made over them). */
type Bytes = Uint8Array<ArrayBuffer>;

function splitGlb(glb: ArrayBuffer): { json: GltfJson; bin: Bytes } {
  const view = new DataView(glb);
  if (glb.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC || view.getUint32(4, true) !== 2) fail('not a glTF 2.0 binary (GLB) file');
  let json: GltfJson | null = null;
  let bin: Bytes | null = null;
  for (let at = 12; at + 8 <= glb.byteLength; ) {
    const length = view.getUint32(at, true);
    const type = view.getUint32(at + 4, true);
    const data = new Uint8Array(glb, at + 8, length);
    if (type === JSON_CHUNK) json = JSON.parse(new TextDecoder().decode(data)) as GltfJson;
    else if (type === BIN_CHUNK) bin = data;
    at += 8 + length;
  }
  if (!json || !bin) fail('a GLB without its JSON or binary chunk');
  return { json, bin };
}

/** Every buffer view's bytes, meshopt-decoded where compressed. */
function decodeViews(json: GltfJson, bin: Bytes): Bytes[] {
  // Only the GLB's own binary chunk (buffer 0) holds bytes; a meshopt fallback buffer holds none.
  const source = (buffer: number, offset: number, length: number) => (buffer === 0 ? bin.subarray(offset, offset + length) : fail(`bytes in external buffer ${buffer}`));
  return json.bufferViews.map((view) => {
    const meshopt = view.extensions?.EXT_meshopt_compression;
    if (!meshopt) return source(view.buffer, view.byteOffset ?? 0, view.byteLength);
    const out = new Uint8Array(meshopt.count * meshopt.byteStride);
    const compressed = source(meshopt.buffer, meshopt.byteOffset ?? 0, meshopt.byteLength);
    MeshoptDecoder.decodeGltfBuffer(out, meshopt.count, meshopt.byteStride, compressed, meshopt.mode, meshopt.filter ?? 'NONE');
    return out;
  });
}

/** An accessor's values as a compact typed array (copied out of a strided view when needed). */
function readAccessor(json: GltfJson, views: Bytes[], index: number): { array: InstanceType<(typeof ARRAYS)[keyof typeof ARRAYS]>; itemSize: number; normalized: boolean } {
  const def = json.accessors[index] ?? fail(`no accessor ${index}`);
  const Type = ARRAYS[def.componentType as keyof typeof ARRAYS] ?? fail(`component type ${def.componentType}`);
  const itemSize = ITEM_SIZE[def.type] ?? fail(`accessor type ${def.type}`);
  if (def.bufferView === undefined) fail('an accessor without data (sparse or empty)');
  const bytes = views[def.bufferView]!;
  const element = itemSize * Type.BYTES_PER_ELEMENT;
  const stride = json.bufferViews[def.bufferView]!.byteStride ?? element;
  const start = bytes.byteOffset + (def.byteOffset ?? 0);
  const array = new Type(def.count * itemSize);
  if (stride === element && start % Type.BYTES_PER_ELEMENT === 0) {
    array.set(new Type(bytes.buffer, start, def.count * itemSize));
  } else {
    // Interleaved or padded (quantised vec3s are padded to 4 bytes): element by element.
    const padded = new Type(bytes.buffer.slice(start, start + stride * (def.count - 1) + element));
    const step = stride / Type.BYTES_PER_ELEMENT;
    for (let i = 0; i < def.count; i++) for (let k = 0; k < itemSize; k++) array[i * itemSize + k] = padded[i * step + k]!;
  }
  return { array, itemSize, normalized: def.normalized === true };
}

function placeNode(object: Object3D, def: NodeDef): void {
  object.name = def.name ?? '';
  if (def.matrix) {
    object.applyMatrix4(new Matrix4().fromArray(def.matrix));
    return;
  }
  if (def.translation) object.position.fromArray(def.translation);
  if (def.rotation) object.quaternion.fromArray(def.rotation);
  if (def.scale) object.scale.fromArray(def.scale);
}

/**
 * Reads the body GLB into its scene and skinned mesh, drawn with `material`. Waits for the
 * bundled meshopt decoder (WebAssembly) to be ready.
 */
export async function readBodyGlb(glb: ArrayBuffer, material: Material): Promise<BodyGlb> {
  await MeshoptDecoder.ready;
  const { json, bin } = splitGlb(glb);
  const unsupported = (json.extensionsRequired ?? []).filter((name) => !SUPPORTED.has(name));
  if (unsupported.length > 0) fail(`requires ${unsupported.join(', ')}`);
  if (json.textures?.length || json.animations?.length) fail('has textures or animations, which the atlas never draws');
  const views = decodeViews(json, bin);
  // Decoding and building are each tens of milliseconds on a phone: two tasks, not one.
  await nextTask();

  const bodyNode = json.nodes.findIndex((n) => n.mesh !== undefined && json.meshes[n.mesh]?.name === 'body');
  const nodeDef = json.nodes[bodyNode] ?? fail('no mesh named "body"');
  const primitive = json.meshes[nodeDef.mesh!]!.primitives[0] ?? fail('the body mesh has no primitive');
  if ((primitive.mode ?? TRIANGLES) !== TRIANGLES || primitive.indices === undefined) fail('the body is not an indexed triangle mesh');
  const skinDef = nodeDef.skin === undefined ? undefined : json.skins?.[nodeDef.skin];
  if (!skinDef) fail('the body mesh has no skin');

  const geometry = new BufferGeometry();
  for (const [name, accessor] of Object.entries(primitive.attributes)) {
    const { array, itemSize, normalized } = readAccessor(json, views, accessor);
    geometry.setAttribute(ATTRIBUTE_NAMES[name] ?? name.toLowerCase(), new BufferAttribute(array, itemSize, normalized));
  }
  const index = readAccessor(json, views, primitive.indices);
  geometry.setIndex(new BufferAttribute(index.array, 1));
  if (!geometry.getAttribute('skinIndex') || !geometry.getAttribute('skinWeight')) fail('the body mesh has no skin weights');

  // The scene graph: bones for the skin's joints, the skinned mesh at its own node.
  const joints = new Set(skinDef.joints);
  const mesh = new SkinnedMesh(geometry, material);
  const objects = json.nodes.map((def, i) => {
    const object = i === bodyNode ? mesh : joints.has(i) ? new Bone() : new Object3D();
    placeNode(object, def);
    return object;
  });
  json.nodes.forEach((def, i) => def.children?.forEach((child) => objects[i]!.add(objects[child] ?? fail(`no node ${child}`))));
  const sceneDef = json.scenes[json.scene ?? 0] ?? fail('no scene');
  const scene = new Group();
  scene.name = sceneDef.name ?? '';
  for (const node of sceneDef.nodes) scene.add(objects[node] ?? fail(`no node ${node}`));

  const inverses = skinDef.inverseBindMatrices === undefined ? null : readAccessor(json, views, skinDef.inverseBindMatrices).array;
  const bones = skinDef.joints.map((joint) => objects[joint] as Bone);
  const boneInverses = skinDef.joints.map((_, i) => (inverses ? new Matrix4().fromArray(inverses, i * 16) : new Matrix4()));
  mesh.bind(new Skeleton(bones, boneInverses), new Matrix4());
  return { scene, mesh };
}
