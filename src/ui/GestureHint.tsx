/**
 * A first-use hint over the 3D view: how to turn, zoom and move the body, in the words of the
 * pointer in hand (fingers or a mouse). It goes at the first touch of the body, when dismissed,
 * or after a while, and stays gone for the rest of the visit (a flag in this tab's session
 * storage: no personal data, nothing kept after the tab closes).
 */
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../hooks/useAtlasStore';

const SEEN_KEY = 'trigger-point-atlas:gesture-hint-seen';
/** How long the hint stays if nobody touches the body (ms). */
const SHOW_MS = 12_000;

function seen(): boolean {
  try {
    return window.sessionStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

function markSeen(): void {
  try {
    window.sessionStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage refused: the hint may show again on the next page of this visit.
  }
}

export function GestureHint() {
  const ready = useAtlasStore((s) => s.phase === 'ready');
  const [open, setOpen] = useState(() => !seen());
  const touch = typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;
  useEffect(() => {
    if (!open || !ready) return;
    const close = () => {
      markSeen();
      setOpen(false);
    };
    const canvas = document.querySelector('.atlas-canvas');
    canvas?.addEventListener('pointerdown', close, { once: true });
    const timer = setTimeout(close, SHOW_MS);
    return () => {
      canvas?.removeEventListener('pointerdown', close);
      clearTimeout(timer);
    };
  }, [open, ready]);
  if (!open || !ready) return null;
  return (
    <div className="gesture-hint" data-testid="gesture-hint" role="note">
      <span>
        {touch
          ? 'Tap where it hurts · drag one finger to turn · pinch to zoom · two fingers to move'
          : 'Click where it hurts · drag to turn · scroll to zoom where you point · right-drag to move'}
      </span>
      <button type="button" aria-label="Hide this hint" onClick={() => { markSeen(); setOpen(false); }}>
        ×
      </button>
    </div>
  );
}
