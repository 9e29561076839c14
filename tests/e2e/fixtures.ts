/**
 * The e2e tests' own `test`: every page asks for the test probes before the app starts (a normal
 * visit never loads them), and the page objects come ready-made instead of being set up in each
 * test.
 */
import { test as base, expect } from '@playwright/test';
import { AtlasPage } from './atlasPage';
import { MusclePage } from './musclePage';

export const test = base.extend<{ atlas: AtlasPage; muscles: MusclePage }>({
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      window.__atlasProbes = true;
      // The first-use gesture hint lies over the body; only the test about it (its link says
      // `showhint`) sees it, so pictures of the canvas compare the body alone.
      if (!window.location.search.includes('showhint')) window.sessionStorage.setItem('trigger-point-atlas:gesture-hint-seen', '1');
    });
    await use(page);
  },
  atlas: async ({ page }, use) => {
    await use(new AtlasPage(page));
  },
  muscles: async ({ page }, use) => {
    await use(new MusclePage(page));
  },
});

export { expect };
