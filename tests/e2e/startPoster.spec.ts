/**
 * The start poster (ui/StartPoster.tsx): on a plain visit the body's picture is on screen while
 * the 3D view loads, lying where the live body then appears, and gone once it is drawn; a link
 * that opens on something else (a view, a muscle, another body) never shows or fetches it.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** Extent of the body in page pixels: left, top, right, bottom. */
type Box = [number, number, number, number];

/** The body's extent in the poster as the page shows it (its opaque pixels, mapped through the CSS sizing). */
async function posterBodyBox(page: Page): Promise<Box> {
  return page.evaluate(async () => {
    const element = document.querySelector<HTMLElement>('[data-testid="start-poster"]')!;
    const url = /url\("?([^")]+)"?\)/.exec(getComputedStyle(element).backgroundImage)![1]!;
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        if (data[(y * image.width + x) * 4 + 3]! < 128) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x + 1);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y + 1);
      }
    }
    // background: center / auto 100%: the picture's height is the box's, centred across it.
    const rect = element.getBoundingClientRect();
    const scale = rect.height / image.height;
    const left = rect.left + (rect.width - image.width * scale) / 2;
    return [left + x0 * scale, rect.top + y0 * scale, left + x1 * scale, rect.top + y1 * scale] as [number, number, number, number];
  });
}

/** The live body's extent in page pixels, from a screenshot of the canvas (pixels off the background colour). */
async function canvasBodyBox(page: Page): Promise<Box> {
  const canvas = page.locator('canvas').first();
  const rect = (await canvas.boundingBox())!;
  // Whatever lies over the canvas (the view buttons over the feet, panels) is hidden for the picture.
  const png = await canvas.screenshot({ style: '.stage > :not(.atlas-canvas) { visibility: hidden !important; }' });
  return page.evaluate(
    async ({ base64, rect }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const background = [data[0]!, data[1]!, data[2]!];
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          // Skin only (red over green over blue), not the grey ground shadow or the labels.
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          const off = Math.abs(r - background[0]!) + Math.abs(g - background[1]!) + Math.abs(b - background[2]!);
          if (off < 60 || !(r > g + 8 && g > b + 4)) continue;
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x + 1);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y + 1);
        }
      }
      const scale = rect.width / image.width;
      return [rect.x + x0 * scale, rect.y + y0 * scale, rect.x + x1 * scale, rect.y + y1 * scale] as [number, number, number, number];
    },
    { base64: png.toString('base64'), rect },
  );
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
    release();
    await atlas.waitReady();
    await expect(poster).toBeHidden();
    const drawn = await canvasBodyBox(page);
    // Within 1.5 % of the body's height on every side: the live body replaces the picture in place.
    const tolerance = (drawn[3] - drawn[1]) * 0.015;
    for (let side = 0; side < 4; side++) expect(Math.abs(pictured[side]! - drawn[side]!), `side ${side}: ${pictured} vs ${drawn}`).toBeLessThan(tolerance);
    // One download, preloaded by the page's head script.
    expect(posterRequests).toHaveLength(1);
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
