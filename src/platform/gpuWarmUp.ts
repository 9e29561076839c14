/**
 * Warms the browser's GPU side up in a worker while the page loads.
 *
 * The first WebGL context a page makes waits for the browser to connect the page to its GPU
 * process and for that process to make its first context: on this project's CPU-rendered
 * Chromium that blocked the main thread for 150-700 ms (most of Lighthouse's blocking time), and
 * on a phone whose browser has just started it is the same kind of wait. A worker that makes a
 * context of its own pays that wait off the main thread. Making the page's own context still
 * waits for whatever the GPU process is doing then (drawing and, under Lighthouse, reading back
 * a page frame: 90 ms in its traces), so the worker keeps its context until the page has made
 * its own, and tells the page when the GPU process has caught up with it
 * ({@link gpuCaughtUpForContext}). Where workers cannot make WebGL contexts (no
 * OffscreenCanvas), nothing is started and the page makes its context as before.
 */

/** Longest the page waits for the warm-up before making its own context anyway. */
const WARM_UP_TIMEOUT_MS = 2500;

let warmedUp: Promise<void> | null = null;
/** The warm-up's worker while it holds its context (until the page has made its own). */
let warmWorker: Worker | null = null;
/** The page's questions to the worker still waiting for their answer, by number. */
const pendingAnswers = new Map<number, () => void>();
let nextQuestion = 0;

/** Starts the warm-up once (at the entry, before the app renders); later calls do nothing. */
export function startGpuWarmUp(): void {
  if (warmedUp) return;
  // Nothing to warm up where the page will make no WebGL 2 context (the app shows its lists).
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof WebGL2RenderingContext === 'undefined') {
    warmedUp = Promise.resolve();
    return;
  }
  warmedUp = new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    let warm = false;
    const done = (keep: boolean) => {
      clearTimeout(timer);
      if (keep && worker) {
        warmWorker = worker;
        const kept = worker;
        setTimeout(() => warmWorker === kept && endGpuWarmUp(), KEEP_CONTEXT_MS);
      } else worker?.terminate();
      resolve();
    };
    const timer = setTimeout(() => done(false), WARM_UP_TIMEOUT_MS);
    try {
      worker = new Worker(new URL('./gpuWarmUp.worker.ts', import.meta.url), { type: 'module', name: 'gpu-warm-up' });
      worker.onmessage = (event: MessageEvent<{ type?: string; ok?: boolean; question?: number }>) => {
        const data = event.data ?? {};
        if (!warm) {
          // The first message says whether the worker made its context.
          warm = true;
          done(data.type === 'warm' && data.ok === true);
          return;
        }
        if (data.type === 'caught-up' && typeof data.question === 'number') answer(data.question);
      };
      worker.onerror = () => {
        if (!warm) {
          warm = true;
          done(false);
        } else if (warmWorker === worker) endGpuWarmUp();
      };
    } catch {
      done(false);
    }
  });
}

/** Resolves once the warm-up has finished, failed or timed out (at once if none was started). */
export function gpuWarmedUp(): Promise<void> {
  return warmedUp ?? Promise.resolve();
}

/** Longest wait for the worker's answer. */
const CAUGHT_UP_TIMEOUT_MS = 600;
/** The worker lets its context go this long after warming up even if the page never makes one (a failed load). */
const KEEP_CONTEXT_MS = 20_000;

function answer(question: number): void {
  const resolve = pendingAnswers.get(question);
  pendingAnswers.delete(question);
  resolve?.();
}

/**
 * Resolves once the GPU process has caught up with the warm-up's context (see the worker), so a
 * context made next is set up while that process is free; at once without a warm-up worker.
 */
export function gpuCaughtUpForContext(): Promise<void> {
  const worker = warmWorker;
  if (!worker) return Promise.resolve();
  const question = nextQuestion++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => answer(question), CAUGHT_UP_TIMEOUT_MS);
    pendingAnswers.set(question, () => {
      clearTimeout(timer);
      resolve();
    });
    worker.postMessage({ type: 'caught-up?', question });
  });
}

/**
 * Ends the warm-up once the page has its own context: the worker drops its context and closes;
 * questions still waiting are answered at once (the worker will not).
 */
export function endGpuWarmUp(): void {
  warmWorker?.postMessage({ type: 'end' });
  warmWorker = null;
  for (const question of [...pendingAnswers.keys()]) answer(question);
}
