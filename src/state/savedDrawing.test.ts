import { describe, expect, it } from 'vitest';
import { deleteSavedDrawing, readSavedDrawing, saveDrawing, SAVED_DRAWING_KEY } from './savedDrawing';

/** A Storage in memory. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('the saved pain drawing', () => {
  it('round-trips a drawing the user chose to save', () => {
    const storage = memoryStorage();
    expect(saveDrawing(['temple_r', '0.1,1.2,0.05'], storage)).toBe(true);
    const saved = readSavedDrawing(storage);
    expect(saved !== null && saved !== 'corrupt' && saved.points).toEqual(['temple_r', '0.1,1.2,0.05']);
    deleteSavedDrawing(storage);
    expect(readSavedDrawing(storage)).toBeNull();
  });

  it('keeps the answers given for the drawing, and reads an older save without any', () => {
    const storage = memoryStorage();
    const answers = { found: ['temporalis:right:trp2:reproduces', 'latissimus-dorsi:left:nothing'], answer: ['night-calf-cramps:no'] };
    expect(saveDrawing(['temple_r'], storage, answers)).toBe(true);
    expect(readSavedDrawing(storage)).toMatchObject({ points: ['temple_r'], ...answers });
    const older = memoryStorage({ [SAVED_DRAWING_KEY]: JSON.stringify({ version: 1, points: ['temple_r'], savedAt: '2026-01-01T00:00:00Z' }) });
    expect(readSavedDrawing(older)).toMatchObject({ found: [], answer: [] });
    const bad = memoryStorage({ [SAVED_DRAWING_KEY]: JSON.stringify({ version: 1, points: ['temple_r'], found: ['temporalis:up:maybe'], savedAt: 'x' }) });
    expect(readSavedDrawing(bad)).toBe('corrupt');
  });

  it.each([
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['the wrong version', JSON.stringify({ version: 9, points: ['temple_r'], savedAt: 'x' })],
    ['a script payload as a point', JSON.stringify({ version: 1, points: ['<script>alert(1)</script>'], savedAt: 'x' })],
    ['an empty drawing', JSON.stringify({ version: 1, points: [], savedAt: 'x' })],
    ['points that are not strings', JSON.stringify({ version: 1, points: [1, 2], savedAt: 'x' })],
  ])('treats %s as corrupt', (_, raw) => {
    expect(readSavedDrawing(memoryStorage({ [SAVED_DRAWING_KEY]: raw }))).toBe('corrupt');
  });
});
