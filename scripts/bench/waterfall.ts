/**
 * The request waterfall of one page load, read from the page's own Resource Timing entries (times
 * in ms from navigation start, the same clock as the paint entries and `data-atlas-ready`).
 *
 * Round trips before a request, as the bench counts them: the "waves" of code requests it waited
 * on. Only the requests that can start others count as code: the document, scripts (module
 * scripts, modulepreloads, dynamic imports) and stylesheets (which hold back module scripts).
 * The document is wave 1; any other code request is in wave 1 + the highest wave among the code
 * requests whose responses had ended (responseEnd) before it started (startTime). The target (the
 * body file) waited on wave(target) - 1 round trips: with the body preloaded from the HTML that is
 * 1 (the document); fetched as soon as the entry script runs, 2 (document, entry chunk); fetched
 * by a lazily imported chunk that the entry imports, 3 or more. Timing is an upper bound on the
 * real dependency (a code request that merely happened to end earlier counts too), but it sees
 * dynamic imports, whose CDP initiator is only "about:client".
 */
import type { Page } from '@playwright/test';

/** One request of the page, as Resource Timing reports it. */
export interface ResourceEntry {
  /** Path and query, from the origin (`/assets/index-x.js`; `/` for the document). */
  path: string;
  /** `navigation` for the document, else the element or API that asked (script, link, fetch…). */
  initiatorType: string;
  startMs: number;
  responseEndMs: number;
  /** Bytes on the wire (headers included; 0 when served from a cache). */
  transferSize: number;
  /** Body bytes as sent (compressed, when the server compressed it). */
  encodedBodySize: number;
  decodedBodySize: number;
}

/** Every request of the page so far: the navigation entry first, then the resources by start. */
export async function readResources(page: Page): Promise<ResourceEntry[]> {
  return page.evaluate(() => {
    const origin = location.origin;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return entries
      .map((e) => {
        const url = new URL(e.name, origin);
        return {
          path: url.origin === origin ? url.pathname + url.search : url.href,
          initiatorType: e.initiatorType,
          startMs: e.startTime,
          responseEndMs: e.responseEnd,
          transferSize: e.transferSize,
          encodedBodySize: e.encodedBodySize,
          decodedBodySize: e.decodedBodySize,
        };
      })
      .sort((a, b) => a.startMs - b.startMs);
  });
}

/** Waits until no new request has started for `quietMs` (at most `timeoutMs`). */
export async function waitNetworkQuiet(page: Page, quietMs = 500, timeoutMs = 5000): Promise<void> {
  const count = () => page.evaluate(() => performance.getEntriesByType('resource').length);
  const start = Date.now();
  let last = await count();
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100);
    const now = await count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/** Whether a request is code that can start other requests (see the header). */
export function isCode(entry: ResourceEntry): boolean {
  if (entry.initiatorType === 'navigation') return true;
  const path = entry.path.split('?')[0]!;
  return /\.(m?js|css)$/.test(path) && ['script', 'link', 'other', 'css'].includes(entry.initiatorType);
}

export interface WaterfallStep {
  path: string;
  initiatorType: string;
  wave: number;
  startMs: number;
  responseEndMs: number;
}

export interface Waterfall {
  /** The target's start (ms from navigation start); NaN when it was not requested. */
  targetStartMs: number;
  /** Waves of code requests before the target (see the header); NaN when it was not requested. */
  roundTrips: number;
  /** The longest chain of code requests behind the target, document first, each in its wave. */
  chain: WaterfallStep[];
  /** Every code request whose response ended before the target started, by wave. */
  endedBefore: WaterfallStep[];
  /** The whole load, for the record: every request with its wave (code only) and times. */
  requests: (WaterfallStep & { encodedBodySize: number; decodedBodySize: number })[];
}

/** The waves of a load, and how many of them came before the first request of `targetPath`. */
export function analyseWaterfall(entries: ResourceEntry[], targetPath: string): Waterfall {
  const code = entries.filter(isCode).sort((a, b) => a.startMs - b.startMs);
  const wave = new Map<ResourceEntry, number>();
  const parent = new Map<ResourceEntry, ResourceEntry>();
  /** The wave a request starting at `startMs` is in, and the code request it waited on last. */
  const place = (startMs: number, self?: ResourceEntry): { wave: number; after?: ResourceEntry } => {
    let best: { wave: number; after?: ResourceEntry } = { wave: 1 };
    for (const other of code) {
      if (other === self || !wave.has(other) || other.responseEndMs > startMs) continue;
      const w = wave.get(other)! + 1;
      // Among equal waves, the one that ended last is what the request waited on.
      if (w > best.wave || (w === best.wave && best.after && other.responseEndMs > best.after.responseEndMs)) best = { wave: w, after: other };
    }
    return best;
  };
  for (const entry of code) {
    const placed = entry.initiatorType === 'navigation' ? { wave: 1 } : place(entry.startMs, entry);
    wave.set(entry, placed.wave);
    if (placed.after) parent.set(entry, placed.after);
  }
  const step = (e: ResourceEntry): WaterfallStep => ({
    path: e.path,
    initiatorType: e.initiatorType,
    wave: wave.get(e) ?? NaN,
    startMs: e.startMs,
    responseEndMs: e.responseEndMs,
  });
  const requests = entries.map((e) => ({ ...step(e), encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize }));

  const target = entries.find((e) => e.path.split('?')[0] === targetPath);
  if (!target) return { targetStartMs: NaN, roundTrips: NaN, chain: [], endedBefore: [], requests };
  const placed = place(target.startMs);
  const chain: WaterfallStep[] = [];
  for (let at = placed.after; at; at = parent.get(at)) chain.unshift(step(at));
  const endedBefore = code.filter((e) => e.responseEndMs <= target.startMs).map(step);
  return { targetStartMs: target.startMs, roundTrips: placed.wave - 1, chain, endedBefore, requests };
}

/** A request's short name: `document`, or its file name. */
export function shortName(step: WaterfallStep): string {
  return step.initiatorType === 'navigation' ? 'document' : step.path.split('?')[0]!.replace(/^.*\//, '');
}

/** The chain in a few words: `document (ended 160 ms) → index-x.js (ended 900 ms) → …`. */
export function describeChain(chain: WaterfallStep[]): string {
  return chain.map((s) => `${shortName(s)} (ended ${Math.round(s.responseEndMs)} ms)`).join(' → ');
}

/** The code requests that ended before the target, by wave: `1: document; 2: index-x.js, index-y.css; …`. */
export function describeWaves(steps: WaterfallStep[]): string {
  const waves = new Map<number, string[]>();
  for (const s of steps) waves.set(s.wave, [...(waves.get(s.wave) ?? []), shortName(s)]);
  return [...waves.entries()]
    .sort(([a], [b]) => a - b)
    .map(([w, names]) => `${w}: ${names.join(', ')}`)
    .join('; ');
}
