/**
 * Where the red flags appear in the pain panel. The list and its citations load as a chunk of
 * their own the first time the panel opens, keeping them out of the explorer's first view; until
 * they arrive (or if they cannot), a short line says what needs help now, so no drawing is ever
 * shown without that warning.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { BodyArea, RedFlagPlace } from '../atlas/bodyAreas';

const RedFlagList = lazy(() => import('./RedFlagList'));

/** The red flags for the places the drawing touches (see `RedFlagList`). */
export function RedFlags(props: { areas: readonly BodyArea[]; places: readonly RedFlagPlace[] }) {
  return (
    <ListOrFallback>
      <Suspense fallback={<UrgentLine />}>
        <RedFlagList {...props} />
      </Suspense>
    </ListOrFallback>
  );
}

/** Shown while the list loads, or in its place if it fails to load. */
function UrgentLine() {
  return (
    <div className="red-flags" role="note" data-testid="red-flags-pending">
      <p>
        <strong className="urgency urgency-emergency">Emergency:</strong> chest pain or pressure, a sudden worst-ever
        headache, new weakness or numbness, loss of bladder or bowel control, or a hot swollen calf: call emergency
        services or see a clinician now.
      </p>
    </div>
  );
}

/** Keeps the urgent line if the list's chunk cannot load (offline before it was ever fetched). */
class ListOrFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? <UrgentLine /> : this.props.children;
  }
}
