import { expect, test } from './fixtures';

test.describe('the atlas asks back', () => {
  test('marks pain with a tap on the body without choosing a mode first', async ({ page, atlas, isMobile }) => {
    await atlas.open();
    await atlas.waitReady();
    const box = (await page.locator('canvas').first().boundingBox())!;
    // The front view is centred on the body: a little above the middle is the lower chest.
    const point = { x: box.x + box.width / 2, y: box.y + box.height * 0.42 };
    if (isMobile) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    await expect(page).toHaveURL(/pain=/);
    await expect(page.getByText('1 painful spot marked.')).toBeVisible();
    await expect(page.getByTestId('candidate').first()).toBeVisible();
  });

  test('offers checks; a "brings on my usual pain" puts that muscle first, says why, and lives in the link', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    const checks = page.getByTestId('check');
    await expect(checks.first()).toBeVisible();
    expect(await checks.count()).toBeLessThanOrEqual(3);
    const check = checks.last();
    const muscle = (await check.getAttribute('data-muscle'))!;
    const side = (await check.getAttribute('data-side'))!;
    const tp = (await check.getAttribute('data-trigger-point'))!;
    await expect(check).toContainText('Does that bring on your usual pain?');
    await check.locator('[data-answer="reproduces"]').click();
    const first = page.getByTestId('candidate').first();
    await expect(first).toHaveAttribute('data-muscle', muscle);
    await expect(first).toHaveAttribute('data-side', side);
    await expect(first).toContainText('brings on your usual pain');
    await expect(page).toHaveURL(new RegExp(`found=${muscle}:${side}:${tp}:reproduces`));
    // The answered trigger point is not offered again.
    await expect(page.locator(`[data-testid="check"][data-muscle="${muscle}"][data-side="${side}"][data-trigger-point="${tp}"]`)).toHaveCount(0);
  });

  test('asks questions that separate close candidates and keeps the answer in the link', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    const question = page.getByTestId('question').first();
    await expect(question).toBeVisible();
    const id = (await question.getAttribute('data-question'))!;
    await expect(question).toContainText('Source:');
    await question.locator('[data-answer="no"]').click();
    await expect(page).toHaveURL(new RegExp(`answer=${id}:no`));
    await expect(page.locator(`[data-testid="question"][data-question="${id}"]`)).toHaveCount(0);
  });

  test('opens a link with answers as the command line reads them', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r&found=levator-scapulae:right:reproduces');
    await atlas.waitReady();
    await expect(page.getByTestId('candidate').first()).toHaveAttribute('data-muscle', 'levator-scapulae');
  });

  test('says so, above the list, when pain is widespread on both sides', async ({ page, atlas }) => {
    await atlas.open('?pain=shoulder_back_r;shoulder_back_l;thigh_anterior_r;l3');
    await atlas.waitReady();
    const spread = page.getByTestId('spread');
    await expect(spread).toHaveAttribute('data-widespread', 'true');
    await expect(spread).toContainText('fibromyalgia');
    await expect(spread).toContainText('Source:');
    const [spreadBox, listBox] = await Promise.all([spread.boundingBox(), page.getByTestId('candidate-list').boundingBox()]);
    expect(spreadBox!.y).toBeLessThan(listBox!.y);
  });

  test('calls a one-region drawing regional', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    await expect(page.getByTestId('spread')).toHaveAttribute('data-widespread', 'false');
  });

  test('lists a spot no muscle explains instead of dropping it', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;metatarsale_tibiale_r');
    await atlas.waitReady();
    await expect(page.getByTestId('unexplained-spots')).toContainText('Spot 2: no muscle in the atlas refers pain here.');
  });

  test('Undo on a shared drawing takes back its last spot, not all of it', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    await page.getByTestId('pain-undo').click();
    await expect(page).toHaveURL(/pain=temple_r(&|$)/);
    await expect(page.getByText('1 painful spot marked.')).toBeVisible();
  });

  test('frames the drawing again with the focus button', async ({ page, atlas }) => {
    await atlas.open('?pain=calf_l;heel_plantar_l&view=front');
    await atlas.waitReady();
    await atlas.cameraAtRest();
    const moves = await atlas.cameraChanges();
    await page.getByTestId('pain-focus').click();
    await atlas.cameraAtRest({ after: moves });
    // The calf and heel are seen from behind.
    await expect(atlas.viewButton('back')).toHaveAttribute('aria-pressed', 'true');
  });
});
