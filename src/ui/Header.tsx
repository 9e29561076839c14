/** Title bar, with the body picker's button at its end. */
import { lazy, Suspense, useState } from 'react';
import { BODY_NAMES } from '../atlas/bodies';
import { useAtlasStore } from '../hooks/useAtlasStore';

// The picker's choices arrive when it is first opened.
const BodyPicker = lazy(() => import('./BodyPicker'));

export function Header() {
  const [open, setOpen] = useState(false);
  const body = useAtlasStore((s) => s.bodyChoice.body);
  return (
    <header className="header">
      <h1>
        Trigger Point Atlas <span className="subtitle">where a knot sends its pain</span>
      </h1>
      <button
        type="button"
        className="body-button"
        data-testid="body-picker"
        aria-expanded={open}
        aria-controls="body-picker-panel"
        onClick={() => setOpen(!open)}
      >
        Body: {BODY_NAMES[body]}
      </button>
      {open && (
        <Suspense fallback={null}>
          <BodyPicker onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </header>
  );
}
