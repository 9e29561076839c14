/** Title bar, with the body picker's button at its end. */
import { lazy, Suspense, useState } from 'react';
import { BODY_NAMES } from '../atlas/bodies';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { atlasStore } from '../state/store';

// The picker's choices arrive when it is first opened.
const BodyPicker = lazy(() => import('./BodyPicker'));

export function Header() {
  const [open, setOpen] = useState(false);
  const body = useAtlasStore((s) => s.bodyChoice.body);
  const quiz = useAtlasStore((s) => s.mode === 'quiz');
  return (
    <header className="header">
      <h1>
        Trigger Point Atlas <span className="subtitle">where a knot sends its pain</span>
      </h1>
      <div className="mode-buttons" role="group" aria-label="Modes">
        <button type="button" className="mode-button" data-testid="present-enter" onClick={() => atlasStore.getState().setMode('present', window.location.search)}>
          Present
        </button>
        <button type="button" className="mode-button" data-testid="quiz-enter" aria-pressed={quiz} onClick={() => atlasStore.getState().setMode(quiz ? 'explore' : 'quiz')}>
          {quiz ? 'Leave quiz' : 'Quiz'}
        </button>
      </div>
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
