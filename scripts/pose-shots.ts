/**
 * `npm run shots:poses [-- muscle-id ...]`: every muscle's stretch and release on both bodies,
 * from the front and from the sore (right) side, for review (a physiotherapist's question of each:
 * is this the stretch the text describes, on the right side?). The single shots go to
 * SCREENSHOT_OUT (default /tmp/pose-shots); contact sheets, one per body and region with every
 * pose's front and side view captioned, are committed under docs/screenshots/poses/.
 * `--distinct` shoots each pose once (its first muscle), on the default body only.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { startStaticServer } from './staticServer';
import { MUSCLE_POSES } from '../src/atlas/pose/musclePoses';
import { POSES, type PoseName } from '../src/atlas/pose/poses';
import { MUSCLE_DATA } from '../src/atlas/data/muscles';

const args = process.argv.slice(2);
const distinct = args.includes('--distinct');
// `--stretches`: stretches only (the releases share a handful of ball positions).
const stretchesOnly = args.includes('--stretches');
const only = args.filter((a) => !a.startsWith('--'));
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.SCREENSHOT_OUT ?? '/tmp/pose-shots';
const sheetDir = join(root, 'docs', 'screenshots', 'poses');
mkdirSync(outDir, { recursive: true });
mkdirSync(sheetDir, { recursive: true });

interface PoseShot { muscle: string; pose: 'stretch' | 'release'; body: 'male' | 'female'; name: PoseName }
const shots: PoseShot[] = [];
const seen = new Set<string>();
for (const [muscle, poses] of Object.entries(MUSCLE_POSES)) {
  if (only.length > 0 && !only.includes(muscle)) continue;
  for (const pose of stretchesOnly ? (['stretch'] as const) : (['stretch', 'release'] as const)) {
    const name = poses[pose];
    if (!name) continue;
    if (distinct && seen.has(name)) continue;
    seen.add(name);
    for (const body of distinct ? (['male'] as const) : (['male', 'female'] as const)) shots.push({ muscle, pose, body, name });
  }
}

const server = await startStaticServer(process.env.SCREENSHOT_DIST ?? join(root, 'dist'), 0);
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function settle(page: Page) {
  await page.waitForFunction(() => (window.__atlasTest?.camera?.().restMs ?? 0) > 300 && (window.__atlasTest?.idleMs?.() ?? 0) > 300, undefined, { timeout: 60_000 });
}

try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript(() => {
    window.__atlasProbes = true;
    window.sessionStorage.setItem('trigger-point-atlas:gesture-hint-seen', '1');
  });
  // One page per body; each muscle is chosen through the store (as a click in the finder would),
  // its pose asked through the panel's button, so no shot pays for a page load.
  let openBody: string | null = null;
  for (const shot of [...shots].sort((a, b) => (a.body === b.body ? 0 : a.body === 'male' ? -1 : 1))) {
    // RESUME=1 keeps shots already taken (a long run stopped part way).
    if (process.env.RESUME && existsSync(join(outDir, `${shot.muscle}-${shot.pose}-${shot.body}-side.png`))) continue;
    if (openBody !== shot.body) {
      await page.goto(`http://127.0.0.1:${port}/${shot.body === 'female' ? '?body=female' : ''}`);
      await page.waitForSelector('html[data-atlas-ready="true"]', { timeout: 120_000 });
      await page.waitForFunction(() => typeof window.__atlasTest?.selectMuscle === 'function' && typeof window.__atlasTest?.setCamera === 'function', undefined, { timeout: 60_000 });
      openBody = shot.body;
    }
    await page.evaluate((id) => window.__atlasTest?.selectMuscle?.(id, 'right'), shot.muscle);
    const panel = `[data-testid="muscle-panel"][data-muscle="${shot.muscle}"]`;
    await page.locator(`${panel} [data-testid="pose-${shot.pose}"]`).click({ timeout: 60_000 });
    await page.waitForSelector(`${panel} [data-testid="pose"][data-pose="${shot.pose}"]`, { timeout: 120_000 });
    await settle(page);
    const file = `${shot.muscle}-${shot.pose}-${shot.body}`;
    await page.screenshot({ path: join(outDir, `${file}-front.png`) });
    // From the sore (right) side: the camera swung round to the subject's right, same target.
    const placed = await page.evaluate(() => window.__atlasTest?.cameraPlacement?.());
    if (placed) {
      const [tx, ty, tz] = placed.target;
      const distance = Math.hypot(placed.position[0] - tx, placed.position[1] - ty, placed.position[2] - tz);
      await page.evaluate(([p, t]) => window.__atlasTest?.setCamera?.(p, t), [[tx - distance, ty + distance * 0.15, tz + distance * 0.25], placed.target] as [[number, number, number], [number, number, number]]);
      await settle(page);
      await page.screenshot({ path: join(outDir, `${file}-side.png`) });
    }
    console.log(`saved ${file} (${shot.name})`);
  }
  await page.close();
  if (!distinct && only.length === 0) await contactSheets();
  else if (process.env.SHEETS) await contactSheets();
} finally {
  await browser.close();
  server.close();
}

/** One page per body and region: every shot of it, front and side, with the muscle and the pose named. */
async function contactSheets() {
  const sheet = await browser.newPage({ viewport: { width: 1500, height: 900 }, deviceScaleFactor: 1 });
  const regionOf = new Map(MUSCLE_DATA.map((m) => [m.id, m.region]));
  for (const body of ['male', 'female'] as const) {
    const regions = [...new Set(shots.map((s) => regionOf.get(s.muscle)!))];
    for (const region of regions) {
      const cells = shots
        .filter((s) => s.body === body && regionOf.get(s.muscle) === region)
        .map((s) => {
          const file = `${s.muscle}-${s.pose}-${s.body}`;
          const img = (view: string) => `data:image/png;base64,${readFileSync(join(outDir, `${file}-${view}.png`)).toString('base64')}`;
          return `<figure><div><img src="${img('front')}"><img src="${img('side')}"></div><figcaption><b>${s.muscle}</b> ${s.pose}: ${POSES[s.name].title}</figcaption></figure>`;
        });
      // Each shot is cropped to the body between the panels (the canvas area the framing uses).
      await sheet.setContent(`<!doctype html><style>body{margin:8px;font:12px system-ui;background:#fff}main{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
        figure{margin:0;border:1px solid #ccd}figure div{display:flex}img{width:50%;height:300px;object-fit:cover;object-position:50% 45%}figcaption{padding:3px 5px;line-height:1.25}h1{font-size:16px;margin:0 0 6px}</style>
        <h1>Self-care poses: ${body} body, ${region} (right side; front and right-side views)</h1><main>${cells.join('')}</main>`);
      await sheet.screenshot({ path: join(sheetDir, `${body}-${region}.png`), fullPage: true });
      console.log(`sheet ${body}-${region}.png`);
    }
  }
  await sheet.close();
}
