/** Keeps the store and the URL in step: read once at start, written back as the user works. */
import { useEffect } from 'react';
import { atlasStore, type AtlasState } from './store';
import { formatUrlState, parseUrlState, type UrlState } from './urlState';

const urlStateOf = (s: AtlasState): UrlState => ({
  view: s.view,
  ...(s.selectedMuscle ? { muscle: s.selectedMuscle, side: s.selectedSide } : {}),
  pain: s.painPoints,
});

/** Applies the URL's state at start-up and mirrors later changes into the address bar. */
export function useUrlSync(): void {
  useEffect(() => {
    const { state, notices } = parseUrlState(window.location.search);
    const store = atlasStore.getState();
    if (state.view) store.setView(state.view);
    if (state.pain) store.setPainPoints(state.pain);
    if (state.muscle) store.selectMuscle(state.muscle, state.side ?? 'right');
    notices.forEach((n) => store.addNotice(n));
    const write = (next: AtlasState) => {
      const search = formatUrlState(urlStateOf(next), window.location.search);
      if (search !== window.location.search) {
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    write(atlasStore.getState());
    return atlasStore.subscribe((next, prev) => {
      if (next.view !== prev.view || next.selectedMuscle !== prev.selectedMuscle || next.selectedSide !== prev.selectedSide || next.painPoints !== prev.painPoints) write(next);
    });
  }, []);
}
