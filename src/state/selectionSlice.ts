/** Which muscle (and which side of it) the user is looking at. */
import type { StateCreator } from 'zustand';
import type { MuscleId, Side } from '../atlas/types';

/** Selection state: ids only; everything else is derived from the core. */
export interface SelectionSlice {
  /** Selected muscle id, or null. */
  selectedMuscle: MuscleId | null;
  /** The side whose trigger points and zones are shown. */
  selectedSide: Side;
  /** Muscle under the pointer (hover highlight), or null. */
  hoveredMuscle: MuscleId | null;
  selectMuscle: (id: MuscleId | null, side?: Side) => void;
  setSide: (side: Side) => void;
  hoverMuscle: (id: MuscleId | null) => void;
}

/** Creates the selection slice. */
export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selectedMuscle: null,
  selectedSide: 'right',
  hoveredMuscle: null,
  selectMuscle: (id, side) => set((s) => ({ selectedMuscle: id, selectedSide: side ?? s.selectedSide })),
  setSide: (side) => set({ selectedSide: side }),
  hoverMuscle: (id) => set({ hoveredMuscle: id }),
});
