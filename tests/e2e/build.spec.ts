import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** The production build as shipped: what a visitor's browser downloads. */
const ASSETS = join(import.meta.dirname, '../../dist/assets');
const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
const probes = scripts.filter((f) => f.startsWith('TestProbes-'));

test.describe('the production build', () => {
  test('keeps every test hook and bench probe in one chunk that a normal visit never loads', () => {
    expect(probes).toHaveLength(1);
    expect(readFileSync(join(ASSETS, probes[0]!), 'utf8')).toContain('__atlasTest');
    for (const file of scripts.filter((f) => !probes.includes(f))) {
      const code = readFileSync(join(ASSETS, file), 'utf8');
      for (const marker of ['__atlasTest', 'raycastTime', 'muscleScreenPoint', 'visibleLandmarks']) {
        expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
      }
    }
  });

  test('ships no schema validator to the browser (zod stays in the build, the CLI and the tests)', () => {
    for (const file of scripts) {
      const code = readFileSync(join(ASSETS, file), 'utf8');
      expect(/ZodError|\$ZodType|zod\.dev/.test(code), `${file} contains zod`).toBe(false);
    }
  });
});
