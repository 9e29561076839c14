/**
 * The first tap of a visit (issue 18 item 3: no first-tap task over 100 ms): a cold load, then,
 * as soon as the body is ready and the bench can see where the landmarks are, one tap on the skin
 * at a landmark inside common referral zones. Times the tap to its candidate list and the longest
 * main-thread task from the press until the list is shown; whatever the first tap waits on (the
 * lookup's chunk, the picking grid if it is not built yet) is in it.
 */
import type { Browser } from '@playwright/test';
import { newPage, waitReady } from './pageRuns';

export interface FirstTap {
  /** ms from the tap's pointerup to the first candidate row. */
  tapToListMs: number;
  /** Longest task (ms) that started between the press and the list; 0 when none reached 50 ms. */
  longestTaskMs: number;
  /** ms after ready when the tap was made. */
  tappedAfterReadyMs: number;
  landmark: string;
}

/** Front-view landmarks whose tap gives candidates (the first one visible is tapped). */
const LANDMARKS = ['chest_r', 'shoulder_front_r', 'thigh_anterior_r', 'deltoid_r', 'chest_l'];

/** One cold load of `url` and its first tap. */
export async function measureFirstTap(browser: Browser, url: string): Promise<FirstTap> {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    const readyMs = await waitReady(page);
    await page.waitForFunction(() => typeof window.__atlasTest?.visibleLandmarks === 'function', undefined, { timeout: 30_000 });
    const spot = await page.evaluate((names) => {
      const canvas = document.querySelector('canvas');
      const visible = window.__atlasTest!.visibleLandmarks!().filter((p) => document.elementFromPoint(p.x, p.y) === canvas);
      return names.map((n) => visible.find((v) => v.name === n)).find((v) => v !== undefined) ?? null;
    }, LANDMARKS);
    if (!spot) throw new Error(`none of ${LANDMARKS.join(', ')} is visible on the canvas`);
    const pressedAt = await page.evaluate(() => {
      window.__bench!.armTap(10_000);
      return performance.now();
    });
    await page.mouse.click(spot.x, spot.y);
    const tap = await page.evaluate(() => window.__bench!.tap);
    if (!tap) throw new Error(`the tap on ${spot.name} gave no candidates in 10 s`);
    // Long-task entries arrive after their task has ended.
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => window.__bench!.longTasks);
    const during = tasks.filter((t) => t.start >= pressedAt && t.start <= tap.listAt);
    return {
      tapToListMs: tap.listAt - tap.upAt,
      longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
      tappedAfterReadyMs: pressedAt - readyMs,
      landmark: spot.name,
    };
  } finally {
    await page.context().close();
  }
}
