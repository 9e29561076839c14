/** The current drawing's lookup and the selected pattern, for components (computed once per change). */
import type { DrawingLookup } from '../atlas/lookupDrawing';
import type { MusclePattern } from '../atlas/musclePattern';
import { useSyncExternalStore } from 'react';
import { lookupEngineReady, selectDrawingLookup, selectPattern, subscribeLookupEngine } from '../state/lookupSelectors';
import { useOpenAtlas } from './useAtlasRuntime';
import { useAtlasStore } from './useAtlasStore';

/** The lookup of the drawing, or null until the atlas (and, with a spot, the pipeline) has loaded. */
export function useDrawingLookup(): DrawingLookup | null {
  // Renders again once the pipeline, loaded with the first spot, is in.
  useSyncExternalStore(subscribeLookupEngine, lookupEngineReady);
  const atlas = useOpenAtlas();
  const points = useAtlasStore((s) => s.painPoints);
  const answers = useAtlasStore((s) => s.answers);
  const askBack = useAtlasStore((s) => s.askBack);
  return atlas ? selectDrawingLookup(points, atlas, answers, askBack) : null;
}

/** The selected muscle's pattern on the selected side, or null. */
export function useSelectedPattern(): MusclePattern | null {
  const atlas = useOpenAtlas();
  const muscle = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  // Presentation steps through one trigger point at a time.
  const only = useAtlasStore((s) => (s.mode === 'present' ? s.presentTrigger : null));
  return atlas ? selectPattern(muscle, side, atlas, only) : null;
}
