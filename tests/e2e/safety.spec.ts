import { expect, test } from './fixtures';

test.describe('clinical safety in the app', () => {
  test('shows the red flags of the body areas a drawing touches, most urgent first, with their sources', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r');
    await atlas.waitReady();
    const flags = page.getByTestId('red-flags');
    await expect(flags).toHaveAttribute('data-areas', 'head');
    await expect(flags.locator('[data-red-flag="temporal-arteritis"]')).toBeVisible();
    await expect(flags.locator('[data-red-flag="aortic-aneurysm"]')).toHaveCount(0);
    await expect(flags.locator('li[data-urgency]').first()).toHaveAttribute('data-urgency', 'emergency');
    await expect(flags.locator('.red-flag-sources [data-source="bsr-2020-gca"]')).toBeAttached();

    await atlas.open('?pain=l5;groin_r');
    await atlas.waitReady();
    await expect(flags).toHaveAttribute('data-areas', 'abdomen back');
    await expect(flags.locator('[data-red-flag="aortic-aneurysm"]')).toBeVisible();
    await expect(flags.locator('[data-red-flag="cauda-equina"]')).toBeVisible();
  });

  test('shows femoral-triangle palpation as a clinician\'s examination and each caution beside its technique', async ({ page, atlas }) => {
    await atlas.open('?muscle=iliopsoas');
    await atlas.waitReady();
    const panel = page.getByTestId('muscle-panel');
    await expect(panel).toHaveAttribute('data-muscle', 'iliopsoas');
    const femoral = panel.locator('[data-trigger-point="femoral-triangle"]');
    await expect(femoral.getByTestId('clinician-only')).toContainText(/clinician's examination only/i);
    await expect(panel.getByTestId('technique-caution').first()).toBeAttached();
    await expect(panel).toContainText(/aneurysm/i);
  });
});
