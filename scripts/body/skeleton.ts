/**
 * Collapsing MakeHuman's 163-bone default rig to the readable skeleton the atlas ships, and moving
 * the skin weights of every dropped bone onto its nearest kept ancestor.
 */
import type { RigBone } from './makehuman';

/** MakeHuman bone name -> the name the atlas ships. Bones not listed are dropped. */
export const KEPT_BONES: ReadonlyMap<string, string> = new Map([
  ['root', 'hips'],
  ['spine05', 'spine_lumbar_lower'],
  ['spine04', 'spine_lumbar_upper'],
  ['spine03', 'spine_thoracic_lower'],
  ['spine02', 'chest'],
  ['spine01', 'chest_upper'],
  ['neck01', 'neck_lower'],
  ['neck02', 'neck_middle'],
  ['neck03', 'neck_upper'],
  ['head', 'head'],
  ['jaw', 'jaw'],
  ...(['L', 'R'] as const).flatMap((s) => {
    const side = s.toLowerCase();
    const digits = ['thumb', 'index', 'middle', 'ring', 'little'];
    return [
      [`clavicle.${s}`, `clavicle_${side}`],
      [`shoulder01.${s}`, `shoulder_${side}`],
      [`upperarm01.${s}`, `upper_arm_${side}`],
      [`upperarm02.${s}`, `upper_arm_twist_${side}`],
      [`lowerarm01.${s}`, `forearm_${side}`],
      [`lowerarm02.${s}`, `forearm_twist_${side}`],
      [`wrist.${s}`, `hand_${side}`],
      ...digits.flatMap((digit, d) =>
        [1, 2, 3].map((k) => [`finger${d + 1}-${k}.${s}`, `${digit}_${k}_${side}`] as const),
      ),
      [`pelvis.${s}`, `pelvis_${side}`],
      [`upperleg01.${s}`, `thigh_${side}`],
      [`upperleg02.${s}`, `thigh_twist_${side}`],
      [`lowerleg01.${s}`, `shin_${side}`],
      [`lowerleg02.${s}`, `shin_twist_${side}`],
      [`foot.${s}`, `foot_${side}`],
    ] as [string, string][];
  }),
]);

/** A bone of the shipped skeleton. */
export interface Bone {
  /** Shipped name. */
  readonly name: string;
  /** MakeHuman name, for joint positions. */
  readonly source: string;
  /** Index of the parent in the same list, or -1 for the root. */
  readonly parent: number;
}

/** The kept bones in parent-before-child order, and a map from every rig bone to its kept bone. */
export interface CollapsedSkeleton {
  readonly bones: readonly Bone[];
  /** Every MakeHuman bone name -> index into `bones` of the bone that takes its weights. */
  readonly keptFor: ReadonlyMap<string, number>;
}

/** Collapses `rig` to the bones of `kept` (MakeHuman name -> shipped name). */
export function collapseSkeleton(
  rig: readonly RigBone[],
  kept: ReadonlyMap<string, string> = KEPT_BONES,
): CollapsedSkeleton {
  const byName = new Map(rig.map((b) => [b.name, b]));
  const children = new Map<string, string[]>();
  let root: string | undefined;
  for (const bone of rig) {
    if (bone.parent === null) root = bone.name;
    else children.set(bone.parent, [...(children.get(bone.parent) ?? []), bone.name]);
  }
  if (root === undefined || !kept.has(root)) throw new Error('the rig root must be kept');
  for (const name of kept.keys()) if (!byName.has(name)) throw new Error(`no rig bone ${name}`);

  const bones: Bone[] = [];
  const keptFor = new Map<string, number>();
  // Depth-first from the root, children in name order, so the output is stable.
  const visit = (name: string, keptAncestor: number): void => {
    let owner = keptAncestor;
    const shipped = kept.get(name);
    if (shipped !== undefined) {
      bones.push({ name: shipped, source: name, parent: keptAncestor });
      owner = bones.length - 1;
    }
    keptFor.set(name, owner);
    for (const child of [...(children.get(name) ?? [])].sort()) visit(child, owner);
  };
  visit(root, -1);
  return { bones, keptFor };
}

/** Skin influences: four joints and four weights per vertex. */
export interface SkinInfluences {
  readonly joints: Uint16Array;
  readonly weights: Float32Array;
}

/**
 * Re-targets MakeHuman skin influences (pointing at `NAME____head` entries of the model's bone
 * table) onto the collapsed skeleton: weights of dropped bones are summed onto the kept ancestor,
 * the four largest are kept, ties by joint index, and normalised to sum to one.
 */
export function remapInfluences(
  vertexCount: number,
  skinIndices: Uint16Array,
  skinWeights: Float32Array,
  boneNames: readonly string[],
  keptFor: ReadonlyMap<string, number>,
): SkinInfluences {
  const joints = new Uint16Array(vertexCount * 4);
  const weights = new Float32Array(vertexCount * 4);
  for (let v = 0; v < vertexCount; v++) {
    const sums = new Map<number, number>();
    for (let k = 0; k < 4; k++) {
      const w = skinWeights[v * 4 + k] ?? 0;
      if (w <= 0) continue;
      const entry = boneNames[skinIndices[v * 4 + k] ?? -1] ?? '';
      const owner = keptFor.get(entry.replace(/____head$/, ''));
      if (owner === undefined) throw new Error(`vertex ${v}: unknown bone entry ${entry}`);
      sums.set(owner, (sums.get(owner) ?? 0) + w);
    }
    const top = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 4);
    const total = top.reduce((s, [, w]) => s + w, 0);
    if (total <= 0) throw new Error(`vertex ${v} has no skin weight`);
    top.forEach(([joint, w], k) => {
      joints[v * 4 + k] = joint;
      weights[v * 4 + k] = w / total;
    });
  }
  return { joints, weights };
}
