/** The atlas, read top to bottom like a table of contents: loader, 3D view, lists and panels. */
import { lazy, Suspense, useEffect } from 'react';
import { atlasStore } from './state/store';
import { useAtlasStore } from './hooks/useAtlasStore';
import { WEBGL_UNAVAILABLE } from './state/statusSlice';
import { startUrlSync } from './state/urlSync';
import { ViewButtons } from './ui/ViewButtons';
import { StatusOverlay } from './ui/StatusOverlay';
import { Notices } from './ui/Notices';
import { hasWebGLApi } from './platform/webgl';
import { useWebGL } from './hooks/useWebGL';
import { landmarkDisplayFromUrl } from './ui/landmarkDisplay';
import { Legend } from './ui/Legend';
import { PainPanel } from './ui/PainPanel';
import { MuscleFinder } from './ui/MuscleFinder';
import { XrayToggle } from './ui/XrayToggle';
import { GestureHint } from './ui/GestureHint';
import { startAtlasRuntime } from './state/atlasRuntime';

const AtlasCanvas = lazy(() => import('./scene/AtlasCanvas'));
// The muscle's panel arrives with the first selection (a deep link selects at once).
const MusclePanel = lazy(() => import('./ui/MusclePanel').then((m) => ({ default: m.MusclePanel })));

/** Everything below the header. */
export default function AtlasStage() {
  // The link's state first, so the first render already shows what it asks for.
  useEffect(() => startUrlSync(), []);
  const phase = useAtlasStore((s) => s.phase);
  const selected = useAtlasStore((s) => s.selectedMuscle !== null);
  const webgl = useWebGL();
  useEffect(() => {
    if (!hasWebGLApi()) atlasStore.getState().fail(WEBGL_UNAVAILABLE);
    // The body loader arrives lazily, so three.js stays out of the entry bundle; the runtime owns
    // loading, the WebGL surface and retries from here on.
    return startAtlasRuntime((choice, onProgress) => import('./scene/atlasResources').then((m) => m.loadAtlasResources(choice, onProgress)));
  }, []);
  const landmarks = landmarkDisplayFromUrl(window.location.search);
  return (
    <main className={webgl ? 'stage' : 'stage stage--lists'} aria-busy={phase === 'loading'}>
      {webgl && (
        <Suspense fallback={null}>
          <AtlasCanvas showLandmarks={landmarks.mode} {...(landmarks.filter ? { landmarkFilter: landmarks.filter } : {})} />
        </Suspense>
      )}
      <StatusOverlay />
      <aside className="sidebar" aria-label="Find muscles and mark pain">
        <PainPanel />
        <MuscleFinder embedded />
      </aside>
      {selected && (
        <Suspense fallback={null}>
          <MusclePanel />
        </Suspense>
      )}
      {webgl && <Legend />}
      {webgl && <GestureHint />}
      {webgl && (
        <ViewButtons>
          <XrayToggle />
        </ViewButtons>
      )}
      <Notices />
    </main>
  );
}
