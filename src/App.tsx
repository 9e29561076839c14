/** The atlas app, read top to bottom like a table of contents. */
import { lazy, Suspense } from 'react';
import { useAtlasStore } from './state/store';
import { useUrlSync } from './state/useUrlSync';
import { useDocumentSignals } from './ui/useDocumentSignals';
import { Header } from './ui/Header';
import { ViewButtons } from './ui/ViewButtons';
import { StatusOverlay } from './ui/StatusOverlay';
import { Notices } from './ui/Notices';
import { Disclaimer } from './ui/Disclaimer';
import { hasWebGL } from './ui/webgl';
import { landmarkDisplayFromUrl } from './ui/landmarkDisplay';
import { Legend } from './ui/Legend';
import { PainPanel } from './ui/PainPanel';
import { MuscleFinder } from './ui/MuscleFinder';
import { MusclePanel } from './ui/MusclePanel';
import { XrayToggle } from './ui/XrayToggle';

const AtlasCanvas = lazy(() => import('./scene/AtlasCanvas'));

/** The whole app. */
export function App() {
  useUrlSync();
  useDocumentSignals();
  const phase = useAtlasStore((s) => s.phase);
  const webgl = hasWebGL();
  const landmarks = landmarkDisplayFromUrl(window.location.search);
  return (
    <div className="app">
      <Header />
      <main className="stage" aria-busy={phase === 'loading'}>
        {webgl && (
          <Suspense fallback={null}>
            <AtlasCanvas showLandmarks={landmarks.mode} {...(landmarks.filter ? { landmarkFilter: landmarks.filter } : {})} />
          </Suspense>
        )}
        <StatusOverlay webgl={webgl} />
        <aside className="sidebar" aria-label="Find muscles and mark pain">
          <PainPanel />
          <MuscleFinder embedded />
        </aside>
        <MusclePanel />
        <Legend />
        <ViewButtons>
          <XrayToggle />
        </ViewButtons>
        <Notices />
      </main>
      <Disclaimer />
    </div>
  );
}
