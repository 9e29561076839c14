/**
 * X-ray: while it is on, the skin turns translucent (and stops writing depth) so the muscles
 * beneath show through; the zone painting stays on it, fainter. Turning it off restores the
 * material exactly as it was.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { Material } from 'three';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';

/** How much of the skin still shows in x-ray: enough to keep the body's outline and the zones. */
export const XRAY_SKIN_OPACITY = 0.3;

/** Applies the x-ray state of the store to the body's skin material. */
export function useXraySkin(): boolean {
  const { mesh } = useBody();
  const xray = useAtlasStore((s) => s.xray);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const materials: Material[] = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
    if (!xray) return;
    const saved = materials.map((m) => ({ transparent: m.transparent, opacity: m.opacity, depthWrite: m.depthWrite }));
    for (const m of materials) {
      m.transparent = true;
      m.opacity = XRAY_SKIN_OPACITY;
      m.depthWrite = false;
      m.needsUpdate = true;
    }
    invalidate();
    return () => {
      materials.forEach((m, i) => {
        Object.assign(m, saved[i]);
        m.needsUpdate = true;
      });
      invalidate();
    };
  }, [mesh, xray, invalidate]);
  return xray;
}
