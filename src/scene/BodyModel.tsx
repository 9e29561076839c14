/** The skinned MakeHuman body in a calm, matte clinical look, with its referral-zone layer. */
import { useLoader } from '@react-three/fiber';
import { useEffect, useMemo, type ReactNode } from 'react';
import { FileLoader } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { openAtlas } from '../atlas/openAtlas';
import { setOpenAtlas } from '../state/atlasRuntime';
import { atlasStore } from '../state/store';
import { BodyContext, type BodyData } from './bodyContext';
import { BODY_MODEL_URL, ZONES_URL, configureGltfLoader, configureZonesLoader, findBodyMesh } from './loadBodyModel';
import { skinMeshFromThree } from './skinMeshFromThree';
import { createSkinMaterial, addZoneAttributes } from './skinMaterial';

/** Loads the body and its zones (suspends while loading) and provides them to its children. */
export function BodyModel({ children }: { children?: ReactNode }) {
  const gltf = useLoader(GLTFLoader, BODY_MODEL_URL, configureGltfLoader, (event) => {
    if (event.total > 0) atlasStore.getState().setProgress(event.loaded / event.total);
  });
  const zoneBytes = useLoader(FileLoader, ZONES_URL, configureZonesLoader) as unknown as ArrayBuffer;
  const body = useMemo<BodyData>(() => {
    const mesh = findBodyMesh(gltf.scene);
    mesh.material = createSkinMaterial();
    mesh.frustumCulled = false;
    addZoneAttributes(mesh.geometry);
    const skin = skinMeshFromThree(mesh);
    const atlas = openAtlas(skin, new Uint8Array(zoneBytes));
    return { mesh, skin, landmarks: atlas.landmarks, atlas };
  }, [gltf, zoneBytes]);
  useEffect(() => {
    setOpenAtlas(body.atlas);
    return () => setOpenAtlas(null);
  }, [body]);
  return (
    <BodyContext.Provider value={body}>
      <primitive object={gltf.scene} />
      {children}
    </BodyContext.Provider>
  );
}
