import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journey for ambassadors (issue 16): HR makes Zoë a learning ambassador; she fills her profile and
// curates a collection; Sander finds her in the directory and opens the collection; Zoë's reach shows
// that one open (counted, never who). Everything it changes in the shared demo is undone in afterAll.
const browser = browserPerFile();
const run = Date.now().toString(36);
const headline = `Valpreventie-ambassadeur ${run}`;
const collectionTitle = `Vallen voorkomen: begin hier ${run}`;

async function sendJson(page: Page, method: 'get' | 'put' | 'delete', url: string, data?: unknown) {
  const me = await (await page.request.get('/api/v1/me')).json();
  const response = await page.request[method](url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  return { status: response.status(), json: await response.json().catch(() => null) };
}

const undo: { zoeId?: string; rolesBefore?: string[]; collectionId?: string } = {};
afterAll(async () => {
  if (!undo.zoeId) return;
  const hr = await browser.newPage();
  await signIn(hr, demo.hrAdmin);
  if (undo.collectionId) await sendJson(hr, 'delete', `/api/v1/knowledge/collections/${undo.collectionId}`);
  const zoe = await browser.newPage();
  await signIn(zoe, demo.employee);
  if (undo.collectionId) await sendJson(zoe, 'delete', `/api/v1/knowledge/collections/${undo.collectionId}`);
  await sendJson(zoe, 'put', `/api/v1/ambassadors/${undo.zoeId}`, { headline: '', helpsWith: '' });
  if (undo.rolesBefore)
    await sendJson(hr, 'put', `/api/v1/people/${undo.zoeId}/roles`, { roles: undo.rolesBefore });
}, 120_000);

describe('ambassadors', () => {
  test('Zoë becomes an ambassador, fills her profile and a collection; Sander finds it; her reach shows', {
    timeout: 240_000,
  }, async () => {
    const hr = await browser.newPage();
    await signIn(hr, demo.hrAdmin);
    const me = (await sendJson(hr, 'get', '/api/v1/people?q=medewerker%40delinde.demo&page=1&pageSize=5'))
      .json as { items: { id: string; roles?: string[] }[] };
    const zoeId = me.items[0]!.id;
    const person = (await sendJson(hr, 'get', `/api/v1/people/${zoeId}`)).json as { roles: string[] };
    undo.zoeId = zoeId;
    undo.rolesBefore = person.roles.filter((role) => role !== 'employee');

    // HR grants the ambassador role on Zoë's page.
    await hr.goto(`/people/${zoeId}`, { timeout: 60_000 });
    await hr.getByRole('button', { name: 'Rollen', exact: true }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^Leerambassadeur/ }).check();
    await screenshot(hr, 'ambassadors-1-hr-grants-role');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Zoë finds herself in the directory and writes her profile.
    const zoe = await browser.newPage();
    await signIn(zoe, demo.employee);
    await zoe.goto('/knowledge');
    await zoe.getByRole('link', { name: 'Ambassadeurs', exact: true }).click();
    await shows(zoe.getByRole('heading', { level: 1, name: 'Ambassadeurs', exact: true }));
    await zoe
      .getByTestId('ambassador-card')
      .getByRole('link', { name: 'Zoë van den Berg', exact: true })
      .click();
    await zoe
      .getByRole('heading', { level: 1, name: 'Zoë van den Berg', exact: true })
      .waitFor({ timeout: 60_000 });
    const profile = zoe.getByRole('form', { name: 'Mijn ambassadeursprofiel' });
    await profile.getByLabel('In één regel wie je bent').fill(headline);
    await profile.getByLabel('Waarmee ik help').fill('Schoenen, drempels en de valrisicoscan bij de intake.');
    await profile.getByRole('button', { name: 'Profiel opslaan' }).click();
    await shows(profile.getByText('Opgeslagen.'));

    // …and curates a collection with one item and a note.
    const editor = zoe.getByRole('form', { name: 'Nieuwe verzameling' });
    await editor.getByLabel('Titel').fill(collectionTitle);
    await editor.getByLabel('Waarom deze verzameling').fill('Wat ik nieuwe collega’s als eerste laat lezen.');
    await editor.getByRole('combobox', { name: 'Leeraanbod toevoegen' }).fill('Vallen voorkomen');
    await zoe.getByRole('option', { name: 'Vallen voorkomen bij ouderen' }).first().click();
    await editor.getByLabel('Toelichting (optioneel)').fill('Begin hier: tien minuten.');
    await screenshot(zoe, 'ambassadors-2-profile-and-collection');
    await editor.getByRole('button', { name: 'Verzameling maken' }).click();
    await shows(zoe.getByRole('heading', { level: 1, name: collectionTitle, exact: true }));
    undo.collectionId = zoe.url().split('/').pop();
    expect(undo.collectionId).toMatch(/^[0-9a-f-]{36}$/);

    // Sander looks for help in the directory, finds Zoë by what she wrote, and opens her collection.
    const sander = await browser.newPage();
    await signIn(sander, demo.manager);
    await sander.goto('/knowledge/ambassadors');
    await sander.getByLabel('Zoek op naam of onderwerp').fill(run);
    await sander.getByRole('button', { name: 'Zoeken' }).click();
    const card = sander.getByTestId('ambassador-card');
    await shows(card.getByRole('link', { name: 'Zoë van den Berg', exact: true }));
    expect(await card.count()).toBe(1);
    await shows(card.getByText(headline));
    await screenshot(sander, 'ambassadors-3-directory');
    await card.getByRole('link', { name: 'Zoë van den Berg', exact: true }).click();
    await sander.getByRole('link', { name: collectionTitle }).click();
    await shows(sander.getByRole('heading', { level: 1, name: collectionTitle, exact: true }));
    await shows(sander.getByText('Begin hier: tien minuten.'));
    await shows(sander.getByRole('link', { name: 'Vallen voorkomen bij ouderen' }));
    await screenshot(sander, 'ambassadors-4-collection');

    // Zoë's reach: Sander's open counts; her own visits do not; nobody is named.
    await zoe.goto(`/knowledge/ambassadors/${zoeId}`);
    const reach = zoe.getByRole('table', { name: 'Mijn bereik' });
    const line = reach.getByRole('row').filter({ hasText: `Verzameling: ${collectionTitle}` });
    await shows(line);
    expect(await line.getByRole('cell').nth(1).textContent()).toBe('1');
    await shows(zoe.getByText('We tellen alleen hoe vaak iets geopend werd, niet door wie.'));
    await screenshot(zoe, 'ambassadors-5-reach');
  });
});
