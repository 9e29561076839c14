/**
 * The app shell: title, disclaimer and status, which show at once; the atlas itself (lists,
 * panels, the lookup and then the 3D view) arrives in lazily loaded chunks.
 */
import { lazy, Suspense } from 'react';
import { useDocumentSignals } from './ui/useDocumentSignals';
import { Header } from './ui/Header';
import { Disclaimer } from './ui/Disclaimer';
import { ShellLoading } from './ui/ShellLoading';

const AtlasStage = lazy(() => import('./AtlasStage'));

/** The whole app. */
export function App() {
  useDocumentSignals();
  return (
    <div className="app">
      <Header />
      <Suspense fallback={<ShellLoading />}>
        <AtlasStage />
      </Suspense>
      <Disclaimer />
    </div>
  );
}
