import { expect, test } from './fixtures';
import { shownRanking } from './atlasPage';
import { cliRanking } from './cli';

/** Counts the WebGL contexts the page makes (a body switch must not make a second). */
async function countContexts(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    const w = window as unknown as { __webglContexts: number };
    w.__webglContexts = 0;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
      if (type.startsWith('webgl') && context && !(this as unknown as { __counted?: boolean }).__counted) {
        (this as unknown as { __counted?: boolean }).__counted = true;
        w.__webglContexts++;
      }
      return context;
    } as typeof original;
  });
}

test.describe('bodies', () => {
  test('a link naming the female body draws that body (and fetches no other), with the same candidates as the man', async ({ page, atlas }) => {
    const models: string[] = [];
    page.on('request', (r) => {
      if (/\/models\/body[^/]*\.glb/.test(r.url())) models.push(new URL(r.url()).pathname);
    });
    await atlas.open('?body=female&pain=temple_r;neck_base_r');
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    expect(models).toEqual(['/models/body-female-average.glb']);
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    expect(await shownRanking(page)).toEqual(cliRanking(['temple_r', 'neck_base_r']));
    await expect(page).toHaveURL(/body=female/);
  });

  test('the picker switches body and build in the same WebGL context, keeping each spot on its place', async ({ page, atlas, isMobile }) => {
    await countContexts(page);
    await atlas.open('?pain=temple_r;-0.1,1.45,-0.05');
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male');
    const before = await shownRanking(page);
    expect(before.length).toBeGreaterThan(0);
    const tap = isMobile ? 'tap' : 'click';
    await page.getByTestId('body-picker')[tap]();
    await page.locator('[data-testid="body-option"][data-body="female"]')[tap]();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    await expect(page).toHaveURL(/body=female/);
    // The coordinate spot was rewritten onto the woman's skin (she is shorter): a new y.
    const pain = new URL(page.url()).searchParams.get('pain')!;
    const [, point] = pain.split(';');
    expect(point).not.toBe('-0.1,1.45,-0.05');
    expect(Number(point!.split(',')[1])).toBeLessThan(1.45);
    expect(await shownRanking(page)).toEqual(before);
    await page.locator('[data-testid="build-option"][data-build="heavy"]')[tap]();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-build', 'heavy');
    await expect(page).toHaveURL(/build=heavy/);
    expect(await shownRanking(page)).toEqual(before);
    // Back to the man: the spot comes back where it was marked, to the millimetre.
    await page.locator('[data-testid="body-option"][data-body="male"]')[tap]();
    await page.locator('[data-testid="build-option"][data-build="average"]')[tap]();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-build', 'average');
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male');
    await expect(page).not.toHaveURL(/body=|build=/);
    const back = new URL(page.url()).searchParams.get('pain')!.split(';')[1]!.split(',').map(Number);
    // (The link's point was off the skin; it is now the skin point nearest to it.)
    const original = [-0.1, 1.45, -0.05];
    expect(Math.hypot(...back.map((c, i) => c - original[i]!))).toBeLessThan(0.03);
    expect(await page.evaluate(() => (window as unknown as { __webglContexts: number }).__webglContexts)).toBe(1);
  });

  test('an unknown body in the link is a notice, and the man is drawn', async ({ page, atlas }) => {
    await atlas.open('?body=elf&build=tall');
    await atlas.waitReady();
    await expect(page.getByText('Unknown body "elf"', { exact: false })).toBeVisible();
    await expect(page.getByText('Unknown build "tall"', { exact: false })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male');
  });

  test('a chosen skin tone and body are remembered only when asked', async ({ page, atlas, isMobile }) => {
    await atlas.open();
    await atlas.waitReady();
    const tap = isMobile ? 'tap' : 'click';
    await page.getByTestId('body-picker')[tap]();
    await page.locator('[data-testid="body-option"][data-body="female"]')[tap]();
    await page.locator('[data-testid="tone-option"][data-tone="brown"]')[tap]();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    // Not remembered yet: a fresh page without the link's body is the man again.
    await atlas.open();
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male');
    await page.getByTestId('body-picker')[tap]();
    await page.locator('[data-testid="body-option"][data-body="female"]')[tap]();
    await page.locator('[data-testid="tone-option"][data-tone="brown"]')[tap]();
    await page.getByTestId('body-remember')[tap]();
    await atlas.open();
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'female');
    await page.getByTestId('body-picker')[tap]();
    await expect(page.locator('[data-testid="tone-option"][data-tone="brown"]')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('body-forget')[tap]();
    await atlas.open();
    await atlas.waitReady();
    await expect(page.locator('html')).toHaveAttribute('data-atlas-body', 'male');
  });
});
