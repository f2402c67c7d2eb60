import { describe, expect, test } from 'vitest';
import { browserPerFile, shows } from './support.ts';

// Extra journey: too many wrong passwords are not a lock-out; the form says how long to wait.
const browser = browserPerFile();

describe('sign-in throttling', () => {
  test('after five wrong passwords the form says to wait, counts down and offers a new password', async () => {
    const page = await browser.newPage();
    await page.goto('/sign-in');
    // An address nobody has: it behaves exactly like a real account (and leaves the demo accounts alone).
    await page.getByLabel('E-mailadres').fill('iemand.onbekend@delinde.demo');
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(`fout wachtwoord ${attempt}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await shows(page.getByText('E-mailadres of wachtwoord klopt niet.'));
    }
    await page.getByLabel('Wachtwoord', { exact: true }).fill('nog een poging');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await shows(
      page
        .getByRole('alert')
        .getByText(/Te veel pogingen om in te loggen\. Probeer het over 1\d seconden opnieuw\./),
    );
    const wait = page.getByRole('button', { name: /^Even wachten \(0:1\d\)$/ });
    await shows(wait);
    expect(await wait.isDisabled()).toBe(true);
    await shows(page.getByText('Met "Wachtwoord vergeten?" kies je een nieuw wachtwoord', { exact: false }));
  });
});
