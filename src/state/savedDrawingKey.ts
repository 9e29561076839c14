/**
 * Where a saved drawing lives on this device, and whether there is one: a module of its own, so
 * the pain panel can tell without loading the saving code (which arrives with a drawing).
 */
export const SAVED_DRAWING_KEY = 'trigger-point-atlas.saved-drawing';

/** True when a drawing (readable or not) is stored on this device. */
export function hasSavedDrawing(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SAVED_DRAWING_KEY) !== null;
  } catch {
    return false;
  }
}
