/** The skinned MakeHuman body in a calm, matte clinical look, with its referral-zone layer. */
import { useThree } from '@react-three/fiber';
import { useEffect, type ReactNode } from 'react';
import type { MeshStandardMaterial } from 'three';
import { useAtlasRuntime } from '../hooks/useAtlasRuntime';
import { useAtlasStore } from '../hooks/useAtlasStore';
import type { AtlasResources } from './atlasResources';
import { applySkinTone } from './skinMaterial';

/** Draws the loaded body and, once it is there, its children (which may then `useBody()`). */
export function BodyModel({ children }: { children?: ReactNode }) {
  const body = useAtlasRuntime().body as AtlasResources | null;
  const tone = useAtlasStore((s) => s.skinTone);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (!body) return;
    applySkinTone(body.mesh.material as MeshStandardMaterial, tone);
    invalidate();
  }, [body, tone, invalidate]);
  if (!body) return null;
  return (
    <>
      <primitive object={body.scene} />
      {children}
    </>
  );
}
