/**
 * Loading the body and its baked zones, for the atlas runtime (state/atlasRuntime.ts), which calls
 * it outside the Canvas: the lookup, the muscle lists and the pain drawing work as soon as these
 * arrive, even where WebGL is unavailable (the model is read without a renderer).
 */
import { Box3, Sphere, type SkinnedMesh, type Group } from 'three';
import type { OpenAtlas } from '../atlas/openAtlas';
import { decodeBakedAtlas } from '../atlas/zones';
import { resolveLandmarks } from '../atlas/landmarks';
import { indexAtlasSteps } from '../atlas/lookup/indexAtlas';
import { bodyModelUrl, ZONES_URL } from '../platform/assetUrls';
import { readBodyGlb } from './readBodyGlb';
import { bodyFileName, type BodyChoice } from '../atlas/bodies';
import { skinMeshFromThree } from './skinMeshFromThree';
import { addZoneAttributes, createSkinMaterial } from './skinMaterial';
import { nextTask, runStepsInTasks } from '../platform/nextTask';
import { take } from '../platform/prefetch';
import type { LoadedBody } from '../state/atlasRuntime';

/** The loaded body: its three.js scene and skinned mesh, and the opened atlas on it. */
export interface AtlasResources extends LoadedBody {
  readonly scene: Group;
  readonly mesh: SkinnedMesh;
  readonly atlas: OpenAtlas;
}

// One load per body (a body opened again comes from here), and the zones once for all bodies:
// every body shares the mesh's topology, so the baked zones are the same vertices on each.
const pending = new Map<string, Promise<AtlasResources>>();
let zoneBytes: Promise<ArrayBuffer> | null = null;

/** Loads (once per body) the body and the zones; `onProgress` gets the body's loaded fraction. */
export function loadAtlasResources(choice: BodyChoice, onProgress?: (fraction: number) => void): Promise<AtlasResources> {
  const key = bodyFileName(choice);
  let loading = pending.get(key);
  if (!loading) pending.set(key, (loading = load(choice, onProgress)));
  return loading;
}

/** Forgets failed or finished loads, so the next call fetches anew (used by "Try again"). */
export function forgetAtlasResources(): void {
  pending.clear();
  zoneBytes = null;
}

async function load(choice: BodyChoice, onProgress?: (fraction: number) => void): Promise<AtlasResources> {
  try {
    // Usually already under way since the entry script ran (platform/prefetch.ts).
    const body = take(bodyModelUrl(choice));
    zoneBytes ??= take(ZONES_URL).bytes;
    if (onProgress) body.onProgress(onProgress);
    const [glb, zones] = await Promise.all([body.bytes, zoneBytes]);
    const { scene, mesh } = await readBodyGlb(glb, createSkinMaterial());
    mesh.frustumCulled = false;
    addZoneAttributes(mesh.geometry);
    // Reading the skin out of the model is another pass over every vertex: a task of its own.
    await nextTask();
    const skin = skinMeshFromThree(mesh);
    // Three would otherwise skin every vertex on the CPU in the first frame to find the sphere
    // (it sorts objects by it); the rest pose's sphere is the same, from the positions already read.
    mesh.boundingSphere = new Box3().setFromArray(skin.positions).getBoundingSphere(new Sphere());
    return { choice, scene, mesh, atlas: await openAtlasInSteps(skin, new Uint8Array(zones)) };
  } catch (error) {
    pending.delete(bodyFileName(choice));
    zoneBytes = null;
    throw error;
  }
}

/**
 * The core's `openAtlas`, one step per task: decoding the zones, placing the landmarks and each
 * pass of indexing the zones take tens of milliseconds on a phone, too long for one task.
 */
async function openAtlasInSteps(mesh: OpenAtlas['mesh'], zoneBytes: Uint8Array): Promise<OpenAtlas> {
  await nextTask();
  const baked = decodeBakedAtlas(zoneBytes);
  await nextTask();
  const landmarks = resolveLandmarks(mesh);
  await nextTask();
  return { mesh, landmarks, baked, index: await runStepsInTasks(indexAtlasSteps(baked, mesh)) };
}
