/** Loading the body GLB in the browser: three's GLTFLoader with the bundled meshopt decoder. */
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
