/**
 * Keeping a pain drawing on this device, only when the user asks: one localStorage entry, read
 * back with validation (a corrupt or foreign value is dropped, never trusted), deleted in one click.
 */
import { isPainPointText } from '../atlas/painPoints';
import { MAX_PAIN_POINTS } from './drawingSlice';
import { FOUND_TEXT, QUESTION_ANSWER_TEXT } from '../atlas/askBack/answers';
import { SAVED_DRAWING_KEY } from './savedDrawingKey';

export { SAVED_DRAWING_KEY };

/** A saved drawing, with the answers given for it (the CLI's syntax). */
export interface SavedDrawing {
  points: string[];
  found: string[];
  answer: string[];
  savedAt: string;
}

const MAX_SAVED_ANSWERS = 40;

/** A list of answers as saved: absent in older saves (none), else strings of the right form. */
function answerList(value: unknown, form: RegExp): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_SAVED_ANSWERS) return null;
  return value.every((v): v is string => typeof v === 'string' && form.test(v)) ? value : null;
}

/** Reads the saved drawing: null when there is none; `corrupt` when one was there but unreadable. */
export function readSavedDrawing(storage: Storage | undefined = safeStorage()): SavedDrawing | null | 'corrupt' {
  let raw: string | null;
  try {
    raw = storage?.getItem(SAVED_DRAWING_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return 'corrupt';
    const { version, points, savedAt, found, answer } = value as Record<string, unknown>;
    if (version !== 1 || !Array.isArray(points) || typeof savedAt !== 'string') return 'corrupt';
    if (points.length === 0 || points.length > MAX_PAIN_POINTS) return 'corrupt';
    if (!points.every((p): p is string => typeof p === 'string' && isPainPointText(p))) return 'corrupt';
    const foundList = answerList(found, FOUND_TEXT);
    const answerTexts = answerList(answer, QUESTION_ANSWER_TEXT);
    if (!foundList || !answerTexts) return 'corrupt';
    return { points, found: foundList, answer: answerTexts, savedAt };
  } catch {
    return 'corrupt';
  }
}

/** Saves the drawing and its answers; returns false when the browser refuses storage. */
export function saveDrawing(
  points: readonly string[],
  storage: Storage | undefined = safeStorage(),
  answers: { found: readonly string[]; answer: readonly string[] } = { found: [], answer: [] },
): boolean {
  try {
    storage?.setItem(SAVED_DRAWING_KEY, JSON.stringify({ version: 1, points, found: answers.found, answer: answers.answer, savedAt: new Date().toISOString() }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Deletes the saved drawing. */
export function deleteSavedDrawing(storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(SAVED_DRAWING_KEY);
  } catch {
    // Storage blocked: nothing was saved either.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
