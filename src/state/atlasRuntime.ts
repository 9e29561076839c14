/**
 * The opened atlas (skin, landmarks, baked zones, lookup index) once the body has loaded. It is a
 * loaded resource, not app state, so it lives beside the store; components read it through
 * `useOpenAtlas()`.
 */
import { useSyncExternalStore } from 'react';
import type { OpenAtlas } from '../atlas/openAtlas';

let current: OpenAtlas | null = null;
const listeners = new Set<() => void>();

/** Publishes the opened atlas (or null while none is loaded). */
export function setOpenAtlas(atlas: OpenAtlas | null): void {
  if (atlas === current) return;
  current = atlas;
  listeners.forEach((listener) => listener());
}

/** The opened atlas right now, outside React. */
export function getOpenAtlas(): OpenAtlas | null {
  return current;
}

/** The opened atlas, re-rendering when it arrives. */
export function useOpenAtlas(): OpenAtlas | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
