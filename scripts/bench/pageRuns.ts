/**
 * The in-browser measurements of the bench. Each load runs in a fresh browser context (cold HTTP
 * cache); the interaction measurements share one page of the app after it is ready.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { INIT_SCRIPT } from './instrument';
import { startProcessCpu } from './processCpu';
import { readResources, waitNetworkQuiet, type ResourceEntry } from './waterfall';

export const VIEWPORT = { width: 1280, height: 720 };
const READY_TIMEOUT_MS = 120_000;

/** What the injected script keeps in the page (see instrument.ts). */
interface BenchGlobal {
  readyAt: number | null;
  longTasks: { start: number; duration: number }[];
  longTaskError?: string;
  webgl: () => { created: number; live: number };
  armTap: (timeoutMs: number) => void;
  tap: Promise<{ upAt: number; listAt: number } | null>;
}
declare global {
  interface Window {
    __bench?: BenchGlobal;
  }
}

interface RaycastRound {
  medianMs: number;
  missMedianMs: number;
  hits: number;
  firstMs: number;
}

/** Rounds of the raycast probe (each a median over the same seeded rays). */
const RAYCAST_ROUNDS = 3;

const log = (...args: unknown[]) => console.error(`[bench ${process.uptime().toFixed(0)} s]`, ...args);

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PageOptions {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  /** The repeat-visit run lets the service worker in; others run as a first visit. */
  serviceWorkers: 'allow' | 'block';
}

/** A page in a fresh context (cold HTTP cache) with the bench's instruments and the app's test probes. */
export async function newPage(browser: Browser, options: Partial<PageOptions> = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, ...options });
  await context.addInitScript(INIT_SCRIPT);
  // The bench reads the app through its test probes, which load only when asked for.
  await context.addInitScript(() => {
    window.__atlasProbes = true;
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  return page;
}

/** Waits for `data-atlas-ready`; ms from navigation start to the moment it appeared. */
export async function waitReady(page: Page): Promise<number> {
  await page.waitForSelector('html[data-atlas-ready="true"]', { state: 'attached', timeout: READY_TIMEOUT_MS });
  await page.waitForFunction(() => window.__bench?.readyAt !== null);
  return page.evaluate(() => window.__bench!.readyAt!);
}

export interface LoadResult {
  /** ms from navigation start to `data-atlas-ready`. */
  readyMs: number;
  /** Longest main-thread task (ms) that started before ready; 0 when none reached 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  /**
   * Longest task (ms) in the first {@link SETTLE_MS} after ready: the load's tail, work the page
   * puts off until the body is shown (the picking grid, the service worker's registration).
   */
  longestTaskAfterReadyMs: number;
  /** Every request of the load, up to ready and a quiet network after it (Resource Timing). */
  resources: ResourceEntry[];
}

/** How long after ready a load's long tasks still count as the load's (LoadResult.longestTaskAfterReadyMs). */
export const SETTLE_MS = 3000;

/** One cold load of `url` in a fresh context: time to ready and the long tasks before and just after it. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadResult> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    const readyMs = await waitReady(page);
    // Long-task entries are delivered after their task ends: give the observer a moment.
    await page.waitForFunction((until) => performance.now() > until, readyMs + SETTLE_MS + 300, { polling: 100 });
    const tasks = await page.evaluate(() => window.__bench!.longTasks);
    const error = await page.evaluate(() => window.__bench!.longTaskError);
    if (error) log('long-task observer unavailable:', error);
    const before = tasks.filter((t) => t.start <= readyMs);
    const after = tasks.filter((t) => t.start > readyMs && t.start <= readyMs + SETTLE_MS);
    // What the first view loads: wait until no request has started for half a second.
    await waitNetworkQuiet(page);
    const resources = await readResources(page);
    return {
      readyMs,
      longestTaskMs: Math.max(0, ...before.map((t) => t.duration)),
      longTasks: before.length,
      longestTaskAfterReadyMs: Math.max(0, ...after.map((t) => t.duration)),
      resources,
    };
  } finally {
    await page.context().close();
  }
}

/** The WebGL renderer string the baseline page gets (SwiftShader here). */
export async function webglRenderer(browser: Browser, url: string): Promise<string> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return name;
    });
  } finally {
    await page.context().close();
  }
}

