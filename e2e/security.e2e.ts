import { describe, expect, test } from 'vitest';
import { baseUrl, browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: the app works under its Content-Security-Policy (support.ts fails any journey whose browser
// logs a violation): a menu locks the page's scroll with a nonce'd style, the learning player shows a
// PDF the server sends sandboxed, and the API reference renders under its own policy.
const browser = browserPerFile();

describe('the app under its security headers', () => {
  test('a menu still locks scrolling with its nonce, a PDF still shows in the player', async () => {
    const ld = await browser.newPage();
    const response = await ld.goto('/sign-in');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toMatch(/style-src 'self' 'nonce-[^']+';/);
    await signIn(ld, demo.ldAdmin);
    // The menu's scroll lock is a <style> the page adds at run time: only the page's nonce lets it apply.
    await ld.getByRole('button', { name: /^Menu van / }).click();
    await shows(ld.getByRole('menuitem', { name: 'Uitloggen' }));
    expect(await ld.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await ld.keyboard.press('Escape');

    await ld.goto('/learning/catalogue?q=verzuimgesprek');
    await ld.getByRole('link', { name: 'Handreiking verzuimgesprek (PDF)' }).first().click();
    const object = ld.locator('object[type="application/pdf"]');
    await shows(object);
    const fileUrl = await object.getAttribute('data');
    // The PDF (sent with a sandboxing CSP, framable by the app only) opens inside the <object>.
    await expect.poll(() => ld.frames().some((frame) => frame.url() === `${baseUrl}${fileUrl}`)).toBe(true);
    await screenshot(ld, 'security-1-pdf-in-player');
  });

  test('the API reference renders under its own policy', async () => {
    const page = await browser.newPage();
    const response = await page.goto('/api/v1/reference/');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await shows(page.getByRole('heading', { level: 1, name: 'Groeipad API' }));
    await screenshot(page, 'security-2-api-reference');
  });
});
