/**
 * The banner a new version of the atlas shows while it waits (src/platform/serviceWorker.ts): the
 * user chooses when the page reloads, so a drawing or a panel never vanishes under them. A polite
 * live region, present (empty) from the first render so screen readers announce the message when
 * it appears; focus stays where the user is.
 */
import { useSyncExternalStore } from 'react';
import { applyUpdate, dismissUpdate, subscribeToUpdate, updateState, type UpdateState } from '../platform/serviceWorker';
import './updatePrompt.css';

const serverState = (): UpdateState => 'none';

/** The "new version ready" banner: Reload to update, or Later. */
export function UpdatePrompt() {
  const state = useSyncExternalStore(subscribeToUpdate, updateState, serverState);
  const shown = state === 'waiting' || state === 'updating';
  return (
    <div className="update-prompt-region" role="status">
      {shown && (
        <div className="update-prompt" data-testid="update-prompt">
          <p>A new version of the atlas is ready.</p>
          <div className="update-prompt-actions">
            <button type="button" className="primary" data-testid="update-reload" onClick={applyUpdate} disabled={state === 'updating'}>
              {state === 'updating' ? 'Updating…' : 'Reload to update'}
            </button>
            <button type="button" data-testid="update-later" onClick={dismissUpdate} disabled={state === 'updating'}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

export default UpdatePrompt;
