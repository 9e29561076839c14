/**
 * The self-care pose animation's frame cost: the body moving from rest into a stretch (issue 16).
 * Measured as the main-thread time of each animation frame while it moves (the rAF callback that
 * steps the pose, updates the bones and submits the frame to WebGL), and, for the notes, the
 * intervals between rendered frames, which on this machine are bound by WebGL running on the CPU
 * (a camera move's frames are measured the same way to compare).
 */
import type { Browser, Page } from '@playwright/test';
import { newPage, waitReady } from './pageRuns';

/** Times every animation-frame callback (start, duration), from before the app starts. */
const FRAME_TIMER = () => {
  const w = window as unknown as { __rafWork: [number, number][] };
  w.__rafWork = [];
  const original = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    original((time) => {
      const start = performance.now();
      callback(time);
      w.__rafWork.push([start, performance.now() - start]);
    });
};

export interface PoseFrames {
  /** Main-thread ms of each frame rendered during the move. */
  workMs: number[];
  /** ms between the frames rendered during the move. */
  intervalsMs: number[];
  /** The same for frames of camera moves on the same page. */
  cameraIntervalsMs: number[];
  frames: number;
}

async function rafWork(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(([a, b]) => (window as unknown as { __rafWork: [number, number][] }).__rafWork.filter(([t]) => t >= a! && t <= b!).map(([, d]) => d), [from, to]);
}

export async function measurePoseFrames(browser: Browser, url: string, muscle: string): Promise<PoseFrames> {
  const page = await newPage(browser);
  await page.addInitScript(FRAME_TIMER);
  try {
    await page.goto(`${url}?muscle=${muscle}`);
    await waitReady(page);
    await page.waitForFunction(() => typeof window.__atlasTest?.frames === 'function' && typeof window.__atlasTest?.setCamera === 'function');
    await page.waitForSelector('[data-testid="pose-stretch"]');
    // Camera moves first, for comparison: each placement draws one frame.
    const camera = await page.evaluate(async () => {
      const stamps: number[] = [];
      for (let i = 0; i < 12; i++) {
        const a = i * 0.2;
        const f0 = window.__atlasTest!.frames!();
        window.__atlasTest!.setCamera!([Math.sin(a) * 3, 1.2, Math.cos(a) * 3], [0, 1, 0]);
        await new Promise<void>((done) => {
          const tick = () => (window.__atlasTest!.frames!() > f0 ? done() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        });
        stamps.push(performance.now());
      }
      return stamps.slice(1).map((t, i) => t - stamps[i]!);
    });
    await page.evaluate(() => {
      const w = window as unknown as { __poseFrames: number[] };
      w.__poseFrames = [];
      let last = window.__atlasTest!.frames!();
      const tick = (t: number) => {
        const now = window.__atlasTest!.frames!();
        if (now !== last) w.__poseFrames.push(t);
        last = now;
        if (!document.querySelector('[data-testid="pose"][data-pose="stretch"]')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.getByTestId('pose-stretch').click();
    await page.waitForSelector('[data-testid="pose"][data-pose="stretch"]', { timeout: 60_000 });
    const times = await page.evaluate(() => (window as unknown as { __poseFrames: number[] }).__poseFrames);
    // The first frames include the click's own work (loading the pose code, the first solve): left out.
    const moving = times.slice(2);
    const intervals = moving.slice(1).map((t, i) => t - moving[i]!);
    const work = moving.length > 1 ? (await rafWork(page, moving[0]! - 1, moving[moving.length - 1]! + 1)).filter((d) => d > 0.5) : [];
    return { workMs: work, intervalsMs: intervals, cameraIntervalsMs: camera, frames: times.length };
  } finally {
    await page.context().close();
  }
}
