import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4174);

// E2E drives the real production build in Debian's Chromium, WebGL on the CPU (SwiftShader): slow,
// so generous timeouts and one worker per core.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 60_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 720 },
  },
  projects: [
    // Checks of the built files themselves and of how they are served: no browser needed, run once.
    { name: 'build', testMatch: /(build|serving)\.spec\.ts/ },
    { name: 'desktop', testIgnore: /(build|serving)\.spec\.ts/, use: { viewport: { width: 1280, height: 720 } } },
    {
      name: 'phone',
      testIgnore: /(build|serving)\.spec\.ts/,
      use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
    },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
