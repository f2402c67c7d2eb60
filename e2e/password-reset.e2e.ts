import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, demoPassword, lacks, screenshot, shows, signIn } from './support.ts';

// Extra journey: a forgotten password is reset through the e-mail link. No SMTP in this run, so the
// mail is an .eml file in the server's DATA_DIR/outbox (what the employee's mailbox would hold); the
// admins' outbox page shows the mail with the link hidden.
const browser = browserPerFile();
const newPassword = 'een nieuw wachtwoord voor e2e';

/** The newest reset link in a mail to this address, once the server has written it (a few seconds). */
async function mailedResetLink(to: string): Promise<string> {
  const folder = join(process.env.E2E_DATA_DIR ?? '', 'outbox');
  for (let tries = 0; tries < 60; tries++) {
    const files = readdirSync(folder, { withFileTypes: true }).filter((file) => file.name.endsWith('.eml'));
    const links = files
      .map((file) => file.name)
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8'))
      .filter((eml) => eml.startsWith(`To: ${to}\n`))
      .map((eml) => /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(eml)?.[0])
      .filter(Boolean);
    if (links.length) return links.at(-1)!;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no reset link mailed to ${to} in ${folder}`);
}

describe('password reset', () => {
  test('an employee resets a forgotten password with the link from their mail', async () => {
    const employee = await browser.newPage();
    await employee.goto('/sign-in');
    await employee.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await employee.getByLabel('E-mailadres').fill(demo.employee);
    await employee.getByRole('button', { name: 'Stuur de link' }).click();
    await shows(employee.getByRole('status').getByText(demo.employee));

    const hrAdmin = await browser.newPage();
    await signIn(hrAdmin, demo.hrAdmin);
    await hrAdmin.goto('/admin/outbox');
    await shows(hrAdmin.getByRole('heading', { level: 1, name: 'Verzonden e-mail' }));
    await hrAdmin.getByLabel('Aan', { exact: true }).fill(demo.employee);
    await hrAdmin.getByText('Nieuw wachtwoord voor Groeipad').first().click();
    // The admin sees that the mail went out, but not a link that would let them in as the employee.
    await shows(hrAdmin.getByText('Link verborgen: alleen de ontvanger krijgt hem'));
    await lacks(hrAdmin.getByRole('link', { name: /reset-password/ }));
    await screenshot(hrAdmin, 'password-reset-outbox');
    const resetUrl = await mailedResetLink(demo.employee);
    expect(resetUrl).toMatch(/\/reset-password\?token=[\w-]{20,}$/);

    await employee.goto(resetUrl!);
    await shows(employee.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' }));
    await employee.getByLabel('Nieuw wachtwoord').fill(newPassword);
    await employee.getByLabel('Herhaal het wachtwoord').fill(newPassword);
    await employee.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await shows(employee.getByRole('heading', { level: 1, name: 'Welkom, Zoë' }));
    await screenshot(employee, 'password-reset-signed-in');

    // The link works once only.
    const reused = await browser.newPage();
    await reused.goto(resetUrl!);
    await reused.getByLabel('Nieuw wachtwoord').fill('nog een ander wachtwoord');
    await reused.getByLabel('Herhaal het wachtwoord').fill('nog een ander wachtwoord');
    await reused.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await shows(reused.getByText('Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.'));

    // Put the demo password back, so the other journeys sign in as they expect.
    await employee.goto('/profile');
    await employee.getByLabel('Huidig wachtwoord').fill(newPassword);
    await employee.getByLabel('Nieuw wachtwoord').fill(demoPassword);
    await employee.getByLabel('Herhaal het wachtwoord').fill(demoPassword);
    await employee.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await shows(employee.getByText('Je wachtwoord is gewijzigd.'));
    await signIn(await browser.newPage(), demo.employee);
  });
});
