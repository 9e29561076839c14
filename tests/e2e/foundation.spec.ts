import { expect, test } from './fixtures';
import { silhouetteDistance } from './atlasPage';

test.describe('the body viewer', () => {
  test('becomes ready and draws the body, not a blank canvas', async ({ page, atlas }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await atlas.open();
    await atlas.waitReady();
    const stats = await atlas.canvasStats();
    // A standing body in the front view fills a few percent of the frame with skin colours.
    expect(stats.coverage).toBeGreaterThan(0.04);
    expect(stats.skin).toBeGreaterThan(0.04);
    await expect(page.getByTestId('disclaimer')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('changes the picture with the view presets and keeps the view in the URL', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    const front = await atlas.canvasStats();
    await atlas.viewButton('left').click();
    await expect(atlas.viewButton('left')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/view=left/);
    await atlas.cameraAtRest();
    const side = await atlas.canvasStats();
    // From the side, the arms no longer spread the silhouette across the frame.
    expect(silhouetteDistance(front, side)).toBeGreaterThan(0.25);
    await atlas.viewButton('back').click();
    await expect(page).toHaveURL(/view=back/);
    await atlas.cameraAtRest();
    const back = await atlas.canvasStats();
    expect(silhouetteDistance(side, back)).toBeGreaterThan(0.25);
  });

  test('opens the view a deep link names', async ({ atlas }) => {
    await atlas.open('?view=right');
    await atlas.waitReady();
    await expect(atlas.viewButton('right')).toHaveAttribute('aria-pressed', 'true');
  });

  test('ignores an unknown view with a visible notice', async ({ page, atlas }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await atlas.open('?view=%3Cscript%3Ealert(1)%3C/script%3E');
    await atlas.waitReady();
    await expect(page.getByTestId('notice')).toContainText('Unknown view');
    await expect(atlas.viewButton('front')).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('switches views from the keyboard', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.keyboard.press('b');
    await expect(atlas.viewButton('back')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('l');
    await expect(page).toHaveURL(/view=left/);
  });
});

test.describe('failures', () => {
  test('shows a readable error, then recovers on retry, when the model file is broken', async ({ page, atlas }) => {
    let broken = true;
    await page.route('**/models/body.glb', async (route) => {
      if (broken) await route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: 'glTF this is not a model' });
      else await route.continue();
    });
    await atlas.open();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-error', 'model-load-failed', { timeout: 60_000 });
    await expect(page.getByTestId('atlas-error')).toContainText('could not be loaded');
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await atlas.waitReady();
    await expect(page.locator('html')).not.toHaveAttribute('data-atlas-error', /.+/);
  });

  test('shows a readable error when the model file is missing', async ({ page, atlas }) => {
    await page.route('**/models/body.glb', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await atlas.open();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-error', 'model-load-failed', { timeout: 60_000 });
    await expect(page.getByRole('alert')).toBeVisible();
  });

  test('explains instead of showing a blank page when WebGL is unavailable', async ({ page, atlas }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    await atlas.open();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-error', 'webgl-unavailable');
    await expect(page.getByTestId('atlas-error')).toContainText('WebGL');
  });
});

test.describe('without WebGL', () => {
  test('offers a complete list-based atlas instead of a blank page', async ({ page, isMobile }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null;
        return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof original;
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-error', 'webgl-unavailable');
    // Pick painful areas from the region list and read the ranked candidates.
    const areas = page.getByTestId('pain-areas');
    await areas.locator('input[data-landmark="temple_r"]').check();
    await areas.locator('input[data-landmark="neck_base_r"]').check();
    await expect(page).toHaveURL(/pain=temple_r;neck_base_r/);
    await expect(page.getByTestId('candidate').first()).toHaveAttribute('data-muscle', 'upper-trapezius');
    // Find a muscle and read its pattern in words.
    if (isMobile) await page.getByTestId('muscle-finder-toggle').click();
    await page.getByTestId('muscle-search').fill('levator');
    await page.locator('[data-testid="muscle-option"][data-muscle="levator-scapulae"]').click();
    await expect(page.getByTestId('muscle-panel')).toContainText('Main zone');
    expect(errors).toEqual([]);
  });
});
