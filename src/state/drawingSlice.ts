/**
 * The pain drawing: the points the user marked (typed: a landmark, a tap with its place on the
 * mesh, a painted area), with an undo history. It lives in memory and, as text, in the URL only.
 */
import type { StateCreator } from 'zustand';
import type { DrawingPoint } from '../atlas/painPoints';

/** Most points a drawing keeps (a guard against pasted junk). */
export const MAX_PAIN_POINTS = 24;

/** Drawing state. */
export interface DrawingSlice {
  painPoints: DrawingPoint[];
  /** Earlier drawings, newest last, for undo. */
  painHistory: DrawingPoint[][];
  /** While on, a tap on the body adds a pain point instead of just looking. */
  painMode: boolean;
  setPainMode: (on: boolean) => void;
  /** In pain mode: paint an area with a brush (true) or tap single spots (false). */
  brush: boolean;
  setBrush: (on: boolean) => void;
  addPainPoint: (point: DrawingPoint) => void;
  setPainPoints: (points: DrawingPoint[]) => void;
  undoPain: () => void;
  clearPain: () => void;
}

/** Creates the drawing slice. */
export const createDrawingSlice: StateCreator<DrawingSlice, [], [], DrawingSlice> = (set) => ({
  painPoints: [],
  painHistory: [],
  painMode: false,
  setPainMode: (on) => set({ painMode: on }),
  brush: false,
  setBrush: (on) => set({ brush: on }),
  addPainPoint: (point) =>
    set((s) =>
      s.painPoints.length >= MAX_PAIN_POINTS
        ? s
        : { painPoints: [...s.painPoints, point], painHistory: [...s.painHistory, s.painPoints] },
    ),
  setPainPoints: (points) =>
    set((s) => ({ painPoints: points.slice(0, MAX_PAIN_POINTS), painHistory: [...s.painHistory, s.painPoints] })),
  undoPain: () =>
    set((s) => (s.painHistory.length === 0 ? s : { painPoints: s.painHistory[s.painHistory.length - 1]!, painHistory: s.painHistory.slice(0, -1) })),
  clearPain: () => set((s) => (s.painPoints.length === 0 ? s : { painPoints: [], painHistory: [...s.painHistory, s.painPoints] })),
});
