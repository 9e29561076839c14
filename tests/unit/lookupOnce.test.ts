/**
 * The app's derived lookups run once per change, however many components read them: the
 * drawing's lookup once per tap, the selected pattern once per selection.
 */
import type { MuscleId } from '../../src/atlas/types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenAtlas } from '../../src/atlas/openAtlas';
import { loadLookupEngine, lookupCounts, selectDrawingLookup, selectPattern } from '../../src/state/lookupSelectors';
import { createAtlasStore } from '../../src/state/store';
import { loadOpenAtlas } from '../../src/node/bakeZoneBytes';

let atlas: OpenAtlas;
beforeAll(async () => {
  atlas = await loadOpenAtlas();
  // The app loads the pipeline with the first spot; here it is in before the first tap.
  await loadLookupEngine();
});

/** What a render of the app reads: the pain panel, the markers and the camera framing each ask. */
function renderAll(store: ReturnType<typeof createAtlasStore>) {
  const s = store.getState();
  for (let reader = 0; reader < 3; reader++) {
    selectDrawingLookup(s.painPoints, atlas, s.answers, s.askBack);
    selectPattern(s.selectedMuscle, s.selectedSide, atlas);
  }
}

describe('the derived lookups', () => {
  it('compute the drawing lookup once per tap', () => {
    const store = createAtlasStore();
    renderAll(store);
    const start = lookupCounts.lookups;
    store.getState().addPainPoint({ kind: 'landmark', id: 'temple_r' });
    renderAll(store);
    renderAll(store);
    expect(lookupCounts.lookups - start).toBe(1);
    store.getState().addPainPoint({ kind: 'point', position: [-0.1, 1.1, 0.12] });
    renderAll(store);
    expect(lookupCounts.lookups - start).toBe(2);
    // Selecting a muscle is not a new drawing.
    store.getState().selectMuscle('temporalis' as MuscleId, 'right');
    renderAll(store);
    expect(lookupCounts.lookups - start).toBe(2);
  });

  it('compute the selected pattern once per selection and side', () => {
    const store = createAtlasStore();
    const start = lookupCounts.patterns;
    store.getState().selectMuscle('upper-trapezius' as MuscleId, 'right');
    renderAll(store);
    renderAll(store);
    expect(lookupCounts.patterns - start).toBe(1);
    store.getState().setSide('left');
    renderAll(store);
    expect(lookupCounts.patterns - start).toBe(2);
    store.getState().addPainPoint({ kind: 'landmark', id: 'calf_l' });
    renderAll(store);
    expect(lookupCounts.patterns - start).toBe(2);
  });

  it('answer the same drawing as the lookup pipeline the command line uses', () => {
    const store = createAtlasStore();
    store.getState().setPainPoints([{ kind: 'landmark', id: 'temple_r' }, { kind: 'landmark', id: 'neck_base_r' }]);
    const answer = selectDrawingLookup(store.getState().painPoints, atlas, store.getState().answers, null)!;
    expect(answer.candidates[0]?.muscle).toBe('upper-trapezius');
    expect(answer.areas).toEqual(['head', 'neck']);
  });
});
