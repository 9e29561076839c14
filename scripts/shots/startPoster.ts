/**
 * Screenshots of the start poster (ui/StartPoster.tsx) at phone, tablet and laptop sizes: the
 * loading state with the body file held back, the live view once drawn, and the two laid over
 * each other (the poster hue-shifted under a half-transparent canvas: any offset shows as a
 * coloured fringe). Usage: `npx tsx scripts/shots/startPoster.ts [dist] [out-dir]`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startStaticServer } from '../staticServer';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await startStaticServer(process.argv[2] ?? 'dist', 0);
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const sizes = [['phone', 390, 844, 2], ['tablet', 820, 1180, 1], ['desktop', 1280, 720, 1]] as const;
for (const [name, width, height, dpr] of sizes) {
  const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, isMobile: name === 'phone', hasTouch: name !== 'desktop' });
  const page = await ctx.newPage();
  // Hold the body back so the loading state can be seen.
  let release!: () => void; const held = new Promise<void>((r) => (release = r));
  await page.route('**/models/body.glb', async (route) => { await held; await route.continue(); });
  await page.goto(origin);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/poster-${name}-loading.png` });
  release();
  await page.waitForSelector('[data-atlas-ready]', { timeout: 60000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/poster-${name}-ready.png` });
  // Alignment: the poster back on, the canvas half transparent over it.
  await page.addStyleTag({ content: `.start-poster.is-done { display:block !important; filter: hue-rotate(180deg) saturate(3); } .atlas-canvas { opacity: 0.5; }` });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/poster-${name}-overlay.png` });
  await ctx.close();
}
await browser.close(); server.close();
