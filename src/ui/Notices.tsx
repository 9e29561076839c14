/** Non-fatal notices, e.g. a deep-link value that was ignored. */
import { atlasStore } from '../state/store';
import { useAtlasStore } from '../hooks/useAtlasStore';

/** Lists the current notices, each dismissible. */
export function Notices() {
  const notices = useAtlasStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite" data-testid="notices">
      {notices.map((notice, i) => (
        <li key={notice} className="notice" data-testid="notice">
          <span>{notice}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => atlasStore.getState().dismissNotice(i)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
