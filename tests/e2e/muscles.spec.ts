import { expect, test } from './fixtures';

test.describe('finding and reading a muscle', () => {
  test('finds a muscle by a misspelt name, selects it and paints its zones', async ({ page, isMobile, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    const before = await atlas.canvasStats();
    if (isMobile) await page.getByTestId('muscle-finder-toggle').click();
    await page.getByTestId('muscle-search').fill('trapz');
    await page.locator('[data-testid="muscle-option"][data-muscle="upper-trapezius"]').click();
    const panel = page.getByTestId('muscle-panel');
    await expect(panel).toHaveAttribute('data-muscle', 'upper-trapezius');
    await expect(page).toHaveURL(/muscle=upper-trapezius/);
    await expect(panel).toContainText('TrP1');
    await expect(panel.getByTestId('clinician-note')).toBeVisible();
    // The camera eases to the pattern; measure once it is there.
    await atlas.cameraAtRest();
    const after = await atlas.canvasStats();
    expect(after.zoneRed).toBeGreaterThan(before.zoneRed + 0.002);
  });

  test('finds muscles by a complaint, says which, and puts a sign that needs a doctor first above them', async ({ page, isMobile, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    if (isMobile) await page.getByTestId('muscle-finder-toggle').click();
    await page.getByTestId('muscle-search').fill('tennis elbow');
    const supinator = page.locator('[data-testid="muscle-option"][data-muscle="supinator"]');
    await expect(supinator).toContainText('for: tennis elbow');
    await expect(page.getByTestId('symptom-warning')).toHaveCount(0);
    await page.getByTestId('muscle-search').fill('chest pain');
    await expect(page.locator('[data-testid="muscle-option"][data-muscle="pectoralis-major"]')).toBeVisible();
    await expect(page.getByTestId('symptom-warning')).toContainText('call emergency services');
    await page.getByTestId('muscle-search').fill('upper trap');
    await expect(page.locator('[data-testid="muscle-option"][data-muscle="upper-trapezius"]')).toBeVisible();
    await expect(page.locator('[data-testid="muscle-option"][data-muscle="masseter"]')).toHaveCount(0);
  });

  test('opens a muscle and side from a deep link', async ({ page, atlas }) => {
    await atlas.open('?muscle=levator-scapulae&side=left');
    await atlas.waitReady();
    const panel = page.getByTestId('muscle-panel');
    await expect(panel).toHaveAttribute('data-muscle', 'levator-scapulae');
    await expect(page.getByTestId('side-left')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('side-right').click();
    await expect(page).not.toHaveURL(/side=left/);
    await expect(page).toHaveURL(/muscle=levator-scapulae/);
  });

  test('shows each required muscle with its trigger points, zones and sources', async ({ page, atlas }) => {
    for (const [id, trps] of [
      ['upper-trapezius', 2],
      ['levator-scapulae', 2],
      ['temporalis', 4],
      ['quadratus-lumborum', 4],
    ] as const) {
      await atlas.open(`?muscle=${id}`);
      await atlas.waitReady();
      const panel = page.getByTestId('muscle-panel');
      await expect(panel).toHaveAttribute('data-muscle', id);
      await expect(panel.getByText('Main zone:', { exact: false }).first()).toBeVisible();
      await expect(panel.locator('h4, h3').filter({ hasText: /TrP|trigger point/i }).first()).toBeVisible();
      expect(await panel.getByText('How to find it', { exact: false }).count()).toBeGreaterThanOrEqual(trps);
      await panel.locator('summary').filter({ hasText: /^Sources/ }).click();
      await expect(panel.getByText('Trigger Point Manual', { exact: false }).first()).toBeVisible();
    }
  });

  test('is usable from the keyboard alone', async ({ page, isMobile, atlas }) => {
    test.skip(isMobile, 'keyboard journey on the desktop layout');
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('muscle-search').focus();
    await page.keyboard.type('temporalis');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('muscle-panel');
    await expect(panel).toHaveAttribute('data-muscle', 'temporalis');
    await expect(page.locator('#' + (await panel.getAttribute('aria-labelledby')))).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });
});
