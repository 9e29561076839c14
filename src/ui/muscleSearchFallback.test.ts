import { describe, expect, it } from 'vitest';
import { atlasMuscles } from '../atlas/muscles';
import { fuzzySearchReady, loadFuzzySearch, searchMuscles } from './muscleSearch';

const muscles = atlasMuscles();

describe('searchMuscles before the fuzzy matcher has arrived', () => {
  it('answers at once with a plain substring match, names first, then matches typos once it has', async () => {
    expect(fuzzySearchReady()).toBe(false);
    expect(searchMuscles('trapezius', muscles).map((m) => m.id).slice(0, 3)).toEqual(['upper-trapezius', 'middle-trapezius', 'lower-trapezius']);
    expect(searchMuscles('trapz', muscles)).toEqual([]);
    await loadFuzzySearch();
    expect(searchMuscles('trapz', muscles).map((m) => m.id)).toContain('upper-trapezius');
  });
});
