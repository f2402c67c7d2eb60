import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys: the employee downloads everything Groeipad keeps about them ("Mijn gegevens", a zip);
// HR opens the privacy admin page and sees how long each kind of data is kept after someone leaves.
const browser = browserPerFile();

describe('privacy', () => {
  test('the employee downloads their data as a zip', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn gegevens' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn gegevens', exact: true }));
    const link = page.getByRole('link', { name: 'Download mijn gegevens' });
    await shows(link);
    await screenshot(page, 'privacy-1-my-data');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(file);
    // A zip starts with the local file header "PK\x03\x04".
    expect(bytes.subarray(0, 4).toString('binary')).toBe('PK\x03\x04');
    expect(bytes.length).toBeGreaterThan(100);
  });

  test('HR sees the retention settings', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.hrAdmin);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gegevens vertrokken medewerkers' })
      .click();
    await shows(
      page.getByRole('heading', { level: 1, name: 'Gegevens van vertrokken medewerkers', exact: true }),
    );
    const retention = page.getByRole('region', { name: 'Bewaartermijnen' });
    await shows(retention.getByLabel('Ontwikkeling (plannen, gesprekken, feedback, onboarding)'));
    expect(await retention.getByLabel(/^Budget/).inputValue()).toBe('84');
    await shows(retention.getByRole('heading', { name: 'Wat blijft, en waarom', exact: true }));
    await shows(page.getByRole('region', { name: 'Vertrokken medewerkers' }));
    await screenshot(page, 'privacy-2-retention');
  });
});
