/**
 * `npm run screenshots [-- name ...]`: renders the production build in Debian Chromium and saves the
 * documentation screenshots under docs/screenshots/ (desktop and phone sizes). Look at every one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './staticServer';
import { APP_SHOTS, LANDMARK_SHOTS } from './shots/app';
import { MUSCLE_SHOTS } from './shots/muscles';
import { HEAD_NECK_SHOTS } from './shots/headNeck';
import { TRUNK_FRONT_SHOTS } from './shots/trunkFront';
import { SHOULDER_ARM_BACK_SHOTS } from './shots/shoulderArmBack';
import { FOREARM_HAND_SHOTS } from './shots/forearmHand';
import { FOREARM_FLEXORS_HAND_SHOTS } from './shots/forearmFlexorsHand';
import { HIP_THIGH_SHOTS } from './shots/hipThigh';
import { LEG_FOOT_SHOTS } from './shots/legFoot';
import { MODE_SHOTS } from './shots/modes';
import { EXPLORER_SHOTS } from './shots/explorer';

const SHOTS = [
  ...APP_SHOTS, ...LANDMARK_SHOTS, ...MUSCLE_SHOTS,
  ...HEAD_NECK_SHOTS, ...TRUNK_FRONT_SHOTS, ...SHOULDER_ARM_BACK_SHOTS, ...FOREARM_HAND_SHOTS, ...FOREARM_FLEXORS_HAND_SHOTS, ...HIP_THIGH_SHOTS, ...LEG_FOOT_SHOTS, ...MODE_SHOTS, ...EXPLORER_SHOTS,
];

const only = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
// SCREENSHOT_DIST / SCREENSHOT_OUT let a second build be shot without touching dist/ or docs/.
const outDir = process.env.SCREENSHOT_OUT ?? join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(process.env.SCREENSHOT_DIST ?? join(root, 'dist'), 0);
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS.filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)))) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error(`[${shot.name}] page error:`, e.message));
    // Camera placement goes through the test probes, which load only when asked for.
    await page.addInitScript(() => {
      window.__atlasProbes = true;
    });
    // The first-use gesture hint only in the shots about it.
    if (!shot.name.includes('hint')) {
      await page.addInitScript(() => window.sessionStorage.setItem('trigger-point-atlas:gesture-hint-seen', '1'));
    }
    if (shot.noWebgl) {
      await page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return type.startsWith('webgl') ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      });
    }
    await page.goto(`http://127.0.0.1:${port}/${shot.query}`);
    await page.waitForSelector(shot.noWebgl ? '[data-testid="candidate"]' : 'html[data-atlas-ready="true"]', { timeout: 120_000 });
    if (shot.waitFor) await page.waitForSelector(shot.waitFor, { timeout: 120_000 });
    else if (!shot.noWebgl) {
      // The probes arrive just after the first frame; then the camera is placed and left to settle.
      await page.waitForFunction(() => typeof window.__atlasTest?.setCamera === 'function', undefined, { timeout: 60_000 });
      if (shot.camera) await page.evaluate((camera) => window.__atlasTest?.setCamera?.(camera.position, camera.target), shot.camera);
      await page.waitForFunction(() => (window.__atlasTest?.camera?.().restMs ?? 0) > 400, undefined, { timeout: 60_000 });
    }
    if (shot.xray) {
      await page.getByTestId('xray-toggle').click();
      await page.waitForFunction(() => (window.__atlasTest?.camera?.().restMs ?? 0) > 400 && (window.__atlasTest?.idleMs?.() ?? 0) > 400, undefined, { timeout: 60_000 });
    }
    for (const selector of shot.clicks ?? []) await page.locator(selector).first().click();
    if (shot.clicks) await page.waitForFunction(() => (window.__atlasTest?.idleMs?.() ?? 1000) > 400, undefined, { timeout: 60_000 });
    if (shot.scrollTo) await page.locator(shot.scrollTo).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: shot.fullPage ?? false });
    console.log(`saved ${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
