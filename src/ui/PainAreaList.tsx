/**
 * "Choose from a list": pain areas by region with left/right checkboxes, synced with the drawing.
 * The rows (about 140 areas) and their filter exist only while the list is open, and arrive as a
 * chunk of their own the first time it opens: a closed list costs nothing.
 */
import { lazy, Suspense, useEffect, useState } from 'react';

const PainAreaRows = lazy(() => import('./PainAreaRows'));

/** The list; opened by default when there is no 3D view. */
export function PainAreaList({ open }: { open: boolean }) {
  const [shown, setShown] = useState(open);
  useEffect(() => {
    if (open) setShown(true);
  }, [open]);
  return (
    <details className="pain-areas" open={shown} onToggle={(e) => setShown(e.currentTarget.open)} data-testid="pain-areas">
      <summary>Choose painful areas from a list</summary>
      {shown && (
        <Suspense fallback={<p className="pain-area-none">Loading the list…</p>}>
          <PainAreaRows />
        </Suspense>
      )}
    </details>
  );
}
