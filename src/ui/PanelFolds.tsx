/**
 * The fold buttons of the side columns on wide screens: folding one gives the body its room (a
 * therapist's tablet), unfolding brings it back. Phones use sheets instead, so CSS hides these there.
 */
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Folds or unfolds the left column (finder and pain drawing). */
export function SidebarFoldButton({ controls }: { controls: string }) {
  const folded = useAtlasStore((s) => s.sidebarFolded);
  return (
    <button
      type="button"
      className="fold-toggle sidebar-fold"
      data-testid="sidebar-fold"
      aria-expanded={!folded}
      aria-controls={controls}
      aria-label="Muscles and pain column"
      title={folded ? 'Show the muscle list and the pain drawing' : 'Fold this column away to give the body more room'}
      onClick={() => atlasStore.getState().foldSidebar(!folded)}
    >
      <span aria-hidden="true">{folded ? '☰' : '‹'}</span> {folded ? 'Muscles and pain' : 'Fold'}
    </button>
  );
}

/** Folds the muscle panel to its name, or opens it again. */
export function PanelFoldButton({ name, controls }: { name: string; controls: string }) {
  const folded = useAtlasStore((s) => s.panelFolded);
  return (
    <button
      type="button"
      className="fold-toggle panel-fold"
      data-testid="panel-fold"
      aria-expanded={!folded}
      aria-controls={controls}
      aria-label={`${name} panel`}
      title={folded ? 'Show the panel' : 'Fold the panel away to give the body more room'}
      onClick={() => atlasStore.getState().foldPanel(!folded)}
    >
      <span aria-hidden="true">{folded ? '‹' : '›'}</span>
    </button>
  );
}
