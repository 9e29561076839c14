/**
 * Starts loading the body and zones as soon as the shell shows, with or without WebGL, and
 * publishes the opened atlas for the lists and the lookup. The loader code arrives lazily, so
 * three.js stays out of the entry bundle.
 */
import { useEffect } from 'react';
import { setOpenAtlas } from '../state/atlasRuntime';
import { atlasStore, useAtlasStore } from '../state/store';
import { MODEL_LOAD_FAILED } from '../state/statusSlice';
import { hasWebGLApi, webglSurface } from './webgl';
import { nextTask } from './nextTask';

/**
 * Progress in quarters: every repaint during loading costs the page a frame, and on CPU-rendered
 * WebGL each frame keeps the browser's GPU process busy for a while.
 */
function reportProgress(fraction: number): void {
  atlasStore.getState().setProgress(Math.floor(fraction * 4) / 4);
}

/** Renders nothing; (re)loads on start and on every retry. */
export function AtlasLoader() {
  const attempt = useAtlasStore((s) => s.loadAttempt);
  useEffect(() => {
    let live = true;
    import('../scene/atlasResources')
      .then(({ loadAtlasResources }) => loadAtlasResources(reportProgress))
      .then(async (resources) => {
        if (!live) return;
        // The WebGL context first, while the page is still: making it waits for the browser to
        // finish presenting the current frame, and publishing the atlas repaints every list.
        if (hasWebGLApi()) {
          await nextTask();
          webglSurface();
        }
        await nextTask();
        if (live) setOpenAtlas(resources.atlas);
      })
      .then(
        () => undefined,
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