export interface InteractionResult {
  idle: {
    seconds: number;
    frames: number;
    cpuPercent: number;
    scriptMs: number;
    taskMs: number;
    /** CPU ms of each Chromium process type over the same window (Linux), null elsewhere. */
    perProcessMs: Record<string, number> | null;
  };
  /** Lowest of the rounds' medians. */
  raycastMs: number;
  raycastRoundsMs: number[];
  /** The page's first raycast, before any tap. */
  raycastFirstMs: number;
  /** Lowest median of rays that miss the skin. */
  raycastMissMs: number;
  /** Hitting rays found per round (the target is raycastSamples). */
  raycastHits: number;
  raycastSamples: number;
  tap: { samplesMs: number[]; landmarks: string[]; misses: number };
  heap: HeapResult;
  /** A body switch after its file is in the HTTP cache: the picker's click to the new body drawn. */
  bodySwitch: { samplesMs: number[]; bodies: string[] };
  webgl: { created: number; live: number };
  /** Measurements that could not be made, by stage, with the reason. */
  errors: Record<string, string>;
}

async function frames(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlasTest?.frames?.() ?? -1);
}

/** Waits until no frame has been rendered for `quietMs` (the on-demand loop has settled). */
async function waitSceneIdle(page: Page, quietMs = 400, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  let last = await frames(page);
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(100);
    const now = await frames(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
  log(`scene still rendering after ${timeoutMs} ms`);
}

async function taskMetrics(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: the first collection can free objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/**
 * The heap's objects after a forced GC, from a heap snapshot: the self sizes of every node but
 * V8's compiled code. Code grows as functions get optimised, cycle after cycle, without anything
 * being retained, so a leak check that counted it would flag the JIT rather than the app.
 */
async function objectHeap(cdp: CDPSession): Promise<number> {
  await usedHeap(cdp);
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (types[snapshot.nodes[i + typeAt]!] !== 'code') bytes += snapshot.nodes[i + sizeAt]!;
  }
  return bytes;
}

/** One tap at (x, y) from an empty drawing: ms from the tap's pointerup to a candidate in the DOM. */
async function timedTap(page: Page, x: number, y: number): Promise<number | null> {
  await page.evaluate(() => window.__atlasTest!.setPainPoints!([]));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="candidate"]').length === 0);
  await waitSceneIdle(page, 300);
  await page.evaluate(() => window.__bench!.armTap(5000));
  await page.mouse.click(x, y);
  const result = await page.evaluate(() => window.__bench!.tap);
  return result ? result.listAt - result.upAt : null;
}

/** Landmarks (front view) tried first for taps: inside common referral zones. */
const TAP_LANDMARKS = ['chest_r', 'shoulder_front_r', 'thigh_anterior_r', 'deltoid_r', 'chest_l', 'thigh_lateral_l', 'shin_r', 'lower_abdomen_l'];

/** Pain drawings for the heap cycles: landmark names, each with candidates of its own. */
const DRAWINGS = [['temple_r', 'neck_base_r'], ['trochanterion_l', 'buttock_l'], ['calf_l'], ['shoulder_back_r', 'scapula_inferior_angle_r'], ['lateral_epicondyle_l']];

export interface HeapResult {
  /** Used JS heap after a forced GC, before the first cycle. */
  baselineBytes: number;
  /** The same after `firstCycles` cycles and after `cycles` cycles. */
  afterFirstBytes: number;
  afterBytes: number;
  /** One-time growth: after `firstCycles` minus the baseline (first-use caches, loaded texts). */
  firstGrowthBytes: number;
  /** Leak check: after `cycles` minus after `firstCycles` (the same muscles and drawings again), in the heap's objects (compiled code left out, see objectHeap). */
  leakGrowthBytes: number;
  /** The objects' bytes at `firstCycles` and at `cycles`, from heap snapshots. */
  objectBytes: { afterFirst: number; after: number };
  firstCycles: number;
  cycles: number;
  /** Every reading: after how many cycles, and the used heap then. */
  readings: { cycle: number; bytes: number }[];
}

export interface InteractionOptions {
  idleSeconds: number;
  raycastSamples: number;
  taps: number;
  /** Heap: cycles of the one-time-growth reading, and in all (the leak check runs from one to the other). */
  firstCycles: number;
  cycles: number;
  /** Muscle ids to select in the heap cycles. */
  muscles: string[];
}

/** Runs one measurement; a failure is logged and recorded instead of ending the bench. */
async function stage<T>(name: string, errors: Record<string, string>, fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    log(`${name} failed:`, message);
    errors[name] = message;
    return fallback;
  }
}

