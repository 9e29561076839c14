/**
 * On a plain first visit the start poster (public/start-body.js, ui/StartPoster.tsx) is the
 * first picture of the body. The atlas's code past the entry (its lists and panels, three.js and
 * the scene: about 230 kB compressed) and the zones (40 kB) wait until the poster has painted: on
 * a phone's slow link they would otherwise share the line with its 35 kB and keep the picture
 * back for seconds, while the page's static shell already shows the poster, the title, the
 * loading line and the disclaimer. The body model is not held: the head script starts it at
 * once and it keeps the line busy while the poster paints, so the 3D view is hardly later.
 * Lighthouse's simulated phone counts every download that ended before the poster painted as in
 * its way.
 *
 * No wait when the page has no poster (a link that opens on something else), when the service
 * worker serves the page (its cache shares no line), once the user presses or taps anything (the
 * header's buttons work before the atlas: the user wants it now, and the browser stops reporting
 * paints after input), once the mark is gone, or past a cap: a poster that is slow or never
 * painted (a hidden tab reports no paint) must not hold the atlas back.
 */

/** The head script's mark on the root element for a visit that opens on the poster. */
export const START_POSTER_MARK = 'data-start-poster';
const POSTER_PATH = '/poster/front.png';
/** The longest wait, from navigation start. A phone on a slow link paints the poster by ~1.3 s. */
export const LONGEST_POSTER_WAIT_MS = 3000;

/** What the wait reads of the page; the browser's by default, a test's fakes otherwise. */
export interface PosterPage {
  /** Whether the head script marked this visit for the poster (and the mark is still there). */
  marked(): boolean;
  /** Calls `retired` once the mark is gone or the user presses a key or a pointer; returns the stop. */
  watchRetired(retired: () => void): () => void;
  /** Whether a service worker serves this page. */
  controlled: boolean;
  /** Milliseconds since navigation start. */
  now(): number;
  /** Calls `painted` once the poster has painted; returns the stop. */
  watchPaint(painted: () => void): () => void;
  setTimeout(run: () => void, ms: number): () => void;
}

let waiting: Promise<void> | undefined;

/** Resolves once the poster has painted (or at once when there is nothing to wait for). */
export function afterStartPoster(): Promise<void> {
  return (waiting ??= waitForStartPoster(browserPage()));
}

export function waitForStartPoster(page: PosterPage): Promise<void> {
  if (!page.marked() || page.controlled) return Promise.resolve();
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    const done = () => {
      stops.forEach((stop) => stop());
      resolve();
    };
    stops.push(page.watchRetired(done));
    stops.push(page.setTimeout(done, Math.max(0, LONGEST_POSTER_WAIT_MS - page.now())));
    try {
      stops.push(page.watchPaint(done));
    } catch {
      // Without a way to see the paint, the atlas goes ahead.
      done();
    }
  });
}

function browserPage(): PosterPage {
  const root = document.documentElement;
  return {
    marked: () => root.hasAttribute(START_POSTER_MARK),
    watchRetired: (retired) => {
      // The mark goes when the poster is retired (ui/startPosterRule.ts, once the atlas runs).
      const observer = new MutationObserver(() => {
        if (!root.hasAttribute(START_POSTER_MARK)) retired();
      });
      observer.observe(root, { attributes: true, attributeFilter: [START_POSTER_MARK] });
      const input = { capture: true, once: true, passive: true } as const;
      window.addEventListener('pointerdown', retired, input);
      window.addEventListener('keydown', retired, input);
      return () => {
        observer.disconnect();
        window.removeEventListener('pointerdown', retired, input);
        window.removeEventListener('keydown', retired, input);
      };
    },
    controlled: Boolean(navigator.serviceWorker?.controller),
    now: () => performance.now(),
    watchPaint: watchPosterPaint,
    setTimeout: (run, ms) => {
      const timer = window.setTimeout(run, ms);
      return () => window.clearTimeout(timer);
    },
  };
}

/**
 * The poster's paint as the browser reports it: its largest-contentful-paint entry (the time the
 * frame was shown). A browser without that entry type gets the picture decoded and one frame.
 */
function watchPosterPaint(painted: () => void): () => void {
  // The entry names the picture's address; the poster's element too, should a browser leave the
  // address of a CSS background out.
  const isPoster = ({ url, element }: LargestContentfulPaint) =>
    (url !== '' && new URL(url, document.baseURI).pathname.endsWith(POSTER_PATH)) || (element?.classList.contains('start-poster') ?? false);
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntries().some((entry) => isPoster(entry as LargestContentfulPaint))) painted();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    return () => observer.disconnect();
  }
  let stopped = false;
  const picture = new Image();
  picture.src = new URL(`${import.meta.env.BASE_URL}poster/front.png`, document.baseURI).href;
  const afterFrame = () => requestAnimationFrame(() => !stopped && painted());
  picture.decode().then(afterFrame, afterFrame);
  return () => {
    stopped = true;
  };
}
