/**
 * When the start poster (ui/StartPoster.tsx) gives way: once the live body is drawn (or the atlas
 * failed), and at once if the user changes what the page opens on while the body still loads (a
 * view, another body or tone, a muscle, a pain drawing, x-ray, a pose, a mode): the picture would
 * no longer be what the 3D view will show. It goes for good, by removing the head script's mark
 * from the root element, which the CSS reads; a retry after an error does not bring it back.
 */
import { DEFAULT_BODY, DEFAULT_BUILD } from '../atlas/bodies';
import { DEFAULT_SKIN_TONE } from '../atlas/skinTones';
import { atlasStore, type AtlasState } from '../state/store';
import { START_POSTER_MARK } from '../platform/afterStartPoster';

export { START_POSTER_MARK };

/** Whether the page still opens on what the poster pictures: the default body from the front, alone. */
export function stillOpeningPicture(s: AtlasState): boolean {
  return (
    s.phase === 'loading' &&
    s.view === 'front' &&
    s.atPreset &&
    s.bodyChoice.body === DEFAULT_BODY &&
    s.bodyChoice.build === DEFAULT_BUILD &&
    s.skinTone === DEFAULT_SKIN_TONE &&
    s.selectedMuscle === null &&
    s.painPoints.length === 0 &&
    !s.painMode &&
    !s.xray &&
    s.pose === 'rest' &&
    s.mode === 'explore'
  );
}

/** Watches the store and retires the poster when the opening picture ends; returns the stop. */
export function startPosterRule(root: Element = document.documentElement): () => void {
  if (!root.hasAttribute(START_POSTER_MARK)) return () => undefined;
  const check = (state: AtlasState) => {
    if (stillOpeningPicture(state)) return;
    root.removeAttribute(START_POSTER_MARK);
    stop();
  };
  const stop = atlasStore.subscribe(check);
  check(atlasStore.getState());
  return stop;
}
