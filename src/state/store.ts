/**
 * The app's one store, made of slices and created without React so tests and non-React code can
 * use it; `hooks/useAtlasStore` is the thin React hook on top.
 */
import { createStore } from 'zustand/vanilla';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createDrawingSlice, type DrawingSlice } from './drawingSlice';
import { createDisplaySlice, type DisplaySlice } from './displaySlice';
import { createBodySlice, type BodySlice } from './bodySlice';
import { createModeSlice, type ModeSlice } from './modeSlice';

/** The whole app state. */
export type AtlasState = ViewSlice & StatusSlice & SelectionSlice & DrawingSlice & DisplaySlice & BodySlice & ModeSlice;

/** Creates a fresh store (one per app; tests make their own). */
export function createAtlasStore() {
  return createStore<AtlasState>()((...a) => ({
    ...createViewSlice(...a),
    ...createStatusSlice(...a),
    ...createSelectionSlice(...a),
    ...createDrawingSlice(...a),
    ...createDisplaySlice(...a),
    ...createBodySlice(...a),
    ...createModeSlice(...a),
  }));
}

/** The app's store. */
export const atlasStore = createAtlasStore();
