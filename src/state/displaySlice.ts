/**
 * How the body is shown: x-ray (translucent skin so the muscles beneath show), and which side
 * panels are folded away on a wide screen so the body gets their room.
 */
import type { StateCreator } from 'zustand';

/** Display state. */
export interface DisplaySlice {
  xray: boolean;
  setXray: (on: boolean) => void;
  /** Wide screens: the left column (finder, pain drawing) folded to one button. */
  sidebarFolded: boolean;
  /** Wide screens: the muscle panel folded to its name. */
  panelFolded: boolean;
  foldSidebar: (folded: boolean) => void;
  foldPanel: (folded: boolean) => void;
}

/** Creates the display slice. */
export const createDisplaySlice: StateCreator<DisplaySlice, [], [], DisplaySlice> = (set) => ({
  xray: false,
  setXray: (on) => set({ xray: on }),
  sidebarFolded: false,
  panelFolded: false,
  foldSidebar: (folded) => set({ sidebarFolded: folded }),
  foldPanel: (folded) => set({ panelFolded: folded }),
});
