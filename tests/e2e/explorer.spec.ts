/**
 * The explorer at a therapist's tablet and a student's laptop: side columns that fold so the body
 * has room, x-ray that keeps the far side out of the face, framing of the whole muscle clear of
 * the panels, the muscle's name on hover and focus, and a view that takes keyboard focus.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TABLET = { width: 1024, height: 768 };

/** The client box of an element (it must be visible). */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
}

/** Whether the element is the top one at its own centre (nothing covers it there). */
async function uncovered(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((element) => {
    const r = element.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (top === element || element.contains(top));
  });
}

/** A landmark's client point once the camera has settled. */
async function landmarkOnScreen(page: Page, name: string) {
  const point = await page.evaluate((n) => window.__atlasTest?.landmarkScreenPoint?.(n) ?? null, name);
  expect(point, name).not.toBeNull();
  return point!;
}

test.describe('explorer on a tablet and a laptop', () => {
  test('opening a muscle on a tablet folds the finder so the face is clear of both columns', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'a tablet size: phones use sheets, not folding columns');
    await page.setViewportSize(TABLET);
    await atlas.open('');
    await atlas.waitReady();
    const fold = page.getByTestId('sidebar-fold');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    const option = page.locator('[data-testid="muscle-option"][data-muscle="masseter"]');
    await option.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await atlas.cameraAtRest();
    const canvas = await box(page, '.atlas-canvas');
    const panel = await box(page, '[data-testid="muscle-panel"]');
    // The 3D view ends where the panel starts, and has well over half the width.
    expect(Math.abs(canvas.x + canvas.width - panel.x)).toBeLessThan(2);
    expect(canvas.width).toBeGreaterThan(TABLET.width * 0.55);
    // The jaw's landmarks (where the masseter's zones are) are inside the view.
    for (const name of ['gonion_r', 'zygion_r']) {
      const p = await landmarkOnScreen(page, name);
      expect(p.x, name).toBeGreaterThan(canvas.x);
      expect(p.x, name).toBeLessThan(canvas.x + canvas.width);
      expect(p.y, name).toBeGreaterThan(canvas.y);
      expect(p.y, name).toBeLessThan(canvas.y + canvas.height);
    }
    // The x-ray switch is in reach, not under a panel.
    expect(await uncovered(page, 'xray-toggle')).toBe(true);
    // Closing the muscle (Escape) unfolds what opening it folded, and focus goes back to the entry.
    await page.getByTestId('muscle-panel').press('Escape');
    await expect(page.getByTestId('muscle-panel')).toHaveCount(0);
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(option).toBeFocused();
  });

  test("a column the user folds stays folded, and a new pain spot unfolds it so its red flags show", async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'a tablet size: phones use sheets, not folding columns');
    await page.setViewportSize(TABLET);
    await atlas.open('?muscle=temporalis');
    await atlas.waitReady();
    const fold = page.getByTestId('sidebar-fold');
    // Unfolded by hand, it stays open for the next muscle.
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await page.locator('[data-testid="muscle-option"][data-muscle="masseter"]').click();
    await expect(page.getByTestId('muscle-panel')).toHaveAttribute('data-muscle', 'masseter');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    // Folded by hand, it stays folded when the muscle closes...
    await fold.click();
    await page.getByTestId('muscle-panel').press('Escape');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    // ...until a spot is marked: the candidates and the red flags come into view (once the view
    // has taken the room the panel left).
    await expect.poll(async () => (await box(page, '.atlas-canvas')).width).toBeGreaterThan(TABLET.width - 2);
    await atlas.cameraAtRest();
    await atlas.idle();
    const temple = await landmarkOnScreen(page, 'temple_r');
    await page.mouse.click(temple.x, temple.y);
    await expect(page).toHaveURL(/pain=/);
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('red-flags')).toBeVisible();
  });

  test('the muscle panel folds to its name and gives the body the whole width, with the legend', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'a tablet size: phones use sheets, not folding columns');
    await page.setViewportSize(TABLET);
    await atlas.open('?muscle=upper-trapezius');
    await atlas.waitReady();
    // The panel carries the key while it is open, so nothing floats over the body.
    await expect(page.getByTestId('legend')).toHaveCount(1);
    await expect(page.getByTestId('muscle-panel').getByTestId('legend')).toBeVisible();
    await page.getByTestId('panel-fold').click();
    await expect(page.getByTestId('panel-fold')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('muscle-panel').getByText('Where it hurts')).toBeHidden();
    await expect(page.locator('.legend')).toBeVisible();
    await expect.poll(async () => (await box(page, '.atlas-canvas')).width).toBeGreaterThan(TABLET.width - 2);
    await page.getByTestId('panel-fold').click();
    await expect(page.getByTestId('muscle-panel').getByText('Where it hurts')).toBeVisible();
  });

  test('a link that names a view frames the muscle from there', async ({ page, atlas }) => {
    await atlas.open('?muscle=infraspinatus&view=back');
    await atlas.waitReady();
    await atlas.cameraAtRest();
    const camera = await page.evaluate(() => window.__atlasTest?.cameraPlacement?.() ?? null);
    expect(camera).not.toBeNull();
    // From behind: the camera stands on the back's side of what it looks at.
    expect(camera!.position[2]).toBeLessThan(camera!.target[2] - 0.3);
    await expect(page.getByTestId('view-back')).toHaveAttribute('aria-pressed', 'true');
  });

  test('quadratus lumborum is framed whole, up to the twelfth rib, clear of the panels', async ({ page, atlas, isMobile }) => {
    test.skip(isMobile, 'a tablet size: phones use sheets, not folding columns');
    await page.setViewportSize(TABLET);
    await atlas.open('?muscle=quadratus-lumborum');
    await atlas.waitReady();
    await atlas.cameraAtRest();
    const canvas = await box(page, '.atlas-canvas');
    for (const name of ['t12', 'iliac_crest_posterior_r']) {
      const p = await landmarkOnScreen(page, name);
      expect(p.y, name).toBeGreaterThan(canvas.y + 4);
      expect(p.y, name).toBeLessThan(canvas.y + canvas.height - 4);
      expect(p.x, name).toBeGreaterThan(canvas.x + 4);
      expect(p.x, name).toBeLessThan(canvas.x + canvas.width - 4);
    }
  });

  test('x-ray from the side shows only the near side, so the other temporalis stays out of the face', async ({ muscles }) => {
    await muscles.atlas.open('?view=right');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    await muscles.camera([-0.6, 1.6, 0.05], [0, 1.6, 0.04]);
    await expect.poll(() => muscles.look('temporalis', 'left')).toBe('hidden');
    expect(await muscles.look('temporalis', 'right')).toBe('normal');
    // From the front both sides show.
    await muscles.camera([0, 1.6, 0.8], [0, 1.6, 0.04]);
    await expect.poll(() => muscles.look('temporalis', 'left')).toBe('normal');
    expect(await muscles.look('temporalis', 'right')).toBe('normal');
  });

  test('hovering a muscle in x-ray names it beside the pointer; focusing one in the list names it on the body', async ({ page, muscles }, testInfo) => {
    test.skip(testInfo.project.use.hasTouch === true, 'a touch screen has no hover');
    await muscles.atlas.open('?view=back');
    await muscles.atlas.waitReady();
    await muscles.xrayOn();
    const point = await muscles.pointOn('middle-trapezius', 'right');
    await page.mouse.move(point.x, point.y);
    const label = page.getByTestId('muscle-name-label');
    await expect(label).toHaveText('Middle trapezius (right)');
    await page.mouse.move(1, 1);
    await expect(label).toHaveCount(0);
    // A keyboard user arrowing through the finder sees where each muscle lies.
    const option = page.locator('[data-testid="muscle-option"][data-muscle="gluteus-medius"]');
    await option.focus();
    await expect(label).toHaveText('Gluteus medius');
    await expect(label).toHaveAttribute('data-muscle', 'gluteus-medius');
    await page.locator('.mf-search input').focus();
    await expect(label).toHaveCount(0);
  });

  test('focusing a candidate names it on the body, on its side', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r');
    await atlas.waitReady();
    const first = page.getByTestId('candidate').first();
    const muscle = (await first.getAttribute('data-muscle'))!;
    await first.focus();
    const label = page.getByTestId('muscle-name-label');
    await expect(label).toHaveAttribute('data-muscle', muscle);
    await expect(label).toContainText('(right)');
    await first.blur();
    await expect(label).toHaveCount(0);
  });

  test('the 3D view takes keyboard focus, and the keys turn it and switch x-ray', async ({ page, atlas, isMobile }) => {
    await atlas.open('');
    await atlas.waitReady();
    const view = page.locator('.atlas-canvas');
    await expect(view).toHaveAttribute('tabindex', '0');
    await expect(view).toHaveAttribute('role', 'application');
    await view.focus();
    await expect(view).toBeFocused();
    const before = await atlas.cameraChanges();
    await page.keyboard.press('ArrowLeft');
    await atlas.cameraAtRest({ after: before });
    await page.keyboard.press('x');
    await expect(page.getByTestId('xray-toggle')).toHaveAttribute('aria-pressed', 'true');
    // In a text field the same keys type (the finder's field; on a phone it is folded away).
    if (isMobile) return;
    const search = page.locator('.mf-search input');
    await search.focus();
    await page.keyboard.press('x');
    await expect(search).toHaveValue('x');
    await expect(page.getByTestId('xray-toggle')).toHaveAttribute('aria-pressed', 'true');
  });
});
