/**
 * The app's muscle catalogue (made by the build from the muscle data): every entry at once, each
 * muscle's text on demand, equal to the data the CLI reads.
 */
import { describe, expect, it } from 'vitest';
import { MUSCLE_DATA } from '../../src/atlas/data/muscles';
import { muscleEntryOf } from '../../src/atlas/muscleEntry';
import { findMuscleEntry, loadedMuscleText, loadMuscleText, MUSCLES } from '../../src/state/muscleCatalogue';

describe('the muscle catalogue', () => {
  it('lists every muscle of the data, in its order, with what the first view needs', () => {
    expect(MUSCLES).toEqual(MUSCLE_DATA.map(muscleEntryOf));
    expect(findMuscleEntry('upper-trapezius')?.name).toBe('Upper trapezius');
    expect(findMuscleEntry('no-such-muscle')).toBeUndefined();
  });

  it('keeps the panel text out of the entries', () => {
    for (const entry of MUSCLES) {
      expect(Object.keys(entry).filter((k) => k !== 'aliases').sort()).toEqual(['id', 'name', 'region', 'triggerPoints']);
    }
  });

  it('brings every muscle\'s search words (synonyms, trigger point labels) in a chunk of their own', async () => {
    const { loadSearchableMuscles, searchableMuscles } = await import('../../src/state/muscleCatalogue');
    expect(searchableMuscles().every((m) => m.synonyms.length === 0)).toBe(true);
    const loaded = await loadSearchableMuscles();
    for (const [i, m] of MUSCLE_DATA.entries()) {
      expect(loaded[i]!.synonyms).toEqual(m.synonyms);
      expect(loaded[i]!.triggerPoints.map((tp) => tp.name)).toEqual(m.triggerPoints.map((tp) => tp.name));
    }
    expect(searchableMuscles()).toBe(loaded);
  });

  it('finds a muscle by any of its aliases, answered with its own id', () => {
    for (const muscle of MUSCLE_DATA) {
      for (const alias of muscle.aliases ?? []) expect(findMuscleEntry(alias)?.id, alias).toBe(muscle.id);
    }
  });

  it('loads a muscle\'s full text on demand, once, equal to the data', async () => {
    expect(loadedMuscleText('iliopsoas')).toBeUndefined();
    const [a, b] = await Promise.all([loadMuscleText('iliopsoas'), loadMuscleText('iliopsoas')]);
    expect(a).toBe(b);
    expect(a).toEqual(MUSCLE_DATA.find((m) => m.id === 'iliopsoas'));
    expect(loadedMuscleText('iliopsoas')).toBe(a);
    await expect(loadMuscleText('no-such-muscle')).rejects.toThrow(/unknown muscle/);
  });
});

describe('citations in the app', () => {
  it('gives the red flags every citation they name, and a muscle its own once its text has loaded', async () => {
    const { RED_FLAGS } = await import('../../src/atlas/data/redFlags');
    const { citation } = await import('../../src/atlas/citation');
    const { RED_FLAG_CITATIONS } = await import('virtual:red-flag-citations');
    const { loadedCitation } = await import('../../src/state/muscleCatalogue');
    for (const id of RED_FLAGS.flatMap((f) => f.sources)) expect(RED_FLAG_CITATIONS[id]).toBe(citation(id));
    const muscle = MUSCLE_DATA.find((m) => m.id === 'pectoralis-major')!;
    expect(loadedCitation(muscle.sources[0]!)).toBe(muscle.sources[0]);
    await loadMuscleText('pectoralis-major');
    for (const id of muscle.sources) expect(loadedCitation(id)).toBe(citation(id));
  });
});
