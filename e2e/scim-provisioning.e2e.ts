import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, checkAccessibility, demo, screenshot, shows, signIn } from './support.ts';

// Journey (issue 20): the identity provider provisions, updates and deactivates someone through SCIM
// while HR watches the people list; the owner maps the IdP's group to the Coach role on Koppelingen and
// the person holds the role. afterAll deletes the group (the role goes with it) and revokes the token;
// the person stays as someone who left (SCIM cannot remove history), with a unique address.
const browser = browserPerFile();
const run = Date.now().toString(36);
const familyName = `Provisie${run}`;
const email = `scim.journey.${run}@delinde.demo`;
const enterprise = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
// Each test's pages are closed after it, so the undo signs the owner in again on a page of its own.
const cleanup: ((owner: Page) => Promise<unknown>)[] = [];

afterAll(async () => {
  if (!cleanup.length) return;
  const owner = await browser.newPage();
  await signIn(owner, demo.owner);
  for (const step of cleanup.reverse()) await step(owner);
});

async function csrf(page: Page) {
  return (await (await page.request.get('/api/v1/me')).json()).csrfToken as string;
}

describe('SCIM provisioning while HR watches', () => {
  test('provision, update, map the group to a role, deactivate', async () => {
    const owner = await browser.newPage();
    await signIn(owner, demo.owner);
    const made = await owner.request.post('/api/v1/scim/tokens', {
      data: { name: `Entra ID (journey ${run})` },
      headers: { 'x-csrf-token': await csrf(owner) },
    });
    expect(made.status(), await made.text()).toBe(201);
    const token = await made.json();
    cleanup.push(async (page) =>
      page.request.delete(`/api/v1/scim/tokens/${token.id}`, {
        headers: { 'x-csrf-token': await csrf(page) },
      }),
    );
    const scim = (method: 'post' | 'patch' | 'delete', url: string, data?: unknown, page = owner) =>
      page.request[method](`/scim/v2${url}`, {
        headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/scim+json' },
        ...(data === undefined ? {} : { data: JSON.stringify(data) }),
      });

    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    await hr.goto(`/people?q=${familyName}&status=all`);
    await shows(hr.getByText('Niemand gevonden.', { exact: true }));

    // Provision (what Entra ID sends).
    const created = await scim('post', '/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', enterprise],
      externalId: `journey-${run}`,
      userName: email,
      active: true,
      name: { givenName: 'Pim', familyName },
      title: 'Verpleegkundige',
      emails: [{ primary: true, type: 'work', value: email }],
      [enterprise]: { employeeNumber: `J-${run}` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const user = await created.json();
    await hr.reload();
    const row = hr.getByRole('row', { name: new RegExp(`Pim ${familyName}`) });
    await shows(row);
    await shows(row.getByRole('cell', { name: 'Verpleegkundige', exact: true }));
    await checkAccessibility(hr, { once: true });
    await screenshot(hr, 'scim-provisioning-1-created');

    // Update: a new job title, as a PATCH with Replace.
    const patched = await scim('patch', `/Users/${user.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'title', value: 'Teamleider zorg' }],
    });
    expect(patched.status(), await patched.text()).toBe(200);
    await hr.reload();
    await shows(row.getByRole('cell', { name: 'Teamleider zorg', exact: true }));
    await screenshot(hr, 'scim-provisioning-2-updated');

    // The IdP's group, mapped to Coach by the owner on Koppelingen.
    const group = await scim('post', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: `Coaches ${run}`,
      members: [{ value: user.id }],
    });
    expect(group.status(), await group.text()).toBe(201);
    const groupId = (await group.json()).id as string;
    cleanup.push((page) => scim('delete', `/Groups/${groupId}`, undefined, page));
    await owner.goto('/settings/integrations');
    const roleSelect = owner.getByRole('combobox', { name: `Rol voor Coaches ${run}`, exact: true });
    await shows(roleSelect);
    await roleSelect.selectOption('coach');
    await owner.getByRole('button', { name: `Koppeling van Coaches ${run} opslaan`, exact: true }).click();
    await shows(owner.getByText('Opgeslagen', { exact: true }));
    await checkAccessibility(owner, { once: true });
    await screenshot(owner, 'scim-provisioning-3-group-mapped');
    const person = await (await hr.request.get(`/api/v1/people/${user.id}`)).json();
    expect(person.roles).toContain('coach');

    // Deactivate: Entra's Replace of active with the string "False".
    const deactivated = await scim('patch', `/Users/${user.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(deactivated.status(), await deactivated.text()).toBe(200);
    await hr.reload();
    await shows(row.getByText('Uit dienst', { exact: true }));
    await screenshot(hr, 'scim-provisioning-4-deactivated');
  });
});
