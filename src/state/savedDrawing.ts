/**
 * Keeping a pain drawing on this device, only when the user asks: one localStorage entry, read
 * back with validation (a corrupt or foreign value is dropped, never trusted), deleted in one click.
 */
import { isPainPointText } from '../atlas/painPoints';
import { MAX_PAIN_POINTS } from './drawingSlice';

/** The storage key. */
export const SAVED_DRAWING_KEY = 'trigger-point-atlas.saved-drawing';

/** A saved drawing. */
export interface SavedDrawing {
  points: string[];
  savedAt: string;
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
    const { version, points, savedAt } = value as Record<string, unknown>;
    if (version !== 1 || !Array.isArray(points) || typeof savedAt !== 'string') return 'corrupt';
    if (points.length === 0 || points.length > MAX_PAIN_POINTS) return 'corrupt';
    if (!points.every((p): p is string => typeof p === 'string' && isPainPointText(p))) return 'corrupt';
    return { points, savedAt };
  } catch {
    return 'corrupt';
  }
}

/** Saves the drawing; returns false when the browser refuses storage. */
export function saveDrawing(points: readonly string[], storage: Storage | undefined = safeStorage()): boolean {
  try {
    storage?.setItem(SAVED_DRAWING_KEY, JSON.stringify({ version: 1, points, savedAt: new Date().toISOString() }));
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
