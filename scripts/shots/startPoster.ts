/**
 * Screenshots of the start poster (ui/StartPoster.tsx) at phone, tablet and laptop sizes: the
 * loading state with the body file held back, and the poster laid under the live view once it is
 * drawn (hue-shifted, under a half-transparent canvas: any offset shows as a coloured fringe).
 * Usage: `npx tsx scripts/shots/startPoster.ts [dist] [out-dir]` (default out-dir: docs/screenshots).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startStaticServer } from '../staticServer';

const out = process.argv[3] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await startStaticServer(process.argv[2] ?? 'dist', 0);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const sizes = [['phone', 390, 844, 2], ['tablet', 820, 1180, 1], ['laptop', 1024, 768, 1], ['desktop', 1280, 720, 1]] as const;
for (const [name, width, height, dpr] of sizes) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, isMobile: name === 'phone', hasTouch: name === 'phone' || name === 'tablet' });
  const page = await context.newPage();
  // The body is held back so the loading state can be seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/models/body.glb', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto(origin);
  await page.getByTestId('start-poster').waitFor({ state: 'visible' });
  await page.getByTestId('view-front').waitFor({ state: 'visible' });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  await page.screenshot({ path: `${out}/start-poster-${name}-loading.png` });
  release();
  await page.waitForSelector('[data-atlas-ready]', { timeout: 60_000 });
  // The poster back on (its mark restored), hue-shifted under the half-transparent canvas.
  await page.addStyleTag({ content: `.atlas-canvas { opacity: 0.5 !important; } .start-poster { filter: hue-rotate(180deg) saturate(3); }` });
  await page.evaluate(() => document.documentElement.setAttribute('data-start-poster', ''));
  await page.addStyleTag({ content: `html[data-start-poster] .stage:not(.stage--lists) > .start-poster ~ .atlas-canvas { opacity: 0.5 !important; }` });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: `${out}/start-poster-${name}-overlay.png` });
  await context.close();
}
await browser.close();
server.close();
