/**
 * The offline atlas's service worker (built by vite-plugin-pwa with Workbox, see vite.config.ts):
 * registered in production builds only, and only once the first view is drawn, so neither its
 * script nor its precache downloads compete with the first view's. A new version never swaps in
 * under the user: it waits, `updateState` says so (src/ui/UpdatePrompt.tsx asks the user), and
 * `applyUpdate` activates it and reloads the page once it is in control.
 */

/** Where an update stands: none waiting, waiting for the user, put off by the user, being applied. */
export type UpdateState = 'none' | 'waiting' | 'dismissed' | 'updating';

let state: UpdateState = 'none';
let activate: (() => void) | null = null;
const listeners = new Set<() => void>();

function setState(next: UpdateState): void {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

/** Calls `listener` whenever the update state changes; returns the unsubscribe (useSyncExternalStore's shape). */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current update state. */
export function updateState(): UpdateState {
  return state;
}

/** Activates the waiting version; the page reloads as soon as it controls the page. */
export function applyUpdate(): void {
  if (!activate || state === 'updating') return;
  setState('updating');
  activate();
}

/** Puts the update off for this page: the new version starts when every atlas tab has closed. */
export function dismissUpdate(): void {
  if (state === 'waiting') setState('dismissed');
}

/** The longest wait for the ready signal after `load`: a page that never signals still gets its worker. */
const FIRST_VIEW_TIMEOUT_MS = 20_000;
/** How often an open page asks for a new version (a therapist's tab can stay open all day). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let firstView: Promise<void> | null = null;

/**
 * Resolves once the first view is done: the page has loaded and the atlas is ready or has
 * failed (`data-atlas-ready` / `data-atlas-error` on <html>, the contract's signals), then the
 * browser is idle.
 */
export function afterFirstView(): Promise<void> {
  firstView ??= new Promise<void>((resolve) => {
    const html = document.documentElement;
    const signalled = () => html.hasAttribute('data-atlas-ready') || html.hasAttribute('data-atlas-error');
    const idle = () => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 200);
    };
    const afterLoad = () => {
      if (signalled()) return idle();
      const observer = new MutationObserver(() => {
        if (!signalled()) return;
        observer.disconnect();
        clearTimeout(timer);
        idle();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        idle();
      }, FIRST_VIEW_TIMEOUT_MS);
      observer.observe(html, { attributes: true, attributeFilter: ['data-atlas-ready', 'data-atlas-error'] });
    };
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
  return firstView;
}

/** Registers the service worker after the first view (production builds, browsers that have them). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void afterFirstView()
    .then(async () => {
      const { Workbox } = await import('workbox-window');
      const base = import.meta.env.BASE_URL;
      const wb = new Workbox(`${base}sw.js`, { scope: base });
      let asked = false;
      // Also fires at start when a version was already waiting (the user chose "Later" and reloaded).
      wb.addEventListener('waiting', () => {
        activate = () => {
          asked = true;
          wb.messageSkipWaiting();
        };
        if (state !== 'updating') setState('waiting');
      });
      wb.addEventListener('controlling', (event) => {
        if (asked) window.location.reload();
        // Another atlas tab took the update: this page still runs the old build, whose lazy
        // chunks the new worker no longer keeps, so it offers the reload too (no swap under the user).
        else if (event.isUpdate) {
          activate = () => window.location.reload();
          setState('waiting');
        }
      });
      await wb.register();
      setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    // Offline use is an extra: a browser that refuses the worker (private mode, an old origin
    // policy) still runs the atlas online, so a failed registration changes nothing else.
    .catch(() => undefined);
}