/** Idle, raycast, tap-to-list, heap and WebGL measurements on one ready page of the app. */
export async function measureInteraction(browser: Browser, url: string, options: InteractionOptions): Promise<InteractionResult> {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  const errors: Record<string, string> = {};
  try {
    await page.goto(url);
    await waitReady(page);

    // Idle: after ready and a short settle, nothing should render or run.
    const idle = await stage('idle', errors, { seconds: NaN, frames: NaN, cpuPercent: NaN, taskMs: NaN, scriptMs: NaN, perProcessMs: null }, async () => {
      await page.waitForTimeout(2000);
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      const frames0 = await frames(page);
      const m0 = await taskMetrics(cdp);
      const processCpu = startProcessCpu();
      const t0 = Date.now();
      await page.waitForTimeout(options.idleSeconds * 1000);
      const m1 = await taskMetrics(cdp);
      const perProcessMs = processCpu();
      const seconds = (Date.now() - t0) / 1000;
      const frames1 = await frames(page);
      if (frames0 < 0) throw new Error('the page has no frames() probe');
      return {
        seconds,
        frames: frames1 - frames0,
        cpuPercent: ((m1.task - m0.task) / seconds) * 100,
        taskMs: (m1.task - m0.task) * 1000,
        scriptMs: (m1.script - m0.script) * 1000,
        perProcessMs,
      };
    });
    log('idle', idle);

    // Raycast: the probe times the app's own tap raycast against the posed skin. Three rounds of
    // the same seeded rays; the lowest median is kept, as other load on the machine only adds time.
    const raycastRounds = await stage('raycast', errors, [] as RaycastRound[], async () => {
      const rounds: RaycastRound[] = [];
      for (let i = 0; i < RAYCAST_ROUNDS; i++) {
        rounds.push(
          await page.evaluate((n) => {
            const probe = window.__atlasTest?.raycastTime;
            if (!probe) throw new Error('the page has no raycastTime() probe');
            return probe(n);
          }, options.raycastSamples),
        );
      }
      return rounds;
    });
    const raycastRoundsMs = raycastRounds.map((r) => r.medianMs);
    const raycastMs = raycastRoundsMs.length > 0 ? Math.min(...raycastRoundsMs) : NaN;
    // The page's first raycast (no tap has happened yet): it pays for any lazy set-up.
    const raycastFirstMs = raycastRounds[0]?.firstMs ?? NaN;
    const missMedians = raycastRounds.map((r) => r.missMedianMs).filter(Number.isFinite);
    const raycastMissMs = missMedians.length > 0 ? Math.min(...missMedians) : NaN;
    const raycastHits = raycastRounds[0]?.hits ?? 0;
    log('raycast medians ms', raycastRoundsMs, 'misses', raycastMissMs, 'first ray ms', raycastFirstMs);

    // Tap to list: pain mode through the UI, then taps on visible landmarks.
    log('taps…');
    const tap = await stage('tap', errors, { samplesMs: [] as number[], landmarks: [] as string[], misses: 0 }, async () => {
      await page.getByTestId('pain-mode').click();
      await waitSceneIdle(page);
      const visible = await page.evaluate(() => {
        const canvas = document.querySelector('canvas');
        const probe = window.__atlasTest?.visibleLandmarks;
        if (!probe) throw new Error('the page has no visibleLandmarks() probe');
        return probe().filter((p) => document.elementFromPoint(p.x, p.y) === canvas);
      });
      const ordered = [
        ...TAP_LANDMARKS.flatMap((name) => visible.filter((v) => v.name === name)),
        ...visible.filter((v) => !TAP_LANDMARKS.includes(v.name)),
      ];
      // Keep a few spots whose tap gives candidates (an untimed first tap also warms the path up).
      const spots: typeof visible = [];
      let misses = 0;
      for (const spot of ordered) {
        if (spots.length >= 4 || misses > 12) break;
        if ((await timedTap(page, spot.x, spot.y)) === null) misses++;
        else spots.push(spot);
      }
      if (spots.length === 0) throw new Error(`no tap on ${ordered.length} visible landmarks gave candidates`);
      const samplesMs: number[] = [];
      for (let i = 0; samplesMs.length < options.taps && i < options.taps * 2; i++) {
        const spot = spots[i % spots.length]!;
        const ms = await timedTap(page, spot.x, spot.y);
        if (ms === null) misses++;
        else samplesMs.push(ms);
      }
      await page.evaluate(() => window.__atlasTest!.setPainPoints!([]));
      await page.getByTestId('pain-mode').click();
      await waitSceneIdle(page);
      return { samplesMs, landmarks: spots.map((s) => s.name), misses };
    });
    log('tap to list ms', tap.samplesMs.map((v) => v.toFixed(1)).join(' '));

    // Heap: cycles of select a muscle, then look up a drawing and wait for its list.
    const cycle = async (i: number) => {
      const muscle = options.muscles[i % options.muscles.length]!;
      const side = i % 2 ? 'left' : 'right';
      await page.evaluate(([id, s]) => window.__atlasTest!.selectMuscle!(id, s), [muscle, side] as [string, 'left' | 'right']);
      await page.waitForSelector(`[data-testid="muscle-panel"][data-muscle="${muscle}"]`, { state: 'attached', timeout: 10_000 });
      await page.evaluate(() => window.__atlasTest!.setPainPoints!([]));
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="candidate"]').length === 0, undefined, { timeout: 10_000 });
      await page.evaluate((points) => window.__atlasTest!.setPainPoints!(points), DRAWINGS[i % DRAWINGS.length]!);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="candidate"]').length > 0, undefined, { timeout: 10_000 });
      await waitSceneIdle(page);
    };
    log('heap cycles…');
    // A reading (forced GC first, see usedHeap) before the first cycle, after `firstCycles` and
    // every further 5, and after the last: the first span is one-time growth (first-use caches,
    // texts loaded on demand); the rest repeats the same muscles and drawings, so what grows there
    // is retained per cycle: a leak.
    const heap = await stage(
      'heap',
      errors,
      {
        baselineBytes: NaN,
        afterFirstBytes: NaN,
        afterBytes: NaN,
        firstGrowthBytes: NaN,
        leakGrowthBytes: NaN,
        objectBytes: { afterFirst: NaN, after: NaN },
        firstCycles: options.firstCycles,
        cycles: options.cycles,
        readings: [],
      } as HeapResult,
      async () => {
        const readings = [{ cycle: 0, bytes: await usedHeap(cdp) }];
        const objects = { afterFirst: NaN, after: NaN };
        for (let i = 0; i < options.cycles; i++) {
          await cycle(i);
          const done = i + 1;
          if (done === options.firstCycles || done === options.cycles || (done > options.firstCycles && (done - options.firstCycles) % 5 === 0)) {
            readings.push({ cycle: done, bytes: await usedHeap(cdp) });
          }
          if (done === options.firstCycles) objects.afterFirst = await objectHeap(cdp);
          if (done === options.cycles) objects.after = await objectHeap(cdp);
        }
        const at = (n: number) => readings.find((r) => r.cycle === n)?.bytes ?? NaN;
        const baselineBytes = at(0);
        const afterFirstBytes = at(options.firstCycles);
        const afterBytes = at(options.cycles);
        return {
          baselineBytes,
          afterFirstBytes,
          afterBytes,
          firstGrowthBytes: afterFirstBytes - baselineBytes,
          leakGrowthBytes: objects.after - objects.afterFirst,
          objectBytes: objects,
          firstCycles: options.firstCycles,
          cycles: options.cycles,
          readings,
        };
      },
    );
    log('heap', heap);

    // Switching body (issue 16): each file fetched first (the budget counts from a loaded file),
    // then the picker's click until <html> names the new body, drawn.
    const bodySwitch = await stage('bodySwitch', errors, { samplesMs: [] as number[], bodies: [] as string[] }, async () => {
      const bodies: [string, string, string][] = [
        ['female', 'average', 'body-female-average.glb'],
        ['male', 'heavy', 'body-male-heavy.glb'],
        ['female', 'slim', 'body-female-slim.glb'],
        ['male', 'average', 'body.glb'],
      ];
      await page.getByTestId('body-picker').click();
      const samplesMs: number[] = [];
      for (const [body, build, file] of bodies) {
        await page.evaluate(async (url) => void (await (await fetch(url)).arrayBuffer()), `/models/${file}`);
        await waitSceneIdle(page);
        const ms = await page.evaluate(
          ({ body, build }) =>
            new Promise<number>((resolve, reject) => {
              const root = document.documentElement;
              const drawn = () => root.dataset.atlasBody === body && root.dataset.atlasBuild === build;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (!drawn()) return;
                observer.disconnect();
                resolve(performance.now() - start);
              });
              observer.observe(root, { attributes: true });
              setTimeout(() => reject(new Error(`body ${body}/${build} not drawn in 20 s`)), 20_000);
              const click = (selector: string) => document.querySelector<HTMLButtonElement>(selector)?.click();
              if (root.dataset.atlasBody !== body) click(`[data-testid="body-option"][data-body="${body}"]`);
              if (root.dataset.atlasBuild !== build) click(`[data-testid="build-option"][data-build="${build}"]`);
            }),
          { body, build },
        );
        samplesMs.push(ms);
      }
      return { samplesMs, bodies: bodies.map(([body, build]) => `${body}/${build}`) };
    });
    log('body switch ms', bodySwitch.samplesMs.map((v) => v.toFixed(0)).join(' '));

    // WebGL contexts: created over the whole session, and still alive after a collection.
    const webgl = await stage('webgl', errors, { created: NaN, live: NaN }, async () => {
      await usedHeap(cdp);
      return page.evaluate(() => window.__bench!.webgl());
    });
    log('webgl', webgl);

    return { idle, raycastMs, raycastRoundsMs, raycastFirstMs, raycastMissMs, raycastHits, raycastSamples: options.raycastSamples, tap, heap, bodySwitch, webgl, errors };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.context().close();
  }
}
