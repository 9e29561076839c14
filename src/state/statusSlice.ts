/** Loading, ready and error state of the 3D view, and notices shown to the user. */
import type { StateCreator } from 'zustand';

/** Why the 3D view cannot be shown. Codes are the contract's `data-atlas-error` values. */
export type AtlasErrorCode = 'webgl-unavailable' | 'model-load-failed' | 'render-failed';

/** A fatal error with a message a person can read. */
export interface AtlasError {
  code: AtlasErrorCode;
  message: string;
}

/** The error shown when the body or its zones cannot be loaded. */
export const MODEL_LOAD_FAILED: AtlasError = {
  code: 'model-load-failed',
  message:
    'The 3D body model or its referral zones could not be loaded (a file may be missing or damaged). Check your connection and try again.',
};

/** The error shown when the browser cannot give us WebGL 2: the atlas then works from lists. */
export const WEBGL_UNAVAILABLE: AtlasError = {
  code: 'webgl-unavailable',
  message:
    'This browser or device cannot show 3D graphics (WebGL is unavailable or switched off), so the body cannot be drawn. You can still find muscles, read where they refer pain, and choose painful areas from the list to get candidate muscles.',
};

/** The error shown when the renderer cannot start or the scene throws while drawing. */
export const RENDER_FAILED: AtlasError = {
  code: 'render-failed',
  message:
    'The 3D view stopped working on this device. You can still find muscles, read where they refer pain, and choose painful areas from the list; reloading the page may bring the 3D view back.',
};

/** Status state. */
export interface StatusSlice {
  phase: 'loading' | 'ready' | 'error';
  /** Bytes loaded over bytes expected, 0..1, while loading. */
  progress: number;
  /** Bumped by retry() so the 3D view remounts and loads again. */
  loadAttempt: number;
  error: AtlasError | null;
  /** Non-fatal messages (e.g. an ignored deep-link value). */
  notices: string[];
  setProgress: (progress: number) => void;
  markReady: () => void;
  fail: (error: AtlasError) => void;
  retry: () => void;
  addNotice: (notice: string) => void;
  dismissNotice: (index: number) => void;
}

/** Creates the status slice. */
export const createStatusSlice: StateCreator<StatusSlice, [], [], StatusSlice> = (set) => ({
  phase: 'loading',
  progress: 0,
  loadAttempt: 0,
  error: null,
  notices: [],
  setProgress: (progress) => set({ progress: Math.min(1, Math.max(0, progress)) }),
  markReady: () => set((s) => (s.phase === 'error' ? s : { phase: 'ready', progress: 1 })),
  // A webgl-unavailable error is final: a later load failure must not replace its message.
  fail: (error) => set((s) => (s.error?.code === 'webgl-unavailable' ? s : { phase: 'error', error })),
  retry: () => set((s) => ({ phase: 'loading', progress: 0, error: null, loadAttempt: s.loadAttempt + 1 })),
  addNotice: (notice) => set((s) => ({ notices: s.notices.includes(notice) ? s.notices : [...s.notices, notice] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});
