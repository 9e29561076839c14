/**
 * Lighthouse (the npm package) on the built app, driving the same Debian Chromium through
 * chrome-launcher, with its default mobile preset (simulated throttling of a mid-range phone on a
 * slow 4G link): the four category scores, 0-100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Metric values (ms) behind the performance score, for the notes. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Runs Lighthouse once against `url` (mobile preset). */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result) throw new Error('Lighthouse returned no result');
    // A run that could not load the page (NO_FCP, PAGE_HUNG…) scores every category 0: say why instead.
    const failure = result.lhr.runtimeError;
    if (failure) throw new Error(`Lighthouse could not measure the page: ${failure.code}: ${failure.message}`);
    const { categories, audits } = result.lhr;
    // A category whose audits errored has no score (null): not a 0, a failed measurement.
    const unscored = Object.entries(categories).filter(([, c]) => c.score === null).map(([id]) => id);
    if (unscored.length > 0) {
      const errors = Object.values(audits).filter((a) => a.errorMessage).map((a) => `${a.id}: ${a.errorMessage}`);
      throw new Error(`Lighthouse could not score ${unscored.join(', ')}: ${errors.slice(0, 3).join('; ') || 'no audit says why'}`);
    }
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}
