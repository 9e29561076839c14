/** The loaded body, shared with the scene components that draw on it. */
import { createContext, useContext } from 'react';
import type { SkinnedMesh } from 'three';
import type { LandmarkTable } from '../atlas/landmarks';
import type { SkinMesh } from '../atlas/types';
import type { OpenAtlas } from '../atlas/openAtlas';

/** The body as the scene sees it: the three.js mesh, the core's skin mesh, the landmarks and the opened atlas. */
export interface BodyData {
  mesh: SkinnedMesh;
  skin: SkinMesh;
  landmarks: LandmarkTable;
  atlas: OpenAtlas;
}

/** Context holding the loaded body. */
export const BodyContext = createContext<BodyData | null>(null);

/** The loaded body; only for components rendered inside `BodyModel`. */
export function useBody(): BodyData {
  const body = useContext(BodyContext);
  if (!body) throw new Error('useBody must be used inside <BodyModel>');
  return body;
}
