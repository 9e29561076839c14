/** Which muscle (and which side of it) the user is looking at. */
import type { StateCreator } from 'zustand';
import type { MuscleId, Side, Vec3 } from '../atlas/types';

/** Selection state: ids only; everything else is derived from the core. */
export interface SelectionSlice {
  /** Selected muscle id, or null. */
  selectedMuscle: MuscleId | null;
  /** The side whose trigger points and zones are shown. */
  selectedSide: Side;
  /** Muscle under the pointer or focused in a list (hover highlight and name), or null. */
  hoveredMuscle: MuscleId | null;
  /** Its side when one side is meant (the one under the pointer), else null. */
  hoveredSide: Side | null;
  /** Where on the body the pointer met it (world space), for its name label; null from a list. */
  hoverPoint: Vec3 | null;
  selectMuscle: (id: MuscleId | null, side?: Side) => void;
  setSide: (side: Side) => void;
  hoverMuscle: (id: MuscleId | null, side?: Side | null, point?: Vec3 | null) => void;
}

/** Creates the selection slice. */
export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selectedMuscle: null,
  selectedSide: 'right',
  hoveredMuscle: null,
  hoveredSide: null,
  hoverPoint: null,
  // Choosing a muscle ends a list's pointing at one (the choice is shown now, and a touch screen
  // never sends the pointer's leaving).
  selectMuscle: (id, side) =>
    set((s) => ({ selectedMuscle: id, selectedSide: side ?? s.selectedSide, ...(s.hoverPoint === null ? { hoveredMuscle: null, hoveredSide: null } : {}) })),
  setSide: (side) => set({ selectedSide: side }),
  hoverMuscle: (id, side = null, point = null) => set({ hoveredMuscle: id, hoveredSide: id === null ? null : side, hoverPoint: id === null ? null : point }),
});
