/** How the body is shown: x-ray (translucent skin so the muscles beneath show). */
import type { StateCreator } from 'zustand';

/** Display state. */
export interface DisplaySlice {
  xray: boolean;
  setXray: (on: boolean) => void;
}

/** Creates the display slice. */
export const createDisplaySlice: StateCreator<DisplaySlice, [], [], DisplaySlice> = (set) => ({
  xray: false,
  setXray: (on) => set({ xray: on }),
});
