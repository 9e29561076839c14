import { expect, test } from './fixtures';
import { shownRanking, silhouetteDistance } from './atlasPage';
import { cliRanking } from './cli';

test.describe('where does it hurt?', () => {
  test('answers a shared pain drawing with the same ranking as the command line', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    expect(await shownRanking(page)).toEqual(cliRanking(['temple_r', 'neck_base_r']));
    await expect(page.getByTestId('red-flags')).toBeVisible();
    await expect(page.getByTestId('candidate-summary')).toContainText('Best match');
  });

  test('keeps left and right apart', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_l');
    await atlas.waitReady();
    const ranking = await shownRanking(page);
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.every((r) => r.endsWith('/left'))).toBe(true);
  });

  test('adds a pain point with a tap, updates the list and the URL, and undoes it', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').click();
    const box = (await page.locator('canvas').first().boundingBox())!;
    // The front view is centred on the body: a little above the middle is the lower chest.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.42);
    await expect(page).toHaveURL(/pain=/);
    await expect(page.getByText('1 painful spot marked.')).toBeVisible();
    await page.getByTestId('pain-undo').click();
    await expect(page).not.toHaveURL(/pain=/);
    await expect(page.getByText('Tap the body where it hurts', { exact: false })).toBeVisible();
  });

  test('does not mark pain when the user drags to turn the body', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').click();
    const box = (await page.locator('canvas').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.42;
    const moves = await atlas.cameraChanges();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y, { steps: 6 });
    await page.mouse.up();
    // The drag was handled (it turned the camera) before the absence of a pain spot is judged.
    await atlas.cameraAtRest({ after: moves });
    await expect(page).not.toHaveURL(/pain=/);
  });

  test('shows a candidate pattern over the drawing when it is chosen, and keeps it in the URL', async ({ page, isMobile, atlas }) => {
    await atlas.open('?pain=trochanterion_r');
    await atlas.waitReady();
    const first = page.getByTestId('candidate').first();
    const muscle = await first.getAttribute('data-muscle');
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(new RegExp(`muscle=${muscle}`));
    await expect(page).toHaveURL(/pain=trochanterion_r/);
    // The legend floats beside the body on wide screens; on phones the panel carries the key.
    await expect(page.getByTestId(isMobile ? 'muscle-panel' : 'legend')).toBeVisible();
    // Reopening the URL restores both the drawing and the chosen muscle.
    await page.reload();
    await atlas.waitReady();
    await expect(page.getByTestId('candidate').first()).toHaveAttribute('aria-pressed', 'true');
  });

  test('clears the drawing with one click', async ({ page, atlas }) => {
    await atlas.open('?pain=temple_r;calf_l');
    await atlas.waitReady();
    await page.getByTestId('pain-clear').click();
    await expect(page.getByTestId('candidate')).toHaveCount(0);
    await expect(page).not.toHaveURL(/pain=/);
  });

  test('ignores unreadable pain points and unknown muscles with a notice', async ({ page, atlas }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await atlas.open('?pain=temple_r;nowhere;1,NaN,2&muscle=not-a-muscle');
    await atlas.waitReady();
    await expect(page.getByTestId('notice').first()).toBeVisible();
    await expect(page.getByText('Unknown muscle', { exact: false })).toBeVisible();
    expect(await shownRanking(page)).toEqual(cliRanking(['temple_r']));
    expect(errors).toEqual([]);
  });
});

test.describe('painting an area', () => {
  test('paints an area with the brush as one painted area, without turning the camera', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').click();
    await page.getByTestId('pain-brush').click();
    const legs: [number, number, number, number] = [0.45, 0.55, 1, 0.85];
    const before = await atlas.canvasStats(legs);
    const box = (await page.locator('canvas').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.4;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(x + i * 3, y + i * 6);
    await page.mouse.up();
    await expect(page).toHaveURL(/pain=area~/);
    await expect(page.getByText('1 painted area marked.')).toBeVisible();
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    await expect(page.getByTestId('candidate').first()).toContainText(/area you painted/i);
    // The silhouette did not move: painting held the camera still.
    const after = await atlas.canvasStats(legs);
    expect(silhouetteDistance(before, after)).toBeLessThan(0.05);
  });
});

