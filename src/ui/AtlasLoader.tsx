/**
 * Starts loading the body and zones as soon as the shell shows, with or without WebGL, and
 * publishes the opened atlas for the lists and the lookup. The loader code arrives lazily, so
 * three.js stays out of the entry bundle.
 */
import { useEffect } from 'react';
import { setOpenAtlas } from '../state/atlasRuntime';
import { atlasStore, useAtlasStore } from '../state/store';
import { MODEL_LOAD_FAILED } from '../state/statusSlice';

/** Renders nothing; (re)loads on start and on every retry. */
export function AtlasLoader() {
  const attempt = useAtlasStore((s) => s.loadAttempt);
  useEffect(() => {
    let live = true;
    import('../scene/atlasResources')
      .then(({ loadAtlasResources }) => loadAtlasResources((f) => atlasStore.getState().setProgress(f)))
      .then(
        (resources) => live && setOpenAtlas(resources.atlas),
        (error: unknown) => {
          console.error('Atlas failed to load:', error);
          if (live) atlasStore.getState().fail(MODEL_LOAD_FAILED);
        },
      );
    return () => {
      live = false;
    };
  }, [attempt]);
  return null;
}
