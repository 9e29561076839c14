/**
 * Eases the camera to show the selected muscle's trigger points and zones, on the right side; or,
 * when a shared pain drawing opens with no muscle chosen, to show the painful spots.
 */
import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { atlasStore } from '../state/store';
import { useBody } from './bodyContext';
import { framePattern, frameSpots } from './frameRegion';
import { useSelectedPattern } from '../hooks/useDrawingLookup';
import { selectDrawingLookup } from '../state/lookupSelectors';
import { nearestCorner } from '../atlas/mesh';

/** Re-frames the camera whenever the selected pattern changes. */
export function SelectionFocus() {
  const { mesh, atlas } = useBody();
  const skin = atlas.mesh;
  const pattern = useSelectedPattern();
  const framedDrawing = useRef(false);
  const size = useThree((s) => s.size);
  const aspect = size.width / Math.max(1, size.height);
  // Below 700 px the muscle panel is a bottom sheet over about the lower half of the view.
  const sheet = size.width < 700 ? { visibleHeight: 0.34, visibleCentre: 0.33 } : {};
  useEffect(() => {
    if (pattern) {
      const placement = framePattern(mesh, skin.positions, pattern, { aspect, ...sheet });
      if (placement) atlasStore.getState().focusCamera(placement.position, placement.target);
      return;
    }
    if (framedDrawing.current) return;
    framedDrawing.current = true;
    const state = atlasStore.getState();
    const spots = selectDrawingLookup(state.painPoints, atlas, state.answers, state.askBack).placed;
    if (spots.length === 0 || state.viewRequest > 0) return;
    const framed = spots.map(({ spot, position }) => ({
      vertex: 'surface' in spot ? nearestCorner(skin, spot.surface) : 0,
      position: new Vector3(...position),
      weight: 1,
    }));
    const placement = frameSpots(mesh, framed, { aspect, minRadius: 0.25 });
    if (placement) state.focusCamera(placement.position, placement.target);
    // Aspect changes (rotating a phone) do not re-frame: the user may have moved the camera since.
  }, [mesh, skin, atlas, pattern]);
  return null;
}
