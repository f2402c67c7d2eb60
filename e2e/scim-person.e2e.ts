import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserPerFile, demo, lacks, screenshot, shows, signIn } from './support.ts';

// Journey (issue 20): a person the identity provider manages through SCIM, with a manager it set.
// HR opens the person's form: the manager, like the name and e-mail, is shown locked with the reason;
// the unit stays Groeipad's to change.
const browser = browserPerFile();

async function postJson(page: Page, url: string, data: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

describe('a SCIM-managed person', () => {
  test('HR sees the manager locked on the form, with the reason', async () => {
    const owner = await browser.newPage();
    await signIn(owner, demo.owner);
    const me = await (await owner.request.get('/api/v1/me')).json();
    const token = await postJson(owner, '/api/v1/scim/tokens', { name: 'Entra ID (journey)' });
    const email = `scim.${Date.now()}@delinde.demo`;
    const created = await owner.request.post('/scim/v2/Users', {
      headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/scim+json' },
      data: JSON.stringify({
        schemas: [
          'urn:ietf:params:scim:schemas:core:2.0:User',
          'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
        ],
        userName: email,
        active: true,
        name: { givenName: 'Sanne', familyName: 'Scim' },
        emails: [{ primary: true, type: 'work', value: email }],
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { manager: { value: me.person.id } },
      }),
    });
    expect(created.status(), await created.text()).toBe(201);
    const user = await created.json();

    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto(`/people/${user.id}`);
    await shows(hr.getByRole('heading', { level: 1, name: 'Sanne Scim', exact: true }));
    await hr.getByRole('button', { name: 'Bewerken', exact: true }).click();
    const manager = hr.getByRole('combobox', { name: 'Leidinggevende' });
    await shows(manager);
    expect(await manager.isDisabled()).toBe(true);
    expect(await manager.inputValue()).not.toBe('');
    await shows(hr.getByText('Beheerd door de identiteitsprovider (SCIM); wijzig dit daar.'));
    // No way around the lock: the button that clears the manager is not there.
    await lacks(hr.getByRole('button', { name: /weghalen$/ }));
    expect(await hr.getByLabel('E-mailadres').isDisabled()).toBe(true);
    expect(await hr.getByLabel('Afdeling').isDisabled()).toBe(false);
    await screenshot(hr, 'scim-person-1-manager-locked');

    const revoked = await owner.request.delete(`/api/v1/scim/tokens/${token.id}`, {
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(revoked.status()).toBe(204);
  });
});
