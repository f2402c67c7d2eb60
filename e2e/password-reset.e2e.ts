import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, demoPassword, screenshot, shows, signIn } from './support.ts';

// Extra journey: a forgotten password is reset through the e-mail link, read from the outbox
// (no SMTP in this run, so mail stays in the outbox where an admin can see it).
const browser = browserPerFile();
const newPassword = 'een nieuw wachtwoord voor e2e';

describe('password reset', () => {
  test('an employee resets a forgotten password with the link from the outbox', async () => {
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
    await hrAdmin.getByText('Nieuw wachtwoord voor Groeipad').click();
    const link = hrAdmin.getByRole('link', { name: /\/reset-password\?token=/ });
    await shows(link);
    await screenshot(hrAdmin, 'password-reset-outbox');
    const resetUrl = await link.first().getAttribute('href');
    expect(resetUrl).toMatch(/\/reset-password\?token=/);

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
