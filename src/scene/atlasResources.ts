/**
 * Loading the body and its baked zones, for the atlas runtime (state/atlasRuntime.ts), which calls
 * it outside the Canvas: the lookup, the muscle lists and the pain drawing work as soon as these
 * arrive, even where WebGL is unavailable (GLTFLoader parses geometry without a renderer).
 */
import type { SkinnedMesh, Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { openAtlas, type OpenAtlas } from '../atlas/openAtlas';
import { BODY_MODEL_URL, ZONES_URL, configureGltfLoader, findBodyMesh } from './loadBodyModel';
import { skinMeshFromThree } from './skinMeshFromThree';
import { addZoneAttributes, createSkinMaterial } from './skinMaterial';
import { nextTask } from '../platform/nextTask';
import { take } from '../platform/prefetch';
import type { LoadedBody } from '../state/atlasRuntime';

/** The loaded body: its three.js scene and skinned mesh, and the opened atlas on it. */
export interface AtlasResources extends LoadedBody {
  readonly scene: Group;
  readonly mesh: SkinnedMesh;
  readonly atlas: OpenAtlas;
}

let pending: Promise<AtlasResources> | null = null;

/** Loads (once) the body and zones; `onProgress` gets the body's loaded fraction. */
export function loadAtlasResources(onProgress?: (fraction: number) => void): Promise<AtlasResources> {
  pending ??= load(onProgress);
  return pending;
}

/** Forgets a failed or finished load, so the next call fetches anew (used by "Try again"). */
export function forgetAtlasResources(): void {
  pending = null;
}

async function load(onProgress?: (fraction: number) => void): Promise<AtlasResources> {
  try {
    // Usually already under way since the entry script ran (platform/prefetch.ts).
    const body = take(BODY_MODEL_URL);
    const zonesDownload = take(ZONES_URL);
    if (onProgress) body.onProgress(onProgress);
    const [glb, zones] = await Promise.all([body.bytes, zonesDownload.bytes]);
    const loader = new GLTFLoader();
    configureGltfLoader(loader);
    const gltf = await loader.parseAsync(glb, '');
    const mesh = findBodyMesh(gltf.scene);
    mesh.material = createSkinMaterial();
    mesh.frustumCulled = false;
    addZoneAttributes(mesh.geometry);
    // Parsing the model and opening the atlas take tens of milliseconds each on a slow CPU.
    await nextTask();
    return { scene: gltf.scene, mesh, atlas: openAtlas(skinMeshFromThree(mesh), new Uint8Array(zones)) };
  } catch (error) {
    pending = null;
    throw error;
  }
}
