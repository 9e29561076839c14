/**
 * Warms the browser's GPU side up in a worker while the page loads.
 *
 * The first WebGL context a page makes waits for the browser to connect the page to its GPU
 * process and for that process to make its first context: on this project's CPU-rendered
 * Chromium that blocked the main thread for 150-700 ms (most of Lighthouse's blocking time), and
 * on a phone whose browser has just started it is the same kind of wait. A worker that makes (and
 * drops) a context of its own pays that wait off the main thread; the page's own context, made
 * afterwards, then takes a few milliseconds. Where workers cannot make WebGL contexts
 * (no OffscreenCanvas), nothing is started and the page makes its context as before.
 */

/** Longest the page waits for the warm-up before making its own context anyway. */
const WARM_UP_TIMEOUT_MS = 2500;

let warmedUp: Promise<void> | null = null;

/** Starts the warm-up once (at the entry, before the app renders); later calls do nothing. */
export function startGpuWarmUp(): void {
  if (warmedUp) return;
  // Nothing to warm up where the page will make no WebGL 2 context (the app shows its lists).
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof WebGL2RenderingContext === 'undefined') {
    warmedUp = Promise.resolve();
    return;
  }
  warmedUp = new Promise<void>((resolve) => {
    let worker: Worker;
    const done = () => {
      clearTimeout(timer);
      worker?.terminate();
      resolve();
    };
    const timer = setTimeout(done, WARM_UP_TIMEOUT_MS);
    try {
      worker = new Worker(new URL('./gpuWarmUp.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warm-up' });
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}

/** Resolves once the warm-up has finished, failed or timed out (at once if none was started). */
export function gpuWarmedUp(): Promise<void> {
  return warmedUp ?? Promise.resolve();
}
