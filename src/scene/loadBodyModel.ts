/**
 * Three's GLTFLoader set up for the body GLB (the bundled meshopt decoder, never a CDN), for the
 * tests that hold the app's own reader (readBodyGlb.ts) and the bind pose to what it reads. The
 * app itself reads the body with readBodyGlb, which keeps GLTFLoader out of the bundle.
 */
import type { Group, SkinnedMesh } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

export { BODY_MODEL_URL, ZONES_URL } from '../platform/assetUrls';

/** Configures a GLTFLoader for our assets: meshopt from the bundle, never from a CDN. */
export function configureGltfLoader(loader: GLTFLoader): void {
  loader.setMeshoptDecoder(MeshoptDecoder);
}

/** The skinned body mesh inside a loaded glTF scene. */
export function findBodyMesh(scene: Group): SkinnedMesh {
  let body: SkinnedMesh | undefined;
  scene.traverse((object) => {
    if ((object as SkinnedMesh).isSkinnedMesh && object.name === 'body') body = object as SkinnedMesh;
  });
  if (!body) throw new Error('The body model has no skinned mesh named "body".');
  return body;
}
