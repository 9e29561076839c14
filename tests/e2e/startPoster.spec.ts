/**
 * The start poster (ui/StartPoster.tsx): on a plain visit the body's picture is on screen while
 * the 3D view loads, lying where the live body then appears, and gone once it is drawn; a link
 * that opens on something else (a view, a muscle, another body) never shows or fetches it.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyBoxIn, type Box } from './imageBox';

/** The body's extent in the poster as the page shows it, in page pixels (through its CSS sizing). */
async function posterBodyBox(page: Page): Promise<Box> {
  const element = page.getByTestId('start-poster');
  const url = await element.evaluate((node) => /url\("?([^")]+)"?\)/.exec(getComputedStyle(node).backgroundImage)?.[1] ?? '');
  const rect = (await element.boundingBox())!;
  const { box, width, height } = await bodyBoxIn(page, url, 'opaque');
  // background: center / auto 100%: the picture's height is the box's, centred across it.
  const scale = rect.height / height;
  const left = rect.x + (rect.width - width * scale) / 2;
  const [x0, y0, x1, y1] = box!;
  return [left + x0 * scale, rect.y + y0 * scale, left + x1 * scale, rect.y + y1 * scale];
}

/** The live body's extent in page pixels, from a screenshot of the canvas. */
async function canvasBodyBox(page: Page): Promise<Box> {
  const canvas = page.locator('canvas').first();
  const rect = (await canvas.boundingBox())!;
  // Whatever lies over the canvas (the view buttons over the feet, panels) is hidden for the picture.
  const png = await canvas.screenshot({ style: '.stage > :not(.atlas-canvas) { visibility: hidden !important; }' });
  const { box, width } = await bodyBoxIn(page, `data:image/png;base64,${png.toString('base64')}`, 'skin');
  const scale = rect.width / width;
  const [x0, y0, x1, y1] = box!;
  return [rect.x + x0 * scale, rect.y + y0 * scale, rect.x + x1 * scale, rect.y + y1 * scale];
}

test.describe('the start poster', () => {
  test('shows the body at once on a plain visit, where the 3D body then appears, and gives way to it', async ({ page, atlas }) => {
    const posterRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/poster/front.png') posterRequests.push(request.url());
    });
    // The body file is held back, so the page stays in its loading state while the poster is checked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/models/body.glb', async (route: Route) => {
      await held;
      await route.fallback();
    });
    await atlas.open();
    await expect(page.locator('html')).toHaveAttribute('data-start-poster', '');
    const poster = page.getByTestId('start-poster');
    await expect(poster).toBeVisible();
    await expect(page.getByTestId('atlas-loading')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-atlas-ready', 'true');
    // Settle the layout the app renders (its sidebar and panels) before measuring where the poster lies.
    await expect(page.getByTestId('view-front')).toBeVisible();
    const pictured = await posterBodyBox(page);
    // Every frame from here to ready shows the picture, and never the empty canvas (it turns
    // opaque before the body is compiled and drawn).
    await page.evaluate(() => {
      const gaps: string[] = ((window as unknown as { __posterGaps: string[] }).__posterGaps = []);
      const sample = () => {
        const root = document.documentElement;
        if (root.dataset.atlasReady === 'true') return;
        const shown = getComputedStyle(document.querySelector('[data-testid="start-poster"]')!).display !== 'none';
        const canvas = document.querySelector('.atlas-canvas');
        if (!shown) gaps.push('poster hidden before ready');
        if (canvas && getComputedStyle(canvas).opacity !== '0') gaps.push('canvas visible before ready');
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    release();
    await atlas.waitReady();
    await expect(poster).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __posterGaps: string[] }).__posterGaps)).toEqual([]);
    const drawn = await canvasBodyBox(page);
    // Within 1.5 % of the body's height on every side: the live body replaces the picture in place.
    const tolerance = (drawn[3] - drawn[1]) * 0.015;
    for (let side = 0; side < 4; side++) expect(Math.abs(pictured[side]! - drawn[side]!), `side ${side}: ${pictured} vs ${drawn}`).toBeLessThan(tolerance);
    // One download, preloaded by the page's head script.
    expect(posterRequests).toHaveLength(1);
  });

  test('gives way at once when the user changes the view while the body loads', async ({ page, atlas }) => {
    await page.route('**/models/body.glb', () => undefined);
    await atlas.open();
    const poster = page.getByTestId('start-poster');
    await expect(poster).toBeVisible();
    await atlas.viewButton('back').click();
    await expect(poster).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-start-poster', '');
  });

  test('paints before the atlas\'s code and the zones download, with the body already on its way', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    const times = await page.evaluate(async () => {
      const paints = await new Promise<PerformanceEntry[]>((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true }),
      );
      const poster = (paints as LargestContentfulPaint[]).find((entry) => entry.url.endsWith('/poster/front.png'));
      const started = (pattern: RegExp) =>
        performance.getEntriesByType('resource').find((entry) => pattern.test(new URL(entry.name).pathname))?.startTime ?? null;
      return {
        posterPainted: poster?.startTime ?? null,
        stage: started(/^\/assets\/AtlasStage-.*\.js$/),
        three: started(/^\/assets\/three-.*\.js$/),
        zones: started(/^\/models\/zones\.bin$/),
        body: started(/^\/models\/body\.glb$/),
        zonesPreloadInHead: document.querySelector('link[rel="preload"][href$="models/zones.bin"]') !== null,
      };
    });
    expect(times.posterPainted, 'the poster is the page\'s largest paint').not.toBeNull();
    expect(times.stage).toBeGreaterThanOrEqual(times.posterPainted!);
    expect(times.three).toBeGreaterThanOrEqual(times.posterPainted!);
    expect(times.zones).toBeGreaterThanOrEqual(times.posterPainted!);
    expect(times.body).toBeLessThan(times.posterPainted!);
    expect(times.zonesPreloadInHead).toBe(false);
  });

  test('holds nothing back on a link that opens elsewhere: the zones preload from the head', async ({ page, atlas }) => {
    await atlas.open('?view=back');
    await atlas.waitReady();
    expect(await page.evaluate(() => document.querySelector('link[rel="preload"][href$="models/zones.bin"]') !== null)).toBe(true);
  });

  for (const [what, query] of [
    ['a view', '?view=back'],
    ['a muscle', '?muscle=temporalis'],
    ['another body', '?body=female'],
  ] as const) {
    test(`is neither shown nor fetched on a link to ${what}`, async ({ page, atlas }) => {
      const posterRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/poster/front.png') posterRequests.push(request.url());
      });
      await atlas.open(query);
      await expect(page.getByTestId('start-poster')).toBeHidden();
      await atlas.waitReady();
      await expect(page.locator('html')).not.toHaveAttribute('data-start-poster', '');
      expect(posterRequests).toEqual([]);
    });
  }
});
