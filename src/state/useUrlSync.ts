/** Keeps the store and the URL in step: read once at start, written back as the user works. */
import { useEffect } from 'react';
import { atlasStore } from './store';
import { formatUrlState, parseUrlState } from './urlState';

/** Applies the URL's state at start-up and mirrors later changes into the address bar. */
export function useUrlSync(): void {
  useEffect(() => {
    const { state, notices } = parseUrlState(window.location.search);
    const store = atlasStore.getState();
    if (state.view) store.setView(state.view);
    notices.forEach((n) => store.addNotice(n));
    return atlasStore.subscribe((next, prev) => {
      if (next.view === prev.view) return;
      const search = formatUrlState({ view: next.view }, window.location.search);
      if (search !== window.location.search) {
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    });
  }, []);
}
