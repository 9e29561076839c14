/** Paints the selected muscle's referral zones on the skin by filling the zone attributes. */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { BufferAttribute } from 'three';
import { useBody } from './bodyContext';
import { ESSENTIAL_ATTRIBUTE, SPILLOVER_ATTRIBUTE } from './skinMaterial';
import { useSelectedPattern } from '../hooks/useDrawingLookup';

/** Writes the pattern into the body's zone attributes (nothing is drawn per frame). */
export function ZoneOverlay() {
  const { mesh } = useBody();
  const pattern = useSelectedPattern();
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const essential = mesh.geometry.getAttribute(ESSENTIAL_ATTRIBUTE) as BufferAttribute;
    const spillover = mesh.geometry.getAttribute(SPILLOVER_ATTRIBUTE) as BufferAttribute;
    if (pattern) {
      (essential.array as Float32Array).set(pattern.essential);
      (spillover.array as Float32Array).set(pattern.spillover);
    } else {
      (essential.array as Float32Array).fill(0);
      (spillover.array as Float32Array).fill(0);
    }
    essential.needsUpdate = true;
    spillover.needsUpdate = true;
    invalidate();
  }, [mesh, pattern, invalidate]);
  return null;
}
