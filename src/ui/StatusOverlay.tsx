/** Loading progress and fatal errors, over the 3D stage: never a blank canvas. */
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Shows progress while loading, and a readable message with a retry on error. */
export function StatusOverlay() {
  const phase = useAtlasStore((s) => s.phase);
  const progress = useAtlasStore((s) => s.progress);
  const error = useAtlasStore((s) => s.error);
  if (phase === 'ready') return null;
  if (phase === 'error' && error)
    return (
      <div className="status status-error" role="alert" data-testid="atlas-error">
        <h2>The 3D body cannot be shown</h2>
        <p>{error.message}</p>
        {error.code === 'model-load-failed' && (
          <button type="button" onClick={() => atlasStore.getState().retry()}>
            Try again
          </button>
        )}
      </div>
    );
  return (
    <div className="status status-loading" role="status" data-testid="atlas-loading">
      <p>Loading the 3D body…</p>
      <progress max={1} value={progress} aria-label="Loading progress" />
    </div>
  );
}
