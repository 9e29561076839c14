import { FUZZED_LINKS } from '../../src/state/fuzzedLinks';
import { expect, test } from './fixtures';

test.describe('robustness', () => {
  for (const [what, query] of FUZZED_LINKS) {
    test(`loads the default view with a notice for a link with ${what}`, async ({ page, atlas }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await atlas.open(query);
      await atlas.waitReady();
      await expect(page.getByTestId('notice').first()).toBeVisible();
      await expect(page.getByTestId('muscle-panel')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('recovers when the WebGL context is lost and restored', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    const before = await atlas.canvasStats();
    await page.evaluate(async () => {
      const canvas = document.querySelector('canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      const event = (name: string) => new Promise((r) => canvas.addEventListener(name, r, { once: true }));
      const lost = event('webglcontextlost');
      lose.loseContext();
      await lost;
      // The browser may ignore a restore asked for in the same frame as the loss: ask again each
      // frame until the restored event says it happened.
      let restored = false;
      void event('webglcontextrestored').then(() => {
        restored = true;
      });
      for (let frame = 0; !restored && frame < 600; frame++) {
        lose.restoreContext();
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    await expect.poll(async () => (await atlas.canvasStats()).skin, { timeout: 30_000 }).toBeGreaterThan(before.skin * 0.8);
  });

  for (const what of ['the zones file fails with 500', 'the model arrives truncated'] as const) {
    test(`gives a readable error with a retry when ${what}`, async ({ page, atlas }) => {
      const url = what.includes('zones') ? '**/models/zones.bin' : '**/models/body.glb';
      let broken = true;
      await page.route(url, async (route) => {
        if (!broken) return route.continue();
        if (what.includes('zones')) return route.fulfill({ status: 500, body: 'boom' });
        const response = await route.fetch();
        const body = await response.body();
        return route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 3)) });
      });
      await atlas.open();
      await expect(page.locator('html')).toHaveAttribute('data-atlas-error', 'model-load-failed', { timeout: 60_000 });
      await expect(page.getByRole('alert')).toContainText('could not be loaded');
      broken = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await atlas.waitReady();
    });
  }

  test('saves a drawing only on request, reopens it, deletes it in one click, and survives a corrupt save', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r');
    await atlas.waitReady();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByTestId('pain-save').click();
    expect(await page.evaluate(() => Object.values({ ...localStorage }).join())).toContain('temple_r');
    await page.getByTestId('pain-clear').click();
    await page.getByTestId('pain-open-saved').click();
    await expect(page).toHaveURL(/pain=temple_r/);
    await page.getByTestId('pain-delete-saved').click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // A corrupt saved value is dropped with a notice, never trusted.
    await page.evaluate(() => localStorage.setItem('trigger-point-atlas.saved-drawing', '{"version":1,"points":["<b>"]'));
    await page.goto('/?pain=calf_l');
    await atlas.waitReady();
    await expect(page.getByText('could not be read, so it was removed')).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
});
