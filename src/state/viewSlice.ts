/** The camera view the user asked for. */
import type { StateCreator } from 'zustand';

/** Named camera presets. */
export const VIEW_PRESETS = ['front', 'back', 'left', 'right'] as const;
/** A named camera preset: from the front, the back, the subject's left or right side. */
export type ViewPreset = (typeof VIEW_PRESETS)[number];

/** True when `value` names a view preset. */
export function isViewPreset(value: string): value is ViewPreset {
  return (VIEW_PRESETS as readonly string[]).includes(value);
}

/** View state: the last preset asked for, and a counter so asking again re-aims the camera. */
export interface ViewSlice {
  view: ViewPreset;
  viewRequest: number;
  setView: (view: ViewPreset) => void;
  /** A camera placement to ease to (e.g. framing a selected muscle's pattern), metres; `instant` jumps there. */
  focus: { position: [number, number, number]; target: [number, number, number]; instant: boolean } | null;
  focusRequest: number;
  focusCamera: (position: [number, number, number], target: [number, number, number], instant?: boolean) => void;
  /** Whether the camera was last placed by a view preset (true) or a focus (false). */
  atPreset: boolean;
  /**
   * The preset the camera looks from now: the nearest within 45 degrees of azimuth, or null
   * when it is farther from all four (the camera has been turned by hand).
   */
  facing: ViewPreset | null;
  setFacing: (facing: ViewPreset | null) => void;
  /** Asks the camera to frame the pain drawing (the "focus" button); counts the requests. */
  frameDrawingRequest: number;
  frameDrawing: () => void;
  /** How often the user has moved the camera by hand (drag, wheel, pinch, keys). */
  handMoves: number;
  noteHandMove: () => void;
}

/** The preset nearest an azimuth (radians, 0 = from the front, +pi/2 = from the subject's left), within 45 degrees. */
export function presetOfAzimuth(azimuth: number): ViewPreset | null {
  const turns = ((azimuth / (Math.PI / 2)) % 4 + 4) % 4;
  const nearest = Math.round(turns) % 4;
  // Exactly between two presets (45 degrees off each) belongs to neither.
  if (Math.abs(turns - Math.round(turns)) >= 0.5 - 1e-9) return null;
  return (['front', 'left', 'back', 'right'] as const)[nearest]!;
}

/** Creates the view slice. */
export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: 'front',
  viewRequest: 0,
  setView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1, atPreset: true })),
  focus: null,
  focusRequest: 0,
  focusCamera: (position, target, instant = false) =>
    set((s) => ({ focus: { position, target, instant }, focusRequest: s.focusRequest + 1, atPreset: false })),
  atPreset: true,
  facing: 'front',
  setFacing: (facing) => set((s) => (s.facing === facing ? s : { facing })),
  frameDrawingRequest: 0,
  frameDrawing: () => set((s) => ({ frameDrawingRequest: s.frameDrawingRequest + 1 })),
  handMoves: 0,
  noteHandMove: () => set((s) => ({ handMoves: s.handMoves + 1 })),
});
