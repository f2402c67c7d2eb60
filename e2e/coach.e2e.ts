import { afterAll, describe, expect, test } from 'vitest';
import { browserPerFile, demo, screenshot, shows, signIn } from './support.ts';

// Journeys for the coach panel and branding (issue 17): the team leader sees tips for the running demo
// campaign on the team page; L&D adds an own tip in the library and sees it on their list; a pale brand
// colour is refused on the settings screen with the reason. Undone afterwards: the tip this file added.
const browser = browserPerFile();
const run = Date.now().toString(36);
const added: string[] = [];

afterAll(async () => {
  if (!added.length) return;
  const ld = await browser.newPage();
  await signIn(ld, demo.ldAdmin);
  const me = await (await ld.request.get('/api/v1/me')).json();
  const tips = (await (await ld.request.get('/api/v1/coach-tips')).json()) as {
    id: string;
    titleNl: string;
  }[];
  for (const tip of tips.filter((t) => added.includes(t.titleNl)))
    await ld.request.delete(`/api/v1/coach-tips/${tip.id}`, { headers: { 'x-csrf-token': me.csrfToken } });
});

describe('the coach panel', () => {
  test('the team leader sees tips for the running campaign on the team page', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.manager);
    await page.goto('/team');
    await shows(page.getByRole('heading', { name: 'Coach voor jou als leidinggevende', exact: true }));
    await shows(page.getByRole('heading', { name: 'Tijdens een campagne', exact: true }));
    await shows(page.getByText('Breng de campagne in het teamoverleg'));
    await shows(page.getByText('Koppel de campagne aan de cliëntbespreking'));
    await screenshot(page, 'coach-panel');
  });

  test('L&D adds an own tip to the library', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/coach-tips');
    await shows(page.getByRole('heading', { name: 'Coachtips', exact: true }));
    await page.getByRole('button', { name: 'Tip toevoegen' }).click();
    const title = `Vier het samen ${run}`;
    added.push(title);
    await page.getByLabel('Moment').selectOption('member_finished');
    await page.getByLabel('Titel (Nederlands)').fill(title);
    await page.getByLabel('Titel (Engels)').fill(`Celebrate together ${run}`);
    await page.getByLabel('Tip (Nederlands)').fill('Trakteer het team op een kort verhaal.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await shows(page.getByText(title));
    await screenshot(page, 'coach-tips');
    expect(await page.getByRole('button', { name: 'Tip wijzigen' }).count()).toBeGreaterThan(0);
  });
});

describe('branding', () => {
  test('a pale colour is refused with the reason', async () => {
    const page = await browser.newPage();
    await signIn(page, demo.ldAdmin);
    await page.goto('/campaigns/settings');
    await shows(page.getByRole('heading', { name: 'Huisstijl in de promostudio', exact: true }));
    await page.getByLabel('Kleur (#rrggbb)').fill('#ffee99');
    await page.getByRole('button', { name: 'Huisstijl opslaan' }).click();
    await shows(page.getByText('Witte tekst is slecht leesbaar op deze kleur', { exact: false }));
    await screenshot(page, 'branding-contrast');
  });
});
