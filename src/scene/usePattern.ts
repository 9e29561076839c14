/** The selected muscle's pattern on the selected side, derived from the store and the atlas. */
import { useMemo } from 'react';
import { musclePattern, type MusclePattern } from '../atlas/musclePattern';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { useBody } from './bodyContext';

/** The pattern to draw, or null when no muscle is selected. */
export function useSelectedPattern(): MusclePattern | null {
  const { atlas } = useBody();
  const muscle = useAtlasStore((s) => s.selectedMuscle);
  const side = useAtlasStore((s) => s.selectedSide);
  return useMemo(() => (muscle ? musclePattern(atlas, muscle, side) : null), [atlas, muscle, side]);
}
