import { afterEach, describe, expect, it } from 'vitest';
import { gridPlane } from '../atlas/mesh/testMeshes';
import { nearestSkinPointReady } from '../atlas/mesh';
import type { OpenAtlas } from '../atlas/openAtlas';
import type { BodyChoice } from '../atlas/bodies';
import { atlasStore } from './store';
import { getAtlasRuntime, startAtlasRuntime, subscribeAtlasRuntime, type BodyLoader } from './atlasRuntime';

/** A body of the test: a plane as its skin (every plane shares one topology, as the bodies do). */
function atlasOn(z: number): OpenAtlas {
  return { mesh: gridPlane({ columns: 20, rows: 20, z }) } as unknown as OpenAtlas;
}

describe('the atlas runtime switching body', () => {
  let stop = () => {};
  afterEach(() => stop());

  it("prepares the new body's nearest-point search before showing it when the drawing has painted areas", async () => {
    const bodies = new Map<string, OpenAtlas>([['male', atlasOn(0)], ['female', atlasOn(0.1)]]);
    const load: BodyLoader = async (choice: BodyChoice) => ({ choice, atlas: bodies.get(choice.body)! });
    const published: boolean[] = [];
    const unsubscribe = subscribeAtlasRuntime(() => {
      const body = getAtlasRuntime().body;
      if (body) published.push(nearestSkinPointReady(body.atlas.mesh));
    });
    const stopRuntime = startAtlasRuntime(load);
    stop = () => {
      unsubscribe();
      stopRuntime();
    };
    await expect.poll(() => getAtlasRuntime().body?.choice.body).toBe('male');
    atlasStore.getState().setPainPoints([{ kind: 'area', samples: [[0.1, 0.5, 0]], radius: 0.02 }]);
    atlasStore.getState().setBodyChoice({ body: 'female', build: 'average' });
    await expect.poll(() => getAtlasRuntime().body?.choice.body).toBe('female');
    // The first body was shown before any drawing (its search is left to idle time); the second
    // only once its search was ready.
    expect(published).toEqual([false, true]);
    const area = atlasStore.getState().painPoints[0];
    expect(area?.kind === 'area' && area.samples[0]![2]).toBeCloseTo(0.1, 3);
  });
});
