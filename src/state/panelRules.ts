/**
 * Gives the body room on a tablet or a small laptop: with the left column and the muscle panel
 * both open, under about 1200 px the body is left a strip of about 300 px. So opening a muscle
 * there folds the left column (once the panel has taken the focus, so the entry that opened it can
 * have it back), and closing the muscle unfolds it again, unless the user chose otherwise in
 * between. A newly chosen muscle always shows its panel.
 *
 * Safety first: the left column holds the pain drawing's candidates and red flags, so it is never
 * folded over a drawing, and a new spot unfolds it.
 */
import { atlasStore, type AtlasState } from './store';

/** A wide layout (side columns, not phone sheets) narrower than both columns and the body need. */
export const CROWDED_QUERY = '(min-width: 700px) and (max-width: 1199.98px) and (orientation: landscape), (min-width: 900px) and (max-width: 1199.98px)';

// Whether the left column is folded because the rule folded it (not the user).
let foldedByRule = false;

/** Called when a muscle's panel opens (from no muscle): folds the left column if the screen is `crowded`. */
export function makeRoomForMuscle(crowded: boolean): void {
  const s = atlasStore.getState();
  if (s.mode !== 'explore' || s.sidebarFolded || s.painPoints.length > 0 || !crowded) return;
  s.foldSidebar(true);
  foldedByRule = true;
}

/** Keeps the columns sensible after every change; returns the unsubscribe. */
export function startPanelRules(): () => void {
  foldedByRule = false;
  const apply = (s: AtlasState, prev: AtlasState) => {
    if (s.sidebarFolded !== prev.sidebarFolded) {
      // The rule marks its own folds after making them; any other change is the user's.
      foldedByRule = false;
      // A list's pointing (its name on the body) ends with the list out of sight.
      if (s.sidebarFolded && s.hoveredMuscle !== null && s.hoverPoint === null) s.hoverMuscle(null);
    }
    if (s.painPoints.length > prev.painPoints.length && s.sidebarFolded) {
      s.foldSidebar(false);
      return;
    }
    if (s.selectedMuscle === prev.selectedMuscle || s.mode !== 'explore') return;
    if (s.panelFolded) s.foldPanel(false);
    if (s.selectedMuscle === null && foldedByRule) {
      s.foldSidebar(false);
      foldedByRule = false;
    }
  };
  return atlasStore.subscribe(apply);
}
