/** The skinned MakeHuman body in a calm, matte clinical look, with its referral-zone layer. */
import type { ReactNode } from 'react';
import { useAtlasRuntime } from '../hooks/useAtlasRuntime';
import type { AtlasResources } from './atlasResources';

/** Draws the loaded body and, once it is there, its children (which may then `useBody()`). */
export function BodyModel({ children }: { children?: ReactNode }) {
  const body = useAtlasRuntime().body as AtlasResources | null;
  if (!body) return null;
  return (
    <>
      <primitive object={body.scene} />
      {children}
    </>
  );
}
