/** The skinned MakeHuman body in a calm, matte clinical look, with its referral-zone layer. */
import { use, useMemo, type ReactNode } from 'react';
import { BodyContext, type BodyData } from './bodyContext';
import { loadAtlasResources } from './atlasResources';

/** Draws the loaded body (suspends until it has loaded) and provides it to its children. */
export function BodyModel({ children }: { children?: ReactNode }) {
  const resources = use(loadAtlasResources());
  const body = useMemo<BodyData>(
    () => ({ mesh: resources.mesh, skin: resources.atlas.mesh, landmarks: resources.atlas.landmarks, atlas: resources.atlas }),
    [resources],
  );
  return (
    <BodyContext.Provider value={body}>
      <primitive object={resources.scene} />
      {children}
    </BodyContext.Provider>
  );
}
