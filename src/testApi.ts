/**
 * A small in-page API for end-to-end tests and screenshot scripts (tldraw-style): it drives what a
 * pointer would, without pixel-hunting. It exposes nothing private and changes nothing by itself.
 */
type Vec3 = [number, number, number];

/** Hooks the app registers for tests. */
export interface AtlasTestApi {
  /** Places the camera at `position` looking at `target` (metres, model frame). */
  setCamera?: (position: Vec3, target: Vec3) => void;
  /** Number of frames rendered so far (to check the on-demand loop idles). */
  frames?: () => number;
}

declare global {
  interface Window {
    __atlasTest?: AtlasTestApi;
  }
}

/** Registers a hook on the test API; returns a function that removes it. */
export function registerTestHook<K extends keyof AtlasTestApi>(key: K, hook: NonNullable<AtlasTestApi[K]>): () => void {
  const api = (window.__atlasTest ??= {});
  api[key] = hook;
  return () => {
    if (api[key] === hook) delete api[key];
  };
}
