/**
 * `npm run bench`: builds the production app (and a bare three.js baseline page showing the same
 * body) into temporary folders, serves them locally, measures them in Debian Chromium (WebGL on
 * the CPU through SwiftShader) — cold loads on the desktop viewport, cold loads on a throttled
 * phone profile with their request waterfall (bench/mobile.ts, bench/waterfall.ts), then one
 * interaction session — and prints one JSON document of metrics against their budgets, also
 * written to bench/results.json. Progress goes to stderr; the exit code is 0 even when a budget
 * fails (the JSON says which), and non-zero only when the bench itself cannot run.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { atlasMuscles } from '../src/atlas/muscles';
import { startStaticServer } from './staticServer';
import { buildApp, buildBare } from './bench/build';
import { assetSizes, jsSizes, loadedJs, modeChunks } from './bench/sizes';
import { SETTLE_MS, VIEWPORT, measureInteraction, measureLoad, median, webglRenderer, type LoadResult } from './bench/pageRuns';
import { BODY_PATH, MOBILE, measureMobileLoad, measureRepeatCachedLoad, measureRepeatMobileLoad, type MobileLoad, type RepeatLoad } from './bench/mobile';
import { measurePoseFrames } from './bench/poses';
import { measureFirstTap, type FirstTap } from './bench/firstTap';
import { measureScale } from './bench/scale';
import { runLighthouse, type LighthouseScores } from './bench/lighthouse';
import { analyseWaterfall, describeWaves } from './bench/waterfall';
import { markdownTable, metric, pending, round, type BenchReport, type Metric } from './bench/report';

// Only the JSON document goes to stdout: anything else that logs (Vite, libraries) goes to stderr.
const writeStdout = process.stdout.write.bind(process.stdout);
console.log = console.error;
console.info = console.error;
const log = (...args: unknown[]) => console.error(`[bench ${process.uptime().toFixed(0)} s]`, ...args);

const LOAD_RUNS = 5;
/** Cold loads on the throttled phone profile (bench/mobile.ts). */
const MOBILE_RUNS = 3;
/** Cold loads each ending in one tap as soon as the body is shown (bench/firstTap.ts). */
const FIRST_TAP_RUNS = 3;
/** Repeat visits with the service worker, on the phone profile. */
const REPEAT_RUNS = 3;
/** Lighthouse runs on the app; the run with the median performance score is reported. */
const LIGHTHOUSE_RUNS = 5;
const KB = 1000;
const MB = 1000 * 1000;
const BUDGET = {
  entryJsKB: 120,
  /** Gzipped JS of the explorer's first view, measured from the network (test probes excepted). */
  firstViewJsKB: 340,
  /** Each mode's own chunk (presentation, quiz, handout, poses), loaded only when used. */
  modeChunkKB: 40,
  modelAndZonesKB: 1500,
  /** Issue 16: a body switch once its file is loaded. */
  bodySwitchMs: 300,
  /** Issue 16: each other body, fetched only when chosen, as served (brotli); about the default's size. */
  otherBodyKB: 160,
  /** Issue 16: a pose animation's frame (median, this machine). */
  poseFrameMs: 33,
  readyRatio: 3,
  /** Issue 18: no load or first-tap task over 100 ms on the desktop run. */
  longestTaskMs: 100,
  longestTaskAfterReadyMs: 100,
  firstTapLongestTaskMs: 100,
  mobileFirstPaintMs: 1500,
  mobileBodyRequestedMs: 1000,
  /** Issue 18: ready on the phone profile, cold, and on a repeat visit with the service worker. */
  mobileReadyMs: 5000,
  mobileRepeatReadyMs: 1500,
  /** Issue 18: Lighthouse, mobile preset (scores are minimums). */
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
  lighthouseSeo: 90,
  /**
   * Not set by the issue as a number: its item 2 asks that the body start loading as soon as the
   * entry script runs (or by preload), which is at most 2 waves before it (document, entry chunk).
   */
  mobileRoundTripsBeforeBody: 2,
  idleFrames: 0,
  /** Not set by the issue: a page at rest should use next to nothing of the main thread. */
  idleCpuPercent: 1,
  raycastMs: 1,
  tapToListMs: 100,
  /** Issue 18 item 4, scale: not numbers of the issue; about 1.5x today's file, and a twentieth of the tap budget. */
  zonesFileKB: 120,
  fullAtlasLookupMs: 5,
  /** One-time growth over the first 10 select/lookup cycles. */
  heapFirstCyclesMB: 3,
  /** Growth from cycle 10 to 40: a leak check. */
  heapLeakMB: 0.3,
  webglContexts: 1,
};

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const loadAtStart = loadavg().map((l) => round(l, 2));
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const servers: Server[] = [];

