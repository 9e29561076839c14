import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Serious and critical axe violations on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test.describe('accessibility', () => {
  for (const [state, query] of [
    ['the start view', ''],
    ['a selected muscle', '?muscle=quadratus-lumborum'],
    ['a pain drawing with candidates', '?pain=temple_r;neck_base_r&muscle=upper-trapezius'],
  ] as const) {
    test(`has no serious or critical axe violations in ${state}`, async ({ page, atlas }) => {
      await atlas.open(query);
      await atlas.waitReady();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('builds a pain drawing from the region list and announces the candidates', async ({ page, isMobile, atlas }) => {
    test.skip(isMobile, 'keyboard journey on the desktop layout');
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').focus();
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('pain-areas').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const temple = page.locator('input[data-landmark="temple_r"]');
    await temple.focus();
    await page.keyboard.press('Space');
    await expect(temple).toBeChecked();
    await expect(page.getByTestId('candidate-summary')).toContainText('Best match');
    await expect(page.getByTestId('candidate-summary')).toHaveAttribute('aria-live', 'polite');
    // Tab reaches the candidates; Enter opens the first one's pattern and panel.
    await page.getByTestId('candidate').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('muscle-panel')).toBeVisible();
  });

  test('shows where the keyboard focus is', async ({ page, isMobile, atlas }) => {
    test.skip(isMobile, 'keyboard on the desktop layout');
    await atlas.open();
    await atlas.waitReady();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).not.toBe('BODY');
    expect(outline.outline).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
