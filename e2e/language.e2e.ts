import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey (c): switching the language from Dutch to English turns the whole interface English.
const browser = browserPerFile();

describe('language', () => {
  test('an L&D admin switches from Dutch to English and back, and it sticks', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn profiel' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn profiel' }));

    await page.getByRole('radio', { name: 'English (Engels)' }).check();
    await shows(page.getByText('Language saved.'));
    await shows(page.getByRole('heading', { level: 1, name: 'My profile' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'language-profile-en');

    // The choice is saved on the account: a reload and the home page stay English.
    await page.goto('/');
    await shows(page.getByRole('heading', { level: 1, name: 'Welcome, Joost' }));
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await shows(menu.getByRole('link', { name: 'People' }));
    await shows(menu.getByRole('link', { name: 'Org chart' }));
    await shows(page.getByRole('heading', { name: 'My development' }));
    await screenshot(page, 'language-home-en');

    // Back to Dutch, so the other journeys meet this account as they expect.
    await menu.getByRole('link', { name: 'My profile' }).click();
    await page.getByRole('radio', { name: 'Nederlands (Dutch)' }).check();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn profiel' }));
  });
});
