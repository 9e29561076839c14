/**
 * The pain drawing: the points the user marked (typed: a landmark, a tap with its place on the
 * mesh, a painted area), with an undo history. It lives in memory and, as text, in the URL only.
 */
import type { StateCreator } from 'zustand';
import { latestAnswers, NO_ANSWERS, type Answers, type FoundAnswer, type QuestionAnswer } from '../atlas/askBack/answers';
import type { AskBackData } from '../atlas/lookupDrawing';
import type { BrushSize, DrawingPoint } from '../atlas/painPoints';

/** In pain mode, what a touch on the skin does: mark a spot, paint an area, or erase. */
export type MarkTool = 'tap' | 'paint' | 'erase';

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
  /** In pain mode: tap single spots, paint an area with the brush, or erase. */
  markTool: MarkTool;
  setMarkTool: (tool: MarkTool) => void;
  /** The brush's (and the eraser's) size. */
  brushSize: BrushSize;
  setBrushSize: (size: BrushSize) => void;
  addPainPoint: (point: DrawingPoint) => void;
  /** Starts one erasing gesture: Undo after it brings back all it erased. */
  beginErase: () => void;
  /** The drawing as the eraser leaves it, while a gesture goes on (no new undo step). */
  erasePainPoints: (points: DrawingPoint[]) => void;
  setPainPoints: (points: DrawingPoint[]) => void;
  /**
   * Opens a whole drawing (a link, a saved drawing) as if its spots had been marked one by one,
   * so Undo takes back the last spot rather than the whole drawing.
   */
  openDrawing: (points: DrawingPoint[]) => void;
  undoPain: () => void;
  /** Rewrites every point of the drawing and of its undo history (a body switch moves them). */
  rebasePainPoints: (move: (points: readonly DrawingPoint[]) => DrawingPoint[]) => void;
  /** Clears the drawing and its answers. */
  clearPain: () => void;
  /** The patient's answers to the checks and questions (the latest per key). */
  answers: Answers;
  answerCheck: (found: FoundAnswer) => void;
  answerQuestion: (answer: QuestionAnswer) => void;
  setAnswers: (answers: Answers) => void;
  /** The questions and who may press where, once loaded (see `askBackLoader`); null before. */
  askBack: AskBackData | null;
  setAskBack: (data: AskBackData) => void;
}

/** Creates the drawing slice. */
export const createDrawingSlice: StateCreator<DrawingSlice, [], [], DrawingSlice> = (set) => ({
  painPoints: [],
  painHistory: [],
  painMode: false,
  setPainMode: (on) => set({ painMode: on }),
  markTool: 'tap',
  setMarkTool: (tool) => set({ markTool: tool }),
  brushSize: 'medium',
  setBrushSize: (size) => set({ brushSize: size }),
  addPainPoint: (point) =>
    set((s) =>
      s.painPoints.length >= MAX_PAIN_POINTS
        ? s
        : { painPoints: [...s.painPoints, point], painHistory: [...s.painHistory, s.painPoints] },
    ),
  beginErase: () => set((s) => ({ painHistory: [...s.painHistory, s.painPoints] })),
  erasePainPoints: (points) => set({ painPoints: points }),
  setPainPoints: (points) =>
    set((s) => ({ painPoints: points.slice(0, MAX_PAIN_POINTS), painHistory: [...s.painHistory, s.painPoints] })),
  openDrawing: (points) =>
    set(() => {
      const kept = points.slice(0, MAX_PAIN_POINTS);
      return { painPoints: kept, painHistory: kept.map((_p, i) => kept.slice(0, i)) };
    }),
  undoPain: () =>
    set((s) => (s.painHistory.length === 0 ? s : { painPoints: s.painHistory[s.painHistory.length - 1]!, painHistory: s.painHistory.slice(0, -1) })),
  rebasePainPoints: (move) => set((s) => ({ painPoints: move(s.painPoints), painHistory: s.painHistory.map(move) })),
  clearPain: () =>
    set((s) => (s.painPoints.length === 0 ? { answers: NO_ANSWERS } : { painPoints: [], painHistory: [...s.painHistory, s.painPoints], answers: NO_ANSWERS })),
  answers: NO_ANSWERS,
  answerCheck: (found) => set((s) => ({ answers: latestAnswers({ ...s.answers, found: [...s.answers.found, found] }) })),
  answerQuestion: (answer) => set((s) => ({ answers: latestAnswers({ ...s.answers, questions: [...s.answers.questions, answer] }) })),
  setAnswers: (answers) => set({ answers: latestAnswers(answers) }),
  askBack: null,
  setAskBack: (data) => set({ askBack: data }),
});
