/** The React binding of the app's one store (the store itself is vanilla: see state/store.ts). */
import { useStore } from 'zustand';
import { atlasStore, type AtlasState } from '../state/store';

/** Reads a slice of the app's store in a component, re-rendering when it changes. */
export function useAtlasStore<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore, selector);
}
