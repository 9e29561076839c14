/**
 * Gives the body room on a tablet or a small laptop: with the left column and the muscle panel
 * both open, under about 1200 px the body is left a strip of about 300 px. So opening a muscle
 * there folds the left column, and closing the muscle unfolds it again, unless the user chose
 * otherwise in between. A newly chosen muscle always shows its panel.
 */
import { atlasStore, type AtlasState } from './store';

/** Starts the rule; `crowded` says whether the screen is a wide layout too narrow for both columns. */
export function startPanelRules(crowded: () => boolean): () => void {
  // Whether the left column is folded because this rule folded it (not the user).
  let foldedByRule = false;
  const apply = (s: AtlasState, prev: AtlasState | null) => {
    if (prev && s.sidebarFolded !== prev.sidebarFolded) foldedByRule = false;
    const chosen = s.selectedMuscle !== (prev?.selectedMuscle ?? null);
    if (!chosen || s.mode !== 'explore') return;
    if (s.selectedMuscle === null) {
      if (s.panelFolded) s.foldPanel(false);
      if (foldedByRule) {
        s.foldSidebar(false);
        foldedByRule = false;
      }
      return;
    }
    if (s.panelFolded) s.foldPanel(false);
    if (!s.sidebarFolded && crowded()) {
      s.foldSidebar(true);
      foldedByRule = true;
    }
  };
  apply(atlasStore.getState(), null);
  return atlasStore.subscribe((s, prev) => apply(s, prev));
}

/** A wide layout (side columns, not phone sheets) narrower than both columns and the body need. */
export const CROWDED_QUERY = '(min-width: 700px) and (max-width: 1199.98px) and (orientation: landscape), (min-width: 900px) and (max-width: 1199.98px)';
