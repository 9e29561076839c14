/** React bindings of the atlas runtime (state/atlasRuntime.ts): re-render when it publishes. */
import { useSyncExternalStore } from 'react';
import type { OpenAtlas } from '../atlas/openAtlas';
import { getAtlasRuntime, subscribeAtlasRuntime, type AtlasRuntimeState } from '../state/atlasRuntime';

/** The runtime's state: the loaded body and the WebGL surface. */
export function useAtlasRuntime(): AtlasRuntimeState {
  return useSyncExternalStore(subscribeAtlasRuntime, getAtlasRuntime);
}

/** The opened atlas, or null until it has loaded. */
export function useOpenAtlas(): OpenAtlas | null {
  return useSyncExternalStore(subscribeAtlasRuntime, () => getAtlasRuntime().body?.atlas ?? null);
}
