/**
 * Eases the camera to show the selected muscle's trigger points and zones, on the right side; or
 * to show the painful spots: when a shared drawing opens with no muscle chosen, when the muscle's
 * panel closes over a drawing, and when the "focus" button asks.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';
import { useSurfaceFrame } from './posedSurface';
import { framePattern, frameSpots, type FramedSpot } from './frameRegion';
import { useSelectedPattern } from '../hooks/useDrawingLookup';
import { lookupEngineReady, selectDrawingLookup, subscribeLookupEngine } from '../state/lookupSelectors';
import { nearestCorner } from '../atlas/mesh';

/** Re-frames the camera whenever the selected pattern changes. */
export function SelectionFocus() {
  const { mesh, atlas } = useBody();
  const skin = atlas.mesh;
  const pattern = useSelectedPattern();
  const frameRequest = useAtlasStore((s) => s.frameDrawingRequest);
  // A reached pose is framed on the posed skin; the move itself is watched from where it started.
  const surface = useSurfaceFrame();
  // A shared drawing is framed once the lookup pipeline (loaded with the first spot) has placed it.
  const lookupReady = useSyncExternalStore(subscribeLookupEngine, lookupEngineReady);
  const framedDrawing = useRef(false);
  const hadPattern = useRef(false);
  const lastRequest = useRef(0);
  const size = useThree((s) => s.size);
  // The canvas sits above any bottom sheet (phones), so the whole canvas is visible.
  const aspect = size.width / Math.max(1, size.height);
  useEffect(() => {
    if (surface.moving) return;
    if (surface.skin) {
      // A pose is about the whole posture: frame the whole body, from the front (and from above
      // when it lies down), so the patient sees what the text asks of them.
      const posed = surface.skin.positions;
      const spots: FramedSpot[] = [];
      for (let v = 0; v < posed.length / 3; v += 23) spots.push({ vertex: v, position: new Vector3().fromArray(posed, v * 3), weight: 1 });
      const state = atlasStore.getState();
      const view = new Vector3(0, surface.skin.lying ? 0.9 : 0.15, 1).normalize();
      const placement = frameSpots(mesh, spots, { aspect, minRadius: 0.3 }, () => view);
      if (placement) state.focusCamera(placement.position, placement.target);
      return;
    }
    if (pattern) {
      hadPattern.current = true;
      const placement = framePattern(mesh, skin.positions, pattern, { aspect });
      if (placement) atlasStore.getState().focusCamera(placement.position, placement.target);
      return;
    }
    const state = atlasStore.getState();
    const lookup = selectDrawingLookup(state.painPoints, atlas, state.answers, state.askBack);
    if (!lookup) return;
    // At the start, a preset the link asked for wins over framing the drawing.
    const first = !framedDrawing.current;
    const closed = hadPattern.current;
    hadPattern.current = false;
    framedDrawing.current = true;
    if (first && state.viewRequest > 0) return;
    if (!first && !closed && frameRequest === lastRequest.current) return;
    lastRequest.current = frameRequest;
    const spots = lookup.placed;
    if (spots.length === 0) return;
    const framed = spots.map(({ spot, position }) => ({
      // A painted area faces where its first brush vertex faces (vertex 0 would always face front).
      vertex: 'surface' in spot ? nearestCorner(skin, spot.surface) : ([...spot.area][0]?.[0] ?? 0),
      position: new Vector3(...position),
      weight: 1,
    }));
    const placement = frameSpots(mesh, framed, { aspect, minRadius: 0.25 });
    if (placement) state.focusCamera(placement.position, placement.target);
    // Aspect changes (rotating a phone) do not re-frame: the user may have moved the camera since.
  }, [mesh, skin, atlas, pattern, frameRequest, lookupReady, surface]);
  return null;
}
