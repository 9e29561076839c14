/**
 * Which screen the atlas is: the explorer, presentation for a visit, or quizzes; and the self-care
 * pose the body is asked to take (`?pose=`, contract "Bodies and poses").
 */
import type { StateCreator } from 'zustand';
import type { PosedSkin } from '../atlas/pose/posedSkin';

export const MODES = ['explore', 'present', 'quiz'] as const;
export type Mode = (typeof MODES)[number];
export const isMode = (value: string): value is Mode => (MODES as readonly string[]).includes(value);

export { isPoseId, POSE_IDS, type PoseId } from '../atlas/pose/poseIds';
import type { PoseId } from '../atlas/pose/poseIds';

/** Mode and pose state. */
export interface ModeSlice {
  mode: Mode;
  /** The explorer's link when presentation started, so leaving returns there. */
  modeReturn: string | null;
  setMode: (mode: Mode, returnTo?: string | null) => void;
  /** Presentation: the one trigger point shown (null: all), and a second muscle compared. */
  presentTrigger: string | null;
  compareMuscle: string | null;
  /** Counts "replay" presses of the referral-path animation. */
  pathReplays: number;
  setPresentTrigger: (id: string | null) => void;
  setCompareMuscle: (id: string | null) => void;
  replayPaths: () => void;
  /** The printable handout of the selected muscle is shown instead of the atlas. */
  handout: boolean;
  setHandout: (on: boolean) => void;
  /** The pose asked for (the body moves toward it); `rest` is the standing rest pose. */
  pose: PoseId;
  /** The pose the body has reached and holds (null while it moves). */
  poseReached: PoseId | null;
  /** 0 = rest, 1 = the full pose; where the body is along the way. */
  poseProgress: number;
  /**
   * Whether the body moves on its own toward an asked pose (true) or waits, paused, for Play or
   * Step; the choice holds from one pose to the next, so a pose can be asked paused and stepped.
   */
  posePlaying: boolean;
  /** The skin as the reached pose leaves it (null at rest and while moving). */
  posedSkin: PosedSkin | null;
  /** Counts "step" presses: each moves a paused body a quarter of the way on. */
  poseSteps: number;
  setPose: (pose: PoseId) => void;
  setPosedSkin: (skin: PosedSkin | null) => void;
  stepPose: () => void;
  setPoseProgress: (progress: number, reached: PoseId | null) => void;
  setPosePlaying: (playing: boolean) => void;
}

/** Creates the mode slice. */
export const createModeSlice: StateCreator<ModeSlice, [], [], ModeSlice> = (set) => ({
  mode: 'explore',
  modeReturn: null,
  setMode: (mode, returnTo = null) => set({ mode, modeReturn: mode === 'explore' ? null : returnTo }),
  presentTrigger: null,
  compareMuscle: null,
  pathReplays: 0,
  setPresentTrigger: (presentTrigger) => set((s) => ({ presentTrigger, pathReplays: s.pathReplays + 1 })),
  setCompareMuscle: (compareMuscle) => set({ compareMuscle }),
  replayPaths: () => set((s) => ({ pathReplays: s.pathReplays + 1 })),
  handout: false,
  setHandout: (handout) => set({ handout }),
  pose: 'rest',
  poseReached: 'rest',
  poseProgress: 0,
  posePlaying: true,
  posedSkin: null,
  poseSteps: 0,
  setPose: (pose) => set((s) => (s.pose === pose ? {} : { pose, poseReached: null })),
  setPosedSkin: (posedSkin) => set({ posedSkin }),
  stepPose: () => set((s) => ({ poseSteps: s.poseSteps + 1, posePlaying: false })),
  setPoseProgress: (poseProgress, poseReached) => set({ poseProgress, poseReached }),
  setPosePlaying: (posePlaying) => set({ posePlaying }),
});
