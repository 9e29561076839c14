/**
 * Lists point at the body: a muscle focused or hovered in the finder or the candidate list gets
 * its name written on the body at its trigger point (and its highlight in x-ray).
 */
import type { MuscleId, Side } from '../atlas/types';
import { atlasStore } from '../state/store';

/** Shows where a listed muscle lies (on `side`, or the side shown when none is meant). */
export function pointAtMuscle(id: MuscleId, side: Side | null = null): void {
  atlasStore.getState().hoverMuscle(id, side);
}

/** Ends {@link pointAtMuscle}, unless the pointer has since moved on to a muscle on the body. */
export function stopPointingAtMuscle(id: MuscleId): void {
  const s = atlasStore.getState();
  if (s.hoveredMuscle === id && s.hoverPoint === null) s.hoverMuscle(null);
}
