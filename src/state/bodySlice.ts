/**
 * Which body the atlas draws (sex and build, from the link or the picker), the skin tone it is
 * drawn in, and which body has actually been drawn (the contract's `data-atlas-body`).
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_BODY_CHOICE, type BodyChoice } from '../atlas/bodies';
import { DEFAULT_SKIN_TONE, type SkinToneId } from '../atlas/skinTones';

/** Body state. */
export interface BodySlice {
  /** The body asked for; the runtime loads it (the one drawn changes once it has arrived). */
  bodyChoice: BodyChoice;
  setBodyChoice: (choice: BodyChoice) => void;
  skinTone: SkinToneId;
  setSkinTone: (tone: SkinToneId) => void;
  /** The body drawn on screen now, or null before the first frame. */
  drawnBody: BodyChoice | null;
  markBodyDrawn: (body: BodyChoice) => void;
}

/** Creates the body slice. */
export const createBodySlice: StateCreator<BodySlice, [], [], BodySlice> = (set) => ({
  bodyChoice: DEFAULT_BODY_CHOICE,
  setBodyChoice: (choice) =>
    set((s) => (s.bodyChoice.body === choice.body && s.bodyChoice.build === choice.build ? s : { bodyChoice: choice })),
  skinTone: DEFAULT_SKIN_TONE,
  setSkinTone: (tone) => set({ skinTone: tone }),
  drawnBody: null,
  markBodyDrawn: (body) => set({ drawnBody: body }),
});
