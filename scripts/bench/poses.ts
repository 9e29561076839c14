/**
 * The self-care pose animation's frame time: the body moving from rest into a stretch (issue 16),
 * measured as the intervals between the frames the app renders while it moves (its on-demand loop
 * renders one frame per animation step), on the desktop viewport.
 */
import type { Browser } from '@playwright/test';
import { newPage, waitReady } from './pageRuns';

export async function measurePoseFrames(browser: Browser, url: string, muscle: string): Promise<{ intervalsMs: number[]; frames: number }> {
  const page = await newPage(browser);
  try {
    await page.goto(`${url}?muscle=${muscle}`);
    await waitReady(page);
    await page.waitForFunction(() => typeof window.__atlasTest?.frames === 'function');
    await page.waitForSelector('[data-testid="pose-stretch"]');
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
    // The first interval includes the click's own work (loading the pose, first solve): left out.
    const intervals = times.slice(1).map((t, i) => t - times[i]!).slice(1);
    return { intervalsMs: intervals, frames: times.length };
  } finally {
    await page.context().close();
  }
}
