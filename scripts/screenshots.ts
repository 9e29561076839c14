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

interface Shot {
  name: string;
  query: string;
  width: number;
  height: number;
  /** Optional camera: position and target, set through the test hook. */
  camera?: { position: [number, number, number]; target: [number, number, number] };
  /** Simulate a browser without WebGL (the list-based mode). */
  noWebgl?: boolean;
  /** Scroll this element into view before the shot (e.g. a part of the muscle panel). */
  scrollTo?: string;
}

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const tablet = { width: 1024, height: 768 };
const face = (side: 'r' | 'l') => ({ position: [side === 'r' ? -0.45 : 0.45, 1.62, 0.22] as [number, number, number], target: [0, 1.6, 0.04] as [number, number, number] });

const SHOTS: Shot[] = [
  { name: 'body-front', query: '?view=front', ...desktop },
  { name: 'body-back', query: '?view=back', ...desktop },
  { name: 'body-side', query: '?view=right', ...desktop },
  { name: 'body-phone', query: '?view=front', ...phone },
  { name: 'face-closeup', query: '?view=front', ...desktop, camera: { position: [-0.25, 1.63, 0.55], target: [0, 1.6, 0.05] } },
  { name: 'landmarks-front', query: '?view=front&landmarks=labels', ...desktop, camera: { position: [0, 1.0, 2.9], target: [0, 0.92, 0] } },
  { name: 'landmarks-back', query: '?view=back&landmarks=labels', ...desktop, camera: { position: [0, 1.0, -2.9], target: [0, 0.92, 0] } },
  { name: 'landmarks-right', query: '?view=right&landmarks=labels', ...desktop, camera: { position: [-2.9, 1.0, 0.1], target: [0, 0.92, 0] } },
  { name: 'landmarks-head-right', query: '?landmarks=labels', ...desktop, camera: face('r') },
  { name: 'landmarks-head-front', query: '?landmarks=labels', ...desktop, camera: { position: [0, 1.62, 0.75], target: [0, 1.6, 0.05] } },
  { name: 'landmarks-head-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.15, 1.55, -0.7], target: [0, 1.55, 0] } },
  { name: 'landmarks-shoulder-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.35, 1.4, -0.9], target: [-0.12, 1.33, 0] } },
  { name: 'landmarks-trunk-front', query: '?landmarks=labels', ...desktop, camera: { position: [-0.25, 1.2, 1.2], target: [-0.05, 1.15, 0] } },
  { name: 'landmarks-pelvis-back', query: '?landmarks=labels', ...desktop, camera: { position: [-0.3, 0.95, -1.0], target: [-0.05, 0.95, 0] } },
  { name: 'landmarks-hand', query: '?landmarks=labels', ...desktop, camera: { position: [-0.75, 1.15, 0.75], target: [-0.47, 1.03, 0.25] } },
  { name: 'landmarks-arm-right', query: '?landmarks=labels', ...desktop, camera: { position: [-1.2, 1.3, 0.5], target: [-0.3, 1.2, 0.05] } },
  { name: 'landmarks-foot', query: '?landmarks=labels', ...desktop, camera: { position: [-0.8, 0.35, 0.6], target: [-0.18, 0.08, 0.07] } },
  { name: 'muscle-upper-trapezius', query: '?muscle=upper-trapezius', ...desktop },
  { name: 'muscle-levator-scapulae', query: '?muscle=levator-scapulae', ...desktop },
  { name: 'muscle-temporalis', query: '?muscle=temporalis', ...desktop },
  { name: 'muscle-quadratus-lumborum', query: '?muscle=quadratus-lumborum', ...desktop },
  { name: 'muscle-quadratus-lumborum-left', query: '?muscle=quadratus-lumborum&side=left', ...desktop },
  { name: 'lookup-desktop', query: '?pain=temple_r;neck_base_r&muscle=upper-trapezius', ...desktop },
  { name: 'muscle-phone', query: '?muscle=temporalis', ...phone },
  { name: 'finder-desktop', query: '', ...desktop },
  { name: 'lookup-phone', query: '?pain=trochanterion_l;buttock_l', ...phone },
  { name: 'no-webgl-desktop', query: '?pain=temple_r;neck_base_r&muscle=upper-trapezius', ...desktop, noWebgl: true },
  { name: 'no-webgl-phone', query: '?pain=temple_r', ...phone, noWebgl: true },
  { name: 'safety-iliopsoas-palpation', query: '?muscle=iliopsoas', ...desktop, scrollTo: '[data-trigger-point="femoral-triangle"]' },
  { name: 'safety-iliopsoas-self-care', query: '?muscle=iliopsoas', ...desktop, scrollTo: '.mp-technique-cautions' },
  { name: 'safety-gastrocnemius-phone', query: '?muscle=gastrocnemius&view=back', ...phone, scrollTo: '[data-trigger-point="trp3"]' },
  { name: 'red-flags-low-back', query: '?pain=l5;groin_r', ...desktop, scrollTo: '[data-testid="red-flags"]' },
  { name: 'red-flags-temple-phone', query: '?pain=temple_r', ...phone, scrollTo: '[data-testid="red-flags"]' },
  { name: 'lookup-tablet', query: '?pain=psis_r;buttock_r', ...tablet },
  { name: 'muscle-gastrocnemius-back', query: '?muscle=gastrocnemius&view=back', ...desktop },
  { name: 'muscle-sternocleidomastoid', query: '?muscle=sternocleidomastoid', ...desktop },
  { name: 'muscle-lumbar-paraspinals', query: '?muscle=lumbar-paraspinals', ...desktop },
  { name: 'muscle-serratus-posterior-superior', query: '?muscle=serratus-posterior-superior', ...desktop },
  { name: 'muscle-gluteus-medius-tablet', query: '?muscle=gluteus-medius', ...tablet },
  { name: 'landmarks-knee', query: '?landmarks=labels', ...desktop, camera: { position: [-0.9, 0.6, 0.7], target: [-0.16, 0.5, 0.0] } },
];

const only = process.argv.slice(2);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer(join(root, 'dist'), 0);
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
    if (!shot.noWebgl) {
      // The probes arrive just after the first frame; then the camera is placed and left to settle.
      await page.waitForFunction(() => typeof window.__atlasTest?.setCamera === 'function', undefined, { timeout: 60_000 });
      if (shot.camera) await page.evaluate((camera) => window.__atlasTest?.setCamera?.(camera.position, camera.target), shot.camera);
      await page.waitForFunction(() => (window.__atlasTest?.camera?.().restMs ?? 0) > 400, undefined, { timeout: 60_000 });
    }
    if (shot.scrollTo) await page.locator(shot.scrollTo).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, `${shot.name}.png`) });
    console.log(`saved ${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
