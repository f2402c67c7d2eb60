import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey: the employee's badge (earned in the demo) is an Open Badges credential in "Mijn credentials";
// its share link opens the public verification page without signing in; after L&D revokes it, that same
// page says it is revoked.
const browser = browserPerFile();

describe('credentials', () => {
  test('earned badge → my credentials → public verification → revoked', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.employee);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn credentials' })
      .click();
    await shows(page.getByRole('heading', { level: 1, name: 'Mijn credentials', exact: true }));
    // A valid one: other journeys (badge-path) may leave a revoked badge credential above it.
    const card = page
      .getByRole('listitem')
      .filter({ hasText: 'Badge' })
      .filter({ hasText: 'Geldig' })
      .first();
    await shows(card.getByRole('link', { name: 'Downloaden (JSON)' }));
    await shows(card.getByRole('link', { name: 'Afbeelding (PNG)' }));
    await screenshot(page, 'credentials-1-my-credentials');
    const title = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
    const shareUrl = await card.getByRole('link', { name: 'Controlepagina openen' }).getAttribute('href');

    // Anyone with the link: a fresh browser context, not signed in.
    const stranger = await browser.newPage();
    await stranger.goto(shareUrl!);
    await shows(stranger.getByRole('heading', { level: 1, name: 'Credential controleren', exact: true }));
    await shows(stranger.getByText('Deze credential is geldig'));
    await shows(stranger.getByText(title, { exact: true }));
    await screenshot(stranger, 'credentials-2-public-valid');

    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/credentials/manage');
    await shows(ld.getByRole('heading', { level: 1, name: 'Credentials', exact: true }));
    const row = ld
      .getByRole('row')
      .filter({ hasText: title })
      .filter({ hasText: 'Zoë van den Berg' })
      .first();
    await row.getByRole('button', { name: 'Intrekken' }).click();
    const dialog = ld.getByRole('dialog');
    await dialog.getByLabel('Reden').fill('Ten onrechte toegekend');
    await screenshot(ld, 'credentials-3-revoke');
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await shows(row.getByText('Ingetrokken'));

    await stranger.reload();
    await shows(stranger.getByText('Deze credential is ingetrokken'));
    await screenshot(stranger, 'credentials-4-public-revoked');
  });

  // Rotation cannot be undone (by design); it leaves the demo valid: every key stays published, so
  // credentials signed before keep verifying (credentials.rotation.test.ts).
  test('L&D sees the numbered signing keys and rotates after confirming', async () => {
    const ld = await browser.newPage();
    await signIn(ld, demo.ldAdmin);
    await ld.goto('/credentials/manage');
    const keys = ld.getByRole('region', { name: 'Ondertekeningssleutels', exact: true });
    await shows(keys.getByText('Ondertekent nieuwe credentials'));
    const before = await keys.getByRole('row').count();
    await keys.getByRole('button', { name: 'Sleutel vervangen' }).click();
    const dialog = ld.getByRole('dialog');
    await shows(dialog.getByText('Nieuwe ondertekeningssleutel maken?'));
    await screenshot(ld, 'credentials-5-rotate-key');
    await dialog.getByRole('button', { name: 'Nieuwe sleutel maken' }).click();
    await shows(keys.getByText(`Sleutel ${before} ondertekent nu nieuwe credentials.`));
    await shows(keys.getByText('Buiten gebruik sinds').first());
    expect(await keys.getByRole('row').count()).toBe(before + 1);
  });
});
