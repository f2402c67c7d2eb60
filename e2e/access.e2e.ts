import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey (d): an employee who opens an administration page gets a clear "no access" page.
const browser = browserPerFile();

describe('access', () => {
  test('an employee is refused the import, new-person and audit pages', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    for (const [path, name] of [
      ['/admin/import', 'no-access-import'],
      ['/people/new', 'no-access-new-person'],
      ['/admin/audit', 'no-access-audit'],
    ] as const) {
      await page.goto(path);
      await shows(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
      await lacks(page.getByRole('button', { name: /opslaan|uploaden|importeren/i }));
      await screenshot(page, name);
    }
    // The API refuses too, not only the page.
    const response = await page.request.get('/api/v1/events');
    expect(response.status()).toBe(403);
  });
});
