/**
 * Cold loads on a phone-class profile, throttled through the Chrome DevTools Protocol: the
 * renderer's CPU slowed 4x (Emulation.setCPUThrottlingRate), the network at 1.6 Mbit/s down,
 * 750 kbit/s up and 150 ms latency (Network.emulateNetworkConditions, after Network.enable, with
 * the cache disabled), at a phone's CSS viewport. Measures first contentful paint, time to
 * `data-atlas-ready`, when the body file was requested and the waves of code requests before it
 * (see waterfall.ts).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { newPage, waitReady, type PageOptions } from './pageRuns';
import { analyseWaterfall, readResources, type Waterfall } from './waterfall';

export const MOBILE = {
  viewport: { width: 390, height: 844 },
  /**
   * 1, not a phone's 2-3: WebGL renders on the CPU here (SwiftShader), where 3x the pixels would
   * time the software rasteriser rather than the app. The CPU throttling stands for the phone.
   */
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  cpuSlowdown: 4,
  downloadKbps: 1600,
  uploadKbps: 750,
  latencyMs: 150,
};

/** The body file whose request time and round trips are measured. */
export const BODY_PATH = '/models/body.glb';

export interface MobileLoad {
  /** ms from navigation start to first contentful paint (NaN when the page reported none). */
  firstPaintMs: number;
  readyMs: number;
  /** ms from navigation start to the body file's request (Resource Timing startTime). */
  bodyRequestedMs: number;
  waterfall: Waterfall;
}

/** The phone profile's network and CPU, on a page's CDP session (after Network.enable). */
async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latencyMs,
    // Bytes per second.
    downloadThroughput: (MOBILE.downloadKbps * 1000) / 8,
    uploadThroughput: (MOBILE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

/** A page in a fresh context at the phone profile's viewport, touch and pixel ratio. */
function phonePage(browser: Browser, options: Partial<PageOptions> = {}): Promise<Page> {
  return newPage(browser, {
    viewport: MOBILE.viewport,
    deviceScaleFactor: MOBILE.deviceScaleFactor,
    isMobile: MOBILE.isMobile,
    hasTouch: MOBILE.hasTouch,
    ...options,
  });
}

/** One cold, throttled load of `url` in a fresh context. */
export async function measureMobileLoad(browser: Browser, url: string): Promise<MobileLoad> {
  const page = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await throttle(cdp);
    await page.goto(url);
    const readyMs = await waitReady(page);
    const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const waterfall = analyseWaterfall(await readResources(page), BODY_PATH);
    return { firstPaintMs, readyMs, bodyRequestedMs: waterfall.targetStartMs, waterfall };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.context().close();
  }
}

/** How long the first visit may take to register, precache and activate the worker. */
const CONTROL_TIMEOUT_MS = 120_000;

/** Waits until an activated service worker controls `page`. */
async function waitUntilControlled(page: Page): Promise<void> {
  const start = Date.now();
  for (;;) {
    const controlled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker?.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    if (controlled) return;
    if (Date.now() - start > CONTROL_TIMEOUT_MS) throw new Error(`no service worker controlled the page within ${CONTROL_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** One repeat visit with the service worker. */
export interface RepeatLoad {
  readyMs: number;
  /** Requests (the page's included) that went through the worker, of all the load made. */
  fromWorker: number;
  requests: number;
}

/**
 * A repeat visit on the same throttled profile with the service worker: one visit first
 * (unthrottled) until the worker controls the page and its precache is complete, then a reload
 * under throttling (the HTTP cache left on, as a browser has it) timed to `data-atlas-ready`.
 */
export async function measureRepeatMobileLoad(browser: Browser, url: string): Promise<RepeatLoad> {
  const page = await phonePage(browser, { serviceWorkers: 'allow' });
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(url);
    await waitReady(page);
    // The worker registers after the first view; wait until it controls the page (activated, so
    // its precache is complete). Polled with evaluate: waitForFunction would take the async
    // check's promise itself as a truthy answer and go on at once.
    await waitUntilControlled(page);
    await cdp.send('Network.enable');
    await throttle(cdp);
    await page.reload();
    const readyMs = await waitReady(page);
    const served = await page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      return { fromWorker: entries.filter((e) => e.workerStart > 0).length, requests: entries.length, controlled: navigator.serviceWorker.controller !== null };
    });
    if (!served.controlled) throw new Error('the repeat visit was not controlled by the service worker');
    return { readyMs, ...served };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.context().close();
  }
}

/**
 * A repeat visit of a page without a service worker (the bare three.js baseline): one visit
 * first (unthrottled), then a reload on the throttled profile with the HTTP cache kept, timed to
 * `data-atlas-ready`. Its code is served immutable, so only the document and the body file are
 * revalidated (one round trip each); the app's worker answers those from its cache instead.
 */
export async function measureRepeatCachedLoad(browser: Browser, url: string): Promise<number> {
  const page = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(url);
    await waitReady(page);
    await cdp.send('Network.enable');
    await throttle(cdp);
    await page.reload();
    return await waitReady(page);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.context().close();
  }
}
