/**
 * The app shell: title, disclaimer and status, which show at once; the atlas itself (lists,
 * panels, the lookup and then the 3D view) arrives in lazily loaded chunks.
 */
import { lazy, Suspense } from 'react';
import { useDocumentSignals } from './ui/useDocumentSignals';
import { useAtlasStore } from './hooks/useAtlasStore';
import { Header } from './ui/Header';
import { Disclaimer } from './ui/Disclaimer';
import { ShellLoading } from './ui/ShellLoading';
import { afterFirstView } from './platform/serviceWorker';
import { afterStartPoster } from './platform/afterStartPoster';

// On a plain visit the atlas's code waits until the start poster has painted
// (platform/afterStartPoster.ts): the static shell shows the poster and the loading line meanwhile.
const AtlasStage = lazy(() => afterStartPoster().then(() => import('./AtlasStage')));
// The "new version" prompt arrives after the first view, with the service worker.
const UpdatePrompt = lazy(() => afterFirstView().then(() => import('./ui/UpdatePrompt')));

/** The whole app. */
export function App() {
  useDocumentSignals();
  const present = useAtlasStore((s) => s.mode === 'present');
  return (
    <div className={present ? 'app app--present' : 'app'}>
      <Header />
      <Suspense fallback={<ShellLoading />}>
        <AtlasStage />
      </Suspense>
      <Disclaimer />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </div>
  );
}
