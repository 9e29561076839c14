/** The skinned MakeHuman body in a calm, matte clinical look. */
import { useLoader } from '@react-three/fiber';
import { useMemo, type ReactNode } from 'react';
import { MeshStandardMaterial } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { atlasStore } from '../state/store';
import { BodyContext, type BodyData } from './bodyContext';
import { BODY_MODEL_URL, configureGltfLoader, findBodyMesh } from './loadBodyModel';
import { skinMeshFromThree } from './skinMeshFromThree';
import { resolveLandmarks } from '../atlas/landmarks';

/** Shared skin material: a soft, low-gloss neutral skin tone that zones can be painted over. */
export const SKIN_MATERIAL = new MeshStandardMaterial({ color: '#d9b8a3', roughness: 0.78, metalness: 0 });

/** Loads the body (suspends while loading) and provides it to its children. */
export function BodyModel({ children }: { children?: ReactNode }) {
  const gltf = useLoader(GLTFLoader, BODY_MODEL_URL, configureGltfLoader, (event) => {
    if (event.total > 0) atlasStore.getState().setProgress(event.loaded / event.total);
  });
  const body = useMemo<BodyData>(() => {
    const mesh = findBodyMesh(gltf.scene);
    mesh.material = SKIN_MATERIAL;
    mesh.frustumCulled = false;
    const skin = skinMeshFromThree(mesh);
    return { mesh, skin, landmarks: resolveLandmarks(skin) };
  }, [gltf]);
  return (
    <BodyContext.Provider value={body}>
      <primitive object={gltf.scene} />
      {children}
    </BodyContext.Provider>
  );
}
