import { expect, test } from './fixtures';

test.describe('privacy and security', () => {
  test('talks to no other origin while loading, selecting and looking up', async ({ page, baseURL, atlas, isMobile }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await atlas.open('?pain=temple_r;calf_l&muscle=temporalis');
    await atlas.waitReady();
    // On a phone the muscle's sheet stands in for the candidate list until it is closed.
    if (isMobile) await page.locator('.mp-close').click();
    await page.getByTestId('candidate').first().click();
    await expect(page.getByTestId('candidate').first()).toHaveAttribute('aria-pressed', 'true');
    await atlas.cameraAtRest();
    expect(foreign).toEqual([]);
  });

  test('serves a strict Content-Security-Policy as a header and as a meta tag, and breaks none of it', async ({ page, request, atlas }) => {
    const response = await request.get('/');
    const header = response.headers()['content-security-policy'] ?? '';
    await page.goto('/');
    const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    for (const policy of [header, meta]) {
      const script = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      expect(script).toContain("'self'");
      expect(script).not.toContain('unsafe-inline');
      expect(script).not.toMatch(/'unsafe-eval'/);
      expect(policy).toContain("default-src 'self'");
    }
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`));
    });
    await atlas.open('?muscle=upper-trapezius');
    await atlas.waitReady();
    expect(violations).toEqual([]);
  });

  test('keeps the pain drawing on the device: only in the address bar, never sent', async ({ page, baseURL, atlas }) => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('temple') || (request.postData() ?? '').includes('temple')) sent.push(request.url());
    });
    await atlas.open('?pain=temple_r');
    await atlas.waitReady();
    await expect(page.getByTestId('candidate').first()).toBeVisible();
    // The page request itself carries the query; nothing after it may.
    expect(sent.filter((u) => !u.startsWith(`${baseURL}/?`))).toEqual([]);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('temple');
  });
});