test.describe('brush size and eraser', () => {
  test('paints with a large brush, erases the band it painted, and Undo brings it back', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').click();
    await page.getByTestId('pain-brush').click();
    await page.locator('[data-testid="brush-size"][data-size="large"]').click();
    await expect(page.locator('[data-testid="brush-size"][data-size="large"]')).toHaveAttribute('aria-pressed', 'true');
    const box = (await page.locator('canvas').first().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.42;
    const stroke = async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(x + i * 2, y + i * 5);
      await page.mouse.up();
    };
    await stroke();
    await expect(page).toHaveURL(/pain=area50~/);
    await expect(page.getByText('1 painted area marked.')).toBeVisible();
    // The same stroke with the eraser wipes every centre of the band.
    await page.getByTestId('pain-erase').click();
    await expect(page.getByText(/Drag over a spot or a painted band to wipe it/)).toBeVisible();
    await stroke();
    await expect(page).not.toHaveURL(/pain=/);
    await expect(page.getByTestId('candidate')).toHaveCount(0);
    // One Undo brings back the whole erased band.
    await page.getByTestId('pain-undo').click();
    await expect(page).toHaveURL(/pain=area50~/);
    await expect(page.getByTestId('candidate').first()).toBeVisible();
  });
});

test.describe('the list of painful areas', () => {
  test('filters its rows by the words typed, and a box chosen there marks the drawing', async ({ page, atlas }) => {
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').click();
    const list = page.getByTestId('pain-areas');
    await list.locator('summary').click();
    // The rows arrive as a chunk of their own the first time the list opens.
    await expect(page.getByTestId('pain-area-filter')).toBeVisible();
    await expect(list.locator('input[type="checkbox"]').nth(50)).toBeAttached();
    const all = await list.locator('input[type="checkbox"]').count();
    await page.getByTestId('pain-area-filter').fill('knee');
    const knee = await list.locator('input[type="checkbox"]').count();
    expect(knee).toBeGreaterThan(0);
    expect(knee).toBeLessThan(all / 5);
    await list.locator('input[type="checkbox"]').first().check();
    await expect(page).toHaveURL(/pain=/);
    await page.getByTestId('pain-area-filter').fill('no such place');
    await expect(list).toContainText('No area matches');
  });
});

test.describe('the phone sheet', () => {
  test('shows the first candidates whole in the half-open sheet, before the save buttons and the regional note', async ({ page, atlas, isMobile }) => {
    test.skip(!isMobile, 'the phone layout');
    await atlas.open('?pain=temple_r;neck_base_r');
    await atlas.waitReady();
    const sheet = page.locator('.pain-panel.open');
    await expect(sheet).toHaveAttribute('data-sheet', 'half');
    await expect(page.getByTestId('candidate').nth(2)).toBeAttached();
    const frame = (await sheet.boundingBox())!;
    const rows = await page.getByTestId('candidate').evaluateAll((els, bottom) => els.filter((el) => el.getBoundingClientRect().bottom <= bottom).length, frame.y + frame.height);
    expect(rows).toBeGreaterThanOrEqual(3);
  });
});

test.describe('touch', () => {
  test('a one-finger tap marks pain on a touch screen', async ({ page, isMobile, atlas }) => {
    test.skip(!isMobile, 'touch on the phone layout');
    await atlas.open();
    await atlas.waitReady();
    await page.getByTestId('pain-mode').tap();
    const box = (await page.locator('canvas').first().boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.5);
    await expect(page).toHaveURL(/pain=/);
    await expect(page.getByText('1 painful spot marked.')).toBeVisible();
  });
});