function serverUrl(server: Server): string {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://127.0.0.1:${port}/`;
}

function git(command: string): string {
  try {
    return execSync(`git ${command}`, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The run whose performance score is the median of the runs (for an even count the lower
 * middle), so the scores and the metrics reported all come from one run. The other categories
 * are the lowest any run gave: a run that found an accessibility or best-practice fault counts.
 */
function medianLighthouseRun(runs: LighthouseScores[]): LighthouseScores {
  const byPerformance = [...runs].sort((a, b) => a.performance - b.performance);
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const lowest = (pick: (run: LighthouseScores) => number) => Math.min(...runs.map(pick));
  return {
    ...middle,
    accessibility: lowest((run) => run.accessibility),
    bestPractices: lowest((run) => run.bestPractices),
    seo: lowest((run) => run.seo),
  };
}

/** The bare scene's median and samples for a note, or why there are none. */
function bareFigure(samplesMs: number[]): string {
  return samplesMs.length === 0 ? 'not measured' : `${round(median(samplesMs), 0)} ms (${samplesMs.map((ms) => round(ms, 0)).join(', ')})`;
}

/** CPU ms per Chromium process type, for a note. */
function perProcess(ms: Record<string, number> | null): string {
  if (!ms) return '';
  const parts = Object.entries(ms).map(([type, value]) => `${type} ${round(value, 0)} ms`);
  return `; all Chromium processes (/proc, all threads): ${parts.join(', ')}`;
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

try {
  // BENCH_DIST=<dir> measures a build made already (with its .vite/manifest.json: `vite build
  // --manifest`), e.g. to compare two builds without rebuilding; by default the bench builds its own.
  const given = process.env.BENCH_DIST;
  log(given ? `measuring the build in ${given}; building the bare three.js baseline…` : 'building the app and the bare three.js baseline…');
  const appDir = given ? resolve(given) : join(work, 'app');
  const bareDir = join(work, 'bare');
  if (!given) await buildApp(root, appDir);
  await buildBare(root, bareDir);
  const js = jsSizes(appDir);
  const assets = assetSizes(appDir);

  servers.push(await startStaticServer(appDir, 0), await startStaticServer(bareDir, 0));
  const appUrl = serverUrl(servers[0]!);
  const bareUrl = serverUrl(servers[1]!);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // One load of each first, not counted: the GPU process and its shader JIT start up once per browser.
    log('warm-up loads…');
    await measureLoad(browser, appUrl);
    await measureLoad(browser, bareUrl);
    const app: LoadResult[] = [];
    const bare: LoadResult[] = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      app.push(await measureLoad(browser, appUrl));
      bare.push(await measureLoad(browser, bareUrl));
      log(`load ${i + 1}/${LOAD_RUNS}: app ${app[i]!.readyMs.toFixed(0)} ms (longest task ${app[i]!.longestTaskMs.toFixed(0)} ms), bare ${bare[i]!.readyMs.toFixed(0)} ms`);
    }
    log('mobile-profile loads…');
    const mobile: MobileLoad[] = [];
    for (let i = 0; i < MOBILE_RUNS; i++) {
      const load = await measureMobileLoad(browser, appUrl);
      mobile.push(load);
      log(
        `mobile load ${i + 1}/${MOBILE_RUNS}: first paint ${load.firstPaintMs.toFixed(0)} ms, body requested ${load.bodyRequestedMs.toFixed(0)} ms after ${load.waterfall.roundTrips} round trips (${describeWaves(load.waterfall.endedBefore)}), ready ${load.readyMs.toFixed(0)} ms`,
      );
    }
    // The same profile for the bare three.js scene: what any page drawing this body with three.js
    // on the main thread gets on this machine, beside the budget.
    const bareMobile: number[] = [];
    // A reference only: a run that fails is left out (the note then says "not measured").
    const baseline = (what: string) => (error: unknown) => log(`${what} of the bare three.js scene failed:`, error instanceof Error ? error.message : error);
    for (let i = 0; i < MOBILE_RUNS; i++) {
      await measureMobileLoad(browser, bareUrl).then((load) => bareMobile.push(load.readyMs), baseline('a mobile load'));
    }
    log(`mobile loads of the bare three.js scene: ready ${bareMobile.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    log('first taps…');
    const firstTaps: FirstTap[] = [];
    for (let i = 0; i < FIRST_TAP_RUNS; i++) {
      const tap = await measureFirstTap(browser, appUrl);
      firstTaps.push(tap);
      log(`first tap ${i + 1}/${FIRST_TAP_RUNS}: ${tap.tappedAfterReadyMs.toFixed(0)} ms after ready on ${tap.landmark}, list in ${tap.tapToListMs.toFixed(0)} ms, longest task ${tap.longestTaskMs.toFixed(0)} ms`);
    }
    log('scale: the zones file and the lookup over the full atlas…');
    const scale = await measureScale(appDir);
    log(`scale: ${scale.muscles} muscles, lookup median ${scale.lookupMedianMs.toFixed(2)} ms, p95 ${scale.lookupP95Ms.toFixed(2)} ms`);
    log('repeat visit with the service worker (mobile profile)…');
    const repeats: RepeatLoad[] = [];
    for (let i = 0; i < REPEAT_RUNS; i++) {
      const repeat = await measureRepeatMobileLoad(browser, appUrl);
      repeats.push(repeat);
      log(`repeat visit ${i + 1}/${REPEAT_RUNS} ready ${repeat.readyMs.toFixed(0)} ms, ${repeat.fromWorker} of ${repeat.requests} requests through the worker`);
    }
    const bareRepeats: number[] = [];
    for (let i = 0; i < REPEAT_RUNS; i++) await measureRepeatCachedLoad(browser, bareUrl).then((ms) => bareRepeats.push(ms), baseline('a repeat visit'));
    log(`repeat visits of the bare three.js scene (HTTP cache): ready ${bareRepeats.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    log('pose animation…');
    const poseFrames = await measurePoseFrames(browser, appUrl, 'quadratus-lumborum');
    log(`pose: ${poseFrames.frames} frames, main-thread median ${median(poseFrames.workMs).toFixed(1)} ms, interval median ${median(poseFrames.intervalsMs).toFixed(1)} ms (camera moves ${median(poseFrames.cameraIntervalsMs).toFixed(1)} ms)`);
    log('interaction session…');
    const heapMuscles = atlasMuscles().map((m) => m.id).slice(0, 10);
    const interaction = await measureInteraction(browser, appUrl, {
      idleSeconds: 5,
      raycastSamples: 40,
      taps: 20,
      firstCycles: 10,
      cycles: 40,
      muscles: heapMuscles,
    });
    const renderer = await webglRenderer(browser, bareUrl);
    log('Lighthouse (mobile preset)…');
    let lighthouseScores: LighthouseScores | null = null;
    let lighthouseError = '';
    const lighthouseRuns: LighthouseScores[] = [];
    try {
      // Lighthouse's performance score moves from run to run; its authors advise the median of
      // five runs. Each run is tried once more if it could not load the page (a busy machine).
      // A run that fails twice is left out; the median is over the runs that measured.
      let lastError: unknown = null;
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const run = await runLighthouse(appUrl)
          .catch((error: unknown) => {
            log('Lighthouse failed, running it once more:', error instanceof Error ? error.message : error);
            return runLighthouse(appUrl);
          })
          .catch((error: unknown) => {
            lastError = error;
            log(`Lighthouse ${i + 1}/${LIGHTHOUSE_RUNS} could not run:`, error instanceof Error ? error.message : error);
            return null;
          });
        if (!run) continue;
        lighthouseRuns.push(run);
        log(`Lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}, SEO ${run.seo}`);
      }
      if (lighthouseRuns.length === 0) throw lastError ?? new Error('no Lighthouse run measured the page');
      lighthouseScores = medianLighthouseRun(lighthouseRuns);
    } catch (error) {
      lighthouseError = error instanceof Error ? error.message : String(error);
      log('Lighthouse could not run:', lighthouseError);
    }
    // The bare three.js scene under the same Lighthouse run: the floor of main-thread WebGL here.
    // Once more if it could not record the load, as for the app.
    const bareLighthouse = await runLighthouse(bareUrl)
      .catch(() => runLighthouse(bareUrl))
      .catch((error: unknown) => {
        log('Lighthouse on the bare three.js scene could not run:', error instanceof Error ? error.message : error);
        return null;
      });
    if (bareLighthouse) log(`Lighthouse, bare three.js scene: performance ${bareLighthouse.performance} (TBT ${round(bareLighthouse.tbtMs, 0)} ms)`);
    const bareLhNote = bareLighthouse
      ? `; the bare three.js scene (the same body drawn by three.js alone, a line of text): performance ${bareLighthouse.performance}, FCP ${round(bareLighthouse.fcpMs, 0)} ms, LCP ${round(bareLighthouse.lcpMs, 0)} ms, TBT ${round(bareLighthouse.tbtMs, 0)} ms`
      : '';
    /** A Lighthouse score against its minimum. */
    const atLeast = (score: number | undefined, budget: number, note: string): Metric =>
      score === undefined ? pending('score', budget, `NOT MEASURED: ${lighthouseError}`) : { ...metric(score, 'score', budget, { digits: 0, note }), pass: score >= budget };
    const lhNote = lighthouseScores
      ? `mobile preset, simulated throttling, the median of ${lighthouseRuns.length} runs of ${LIGHTHOUSE_RUNS} (performance ${lighthouseRuns.map((run) => run.performance).join(', ')}); that run's FCP ${round(lighthouseScores.fcpMs, 0)} ms, LCP ${round(lighthouseScores.lcpMs, 0)} ms, TBT ${round(lighthouseScores.tbtMs, 0)} ms, CLS ${round(lighthouseScores.cls, 3)}${bareLhNote}`
      : '';

    const appReady = median(app.map((r) => r.readyMs));
    const bareReady = median(bare.map((r) => r.readyMs));
    const longest = app.map((r) => r.longestTaskMs);
    const longestAfter = app.map((r) => r.longestTaskAfterReadyMs);
    const firstTapLongest = firstTaps.map((t) => t.longestTaskMs);
    const tapMedian = median(interaction.tap.samplesMs);

    // The first view's JS, from the network: the first counted cold load of `/` (the others are
    // checked to have loaded the same files), gzip sizes from the files on disk.
    const firstView = loadedJs(appDir, app[0]!.resources);
    const jsSet = (r: LoadResult) => loadedJs(appDir, r.resources).files.map((f) => f.file).sort().join(' ');
    const otherSets = app.filter((r) => jsSet(r) !== jsSet(app[0]!)).length;
    const kB = (bytes: number) => `${round(bytes / KB, 1)} kB`;
    const servedNote = (f: { served: number; raw: number }) => (f.served === f.raw ? 'sent uncompressed' : `sent as ${kB(f.served)}`);
    /** Waterfall steps for the JSON, times to 0.1 ms. */
    const steps = <T extends { startMs: number; responseEndMs: number }>(list: T[]) =>
      list.map((s) => ({ ...s, startMs: round(s.startMs, 1), responseEndMs: round(s.responseEndMs, 1) }));
    const modes = modeChunks(js.files);
    const firstViewFiles = new Set(firstView.files.map((f) => f.file));
    const modesInFirstView = modes.filter((f) => firstViewFiles.has(f.file));
    const modeMetric: Metric =
      modes.length === 0
        ? pending(
            'kB',
            BUDGET.modeChunkKB,
            'none yet: no chunk named Present*, Quiz*, Handout* or Pose* in the build (the presentation, quiz, handout and poses modes do not exist yet); not a pass',
          )
        : (() => {
            const m = metric(Math.max(...modes.map((f) => f.gzip)) / KB, 'kB', BUDGET.modeChunkKB, {
              digits: 1,
              note: `largest of ${modes.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')}; in the first view: ${modesInFirstView.length === 0 ? 'none' : modesInFirstView.map((f) => f.file).join(', ')}`,
            });
            return { ...m, pass: m.pass && modesInFirstView.length === 0 };
          })();

    // Desktop waterfalls (unthrottled), for the notes: when the body was requested there.
    const desktopFalls = app.map((r) => analyseWaterfall(r.resources, BODY_PATH));
    const mobileMid = [...mobile].sort((a, b) => a.readyMs - b.readyMs)[mobile.length >> 1]!;
    const mobileProfile = `CPU ${MOBILE.cpuSlowdown}x slower, ${MOBILE.downloadKbps / 1000} Mbit/s down, ${MOBILE.uploadKbps} kbit/s up, ${MOBILE.latencyMs} ms latency, ${MOBILE.viewport.width}x${MOBILE.viewport.height}, cold (cache disabled)`;
    /** A metric's note, or why the measurement could not be made. */
    const noteFor = (stage: string, note: string) => (interaction.errors[stage] ? `NOT MEASURED: ${interaction.errors[stage]}` : note);
    const report: BenchReport = {
      metrics: {
        entryJsGzip: metric(js.entryGzip / KB, 'kB', BUDGET.entryJsKB, {
          digits: 1,
          note: `${js.entryFiles.join(' + ')} (static import closure of index.html); three.js ${js.threeInEntry ? 'IS' : 'is not'} in it`,
        }),
        firstViewJsGzip: metric(firstView.gzip / KB, 'kB', BUDGET.firstViewJsKB, {
          digits: 1,
          note:
            `the JS responses of a cold load of / up to ready and a quiet network (Resource Timing), gzip level 6 of each file on disk: ` +
            `${firstView.files.map((f) => `${f.file} ${kB(f.gzip)} (${servedNote(f)})`).join(', ')}; ` +
            `not counted: the test-probes chunk the bench asks for, ${firstView.probes.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ') || 'not loaded'}; ` +
            `the whole build has ${js.files.length} JS files, ${kB(js.totalGzip)}` +
            (otherSets > 0 ? `; ${otherSets} of the ${app.length} loads loaded other files` : ''),
        }),
        modeChunkGzip: modeMetric,
        modelAndZonesBytes: metric((assets.model + assets.zones) / KB, 'kB', BUDGET.modelAndZonesKB, {
          digits: 1,
          note: `body.glb ${round(assets.model / KB, 1)} kB + zones.bin ${round(assets.zones / KB, 1)} kB, as served`,
        }),
        readyMs: metric(appReady, 'ms', BUDGET.readyRatio * bareReady, {
          digits: 0,
          samples: app.map((r) => r.readyMs),
          note: `navigation start to data-atlas-ready, cold cache; budget = ${BUDGET.readyRatio} x the bare scene (${round(bareReady, 0)} ms)`,
        }),
        readyVsBareThree: metric(appReady / bareReady, 'x', BUDGET.readyRatio, {
          note: `bare three.js scene (same body.glb, GLTFLoader + meshopt, first render): ${bare.map((r) => round(r.readyMs, 0)).join(', ')} ms`,
        }),
        longestTaskMs: metric(median(longest), 'ms', BUDGET.longestTaskMs, {
          digits: 0,
          samples: longest,
          note: `median over the loads of the longest task (PerformanceObserver longtask) that started before ready; bare three.js scene: ${round(median(bare.map((r) => r.longestTaskMs)), 0)} ms (${bare.map((r) => round(r.longestTaskMs, 0)).join(', ')})`,
        }),
        longestTaskAfterReadyMs: metric(median(longestAfter), 'ms', BUDGET.longestTaskAfterReadyMs, {
          digits: 0,
          samples: longestAfter,
          note: `median over the same loads of the longest task that started in the ${SETTLE_MS / 1000} s after ready (work put off until the body is shown: the picking grid, the service worker's registration); 0 when none reached 50 ms`,
        }),
        firstTapLongestTaskMs: metric(median(firstTapLongest), 'ms', BUDGET.firstTapLongestTaskMs, {
          digits: 0,
          samples: firstTapLongest,
          note: `cold loads, each tapped once on the skin as soon as ready (${firstTaps.map((t) => `${round(t.tappedAfterReadyMs, 0)} ms after, on ${t.landmark}`).join('; ')}): the longest task from the press to the candidate list; that tap's list came ${firstTaps.map((t) => round(t.tapToListMs, 0)).join(', ')} ms after the pointerup`,
        }),
        mobileFirstPaintMs: metric(median(mobile.map((r) => r.firstPaintMs)), 'ms', BUDGET.mobileFirstPaintMs, {
          digits: 0,
          samples: mobile.map((r) => r.firstPaintMs),
          note: `first-contentful-paint entry, navigation start to first paint; ${mobileProfile}; test probes loaded (window.__atlasProbes)`,
        }),
        mobileBodyRequestedMs: metric(median(mobile.map((r) => r.bodyRequestedMs)), 'ms', BUDGET.mobileBodyRequestedMs, {
          digits: 0,
          samples: mobile.map((r) => r.bodyRequestedMs),
          note: `Resource Timing startTime of ${BODY_PATH} (navigation start to the fetch call); same profile; unthrottled desktop loads: ${desktopFalls.map((w) => round(w.targetStartMs, 0)).join(', ')} ms`,
        }),
        mobileRoundTripsBeforeBody: metric(median(mobile.map((r) => r.waterfall.roundTrips)), 'round trips', BUDGET.mobileRoundTripsBeforeBody, {
          digits: 0,
          samples: mobile.map((r) => r.waterfall.roundTrips),
          note:
            `waves of code requests (document, scripts, stylesheets) before the body request: the document is wave 1, any other code request is one wave after the latest wave whose response had ended before it started; ` +
            `the median load's code requests that ended before the body request, by wave: ${describeWaves(mobileMid.waterfall.endedBefore)}; ` +
            `unthrottled desktop loads: ${desktopFalls.map((w) => w.roundTrips).join(', ')}; budget proposed by the bench from item 2 (body loading as soon as the entry script runs: document + entry chunk)`,
        }),
        mobileReadyMs: metric(median(mobile.map((r) => r.readyMs)), 'ms', BUDGET.mobileReadyMs, {
          digits: 0,
          samples: mobile.map((r) => r.readyMs),
          note: `navigation start to data-atlas-ready; same profile; the bare three.js scene: ${bareFigure(bareMobile)}`,
        }),
        idleFrames: metric(interaction.idle.frames, 'frames', BUDGET.idleFrames, {
          exact: true,
          digits: 0,
          note: noteFor('idle', `frames rendered in ${round(interaction.idle.seconds, 1)} s, from 2 s after ready`),
        }),
        idleCpu: metric(interaction.idle.cpuPercent, '%', BUDGET.idleCpuPercent, {
          note: noteFor('idle', `renderer main thread busy (CDP TaskDuration) ${round(interaction.idle.taskMs, 1)} ms, of it script ${round(interaction.idle.scriptMs, 1)} ms, over ${round(interaction.idle.seconds, 1)} s${perProcess(interaction.idle.perProcessMs)}; budget proposed by the bench`),
        }),
        raycastMs: metric(interaction.raycastMs, 'ms', BUDGET.raycastMs, {
          digits: 4,
          note: noteFor('raycast', `lowest of ${interaction.raycastRoundsMs.length} medians (${interaction.raycastRoundsMs.map((v) => round(v, 4)).join(', ')} ms), each over ${interaction.raycastHits} seeded random rays inside the body's screen bounds that hit the skin, front view, cast as Picking casts a tap; rays there that miss: ${round(interaction.raycastMissMs, 4)} ms; the page's first ray (lazy set-up included): ${round(interaction.raycastFirstMs, 1)} ms`),
        }),
        tapToListMs: metric(tapMedian, 'ms', BUDGET.tapToListMs, {
          digits: 1,
          samples: interaction.tap.samplesMs,
          note: noteFor('tap', `pointerup event time to first candidate row in the DOM, from an empty drawing, the full atlas (${scale.muscles} muscles); taps on ${interaction.tap.landmarks.join(', ')}; ${interaction.tap.misses} taps without candidates not counted`),
        }),
        zonesFileBytes: metric(scale.zonesBytes / KB, 'kB', BUDGET.zonesFileKB, {
          digits: 1,
          note: `models/zones.bin of the build, on disk (${round(scale.zonesBrotliBytes / KB, 1)} kB as served, brotli), for the full atlas: ${scale.muscles} muscles, ${scale.triggerPoints} trigger points; fetched on every first visit, the same for all eight bodies`,
        }),
        fullAtlasLookupMs: metric(scale.lookupMedianMs, 'ms', BUDGET.fullAtlasLookupMs, {
          digits: 2,
          note: `median of the lookup pipeline (lookupDrawing with checks and questions, top ${scale.top}) over ${scale.drawings} simulated drawings (one patient per trigger point and side, as bench:lookup draws them), all ${scale.muscles} muscles and ${scale.triggerPoints} trigger points, in Node on this machine after ${scale.warmUp} warm-up lookups; 95th percentile ${round(scale.lookupP95Ms, 2)} ms, slowest ${round(scale.lookupMaxMs, 2)} ms (these two move with the machine's load); in the page the same lookup is inside tapToListMs`,
        }),
        heapFirstCyclesMB: metric(interaction.heap.firstGrowthBytes / MB, 'MB', BUDGET.heapFirstCyclesMB, {
          digits: 2,
          note: noteFor('heap', `used JS heap after a forced GC (CDP HeapProfiler.collectGarbage twice, then Runtime.getHeapUsage): ${round(interaction.heap.baselineBytes / MB, 2)} MB before the first cycle (no warm-up cycle), ${round(interaction.heap.afterFirstBytes / MB, 2)} MB after ${interaction.heap.firstCycles}; each cycle selects a muscle (${heapMuscles.length} muscles in turn), then looks up a drawing (5 in turn) and waits for its list`),
        }),
        heapLeakMB: metric(interaction.heap.leakGrowthBytes / MB, 'MB', BUDGET.heapLeakMB, {
          digits: 2,
          note: noteFor('heap', `the heap's objects (a heap snapshot after a forced GC, V8's compiled code left out: it grows as functions are optimised, nothing retained) from cycle ${interaction.heap.firstCycles} (${round(interaction.heap.objectBytes.afterFirst / MB, 2)} MB) to ${interaction.heap.cycles} (${round(interaction.heap.objectBytes.after / MB, 2)} MB), the same muscles and drawings again; used heap with code: ${interaction.heap.readings.map((r) => `${r.cycle}: ${round(r.bytes / MB, 2)} MB`).join(', ')}`),
        }),
        bodySwitchMs: metric(median(interaction.bodySwitch.samplesMs), 'ms', BUDGET.bodySwitchMs, {
          samples: interaction.bodySwitch.samplesMs,
          note: noteFor('bodySwitch', `the picker's click to <html data-atlas-body> naming the new body, drawn, each file fetched first; ${interaction.bodySwitch.bodies.join(', ')}; the same WebGL context (see webglContexts)`),
        }),
        otherBodyBytes: metric(Math.max(...assets.otherBodies.map((b) => b.brotli)) / KB, 'kB', BUDGET.otherBodyKB, {
          note: `the largest of the ${assets.otherBodies.length} other bodies, brotli as served, fetched only when chosen: ${assets.otherBodies.map((b) => `${b.file.replace(/^body-|\.glb$/g, '')} ${round(b.brotli / KB, 1)}`).join(', ')} kB`,
        }),
        poseFrameMs: metric(median(poseFrames.workMs), 'ms', BUDGET.poseFrameMs, {
          digits: 1,
          note: `main-thread time of each animation frame while the body moves from rest into the quadratus lumborum stretch (stepping the pose, the bones, submitting the frame), median of ${poseFrames.workMs.length} frames, 1280x720 (drawn at half resolution while moving). Frames arrive every ${round(median(poseFrames.intervalsMs), 0)} ms here, bound by WebGL rendering on the CPU (SwiftShader): a camera move's frames on the same page come every ${round(median(poseFrames.cameraIntervalsMs), 0)} ms`,
        }),
        mobileRepeatReadyMs: metric(median(repeats.map((r) => r.readyMs)), 'ms', BUDGET.mobileRepeatReadyMs, {
          digits: 0,
          samples: repeats.map((r) => r.readyMs),
          note: `median of ${REPEAT_RUNS} reloads on the same phone profile (CPU and network throttled, the HTTP cache kept), each in a fresh context after a first visit whose service worker has activated and controls the page; requests through the worker: ${repeats.map((r) => `${r.fromWorker} of ${r.requests}`).join(', ')}; the bare three.js scene, reloaded with its HTTP cache (no worker): ${bareFigure(bareRepeats)}`,
        }),
        lighthousePerformance: atLeast(lighthouseScores?.performance, BUDGET.lighthousePerformance, lhNote),
        lighthouseAccessibility: atLeast(lighthouseScores?.accessibility, BUDGET.lighthouseAccessibility, 'mobile preset'),
        lighthouseBestPractices: atLeast(lighthouseScores?.bestPractices, BUDGET.lighthouseBestPractices, 'mobile preset'),
        lighthouseSeo: atLeast(lighthouseScores?.seo, BUDGET.lighthouseSeo, 'mobile preset'),
        webglContexts: metric(interaction.webgl.live, 'contexts', BUDGET.webglContexts, {
          exact: true,
          digits: 0,
          note: noteFor('webgl', `live (not lost) after the session and a GC; ${interaction.webgl.created} created in all (contexts already lost, such as a support check's, do not count)`),
        }),
      },
      environment: {
        date: new Date().toISOString(),
        commit: git('rev-parse --short HEAD'),
        uncommittedChanges: git('status --porcelain') !== '',
        node: process.version,
        os: `${osType()} ${release()}`,
        cpu: `${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}`,
        memoryGB: round(totalmem() / 1024 ** 3, 1),
        freeMemoryGB: round(freemem() / 1024 ** 3, 1),
        loadAverage: { start: loadAtStart, end: loadavg().map((l) => round(l, 2)), note: '1, 5 and 15 min; above the core count, other work shared the CPU' },
        browser: `Chromium ${browser.version()}`,
        chromiumPath: CHROMIUM_PATH,
        chromiumArgs: CHROMIUM_ARGS,
        webglRenderer: renderer,
        viewport: { ...VIEWPORT, deviceScaleFactor: 1 },
        loads: { runs: LOAD_RUNS, warmUp: 1, cache: 'cold (fresh browser context per load)' },
        mobileProfile: {
          runs: MOBILE_RUNS,
          viewport: MOBILE.viewport,
          deviceScaleFactor: MOBILE.deviceScaleFactor,
          isMobile: MOBILE.isMobile,
          hasTouch: MOBILE.hasTouch,
          cpuSlowdown: MOBILE.cpuSlowdown,
          downloadKbps: MOBILE.downloadKbps,
          uploadKbps: MOBILE.uploadKbps,
          latencyMs: MOBILE.latencyMs,
          cache: 'disabled (Network.setCacheDisabled), fresh browser context per load',
          how: 'CDP Emulation.setCPUThrottlingRate and Network.emulateNetworkConditions on the page before navigation; after the desktop loads (the browser is warm)',
        },
        baselineReadyMs: round(bareReady, 0),
        versions: { vite: packageVersion('vite'), three: packageVersion('three'), react: packageVersion('react'), '@react-three/fiber': packageVersion('@react-three/fiber') },
        sizeUnits: '1 kB = 1000 bytes, 1 MB = 1,000,000 bytes; gzip level 6 per file',
        benchSeconds: 0,
      },
      details: {
        firstViewJs: { files: firstView.files, gzip: firstView.gzip, testProbes: firstView.probes, testProbesGzip: firstView.probesGzip, note: 'bytes; gzip = zlib level 6 of the file on disk, served = Resource Timing encodedBodySize' },
        buildJsGzip: Object.fromEntries(js.files.map((f) => [f.file, f.gzip])),
        modeChunks: modes,
        waterfall: {
          note: 'ms from navigation start (Resource Timing); wave: see mobileRoundTripsBeforeBody (null for requests that are not code); requests of the median mobile load (by ready time) and of the first desktop load',
          mobileLoads: mobile.map((r) => ({ roundTrips: r.waterfall.roundTrips, bodyRequestedMs: round(r.bodyRequestedMs, 0), firstPaintMs: round(r.firstPaintMs, 0), readyMs: round(r.readyMs, 0) })),
          mobile: { chain: steps(mobileMid.waterfall.chain), requests: steps(mobileMid.waterfall.requests) },
          desktopLoads: desktopFalls.map((w) => ({ roundTrips: w.roundTrips, bodyRequestedMs: round(w.targetStartMs, 0) })),
          desktop: { chain: steps(desktopFalls[0]!.chain), requests: steps(desktopFalls[0]!.requests) },
        },
        heapReadings: interaction.heap.readings,
      },
    };
    report.environment.benchSeconds = round((Date.now() - started) / 1000, 1);
    const json = JSON.stringify(report, null, 2);
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results.json'), `${json}\n`);
    log(`done in ${report.environment.benchSeconds} s; README table:\n${markdownTable(report)}`);
    writeStdout(`${json}\n`);
  } finally {
    await browser.close();
  }
} finally {
  for (const server of servers) server.close();
  rmSync(work, { recursive: true, force: true });
}
