/**
 * Loading the body and its baked zones, for the atlas runtime (state/atlasRuntime.ts), which calls
 * it outside the Canvas: the lookup, the muscle lists and the pain drawing work as soon as these
 * arrive, even where WebGL is unavailable (GLTFLoader parses geometry without a renderer).
 */
import type { SkinnedMesh, Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { openAtlas, type OpenAtlas } from '../atlas/openAtlas';
import { ZONES_URL, configureGltfLoader, findBodyMesh } from './loadBodyModel';
import { bodyModelUrl } from '../platform/assetUrls';
import { bodyFileName, type BodyChoice } from '../atlas/bodies';
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
    const loader = new GLTFLoader();
    configureGltfLoader(loader);
    const gltf = await loader.parseAsync(glb, '');
    const mesh = findBodyMesh(gltf.scene);
    mesh.material = createSkinMaterial();
    mesh.frustumCulled = false;
    addZoneAttributes(mesh.geometry);
    // Parsing the model and opening the atlas take tens of milliseconds each on a slow CPU.
    await nextTask();
    return { choice, scene: gltf.scene, mesh, atlas: openAtlas(skinMeshFromThree(mesh), new Uint8Array(zones)) };
  } catch (error) {
    pending.delete(bodyFileName(choice));
    zoneBytes = null;
    throw error;
  }
}
