/** The skinned MakeHuman body in a calm, matte clinical look, with its referral-zone layer. */
import { useThree } from '@react-three/fiber';
import { useEffect, useState, type ReactNode } from 'react';
import type { MeshStandardMaterial } from 'three';
import { useAtlasRuntime } from '../hooks/useAtlasRuntime';
import { useAtlasStore } from '../hooks/useAtlasStore';
import type { AtlasResources } from './atlasResources';
import { applySkinTone } from './skinMaterial';
import { compileAhead } from './compileAhead';

/**
 * Whether the skin's shaders are compiled: the first body waits for them (see compileAhead), so
 * its first frame does not stall the page. Every body shares the skin's program, so a later body
 * is drawn at once.
 */
function useSkinCompiled(body: AtlasResources | null): boolean {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const [compiled, setCompiled] = useState(false);
  useEffect(() => {
    if (!body || compiled) return;
    let live = true;
    compileAhead(gl, body.scene, camera, scene)
      // A failed compile is reported by the first frame as any render error would be.
      .catch(() => undefined)
      .then(() => live && setCompiled(true));
    return () => {
      live = false;
    };
  }, [body, compiled, gl, camera, scene]);
  return compiled;
}

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
  const compiled = useSkinCompiled(body);
  if (!body || !compiled) return null;
  return (
    <>
      <primitive object={body.scene} />
      {children}
    </>
  );
}
