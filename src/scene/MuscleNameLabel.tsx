/**
 * The name of the muscle under the pointer in x-ray, or of the one focused or hovered in a list,
 * written on the body: where the pointer met it, or at its first trigger point (the list's case,
 * with or without x-ray), so a student moving through the list sees where each muscle lies.
 */
import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { findMuscleEntry } from '../state/muscleCatalogue';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';
import { Vector3 } from 'three';

/** The label, or nothing while no muscle is hovered. */
export function MuscleNameLabel() {
  const { atlas } = useBody();
  const id = useAtlasStore((s) => s.hoveredMuscle);
  const hoveredSide = useAtlasStore((s) => s.hoveredSide);
  const point = useAtlasStore((s) => s.hoverPoint);
  const selectedSide = useAtlasStore((s) => s.selectedSide);
  const surface = useSurfaceFrame();
  const side = hoveredSide ?? selectedSide;
  const place = useMemo((): Vector3 | null => {
    if (id === null) return null;
    // The pointer's point is already on the drawn (posed) muscle.
    if (point) return new Vector3(...point);
    const first = atlas.baked.muscles.find((m) => m.id === id)?.triggerPoints[0]?.location[side];
    return first ? surface.point(first.vertex, first.position) : null;
  }, [atlas, id, side, point, surface]);
  const name = id === null ? undefined : findMuscleEntry(id)?.name;
  if (!place || !name || surface.moving) return null;
  return (
    <Html position={place} zIndexRange={[1, 0]} style={{ pointerEvents: 'none' }}>
      <span className="muscle-name-label" data-testid="muscle-name-label" data-muscle={id} aria-hidden="true">
        {name}
        {hoveredSide && <span className="muscle-name-side"> ({hoveredSide === 'left' ? 'left' : 'right'})</span>}
      </span>
    </Html>
  );
}
