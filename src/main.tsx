/** Entry point: the text-first shell; the 3D view loads lazily inside it. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ZONES_URL } from './platform/assetUrls';
import { prefetch } from './platform/prefetch';
import { afterStartPoster } from './platform/afterStartPoster';
import { ZONE_COLOURS } from './atlas/zoneStyle';
import './ui/app.css';
import { registerServiceWorker } from './platform/serviceWorker';
import { startGpuWarmUp } from './platform/gpuWarmUp';

// The GPU side gets ready in a worker while the code and the body download (platform/gpuWarmUp.ts).
startGpuWarmUp();

// The zones start downloading now, alongside the app's code, not after it; on a plain visit
// once the start poster has painted (platform/afterStartPoster.ts). This is the first callback
// on that wait, so the download is under way before the atlas's code, which waits on it too, can
// ask for the zones (a fetch started before this would leave the prefetch unused). The body is
// already on its way: the page's head script (public/start-body.js) preloads the one the link
// names, and the loader's fetch takes that preload (a second fetch here could leave it unused).
void afterStartPoster().then(() => prefetch(ZONES_URL));

// The zone colours of the legend and panel swatches: the same constants the 3D skin uses.
document.documentElement.style.setProperty('--zone-essential', ZONE_COLOURS.essential);
document.documentElement.style.setProperty('--zone-spillover', ZONE_COLOURS.spillover);

// Offline after one visit: the service worker registers once the atlas is ready (never before).
registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  // As a transition, React renders the app in slices of a few milliseconds, yielding to the
  // browser in between, instead of in one long task; the page's static shell (index.html) stays
  // on screen meanwhile.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
